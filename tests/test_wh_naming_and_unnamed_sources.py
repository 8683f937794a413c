"""Two verbs of the reporting that are no event: 'call' naming a thing whose relative or
wh-word object stands before the verb ('the reef, which Beijing calls X'), no phone call; and
a source that 'asked not to be named / identified / quoted', no request of a party."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "which": "The reef, which Beijing calls Meiji Jiao, lies west of the coast.",
    "that": "The island that Tokyo calls Takeshima lies between the two countries.",
    "phone": "Macron called Zelensky on Friday.",
    "named": "One envoy, who had asked not to be named, told us the truce looked fragile.",
    "identified": "An officer who asked not to be identified said the convoy left at dawn.",
    "asked": "Norland asked Sudland not to deploy troops near the border.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _types(results: dict[str, Extraction], key: str, lemma: str) -> list[str]:
    return [e.type for e in results[key].events if e.trigger.text.lower().startswith(lemma)]


@pytest.mark.parametrize("key", ["which", "that"])
def test_a_name_given_to_a_relative_is_no_call(results: dict[str, Extraction], key: str) -> None:
    assert not any(e.type == "CONSULT" for e in results[key].events)


def test_a_call_to_a_person_is_still_a_call(results: dict[str, Extraction]) -> None:
    assert _types(results, "phone", "called") == ["CONSULT"]


@pytest.mark.parametrize("key", ["named", "identified"])
def test_a_source_unnamed_at_its_request_is_no_request(results: dict[str, Extraction],
                                                       key: str) -> None:
    assert not any(e.type == "REQUEST" for e in results[key].events)


def test_a_party_asked_not_to_act_is_still_asked(results: dict[str, Extraction]) -> None:
    assert "REQUEST" in _types(results, "asked", "asked")
