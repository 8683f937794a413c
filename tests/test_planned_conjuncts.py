"""Modality: a finite verb coordinated with a planning governor reports an act of its own
('agreed to the deal and withdrew its troops'), while a base form shares the governor's
infinitive and stays planned ('plans to visit Varo and meet the envoy')."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    "agreed_withdrew": "Norland agreed to the deal and withdrew its troops from the border.",
    "offered_released": "Norland offered talks and released ten prisoners.",
    "plans_arrested": "The government plans new elections and has arrested opposition leaders.",
    "shared_infinitive": "Norland plans to close the border and expel the Velland envoy.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize(("key", "trigger", "etype"), [
    ("agreed_withdrew", "withdrew", "RETREAT"), ("offered_released", "released", "RETREAT"),
    ("plans_arrested", "arrested", "COERCE"),
])
def test_a_finite_conjunct_of_a_plan_is_done(results, key: str, trigger: str,
                                             etype: str) -> None:
    assert modality(results[key], trigger, etype) == "asserted", TEXTS[key]


def test_a_shared_infinitive_stays_planned(results) -> None:
    # the planned expulsion is folded into the plan's THREATEN; no expulsion is told as done
    ex = results["shared_infinitive"]
    assert not [e for e in ex.events if e.trigger.text.startswith("expel")
                and e.type != "THREATEN" and e.modality == "asserted"]
    assert [e.type for e in ex.events if e.trigger.text.startswith("expel")] == ["THREATEN"]
