"""Hand-built extractions for fuse tests: articles with call events, claims, commitments."""

from __future__ import annotations

from typing import Any

from eventwire.fuse.mentions import Mention, make_mention
from eventwire.model import ActorRef, Article, Claim, EventMention, Extraction, Participant, Span
from eventwire.store import Store

TRUMP = ActorRef("Q22686", "Donald Trump", "USA", "GOV")
PUTIN = ActorRef("Q7747", "Vladimir Putin", "RUS", "GOV")
ZELENSKY = ActorRef("Q3874799", "Volodymyr Zelensky", "UKR", "GOV")


def call_text(date_text: str, outcome: str, extra: str = "") -> str:
    """A short article about a Trump–Putin call."""
    return (f"Donald Trump spoke with Vladimir Putin by phone {date_text}. "
            f"The White House said the call was {outcome}. {extra}"
            "Officials in Washington and Moscow discussed the war in Ukraine and a ceasefire.")


def make_call(article_id: str, *, date: str | None, outcome: str | None = None,
              agreement: bool | None = None, date_text: str = "on Tuesday",
              published: str | None = None, modality: str = "asserted",
              target: ActorRef = PUTIN, attributes: dict[str, Any] | None = None,
              text: str | None = None, extra: str = "") -> Extraction:
    """One article with one CONSULT/phone event between Trump and ``target``."""
    text = text or call_text(date_text, outcome or "long", extra)
    art = Article(id=article_id, text=text, title=f"Call report {article_id}",
                  published=published)
    ex = Extraction(article=art)
    end = text.index(".") + 1
    trig = text.index("spoke")
    date_start = text.index(date_text) if date_text in text else 0
    ev = EventMention(
        "CONSULT", Span.of(text, trig, trig + 5), Span.of(text, 0, end), mode="CONSULT/phone",
        source=[Participant(0, 12, "Donald Trump", TRUMP)],
        target=[Participant(24, 39, target.name, target)],
        date={"value": date, "span": Span.of(text, date_start, date_start + len(date_text))
              .to_dict()} if date else {"value": None},
        modality=modality, attributes=dict(attributes or {}), confidence=0.9)
    second = text.index("The White House")
    sent = Span.of(text, second, text.index(".", second) + 1)
    if outcome:
        ev.claims.append(Claim("outcome", outcome, sent))
    if agreement is not None:
        ev.claims.append(Claim("agreement", agreement, sent))
    ex.events = [ev]
    return ex


def add(store: Store, ex: Extraction, duplicate_of: str | None = None) -> str:
    """Store an extraction (content hash = its id) and return the article id."""
    store.add(ex, content_hash="h-" + ex.article.id, duplicate_of=duplicate_of)
    return ex.article.id


def assault(article_id: str, date: str, sentence: str, source: ActorRef = PUTIN,
            published: str | None = None) -> Extraction:
    """One article with one asserted ASSAULT event by ``source``."""
    art = Article(id=article_id, text=sentence, title=f"Strike {article_id}",
                  published=published)
    ex = Extraction(article=art)
    name = source.name.split()[-1]
    i = sentence.index(name)
    ex.events = [EventMention("ASSAULT", Span.of(sentence, i, i + len(name)),
                              Span.of(sentence, 0, len(sentence)), mode="ASSAULT/drone",
                              source=[Participant(i, i + len(name), name, source)],
                              date={"value": date}, confidence=0.8)]
    return ex


def bordurian_assault(idx: int, text: str, trigger: str, at: int, mode: str | None = None,
                      published: str = "2025-03-05") -> Mention:
    """An ASSAULT mention by Borduria in article a1 whose sentence ``text`` starts at ``at``."""
    i = text.index(trigger)
    data: dict[str, Any] = {
        "type": "ASSAULT", "mode": mode, "modality": "asserted",
        "trigger": {"start": at + i, "end": at + i + len(trigger), "text": trigger},
        "sentence": {"start": at, "end": at + len(text), "text": text},
        "source": [{"start": at + text.index("Bordurian"),
                    "end": at + text.index("Bordurian") + 9, "text": "Bordurian",
                    "actor": {"id": "BOR", "name": "Borduria", "country": "BOR"}}],
        "target": []}
    art = {"id": "a1", "published": published, "url": "https://a1.example/live"}
    return make_mention(f"a1#{idx}", art, data, None)


def ingested_records(cli: Any, tmp_path: Any, texts: list[tuple[str, str]], *, prefix: str,
                     title: str, slug: str) -> list[dict[str, Any]]:
    """Every event record (``events --all``) after ingesting ``texts`` ((published, text) in
    order) through the CLI as articles of one outlet each into a new store."""
    import json

    src = tmp_path / f"{prefix}-articles.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, (published, text) in enumerate(texts):
            f.write(json.dumps({"id": f"{prefix}{i}", "title": title, "text": text,
                                "published": published,
                                "url": f"https://outlet{i}.example/{slug}/{i}"}) + "\n")
    db = str(tmp_path / f"{prefix}.db")
    assert cli("ingest", str(src), "--db", db).exit_code == 0
    out = cli("events", "--all", "--format", "jsonl", "--db", db).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def told_with(rows: list[dict[str, Any]], word: str) -> list[dict[str, Any]]:
    """The records with a mention whose trigger is ``word``."""
    return [r for r in rows if any(m["trigger"]["text"] == word for m in r["mentions"])]
