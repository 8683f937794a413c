"""'The Kurdish Democratic Party of Iran': a state named in a body's name decides its country."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_runs import countries, event_in

from eventwire.annotate.actors import default_registry
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "code"), [
    ("The Kurdish Democratic Party of Iran accused Tehran of executing its members.", "IRN"),
    ("The Kurdistan Democratic Party of Iran accused Tehran of executing its members.", "IRN"),
    ("The Communist Party of Nepal accused India of interfering.", "NPL"),
])
def test_the_state_in_the_name_decides(pipeline, text, code):
    ev = event_in(pipeline, text, "ACCUSE", "accused")
    assert countries(ev, "source") == {code}


def test_the_shorter_name_keeps_its_country(pipeline):
    ev = event_in(pipeline, "The Kurdistan Democratic Party accused Baghdad of cutting its "
                  "budget.", "ACCUSE", "accused")
    assert countries(ev, "source") == {"IRQ"}


def test_the_same_state_after_the_name_changes_nothing(pipeline):
    ev = event_in(pipeline, "Hezbollah of Lebanon accused Israel of violating the truce.",
                  "ACCUSE", "accused")
    assert countries(ev, "source") == {"LBN"}


def test_a_name_string_with_the_state_after_it():
    ref = default_registry().match("Kurdistan Democratic Party of Iran", dt.date(2000, 1, 1))
    assert ref is not None and ref.country == "IRN" and ref.sector == "REB"
