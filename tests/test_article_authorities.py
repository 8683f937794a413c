"""An agentless arrest with no place and no doer before it is done by the authorities of
the article's state (its dateline, else a clear place focus)."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("KABUL — The journalist was detained after publishing the report.", "detained", "AFG"),
    ("NAIROBI, Kenya — Three activists were arrested during the night.", "arrested", "KEN"),
])
def test_the_article_states_authorities_arrest(pipeline, text, trigger, source):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {source}
    assert ev.source[0].actor.evidence.startswith("authorities of the article")


def test_a_doer_named_before_wins(pipeline):
    ev = event_of(pipeline, "KABUL — Taliban fighters raided the office on Monday. Two "
                  "journalists were detained.", "detained")
    assert any("fighters" in p.text for p in ev.source)


def test_another_country_named_before_blocks_it(pipeline):
    ev = event_of(pipeline, "KYIV, Ukraine — Russian forces entered the village on Monday. "
                  "Ten men were detained, residents said.", "detained")
    assert "UKR" not in side_countries(ev, "source")


def test_a_country_in_the_sentence_blocks_it(pipeline):
    ev = event_of(pipeline, "KABUL — Two Pakistani journalists were detained on Monday.",
                  "detained")
    assert "AFG" not in side_countries(ev, "source")


def test_an_abduction_is_no_act_of_the_state(pipeline):
    ev = event_of(pipeline, "NAIROBI, Kenya — Two aid workers were abducted on Monday.",
                  "abducted")
    assert not any(p.actor is not None and p.actor.evidence and
                   p.actor.evidence.startswith("authorities of the article") for p in ev.source)
