"""A protest lodged, filed, registered or handed to a government, or a diplomatic / formal /
official protest, is a complaint (CAMEO 114, complain officially): ACCUSE (disapprove) of the
government it is lodged with, and so is a protest note or a note (letter) of protest; a protest staged or joined in the street stays a PROTEST."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

LODGED = {
    "diplomatic": "The Philippines lodged a diplomatic protest with China.",
    "strong": "Japan lodged a strong protest with China over the incursion.",
    "formal": "China filed a formal protest with the United States over the arms sale.",
    "registered": "India registered its protest with Pakistan over the firing.",
}
# A written protest: 'a protest note', 'a note (letter) of protest'
NOTES = {
    "note": "China sent a protest note to Japan over the visit.",
    "lodged note": "Vietnam lodged a protest note with China over the drilling.",
    "note of": "The foreign ministry issued a note of protest to Thailand.",
    "letter of": "Japan sent a letter of protest to China.",
}
STREET = {
    "staged": "Thousands of students staged a protest in Dhaka.",
    "joined": "Farmers joined the protest in Delhi on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**LODGED, **NOTES, **STREET})


@pytest.mark.parametrize("key", list(LODGED))
def test_lodged_protest_is_a_complaint(results: dict[str, Extraction], key: str) -> None:
    ex = results[key]
    found = of_type(ex, "ACCUSE")
    assert found and found[0].mode == "ACCUSE/disapprove", LODGED[key]
    assert not of_type(ex, "PROTEST")


def test_complaint_names_both_governments(results: dict[str, Extraction]) -> None:
    found = of_type(results["diplomatic"], "ACCUSE")[0]
    assert {p.actor.country for p in found.source if p.actor} == {"PHL"}
    assert {p.actor.country for p in found.target if p.actor} == {"CHN"}


@pytest.mark.parametrize("key", list(NOTES))
def test_protest_note_is_a_complaint(results: dict[str, Extraction], key: str) -> None:
    ex = results[key]
    found = of_type(ex, "ACCUSE")
    assert found and found[0].mode == "ACCUSE/disapprove", NOTES[key]
    assert not of_type(ex, "PROTEST")


def test_note_of_protest_names_its_addressee(results: dict[str, Extraction]) -> None:
    found = of_type(results["note of"], "ACCUSE")[0]
    assert {p.actor.country for p in found.target if p.actor} == {"THA"}
    found = of_type(results["letter of"], "ACCUSE")[0]
    assert {p.actor.country for p in found.source if p.actor} == {"JPN"}
    assert {p.actor.country for p in found.target if p.actor} == {"CHN"}


@pytest.mark.parametrize("key", list(STREET))
def test_street_protest_stays_protest(results: dict[str, Extraction], key: str) -> None:
    ex = results[key]
    assert of_type(ex, "PROTEST") and not of_type(ex, "ACCUSE"), STREET[key]
