"""An attack noun naming no party that is the by-agent of a participle describing something
else ('villages affected by the fighting') only refers to the attack as the cause of a
state: background, not a new asserted ASSAULT. An attack that does something ('the
fighting affected dozens of villages') or names its doer ('homes destroyed by Israeli
airstrikes') stays asserted."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

TEXTS = {
    "affected": "Aid workers delivered food to villages affected by the fighting.",
    "doer": "Homes destroyed by Israeli airstrikes lay in ruins.",
    "subject": "The fighting affected dozens of villages.",
    "told_before": "Rebels attacked several farming villages in northern Norland last week. On "
                   "Monday, Red Cross staff brought tents to villages affected by the fighting.",
}


@pytest.fixture(scope="module")
def runs():
    return run_texts(TEXTS)


def test_cause_of_a_state_is_background(runs):
    assert [e.modality for e in of_type(runs["affected"], "ASSAULT")] == ["background"]


def test_cause_with_sides_of_an_earlier_mention_is_background(runs):
    """The sides copied from the earlier attack name no party in the cause's own sentence."""
    assert [e.modality for e in of_type(runs["told_before"], "ASSAULT")] == [
        "asserted", "background"]


@pytest.mark.parametrize("key", ["doer", "subject"])
def test_attack_told_stays_asserted(runs, key):
    assert "asserted" in [e.modality for e in of_type(runs[key], "ASSAULT")]
