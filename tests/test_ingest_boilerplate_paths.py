"""Boilerplate is removed on every input path (pasted text, JSONL, HTML); titles hold no script."""

from __future__ import annotations

import json

import pytest

from eventwire.ingest import build_article
from eventwire.ingest.cleanup import clean_text, clean_title
from eventwire.ingest.readers import jsonl_record

BODY = [
    "Harbour workers in Valdora ended their strike on Thursday, the union said.",
    "Read more: Port strike enters its third week as talks stall",
    "Also read: What the dock dispute means for exporters",
    "By Mira Castell and Tomas Ruiz",
    "Updated: March 14, 2024 09:45 GMT",
    "Share",
    "Sign up for our newsletter to get the latest news",
    "By Monday the first ships had been unloaded, port officials said.",
    "Posted guards will stay at the gates until the end of the month.",
]
KEPT = [BODY[0], BODY[7], BODY[8]]


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_pasted_text_drops_teasers_bylines_and_updated_lines() -> None:
    cleaned, removed = clean_text("\n".join(BODY))
    assert _lines(cleaned) == KEPT
    assert len(removed) == len(BODY) - len(KEPT)


def test_jsonl_records_are_cleaned_the_same_way() -> None:
    line = json.dumps({"id": "p1", "text": "\n".join(BODY), "published": "2024-03-14",
                       "title": "Port strike ends <script>var s = 1;</script>"})
    rec = jsonl_record(line, "in.jsonl")
    art = build_article(rec.text, id=rec.id, title=rec.title, published=rec.published,
                        published_from=rec.published_from, source=rec.source)
    assert _lines(art.text) == KEPT
    assert art.title == "Port strike ends"


def test_html_pages_are_cleaned_the_same_way() -> None:
    paras = "".join(f"<p>{line}</p>" for line in BODY)
    html = ("<html><head><title>Port strike ends<script>window.dataLayer = [];</script>"
            "</title></head><body><article><h1>Port strike ends</h1>"
            f"{paras}</article></body></html>")
    art = build_article(html, is_html=True, source="page.html")
    lines = _lines(art.text)
    for line in BODY[1:7]:
        assert line not in lines
    assert BODY[0] in lines and BODY[7] in lines
    assert "script" not in (art.title or "") and "dataLayer" not in (art.title or "")


@pytest.mark.parametrize(("raw", "clean"), [
    ("Truce holds <b>live</b>", "Truce holds live"),
    ("var _gaq = _gaq || []; Truce holds", "Truce holds"),
    ("Truce holds gtag('config', 'UA-1');", "Truce holds"),
    ("Talks resume; ministers meet", "Talks resume; ministers meet"),
    ("Tariffs = pain? Exporters count the cost", "Tariffs = pain? Exporters count the cost"),
    ("<script>alert(1)</script>", None),
])
def test_clean_title(raw: str, clean: str | None) -> None:
    assert clean_title(raw) == clean
