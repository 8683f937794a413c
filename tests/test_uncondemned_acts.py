"""A hostile act a negated condemnation names took place: 'has not condemned Russia's
invasion' reports the invasion (asserted) and the condemnation (negated); an infinitive
condemnation ('urged them to condemn') still absorbs its object."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

NEGATED = {
    "not_condemned_invasion": "Beland has not condemned Norland's invasion of Velland.",
    "did_not_condemn_killing": "The council did not condemn the killing of the protesters by "
                               "security forces.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**NEGATED,
                      "asserted": "The council condemned the killing of the protesters by "
                                  "security forces."})


@pytest.mark.parametrize("key", sorted(NEGATED))
def test_act_of_a_negated_condemnation_is_asserted(results: dict[str, Extraction],
                                                   key: str) -> None:
    ex = results[key]
    assert [e.modality for e in ex.events if e.type == "ASSAULT"] == ["asserted"], NEGATED[key]
    assert [e.modality for e in ex.events if e.type == "ACCUSE"] == ["negated"], NEGATED[key]


def test_condemned_act_stays(results: dict[str, Extraction]) -> None:
    ex = results["asserted"]
    assert {e.type: e.modality for e in ex.events} == {"ACCUSE": "asserted",
                                                       "ASSAULT": "asserted"}
