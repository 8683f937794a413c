"""'Latin American leaders': a country word ending a region's name names no country."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.actors import default_registry
from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("text", ["Latin American leaders", "Central American presidents",
                                  "North American officials", "South American nations"])
def test_a_regions_name_links_no_country(text):
    # before, 'American' inside it made them the United States' (and 'Central American
    # presidents' the U.S. president on the day)
    assert default_registry().match(text, dt.date(1995, 1, 1)) is None


def test_a_demonym_alone_still_links():
    ref = default_registry().match("American officials", dt.date(1995, 1, 1))
    assert ref is not None and ref.country == "USA"


@pytest.mark.parametrize("text", [
    "Latin American leaders urged Washington to end the embargo on Cuba.",
    "Central American presidents urged Nicaragua to hold elections.",
])
def test_a_regions_leaders_are_not_the_us(pipeline, text):
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published="1995-05-07")]))
    (ev,) = [e for e in ex.events if e.type == "REQUEST"]
    assert all(p.actor is None or p.actor.country != "USA" for p in ev.source)
