"""'The Beirut-based group': the place a body is based in is no participant."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _sources(pipeline, text: str, etype: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published="2012-05-07")]))
    found = [ev for ev in ex.events if ev.type == etype]
    assert found, [(ev.type, ev.trigger.text) for ev in ex.events]
    return found[0].source


@pytest.mark.parametrize(("text", "code"), [
    ("The Beirut-based group accused Israel of killing civilians.", "LBN"),
    ("A Washington-based think tank accused China of hacking.", "USA"),
    ("The Vienna-based agency accused Iran of hiding nuclear material.", "AUT"),
])
def test_a_body_is_placed_where_it_is_based_and_is_not_the_capitals_government(
        pipeline, text, code):
    # before, the capital was the source: the government (GOV) of that country
    (src,) = _sources(pipeline, text, "ACCUSE")
    assert src.text != text.split("-")[0].split()[-1]  # not 'Beirut' alone
    assert src.actor is not None and src.actor.country == code and src.actor.sector != "GOV"
    assert src.actor.evidence.startswith("located:")


def test_a_named_body_after_its_base_is_the_name(pipeline):
    (src,) = _sources(pipeline, "The Paris-based press watchdog Reporters Without Borders "
                                "accused Tunisia of harassing journalists.", "ACCUSE")
    assert src.actor is not None and src.actor.country == "NGO"


def test_a_think_tank_is_no_military(pipeline):
    (src,) = _sources(pipeline, "A Washington-based think tank accused China of hacking.",
                      "ACCUSE")
    assert src.actor is not None and src.actor.sector != "MIL"
