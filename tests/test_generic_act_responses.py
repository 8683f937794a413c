"""A response to 'the measures', 'the move', 'the decision' answers whoever did the nearest
earlier act of another actor."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The European Union imposed new sanctions on Belarus on Monday. Minsk denounced the "
     "measures as economic warfare.", "denounced", "IGO"),
    ("Kenya closed its border with Somalia on Monday. The Somali government condemned the "
     "move.", "condemned", "KEN"),
])
def test_the_general_word_for_an_act_answers_its_doer(pipeline, text, trigger, target):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "target") == {target}


def test_the_responders_own_act_answers_nobody(pipeline):
    ev = event_of(pipeline, "Peru imposed curbs on imports and defended the measures on "
                  "Tuesday.", "defended")
    assert "PER" not in side_countries(ev, "target")


def test_an_act_two_sentences_back_is_out_of_reach(pipeline):
    ev = event_of(pipeline, "Kenya closed its border with Somalia on Monday. Trade fell "
                  "sharply. The Somali government condemned the move.", "condemned")
    assert "KEN" not in side_countries(ev, "target")
