"""A party that judges a proposal wanting refuses it: 'the proposal was deemed unacceptable by
X', 'the offer was seen as insufficient by Y', 'X called the plan a non-starter', 'X regards
the proposal as inadequate' are REJECT by the judge, the proposal's author the target. The
judgement is no AGREE of the judge nor a separate charge. A plan praised, a judgement negated
and a plan judged by nobody known stay no refusal."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import EventMention, Extraction

REFUSED = {
    "deemed_passive": ("The proposal was deemed unacceptable by Moscow.", "RUS", None),
    "seen_as": ("The peace offer from Washington was seen as insufficient by Kyiv.", "UKR",
                "USA"),
    "non_starter": ("The Russian government called the French plan a non-starter.", "RUS",
                    "FRA"),
    "called_adj": ("Kyiv called the Russian plan unacceptable.", "UKR", "RUS"),
    "regards_as": ("Israel regards the Egyptian proposal as inadequate.", "ISR", "EGY"),
    "small_clause": ("Hamas considered the offer insufficient.", "PSE", None),
    "deemed_active": ("Moscow deemed the proposal unacceptable.", "RUS", None),
}
NOT_REFUSED = {
    "praised": "The minister called the plan ambitious.",
    "negated": "Moscow did not consider the offer insufficient.",
    "nobody": "Analysts called the proposal a disaster for the economy.",
    "not_proposal": "The president called the weather unacceptable.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**{k: v[0] for k, v in REFUSED.items()}, **NOT_REFUSED})


def _countries(ps: list) -> set[str | None]:
    return {p.actor.country for p in ps if p.actor is not None}


@pytest.mark.parametrize("key", sorted(REFUSED))
def test_a_proposal_judged_wanting_is_refused(results: dict[str, Extraction], key: str) -> None:
    text, judge, author = REFUSED[key]
    found: list[EventMention] = of_type(results[key], "REJECT")
    assert found, text
    assert judge in _countries(found[0].source), text
    if author is not None:
        assert author in _countries(found[0].target), text


@pytest.mark.parametrize("key", sorted(REFUSED))
def test_the_judge_is_no_proposer_and_no_accuser(results: dict[str, Extraction],
                                                 key: str) -> None:
    text, judge, _ = REFUSED[key]
    for etype in ("AGREE", "ACCUSE"):
        assert not any(judge in _countries(e.source) for e in of_type(results[key], etype)), text


@pytest.mark.parametrize("key", sorted(NOT_REFUSED))
def test_no_refusal_without_a_judged_proposal(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "REJECT"), NOT_REFUSED[key]
