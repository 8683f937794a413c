"""What a party wants, wishes or is eager for is not yet a plan, and a 'to' infinitive
completing a noun ('ways to oppose') takes the modality of what governs the noun. Through the
real pipeline on hand-built texts."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    "want_verb": "The two leaders want to sign a trade deal with Velland.",
    "want_noun": "Several countries want a ban on imports of Redland steel.",
    "wished": "Lawmakers in Blueland wished to expel the Redland envoy.",
    "eager": "Redland is eager to sign the deal with Blueland.",
    "keen": "Blueland is keen to resume talks with Redland.",
    "interest_in": "The government has expressed interest in imposing sanctions on Redland.",
    "not_want": "The army does not want to attack the town.",
    "will_sign": "The two leaders will sign a trade deal with Velland on Friday.",
    "plans_sanctions": "Blueland plans to impose sanctions on Redland next week.",
    "ways_to": "Farmers in Varo are seeking ways to oppose the new curfew.",
    "chance_to": "The rebels are looking for a chance to strike the depot near Varo.",
    "first_to": "He was the first leader to visit Varo since the war.",
    "relative_that": "The group seeks to expel the militia that attacked the convoy near Varo.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)



@pytest.mark.parametrize("key,trigger", [
    ("want_verb", "sign"), ("want_noun", "ban"), ("wished", "expel"), ("eager", "sign"),
    ("keen", "resume"), ("interest_in", "imposing")])
def test_what_a_party_wants_is_hypothetical(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"


def test_what_a_party_does_not_want_is_negated(extracted):
    assert modality(extracted["not_want"], "attack") == "negated"


@pytest.mark.parametrize("key,trigger", [("will_sign", "sign"), ("plans_sanctions", "impos")])
def test_a_future_or_a_plan_stays_real(extracted, key, trigger):
    assert all(e.modality in ("planned", "asserted") for e in extracted[key].events
               if e.trigger.text.lower().startswith(trigger))
    assert any(e.trigger.text.lower().startswith(trigger) for e in extracted[key].events)


@pytest.mark.parametrize("key,trigger", [("ways_to", "oppose"), ("chance_to", "strike")])
def test_an_infinitive_of_a_sought_noun_is_hypothetical(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"


@pytest.mark.parametrize("key,trigger", [("first_to", "visit"), ("relative_that", "attacked")])
def test_a_ranked_noun_or_a_relative_clause_keeps_its_own_modality(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"
