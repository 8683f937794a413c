"""A negated act that is the condition of another ('will resume the offensive if the army does
not pull back') is supposed, not reported as not done: it is hypothetical, not negated. A
negated act told as fact stays negated, and so does one in an 'if' that asks whether."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    "threat": "The rebels threatened to resume their offensive if the army did not pull back "
              "from the hills.",
    "fronted": "If the militia does not withdraw from the port, the navy will attack.",
    "fact": "The militia did not withdraw from the port on Monday.",
    "failed": "The talks stalled after the militia failed to withdraw from the port.",
    "asked": "Reporters asked if the army had not attacked the village.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [("threat", "pull"), ("fronted", "withdraw")])
def test_negated_condition_is_hypothetical(results: dict[str, Extraction], key: str,
                                           trigger: str) -> None:
    assert modality(results[key], trigger, "RETREAT") == "hypothetical"


@pytest.mark.parametrize("key,trigger,etype", [
    ("fact", "withdraw", "RETREAT"),
    ("failed", "withdraw", "RETREAT"),
    ("asked", "attack", "ASSAULT"),
])
def test_negated_fact_stays_negated(results: dict[str, Extraction], key: str, trigger: str,
                                    etype: str) -> None:
    assert modality(results[key], trigger, etype) == "negated"
