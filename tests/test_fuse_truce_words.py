"""A live page tells a truce as "truce" in its headline, naming no one, and as "ceasefire" in
its lead, naming both sides, both for Friday: fused, the headline joins its lead's record (two
cue words of one mode are one word for the act); a pullout headline of that day stays apart.
Invented countries throughout."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from test_fuse_coref import article, event

from eventwire import fuse
from eventwire.model import ActorRef, EventMention, Span
from eventwire.store import Store

VAROSIA = ActorRef("country:VAR", "Varosia", "VAR", kind="state")
OSTERLICH = ActorRef("country:OST", "Osterlich", "OST", kind="state")
FRIDAY = "2031-05-16"


def told(text: str, line: str, trigger: str, lemma: str, parties: bool,
         mode: str = "RETREAT/ceasefire", modality: str = "planned") -> EventMention:
    """A RETREAT mention of one line of ``text``, dated by that line's "Friday"."""
    at = text.index(line)
    ev = event(line, trigger, "RETREAT",
               [("Varosia", VAROSIA)] if parties else [],
               [("Osterlich", OSTERLICH)] if parties else [], FRIDAY, "Friday", modality)

    def moved(span: Span) -> Span:
        return Span.of(text, span.start + at, span.end + at)

    date = dict(ev.date)
    if date.get("span"):
        date["span"] = {**date["span"], "start": date["span"]["start"] + at,
                        "end": date["span"]["end"] + at}
    return dataclasses.replace(
        ev, trigger=moved(ev.trigger), sentence=moved(ev.sentence), date=date, mode=mode,
        source=[dataclasses.replace(p, start=p.start + at, end=p.end + at) for p in ev.source],
        target=[dataclasses.replace(p, start=p.start + at, end=p.end + at) for p in ev.target],
        attributes={**ev.attributes, "trigger_info": {"lemma": lemma}})


def page(headline: str, trigger: str, lemma: str, mode: str = "RETREAT/ceasefire"
         ) -> tuple[str, list[EventMention]]:
    lead = ("The ceasefire between Varosia and Osterlich is due to take effect at dawn on "
            "Friday, mediators said.")
    text = headline + "\n\n" + lead
    return text, [told(text, headline, trigger, lemma, False, mode),
                  told(text, lead, "ceasefire", "ceasefire", True)]


def records_of(path: Path) -> list[list[str]]:
    """The mention ids of each record of the store at ``path``."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT event_id, mention_id FROM event_mentions").fetchall()
    held: dict[str, list[str]] = {}
    for eid, mid in rows:
        held.setdefault(eid, []).append(mid)
    return sorted(sorted(ids) for ids in held.values())


def test_a_headline_truce_joins_its_leads_ceasefire(store: Store, tmp_path: Path) -> None:
    text, evs = page("Truce in Varosia from Friday", "Truce", "truce")
    article(store, "a1", "2031-05-14", "wire", *evs, text=text)
    fuse.update(store, ["a1"])
    assert records_of(tmp_path / "store.db") == [["a1#0", "a1#1"]]


def test_a_pullout_headline_of_that_day_stays_apart(store: Store, tmp_path: Path) -> None:
    text, evs = page("Pullout in Varosia from Friday", "Pullout", "pullout", "RETREAT/withdraw")
    article(store, "a1", "2031-05-14", "wire", *evs, text=text)
    fuse.update(store, ["a1"])
    assert records_of(tmp_path / "store.db") == [["a1#0"], ["a1#1"]]
