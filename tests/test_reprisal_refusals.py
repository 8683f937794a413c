"""A refusal held over what the other side may do ('will not buy any more jets if the
sanctions come') threatens to withhold cooperation, as CAMEO codes a threat to reduce aid,
trade or relations; a refusal until a demand is met ('unless', 'if ... not'), a plain
refusal and a counterfactual keep their reading. Through the real pipeline on hand-built
texts."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "if_first": "If the sanctions come, Redland will not buy any more Blueland jets.",
    "if_after": "Redland will not buy any more Blueland jets if the sanctions come.",
    "said_if": "Redland said it would not attend the talks if Blueland sent troops.",
    "unless": "Redland will not attend the talks unless Blueland withdraws its troops.",
    "if_not": "Redland will not buy any more Blueland jets if the ban is not lifted.",
    "plain": "Redland will not buy any more Blueland jets.",
    "counterfactual": "Redland would not have attended the talks if Blueland had sent troops.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["if_first", "if_after", "said_if"])
def test_a_refusal_over_a_condition_is_a_threat(extracted, key):
    threats = of_type(extracted[key], "THREATEN")
    assert threats and all(e.modality == "asserted" for e in threats)
    assert not of_type(extracted[key], "REJECT")


@pytest.mark.parametrize("key", ["unless", "if_not", "plain"])
def test_a_refusal_until_a_demand_is_met_stays_a_refusal(extracted, key):
    assert of_type(extracted[key], "REJECT")
    assert not of_type(extracted[key], "THREATEN")


def test_a_counterfactual_refusal_is_neither(extracted):
    assert not of_type(extracted["counterfactual"], "THREATEN")
    assert not of_type(extracted["counterfactual"], "REJECT")
