"""A demand or charge made by protesters is their PROTEST (PLOVER codes protests making
requests or expressing disapproval as PROTEST, not REQUEST or ACCUSE); the same verbs with
another subject keep their types. Through the real pipeline on hand-built texts."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "demanded": "Thousands of protesters in Varo demanded the resignation of Redland Prime "
                "Minister Olan Brek.",
    "accused": "Demonstrators in Varo accused the Redland government of corruption.",
    "conjoined": "Protesters gathered outside parliament in Varo on Sunday and demanded new "
                 "elections.",
    "with_march": "Marchers in Varo staged a protest and demanded the release of Blueland "
                  "activists.",
    "minister_demanded": "The Blueland foreign minister demanded the release of the Redland "
                         "activists.",
    "minister_accused": "The Redland government accused Blueland of backing the rebels in Varo.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _types(ex: Extraction) -> list[str]:
    return [e.type for e in ex.events if e.modality in ("asserted", "planned")]


@pytest.mark.parametrize("key", ["demanded", "accused", "conjoined"])
def test_protesters_demand_or_charge_is_a_protest(extracted, key):
    types = _types(extracted[key])
    assert "PROTEST" in types
    assert "REQUEST" not in types and "ACCUSE" not in types


def test_a_protest_already_told_absorbs_its_demand(extracted):
    types = _types(extracted["with_march"])
    assert types.count("PROTEST") == 1
    assert "REQUEST" not in types


@pytest.mark.parametrize("key,etype", [("minister_demanded", "REQUEST"),
                                       ("minister_accused", "ACCUSE")])
def test_other_parties_keep_their_demand_or_charge(extracted, key, etype):
    types = _types(extracted[key])
    assert etype in types and "PROTEST" not in types


CROWDS = {
    "hundreds": "Hundreds of nurses protested outside the hospital in Varo on Friday.",
    "about": "About 300 doctors protested outside the health ministry in Varo.",
    "nationals": "Hundreds of Kenyans protested outside the Blueland embassy in Varo.",
}


@pytest.fixture(scope="module")
def crowds() -> dict[str, Extraction]:
    return run_texts(CROWDS)


@pytest.mark.parametrize("key", sorted(CROWDS))
def test_a_counted_crowd_protesting_is_a_protest(crowds, key):
    """'Hundreds of nurses protested', 'about 300 doctors protested': a subject counting
    people is a crowd, whatever the people are; their protest is a demonstration."""
    types = _types(crowds[key])
    assert "PROTEST" in types and "ACCUSE" not in types


def test_a_ministry_protesting_still_disapproves():
    types = _types(run_texts({"m": "The Redland foreign ministry protested the visit."})["m"])
    assert "ACCUSE" in types and "PROTEST" not in types
