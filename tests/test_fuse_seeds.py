"""End to end on the sample corpus: real pipeline, real store, fused record."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import fuse
from eventwire.corpus import ingest
from eventwire.fuse import queries
from eventwire.store import Store

TRUMP, PUTIN = "Q22686", "Q7747"
PAST_DATE_FLAGS = {"date_outlier", "date_conflict"}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Store:
    """The five sample articles ingested and fused."""
    st = Store(str(tmp_path_factory.mktemp("seeds") / "seeds.db"))
    report = ingest([str(samples_dir)], st)
    assert len(report.new) == 5 and report.fused
    yield st
    st.close()


def source_ids(store: Store) -> dict[str, str]:
    """Sample file prefix (000..004) -> stored article id."""
    return {Path(a["source"]).name[:3]: a["id"] for a in store.articles()}


def calls(store: Store) -> list[dict]:
    """Fused CONSULT events between Trump and Putin."""
    evs = queries.list_events(store, type="CONSULT", limit=10**6)
    return [e for e in evs if {TRUMP, PUTIN} <= {p.get("id") for p in e["participants"]}]


@pytest.mark.slow
def test_calls_of_the_five_articles_are_not_collapsed(store: Store) -> None:
    held = [e for e in calls(store) if e["modality"] == "asserted"]
    assert len(held) >= 3
    assert len({tuple(e["articles"]) for e in held}) >= 3


@pytest.mark.slow
def test_planned_call_is_not_merged_with_a_past_call_without_date_evidence(store: Store) -> None:
    planned_article = source_ids(store)["002"]
    for ev in calls(store):
        if planned_article in ev["articles"] and len(ev["articles"]) > 1:
            assert ev["date_evidence"], "merged across articles without a date"


@pytest.mark.slow
def test_june_2023_date_is_flagged_or_overridden(store: Store) -> None:
    article = source_ids(store)["003"]
    for ev in calls(store):
        if article in ev["articles"] and ev["date"] == "2023-06":
            assert PAST_DATE_FLAGS & {f["kind"] for f in ev["flags"]}


@pytest.mark.slow
def test_one_story_with_title_summary_and_stable_rebuild(store: Store) -> None:
    stories = queries.list_stories(store)
    assert len(stories) >= 1 and all(s["title"] for s in stories)
    for s in stories:
        for item in s["summary"]:
            assert store.article(item["article"])["text"][item["start"]:item["end"]] == item["text"]
    before = {e["id"]: e["articles"] for e in queries.list_events(store, limit=10**6)}
    fuse.rebuild(store)
    assert {e["id"]: e["articles"] for e in queries.list_events(store, limit=10**6)} == before
