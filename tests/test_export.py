"""Exports over the real ingest of the sample corpus load with pandas unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner
from views_helpers import corpus_db

from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.views import present
from eventwire.views.cli import register
from eventwire.views.data import ViewError
from eventwire.views.export import COLUMNS, event_row, export

READERS = {"csv": lambda p: pd.read_csv(p, parse_dates=["date_start", "date_end"]),
           "jsonl": lambda p: pd.read_json(p, lines=True),
           "parquet": pd.read_parquet}
DUCKDB_READERS = {"csv": "read_csv_auto('{}')", "jsonl": "read_json_auto('{}')",
                  "parquet": "read_parquet('{}')"}


@pytest.fixture(scope="module")
def store() -> Store:
    """The shared corpus store."""
    return Store(corpus_db())


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_export_loads_with_pandas(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    n = export(store, fmt, out)
    frame = READERS[fmt](out)
    assert n == len(frame) == queries.count_events(store) > 0
    assert list(frame.columns) == list(COLUMNS)
    assert frame["id"].is_unique
    for col in ("n_sources", "n_articles"):
        assert pd.api.types.is_integer_dtype(frame[col]), (col, frame[col].dtype)
    assert (frame["n_sources"] >= 1).all()
    assert pd.api.types.is_float_dtype(frame["confidence"])
    for col in ("date_start", "date_end"):
        days = pd.to_datetime(frame[col])
        assert days.notna().all(), f"{col}: missing or unparsed dates"
    assert (pd.to_datetime(frame["date_start"]) <= pd.to_datetime(frame["date_end"])).all()
    assert set(frame["date_precision"]) <= {"day", "week", "month", "year", "range"}
    assert frame["description"].notna().all()
    assert not frame["description"].isin(list(present.QUADS)).any()  # never a bare type
    assert frame["sentence"].notna().all() and frame["titles"].notna().all()
    spans = json.loads(frame["provenance"].iloc[0])
    assert spans and {"article", "start", "end", "text"} <= set(spans[0])
    article = store.article(spans[0]["article"])
    assert article["text"][spans[0]["start"]:spans[0]["end"]]
    for col in ("flags_json", "conflicts_json"):
        assert all(isinstance(json.loads(v), list) for v in frame[col])


@pytest.mark.parametrize("fmt", sorted(DUCKDB_READERS))
def test_export_loads_with_duckdb(store: Store, tmp_path: Path, fmt: str) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / f"events.{fmt}"
    n = export(store, fmt, out)
    rel = duckdb.sql(f"select * from {DUCKDB_READERS[fmt].format(out)}")
    types = dict(zip(rel.columns, map(str, rel.types), strict=True))
    assert types["date_start"] == types["date_end"] == "DATE"
    assert types["n_sources"] == types["n_articles"] == "BIGINT"
    assert types["confidence"] == "DOUBLE"
    assert duckdb.sql(f"select count(*) from {DUCKDB_READERS[fmt].format(out)} "
                      "where date_start is null or date_end < date_start").fetchall()[0][0] == 0
    assert rel.shape[0] == n


def test_actor_ids_follow_one_scheme(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export(store, "csv", out)
    frame = pd.read_csv(out, keep_default_na=False)
    ids = [i for col in ("source_actor_ids", "target_actor_ids") for v in frame[col]
           for i in v.split(";") if i]
    assert ids and all(re.fullmatch(r"(country|person|org):[A-Za-z0-9-]+", i) for i in ids), ids
    qids = [q for v in frame["source_wikidata"] for q in v.split(";") if q]
    assert qids and all(re.fullmatch(r"Q\d+", q) for q in qids)


def test_export_filters(store: Store, tmp_path: Path) -> None:
    first = queries.list_events(store, limit=1)[0]
    n = export(store, "csv", tmp_path / "typed.csv", type=first["type"])
    frame = pd.read_csv(tmp_path / "typed.csv")
    assert n == queries.count_events(store, type=first["type"])
    assert set(frame["type"]) == {first["type"]}


def test_event_row_aligns_actor_columns() -> None:
    ev = {"id": "e1", "type": "CONSULT", "mode": "CONSULT/phone", "date": "2025-05",
          "date_range": ["2025-05-01", "2025-05-31"], "date_from": "text",
          "source": [{"id": "Q1", "name": "A; B", "country": "USA", "sector": "GOV",
                      "kind": "person"}],
          "target": [{"id": "org:b", "name": "B"}, {"id": "country:RUS", "name": "C",
                                                     "country": "RUS", "kind": "state"}],
          "articles": ["x", "y"], "mentions": [], "flags": []}
    row = event_row(ev)
    assert row["source_names"] == "A, B"
    assert row["source_actor_ids"] == "person:a-b" and row["source_wikidata"] == "Q1"
    assert row["source_cameo"] == "USAGOV"
    assert row["target_actor_ids"] == "org:b;country:RUS" and row["target_countries"] == ";RUS"
    assert row["date_precision"] == "month" and row["n_sources"] == 2
    assert (row["date_start"], row["date_end"]) == ("2025-05-01", "2025-05-31")
    assert row["description"] == "A; B spoke by phone with B and C"


def test_undated_event_gets_its_articles_days() -> None:
    ev = {"id": "e2", "type": "ASSAULT", "date": None, "date_range": None, "articles": ["x"],
          "mentions": [], "flags": [], "source": [{"name": "A"}], "target": []}
    lookup = {"articles": {"x": {"published": "2025-06-03T10:00:00", "label": "T"}}}
    row = event_row(ev, lookup)
    assert (row["date_start"], row["date_end"], row["date_basis"]) == \
        ("2025-06-03", "2025-06-03", "publication")
    assert row["titles"] == "T" and row["description"] == "A carried out an attack"


def test_bad_format_and_filter(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ViewError):
        export(store, "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(ViewError):
        export(store, "csv", tmp_path / "x.csv", date_from="May")
    with pytest.raises(ViewError):
        export(store, "csv", tmp_path / "x.csv", colour="red")


def test_cli_export_parquet(tmp_path: Path) -> None:
    app = typer.Typer()
    app.callback()(lambda: None)
    register(app)
    out = tmp_path / "events.parquet"
    result = CliRunner().invoke(app, ["export", "--format", "parquet", "--out", str(out),
                                      "--db", corpus_db()])
    assert result.exit_code == 0, result.output
    assert len(pd.read_parquet(out)) > 0
    bad = CliRunner().invoke(app, ["export", "--format", "parquet", "--out",
                                   str(tmp_path / "missing" / "x.parquet"), "--db", corpus_db()])
    assert bad.exit_code == 1 and "does not exist" in bad.output
