"""Talks named only to say who people are by their part in them ('officials involved in
negotiations with X') are no CONSULT; talks a party takes part in stay one."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

ROLE = {
    "involved_in": "Officials involved in negotiations with Velland were reassigned to other "
                   "posts.",
    "involved_in_the_talks": "The diplomats involved in the talks with Velland returned home "
                             "on Friday.",
    "participating_in": "Aid workers participating in the negotiations with Velland were "
                        "evacuated on Monday.",
    "engaged_in": "Norland's negotiators, engaged in talks with Velland since May, rejected "
                  "the offer.",
}
TALKS = {
    "took_part": "Norland took part in the talks with Velland in Varo on Tuesday.",
    "talks_resumed": "Talks between Norland and Velland resumed in Varo on Tuesday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**ROLE, **TALKS})


@pytest.mark.parametrize("key", sorted(ROLE))
def test_role_in_talks_is_no_consultation(results: dict[str, Extraction], key: str) -> None:
    assert "CONSULT" not in {e.type for e in results[key].events}, ROLE[key]


@pytest.mark.parametrize("key", sorted(TALKS))
def test_talks_told_stay(results: dict[str, Extraction], key: str) -> None:
    assert "CONSULT" in {e.type for e in results[key].events}, TALKS[key]
