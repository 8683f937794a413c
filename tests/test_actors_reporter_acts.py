"""'X denied that its navy had fired on the boats and accused Y': the speech act the parser
hangs on the reported clause's last verb is the reporter's (X), not the reported subject's."""

from __future__ import annotations

import pytest
from pipeline_runs import countries as _countries
from pipeline_runs import event_in as _event

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "etype", "trigger", "source", "target"), [
    ("Peru denied that its navy had fired on the boats and accused Chile of spreading lies.",
     "ACCUSE", "accused", "PER", "CHL"),
    ("Russia denied that its jets had bombed the market and accused Ukraine of staging the "
     "attack.", "ACCUSE", "accused", "RUS", "UKR"),
    ("Chile said that Peruvian boats had entered its waters and urged Peru to withdraw them.",
     "REQUEST", "urged", "CHL", "PER"),
])
def test_a_speech_act_after_a_reported_clause_is_the_reporters(
        pipeline, text, etype, trigger, source, target):
    ev = _event(pipeline, text, etype, trigger)
    assert _countries(ev, "source") == {source}
    assert target in _countries(ev, "target")


def test_a_reported_deed_after_a_reported_deed_keeps_its_doer(pipeline):
    ev = _event(pipeline, "Chile said that Peruvian troops had crossed the border and attacked "
                "a Chilean post.", "ASSAULT", "attacked")
    assert _countries(ev, "source") == {"PER"}
