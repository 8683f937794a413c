"""The time of day of a given publication timestamp is kept ("published_at", beside the
contract's "published" date) and dates the clock times of the text: a 5 a.m. curfew that
"will start" on a page published at 22:15 is the next morning's."""

from __future__ import annotations

import json

import pytest

from eventwire.ingest.metadata import parse_datetime
from eventwire.store import Store

TEXT = "The army said the curfew in Maralo will start at 5 a.m. and last three days."


def _extract(cli, tmp_path, published: str, text: str = TEXT) -> dict:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": text, "published": published}) + "\n",
                    encoding="utf-8")
    result = cli("extract", str(path))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.splitlines()[-1])


def _clock_value(doc: dict, clock: str = "5 a.m.") -> str:
    return next(t["value"] for t in doc["times"] if t["text"].startswith(clock))


@pytest.mark.parametrize(("given", "stamp"), [
    ("2024-11-26T22:15:00Z", "2024-11-26T22:15+00:00"),
    ("2024-11-26 22:15", "2024-11-26T22:15"),
    ("2024-11-26T06:40:00-05:00", "2024-11-26T06:40-05:00"),
    ("2024-11-26", None),
    ("November 26, 2024", None),
])
def test_a_timestamp_keeps_its_time_of_day(given: str, stamp: str | None) -> None:
    assert parse_datetime(given) == stamp


def test_the_publication_time_dates_a_clock_time_ahead(cli, tmp_path) -> None:
    doc = _extract(cli, tmp_path, "2024-11-26T22:15:00Z")
    assert doc["published"] == "2024-11-26"
    assert doc["published_at"] == "2024-11-26T22:15+00:00"
    assert _clock_value(doc) == "2024-11-27T05:00"


@pytest.mark.parametrize(("text", "value", "modality"), [
    ("The truce between Redland and Blueland begins at 4 a.m., the president says.",
     "2024-11-27T04:00", "planned"),
    ("Redland troops shelled the border town of Maralo at 4 a.m., officials said.",
     "2024-11-26T04:00", "asserted"),
])
def test_only_a_scheduling_verb_moves_a_clock_to_the_next_day(cli, tmp_path, text: str,
                                                              value: str, modality: str) -> None:
    doc = _extract(cli, tmp_path, "2024-11-26T22:15:00Z", text)
    assert _clock_value(doc, "4 a.m.") == value
    assert doc["events"][0]["date"]["value"] == value
    assert doc["events"][0]["modality"] == modality


def test_a_morning_publication_keeps_the_same_day(cli, tmp_path) -> None:
    doc = _extract(cli, tmp_path, "2024-11-26T01:30:00Z")
    assert _clock_value(doc) == "2024-11-26T05:00"


def test_a_bare_date_has_no_time_of_day(cli, tmp_path) -> None:
    doc = _extract(cli, tmp_path, "2024-11-26")
    assert doc["published_at"] is None
    assert _clock_value(doc) == "2024-11-26T05:00"


def test_the_store_keeps_the_publication_time(cli, tmp_path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": TEXT, "published": "2024-11-26T22:15:00Z"})
                    + "\n", encoding="utf-8")
    db = str(tmp_path / "e.db")
    assert cli("ingest", str(path), "--db", db).exit_code == 0
    store = Store(db)
    row = store.article(store.articles()[0]["id"])
    assert row["published"] == "2024-11-26" and row["published_at"] == "2024-11-26T22:15+00:00"
    assert store.extraction(row["id"])["published_at"] == "2024-11-26T22:15+00:00"


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="2024-11-26T22:15:00+02:00">',
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "2024-11-26T22:15:00+02:00"}</script>',
])
def test_a_page_keeps_the_time_of_its_publication_stamp(cli, tmp_path, head: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}<title>Curfew in Maralo</title></head><body><article>"
                    f"<p>{TEXT}</p><p>Officials in the capital gave no reason for the order "
                    f"and said more troops would arrive in the city.</p></article></body></html>",
                    encoding="utf-8")
    result = cli("extract", str(path))
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.splitlines()[-1])
    assert doc["published"] == "2024-11-26" and doc["published_from"] == "html"
    assert doc["published_at"] == "2024-11-26T22:15+02:00"
    assert _clock_value(doc) == "2024-11-27T05:00"
