"""'Thailand massed troops along the border': a name opening the sentence that the parser hung
on a subjectless finite verb as a noun-phrase adverbial is the verb's subject."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Thailand massed troops along the border.", "massed", "THA"),
    ("Thailand massed troops against Cambodia along the border.", "massed", "THA"),
])
def test_the_opening_name_is_the_subject(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}


def test_an_opening_date_is_no_subject(pipeline):
    ev = _event(_events(pipeline, "Monday, the army shelled the town."), "shelled")
    assert not _countries(ev, "source") - {None}
