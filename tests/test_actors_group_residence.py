"""A linked group's name before its fighters names whose they are, however it is tagged."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "country"), [
    ("Al-Shabab militants in Kenya attacked a police post near Mandera.", "SOM"),
    ("Hezbollah fighters in Syria attacked a rebel position near Aleppo.", "LBN"),
])
def test_a_named_group_in_a_foreign_place_keeps_its_country(pipeline, text, country):
    ev = _event(_events(pipeline, text), "attacked")
    assert _sides(ev, "source") == {country}


def test_an_unnamed_group_is_placed_where_it_is(pipeline):
    ev = _event(_events(pipeline, "Militants in Pakistan attacked a police convoy."), "attacked")
    assert _sides(ev, "source") == {"PAK"}
