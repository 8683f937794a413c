"""A negated copula negates the adjective it predicates ('was not supportive of', 'is not
hostile to') and what that adjective governs ('is not willing to negotiate' is a refusal,
no intent to negotiate). Through the real pipeline on hand-built texts."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "not_supportive": "The Redland envoy said Blueland was not supportive of the council "
                      "meeting on Varo.",
    "not_critical": "The Blueland minister was not critical of the deal with Redland.",
    "supportive": "The Redland envoy said Blueland was supportive of the council meeting on Varo.",
    "not_willing": "Redland is not willing to negotiate with Blueland over the border.",
    "not_ready": "Redland is not ready to withdraw its troops from the Blueland border.",
    "willing": "The president said Redland is willing to negotiate with Blueland.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [
    ("not_supportive", "supportive"), ("not_critical", "critical")])
def test_an_adjective_under_a_negated_copula_is_negated(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "negated"


def test_the_same_adjective_without_negation_stays_asserted(extracted):
    assert modality(extracted["supportive"], "supportive") == "asserted"


@pytest.mark.parametrize("key", ["not_willing", "not_ready"])
def test_not_willing_or_ready_to_act_is_a_refusal_not_an_intent(extracted, key):
    assert not of_type(extracted[key], "AGREE")
    assert of_type(extracted[key], "REJECT")


def test_willing_to_negotiate_is_an_intent(extracted):
    assert of_type(extracted["willing"], "AGREE")
