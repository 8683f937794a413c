"""A call, demand or charge that a refusal or denial answers ('rejected X's calls for a
ceasefire', 'dismissed the allegations') is an event of its own beside the REJECT, told as
made (asserted), not negated by the refusal; an offer rejected and a bare topic stay inside."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "calls": "Norland rejected Velland's calls for a ceasefire on Monday.",
    "demands": "Velland rejected demands by the rebels to release the prisoners.",
    "allegations": "The government dismissed the allegations of torture made by Redland.",
    "accusations": "The ministry denied the accusations that its troops had shelled the village.",
    "request": "Norland turned down the U.N. request for access to the camps.",
    "offer": "Velland rejected Norland's offer of talks.",
    "made": "Velland called for a ceasefire on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize(("key", "etype"), [
    ("calls", "REQUEST"), ("demands", "REQUEST"), ("allegations", "ACCUSE"),
    ("accusations", "ACCUSE"), ("request", "REQUEST"),
])
def test_the_answered_act_is_reported_as_made(results, key: str, etype: str) -> None:
    ex = results[key]
    assert [e.modality for e in of_type(ex, etype)] == ["asserted"], TEXTS[key]
    assert [e.modality for e in of_type(ex, "REJECT")] == ["asserted"], TEXTS[key]


def test_the_caller_is_the_source_of_the_call(results) -> None:
    calls = of_type(results["calls"], "REQUEST")
    assert [p.text for p in calls[0].source] == ["Velland"]


def test_an_offer_stays_inside_its_rejection(results) -> None:
    assert not of_type(results["offer"], "AGREE")
    assert len(of_type(results["offer"], "REJECT")) == 1


def test_a_call_without_a_refusal_is_unchanged(results) -> None:
    assert [e.modality for e in of_type(results["made"], "REQUEST")] == ["asserted"]
