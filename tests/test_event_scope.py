"""A speculative governor ('lead', 'call', 'seek') only makes the events in its complement
hypothetical; 'call' naming something ('what he called a meeting') is no call."""

from __future__ import annotations

import pytest

from eventwire.model import Article, EventMention, Extraction
from eventwire.pipeline import Pipeline

TEXTS = {
    "relative_led": ("Anna Kowalski, who led the union's long negotiations with the government, "
                     "says wages should rise."),
    "led_in_calling": "Two governors led the march in calling on the president to resign.",
    "lead_to": "Direct talks could lead to a ceasefire between Armenia and Azerbaijan.",
    "named_meeting": "Sweden hosted the Finnish president for what officials called a warm meeting.",
    "called_them": "China held drills near the island and called them a warning to separatists.",
    "phone_call": "Biden called Zelensky on Friday to discuss aid.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    arts = [Article(id=k, text=v, published="2025-06-05", published_from="input")
            for k, v in TEXTS.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def _of(ex: Extraction, etype: str) -> list[EventMention]:
    return [e for e in ex.events if e.type == etype]


def test_relative_clause_verb_is_no_speculative_governor(results: dict[str, Extraction]) -> None:
    found = _of(results["relative_led"], "CONSULT")
    assert found and all(e.modality == "asserted" for e in found)


def test_led_is_speculative_only_through_to(results: dict[str, Extraction]) -> None:
    found = _of(results["led_in_calling"], "REQUEST")
    assert found and found[0].modality == "asserted"
    assert all(e.modality == "hypothetical" for e in _of(results["lead_to"], "RETREAT"))
    assert _of(results["lead_to"], "RETREAT")


def test_naming_call_leaves_the_event_real(results: dict[str, Extraction]) -> None:
    found = _of(results["named_meeting"], "CONSULT")
    assert found and all(e.modality == "asserted" for e in found)


def test_naming_call_is_no_phone_call(results: dict[str, Extraction]) -> None:
    assert not _of(results["called_them"], "CONSULT")


def test_calling_someone_on_a_day_is_a_call_not_a_request(results: dict[str, Extraction]) -> None:
    ex = results["phone_call"]
    assert _of(ex, "CONSULT") and not _of(ex, "REQUEST")
