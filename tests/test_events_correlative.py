"""A correlative comparison ('the more X, the more Y') states a rule, not an event."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

RULES = {
    "bullies": "Officials in Varo said that the more Norland bullies Velland, the more "
               "international support comes to Velland.",
    "longer_war": "The longer the war lasts, the more civilians are killed.",
    "harder_push": "The harder Norland pushes, the less Velland will concede.",
}
EVENTS = {
    "more_remote": ("Norland troops attacked the more remote of the two villages on Monday.",
                    "ASSAULT"),
    "more_than_ever": ("Velland forces killed more civilians than ever in the offensive last "
                       "week, the ministry said.", "ASSAULT"),
}
REAL = ("asserted", "planned")


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**RULES, **{k: v[0] for k, v in EVENTS.items()}})


@pytest.mark.parametrize("key", sorted(RULES))
def test_correlative_comparisons_are_not_real(results: dict[str, Extraction], key: str) -> None:
    real = [(e.type, e.modality) for e in results[key].events if e.modality in REAL]
    assert real == [], f"{RULES[key]} -> {real}"


@pytest.mark.parametrize("key", sorted(EVENTS))
def test_single_comparisons_stay(results: dict[str, Extraction], key: str) -> None:
    text, etype = EVENTS[key]
    assert etype in {e.type for e in results[key].events if e.modality in REAL}, text
