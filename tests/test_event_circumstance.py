"""A phrase that sets an act in time or against a circumstance ('following', 'during',
'despite' ...) names an event of its own: the verb it modifies does not absorb it."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "following": "Following the bombing of the market, troops detained a dozen suspects.",
    "during": "During the siege of the city, the general negotiated a truce with the rebels.",
    "raid_by": "The minister resigned after the raid on the camp by militants.",
    "complement": "The rebels pledged to refrain from attacks on the ports.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def test_event_of_a_following_phrase_is_kept(results: dict[str, Extraction]) -> None:
    ex = results["following"]
    assert [e.trigger.text for e in of_type(ex, "ASSAULT")] == ["bombing"]
    assert of_type(ex, "COERCE")


def test_event_of_a_during_phrase_is_kept(results: dict[str, Extraction]) -> None:
    ex = results["during"]
    assert [e.trigger.text for e in of_type(ex, "ASSAULT")] == ["siege"]


def test_event_of_an_after_phrase_is_kept(results: dict[str, Extraction]) -> None:
    ex = results["raid_by"]
    assert of_type(ex, "RETREAT") and of_type(ex, "COERCE")


def test_a_complement_is_still_absorbed(results: dict[str, Extraction]) -> None:
    ex = results["complement"]
    assert of_type(ex, "AGREE") and not of_type(ex, "ASSAULT")
