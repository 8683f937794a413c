"""A decision already taken keeps the act decided as a planned event beside the intent ('has
decided to expel the ambassador': a THREATEN and a planned SANCTION), so that the reports of the
act itself find it; a plan, a readiness or a decision still to come fold or stay hypothetical."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

DECIDED = {
    "expel": ("Norland has decided to expel the Velland ambassador.", "SANCTION"),
    "downgrade": ("The Ombrian government decided to downgrade relations with Tarsia.",
                  "SANCTION"),
    "sanctions": ("The Norland cabinet decided to impose sanctions on the Ombrian junta.",
                  "SANCTION"),
    "aid": ("The Velland ministry decided to send aid to the flood victims in Tarsia.", "AID"),
}
OTHERS = {
    "plan": "Norland plans to expel the Velland ambassador.",
    "open": "Norland will decide whether to retaliate against Velland.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in DECIDED.items()} | OTHERS)


@pytest.mark.parametrize("key", sorted(DECIDED))
def test_a_decision_taken_keeps_the_act_planned(results: dict[str, Extraction],
                                                key: str) -> None:
    text, kind = DECIDED[key]
    events = results[key].events
    assert any(e.type == kind and e.modality == "planned" for e in events), (text, events)
    assert any(e.attributes.get("intent_of") for e in events), (text, events)


def test_a_plan_still_folds_its_act(results: dict[str, Extraction]) -> None:
    events = results["plan"].events
    assert [e.type for e in events] == ["THREATEN"], events


def test_a_decision_to_come_stays_hypothetical(results: dict[str, Extraction]) -> None:
    assert all(e.modality == "hypothetical" for e in results["open"].events)
