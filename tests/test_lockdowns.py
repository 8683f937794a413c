"""A lockdown or quarantine imposed, extended or tightened, and a place locked down, restrict
movement: COERCE, mode restrict. A lockdown only named as a state ('remain under lockdown')
is no act."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

TEXTS = {
    "imposed": "The government of Norland imposed a nationwide lockdown on Monday.",
    "locked": "Norland locked down the city of Tamar in January.",
    "extended": "The Norland health ministry extended the quarantine for travelers arriving "
                "from Velland on Friday.",
    "state": "Six regions of Norland remain under lockdown.",
}


@pytest.fixture(scope="module")
def results():
    return run_texts(TEXTS)


def _restrictions(ex):
    return [e for e in ex.events if e.type == "COERCE" and e.mode == "COERCE/restrict"]


@pytest.mark.parametrize("key", ["imposed", "locked", "extended"])
def test_a_lockdown_imposed_is_a_restriction(results, key: str) -> None:
    assert len(_restrictions(results[key])) == 1


def test_a_lockdown_as_a_state_is_no_act(results) -> None:
    assert not _restrictions(results["state"])
