"""A request made to the general public is advice, no REQUEST; requests to parties stay."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

ADVICE = {
    "seek_attention": "The health minister urged people to seek medical attention if they have "
                      "a fever.",
    "wear_masks": "Public health experts are also urging people to wear masks in crowded "
                  "places.",
    "stay_indoors": "The mayor of Varo asked residents to stay indoors on Monday.",
}
REQUESTS = {
    "named_people": "The Norland president urged the Velland people to reject the referendum.",
    "party": "The United Nations urged Norland to release the detained journalists.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**ADVICE, **REQUESTS})


@pytest.mark.parametrize("key", sorted(ADVICE))
def test_public_advice_is_no_request(results: dict[str, Extraction], key: str) -> None:
    found = [e.type for e in results[key].events if e.type == "REQUEST"]
    assert found == [], f"{ADVICE[key]} -> {found}"


@pytest.mark.parametrize("key", sorted(REQUESTS))
def test_requests_to_parties_stay(results: dict[str, Extraction], key: str) -> None:
    assert "REQUEST" in {e.type for e in results[key].events}, REQUESTS[key]
