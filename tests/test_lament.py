"""A lament is no charge: a strongly negative evaluation said only of a state of affairs that
no party owns in the clause ('the humanitarian situation is catastrophic', 'conditions in the
camps are horrible', 'the plight of the refugees is tragic') makes no ACCUSE; said of a party's
decision or actions it still does."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

NO_ACCUSE = {
    "situation": '"The humanitarian situation in Gaza is catastrophic," U.N. Secretary-General '
                 'Antonio Guterres said on Monday.',
    "conditions": '"Conditions in the Sudanese camps are horrible," the Sudanese health minister '
                  'said.',
    "plight": '"The plight of Afghan women is tragic," the Pakistani foreign minister said on '
              'Monday.',
}
ACCUSE = {
    "decision": '"Russia\'s decision is outrageous," the Polish foreign minister said.',
    "actions": '"The Chinese actions are unacceptable," the Philippine foreign ministry said.',
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts({**NO_ACCUSE, **ACCUSE})


@pytest.mark.parametrize("key", sorted(NO_ACCUSE))
def test_lament_is_no_charge(extracted: dict[str, Extraction], key: str) -> None:
    assert not of_type(extracted[key], "ACCUSE")


@pytest.mark.parametrize("key", sorted(ACCUSE))
def test_judged_conduct_is_a_charge(extracted: dict[str, Extraction], key: str) -> None:
    assert of_type(extracted[key], "ACCUSE")
