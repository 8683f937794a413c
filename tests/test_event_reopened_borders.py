"""Reopening a border, a crossing, a checkpoint or airspace eases a restriction: a CONCEDE,
the counterpart of closing one (COERCE/restrict; CAMEO codes opening a border 080, yield)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "crossing": "Egypt reopened the border crossing with Gaza.",
    "airspace": "Pakistan reopened its airspace to Indian flights.",
    "checkpoints": "Thailand reopened the border checkpoints with Cambodia on Monday.",
}

# A place phrase after the object tells where the act is, not what is closed or reopened
PLACES = {
    "branch": "The bank closed a branch near the border.",
    "office": "The company shut its office along the frontier last week.",
    "reopened branch": "The bank reopened a branch near the border crossing.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**TEXTS, **PLACES, "closed": "Israel closed the Rafah crossing on Tuesday."})


@pytest.mark.parametrize("key", list(TEXTS))
def test_reopened_border_is_a_concession(results: dict[str, Extraction], key: str) -> None:
    ex = results[key]
    assert of_type(ex, "CONCEDE") and not of_type(ex, "COERCE"), TEXTS[key]


def test_closing_stays_a_restriction(results: dict[str, Extraction]) -> None:
    ex = results["closed"]
    assert of_type(ex, "COERCE") and not of_type(ex, "CONCEDE")


@pytest.mark.parametrize("key", list(PLACES))
def test_a_place_phrase_is_no_closed_object(results: dict[str, Extraction], key: str) -> None:
    ex = results[key]
    assert not of_type(ex, "COERCE") and not of_type(ex, "CONCEDE"), PLACES[key]
