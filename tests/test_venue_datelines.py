"""A place named only as the venue of talks ('talks ended in Addis Ababa', 'delegations met in
Geneva', 'signed the agreement in Doha', 'negotiations in Cairo') places no one: its
mentions are not counted for generic agents or scenes, and a dateline in a state the
article names only as such a venue places neither an unnamed doer nor an unnamed victim."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

TEXTS = {
    "ended": "ADDIS ABABA (Reuters) - Talks between Norland and Sudland ended in Addis Ababa on "
             "Friday. Diplomats said fighting could resume if the withdrawal did not happen on "
             "time.",
    "met": "GENEVA (Reuters) - Russian and Ukrainian delegations met in Geneva on Monday. "
           "Officials said shelling had killed three civilians near the front overnight.",
    "signed": "DOHA (Reuters) - The two sides signed the agreement in Doha on Sunday. Gunmen "
              "attacked a convoy near the border on Monday, killing two soldiers.",
    "negotiations": "CAIRO (Reuters) - Negotiations in Cairo resumed on Tuesday. An air strike "
                    "killed five people in a refugee camp, medics said.",
    "local": "CAIRO (Reuters) - Egyptian police arrested three men in Cairo on Tuesday. An air "
             "strike killed five people in a refugee camp, medics said.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger,venue", [
    ("ended", "fighting", "ETH"),
    ("met", "killed", "CHE"),
    ("signed", "attacked", "QAT"),
    ("negotiations", "killed", "EGY"),
])
def test_a_venue_places_no_one(results: dict[str, Extraction], key: str, trigger: str,
                               venue: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert venue not in side_countries(ev, "source") | side_countries(ev, "target")


def test_a_dateline_the_article_names_otherwise_still_places(
        results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["local"], "killed")
    assert "EGY" in side_countries(ev, "target")


TITLED = {  # (title, text): a title naming the dateline's state only as the venue of talks
    "agree": ("Leaders agree to talks in Addis Ababa",
              "ADDIS ABABA (Reuters) - Norland and Sudland agreed on Tuesday to hold talks in "
              "Addis Ababa. Officials said shelling had killed three civilians near the front "
              "overnight."),
    "meet": ("Ministers meet in Geneva",
             "GENEVA (Reuters) - Delegations of Norland and Sudland met in Geneva on Monday. "
             "Gunmen attacked a convoy near the border, killing two soldiers."),
    "named": ("Swiss police arrest three in Geneva after talks",
              "GENEVA (Reuters) - Swiss police arrested three men in Geneva on Tuesday. An air "
              "strike killed five people in a refugee camp, medics said."),
}


@pytest.fixture(scope="module")
def titled() -> dict[str, Extraction]:
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    arts = [Article(id=k, title=t, text=x, published="2025-06-05", published_from="input")
            for k, (t, x) in TITLED.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("key,trigger,venue", [
    ("agree", "killed", "ETH"),
    ("meet", "attacked", "CHE"),
])
def test_a_title_naming_the_venue_places_no_one(titled: dict[str, Extraction], key: str,
                                                trigger: str, venue: str) -> None:
    ev = by_trigger(titled[key], trigger)
    assert venue not in side_countries(ev, "source") | side_countries(ev, "target")


def test_a_title_naming_the_state_otherwise_still_places(titled: dict[str, Extraction]) -> None:
    ev = by_trigger(titled["named"], "killed")
    assert "CHE" in side_countries(ev, "target")
