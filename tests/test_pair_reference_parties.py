"""A plural definite reference of two ('the two countries', 'both governments', 'the two
capitals', 'both militaries') names the two parties the text last paired ('X and Y',
'between X and Y'), never a third state named apart as host or mediator; before any pairing,
the article's two main countries; among three states coordinated, no pair."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

TEXTS = {
    "host": (
        "KUALA LUMPUR — Peru and Chile held talks in Kuala Lumpur on Monday over the disputed "
        "sea border, with Malaysia acting as host. Malaysian Foreign Minister Anwar Ibrahim "
        "welcomed the delegations. The two countries agreed to resume joint patrols."),
    "mediator": (
        "Ecuador hosted talks between Peru and Chile on Tuesday. Ecuador's foreign minister "
        "opened the session. Both governments signed a pledge to settle the dispute peacefully."),
    "capitals": (
        "Armenia and Azerbaijan have quarrelled over the corridor for years. The European Union "
        "offered to mediate, and France sent an envoy. The two capitals signed a ceasefire on "
        "Friday."),
    "militaries": (
        "India and Pakistan accused each other of violating the truce. The United States "
        "telephoned both countries on Monday. Both militaries agreed to restore the hotline."),
    "before": (
        "The two countries agreed on Monday to hold talks next week, officials said. Peru's "
        "foreign ministry said the meeting would take place in Lima. Chile confirmed the date, "
        "and Chilean officials said Peru had sent the agenda."),
    "envoys": (
        "Peru and Chile exchanged fire across the border on Sunday, and a Peruvian patrol said "
        "Chilean troops fired first. Washington urged calm. The U.S. ambassador and the "
        "Chinese ambassador attended the talks. Both sides agreed to a truce on Monday."),
    "observers": (
        "Peru and Chile clashed at the border on Sunday, and a Peruvian patrol said Chilean "
        "troops fired first. Washington urged calm. The talks were held with American and "
        "Chinese ambassadors looking on as observers. Both sides agreed to a truce on Monday."),
    "three": (
        "Peru, Chile and Bolivia sent delegations to the summit. Brazil also attended. The two "
        "countries agreed to share data on the river."),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger,pair", [
    ("host", "agreed", {"PER", "CHL"}),
    ("mediator", "pledge", {"PER", "CHL"}),
    ("capitals", "ceasefire", {"ARM", "AZE"}),
    ("militaries", "agreed", {"IND", "PAK"}),
    ("envoys", "agreed", {"PER", "CHL"}),
    ("observers", "agreed", {"PER", "CHL"}),
])
def test_the_two_are_the_pair_not_the_host(results: dict[str, Extraction], key: str,
                                           trigger: str, pair: set[str]) -> None:
    ev = by_trigger(results[key], trigger)
    assert ev.type == "AGREE"
    assert side_countries(ev, "source") | side_countries(ev, "target") == pair


def test_a_reference_before_any_pairing_is_the_articles_two_sides(
        results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["before"], "agreed")
    assert side_countries(ev, "source") == {"PER", "CHL"}
    assert all(p.actor.evidence == "refers to: the article's two sides" for p in ev.source)


def test_three_states_coordinated_give_no_pair(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["three"], "agreed")
    assert not side_countries(ev, "source") & {"BRA", "BOL", "PER", "CHL"}
