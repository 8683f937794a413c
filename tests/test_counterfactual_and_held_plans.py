"""A counterfactual 'would have' under a reporting verb is no plan; a planned event told as
having taken place is asserted; an act whose stopping is negated goes on; hand-built sentences
through the real pipeline."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

TEXTS = {
    "would_have_had": "Officials said the army would have attacked the port had the rebels "
                      "not withdrawn.",
    "would_have_without": "The minister said Redland would have imposed sanctions without "
                          "the deal.",
    "would_meet": "The envoy said the two leaders would meet on Friday.",
    "took_place": "The planned visit took place on Monday despite the protests.",
    "began": "The planned talks began on Tuesday in Geneva.",
    "has_begun": "The planned offensive has begun, the army said.",
    "cancelled": "The planned visit was cancelled after the attack.",
    "did_not": "The planned visit did not take place on Monday.",
    "will_take_place": "The planned talks will take place next week.",
    "never_stopped": "Redland never stopped shelling the town, residents said.",
    "not_stopped": "The army has not stopped its attacks on the town.",
    "not_halt": "The army did not halt its offensive in the north.",
    "not_abandon": "Redland did not abandon the talks with Blueland.",
    "never_ceased": "The rebels have never ceased their attacks on the convoys.",
    "stopped": "Redland stopped shelling the town on Monday.",
}


@pytest.fixture(scope="module")
def extracted():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [("would_have_had", "attacked"),
                                         ("would_have_without", "imposed")])
def test_a_reported_counterfactual_is_hypothetical(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"


def test_a_reported_would_is_a_plan(extracted):
    assert modality(extracted["would_meet"], "meet", "CONSULT") == "planned"


@pytest.mark.parametrize("key,trigger", [("took_place", "visit"), ("began", "talks"),
                                         ("has_begun", "offensive")])
def test_a_planned_event_that_took_place_is_asserted(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


@pytest.mark.parametrize("key,trigger", [("cancelled", "visit"), ("did_not", "visit"),
                                         ("will_take_place", "talks")])
def test_a_planned_event_cancelled_refused_or_ahead_is_not_asserted(extracted, key, trigger):
    assert modality(extracted[key], trigger) != "asserted"


@pytest.mark.parametrize("key,trigger", [
    ("never_stopped", "shelling"), ("not_stopped", "attacks"), ("not_halt", "offensive"),
    ("not_abandon", "talks"), ("never_ceased", "attacks")])
def test_an_act_whose_stopping_is_negated_goes_on(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


def test_an_act_stopped_is_still_negated(extracted):
    assert modality(extracted["stopped"], "shelling") == "negated"
