"""A search for alternatives set on a negated condition is a warning of the warner's own act
(THREATEN): 'X will look for other partners if Y does not stop', 'will seek other
suppliers unless the ban ends', 'will have to turn to other partners if ...'. A search with no
condition, on a positive condition, negated, or in a forecast is no threat."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "look": "\"Egypt will look for other partners if Ethiopia does not stop filling the dam,\" "
            "the Egyptian minister said.",
    "have_to": "\"Ankara would have to search for alternatives unless the fighters are "
               "delivered,\" the Turkish defence minister said.",
    "seek": "\"Egypt will seek alternatives unless Ethiopia stops filling the dam,\" the "
            "Egyptian minister said.",
    "turn": "Poland will turn to other suppliers unless the ban ends, the Polish minister said.",
    "plain": "Kenya will look for alternatives to coal.",
    "partner": "The Kenyan company will look for a partner next year.",
    "positive": "\"We will look for alternatives if the weather improves,\" the Kenyan minister "
                "said.",
    "negated": "\"Egypt will not look for other partners if Ethiopia stops filling the dam,\" "
               "the Egyptian minister said.",
    "forecast": "Analysts expect Egypt will look for other partners if Ethiopia does not stop "
                "filling the dam.",
    "present": "India is looking for alternative suppliers of oil.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,source", [("look", "Egypt"), ("have_to", "Ankara"),
                                        ("seek", "Egypt"), ("turn", "Poland")])
def test_a_search_set_on_a_negated_condition_is_a_threat(results: dict[str, Extraction],
                                                         key: str, source: str) -> None:
    found = of_type(results[key], "THREATEN")
    assert found and found[0].modality == "asserted", TEXTS[key]
    assert any(source in (p.text or "") for p in found[0].source), found[0].source


@pytest.mark.parametrize("key", ["plain", "partner", "positive", "negated", "forecast",
                                 "present"])
def test_no_negated_condition_no_threat(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "THREATEN"), TEXTS[key]
    assert not [e for e in results[key].events if e.modality in ("asserted", "planned")], \
        [(e.type, e.modality) for e in results[key].events]
