"""'Both leaders', 'both delegations', 'the two ministers', 'both governments', 'both
armies' name the two states the text has paired ('X and Y', 'X and Y delegations'), else
the article's two countries, with the sector the noun names: leaders, ministers, delegations
and governments the government, armies the military."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

TEXTS = {
    "leaders": (
        "Armenia's President Vahan Petrosyan and Azerbaijan's Foreign Minister Elmar Huseynov "
        "spoke by telephone on Tuesday. The call was the first contact since the clashes. The "
        "spokeswoman said the talks would open on Thursday. \"Both leaders have committed "
        "to resolving this through dialogue,\" she said."),
    "delegations": (
        "Armenian and Azerbaijani delegations met in Geneva on Friday. Both delegations "
        "promised to return next week, a Swiss official said."),
    "governments": (
        "Ghana and Togo signed a border agreement on Monday. Both governments pledged to "
        "reopen the crossing by March 1."),
    "armies": (
        "Ghana and Togo agreed on Monday to pull back their troops. Both armies will withdraw "
        "five kilometres from the border by Friday, officials said."),
    "ministers": (
        "Armenia and Azerbaijan held talks in Moscow on Monday. The two ministers said they "
        "would meet again in April."),
    "sides": (
        "Peru and Chile exchanged fire across the border on Sunday. Both sides agreed to a "
        "truce on Monday."),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger,pair,sector", [
    ("leaders", "committed", {"ARM", "AZE"}, "GOV"),
    ("delegations", "promised", {"ARM", "AZE"}, "GOV"),
    ("governments", "pledged", {"GHA", "TGO"}, "GOV"),
    ("armies", "withdraw", {"GHA", "TGO"}, "MIL"),
    ("ministers", "meet", {"ARM", "AZE"}, "GOV"),
])
def test_the_pair_with_its_sector(results: dict[str, Extraction], key: str, trigger: str,
                                  pair: set[str], sector: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert side_countries(ev, "source") == pair
    assert {p.actor.sector for p in ev.source} == {sector}


def test_both_sides_names_no_sector(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["sides"], "agreed")
    assert side_countries(ev, "source") == {"PER", "CHL"}
    assert {p.actor.sector for p in ev.source} == {None}
