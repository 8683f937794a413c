"""The store: one transaction per article, same behaviour on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from eventwire.model import (
    ActorRef,
    Article,
    Block,
    Entity,
    EventMention,
    Extraction,
    Flag,
    Participant,
    Quote,
    Removal,
    Span,
    TimeExpr,
)
from eventwire.store import Store, StoreError, redact, resolve_url
from eventwire.store import schema as s

TEXT = "Putin spoke with Trump by phone on Wednesday. “We will respond,” Putin said."


def make_extraction(article_id: str = "a1", text: str = TEXT) -> Extraction:
    """A small hand-built extraction with one of everything."""
    putin = ActorRef("Q7747", "Vladimir Putin", "RUS", "GOV")
    art = Article(id=article_id, text=text, title="Call", published="2025-06-04",
                  published_from="input", blocks=[Block("paragraph", 0, len(text))],
                  removed=[Removal("lone_close", "close", 99)])
    ex = Extraction(article=art)
    ex.entities = [Entity(0, 5, "Putin", "PERSON", putin), Entity(17, 22, "Trump", "PERSON")]
    ex.times = [TimeExpr(35, 44, "Wednesday", "DATE", "2025-06-04", anchored=True)]
    ex.quotes = [Quote(Participant(66, 71, "Putin", putin), Span(72, 76, "said"),
                       Span(47, 62, "We will respond"), True)]
    ex.events = [EventMention("CONSULT", Span(6, 11, "spoke"), Span(0, 45, text[:45]),
                              mode="CONSULT/phone", source=[Participant(0, 5, "Putin", putin)],
                              target=[Participant(17, 22, "Trump")],
                              date={"value": "2025-06-04", "from": "text"}, confidence=0.9)]
    ex.flags = [Flag("test", "a flag", Span(0, 5, "Putin"))]
    return ex


def check_roundtrip(store: Store) -> None:
    """Add one extraction and read every part back."""
    ex = make_extraction()
    store.add(ex, content_hash="h1", minhash=b"\x00\x01")
    assert store.count_articles() == 1
    assert store.find_content("h1") == "a1"
    assert store.has_article("a1") and not store.has_article("zz")
    assert store.stored_as("h1", "a1") == ("a1", True)  # both look-ups in one query
    assert store.stored_as("h1", "zz") == ("a1", False)
    assert store.stored_as("h2", "a1") == (None, True)
    assert store.stored_as("h2", "zz") == (None, False)
    stored = store.extraction("a1")
    assert stored == ex.to_dict()
    assert stored["events"][0]["source"][0]["actor"]["country"] == "RUS"
    assert store.article("a1")["text"] == TEXT
    assert store.removed("a1") == [{"rule": "lone_close", "text": "close", "offset": 99}]
    assert list(store.minhashes()) == [("a1", b"\x00\x01")]
    with store.begin() as conn:
        row = conn.execute(select(s.mentions)).one()
        assert (row.type, row.source_actors, row.date_value) == ("CONSULT", ["Q7747"],
                                                                 "2025-06-04")
        assert conn.execute(select(func.count()).select_from(s.entities)).scalar() == 2


def check_atomic(store: Store) -> None:
    """A failing article leaves nothing behind and loses nothing already stored."""
    store.add(make_extraction("a1"), content_hash="h1")
    bad = make_extraction("a2", text=TEXT + " more")
    with pytest.raises(IntegrityError):
        store.add(bad, content_hash="h1")  # content hash collides: the whole article rolls back
    assert store.count_articles() == 1
    with store.begin() as conn:
        assert conn.execute(select(func.count()).select_from(s.mentions)).scalar() == 1
        assert conn.execute(select(func.count()).select_from(s.entities)
                            .where(s.entities.c.article_id == "a2")).scalar() == 0


def test_sqlite_roundtrip(tmp_path):
    check_roundtrip(Store(str(tmp_path / "e.db")))


def test_stored_as_reads_both_lookups_when_they_find_two_articles(tmp_path):
    store = Store(str(tmp_path / "e.db"))
    store.add(make_extraction("a1"), content_hash="h1")
    store.add(make_extraction("a2", TEXT + " Later."), content_hash="h2")
    for digest in ("h1", "h2", "h9"):
        for aid in ("a1", "a2", "a9"):
            assert store.stored_as(digest, aid) == (store.find_content(digest),
                                                    store.has_article(aid))


def test_sqlite_atomic(tmp_path):
    check_atomic(Store(f"sqlite:///{tmp_path / 'e.db'}"))


def test_reopen_keeps_data(tmp_path):
    db = str(tmp_path / "e.db")
    Store(db).add(make_extraction(), content_hash="h1")
    assert Store(db).count_articles() == 1


def test_bad_url_is_one_line_error(tmp_path):
    with pytest.raises(StoreError) as info:
        Store(f"sqlite:///{tmp_path}/missing/dir/e.db")
    assert "\n" not in str(info.value) and "cannot open store" in str(info.value)


def test_url_resolution(monkeypatch):
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    assert resolve_url(None) == "sqlite:///eventwire.db"
    monkeypatch.setenv("EVENTWIRE_DB", "/tmp/x.db")
    assert resolve_url(None) == "sqlite:////tmp/x.db"
    assert resolve_url("postgresql://u:p@h/d") == "postgresql+psycopg://u:p@h/d"
    assert redact("postgresql+psycopg://u:secret@h/d") == "postgresql+psycopg://u:***@h/d"


def _fresh_pg(url: str) -> Store:
    store = Store(url)
    s.metadata.drop_all(store.engine)
    store.close()
    return Store(url)


def test_postgres_roundtrip(postgres_url):
    check_roundtrip(_fresh_pg(postgres_url))


def test_postgres_atomic(postgres_url):
    check_atomic(_fresh_pg(postgres_url))
