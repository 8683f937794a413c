"""'X is failing its refugees, a rights group charged on Monday': a reporting verb closing its
sentence, which the parser hangs on the noun before it, is that noun's own verb."""

from __future__ import annotations

import pytest
from pipeline_runs import countries, event_in

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Croatia is failing to protect refugees, an aid agency charged on Monday.", "charged",
     "NGO", "HRV"),
    ("Serbian police are beating detainees in Kosovo, a human rights group protested here "
     "Wednesday.", "protested", "NGO", "SRB"),
    ("The army has tortured prisoners in Chechnya, a Russian rights group alleged.", "alleged",
     "RUS", "RUS"),
])
def test_the_closing_reporter_is_the_source(pipeline, text, trigger, source, target):
    ev = event_in(pipeline, text, "ACCUSE", trigger)
    assert countries(ev, "source") == {source}
    assert target in countries(ev, "target")


def test_a_correct_parse_is_unchanged(pipeline):
    ev = event_in(pipeline, "Israel is violating the truce, a human rights group complained "
                  "here Wednesday.", "ACCUSE", "complained")
    assert countries(ev, "source") == {"NGO"} and countries(ev, "target") == {"ISR"}


def test_a_reduced_passive_with_its_own_complement_stays_passive(pipeline):
    # 'a man accused of spying': he is accused, no reporter
    ev = event_in(pipeline, "Police in Kenya arrested John Smith, a man accused of spying for "
                  "Russia.", "ACCUSE", "accused")
    assert "NGO" not in countries(ev, "source")
