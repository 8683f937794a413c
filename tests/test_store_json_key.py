"""Setting one top-level key of stored JSON objects: the text is what writing the whole object
gives, whether the value is written in place or the object decoded and written whole."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from eventwire.store import Store, set_json_key, with_json_key
from eventwire.store import fuse_tables as ft

OBJECTS = [
    {"id": "e1", "type": "ASSAULT", "possibly_same": [], "story": "s1"},
    {"id": "e2", "possibly_same": [{"event": "e9", "score": 0.5}], "quotes": [
        {"content": 'He said "possibly_same": [1] was all', "n": -0.0}], "z": "Kyiv\u2019s é 😀"},
    {"id": "e3", "flags": [{"possibly_same": [1, 2]}], "possibly_same": [{"event": "e1"}]},
    {"id": "e4", "flags": [{"possibly_same": [3]}]},
    {"id": "e5", "possibly_same": None, "n": 1e300, "m": 12345678901234567890123},
]
LINKS = [{"event": "e7", "score": 0.812, "disagrees": [{"kind": "count", "note": "ünïcode"}]}]


def test_the_text_is_the_whole_object_written_again() -> None:
    """In place (one top-level token) or whole (the token nested too, or absent at the top),
    the text equals ``json.dumps`` of the object with the key set."""
    for obj in OBJECTS:
        text = json.dumps(obj)
        want = json.dumps({**obj, "possibly_same": LINKS})
        assert with_json_key(text, "possibly_same", LINKS, "possibly_same" in obj,
                             json.dumps) == want


def test_only_a_lone_top_level_token_is_replaced_in_place() -> None:
    """A text whose token is nested as well, or that lacks the key at the top, is decoded:
    replacing its first token in place would give a different (wrong) text."""
    calls: list[int] = []

    def counting(value: object) -> str:
        calls.append(1)
        return json.dumps(value)

    with_json_key(json.dumps(OBJECTS[0]), "possibly_same", LINKS, True, counting)
    assert calls == [1]
    nested = json.dumps(OBJECTS[2])
    assert with_json_key(nested, "possibly_same", LINKS, True, json.dumps) == \
        json.dumps({**OBJECTS[2], "possibly_same": LINKS})
    lacking = json.dumps(OBJECTS[3])
    assert with_json_key(lacking, "possibly_same", LINKS, False, json.dumps) == \
        json.dumps({**OBJECTS[3], "possibly_same": LINKS})


def test_stored_events_get_the_key_and_the_columns(tmp_path: Path) -> None:
    """``set_json_key`` on SQLite stores the texts ``json.dumps`` gives for the whole objects,
    sets the other columns, and leaves other rows alone."""
    store = Store(str(tmp_path / "k.db"))
    with store.begin() as conn:
        for i, obj in enumerate(OBJECTS, start=1):
            conn.execute(ft.events.insert().values(
                id=obj["id"], seq=i, type="ASSAULT", modality="asserted", data=obj, n_sources=1,
                updated_at="t0"))
        set_json_key(conn, ft.events, "data", "possibly_same",
                     {o["id"]: LINKS for o in OBJECTS[1:]}, updated_at="t1")
    with store.engine.connect() as conn:
        texts = dict(conn.exec_driver_sql("SELECT id, CAST(data AS TEXT) FROM events").all())
        stamps = dict(conn.execute(select(ft.events.c.id, ft.events.c.updated_at)).all())
    assert texts["e1"] == json.dumps(OBJECTS[0]) and stamps["e1"] == "t0"
    for obj in OBJECTS[1:]:
        assert texts[obj["id"]] == json.dumps({**obj, "possibly_same": LINKS})
        assert stamps[obj["id"]] == "t1"
    store.close()


def test_links_read_with_their_texts_rewrite_as_a_fresh_read(tmp_path: Path) -> None:
    """``events.stored_links`` with ``texts`` (one driver read of the links, the data's text
    and the links' JSON type) gives the links the portable read gives, and ``write_links``
    through those texts stores what it stores reading them again; events without links read
    as none."""
    from eventwire.fuse.events import stored_links, write_links

    stores = [Store(str(tmp_path / f"{name}.db")) for name in ("read", "again")]
    ids = [o["id"] for o in OBJECTS] + ["e9"]  # e9: not stored
    for store, reuse in zip(stores, (True, False), strict=True):
        with store.begin() as conn:
            for i, obj in enumerate(OBJECTS, start=1):
                conn.execute(ft.events.insert().values(
                    id=obj["id"], seq=i, type="ASSAULT", modality="asserted", data=obj,
                    n_sources=1, updated_at="t0"))
            texts: dict[str, tuple[str, object]] = {}
            got = stored_links(conn, ids, texts)
            assert got == stored_links(conn, ids)  # the portable (SQLAlchemy) read
            assert got["e4"] == [] and got["e5"] == [] and "e9" not in got
            assert set(texts) == set(got) and texts["e4"][1] is None
            assert texts["e2"] == (json.dumps(OBJECTS[1]), "array")
            write_links(conn, {o["id"]: LINKS for o in OBJECTS[1:]}, "t1",
                        texts if reuse else None)
    found = []
    for store in stores:
        with store.engine.connect() as conn:
            found.append(conn.exec_driver_sql(
                "SELECT id, CAST(data AS TEXT), updated_at FROM events ORDER BY id").all())
        store.close()
    assert found[0] == found[1]
    assert dict((r[0], r[1]) for r in found[0])["e3"] == json.dumps({**OBJECTS[2],
                                                                     "possibly_same": LINKS})
