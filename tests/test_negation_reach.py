"""Negation that reaches an act through the phrase around it: a gerund after a verb of
refraining ('refrained from attacking', 'stopped short of imposing'), an infinitive or gerund
of a noun with 'no' ('has no plans to attack', 'no intention of attacking'), 'has yet to' and
'unwilling / reluctant / hesitant / loath to'. A governor that negates nothing leaves the act as it was. Through the real
pipeline on hand-built texts."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    "refrained": "Redland refrained from attacking the Blueland convoy near Varo.",
    "short_of": "Redland stopped short of imposing sanctions on Blueland.",
    "no_plans": "Redland has no plans to attack Blueland.",
    "no_intention": "The Redland army has no intention of attacking Varo.",
    "yet_to": "Redland has yet to sign the agreement with Blueland.",
    "unwilling": "Redland is unwilling to negotiate with Blueland over the border.",
    "reluctant": "Redland remains reluctant to withdraw its troops from Varo.",
    "hesitant": "Blueland officials were hesitant to sign the accord with Redland.",
    "loath": "The Redland government is loath to impose sanctions on Blueland.",
    "benefited": "Redland benefited from attacking the Blueland convoy near Varo.",
    "announced_plans": "Redland announced plans to attack Blueland next week.",
    "has_signed": "Redland has signed the agreement with Blueland.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [
    ("refrained", "attacking"), ("short_of", "imposing"), ("no_plans", "attack"),
    ("no_intention", "attacking"), ("yet_to", "sign"), ("unwilling", "negotiate"),
    ("reluctant", "withdraw"), ("hesitant", "sign"), ("loath", "impose")])
def test_the_act_is_negated(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "negated"


@pytest.mark.parametrize("key,trigger,expected", [
    ("benefited", "attacking", "asserted"), ("announced_plans", "attack", "planned"),
    ("has_signed", "signed", "asserted")])
def test_a_governor_that_negates_nothing_leaves_the_act(extracted, key, trigger, expected):
    assert modality(extracted[key], trigger) == expected
