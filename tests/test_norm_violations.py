"""CAMEO readings of 'violate' and 'impose restrictions': violating an agreement, a ban or a
ceasefire is a REJECT, violating a law, a constitution or sovereignty is no event by itself
(CAMEO codes the verb only with such objects); imposing restrictions on freedoms is COERCE
(CAMEO 172/1721), imposing sanctions stays SANCTION."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "violated_ban": "A newspaper in Kinshasa violated a ban by the army on Monday.",
    "violated_truce": "Sudan said the rebels violated the truce in Darfur on Sunday.",
    "violation_of_accord": "The violation of the accord by Armenian forces angered Baku.",
    "violated_law": "The opposition said the Kenyan election violated the constitution.",
    "violated_sovereignty": "Redland has violated the sovereignty of its neighbour.",
    "rights_violation": "He highlighted the Eritrean regime's violation of human rights.",
    "restrictions": "The junta in Niamey imposed restrictions on foreign journalists.",
    "restrictions_tightened": "Italy tightened restrictions on travel from India.",
    "sanctions": "The European Union imposed sanctions on Belarus on Friday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["violated_ban", "violated_truce", "violation_of_accord"])
def test_violating_an_agreement_or_ban_is_a_rejection(results, key: str) -> None:
    assert of_type(results[key], "REJECT"), TEXTS[key]


@pytest.mark.parametrize("key", ["violated_law", "violated_sovereignty", "rights_violation"])
def test_violating_a_law_or_right_is_no_rejection(results, key: str) -> None:
    assert not of_type(results[key], "REJECT"), TEXTS[key]


@pytest.mark.parametrize("key", ["restrictions", "restrictions_tightened"])
def test_imposed_restrictions_coerce(results, key: str) -> None:
    ex = results[key]
    assert of_type(ex, "COERCE") and not of_type(ex, "SANCTION"), TEXTS[key]


def test_imposed_sanctions_stay_sanctions(results) -> None:
    ex = results["sanctions"]
    assert of_type(ex, "SANCTION") and not of_type(ex, "COERCE")
