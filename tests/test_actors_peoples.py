"""'Yoruba leaders', 'Chechen rebels': a people of one state is that state's, never its office."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_runs import countries, event_in

from eventwire.annotate.actors import default_registry
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "code"), [
    ("Yoruba leaders", "NGA"), ("Igbo elders", "NGA"), ("Hausa politicians", "NGA"),
    ("Zulu chiefs", "ZAF"), ("Chechen rebels", "RUS"), ("Uighur activists", "CHN"),
    ("Tibetans", "CHN"), ("Oromo protesters", "ETH"), ("Sinhalese monks", "LKA")])
def test_a_peoples_word_links_its_state(text, code):
    ref = default_registry().match(text, dt.date(2003, 1, 1))
    assert ref is not None and ref.country == code


def test_a_peoples_leaders_are_not_the_states_leader():
    # 'Nigerian leaders' may be the president; 'Yoruba leaders' never are
    ref = default_registry().match("Yoruba leaders", dt.date(2003, 1, 1))
    assert ref is not None and ref.kind != "person" and ref.role is None


@pytest.mark.parametrize("text", ["Kurdish leaders", "Pashtun elders", "Tamil politicians"])
def test_a_people_of_several_states_links_none(text):
    assert default_registry().match(text, dt.date(2003, 1, 1)) is None


@pytest.mark.parametrize(("text", "etype", "trigger", "code"), [
    ("Ibo traditional elders have demanded that the police release the detained activists.",
     "REQUEST", "demanded", "NGA"),
    ("Hausa politicians accused the governor of rigging the vote.", "ACCUSE", "accused", "NGA"),
    ("Chechen rebels attacked a police post on Monday.", "ASSAULT", "attacked", "RUS"),
    ("Uighur activists accused the authorities of torture.", "ACCUSE", "accused", "CHN"),
])
def test_a_peoples_group_is_the_source_in_its_state(pipeline, text, etype, trigger, code):
    ev = event_in(pipeline, text, etype, trigger, published="2003-05-07")
    assert code in countries(ev, "source")


def test_a_state_word_before_the_people_still_decides(pipeline):
    ev = event_in(pipeline, "Beninese Yoruba chiefs accused the police of torture.",
                  "ACCUSE", "accused", published="2003-05-07")
    assert "BEN" in countries(ev, "source")


def test_a_peoples_leaders_in_text_are_elites(pipeline):
    ev = event_in(pipeline, "Yoruba leaders demanded that the government release the activists.",
                  "REQUEST", "demanded", published="2003-05-07")
    assert {(p.actor.country, p.actor.sector) for p in ev.source if p.actor} == {("NGA", "ELI")}
