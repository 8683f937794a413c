"""Troops left at posts are forces kept deployed (MOBILIZE), not a state the troops end in."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _types(pipeline, text: str) -> dict[str, str]:
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2031-03-04")]))
    return {ev.type: ev.trigger.text for ev in ex.events}


@pytest.mark.parametrize("text", [
    "Redland intends to temporarily leave several hundred of its soldiers at a handful of "
    "hilltop positions in Blueland, its defence minister told reporters.",
    "Redland will leave 2,500 soldiers in Blueland after the pullout, the ministry said.",
    "Redland plans to leave a residual force of 800 troops along the frontier with Blueland.",
    "The Redland army left two units along the ridge when the rest of its forces withdrew.",
])
def test_troops_left_at_a_place_are_kept_deployed(pipeline, text: str) -> None:
    types = _types(pipeline, text)
    assert "MOBILIZE" in types and types["MOBILIZE"].startswith(("leave", "left"))
    assert "THREATEN" not in types  # a force staying where it is announces no new act


@pytest.mark.parametrize("text", [
    "The shelling left three Redland soldiers dead near the border, officials said.",
    "The blast left two Redland soldiers injured at the checkpoint on Sunday.",
    "The Blueland troops left their positions on the ridge on Friday.",
    "The envoy left Blueland on Friday without meeting the Redland premier.",
])
def test_soldiers_left_dead_or_a_place_left_is_no_deployment(pipeline, text: str) -> None:
    assert "MOBILIZE" not in _types(pipeline, text)
