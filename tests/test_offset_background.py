"""An act told as happening a long interval before the news ('two years after talks
collapsed') is background whether the parser hangs the interval on the clause's verb or on its
'after'; a short interval ('two days after') leaves it asserted. Through the real pipeline on
hand-built texts."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    "years_after": "Redland attacked Varo on Monday, two years after talks between the two "
                   "sides collapsed.",
    "days_after": "Redland attacked Varo on Monday, two days after talks between the two "
                  "sides collapsed.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,expected", [("years_after", "background"),
                                          ("days_after", "asserted")])
def test_talks_placed_long_before_the_news_are_background(extracted, key, expected):
    assert modality(extracted[key], "talks") == expected


def test_the_news_act_itself_stays_asserted(extracted):
    assert modality(extracted["years_after"], "attacked") == "asserted"
