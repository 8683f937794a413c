"""One occurrence told with two compatible types: an agreed truce reported as a halt."""

from __future__ import annotations

from typing import Any

from eventwire.fuse.build import record_type
from eventwire.fuse.events import groups_compatible, same_article_verdict
from eventwire.fuse.mentions import Mention, make_mention

DEAL = "Ruritania and Borduria said a deal was reached on Tuesday to end the fighting."
TRUCE = "The truce between Ruritania and Borduria was announced on Tuesday evening."
PULLBACK = "Ruritanian troops began their withdrawal from the border villages."
RAID = "Borduria shelled a Ruritanian border post overnight."


def mention(aid: str, idx: int, text: str, trigger: str, kind: str, mode: str | None = None,
            modality: str = "asserted") -> Mention:
    """A fuse-stage mention whose sentence is the whole ``text`` (no own date)."""
    i = text.index(trigger)
    data: dict[str, Any] = {
        "type": kind, "mode": mode, "modality": modality,
        "trigger": {"start": i, "end": i + len(trigger), "text": trigger},
        "sentence": {"start": 0, "end": len(text), "text": text}, "source": [], "target": []}
    art = {"id": aid, "published": "2025-03-05", "url": f"https://{aid}.example/{aid}"}
    return make_mention(f"{aid}#{idx}", art, data, None)


def test_agreed_deal_and_truce_of_one_article_may_be_one_occurrence() -> None:
    deal = mention("a1", 0, DEAL, "deal was reached", "AGREE")
    truce = mention("a1", 1, TRUCE, "truce", "RETREAT", "RETREAT/ceasefire")
    assert same_article_verdict(deal, truce) == "maybe"  # does not merge, does not block


def test_retold_pair_needs_one_modality_and_compatible_types() -> None:
    deal = mention("a1", 0, DEAL, "deal was reached", "AGREE")
    planned = mention("a1", 1, TRUCE, "truce", "RETREAT", "RETREAT/ceasefire", "planned")
    raid = mention("a1", 2, RAID, "shelled", "ASSAULT", "ASSAULT/shelling")
    assert same_article_verdict(deal, planned) == "no"
    assert same_article_verdict(deal, raid) == "no"


def test_records_linked_by_other_outlets_are_not_kept_apart_by_a_retold_pair() -> None:
    agreed = [mention("a1", 0, DEAL, "deal was reached", "AGREE"),
              mention("a2", 0, DEAL, "deal was reached", "AGREE")]
    halted = [mention("a1", 1, TRUCE, "truce", "RETREAT", "RETREAT/ceasefire"),
              mention("a3", 0, TRUCE, "truce", "RETREAT", "RETREAT/ceasefire")]
    assert groups_compatible(agreed, halted)
    raids = [mention("a1", 2, RAID, "shelled", "ASSAULT", "ASSAULT/shelling")]
    assert not groups_compatible(agreed, raids)


def test_a_ceasefire_told_as_agreed_and_as_a_halt_is_an_agreement() -> None:
    truce = mention("a1", 1, TRUCE, "truce", "RETREAT", "RETREAT/ceasefire")
    deal = mention("a2", 0, DEAL, "deal was reached", "AGREE")
    assert record_type([truce, deal]) == "AGREE"
    assert record_type([truce]) == "RETREAT"
    pullback = mention("a3", 0, PULLBACK, "withdrawal", "RETREAT", "RETREAT/withdraw")
    assert record_type([pullback, deal]) == "RETREAT"  # a withdrawal is no truce
