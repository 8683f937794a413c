"""'… with Albania's help': whoever helps the doer is no target of the act."""

from __future__ import annotations

import pytest
from pipeline_runs import countries, event_in

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "etype", "trigger", "target", "helper"), [
    ("The alliance will tighten its sea blockade of Yemen with Egypt's help.", "SANCTION",
     "tighten", "YEM", "EGY"),
    ("Russia will tighten its blockade of Ukraine with the help of Belarus.", "SANCTION",
     "tighten", "UKR", "BLR"),
    ("Government troops attacked the rebel base in Chad with Russia's support.", "ASSAULT",
     "attacked", "TCD", "RUS"),
])
def test_a_helper_is_no_target(pipeline, text, etype, trigger, target, helper):
    ev = event_in(pipeline, text, etype, trigger)
    assert target in countries(ev, "target") and helper not in countries(ev, "target")


def test_a_partner_after_with_is_still_one(pipeline):
    ev = event_in(pipeline, "Israel signed a deal with Egypt on Monday.", "AGREE", "signed")
    assert countries(ev, "target") == {"EGY"}


@pytest.mark.parametrize(("text", "helper"), [
    ("With the support of France, the government launched an offensive.", "FRA"),
    ("The army launched an offensive with the help of Russia.", "RUS"),
])
def test_a_helper_of_the_verb_holding_an_act_noun_is_no_target(pipeline, text, helper):
    ev = event_in(pipeline, text, "ASSAULT", "offensive")
    assert helper not in countries(ev, "target")
