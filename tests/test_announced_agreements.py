"""The announcer, reporter or confirmer of an agreement between OTHER named parties is not its
party: the parties are the ones it is between or who agreed; a broker is kept apart from them."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "announced_between": "Norland announced a ceasefire between Vellmark and Osran on Monday.",
    "unveiled_between": "Norland unveiled a deal between Vellmark and Osran.",
    "passive_between": "The ceasefire between Vellmark and Osran was announced by Norland on "
                       "Monday.",
    "reduced_passive": "The accord, unveiled by Norland in Kestrel, between Vellmark and Osran "
                       "covers trade.",
    "what_announced": "It is unclear what was announced by Norland about the ceasefire between "
                      "Vellmark and Osran.",
    "announcement_about": "Norland made an announcement about the ceasefire between Vellmark "
                          "and Osran.",
    "details_of": "Norland announced details of the truce between Vellmark and Osran on Monday.",
    "announced_that": "Norland revealed that Vellmark and Osran had reached an agreement on "
                      "prisoners.",
    "confirmed_relative": "Norland confirmed the truce that Vellmark and Osran agreed on Sunday.",
    "brokered_between": "Norland confirmed a truce brokered by Egypt between Vellmark and Osran.",
}
PARTY_TEXTS = {
    "announced_with": "Norland announced a truce with Vellmark on Monday.",
    "announced_alone": "Norland announced the ceasefire on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**TEXTS, **PARTY_TEXTS})


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_announcer_is_no_party(results: dict[str, Extraction], key: str) -> None:
    agreements = of_type(results[key], "AGREE")
    assert agreements, key
    parties = {p.text for e in agreements for p in e.source + e.target}
    assert "Norland" not in parties
    assert {"Vellmark", "Osran"} <= parties


def test_broker_is_no_party(results: dict[str, Extraction]) -> None:
    """'a truce brokered by X between Y and Z': X mediates; Y and Z are the parties it binds."""
    (agreement,) = of_type(results["brokered_between"], "AGREE")
    assert [p.text for p in agreement.target] == ["Vellmark", "Osran"]


def test_announcer_with_the_other_side_is_a_party(results: dict[str, Extraction]) -> None:
    """'X announced a truce with Y': the with-phrase names the other side, so X is the first."""
    events = results["announced_with"].events
    assert [(p.text, q.text) for e in events for p in e.source for q in e.target] == \
        [("Norland", "Vellmark")]


def test_announcer_of_an_unnamed_truce_is_no_party(results: dict[str, Extraction]) -> None:
    """'X announced the ceasefire', no party named: X may be announcing others' truce."""
    assert not [p for e in results["announced_alone"].events for p in e.source]
