"""Shared corpus for the views tests: the sample articles plus a hostile one, ingested once."""

from __future__ import annotations

import json
import tempfile
from functools import lru_cache
from pathlib import Path

from eventwire.corpus import ingest
from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "eventwire" / "data" / "samples"
HOSTILE_ID = "hostile-markup"
HOSTILE = {
    "id": HOSTILE_ID,
    "title": "<script>alert('title')</script> Talks & <b>tension</b>",
    "published": "2025-05-20",
    "text": ("US President Donald Trump said on Monday that he spoke with Russian President "
             "Vladimir Putin by phone. <script>alert(1)</script> The Kremlin said the call "
             "was productive. <img src=x onerror=alert(2)> Officials in Kyiv rejected the plan."),
}


@lru_cache(maxsize=1)
def corpus_db() -> str:
    """A SQLite file holding the real ingest of the samples and the hostile article."""
    folder = Path(tempfile.mkdtemp(prefix="eventwire-views-"))
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = str(folder / "corpus.db")
    store = Store(db)
    report = ingest([str(SAMPLES), str(hostile)], store)
    assert not report.failed, report.failed
    store.close()
    return db
