"""'The two sides' refers to the last two parties named by their own words: an outlet the
dateline places ('told The Coastal Ledger' under a 'QUITO —' dateline) or an 'official' who
refers back to an earlier mention is no party named there."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

TEXTS = {
    "outlet": (
        "QUITO (PWS) — Talks between Peru and Colombia in Quito on Monday made no progress, a "
        "Peruvian official said, as Bogota repeated its demand that Lima pull back its boats.\n\n"
        "\"Nothing moved,\" the official, who took part, told The Coastal Ledger. The two sides "
        "promised to meet again within a week."),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def test_the_two_sides_are_the_parties_not_the_outlet(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["outlet"], "promised")
    names = {p.actor.name for p in ev.source if p.actor is not None}
    assert "The Coastal Ledger" not in names
    assert side_countries(ev, "source") == {"PER", "COL"}
