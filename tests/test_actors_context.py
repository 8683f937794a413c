"""Actors in context: generic agents take the country of their sentence, dateline or article."""

from __future__ import annotations

import pytest

from eventwire.annotate.actors import actor_at, default_registry, link_component
from eventwire.annotate.focus import find_dateline
from eventwire.annotate.nlp import load_nlp
from eventwire.model import Article, Extraction


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def linked(nlp, text: str, title: str | None = None) -> Extraction:
    art = Article(id="t", text=text, title=title, published="2024-03-02")
    ex = Extraction(article=art, doc=nlp(text))
    link_component(ex, None)
    return ex


def actor_of(ex: Extraction, phrase: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = ex.article.text.index(phrase, start + 1)
    return actor_at(ex, start, start + len(phrase))


def test_agent_takes_the_country_named_in_its_sentence(nlp):
    ex = linked(nlp, "Police fired tear gas at crowds in Lima on Friday, witnesses said.")
    ref = actor_of(ex, "Police")
    assert (ref.country, ref.sector) == ("PER", "COP")
    assert ref.evidence.startswith("sentence")


def test_agent_takes_the_dateline_country(nlp):
    text = ("NAIROBI, June 3 (Newswire) - Security forces dispersed a crowd outside the "
            "parliament building. Officials said the crowd had gathered without a permit.")
    ex = linked(nlp, text)
    ref = actor_of(ex, "Security forces")
    assert (ref.country, ref.sector) == ("KEN", "COP")
    assert ref.evidence.startswith("dateline")
    assert actor_of(ex, "Officials").country == "KEN"


def test_agent_takes_the_article_focus(nlp):
    text = ("Bolivia's government faces a fuel shortage. Bolivia imports most of its diesel. "
            "Protesters blocked roads on Tuesday. The army cleared two of the blockades.")
    ex = linked(nlp, text, title="Fuel protests spread across Bolivia")
    assert actor_of(ex, "Protesters").country == "BOL"
    ref = actor_of(ex, "army")
    assert (ref.country, ref.sector) == ("BOL", "MIL")
    assert ref.evidence.startswith("article focus")


def test_agent_stays_unplaced_without_context(nlp):
    ex = linked(nlp, "Police said the road would reopen on Monday.")
    assert actor_of(ex, "Police") is None


def test_located_place_wins_over_other_countries(nlp):
    ex = linked(nlp, "Militants loyal to a Syrian commander attacked a checkpoint in Mosul, "
                     "officials in Baghdad said.")
    # two countries named: the location of the event decides
    assert actor_of(ex, "officials").country in ("IRQ",)


@pytest.mark.parametrize(("text", "place", "country"), [
    ("SRINAGAR, May 7 (Wireline) - Shelling continued.", "SRINAGAR", "IND"),
    ("ISLAMABAD — The cabinet met on Monday.", "ISLAMABAD", "PAK"),
    ("KYIV/MOSCOW, Jan 4 (Agency) - Talks resumed.", "KYIV/MOSCOW", "UKR"),
])
def test_datelines(text, place, country):
    d = find_dateline(text, default_registry())
    assert d is not None and d.place == place and d.country == country


def test_no_dateline_in_ordinary_prose():
    assert find_dateline("The talks resumed - after a pause - on Monday.", default_registry()) \
        is None
