"""A party that signs on to, accedes or adheres to a deal is a party of it: 'Hamas signed on to
the Egypt-brokered ceasefire' is Hamas's AGREE (before, the truce noun in the to-phrase had no
source), and the go-between hyphened to its participle or named in its by-phrase is no target.
Another verb with a to-phrase ('looked to the ceasefire') gives the deal no party."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

FIRING = {
    "signed_on": ("Hamas signed on to the Egypt-brokered ceasefire.", "PSE", "EGY"),
    "signed_up": ("Armenia signed up to the Qatar-brokered truce.", "ARM", "QAT"),
    "brokered_by": ("Hamas signed on to the ceasefire brokered by Egypt.", "PSE", "EGY"),
    "adhered": ("Pakistan adhered to the Qatar-brokered truce.", "PAK", "QAT"),
}
SILENT = {"looked": "Hamas looked to the ceasefire."}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**{k: v[0] for k, v in FIRING.items()}, **SILENT})


def _countries(ps: list) -> set[str | None]:
    return {p.actor.country for p in ps if p.actor is not None}


def _deal(ex: Extraction):
    found = [e for e in ex.events if e.type in ("AGREE", "RETREAT")]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return found[0]


@pytest.mark.parametrize("key", sorted(FIRING))
def test_the_adhering_party_is_the_source_and_the_broker_no_target(
        results: dict[str, Extraction], key: str) -> None:
    text, party, broker = FIRING[key]
    ev = _deal(results[key])
    assert _countries(ev.source) == {party}, text
    assert broker not in _countries(ev.target), text


def test_another_verb_with_a_to_phrase_names_no_party(results: dict[str, Extraction]) -> None:
    ev = _deal(results["looked"])
    assert not _countries(ev.source), SILENT["looked"]
