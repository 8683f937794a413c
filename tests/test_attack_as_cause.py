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
}


@pytest.fixture(scope="module")
def runs():
    return run_texts(TEXTS)


def test_cause_of_a_state_is_background(runs):
    assert [e.modality for e in of_type(runs["affected"], "ASSAULT")] == ["background"]


@pytest.mark.parametrize("key", ["doer", "subject"])
def test_attack_told_stays_asserted(runs, key):
    assert "asserted" in [e.modality for e in of_type(runs[key], "ASSAULT")]
