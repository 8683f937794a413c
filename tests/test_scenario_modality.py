"""Scenarios, expected events, possible decisions and dating participles of a passive:
modality through the real pipeline, each rule with sentences where it fires and where it
does not."""

from __future__ import annotations

import pytest
from pipeline_runs import modality

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

DATE = "2025-01-25"
TEXTS = {
    # scenario frames: a prepositional frame, a scenario noun as subject, a label
    "worst_case": "In the worst case, the army resumes its air strikes on the northern towns.",
    "under_scenario": "Under this scenario, the rebels withdraw from the hills by March.",
    "in_that_case": "In that case the army shells the villages again.",
    "scenario_sees": "One scenario sees the militia attacking the convoy near the border.",
    "scenario_label": "Scenario two: Redland troops cross the river and seize the dam.",
    "case_label": "Worst case - the militia shells the depot again.",
    # possible outcomes as subject; 'in the first / second' after listed scenarios
    "possible_outcomes": "Possible outcomes include a renewed offensive by the army.",
    "outcome_was": "The outcome was a renewed offensive by the army on Monday.",
    "ordinal_paths": "Analysts see three paths. In the first, the army withdraws to its "
                     "barracks. In the second, the rebels attack the capital.",
    "ordinal_plain": "Two convoys left the capital. In the first, the rebels attacked a "
                     "checkpoint on Monday.",
    # no scenario: a topic, a superlative of another noun, an adjunct of a scenario subject
    "case_of": "In the case of the northern towns, the army withdrew on Monday.",
    "worst_clashes": "The army withdrew from the town during the worst clashes of the year.",
    "option_faded": "The option faded as the army withdrew on Monday.",
    "options_were": "Options were few on Monday as the militia shelled the depot again.",
    # lists and sections that look ahead, and ones that recount
    "watch_list": "What to watch\n\n- The army strikes the rebel camps.\n- The militia refuses "
                  "to disarm.",
    "next_list": "What happens next?\n\n- The army strikes the rebel camps.\n- The militia "
                 "refuses to disarm.",
    "paths_list": "Analysts see three paths from here:\n\n- The army strikes the rebel camps.\n"
                  "- The militia refuses to disarm.",
    "ahead_section": "The road ahead\n\nThe army strikes the rebel camps and the militia "
                     "refuses to disarm.",
    "so_far_list": "What has happened so far:\n\n- The army struck the rebel camps on Monday.\n"
                   "- The militia refused to disarm.",
    "happened_next": "Here is what happened next:\n\n- The army struck the rebel camps.\n"
                     "- The militia refused to disarm.",
    # an event noun announced as coming
    "imminent": "Blueland says it has intelligence of an imminent attack by Redland.",
    "looming": "Farmers left the valley before a looming offensive by the army.",
    "fresh": "The army launched a fresh offensive on Monday.",
    "planned_visit": "The planned visit by the minister to Paris was announced on Monday.",
    "visit_ended": "The visit by the minister to Paris ended on Monday.",
    # a decision or a future that is only possible announces no intent
    "may_decide": "Analysts say the army may decide to strike the rebel camps.",
    "possible_will": "It is possible that the army will attack the camps.",
    "chance_will": "There is a chance that the two presidents will meet next month.",
    "decided": "The army has decided to strike the rebel camps.",
    "would_strike": "The minister said the army would strike the rebel camps.",
    # the subject's event completed by an occurrence verb under a schedule or likelihood
    "due_resume": "The talks are due to resume next week.",
    "likely_continue": "The strikes are likely to continue for days.",
    "talks_resumed": "The talks resumed on Monday.",
    # an offer under a condition phrase promises nothing yet
    "provided_that": "The army would pull back provided that the rebels hand over their "
                     "weapons.",
    "as_long_as": "The rebels will free the hostages as long as the army stays out of the "
                  "town.",
    "plain_future": "The army will pull back from the town next week, the minister said.",
    # a participle set off after a passive whose subject is an event: the reporter's deed
    "passive_after": "The envoy said on Thursday a truce could be reached soon, after meeting "
                     "the prime minister in the capital.",
    "passive_after_close": "A truce could be reached soon after meeting the rebel commanders, "
                           "the envoy said.",
    "active_after": "The envoy will sign the accord next week, after meeting the rebel "
                    "commanders.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    """Each text through the real pipeline, published on DATE."""
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in TEXTS.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}



def types(ex: Extraction) -> set[str]:
    return {e.type for e in ex.events}


@pytest.mark.parametrize("key,trigger", [("worst_case", "strikes"), ("under_scenario", "withdraw"),
                                         ("in_that_case", "shells"),
                                         ("scenario_sees", "attacking"),
                                         ("scenario_label", "seize"), ("case_label", "shells"),
                                         ("possible_outcomes", "offensive"),
                                         ("ordinal_paths", "withdraws"),
                                         ("ordinal_paths", "attack")])
def test_events_set_in_a_scenario_are_hypothetical(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"


@pytest.mark.parametrize("key,trigger", [("case_of", "withdrew"), ("worst_clashes", "withdrew"),
                                         ("option_faded", "withdrew"),
                                         ("options_were", "shelled"),
                                         ("outcome_was", "offensive"),
                                         ("ordinal_plain", "attacked")])
def test_topics_superlatives_and_adjuncts_are_no_scenario(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


@pytest.mark.parametrize("key", ["watch_list", "next_list", "paths_list", "ahead_section"])
def test_lists_and_sections_that_look_ahead_are_hypothetical(extracted, key):
    events = extracted[key].events
    assert "ASSAULT" in {e.type for e in events}
    assert all(e.modality == "hypothetical" for e in events)


@pytest.mark.parametrize("key", ["so_far_list", "happened_next"])
def test_lists_that_recount_stay_asserted(extracted, key):
    events = extracted[key].events
    assert {e.type for e in events} >= {"ASSAULT", "REJECT"}
    assert all(e.modality == "asserted" for e in events)


def test_an_imminent_or_looming_event_has_not_happened(extracted):
    assert modality(extracted["imminent"], "attack") == "planned"
    looming = [e for e in extracted["looming"].events if e.trigger.text == "offensive"]
    assert all(e.modality != "asserted" for e in looming)
    assert modality(extracted["fresh"], "offensive") == "asserted"


def test_a_participle_modifier_counts_in_its_own_form(extracted):
    """'the planned visit': the parser gives the modifier the lemma 'plan'."""
    assert modality(extracted["planned_visit"], "visit") == "planned"
    assert modality(extracted["visit_ended"], "visit") == "asserted"


@pytest.mark.parametrize("key", ["may_decide", "possible_will", "chance_will"])
def test_a_possible_decision_or_future_announces_no_intent(extracted, key):
    assert not types(extracted[key]) & {"THREATEN", "AGREE"}
    assert all(e.modality == "hypothetical" for e in extracted[key].events)


@pytest.mark.parametrize("key", ["decided", "would_strike"])
def test_a_decision_or_a_stated_future_is_still_a_threat(extracted, key):
    assert "THREATEN" in types(extracted[key])


def test_a_participle_after_an_event_passive_dates_the_report(extracted):
    """'a truce could be reached soon, after meeting X': a truce meets no one; the meeting
    is the envoy's, done when the envoy spoke. Without the comma, or after an active clause
    with its own actor, the participle keeps the modality of the act it dates."""
    assert modality(extracted["passive_after"], "meeting") == "asserted"
    assert modality(extracted["passive_after_close"], "meeting") == "hypothetical"
    assert modality(extracted["active_after"], "meeting") == "planned"


def test_a_subject_event_takes_the_schedule_of_its_occurrence_verb(extracted):
    """'the talks are due to resume': the talks' resumption is scheduled, not reported."""
    assert modality(extracted["due_resume"], "talks") == "planned"
    assert modality(extracted["likely_continue"], "strikes") == "hypothetical"
    assert modality(extracted["talks_resumed"], "talks") == "asserted"


@pytest.mark.parametrize("key", ["provided_that", "as_long_as"])
def test_an_action_under_a_condition_phrase_promises_nothing_yet(extracted, key):
    assert "AGREE" not in types(extracted[key])
    assert all(e.modality != "asserted" for e in extracted[key].events)


def test_a_plain_stated_future_is_still_a_promise(extracted):
    agree = [e for e in extracted["plain_future"].events if e.type == "AGREE"]
    assert agree and agree[0].modality == "asserted"
