"""A release told by its possessor ('his release', 'the hostages' release') and the detention
its from-phrase ends ('his release from being jailed'): two acts, the release by the
detainer."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published="2025-05-07")]))
    return [(ev.type, ev.trigger.text, ev.modality, [p.text for p in ev.source]) for ev in ex.events]


@pytest.mark.parametrize("text", [
    "The engineer flew home to Oslo two weeks after his release from a Norland prison.",
    "Their release came after months of talks between Norland and Sudland.",
    "The reporter spoke to her family on Monday, a day after her release.",
])
def test_possessed_release_is_a_release(pipeline, text):
    events = _events(pipeline, text)
    assert any(t == "RETREAT" and "release" in trig for t, trig, _, _ in events), events


@pytest.mark.parametrize("text", [
    "The ministry delayed the report's release until Friday.",
    "Its release was delayed by a week because of a printing error.",
])
def test_possessed_release_of_a_thing_is_no_event(pipeline, text):
    events = _events(pipeline, text)
    assert not any(t == "RETREAT" for t, _, _, _ in events), events


@pytest.mark.parametrize(("text", "releaser"), [
    ("The fisherman spoke to his family on Sunday after his release from being jailed by "
     "Norland police.", "Norland"),
    ("The engineer returned home last week after his release from being imprisoned by "
     "Sudland for a year.", "Sudland"),
])
def test_detention_a_release_ends_is_its_own_act(pipeline, text, releaser):
    events = _events(pipeline, text)
    release = [src for t, _, _, src in events if t == "RETREAT"]
    detention = [src for t, _, _, src in events if t == "COERCE"]
    assert release and detention, events
    assert any(releaser in " ".join(src) for src in release), events
