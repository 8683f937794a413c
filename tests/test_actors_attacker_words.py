"""The words of the attacker an attack naming no linked attacker gets from its context (a
domestic attack, a launch site): the sentence's own doer phrase when it has one, the launch
site's name, else the country's name; never the trigger."""

from __future__ import annotations

import pytest
from pipeline_runs import article_events, event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "doer", "code"), [
    ("PORT-AU-PRINCE, Haiti (AP) — Gang members attacked a police station in the capital on "
     "Monday, killing three officers.", "attacked", "Gang members", "HTI"),
    ("TEGUCIGALPA, Honduras — Gang members attacked a bus in the capital on Monday, killing "
     "three passengers.", "attacked", "Gang members", "HND"),
    ("PORT-AU-PRINCE, Haiti — Gang members stormed and attacked a police station in the "
     "capital on Monday, wounding four officers.", "attacked", "Gang members", "HTI"),
])
def test_a_domestic_attacker_keeps_its_own_words(pipeline, text, trigger, doer, code):
    ev = event_of(pipeline, text, trigger)
    assert ev.attributes.get("source_from") == "domestic attack"
    assert [p.text for p in ev.source] == [doer]
    p = ev.source[0]
    assert text[p.start:p.end] == doer and not p.inherited
    assert side_countries(ev, "source") == {code}


def test_an_attack_without_a_doer_names_the_country_from_context(pipeline):
    text = "BAMAKO, Mali — Twelve soldiers were killed in an attack in the Mopti region on Sunday."
    ev = event_of(pipeline, text, "killed")
    assert ev.attributes.get("source_from") == "domestic attack"
    assert [p.text for p in ev.source] == ["Mali"]
    assert side_countries(ev, "source") == {"MLI"}


def test_a_launch_site_is_named_by_its_own_span(pipeline):
    text = "JERUSALEM — Rockets fired from Lebanon struck a kibbutz, wounding two people."
    ev = event_of(pipeline, text, "struck")
    assert ev.attributes.get("source_from") == "launch site"
    p = ev.source[0]
    assert (p.text, text[p.start:p.end]) == ("Lebanon", "Lebanon")


@pytest.mark.parametrize("text", [
    "PORT-AU-PRINCE, Haiti (AP) — Gang members attacked a police station in the capital on "
    "Monday, killing three officers.",
    "BAMAKO, Mali — Twelve soldiers were killed in an attack in the Mopti region on Sunday.",
    "JERUSALEM — Rockets fired from Lebanon struck a kibbutz, wounding two people.",
])
def test_no_attacker_is_the_trigger_word(pipeline, text):
    for ev in article_events(pipeline, text):
        if ev.attributes.get("source_from") in ("domestic attack", "launch site"):
            assert all(p.text != ev.trigger.text for p in ev.source)
