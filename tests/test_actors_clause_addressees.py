"""Whom a call or a threat addresses inside its clause: 'called for X to end the war',
'threatened that X would face consequences'."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The United States called for Russia to end the war.", "called", "RUS"),
    ("Rights groups pressed for the Kenyan government to release the activists.", "pressed",
     "KEN"),
])
def test_the_subject_of_a_for_to_clause_is_addressed(pipeline, text, trigger, target):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "target") == {target}


def test_a_call_for_a_thing_names_no_addressee(pipeline):
    ev = event_of(pipeline, "The Peruvian president called for calm after the riots.",
                  "called")
    assert not ev.target


def test_a_named_subject_of_a_threat_clause_is_threatened(pipeline):
    ev = event_of(pipeline, "Israel threatened that Hezbollah would face severe consequences.",
                  "threatened")
    assert side_countries(ev, "target") == {"LBN"}


def test_the_threatener_itself_in_its_clause_is_no_target(pipeline):
    ev = event_of(pipeline, "Israel threatened that it would respond with force.",
                  "threatened")
    assert "ISR" not in side_countries(ev, "target")


@pytest.mark.parametrize(("text", "target"), [
    ("Turkey warned that its jets could strike the Syrian army.", "SYR"),
    ("Israel warned that it would attack Hezbollah.", "LBN"),
    ("The rebels warned that their fighters would attack the Malian army.", "MLI"),
])
def test_a_threat_of_the_warners_own_act_is_against_its_object(pipeline, text, target):
    ev = event_of(pipeline, text, "warned")
    assert target in side_countries(ev, "target")
