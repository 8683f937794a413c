"""What a wish, a request or a refusal cannot make unreal: a participle describing a definite
noun ('the detainees being held'), an activity named by its effort noun ('its deportation
efforts') and a speech-act participle said while seeking ('seeks to halt ..., alleging');
and the same cues where they still do: an indefinite noun, an effort to do something, a
modal, a condition or a question. Through the real pipeline on hand-built texts."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    # a participle describing a definite noun tells a state of its own
    "held_by": "Blueland asked Redland to free the prisoners held by the militia in Varo.",
    "being_held": "The envoy requested access to the detainees being held at the Varo base.",
    "held_indefinite": "The envoy requested access to detainees held at a Varo base.",
    "held_wanted": "Blueland wants prisoners held by the militia to be freed.",
    "held_question": "Did Blueland ask about the prisoners held by the militia?",
    # an effort noun with a compound names the activity under way; 'efforts to' seeks it
    "deportation_efforts": "Blueland has stepped up its deportation efforts.",
    "efforts_to": "Blueland has made efforts to deport the migrants.",
    # a speech-act participle set off after a sought infinitive is said now
    "urged_accusing": "The group urged Blueland to withdraw its troops, accusing it of "
                      "violating the truce.",
    "seeks_alleging": "Blueland seeks to halt the arms sales, alleging that the weapons were "
                      "used against civilians.",
    "could_accusing": "Redland could seek to expel the envoy, accusing him of spying.",
    "if_accusing": "If Blueland tries to block the talks, accusing Redland of bad faith, the "
                   "truce will collapse.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [("held_by", "prisoners held"),
                                         ("being_held", "detainees being held")])
def test_a_participle_of_a_definite_noun_keeps_its_own_modality(extracted, key, trigger):
    assert modality(extracted[key], trigger, "COERCE") == "asserted"


@pytest.mark.parametrize("key,trigger", [("held_indefinite", "detainees held"),
                                         ("held_wanted", "prisoners held"),
                                         ("held_question", "prisoners held")])
def test_an_indefinite_noun_or_a_question_keeps_the_governor_modality(extracted, key, trigger):
    assert modality(extracted[key], trigger, "COERCE") == "hypothetical"


def test_an_effort_noun_over_its_activity_reports_it_under_way(extracted):
    assert modality(extracted["deportation_efforts"], "deportation") == "asserted"


def test_an_effort_to_do_something_is_hypothetical(extracted):
    assert modality(extracted["efforts_to"], "deport") == "hypothetical"


@pytest.mark.parametrize("key", ["urged_accusing", "seeks_alleging"])
def test_a_speech_participle_after_a_sought_infinitive_is_said(extracted, key):
    trigger = "accusing" if "accusing" in key else "alleging"
    assert modality(extracted[key], trigger, "ACCUSE") == "asserted"


@pytest.mark.parametrize("key", ["could_accusing", "if_accusing"])
def test_a_speech_participle_under_a_modal_or_a_condition_stays_hypothetical(extracted, key):
    assert modality(extracted[key], "accusing", "ACCUSE") == "hypothetical"


ATTEMPTS = {
    # a past attempt at an attack or an assassination is the attack (PLOVER codes attempts)
    "tried_to_kill": "A gunman tried to kill the Blueland envoy in Varo on Monday.",
    "said_attempted": "Militants said they attempted to assassinate the Redland prime minister.",
    "survived_attempt": "The minister survived an assassination attempt in Varo on Monday.",
    "attempt_to_kill": "The minister survived an attempt to kill him in Varo on Monday.",
    # an attempt that may come, is planned, refused, feared or asked about is not
    "may_try": "The rebels may try to attack the convoy.",
    "feared_attempt": "Officials feared an assassination attempt against the minister.",
    "would_try": "Would the rebels try to attack the convoy?",
    "not_try": "The rebels did not try to attack the convoy.",
    # a past attempt at another kind of act stays unreal
    "tried_to_negotiate": "The army has tried to negotiate with the rebels.",
}


@pytest.fixture(scope="module")
def attempts() -> dict[str, Extraction]:
    return run_texts(ATTEMPTS)


@pytest.mark.parametrize("key,trigger", [
    ("tried_to_kill", "kill"), ("said_attempted", "assassinate"),
    ("survived_attempt", "assassination"), ("attempt_to_kill", "kill")])
def test_a_past_attempted_attack_is_an_attack(attempts, key, trigger):
    assert modality(attempts[key], trigger, "ASSAULT") == "asserted"
    event = next(e for e in attempts[key].events if e.type == "ASSAULT")
    assert event.attributes.get("attempted") is True


@pytest.mark.parametrize("key,trigger,expected", [
    ("may_try", "attack", "hypothetical"), ("feared_attempt", "assassination", "hypothetical"),
    ("would_try", "attack", "hypothetical"), ("not_try", "attack", "negated")])
def test_an_attempt_not_made_stays_unreal(attempts, key, trigger, expected):
    assert modality(attempts[key], trigger, "ASSAULT") == expected


def test_a_past_attempt_at_talks_stays_hypothetical(attempts):
    assert modality(attempts["tried_to_negotiate"], "negotiate") == "hypothetical"


MEASURES = {
    # a definite measure a party sets out to remove is in force
    "resolve_freeze": "Blueland wants to resolve the freeze on grain deliveries to Redland.",
    "reverse_suspension": "The minister hopes to reverse the suspension of aid to Varo.",
    "overturn_the_ban": "Redland will seek to overturn the ban on its exports.",
    "resolve_blockade": "Redland hopes to resolve the blockade of its ports.",
    # an indefinite one, or one the party sets out to impose, is not yet
    "overturn_a_ban": "Redland will seek to overturn a ban on its exports.",
    "impose_the_ban": "Redland will seek to impose the ban on its exports.",
}


@pytest.fixture(scope="module")
def measures() -> dict[str, Extraction]:
    return run_texts(MEASURES)


@pytest.mark.parametrize("key,trigger", [
    ("resolve_freeze", "freeze"), ("reverse_suspension", "suspension"),
    ("overturn_the_ban", "ban"), ("resolve_blockade", "blockade")])
def test_a_definite_measure_to_be_removed_is_in_force(measures, key, trigger):
    assert modality(measures[key], trigger) == "asserted"


@pytest.mark.parametrize("key,trigger", [("overturn_a_ban", "ban"), ("impose_the_ban", "impose")])
def test_an_indefinite_or_sought_measure_stays_unreal(measures, key, trigger):
    assert modality(measures[key], trigger, "SANCTION") == "hypothetical"
