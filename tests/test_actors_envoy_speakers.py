"""A state's mission, envoy or ambassador to an international body speaks for the state,
not for the body named after it."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ('"These accusations are baseless," Venezuela\'s mission to the UN said in a statement.',
     "accusations", "VEN"),
    ("Peru's mission to the United Nations rejected the accusations.", "accusations", "PER"),
    ("The Chilean mission to the European Union rejected the accusations.", "accusations",
     "CHL"),
])
def test_a_post_at_a_body_speaks_for_its_state(pipeline, text, trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    assert ev.attribution is not None and ev.attribution.actor is not None
    assert ev.attribution.actor.country == country
    assert "IGO" not in _sides(ev, "source") | _sides(ev, "target")


def test_a_spokesman_for_a_body_speaks_for_the_body(pipeline):
    """'a spokesperson for the European Commission': no state owns the post."""
    ev = _event(_events(pipeline, '"This is unacceptable," a spokesperson for the European '
                                  'Commission said.'), "unacceptable")
    assert ev.attribution is not None and ev.attribution.actor is not None
    assert ev.attribution.actor.country == "IGO"
