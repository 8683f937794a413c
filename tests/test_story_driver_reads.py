"""A store-backed story index reads document frequencies, retrieved members and whole
stories through the SQLite driver: the same values as through SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuse_helpers import ZELENSKY, add, make_call

from eventwire import fuse
from eventwire.fuse import stories as st
from eventwire.store import Store

GRAIN = ("Kremlin negotiators in Istanbul discussed grain exports, Odesa harbour convoys "
         "and Black Sea shipping insurance with Turkish mediators.")
ARMS = ("Pentagon planners in Ramstein reviewed Patriot batteries, artillery shells and "
        "drone factories with Polish logistics officers.")


def reads(store: Store, driven: bool, monkeypatch: pytest.MonkeyPatch) -> dict:
    """What an index over the store reads: frequencies, one retrieval, every whole story."""
    monkeypatch.setattr(st.StoryIndex, "driven", lambda self: driven and self.conn is not None)
    with store.begin() as conn:
        idx = st.StoryIndex.load(conn)
        sids = sorted({r[0] for r in conn.exec_driver_sql(
            "SELECT story_id FROM story_articles")})
        first = conn.exec_driver_sql(
            "SELECT article_id FROM story_articles ORDER BY article_id").first()[0]
        for sid in sids:
            idx.ensure_full(sid)
        members = {sid: list(idx.members.get(sid, [])) for sid in sids}
        vec = next(m for ms in members.values() for m in ms if m["id"] == first)
        other = st.StoryIndex.load(conn)
        other.retrieve({k: v for k, v in vec.items() if k != "id"})
        keys = st.member_keys(vec) + ["t:absent-term"]
        other.need(keys)
        return {"members": members, "pool": sorted(other.pool),
                "retrieved": {s: list(m) for s, m in other.members.items()},
                "df": {k: other.df.get(k) for k in keys}}


def test_driver_reads_match_sqlalchemy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Members, their order and vectors, the retrieved pool and the frequencies are the
    same both ways, and the story's newest members come first when a limit bites."""
    store = Store(str(tmp_path / "s.db"))
    ids = [add(store, make_call(f"g{i}", date=f"2025-03-1{i}", date_text="by phone",
                                text=f"Donald Trump spoke with Vladimir Putin by phone. The White House said so. {GRAIN}"))
           for i in range(3)]
    ids += [add(store, make_call(f"r{i}", date=f"2025-04-1{i}", date_text="by phone",
                                 target=ZELENSKY,
                                 text=f"Donald Trump spoke with Volodymyr Zelensky by phone. The White House said so. {ARMS}"))
            for i in range(2)]
    fuse.update(store, ids)
    driven = reads(store, True, monkeypatch)
    plain = reads(store, False, monkeypatch)
    assert driven == plain
    assert sum(len(m) for m in driven["members"].values()) == 5
    assert driven["pool"] and any(driven["df"].values()) and driven["df"]["t:absent-term"] is None
    for driver in (True, False):
        monkeypatch.setattr(st.StoryIndex, "driven", lambda self, d=driver: d)
        with store.begin() as conn:
            idx = st.StoryIndex.load(conn)
            sid = max(driven["members"], key=lambda s: len(driven["members"][s]))
            idx.ensure_full(sid, limit=1)
            assert [m["id"] for m in idx.members[sid]] == [driven["members"][sid][-1]["id"]]
    store.close()


def test_document_frequencies_written_as_replaced_rows(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``write_df`` leaves each written term's row holding its new count (rows of terms not
    written stay), through the driver's upsert on SQLite as through the portable delete and
    insert, and the frequencies an update counts are the ones a rebuild counts."""
    def written(portable: bool) -> dict[str, int]:
        store = Store(str(tmp_path / f"df-{portable}.db"))
        with store.begin() as conn:
            st.write_df(conn, {"t:grain": 2, "t:odesa": 1, st.DOCS_KEY: 3})
            if portable:
                monkeypatch.setattr(conn.dialect, "name", "portable")
            st.write_df(conn, {"t:grain": 5, "t:ramstein": 1, st.DOCS_KEY: 4})
            st.write_df(conn, {})
            monkeypatch.undo()
            return dict(conn.exec_driver_sql("SELECT term, df FROM term_df").fetchall())

    expected = {"t:grain": 5, "t:odesa": 1, "t:ramstein": 1, st.DOCS_KEY: 4}
    assert written(False) == expected
    assert written(True) == expected
    store = Store(str(tmp_path / "s.db"))
    ids = [add(store, make_call(f"g{i}", date=f"2025-03-1{i}", date_text="by phone",
                                text=f"Donald Trump spoke with Vladimir Putin by phone. The White House said so. {GRAIN}"))
           for i in range(3)]
    fuse.update(store, ids[:1])
    fuse.update(store, ids[1:])
    with store.begin() as conn:
        once = dict(conn.exec_driver_sql("SELECT term, df FROM term_df").fetchall())
    fuse.rebuild(store)
    with store.begin() as conn:
        assert dict(conn.exec_driver_sql("SELECT term, df FROM term_df").fetchall()) == once
    assert once[st.DOCS_KEY] == 3 and max(once.values()) == 3
