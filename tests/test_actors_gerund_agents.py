"""Doers named in a by-phrase the parser hangs away from the attack word: on an -ing event
word read as a gerund ('after shelling by X') and on a verb of dying before the attack noun
('died in airstrikes by X'); the dead are then not placed by the attacker's country."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "doer"), [
    ("Residents fled after shelling by Sudanese troops.", "SDN"),
    ("Ukraine reported shelling by Russian forces overnight.", "RUS"),
    ("The hospital was damaged by shelling by Russian troops.", "RUS"),
])
def test_a_gerund_event_word_takes_its_by_phrase_as_doer(pipeline, text, doer):
    ev = event_of(pipeline, text, "shelling")
    assert side_countries(ev, "source") == {doer}


def test_a_gerund_with_its_own_object_keeps_the_subject(pipeline):
    ev = event_of(pipeline, "Russia responded by shelling the city of Kharkiv.", "shelling")
    assert side_countries(ev, "source") == {"RUS"}


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Two children died in airstrikes by the Israeli military.", "airstrikes", "ISR"),
    ("Ten soldiers perished in shelling by Russian troops.", "shelling", "RUS"),
])
def test_a_by_phrase_hung_on_a_verb_of_dying_is_the_attack_doer(pipeline, text, trigger,
                                                                 doer):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {doer}
    assert doer not in side_countries(ev, "target")


def test_the_dead_are_not_the_attacker_s_own(pipeline):
    ev = event_of(pipeline, "Two civilians died in a Russian drone strike.", "strike")
    assert side_countries(ev, "source") == {"RUS"}
    assert "RUS" not in side_countries(ev, "target")


@pytest.mark.parametrize("text", [
    "Residents fled after shelling by night.",
    "Residents fled after shelling by land and sea.",
])
def test_a_by_phrase_of_time_or_manner_names_no_doer(pipeline, text):
    ev = event_of(pipeline, text, "shelling")
    assert not [p for p in ev.source if p.text in ("night", "land")]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Five officers died in an attack on a police station in Kano.", "attack"),
    ("Three soldiers died in an ambush on their convoy.", "ambush"),
])
def test_the_dead_never_do_the_attack_they_died_in(pipeline, text, trigger):
    ev = event_of(pipeline, text, trigger)
    assert not any(p.text.endswith(("officers", "soldiers")) for p in ev.source)
    assert any(p.text.endswith(("officers", "soldiers")) for p in ev.target)
