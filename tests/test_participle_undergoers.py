"""'Sanctions imposed by X on Y': the on / against phrase of a reduced passive names what
the act is done to, also where the parser hangs it on the by-agent's name ('X on Y')."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(ev, side: str) -> set[str]:
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Exporters said the sanctions imposed by Chile on Peru had cut their sales in half.",
     "sanctions"),
    ("Bankers said the sanctions slapped by Chile on Peru in March had frozen billions in "
     "assets.", "sanctions"),
    ("Farmers protested against the tariffs levied by Chile on Peru last year.", "tariffs"),
    ("Traders said the embargo placed by Chile on Peru had emptied the markets.", "embargo"),
])
def test_the_on_phrase_of_a_reduced_passive_is_its_target(pipeline, text, trigger):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {"CHL"}
    assert _countries(ev, "target") == {"PER"}


def test_an_on_phrase_naming_no_party_is_no_target(pipeline):
    # 'a ban imposed by the committee on Friday': a time, not what the ban is done to
    ev = _event(_events(pipeline, "Traders said the export ban imposed by Chile on Friday "
                                  "had emptied the markets."), "ban")
    assert _countries(ev, "source") == {"CHL"}
    assert not [p for p in ev.target if p.text == "Friday"]
