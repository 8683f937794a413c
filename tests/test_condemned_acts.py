"""A material act that a condemnation names as its direct object ('condemned the detention of
20 soldiers', 'denounced the shelling of the town', 'deplored the killing of protesters') is an
event of its own beside the ACCUSE, told as done; a decision or a plan condemned stays inside."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "detention": "The defence ministry of Castrane condemned the Veldorian army's detention of 20 "
                 "Castranian soldiers on Tuesday.",
    "shelling": "Castrane's foreign ministry denounced the shelling of Mirsk by Veldorian forces "
                "on Monday.",
    "killing": "Rights groups deplored the killing of three protesters by police in Mirsk.",
    "decision": "The government condemned the decision to close the border.",
    "truce": "Local leaders, who had criticized the truce when it was signed, welcomed the "
             "decision.",
    "failed": "Officials accused the agency of failing to condemn the attacks on the plant.",
    "blamed": "The government has blamed several recent attacks on militants across the border.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize(("key", "etype"), [
    ("detention", "COERCE"), ("shelling", "ASSAULT"), ("killing", "ASSAULT"),
])
def test_the_condemned_act_is_reported_as_done(results, key: str, etype: str) -> None:
    ex = results[key]
    assert [e.modality for e in of_type(ex, etype)] == ["asserted"], TEXTS[key]
    assert [e.modality for e in of_type(ex, "ACCUSE")] == ["asserted"], TEXTS[key]


def test_the_detaining_side_is_the_source(results) -> None:
    (act,) = of_type(results["detention"], "COERCE")
    assert [p.text for p in act.source] == ["Veldorian"]


def test_a_condemned_decision_stays_inside(results) -> None:
    assert [e.type for e in results["decision"].events] == ["ACCUSE"]


def test_a_criticised_truce_is_no_new_act(results) -> None:
    # the welcoming of the decision is a SUPPORT of its own; the truce makes no event
    assert [e.trigger.text for e in results["truce"].events if e.type != "SUPPORT"] == \
        ["criticized"]


def test_an_attack_nobody_condemned_or_only_blamed_stays_inside(results) -> None:
    assert not of_type(results["failed"], "ASSAULT")
    assert not of_type(results["blamed"], "ASSAULT")
