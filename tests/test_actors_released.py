"""An agentless release: who is freed is its target; with no releaser named, their own state."""

from __future__ import annotations

import pytest
from pipeline_runs import countries as _countries

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _event(pipeline, text: str, trigger: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published="2025-05-07")]))
    found = [ev for ev in ex.events if trigger in ev.trigger.text]
    assert found, [ev.trigger.text for ev in ex.events]
    return found[0]


@pytest.mark.parametrize(("text", "trigger", "freed"), [
    ("Two Chilean soldiers were released on Monday after weeks in custody.", "released", "CHL"),
    ("Three Peruvian prisoners were pardoned on Friday.", "pardoned", "PER"),
    ("Dozens of Bolivian activists were freed late on Sunday.", "freed", "BOL"),
])
def test_agentless_release_frees_its_subject_by_its_own_state(pipeline, text, trigger, freed):
    ev = _event(pipeline, text, trigger)
    assert freed in _countries(ev, "target")
    assert ev.source and all(p.actor.sector == "GOV" for p in ev.source)
    assert ev.attributes.get("source_from") == "released"


def test_released_hostages_are_held_by_another_side(pipeline):
    ev = _event(pipeline, "Four Argentine hostages were released on Monday.", "released")
    assert "ARG" in _countries(ev, "target")
    assert ev.attributes.get("source_from") != "released"


def test_withdrawn_troops_still_withdraw(pipeline):
    ev = _event(pipeline, "Chilean troops were withdrawn from the border on Monday.",
                "withdrawn")
    assert "CHL" in _countries(ev, "source")
    assert not ev.target


def test_named_releaser_keeps_its_place(pipeline):
    ev = _event(pipeline, "Eighteen Peruvian fishermen were freed by Bolivia on Monday.",
                "freed")
    assert _countries(ev, "source") == {"BOL"}
    assert "PER" in _countries(ev, "target")
