"""Shared builders of the episode-record tests: invented countries, days, mentions, articles
and the records a store fuses them into."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fuse_helpers import add

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.fuse.mentions import Mention
from eventwire.model import ActorRef, Article, EventMention, Extraction, Participant, Span
from eventwire.store import Store

BORDURIA = ActorRef("BOR", "Borduria", "BOR", "GOV")
SYLDAVIA = ActorRef("SYL", "Syldavia", "SYL", "GOV")
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = "2031-03-10", "2031-03-11", "2031-03-12", "2031-03-13"


def mention(mid: str, article: str, rng: list[str], how: str, source: str = "BOR",
            target: str = "SYL", text: str = "x", at: int = 0) -> Mention:
    def party(code: str) -> list[dict]:
        return [{"text": code, "actor": {"id": code, "country": code}}] if code else []
    data = {"type": "ASSAULT", "modality": "asserted", "source": party(source),
            "target": party(target), "sentence": {"start": at, "text": text},
            "trigger": {"start": at, "text": "clash"}}
    return Mention(id=mid, article=article, root=article, data=data, story="s1",
                   when={"range": rng, "from": how, "span": None})


Told = tuple[str, str, ActorRef | None, ActorRef | None, list[str], str, str | None]


def article(aid: str, host: str, sentences: list[Told]) -> Extraction:
    """An article of the given (sentence, trigger, source, target, range, derivation, mode)."""
    text = " ".join(s for s, *_ in sentences)
    ex = Extraction(article=Article(id=aid, text=text, title=sentences[0][0],
                                    published=THURSDAY, url=f"https://{host}/{aid}"))
    at = 0
    for sent, trig, source, target, rng, how, mode in sentences:
        t = at + sent.index(trig)
        parts: dict[str, Any] = {}
        if source is not None:
            s = at + sent.index(source.name[:7])
            parts["source"] = [Participant(s, s + 7, source.name, source)]
        if target is not None:
            g = at + sent.index(target.name[:7])
            parts["target"] = [Participant(g, g + 7, target.name, target)]
        date = {"value": rng[0] if rng[0] == rng[1] else None, "range": rng, "range_from": how,
                "range_span": None}
        ex.events.append(EventMention("ASSAULT", Span.of(text, t, t + len(trig)),
                                      Span.of(text, at, at + len(sent)), mode=mode,
                                      date=date, confidence=0.8, **parts))
        at += len(sent) + 1
    return ex


EPISODE = [("Fighting between Borduria and Syldavia began on Monday near the Varo pass and has "
            "killed 31 people.", "Fighting", BORDURIA, SYLDAVIA, [MONDAY, THURSDAY],
            "time_expression+episode:began", None)]

def records(tmp_path: Path, name: str, order: list[Extraction]) -> list[frozenset[str]]:
    store = Store(str(tmp_path / f"{name}.db"))
    try:
        for ex in order:
            fuse.update(store, [add(store, ex)])
        events = queries.list_events(store, min_confidence=0.0)
    finally:
        store.close()
    return sorted((frozenset(f"{m['article']}:{m['start']}" for m in e["mentions"])
                   for e in events), key=sorted)
