"""A terrorist label is a charge: a party that brands, labels, calls, considers, regards or
describes another as terrorists or a terrorist group accuses it (ACCUSE, the labeller the
source, the labelled party the target), as does a statement that a party is one. A negated
label, an official designation (the lexicon's ban) and naming without the label make no
charge; terrorists named as doers or victims are no label."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "branded": "Ankara branded the PKK a terrorist organization.",
    "labeled": "Washington labeled the Revolutionary Guard a terrorist group.",
    "called": "The Kremlin called the Ukrainian government a terrorist regime.",
    "describes": "Israel describes Hamas as a terrorist organization.",
    "regards": "Turkey regards the YPG as a terrorist organization.",
    "considers": "Ankara considers the YPG a terrorist group.",
    "passive": "The Houthis were branded terrorists by Washington.",
    "quoted": "\"The PKK is a terrorist organization,\" the Turkish minister said.",
    "negated": "Turkey does not consider the YPG a terrorist group.",
    "ally": "Ankara called the YPG an ally in the past.",
    "killed": "The Turkish army killed 33 terrorists in northern Iraq.",
    "doers": "The Kenyan police said the terrorists attacked a hotel in Nairobi.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,source,target", [
    ("branded", "Ankara", "PKK"), ("labeled", "Washington", "Revolutionary Guard"),
    ("called", "Kremlin", "Ukrainian government"), ("describes", "Israel", "Hamas"),
    ("regards", "Turkey", "YPG"), ("considers", "Ankara", "YPG"),
    ("passive", "Washington", "Houthis"), ("quoted", "minister", "PKK")])
def test_a_terrorist_label_is_a_charge(results: dict[str, Extraction], key: str, source: str,
                                       target: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert len(found) == 1, (TEXTS[key], found)
    ev = found[0]
    assert ev.modality == "asserted", ev.modality
    assert any(source in (p.text or "") for p in ev.source), ev.source
    assert any(target in (p.text or "") for p in ev.target), ev.target


@pytest.mark.parametrize("key", ["negated", "ally", "killed", "doers"])
def test_no_label_no_charge(results: dict[str, Extraction], key: str) -> None:
    assert not [e for e in of_type(results[key], "ACCUSE") if e.modality == "asserted"], \
        TEXTS[key]
