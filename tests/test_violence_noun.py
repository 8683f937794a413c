"""Violence told as a noun is an ASSAULT when it is said to have happened ("election violence
left 12 people dead", "violence against protesters"); violence incited, ended, warned of or
recounted from years ago is no asserted attack, and violence that names no party and is tied
to no time, place or toll ("violence is never the answer", "unprepared for the violence") is
no event at all."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

HAPPENED = {
    "left_dead": "Election violence left 12 people dead in Varo last week.",
    "against_protesters": "Observers documented violence against protesters in the Lorania "
                          "capital on Monday.",
    "erupted_in_city": "Violence erupted in the northern city of Varo on Saturday.",
    "broke_out": "Violence broke out after the result was announced.",
    "taking_place": "The minister said the violence that is taking place is unacceptable.",
    "clause_place": "The violence that has pushed Haiti to the brink of war drew a rebuke from "
                    "the envoy.",
}
NOT_ASSERTED = {
    "incited": "The platforms were accused of inciting violence and spreading false news.",
    "end_called": "The president of Lorania called for an end to violence.",
    "old_history": "Lorania descended into violence and chaos in 2013.",
    "warned": "Redland warned that any violence against its citizens would be punished.",
}


VAGUE = {
    "never_answer": "Violence is never the answer, the mayor of Varo said.",
    "unprepared": "Most voters believe the police were unprepared for the violence.",
    "justified": "Some 35 percent of those asked said the violence was justified.",
    "further": "Shop owners boarded up their windows for fear of further violence.",
    "we_use": "The violence that we use is small, he said.",
    "plagues": "The mayor said the gang violence that plagues Haiti must end.",
    "habit": "Violence often erupts in Varo at election time, residents said.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**HAPPENED, **NOT_ASSERTED, **VAGUE})


@pytest.mark.parametrize("key", sorted(HAPPENED))
def test_violence_that_happened_is_an_assault(results: dict[str, Extraction], key: str) -> None:
    found = [e for e in of_type(results[key], "ASSAULT") if e.trigger.text.lower() == "violence"]
    assert found and found[0].modality == "asserted", \
        [(e.type, e.trigger.text, e.modality) for e in results[key].events]


def test_violence_left_dead_names_its_victims(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["left_dead"], "ASSAULT")
    assert any("12 people" in p.text for p in ev.target)


@pytest.mark.parametrize("key", sorted(NOT_ASSERTED))
def test_violence_not_told_as_done_is_no_asserted_assault(results: dict[str, Extraction],
                                                         key: str) -> None:
    assert not [e for e in of_type(results[key], "ASSAULT") if e.modality == "asserted"], \
        [(e.type, e.trigger.text, e.modality) for e in results[key].events]


@pytest.mark.parametrize("key", sorted(VAGUE))
def test_vague_violence_is_no_event(results: dict[str, Extraction], key: str) -> None:
    assert not [e for e in results[key].events if e.trigger.text.lower() == "violence"], \
        [(e.type, e.trigger.text, e.modality) for e in results[key].events]


BLAMED = {
    "attack": "The Pakistani prime minister said India was to blame for the attack in the valley.",
    "violence": "The Pakistani prime minister said India was to blame for the violence in the "
                "valley.",
}


@pytest.fixture(scope="module")
def blamed() -> dict[str, Extraction]:
    return run_texts(BLAMED)


@pytest.mark.parametrize("key", sorted(BLAMED))
def test_blame_for_an_attack_noun_is_the_speakers_charge(blamed: dict[str, Extraction],
                                                         key: str) -> None:
    (ev,) = of_type(blamed[key], "ACCUSE")
    assert ev.mode == "ACCUSE/allege"
    assert any("prime minister" in p.text for p in ev.source)
    assert {p.actor.country for p in ev.target if p.actor} == {"IND"}
