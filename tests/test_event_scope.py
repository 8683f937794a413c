"""A speculative governor ('lead', 'call', 'seek') only makes the events in its complement
hypothetical; 'call' naming something ('what he called a meeting') is no call."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

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
    return run_texts(TEXTS)


def test_relative_clause_verb_is_no_speculative_governor(results: dict[str, Extraction]) -> None:
    found = of_type(results["relative_led"], "CONSULT")
    assert found and all(e.modality == "asserted" for e in found)


def test_led_is_speculative_only_through_to(results: dict[str, Extraction]) -> None:
    found = of_type(results["led_in_calling"], "REQUEST")
    assert found and found[0].modality == "asserted"
    truce = [e for e in results["lead_to"].events if e.trigger.text == "ceasefire"]
    assert truce and all(e.modality == "hypothetical" for e in truce)
    assert [e.type for e in truce] == ["AGREE"]  # a ceasefire between two parties


def test_naming_call_leaves_the_event_real(results: dict[str, Extraction]) -> None:
    found = of_type(results["named_meeting"], "CONSULT")
    assert found and all(e.modality == "asserted" for e in found)


def test_naming_call_is_no_phone_call(results: dict[str, Extraction]) -> None:
    assert not of_type(results["called_them"], "CONSULT")


def test_calling_someone_on_a_day_is_a_call_not_a_request(results: dict[str, Extraction]) -> None:
    ex = results["phone_call"]
    assert of_type(ex, "CONSULT") and not of_type(ex, "REQUEST")
