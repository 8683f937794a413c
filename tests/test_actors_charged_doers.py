"""A charge noun's by-phrase on the wrong it names is the charged party, not the charger."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Aid groups voiced alarm over allegations of abuses by the Nigerian security forces.",
     "allegations", "NGA"),
    ("Allegations of torture by the Syrian army surfaced on Monday.", "Allegations", "SYR"),
    ("Charges of war crimes by Serbian forces were filed at the tribunal.", "Charges", "SRB"),
])
def test_the_doer_of_the_charged_wrong_is_the_target(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "target") == {target}
    assert target not in _countries(ev, "source")


def test_the_charger_stays_the_subject(pipeline):
    ev = _event(_events(pipeline, "The Kenyan opposition leveled allegations of abuses by "
                        "Ugandan police."), "allegations")
    assert _countries(ev, "source") == {"KEN"}
    assert _countries(ev, "target") == {"UGA"}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The condemnation by the Japanese government came swiftly.", "condemnation", "JPN"),
    ("Accusations by the Venezuelan opposition that the vote was rigged mounted.",
     "Accusations", "VEN"),
    ("The accusations by Russia against Ukraine were aired on Monday.", "accusations", "RUS"),
])
def test_a_by_phrase_naming_no_wrong_is_the_charger(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}


def test_a_denied_charge_names_its_accused(pipeline):
    ev = _event(_events(pipeline, "Moscow denied allegations of abuses by Ukrainian troops."),
                "allegations")
    assert _countries(ev, "target") == {"UKR"}
    assert "UKR" not in _countries(ev, "source")
