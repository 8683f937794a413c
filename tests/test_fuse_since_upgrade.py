"""A candidate index written before "since <date>" ranges were placed in time (version 4)
is brought up to date by writing again the key rows of its since-dated mentions only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fuse_helpers import add, call_text, make_call
from sqlalchemy import event as sa_event
from sqlalchemy import select

from eventwire import fuse
from eventwire.fuse import candidates as cands
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s


def key_rows(store: Store) -> set[tuple]:
    fk = ft.fuse_keys
    with store.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(select(fk.c.key, fk.c.type, fk.c.bucket,
                                                      fk.c.mention_id, fk.c.event_id))}


def since_call(article_id: str) -> Any:
    """A call report dated 'since May', published in late July (an 81-day range)."""
    return make_call(article_id, date="2025-05", date_text="May",
                     text=call_text("since May", "long"),
                     published="2025-07-21T08:00:00+00:00")


def fill(store: Store, with_since: bool) -> None:
    ids = [add(store, make_call("a0", date="2025-07-01",
                                published="2025-07-01T08:00:00+00:00"))]
    if with_since:
        ids.append(add(store, since_call("b0")))
    fuse.update(store, ids)


def made_v4(path: Path, with_since: bool, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store indexed with the placement before version 5 and noted as version 4."""
    st = Store(str(path))
    with monkeypatch.context() as mp:
        mp.setattr(cands, "since_placed", lambda m, width: False)
        fill(st, with_since)
    with st.begin() as conn:
        conn.execute(s.meta.update().where(s.meta.c.key == cands.INDEX_META_KEY)
                     .values(value="4"))
    return st


def test_a_since_dated_mention_is_placed_by_the_upgrade(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The upgraded rows equal those of a fresh index of the same fused mentions."""
    ref = made_v4(tmp_path / "ref.db", True, monkeypatch)
    with ref.begin() as conn:
        conn.execute(s.meta.delete().where(s.meta.c.key == cands.INDEX_META_KEY))
        assert cands.ensure(conn) == 2  # a fresh index of every fused mention
    want = key_rows(ref)
    ref.close()
    old = made_v4(tmp_path / "old.db", True, monkeypatch)
    before = key_rows(old)
    since = {r[2] for r in want if r[3] == "b0#0"}
    assert since > {r[2] for r in before if r[3] == "b0#0"}  # the old rows lack the range
    assert {r for r in before if r[3] != "b0#0"} == {r for r in want if r[3] != "b0#0"}
    with old.begin() as conn:
        assert cands.ensure(conn) == 1
        assert conn.execute(select(s.meta.c.value).where(
            s.meta.c.key == cands.INDEX_META_KEY)).scalar() == cands.INDEX_VERSION
        assert cands.ensure(conn) == 0
    assert key_rows(old) == want
    old.close()


def test_a_store_without_since_dated_mentions_upgrades_without_writing_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = made_v4(tmp_path / "old.db", False, monkeypatch)
    before = key_rows(old)
    writes: list[str] = []

    def spy(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "fuse_keys" in statement and statement.lstrip().upper().startswith(
                ("INSERT", "DELETE", "UPDATE")):
            writes.append(statement)

    sa_event.listen(old.engine, "before_cursor_execute", spy)
    with old.begin() as conn:
        assert cands.ensure(conn) == 0
    sa_event.remove(old.engine, "before_cursor_execute", spy)
    assert writes == []
    assert key_rows(old) == before
    old.close()


def test_index_versions_compare_as_numbers() -> None:
    assert cands.index_version("10") > cands.index_version("5") > cands.index_version("4")
    assert cands.index_version(" 5 ") == 5
    assert cands.index_version("") == cands.index_version("x") == 1


def test_an_index_noted_by_a_later_version_is_left_as_it_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store whose index a later version wrote ("10": later than "5" as a number, earlier
    as text) is neither upgraded again nor noted down to this version."""
    st = made_v4(tmp_path / "later.db", True, monkeypatch)
    with st.begin() as conn:
        conn.execute(s.meta.update().where(s.meta.c.key == cands.INDEX_META_KEY)
                     .values(value="10"))
    before = key_rows(st)
    with st.begin() as conn:
        assert cands.ensure(conn) == 0
        assert conn.execute(select(s.meta.c.value).where(
            s.meta.c.key == cands.INDEX_META_KEY)).scalar() == "10"
    assert key_rows(st) == before
    st.close()
