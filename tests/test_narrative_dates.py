"""A simple past sentence whose main clause takes up the sentence before with a pronoun
("It ended quickly when ...") stays at the past time that sentence named."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

PUBLISHED = "2025-06-05"
TEXTS = {
    "narrative": "The two leaders met in Maralo in March 2023. It ended quickly when Redland "
                 "rejected the demands of Blueland.",
    "recent": "The two leaders met in Maralo on Tuesday. It ended quickly when Redland "
              "rejected the demands of Blueland.",
    "new_paragraph": "The two leaders met in Maralo in March 2023.\n\nIt ended quickly when "
                     "Redland rejected the demands of Blueland.",
    "named_subject": "The two leaders met in Maralo in March 2023. Redland rejected the "
                     "demands of Blueland.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)


def test_a_pronoun_narrative_keeps_the_past_time_just_named(
        results: dict[str, Extraction]) -> None:
    date = by_trigger(results["narrative"], "rejected").date
    assert date["value"] == "2023-03" and date["via"] == "previous sentence"


@pytest.mark.parametrize("key", ["recent", "new_paragraph", "named_subject"])
def test_no_narrative_date_for_a_recent_date_a_new_paragraph_or_a_named_subject(
        results: dict[str, Extraction], key: str) -> None:
    assert by_trigger(results[key], "rejected").date.get("via") != "previous sentence"
