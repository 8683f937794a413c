"""A dateline's place taken by the parser as the subject: the real subject after the dash."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # the dateline's country repeated as the subject (parsed as the place's apposition)
    ("ASTANA, Kazakhstan — Kazakhstan expelled two Russian diplomats on Tuesday.",
     "expelled", {"KAZ"}),
    ("BEIRUT, Lebanon — Lebanon rejected the Israeli proposal.", "rejected", {"LBN"}),
    # a possessed office holder after the dateline
    ("KYIV, Ukraine — Ukraine's foreign minister met his Polish counterpart on Monday.",
     "met", {"UKR"}),
    # coordinated subjects after the dateline keep their conjuncts
    ("SEOUL, South Korea — South Korea and Japan agreed on Friday to resume security talks.",
     "agreed", {"KOR", "JPN"}),
])
def test_the_subject_after_a_dateline_is_the_source(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source


def test_the_agency_of_a_dateline_is_no_source(pipeline):
    text = "ANKARA, Turkey (AP) — Turkey condemned the Israeli strike on Gaza."
    ev = _event(_events(pipeline, text), "condemned")
    assert _countries(ev, "source") == {"TUR"}
