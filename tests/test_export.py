"""Exports over the real ingest of the sample corpus load with pandas unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner
from views_helpers import corpus_db

from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.views.cli import register
from eventwire.views.data import ViewError
from eventwire.views.export import COLUMNS, event_row, export

READERS = {"csv": pd.read_csv, "jsonl": lambda p: pd.read_json(p, lines=True),
           "parquet": pd.read_parquet}


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
    assert (frame["n_sources"] >= 1).all()
    spans = json.loads(frame["provenance"].iloc[0])
    assert spans and {"article", "start", "end", "text"} <= set(spans[0])
    article = store.article(spans[0]["article"])
    assert article["text"][spans[0]["start"]:spans[0]["end"]]
    assert isinstance(json.loads(frame["flags"].iloc[0]), list)


def test_export_filters(store: Store, tmp_path: Path) -> None:
    first = queries.list_events(store, limit=1)[0]
    n = export(store, "csv", tmp_path / "typed.csv", type=first["type"])
    frame = pd.read_csv(tmp_path / "typed.csv")
    assert n == queries.count_events(store, type=first["type"])
    assert set(frame["type"]) == {first["type"]}


def test_event_row_aligns_actor_columns() -> None:
    ev = {"id": "e1", "type": "CONSULT", "mode": "phone", "date": "2025-05",
          "source": [{"id": "a", "name": "A; B", "country": "USA", "sector": "GOV"}],
          "target": [{"id": "b", "name": "B"}, {"id": "c", "name": "C", "country": "RUS"}],
          "articles": ["x", "y"], "mentions": [], "flags": []}
    row = event_row(ev)
    assert row["source_names"] == "A, B"
    assert row["target_actor_ids"] == "b;c" and row["target_countries"] == ";RUS"
    assert row["date_precision"] == "month" and row["n_sources"] == 2


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
