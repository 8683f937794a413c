"""What news copy tells without asserting it: the content of a risk, a fear or a scenario,
an event no evidence supports, a counterfactual, the answer to a question about what may
come, and a toll over a war that began long ago. Each rule with texts where it fires and
where it does not, through the real pipeline."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    # the content clause of a noun of risk, danger, fear or scenario, or of 'no evidence'
    "risk_that": "There is a risk that Redland attacks the Blueland dam.",
    "danger_is": "The danger is that the army shells the villages near Varo again.",
    "scenario_in_which": "Planners prepared for a scenario in which Redland invades Blueland.",
    "scenario_where": "Planners studied a scenario where Redland shells the Blueland depot.",
    "no_evidence": "There is no evidence that Redland attacked the convoy near Varo.",
    "fear_will": "Farmers fear that the army will shell their villages again.",
    "not_confirmed": "Redland has not confirmed reports that its jets bombed a Blueland "
                     "village.",
    "denied_claims": "The army denied claims that its jets bombed the school in Varo.",
    # a relative clause about the noun, evidence found, a report confirmed
    "confirmed": "Reports that Redland jets struck the Blueland capital on Monday were "
                 "confirmed by the army.",
    "risk_taken": "The risk that the army took paid off when it stormed the fort on Monday.",
    "evidence_found": "Inspectors found evidence that Redland attacked the convoy near Varo.",
    # a counterfactual announces no intent
    "would_have": "Had the army not pulled back, the militia would have attacked the town.",
    "would_strike": "The minister said the army would strike the rebel camps.",
    # a paragraph answering a question about what may come, on its own line before it
    "what_if": "What if the truce fails?\n\nThe army resumes its air strikes on Varo and the "
               "militia shells the depot.",
    "what_happens_if": "What happens if the talks collapse?\n\nThe army resumes its shelling "
                       "of Varo and the militia attacks the depot.",
    "will_they": "Will the army move in?\n\nThe army sends tanks into Varo and shells the camps.",
    "answer_past": "Will the army move in?\n\nThe army sent tanks into Varo on Monday and "
                   "shelled the camps.",
    "why_did": "Why did the talks fail?\n\nThe army shelled the rebel delegation in Varo on "
               "Tuesday.",
    # the worst event since a date is news; an undated past is old
    "bloodiest_since": "It was the bloodiest fighting since the border war of 2011.",
    "in_the_past": "In the past, both armies have shelled each other's positions near Varo.",
    "recent_past": "In the recent past, both armies have shelled each other's positions near "
                   "Varo.",
    # demand in a market is no request; a party's demand is
    "market_demand": "Global demand for oil rose sharply in Velland last month.",
    "strong_demand": "Strong domestic demand pushed the price of wheat higher.",
    "party_demand": "The protesters repeated their demand for the release of the prisoners.",
    # a heading with a modal looks ahead; the month May or a mayor does not
    "may_heading": "What May Come Next\n\nThe army shells the villages near Varo and the "
                   "militia attacks the depot.",
    "month_heading": "Fighting Flares Again In May\n\nThe army shelled the villages near Varo "
                     "on Monday and killed three people.",
    "mayor_heading": "The Mayor's Response\n\nThe army shelled the villages near Varo on "
                     "Monday and killed three people.",
    # a toll over a war or offensive that began long before publication
    "began_old": "The war, which began in October 2023, has killed tens of thousands of people.",
    "launched_old": "The offensive, launched in February 2022, has killed thousands of soldiers.",
    "began_old_recent_toll": "The war, which began in October 2023, has killed three soldiers "
                             "this week.",
    "began_recent": "The offensive, which began on Monday, has killed dozens of people.",
    "official_old": "The minister, who took office in 2019, has met the Blueland envoy twice "
                    "this week.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)



@pytest.mark.parametrize("key,trigger", [
    ("risk_that", "attacks"), ("danger_is", "shells"), ("scenario_in_which", "invades"),
    ("scenario_where", "shells"), ("no_evidence", "attacked"), ("fear_will", "shell"),
    ("not_confirmed", "bombed")])
def test_the_content_of_a_risk_fear_or_scenario_is_hypothetical(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"
    assert not any(e.type == "THREATEN" for e in extracted[key].events)


def test_an_event_in_a_denied_claim_is_not_asserted(extracted):
    assert not any(e.type == "ASSAULT" and e.modality == "asserted"
                   for e in extracted["denied_claims"].events)


@pytest.mark.parametrize("key,trigger", [("risk_taken", "stormed"),
                                         ("evidence_found", "attacked"), ("confirmed", "struck")])
def test_a_clause_about_the_noun_or_found_evidence_stays_asserted(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


def test_a_counterfactual_is_no_threat(extracted):
    events = extracted["would_have"].events
    assert not any(e.type == "THREATEN" for e in events)
    assert modality(extracted["would_have"], "attacked", "ASSAULT") == "hypothetical"
    assert any(e.type == "THREATEN" for e in extracted["would_strike"].events)


@pytest.mark.parametrize("key", ["what_if", "what_happens_if", "will_they"])
def test_an_answer_to_a_question_about_what_may_come_is_hypothetical(extracted, key):
    events = extracted[key].events
    assert events
    assert all(e.modality == "hypothetical" for e in events)


@pytest.mark.parametrize("key,trigger", [("answer_past", "sent"), ("why_did", "shelled")])
def test_an_answer_in_the_past_or_to_a_question_about_the_past_is_asserted(extracted, key,
                                                                            trigger):
    assert modality(extracted[key], trigger) == "asserted"


@pytest.mark.parametrize("key", ["began_old", "launched_old"])
def test_a_toll_over_a_war_that_began_long_ago_is_background(extracted, key):
    assert modality(extracted[key], "killed") == "background"


@pytest.mark.parametrize("key,trigger", [("began_old_recent_toll", "killed"),
                                         ("began_recent", "killed"), ("official_old", "met")])
def test_a_recent_toll_or_a_participant_dated_long_ago_stays_asserted(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


def test_a_heading_with_a_modal_looks_ahead(extracted):
    assert modality(extracted["may_heading"], "shells") == "hypothetical"


@pytest.mark.parametrize("key", ["month_heading", "mayor_heading"])
def test_the_month_may_or_a_mayor_in_a_heading_is_no_modal(extracted, key):
    assert modality(extracted[key], "shelled") == "asserted"


def test_the_worst_event_since_an_old_date_is_news(extracted):
    """'bloodiest' is a superlative even when the tagger reads it as a noun."""
    assert modality(extracted["bloodiest_since"], "fighting") == "asserted"


def test_an_event_set_in_the_past_without_a_date_is_background(extracted):
    assert modality(extracted["in_the_past"], "shelled") == "background"
    assert modality(extracted["recent_past"], "shelled") != "background"


@pytest.mark.parametrize("key", ["market_demand", "strong_demand"])
def test_market_demand_is_no_request(extracted, key):
    assert not any(e.type == "REQUEST" for e in extracted[key].events)


def test_a_partys_demand_is_a_request(extracted):
    assert modality(extracted["party_demand"], "demand", "REQUEST") == "asserted"
