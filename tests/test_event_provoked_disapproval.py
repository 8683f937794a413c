"""Disapproval that an act draws, sparks or provokes ('sparked outrage among X', 'drew a
backlash from X', 'faced anger from X') is an ACCUSE (mode disapprove) of the act's doer, as
'faced criticism' is; the same nouns with another verb, or a feeling with no governing
verb of reception, are not."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "sparked_outrage": "Poland's decision sparked outrage among German lawmakers.",
    "drew_backlash": "The Hungarian law drew a fierce backlash from the European Commission.",
    "provoked_anger": "The Indian ruling provoked anger in Pakistan on Monday.",
    "faced_backlash": "The Chinese proposal faced a backlash from Vietnam.",
    "anger_felt": "Farmers in Kenya vented their anger at the weather.",
    "outrage_named": "The outrage lasted for weeks in Nairobi.",
}
POSITIVE = ("sparked_outrage", "drew_backlash", "provoked_anger", "faced_backlash")


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", POSITIVE)
def test_provoked_disapproval_is_accuse(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found and found[0].mode == "ACCUSE/disapprove", TEXTS[key]


def test_backlash_names_who_disapproves(results: dict[str, Extraction]) -> None:
    found = of_type(results["drew_backlash"], "ACCUSE")
    targets = {p.actor.country for p in found[0].target if p.actor is not None}
    sources = {p.actor.country for p in found[0].source if p.actor is not None}
    assert "HUN" in targets and "HUN" not in sources


@pytest.mark.parametrize("key", ["anger_felt", "outrage_named"])
def test_no_provoked_disapproval(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "ACCUSE"), TEXTS[key]
