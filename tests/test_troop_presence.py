"""Troops kept or remaining in a place are a deployment (PLOVER MOBILIZE), as PETRARCH2's
CAMEO dictionary codes a military subject that remains (150) and keeping or maintaining
forces; people who stay somewhere and kept things are no event."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

DEPLOYMENT = {
    "troops_remained": "Danish soldiers remained in the coastal province through the winter.",
    "troops_will_stay": "The ministry said its forces will stay at the two outposts until March.",
    "kept_troops": "Norway kept 300 troops along the northern frontier after the exercise.",
    "maintain_forces": "Chile will maintain forces near the disputed glacier, its navy said.",
}
NO_DEPLOYMENT = {
    "ministers_stayed": "The trade ministers stayed in Lisbon for another round of lunches.",
    "kept_records": "The clerk kept the records at the town hall for decades.",
    "troops_remain_calm": "Officers said the troops remain confident about the season.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**DEPLOYMENT, **NO_DEPLOYMENT})


@pytest.mark.parametrize("key", sorted(DEPLOYMENT))
def test_troops_kept_in_place_are_mobilize(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "MOBILIZE"), DEPLOYMENT[key]


@pytest.mark.parametrize("key", sorted(NO_DEPLOYMENT))
def test_staying_people_and_kept_things_are_no_mobilize(results: dict[str, Extraction],
                                                        key: str) -> None:
    assert not of_type(results[key], "MOBILIZE"), NO_DEPLOYMENT[key]
