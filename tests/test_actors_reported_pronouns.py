"""A pronoun opening a reported clause is not the speaker named after it ('They detained six
men, local officials said': they are not the officials), but stays the speaker named before
it ('Officials said they had detained six men')."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "speaker"), [
    ("Russian troops entered the village at dawn. They detained six men, local officials "
     "said.", "detained", "officials"),
    ("Armed men stormed the compound on Friday. They abducted three aid workers, the "
     "charity said.", "abducted", "charity"),
    ("Turkish jets crossed the border overnight. They bombed two depots, Kurdish officials "
     "said.", "bombed", "officials"),
])
def test_a_speaker_after_the_clause_is_not_its_pronoun(pipeline, text, trigger, speaker):
    ev = _event(_events(pipeline, text), trigger)
    assert speaker not in " ".join(p.text for p in ev.source)


def test_a_speaker_before_the_clause_is_its_pronoun(pipeline):
    ev = _event(_events(pipeline, "Polish officials said they had expelled two Belarusian "
                                  "diplomats."), "expelled")
    assert "officials" in " ".join(p.text for p in ev.source)
