"""A visit to a clinic, a shop, a beach or a website is no meeting between parties, and
'was met with brutality / resistance / force' tells how something was received, not a
meeting (CONSULT). Visits to countries and meetings with counterparts stay."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

NOT_MEETINGS = {
    "facility": "Officials urged anyone with a fever to visit the nearest health care facility.",
    "beach": "Tourists visited the beach on Sunday.",
    "website": "Millions of people visited the website last month.",
    "brutality": "The peaceful protests were met with staggering brutality by the security forces.",
    "resistance": "The proposal was met with fierce resistance in parliament.",
}
MEETINGS = {
    "country": "The French president visited Kenya on Tuesday.",
    "counterpart": "The minister met with her Kenyan counterpart in Nairobi.",
    "camp": "The envoy visited a refugee camp in Chad on Monday.",
}


@pytest.fixture(scope="module")
def runs():
    return run_texts({**NOT_MEETINGS, **MEETINGS})


@pytest.mark.parametrize("key", sorted(NOT_MEETINGS))
def test_no_meeting(runs, key):
    assert not of_type(runs[key], "CONSULT")


@pytest.mark.parametrize("key", sorted(MEETINGS))
def test_meeting_stays(runs, key):
    assert of_type(runs[key], "CONSULT")
