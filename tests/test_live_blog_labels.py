"""A live blog's time label ('16:30 GMT:') is never a participant."""

from __future__ import annotations

import pytest

from eventwire.model import Article


@pytest.fixture(scope="module")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.mark.parametrize("entry", [
    "11:05 GMT: The IDF says it bombed 14 depots in the north.",
    "21:10 GMT: The PLA says it fired 12 missiles near the island.",
])
def test_a_live_blog_time_label_is_never_the_speaker(pipeline, entry):
    text = "Live: the latest.\n\n" + entry
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published="2025-05-07")]))
    acts = [ev for ev in ex.events if ev.trigger.text.split()[0] in ("bombed", "fired")]
    assert acts, [ev.trigger.text for ev in ex.events]
    sources = [p.text for p in acts[0].source]
    assert sources and not any("GMT" in s or ":" in s for s in sources)
    assert {p.actor.country for p in acts[0].source if p.actor} <= {"ISR", "CHN"}
