"""'The Kremlin announced that Russian forces had captured the village': the attacker's own
side announcing an act does not place its victim; the victim's side still does."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _event(pipeline, text, trigger):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    return next(e for e in ex.events if e.trigger.text.startswith(trigger))


def _countries(ev, side):
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("The Kremlin announced that Russian forces had captured the village.", "captured", "RUS"),
    ("Washington said American forces had killed a senior militant commander.", "killed", "USA"),
    ("The Pentagon said U.S. forces had captured two militants.", "captured", "USA"),
])
def test_the_doers_side_does_not_place_the_victim(pipeline, text, trigger, doer):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == {doer}
    assert doer not in _countries(ev, "target")


def test_the_article_still_places_the_victim(pipeline):
    ev = _event(pipeline, "Ukraine's army said fighting raged near Pokrovsk. The Kremlin announced "
                          "that Russian forces had captured the village.", "captured")
    assert _countries(ev, "target") == {"UKR"}


@pytest.mark.parametrize(("text", "trigger", "victim"), [
    ("Ukraine said Russian forces shelled the village overnight.", "shelled", "UKR"),
    ("KANO, Nigeria — Nigerian troops killed 20 militants in Borno state, the army said.",
     "killed", "NGA"),
])
def test_the_victims_side_or_place_still_places_it(pipeline, text, trigger, victim):
    assert _countries(_event(pipeline, text, trigger), "target") == {victim}
