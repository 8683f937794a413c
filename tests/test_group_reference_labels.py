"""'The group' refers to the nearest organisation named before it, whatever label the tagger
gave the name of the linked group (an armed group tagged as a place)."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

TEXTS = {
    "tagged_place": "GOMA, Congo (Lakeside Press Service) — The M23 said on Monday that the "
                    "group would pull its forces out of the town.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def test_a_group_tagged_as_a_place_is_the_referent(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["tagged_place"], "pull")
    assert "org:m23" in {p.actor.id for p in ev.source if p.actor is not None}
