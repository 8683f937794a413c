"""A party cast 'as observers' or 'as mediator' in a with-phrase is neither partner nor side."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def test_observers_are_not_the_partners(pipeline):
    ev = _event(_events(pipeline, "Thailand and Cambodia held talks on Monday, with the United "
                                  "States and China as observers."), "talks")
    assert _sides(ev, "source") == {"THA", "KHM"}
    assert not _sides(ev, "target") & {"USA", "CHN"}


def test_observers_are_not_the_two_sides(pipeline):
    """The nearest pairing is of the observers: it is passed over, and 'the two countries'
    are the two who talked."""
    text = ("Norway and Sweden held talks in Oslo on Monday. The meeting was held with Peru "
            "and Chile as observers. The two countries agreed to open the border.")
    ev = _event(_events(pipeline, text), "agreed")
    assert _sides(ev, "source") == {"NOR", "SWE"}


def test_a_mediator_acting_so_is_no_partner(pipeline):
    ev = _event(_events(pipeline, "The rebels and the government signed the deal, with Qatar "
                                  "acting as mediator."), "signed")
    assert "QAT" not in _sides(ev, "target")


def test_a_partner_in_a_with_phrase_stays(pipeline):
    ev = _event(_events(pipeline, "Peru held talks with Chile on Monday."), "talks")
    assert _sides(ev, "target") == {"CHL"}
