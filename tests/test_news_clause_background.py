"""Background and the news: a main clause that dates its own act within the year before
publication reports it; an older date, or a clause that recounts beside the main one
('since', 'when', a relative clause, 'after'), stays background. Hand-built sentences through
the real pipeline (published 5 June 2025)."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

TEXTS = {
    # a main clause dated within the year: the article's report
    "root_month": "In January, Redland troops shelled the border town of Eastport.",
    "root_year_month": "Redland imposed sanctions on Blueland in November 2024.",
    "coordinated": "Redland expelled two Blueland diplomats in October 2024 and closed its "
                   "embassy.",
    "met": "Redland's president met the Blueland premier in Geneva in December 2024.",
    "dated_subject": "The January clashes killed 18 people in Eastport.",
    # older than a year, or a recounting clause: background
    "root_old": "Blueland fighters attacked the base in May 2023.",
    "root_years": "Redland invaded Blueland in 2022.",
    "since_clause": "The town has been quiet since Redland troops shelled it in January.",
    "when_clause": "Residents recall the day in December 2024 when Redland troops shelled the "
                   "town.",
    "old_subject": "The clashes of March 2023 killed 18 people in Eastport.",
    "relative": "The army reopened the road that Blueland rebels had blocked in January.",
}


@pytest.fixture(scope="module")
def extracted():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [
    ("root_month", "shelled"), ("root_year_month", "imposed"), ("coordinated", "expelled"),
    ("met", "met"), ("dated_subject", "killed")])
def test_a_main_clause_dated_within_the_year_is_news(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


@pytest.mark.parametrize("key,trigger", [
    ("root_old", "attacked"), ("root_years", "invaded"), ("since_clause", "shelled"),
    ("when_clause", "shelled"), ("old_subject", "killed")])
def test_an_older_date_or_a_recounting_clause_stays_background(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "background"


def test_a_relative_clause_dated_long_before_stays_background(extracted):
    ex = extracted["relative"]
    assert all(e.modality != "asserted" for e in ex.events
               if e.trigger.text.lower().startswith("blocked"))
