"""A party or thing said to remain or stay in a coercive state ('many websites remain blocked',
'the outlets have remained shut') undergoes the act, as the subject of a passive does: the
lexicon's object of the act matches the subject of 'remain'."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "blocked": "Many news websites remain blocked in the country.",
    "shut": "Several newspapers have remained shut since the coup.",
    "active": "The minister remained calm.",
    "blocked_road": "The protesters remained on the road.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["blocked", "shut"])
def test_remaining_blocked_or_shut_is_coerce(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "COERCE"), TEXTS[key]


@pytest.mark.parametrize("key", ["active", "blocked_road"])
def test_no_state_no_event(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "COERCE"), TEXTS[key]


def test_remaining_state_reads_the_subject() -> None:
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.triggers import remaining_state

    doc = load_nlp()("Many news websites remain blocked in the country.")
    part = next(t for t in doc if t.lower_ == "blocked")
    assert remaining_state(part)
    doc = load_nlp()("The authorities blocked the websites.")
    assert not remaining_state(next(t for t in doc if t.lower_ == "blocked"))
