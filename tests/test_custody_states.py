"""A party said to be in custody, in jail or prison, behind bars or under arrest undergoes a
detention (COERCE, arrest), as one said to remain there does: the main verb 'be' with such a
phrase is matched against the lexicon's entries of 'be'. Being in a place, or in a state of no
act ('in poor health'), is none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "custody": "The journalist has been in custody since March.",
    "jail": "Three students are still in jail.",
    "bars": "The former mayor is behind bars.",
    "house_arrest": "The opposition leader has been under house arrest for two years.",
    "place": "The minister was in the capital on Monday.",
    "health": "The detainees are in poor health.",
    "prison_place": "The prison is in the north of the country.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["custody", "jail", "bars", "house_arrest"])
def test_held_state_is_detention(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "COERCE")
    assert found and (found[0].mode or "").endswith("arrest"), TEXTS[key]


def test_held_party_is_target(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["custody"], "COERCE")
    assert [p.text for p in ev.target] == ["journalist"]


@pytest.mark.parametrize("key", ["place", "health", "prison_place"])
def test_other_states_are_none(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "COERCE"), TEXTS[key]


def test_copula_state() -> None:
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.triggers import _copula_state

    nlp = load_nlp()
    doc = nlp("The journalist has been in custody since March.")
    assert _copula_state(next(t for t in doc if t.lower_ == "been"))
    doc = nlp("The editor was arrested in March.")
    assert not _copula_state(next(t for t in doc if t.lower_ == "was"))
    doc = nlp("The editor is a prisoner.")
    assert not _copula_state(next(t for t in doc if t.lower_ == "is"))
