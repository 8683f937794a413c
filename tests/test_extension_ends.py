"""The date an extension runs to ("extended the truce until March 3") is its new end, a
deadline, not the day of the extension: the extension is dated by its own time expression
or by tense, and the new end is kept as the event's ``deadline``."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import EventMention, Extraction

PUBLISHED = "2025-02-25"  # a Tuesday
TEXTS = {
    "until": "Israel extended the ceasefire until March 3.",
    "to_clause": "The truce, extended to Friday, held on Wednesday.",
    "through": "The two sides agreed to prolong the deal through June.",
    "in_effect": "The ceasefire will remain in effect until the end of the month.",
    "passive": "The truce was extended until 18 February.",
    "noun": "The United States announced an extension of the truce until February 18.",
    "till": "Israel and Lebanon renewed the ceasefire till March 10.",
    "own_date": "On Sunday Israel extended the ceasefire to 18 February.",
    "not_extension": "Israeli troops stayed in the village until 18 February.",
}
ENDS = {"until": "2025-03-03", "to_clause": "2025-02-21", "through": "2025-06",
        "in_effect": "2025-02", "passive": "2025-02-18", "noun": "2025-02-18",
        "till": "2025-03-10", "own_date": "2025-02-18"}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)


def _extended(ex: Extraction) -> list[EventMention]:
    return [e for e in ex.events if (e.attributes.get("deadline") or {}).get("of") == "extension"]


@pytest.mark.parametrize("key", sorted(ENDS))
def test_the_new_end_is_a_deadline_not_the_date(results: dict[str, Extraction],
                                                key: str) -> None:
    found = _extended(results[key])
    assert found, (TEXTS[key], [(e.trigger.text, e.attributes) for e in results[key].events])
    for ev in found:
        assert ev.attributes["deadline"]["value"] == ENDS[key]
        assert ev.date.get("value") != ENDS[key], (TEXTS[key], ev.date)
        assert ENDS[key] not in (ev.date.get("range") or [])[:1] or \
            ev.date.get("range_from", "").startswith("tense"), (TEXTS[key], ev.date)


def test_the_extension_keeps_its_own_date(results: dict[str, Extraction]) -> None:
    ev = _extended(results["own_date"])[0]
    assert ev.date.get("value") == "2025-02-23" and ev.date.get("range") == ["2025-02-23"] * 2


def test_a_past_extension_is_dated_by_tense(results: dict[str, Extraction]) -> None:
    ev = _extended(results["passive"])[0]
    assert ev.date.get("from") == "article" and ev.date["range_from"].startswith("tense")


def test_staying_somewhere_until_a_date_is_no_extension(results: dict[str, Extraction]) -> None:
    assert not _extended(results["not_extension"])
