"""'Iran appeared ready to accept the offer': an adjective the parser hangs on a linking verb
as an object predicate passes the verb's subject to the act it governs."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Iran appeared ready to accept the offer.", "accept", "IRN"),
    ("Russia looked set to reject the proposal.", "reject", "RUS"),
    ("Russia is willing to accept the proposal.", "accept", "RUS"),
])
def test_the_subject_of_the_linking_verb_acts(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
