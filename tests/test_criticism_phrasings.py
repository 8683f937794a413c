"""Criticism told by verbs of scolding, by 'called out X for / over', 'took a swipe / jab / dig
at' and 'pointed the finger at'; the same verbs in other senses are no charge, and 'called
out X for / over' is no phone call."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

CRITICISED = {
    "lambasted": "The Ruritanian president lambasted the court's ruling.",
    "berated": "The minister berated the United Nations for its silence.",
    "chided": "Russia chided Ukraine for the delay.",
    "excoriated": "The president of Freedonia excoriated the media.",
    "reprimanded": "Norland reprimanded its ambassador over the remarks.",
    "called_out_over": "The foreign minister called out China over its treatment of prisoners.",
    "called_out_for": "Britain called out Russia for the cyberattack.",
    "swipe": "The president took a swipe at the European Union.",
    "dig": "The Freedonian president took a dig at his predecessor.",
    "finger": "Russia pointed the finger at Ukraine for the explosion.",
}
OTHER = {
    "score": "The referee called out the score.",
    "army": "The police called out the army to restore order.",
    "pointed": "The witness pointed at the suspect.",
    "took_part": "The president took part in the ceremony.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**CRITICISED, **OTHER})


@pytest.mark.parametrize("key", sorted(CRITICISED))
def test_criticism_phrasings_are_accuse(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "ACCUSE"), [(e.type, e.trigger.text)
                                             for e in results[key].events]


@pytest.mark.parametrize("key", sorted(OTHER))
def test_other_senses_are_no_charge(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "ACCUSE")


@pytest.mark.parametrize("key", ["called_out_over", "called_out_for"])
def test_calling_out_is_no_phone_call(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "CONSULT")


def test_finger_pointed_names_the_accused(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["finger"], "ACCUSE")
    assert [p.text for p in ev.source] == ["Russia"]
    assert [p.text for p in ev.target] == ["Ukraine"]


DRAWN = {
    "faced": "The new law faced international condemnation.",
    "sparked": "The decision sparked widespread criticism.",
    "drew": "The plan drew sharp criticism.",
}
UNDRAWN = {
    "topic": "She wrote an essay on criticism in the arts.",
}


@pytest.fixture(scope="module")
def drawn() -> dict[str, Extraction]:
    return run_texts({**DRAWN, **UNDRAWN})


@pytest.mark.parametrize("key", sorted(DRAWN))
def test_a_drawn_charge_is_told_as_happened(drawn: dict[str, Extraction], key: str) -> None:
    assert [e.modality for e in of_type(drawn[key], "ACCUSE")] == ["asserted"]


def test_a_charge_noun_as_topic_stays_generic(drawn: dict[str, Extraction]) -> None:
    assert not of_type(drawn["topic"], "ACCUSE")
