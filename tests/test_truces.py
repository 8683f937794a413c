"""Agreed ceasefires are agreements (AGREE); a party's own halt and a truce taking effect
stay RETREAT/ceasefire (extract/truces.py)."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.extract.truces import truce_context, truce_mention
from eventwire.model import EventMention, Extraction, Span

AGREED = {
    "approved": "The Vellmark cabinet approved the truce with the Osrani militia on Monday.",
    "passive_agreed": "The truce was agreed in Kestrel on Monday by Vellmark and Osran.",
    "reached": "Vellmark and Osran reached a ceasefire on Monday after talks in Kestrel.",
    "between": "A ceasefire between Vellmark and Osran was announced in Kestrel on Monday.",
    "brokered": "The Norland-brokered truce was announced in Kestrel on Monday.",
    "arrangement": "Kestrel published the ceasefire arrangement on Monday.",
}
HALT = {
    "unilateral": "The Osrani rebels declared a unilateral ceasefire on Sunday.",
    "took_effect": "A ceasefire between Vellmark and Osran took effect at midnight on Sunday.",
    "due_to_begin": "The truce between Vellmark and Osran is due to begin at dawn on Friday.",
    "in_force": "A ceasefire between Vellmark and Osran has been in force since Monday.",
}
ONE_AGREEMENT = "The Vellmark cabinet approved the ceasefire agreement by nine votes to two."


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**AGREED, **HALT, "one_agreement": ONE_AGREEMENT})


def truce_events(ex: Extraction) -> list[EventMention]:
    """The events whose trigger is the ceasefire noun."""
    return [e for e in ex.events if e.trigger.text.lower().rstrip("s") in ("truce", "ceasefire")]


@pytest.mark.parametrize("key", sorted(AGREED))
def test_agreed_truce_is_an_agreement(results: dict[str, Extraction], key: str) -> None:
    events = truce_events(results[key])
    assert [e.type for e in events] == ["AGREE"], AGREED[key]
    embedded = events[0].attributes.get("embedded") or []
    assert {"type": "RETREAT", "mode": "ceasefire"}.items() <= embedded[0].items()


@pytest.mark.parametrize("key", sorted(HALT))
def test_halt_stays_a_retreat(results: dict[str, Extraction], key: str) -> None:
    events = truce_events(results[key])
    assert [(e.type, e.mode) for e in events] == [("RETREAT", "RETREAT/ceasefire")], HALT[key]


def test_ceasefire_agreement_is_one_agreement(results: dict[str, Extraction]) -> None:
    ex = results["one_agreement"]
    assert [e.type for e in ex.events] == ["AGREE"]
    assert ex.events[0].trigger.text == "agreement"
    assert [e["type"] for e in ex.events[0].attributes["embedded"]] == ["RETREAT"]


def test_agreed_truce_commitment_reads_the_halt() -> None:
    ex = run_texts({"k": "Vellmark and Osran reached a ceasefire on Monday that will begin "
                         "on Friday."})["k"]
    agree = [e for e in ex.events if e.type == "AGREE"]
    assert agree and agree[0].attributes.get("commitment", {}).get("content_type") == "RETREAT"


def _mention(etype: str, mode: str | None, embedded: list[dict] | None = None) -> EventMention:
    """A bare mention of one type (no participants needed)."""
    span = Span(0, 5, "truce")
    ev = EventMention(type=etype, trigger=span, sentence=span, mode=mode)
    if embedded is not None:
        ev.attributes["embedded"] = embedded
    return ev


def test_halt_takes_parties_from_the_agreed_truce() -> None:
    agreed = _mention("AGREE", None, [{"type": "RETREAT", "mode": "ceasefire"}])
    deal = _mention("AGREE", None, [{"type": "CONCEDE", "mode": "release"}])
    halt = _mention("RETREAT", "RETREAT/ceasefire")
    assert truce_mention(agreed) and truce_mention(halt) and not truce_mention(deal)
    context = truce_context(halt, [deal, agreed])
    assert [e.type for e in context] == ["AGREE", "RETREAT"]
    assert truce_context(deal, [agreed]) == [agreed]


ANNOUNCED = {
    "announced_between": "Tensions eased on the border this week. The Norland prime minister "
                         "announced an immediate ceasefire between the two countries on Monday.",
    "announced": "Tensions eased on the border this week. The Norland prime minister announced "
                 "a ceasefire on Monday.",
    "proclaimed": "Tensions eased on the border this week. The king proclaimed a ceasefire on "
                  "Monday.",
}
TOPICAL = "The Norland historian wrote a book about a ceasefire."


@pytest.fixture(scope="module")
def announced_results() -> dict[str, Extraction]:
    return run_texts({**ANNOUNCED, "topical": TOPICAL})


@pytest.mark.parametrize("key", sorted(ANNOUNCED))
def test_an_announced_ceasefire_is_a_particular_one(announced_results: dict[str, Extraction],
                                                    key: str) -> None:
    """A ceasefire announced or declared by a speaker who is no party to it is still the event
    made public, not a topic."""
    assert truce_events(announced_results[key]), ANNOUNCED[key]


def test_a_ceasefire_written_about_stays_a_topic(announced_results: dict[str, Extraction]) -> None:
    assert not truce_events(announced_results["topical"]), TOPICAL
