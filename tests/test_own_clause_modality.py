"""Modality scope of a finite conjunct and of a speaker's participle beside a reported modal:
a modal or 'to' takes a bare verb, so a past or present conjunct is a clause of its own; a
speech-act participle set off after a reported modal clause is the speaker's act. Hand-built
sentences through the real pipeline."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

TEXTS = {
    # a finite conjunct after a modal or 'to' clause: its own tense, told as done or said
    "must_and_accused": "The minister said Hamas must disarm and accused Iran of arming the "
                        "group.",
    "would_and_criticised": "The prime minister said the talks would continue and criticised "
                            "the rebels for the attack.",
    "wants_and_expelled": "Redland wants to punish Blueland and expelled its ambassador on "
                          "Monday.",
    "can_and_condemns": "The president says the army can defend the border and condemns the "
                        "rebels for the attack.",
    # a speaker's participle after a reported modal, also across a closing quotation mark
    "must_accusing": "The minister said Hamas must disarm, accusing Iran of arming the group.",
    "could_calling": "The foreign minister said Blueland could not wait, calling on the rebels "
                     "to leave the town.",
    "quoted_accusing": "The minister said Redland \"can not accept this,\" accusing Blueland "
                       "of shelling the port.",
    # ... but a bare conjunct shares the modal, a condition covers both conjuncts, and the
    # participle of another act stays the modal clause's outcome
    "could_and_shell": "Redland's army could attack the town and shell the depot.",
    "will_and_shell": "Officials said Redland will attack the town and shell the depot next "
                      "week.",
    "if_and": "If the rebels attack the town and the army shells the depot, talks will "
              "collapse.",
    "could_killing": "The general said the army could strike the port, killing dozens of "
                     "sailors.",
    "asked_whether": "Will the army shell the depot and attack the town?",
}


@pytest.fixture(scope="module")
def extracted():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [
    ("must_and_accused", "accused"), ("would_and_criticised", "criticised"),
    ("wants_and_expelled", "expelled"), ("can_and_condemns", "condemns")])
def test_a_finite_conjunct_is_a_clause_of_its_own(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


@pytest.mark.parametrize("key,trigger", [
    ("must_accusing", "accusing"), ("could_calling", "calling"),
    ("quoted_accusing", "accusing")])
def test_a_speakers_participle_is_out_of_the_reported_modal(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


@pytest.mark.parametrize("key,trigger,expected", [
    ("could_and_shell", "shell", ("hypothetical",)),
    ("will_and_shell", "attack", ("planned",)),
    ("if_and", "shells", ("hypothetical",)),
    ("could_killing", "strike", ("hypothetical",)),
    ("asked_whether", "shell", ("hypothetical",))])
def test_a_shared_modal_a_condition_or_a_question_stays_unreal(extracted, key, trigger,
                                                              expected):
    assert modality(extracted[key], trigger) in expected
