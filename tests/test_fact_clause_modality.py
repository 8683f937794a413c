"""Modality scope of adverbial clauses told as fact, comparative correlatives, entailments and
impersonal guesses; hand-built sentences through the real pipeline."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

TEXTS = {
    # a cause, concession or contrast with a tense of its own is a fact under any modal
    "because_perfect": "The army will withdraw from the valley because the rebels have "
                       "attacked the convoy.",
    "although_perfect": "Redland could impose sanctions, although Blueland has already "
                        "expelled its diplomats.",
    "as_past": "Redland may retaliate, as Blueland troops shelled the border on Monday.",
    "while_contrast": "If talks fail, Redland will strike the port, while Blueland is "
                      "shelling the border.",
    "while_busy_if": "While Redland is busy bullying its small neighbour, if you ask around, "
                     "more governments are standing up for Blueland.",
    "while_keeps_if": "While the army keeps shelling the villages, if the talks fail the "
                      "rebels will attack the capital.",
    # ... but not a condition, nor the time of a plan
    "if_while": "If the rebels attack while the army is shelling the villages, Redland "
                "will respond.",
    "will_while_future": "The rebels will attack the town while the talks take place next "
                         "week.",
    "would_if": "Redland would attack the port if Blueland fired again.",
    "because_would": "Redland could impose sanctions because Blueland would expel its "
                     "diplomats.",
    "will_be_because": "If Redland invades, it will be because Blueland attacked first.",
    # comparative correlatives and entailments are general statements
    "correlative": "The more Redland bullies Blueland, the more support Blueland gets.",
    "correlative_that": "Redland fails to see that the more it bullies Blueland, the more "
                        "friends Blueland wins abroad.",
    "correlative_longer": "The longer the talks drag on, the more the rebels attack the "
                          "villages.",
    "more_senior": "Redland bombed the port on Monday, and the more senior commanders met "
                   "on Friday.",
    "means_to_be": "To report from the border in Redland means to be harassed by police.",
    "means_to_plan": "Redland means to attack the port next week.",
    # a preposition after 'pave' leaves its object real
    "paved_with": "The army's path to power was paved with arrests of opposition leaders.",
    "pave_way": "The accord could pave the way for talks between Redland and Blueland.",
    # an impersonal guess under a reporting verb is no reported plan
    "appears_would": "It appears the army would withdraw from the town, officials said.",
    "seems_would": "\"It seems that Redland would attack the port,\" the analyst said.",
    "said_would": "The minister said the army would attack the port on Friday.",
    # an indefinite event under a hedged future is a prediction
    "likely_purchase": "Analysts say a big purchase of Blueland tanks will likely change the "
                       "balance in the region.",
    "probably_offensive": "A new offensive will probably draw Blueland into the war.",
    "definite_purchase": "The purchase of Blueland tanks will likely change the balance in "
                         "the region, analysts say.",
}


@pytest.fixture(scope="module")
def extracted():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [
    ("because_perfect", "attacked"), ("although_perfect", "expelled"), ("as_past", "shelled"),
    ("while_contrast", "shelling"), ("while_busy_if", "bullying"),
    ("while_keeps_if", "shelling")])
def test_a_tensed_clause_of_cause_concession_or_contrast_is_a_fact(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


@pytest.mark.parametrize("key,trigger,expected", [
    ("if_while", "shelling", "hypothetical"), ("will_while_future", "talks", "planned"),
    ("would_if", "attack", "hypothetical"), ("because_would", "expel", "hypothetical"),
    ("will_be_because", "attacked", "hypothetical"),
    ("although_perfect", "impose", "hypothetical")])
def test_a_condition_a_planned_time_or_a_modal_clause_stays_unreal(extracted, key, trigger,
                                                                  expected):
    assert modality(extracted[key], trigger) == expected


@pytest.mark.parametrize("key,trigger", [
    ("correlative", "bullies"), ("correlative_that", "bullies"),
    ("correlative_longer", "attack"), ("means_to_be", "harassed")])
def test_a_correlative_or_an_entailment_is_general(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"


@pytest.mark.parametrize("key,trigger,expected", [
    ("more_senior", "bombed", "asserted"), ("more_senior", "met", "asserted"),
    ("means_to_plan", "attack", "planned")])
def test_a_comparative_alone_or_an_intention_keeps_its_reading(extracted, key, trigger,
                                                               expected):
    assert modality(extracted[key], trigger) == expected


@pytest.mark.parametrize("key,trigger", [("appears_would", "withdraw"),
                                         ("seems_would", "attack")])
def test_an_impersonal_guess_is_no_reported_plan(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"


def test_a_reported_would_is_still_a_plan(extracted):
    assert modality(extracted["said_would"], "attack") in ("planned", "asserted")


@pytest.mark.parametrize("key,trigger,expected", [
    ("likely_purchase", "purchase", "hypothetical"),
    ("probably_offensive", "offensive", "hypothetical"),
    ("definite_purchase", "purchase", "asserted")])
def test_an_indefinite_event_under_a_hedged_future_is_a_prediction(extracted, key, trigger,
                                                                   expected):
    assert modality(extracted[key], trigger) == expected


@pytest.mark.parametrize("key,trigger,expected", [("paved_with", "arrests", "asserted"),
                                                  ("pave_way", "talks", "hypothetical")])
def test_pave_is_speculative_only_through_its_way(extracted, key, trigger, expected):
    assert modality(extracted[key], trigger) == expected
