"""A wire dateline's date is the day the report was filed: it anchors the text's relative
dates (as the publication date, or in its place) but is no date of the events the text
reports ('TBILISI, June 5 (Wire) - ... signed a deal on Wednesday' happened on the 4th)."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.ingest import build_article
from eventwire.model import Extraction
from eventwire.pipeline import Pipeline

BODY = "Georgia and Armenia signed a border agreement on Wednesday, officials said."
DATELINES = {
    "month_day_agency": "TBILISI, June 5 (Wire) - ",
    "agency_only": "TBILISI (Wire) - ",
    "month_day_year": "TBILISI, June 5, 2025 — ",
    "place_only": "TBILISI — ",
    "region_month_day": "TBILISI, Georgia, June 5 (Wire) — ",
    "day_month": "TBILISI, 5 June (Wire) - ",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {k: v + BODY for k, v in DATELINES.items()}
    texts["undated_event"] = "TBILISI, June 5 (Wire) - Georgia and Armenia signed a border " \
        "agreement, officials said."
    return run_texts(texts)  # published on Thursday 2025-06-05


@pytest.mark.parametrize("key", sorted(DATELINES))
def test_event_takes_its_own_day_not_the_datelines(results: dict[str, Extraction],
                                                   key: str) -> None:
    ex = results[key]
    signed = next(e for e in ex.events if e.trigger.text.startswith("signed"))
    assert signed.date["value"] == "2025-06-04", signed.date
    assert signed.date["from"] == "text"


@pytest.mark.parametrize("key", sorted(DATELINES))
def test_dateline_date_is_no_time_expression(results: dict[str, Extraction], key: str) -> None:
    ex = results[key]
    body = ex.article.text.index("Georgia")
    assert all(t.start >= body for t in ex.times), [t.text for t in ex.times]


def test_event_without_a_date_falls_back_on_the_article(results: dict[str, Extraction]) -> None:
    signed = next(e for e in results["undated_event"].events
                  if e.trigger.text.startswith("signed"))
    assert signed.date.get("span") is None
    assert signed.date["from"] == "article"


def test_dated_dateline_anchors_an_article_without_publication_date() -> None:
    art = build_article(DATELINES["month_day_year"] + BODY, id="anchored")
    ex = next(iter(Pipeline().run([art])))
    assert ex.article.published == "2025-06-05"
    signed = next(e for e in ex.events if e.trigger.text.startswith("signed"))
    assert signed.date["value"] == "2025-06-04", signed.date
