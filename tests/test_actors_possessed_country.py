"""'His country', 'her country', 'our country': the state of the possessive's referent."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _sides(ev, side: str) -> set[str]:
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Ethiopian Prime Minister Abiy Ahmed said on Sunday that his country would reject any "
     "deal on the dam.", "reject", "ETH"),
    ("Speaking in Geneva, the Colombian envoy said her country condemned the attack.",
     "condemned", "COL"),
    ("The spokesman for the Chinese foreign ministry said his country firmly opposed the "
     "arms sale.", "opposed", "CHN"),
])
def test_a_possessed_country_is_the_referents_state(pipeline, text, trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "source") == {country}
    assert any(p.text.endswith("country") and "possessor" in str(p.actor.evidence)
               for p in ev.source)


def test_a_narrowed_country_is_not_the_referents(pipeline):
    """'his home country', 'his adopted country' say more than whose state: left alone."""
    events = _events(pipeline, "The exiled writer said his adopted country would reject "
                               "the extradition request from Peru.")
    ev = _event(events, "reject")
    assert not any(p.text.endswith("adopted country") and "possessor" in
                   str(p.actor.evidence if p.actor else "") for p in ev.source)
