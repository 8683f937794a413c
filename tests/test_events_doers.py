"""A refusal needs a party that refuses: an abstract thing as the subject ('the legislation
rejects', 'this denies') reports none; a coercion by a law or a situation stays (PLOVER
codes the party behind the law)."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _types(pipeline, text: str) -> list[str]:
    return [ev.type for ev in _events(pipeline, text)]


@pytest.mark.parametrize(("text", "etype"), [
    ("\"This denies citizenship to thousands of families,\" the lawyer said.", "REJECT"),
    ("The legislation rejects any claim to the islands.", "REJECT"),
    ("The new constitution denies the provinces any veto.", "REJECT"),
])
def test_a_thing_refuses_nothing(pipeline, text, etype):
    assert etype not in _types(pipeline, text)


@pytest.mark.parametrize(("text", "etype"), [
    ("The government banned street markets after dark.", "COERCE"),
    ("The relatives refused.", "REJECT"),
    ("The administration rejected the offer on Monday.", "REJECT"),
    ("The commission rejected the request on Monday.", "REJECT"),
    ("The agency rejected the findings on Tuesday.", "REJECT"),
    ("The presidency refused the demand on Friday.", "REJECT"),
    ("The federation rejected the bid on Monday.", "REJECT"),
    ("The department has dismissed the allegations.", "REJECT"),
    ("The legislature rejected the bill on Monday.", "REJECT"),
    ("The army banned rallies in the capital on Friday.", "COERCE"),
    ("The new regulation banned street markets after dark.", "COERCE"),
])
def test_a_party_refuses_or_coerces(pipeline, text, etype):
    assert etype in _types(pipeline, text)
