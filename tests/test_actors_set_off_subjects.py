"""'Malaysia, the current ASEAN chair, urged …': the name opening the sentence is the subject;
the description set off by commas after it (which the parser sometimes takes for the
subject) names no party of the act."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Malaysia, the current ASEAN chair, urged Myanmar to end the violence.", "urged", "MYS"),
    ("Kenya, the current EAC chair, urged Sudan to accept a truce.", "urged", "KEN"),
    ("Brazil, the current G20 president, criticized the sanctions.", "criticized", "BRA"),
    ("Qatar, the main mediator, urged Hamas to accept the deal.", "urged", "QAT"),
])
def test_the_name_before_a_set_off_description_is_the_subject(pipeline, text, trigger, source):
    assert side_countries(event_of(pipeline, text, trigger), "source") == {source}


def test_a_description_subject_without_a_name_before_it_stays(pipeline):
    ev = event_of(pipeline, "Officials said on Monday that the ASEAN chair urged Myanmar to "
                            "end the violence.", "urged")
    assert side_countries(ev, "source") == {"IGO"}
