"""Who can promise, and what a scheduled action promises: a party named only to be denied
('the army, and not the militia, pledged to free them') and a time zone read as a name
('08:10 GMT: ...') are no promisers; 'X is to free ...' is a plan of X, 'X freed ...' is
not, and 'is to blame' schedules nothing."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "denied": "Officials said it was the army, and not the militia, that pledged to free the "
              "hostages.",
    "plain": "Officials said the militia pledged to free the hostages.",
    "zone": "08:10 GMT: The prison authority says it is getting ready to free the first 30 "
            "detainees.",
    "scheduled": "Under the deal, the rebels are to free 12 hostages within a week.",
    "done": "The rebels freed 12 hostages on Monday.",
    "blame": "The militia is to blame for the shelling of the market.",
}


@pytest.fixture(scope="module")
def runs() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def commitments(ex: Extraction) -> list[dict]:
    """The commitment blocks of an extraction's events."""
    return [e.attributes["commitment"] for e in ex.events if "commitment" in e.attributes]


def promisers(ex: Extraction) -> set[str]:
    """Every promiser id (or unlinked text) of an extraction's commitments."""
    return {p for c in commitments(ex) for p in c["promiser"]}


def test_a_denied_party_is_no_promiser(runs) -> None:
    assert not [p for p in promisers(runs["denied"]) if "militia" in p.lower()]
    assert [p for p in promisers(runs["plain"]) if "militia" in p.lower()]


def test_a_time_zone_is_no_promiser(runs) -> None:
    assert not [p for p in promisers(runs["zone"]) if "gmt" in p.lower()]


def test_an_action_scheduled_by_is_to_is_a_plan(runs) -> None:
    plans = [c for c in commitments(runs["scheduled"]) if c["kind"] == "plan"]
    assert plans and plans[0]["content_type"] == "RETREAT"
    assert "free 12 hostages" in plans[0]["action"]["text"]
    assert not commitments(runs["done"])
    assert not [c for c in commitments(runs["blame"]) if c["kind"] == "plan"]
