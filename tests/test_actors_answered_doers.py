"""'Israel threatened retaliation for any attack by X': the named doer of the act a punitive
act answers is its target; 'Serb forces pulled out of X': the place a withdrawal leaves by
'out of' is its target."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _side(pipeline, text, etype, side):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    events = [e for e in ex.events if e.type == etype]
    assert events, [(e.type, e.trigger.text) for e in ex.events]
    return {p.actor.country if p.actor else None for e in events for p in getattr(e, side)}


@pytest.mark.parametrize(("text", "code"), [
    ("The president threatened retaliation for any attack by Iran.", "IRN"),
    ("Israel warned it would respond to any aggression by Hezbollah.", "LBN"),
    ("Israel threatened to retaliate against any attack by Hezbollah.", "LBN"),
    ("The United States threatened sanctions over the seizure of tankers by Iran.", "IRN"),
    ("Israel threatened to strike back in response to the shelling by Hezbollah.", "LBN"),
    ("The government threatened sanctions in retaliation for the detention of diplomats by "
     "Russia.", "RUS"),
    ("The general warned of a swift response to any incursion by Venezuela.", "VEN"),
    ("Tokyo threatened countermeasures following the seizure of the fishing boat by China.",
     "CHN"),
])
def test_the_doer_of_the_answered_act_is_the_target(pipeline, text, code):
    assert code in _side(pipeline, text, "THREATEN", "target")


@pytest.mark.parametrize(("text", "code"), [
    ("Moscow vowed to punish any attacks by Chechen fighters.", "RUS"),
    ("Turkey threatened to punish any incursion by Syrian troops.", "SYR"),
    ("Israel vowed to avenge the killing of its soldiers by Hezbollah.", "LBN"),
])
def test_the_doer_of_a_punished_act_is_the_target(pipeline, text, code):
    # the act answered is the object of a verb of punishing, not of a preposition
    assert code in _side(pipeline, text, "THREATEN", "target")


def test_a_punished_act_with_no_named_doer_adds_no_target(pipeline):
    text = "Egypt vowed to punish any attack by its enemies."
    assert _side(pipeline, text, "THREATEN", "target") <= {None}


def test_the_threatening_side_is_never_its_own_target(pipeline):
    text = "Israel threatened to retaliate for any attack by Israel's enemies."
    assert "ISR" not in _side(pipeline, text, "THREATEN", "target")


def test_a_named_target_is_kept(pipeline):
    text = "Israel threatened Lebanon with retaliation for any attack by Hezbollah."
    assert _side(pipeline, text, "THREATEN", "target") == {"LBN"}


@pytest.mark.parametrize(("text", "code"), [
    ("Serb forces pulled out of Kosovo on Sunday.", "XKX"),
    ("Russia pulled its troops out of Georgia.", "GEO"),
])
def test_a_withdrawal_out_of_a_place_targets_it(pipeline, text, code):
    assert code in _side(pipeline, text, "RETREAT", "target")


@pytest.mark.parametrize(("text", "code"), [
    ("Israel issued a threat of retaliation for any attack by Hezbollah.", "LBN"),
    ("The threat of sanctions over the seizure of tankers by Iran rattled markets.", "IRN"),
])
def test_a_threat_noun_targets_the_doer_it_answers(pipeline, text, code):
    assert code in _side(pipeline, text, "THREATEN", "target")
