"""'X has experienced attacks by Y': X undergoes the event noun it experiences, Y does it."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Mali has experienced repeated attacks by jihadists.", "attacks", "MLI"),
    ("Burkina Faso experienced a wave of attacks by militants last year.", "attacks", "BFA"),
])
def test_who_experiences_an_attack_undergoes_it(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "target") == {target}
    assert not any(p.text.startswith(("Mali", "Burkina")) for p in ev.source)


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Pakistan has been rocked by a wave of bombings claimed by the Pakistani Taliban.",
     "bombings", "PAK"),
    ("A wave of bombings claimed by the Islamic State killed 40 people in Kabul.", "bombings",
     "IMG"),
])
def test_a_series_claimed_by_a_group_is_its_doing(pipeline, text, trigger, source):
    """'a wave of bombings claimed by X': the participle on the series noun names the doer,
    and the killing the series does is X's too."""
    events = _events(pipeline, text)
    ev = _event(events, trigger)
    assert _sides(ev, "source") == {source}
    assert all(source in _sides(e, "source") for e in events if e.type == "ASSAULT")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Taiwan fears an invasion by China.", "invasion", "CHN", "TWN"),
    ("Poland fears an attack by Russia.", "attack", "RUS", "POL"),
    ("Estonia fears a cyberattack from Russia.", "cyberattack", "RUS", "EST"),
])
def test_who_fears_an_attack_would_undergo_it(pipeline, text, trigger, source, target):
    """'X fears an invasion by Y': as with 'faced' and 'experienced', X undergoes the act."""
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "source") == {source}
    assert _sides(ev, "target") == {target}


def test_a_feared_act_is_not_told_as_done(pipeline):
    """'X fears a cyberattack from Y' is a hypothetical COERCE (cyber), not an asserted act."""
    ev = _event(_events(pipeline, "Latvia fears a cyberattack from Russia."), "cyberattack")
    assert (ev.type, ev.mode, ev.modality) == ("COERCE", "COERCE/cyber", "hypothetical")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Estonia dreads a cyberattack from Russia.", "cyberattack", "RUS", "EST"),
    ("Finland is bracing for an attack by Russia.", "attack", "RUS", "FIN"),
    ("Ukraine braced for a new Russian offensive.", "offensive", "RUS", "UKR"),
])
def test_a_dreaded_or_awaited_act_is_hypothetical(pipeline, text, trigger, source, target):
    """'X dreads / is bracing for an attack by Y': like a feared act, not told as done."""
    ev = _event(_events(pipeline, text), trigger)
    assert ev.modality == "hypothetical", text
    assert _sides(ev, "source") == {source}
    assert _sides(ev, "target") == {target}


def test_an_attack_repelled_after_bracing_stays_asserted(pipeline):
    ev = _event(_events(pipeline, "The Norland army braced itself and repelled the attack."),
                "attack")
    assert ev.modality == "asserted"


def test_a_feared_act_with_its_own_target_keeps_it(pipeline):
    ev = _event(_events(pipeline, "South Korea fears a strike on Seoul by North Korea."), "strike")
    assert [p.text for p in ev.target] == ["Seoul"]
