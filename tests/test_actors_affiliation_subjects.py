"""'Militants linked to the Islamic State attacked a checkpoint': the parser reads 'linked' as
the main verb and hangs 'attacked' on it without a subject; the participle's subject acts."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Militants linked to the Islamic State attacked a checkpoint in northern Sinai.",
     "attacked", "Militants"),
    ("Protesters linked to the opposition blocked the road to the airport.", "blocked",
     "Protesters"),
])
def test_the_affiliated_subject_acts(pipeline, text, trigger, source):
    ev = event_of(pipeline, text, trigger)
    assert [p.text for p in ev.source] == [source]


def test_a_verb_with_its_own_subject_keeps_it(pipeline):
    ev = event_of(pipeline, "Officials linked the blast to militants, and police arrested "
                            "two men in Karachi.", "arrested")
    assert [p.text for p in ev.source] == ["police"]
