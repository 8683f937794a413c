"""A threat, protest, charge or sanction a clause goes ahead despite was aimed at whoever goes
ahead: the subject of the verb the concessive phrase hangs on."""

from __future__ import annotations

import pytest
from pipeline_runs import countries as _countries

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _event(pipeline, text: str, etype: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published="2025-05-07")]))
    found = [ev for ev in ex.events if ev.type == etype]
    assert found, [(ev.type, ev.trigger.text) for ev in ex.events]
    return found[0]


@pytest.mark.parametrize(("text", "etype", "doer", "defier"), [
    ("Chile pressed ahead with the plan despite protests from Peru.", "PROTEST", "PER", "CHL"),
    ("Chile tested the missile despite criticism from Bolivia.", "ACCUSE", "BOL", "CHL"),
    ("The Chilean government approved the dam in spite of warnings from Argentina.",
     "THREATEN", "ARG", "CHL"),
])
def test_act_defied_targets_who_goes_ahead(pipeline, text, etype, doer, defier):
    ev = _event(pipeline, text, etype)
    assert _countries(ev, "source") == {doer}
    assert _countries(ev, "target") == {defier}


def test_act_amid_which_a_clause_happens_is_not_aimed_at_its_subject(pipeline):
    ev = _event(pipeline, "Chile held the vote amid protests from Peru.", "PROTEST")
    assert "CHL" not in _countries(ev, "target")


@pytest.mark.parametrize(("text", "etype", "doer", "defier"), [
    ("Chile pressed ahead with the plan in defiance of protests from Peru.", "PROTEST", "PER", "CHL"),
    ("Chile held the vote in defiance of demands from Peru.", "REQUEST", "PER", "CHL"),
    ("Bolivia went ahead with the election in defiance of criticism from Peru.",
     "ACCUSE", "PER", "BOL"),
    ("Chile held the vote, defying demands from Peru.", "REQUEST", "PER", "CHL"),
    ("Defying demands from Peru, Chile held the vote.", "REQUEST", "PER", "CHL"),
])
def test_act_a_clause_goes_ahead_in_defiance_of_targets_who_goes_ahead(
        pipeline, text, etype, doer, defier):
    ev = _event(pipeline, text, etype)
    assert _countries(ev, "source") == {doer}
    assert _countries(ev, "target") == {defier}


@pytest.mark.parametrize(("text", "attacker", "braced"), [
    ("Chile braced for more attacks by Peruvian rebels.", "PER", "CHL"),
    ("The Bolivian army braced for a Chilean offensive.", "CHL", "BOL"),
    ("Chile braced for an attack from Peru.", "PER", "CHL"),
    ("Residents of Chile were bracing for a Peruvian offensive.", "PER", "CHL"),
])
def test_who_braces_for_an_attack_is_its_target(pipeline, text, attacker, braced):
    ev = _event(pipeline, text, "ASSAULT")
    assert _countries(ev, "source") == {attacker}
    assert _countries(ev, "target") == {braced}


@pytest.mark.parametrize(("text", "etype", "doer", "defier"), [
    ("Chile ignored warnings from Peru and tested the missile.", "THREATEN", "PER", "CHL"),
    ("Chile flouted demands from Peru.", "REQUEST", "PER", "CHL"),
])
def test_act_a_subject_ignores_or_flouts_is_aimed_at_it(pipeline, text, etype, doer, defier):
    ev = _event(pipeline, text, etype)
    assert _countries(ev, "source") == {doer}
    assert _countries(ev, "target") == {defier}


def test_ignored_warning_naming_no_one_is_not_made_by_who_ignores(pipeline):
    ev = _event(pipeline, "Chile ignored the warnings.", "THREATEN")
    assert "CHL" not in _countries(ev, "source")
