"""A law, decree or set of rules that acts ('The decree bans …') is acted through its maker."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("KABUL — The Taliban issued a decree on Monday. The decree bans women from working for "
     "aid groups.", "bans", "AFG"),
    ("BISHKEK — Kyrgyzstan adopted new rules last month. The rules restrict foreign funding "
     "of media outlets.", "restrict", "KGZ"),
    ("The Hungarian government passed a law that bans gay content.", "bans", "HUN"),
])
def test_the_maker_of_a_law_does_what_it_does(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "source") == {source}
    assert all("enacted by" in str(p.actor.evidence) for p in ev.source)


def test_a_law_nobody_is_told_to_have_made_names_nobody(pipeline):
    """'Rights groups condemned the law, which bans …': no maker in reach, no source."""
    events = _events(pipeline, "Rights groups condemned the law, which bans gay content.")
    ev = _event(events, "bans")
    assert not any(p.actor is not None and "enacted by" in str(p.actor.evidence)
                   for p in ev.source)
