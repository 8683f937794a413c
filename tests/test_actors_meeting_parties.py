"""'Agreement was reached in talks with X and Y': an agentless passive of an event between
parties was made by the parties of the meeting its setting phrase names; 'in talks with X, Y
agreed to …': X is Y's partner, the target."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _sides(pipeline, text, etype):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2001-05-07")]))
    events = [e for e in ex.events if e.type == etype]
    assert events, [(e.type, e.trigger.text) for e in ex.events]
    ev = events[0]
    return ({p.actor.country for p in ev.source if p.actor},
            {p.actor.country for p in ev.target if p.actor})


@pytest.mark.parametrize(("text", "parties"), [
    ("Agreement was reached in talks with Syria and Lebanon.", {"SYR", "LBN"}),
    ("An accord was reached at talks attended by Ghana and Togo.", {"GHA", "TGO"}),
    ("A truce was signed after talks between Uganda and Rwanda.", {"UGA", "RWA"}),
])
def test_the_parties_of_the_meeting_make_the_passive_agreement(pipeline, text, parties):
    src, tgt = _sides(pipeline, text, "AGREE")
    assert src and src | tgt == parties


def test_no_meeting_named_no_parties(pipeline):
    src, tgt = _sides(pipeline, "A deal was signed in Cairo on Monday.", "AGREE")
    assert not src and not tgt


def test_the_partner_in_talks_is_the_target_of_what_the_subject_agrees(pipeline):
    src, tgt = _sides(pipeline, "In talks with Britain and France, Libya agreed to hand over "
                                "the suspects.", "AGREE")
    assert (src, tgt) == ({"LBY"}, {"GBR", "FRA"})


def test_a_withdrawal_after_talks_is_not_aimed_at_the_partner(pipeline):
    src, tgt = _sides(pipeline, "Israel withdrew its troops after talks with Egypt.", "RETREAT")
    assert "EGY" not in tgt
