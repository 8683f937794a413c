"""Kinds of sentence that name an event without reporting one, each beside a sentence that
does report it: a question, an analyst's forecast, a plan against a plain future, and an old
event the text gives as background. Through the real pipeline on hand-built texts."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    # questions
    "why_did": "Why did Redland attack the Blueland convoy near Varo?",
    "did_they": "Did the army shell the villages near Varo on Monday?",
    "how_would": "How would Blueland respond to an attack on its ships?",
    "attacked": "Redland attacked the Blueland convoy near Varo on Monday.",
    "asked_whether": "Officials asked whether the army had shelled the villages near Varo.",
    "asked_if": "Reporters asked the minister if Redland would attack the dam.",
    "asked_what": "The minister was asked what the army would do next.",
    "asked_about": "Asked about the strike on the depot, the minister declined to comment.",
    "asked_to": "Blueland asked Redland to withdraw its troops from the border.",
    "asked_for": "Blueland asked the UN for aid if the floods worsen.",
    # forecasts by analysts or in a belief
    "analysts_could": "Analysts say Redland could attack the Blueland dam next month.",
    "analysts_believe": "Analysts believe Redland will attack the Blueland dam next month.",
    "experts_say_will": "Experts say the rebels will strike the depot near Varo again.",
    "observers_predict": "Observers predict Redland will expel the Blueland envoy.",
    "analysts_expect": "Analysts expect Redland to attack the dam in the spring.",
    "officials_think": "Blueland officials think Redland will send troops to the border.",
    # a plan or a future stated by a party
    "minister_said": "The minister said the army would strike the rebel camps.",
    "will_send": "Redland said it will send troops to the border.",
    "plans_to": "Redland plans to attack the rebel camps near Varo.",
    "officials_expect": "Officials expect the talks to resume on Monday.",
    "analysts_past": "Analysts say the army attacked the town on Monday.",
    # a negation reaches a conjoined verb that shares its subject, not a clause of its own
    "not_and_own_subject": "The army did not attack the town, and the rebels shelled the depot "
                           "on Monday.",
    "not_but": "The army did not attack the town but shelled the depot on Monday.",
    "not_and_shared": "The army did not attack the town and shell the depot.",
    "neither_nor": "The army neither attacked the town nor shelled the depot.",
    # what a past act led to happened; what an act could lead to did not
    "led_to": "The shelling on Monday led to clashes near Varo.",
    "leading_to": "Fighting erupted on Monday, leading to clashes near Varo.",
    "could_lead": "Another strike could lead to clashes along the border.",
    # a nominal event timing a hoped-for or possible act is not itself hoped for
    "during_talks": "The minister hopes to settle the dispute during talks with Blueland "
                    "officials.",
    "after_summit": "The army could strike the camps after the summit in Varo.",
    # an old event as background, a new one as news
    "since_2019": "Since the 2019 strike on the depot, the army has kept troops near Varo.",
    "war_in_2011": "The two countries fought a brief border war in 2011.",
    "invaded_1979": "Redland invaded Blueland in 1979 and occupied its capital for a decade.",
    "clashed_since": "Redland and Blueland have clashed repeatedly over the border since 2008.",
    "monday": "Blueland's army shelled the border villages on Monday.",
    # what an old occurrence named as the subject did happened when it did
    "clashes_2011_killed": "The 2011 clashes near Varo killed at least 18 soldiers.",
    "war_in_1999_killed": "The war between Redland and Blueland in 1999 killed thousands.",
    "clashes_monday_killed": "The clashes near Varo on Monday killed at least 18 soldiers.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)



def asserted(ex: Extraction) -> list[str]:
    """The types of the asserted events."""
    return [e.type for e in ex.events if e.modality == "asserted"]


@pytest.mark.parametrize("key,trigger", [("why_did", "attack"), ("did_they", "shell"),
                                         ("how_would", "attack")])
def test_a_question_reports_nothing(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"
    assert modality(extracted["attacked"], "attacked") == "asserted"


@pytest.mark.parametrize("key", ["asked_whether", "asked_if", "asked_what", "asked_about"])
def test_asking_a_question_is_no_request(extracted, key):
    assert "REQUEST" not in [e.type for e in extracted[key].events]


@pytest.mark.parametrize("key", ["asked_to", "asked_for"])
def test_asking_a_party_to_act_or_for_something_is_a_request(extracted, key):
    assert "REQUEST" in asserted(extracted[key])


@pytest.mark.parametrize("key,trigger", [
    ("analysts_could", "attack"), ("analysts_believe", "attack"), ("experts_say_will", "strike"),
    ("observers_predict", "expel"), ("analysts_expect", "attack")])
def test_a_forecast_is_hypothetical_and_no_threat(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"
    assert not any(e.type in ("THREATEN", "AGREE") and e.modality == "asserted"
                   for e in extracted[key].events)


def test_a_party_believed_to_plan_an_act_threatens_nothing(extracted):
    assert modality(extracted["officials_think"], "send") == "planned"
    assert "THREATEN" not in asserted(extracted["officials_think"])


def test_a_future_a_party_states_is_planned_and_a_threat(extracted):
    assert modality(extracted["will_send"], "send") == "planned"
    assert "THREATEN" in asserted(extracted["will_send"])
    # a threat verb's reported future ('said the army would strike') is the threat itself
    assert modality(extracted["minister_said"], "strike", "THREATEN") == "asserted"


def test_a_plan_is_a_threat_and_a_schedule_stays_planned(extracted):
    assert "THREATEN" in asserted(extracted["plans_to"])
    assert modality(extracted["officials_expect"], "talks") == "planned"


def test_an_analyst_reporting_a_past_act_reports_it(extracted):
    assert modality(extracted["analysts_past"], "attacked") == "asserted"


@pytest.mark.parametrize("key,trigger", [("since_2019", "strike"), ("war_in_2011", "fought"),
                                         ("invaded_1979", "invaded"),
                                         ("clashed_since", "clashed")])
def test_an_old_event_is_background(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "background"
    assert modality(extracted["monday"], "shelled") == "asserted"


@pytest.mark.parametrize("key", ["not_and_own_subject", "not_but"])
def test_a_negation_stops_at_a_clause_of_its_own(extracted, key):
    assert modality(extracted[key], "attack") == "negated"
    assert modality(extracted[key], "shelled") == "asserted"


@pytest.mark.parametrize("key,trigger", [("not_and_shared", "shell"),
                                         ("neither_nor", "shelled")])
def test_a_negation_reaches_a_verb_sharing_its_subject(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "negated"
    assert "ASSAULT" not in asserted(extracted[key])


@pytest.mark.parametrize("key", ["led_to", "leading_to"])
def test_what_a_past_act_led_to_happened(extracted, key):
    assert all(e.modality == "asserted" for e in extracted[key].events if e.type == "ASSAULT")
    assert "ASSAULT" in asserted(extracted[key])


def test_what_an_act_could_lead_to_is_hypothetical(extracted):
    assert modality(extracted["could_lead"], "clashes") == "hypothetical"


@pytest.mark.parametrize("key,trigger,frame", [("during_talks", "settle", "talks"),
                                               ("after_summit", "strike", "summit")])
def test_a_nominal_event_timing_a_clause_keeps_its_own_modality(extracted, key, trigger,
                                                                frame):
    assert modality(extracted[key], trigger) == "hypothetical"
    assert modality(extracted[key], frame) == "asserted"


@pytest.mark.parametrize("key", ["clashes_2011_killed", "war_in_1999_killed"])
def test_what_an_old_occurrence_did_is_background(extracted, key):
    assert "ASSAULT" not in asserted(extracted[key])
    assert "ASSAULT" in asserted(extracted["clashes_monday_killed"])
