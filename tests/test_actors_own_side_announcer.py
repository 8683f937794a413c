"""'The Kremlin announced that Russian forces had captured the village': the attacker's own
side announcing an act does not place its victim; the victim's side still does."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("The Kremlin announced that Russian forces had captured the village.", "captured", "RUS"),
    ("Washington said American forces had killed a senior militant commander.", "killed", "USA"),
    ("The Pentagon said U.S. forces had captured two militants.", "captured", "USA"),
])
def test_the_doers_side_does_not_place_the_victim(pipeline, text, trigger, doer):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {doer}
    assert doer not in side_countries(ev, "target")


def test_the_article_still_places_the_victim(pipeline):
    ev = event_of(pipeline, "Ukraine's army said fighting raged near Pokrovsk. The Kremlin announced "
                          "that Russian forces had captured the village.", "captured")
    assert side_countries(ev, "target") == {"UKR"}


@pytest.mark.parametrize(("text", "trigger", "victim"), [
    ("Ukraine said Russian forces shelled the village overnight.", "shelled", "UKR"),
    ("KANO, Nigeria — Nigerian troops killed 20 militants in Borno state, the army said.",
     "killed", "NGA"),
])
def test_the_victims_side_or_place_still_places_it(pipeline, text, trigger, victim):
    assert side_countries(event_of(pipeline, text, trigger), "target") == {victim}
