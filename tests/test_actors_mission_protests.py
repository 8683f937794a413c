"""A protest held at a state's embassy or consulate is directed at that state; the
protesters the text places only by that state are placed where the protest happens."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Demonstrators rallied outside the U.S. embassy in Baghdad, chanting slogans.",
     "rallied", "IRQ", "USA"),
    ("Hundreds of people protested near the Israeli embassy in Amman.", "protested", "JOR",
     "ISR"),
    ("Demonstrators protested outside Russia's embassy in Helsinki.", "protested", "FIN",
     "RUS"),
    ("Students protested in front of the Chinese consulate in Manila.", "protested", "PHL",
     "CHN"),
])
def test_a_protest_at_an_embassy_is_against_its_state(pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "target") == {target}
    assert _sides(ev, "source") == {source}


def test_named_protesters_keep_their_own_country(pipeline):
    """'Thousands of Iraqis demonstrated at the American embassy in Baghdad'."""
    ev = _event(_events(pipeline, "Thousands of Iraqis demonstrated at the American embassy "
                                  "in Baghdad on Friday."), "demonstrated")
    assert _sides(ev, "source") == {"IRQ"}
    assert _sides(ev, "target") == {"USA"}


def test_a_protest_in_a_city_without_a_mission_keeps_its_place(pipeline):
    """'Thousands protested in Tbilisi against the new law': no embassy, no change."""
    ev = _event(_events(pipeline, "Thousands of people protested in Tbilisi on Sunday."),
                "protested")
    assert ev.attributes.get("target_from") != "mission"
