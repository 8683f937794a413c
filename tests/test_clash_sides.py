"""A fight between two sides that names neither takes its clause's pair or its article's two sides."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.extract.event_classifier import features_of
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


DISPUTE = ("Peru and Ecuador are at odds over a stretch of their frontier. Peru says Ecuador "
           "moved a border marker. Ecuador says Peru broke the 1998 accord. ")


def _clash(events, word):
    found = [e for e in events if e.trigger.text.lower().startswith(word) and e.type == "ASSAULT"]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


@pytest.mark.parametrize("sentence,word", [
    ("Fighting erupted near the frontier on Tuesday.", "fighting"),
    ("Clashes resumed on Wednesday near the river.", "clashes"),
    ("Exchanges of fire continued overnight.", "exchanges"),
])
def test_a_fight_naming_no_side_takes_the_article_sides(pipeline, sentence, word):
    ev = _clash(_events(pipeline, DISPUTE + sentence), word)
    assert _countries(ev.source) | _countries(ev.target) == {"PER", "ECU"}
    assert len(ev.source) == len(ev.target) == 1
    assert all(p.inherited for p in (*ev.source, *ev.target))
    assert ev.source[0].actor.evidence.startswith("story sides: ")
    assert {p.text for p in (*ev.source, *ev.target)} == {"Peru", "Ecuador"}  # not the trigger
    assert ev.attributes["sides_from"]["from"] == "story"
    assert ev.attributes["source_inherited"]["from"] == "story sides"
    assert "from=context" in features_of(ev)  # the model reads parties given by the context


def test_three_parties_leave_the_sides_unguessed(pipeline):
    text = ("Peru, Ecuador and Colombia dispute a river border. Peru says Ecuador and Colombia "
            "moved markers. Colombia says Peru and Ecuador broke the accord. Ecuador says "
            "Colombia and Peru ignored the court. Fighting erupted near the river on Tuesday.")
    ev = _clash(_events(pipeline, text), "fighting")
    assert not ev.source and not ev.target and "sides_from" not in ev.attributes


def test_a_third_country_in_the_sentence_leaves_the_sides_unguessed(pipeline):
    ev = _clash(_events(pipeline, DISPUTE + "Fighting erupted on Tuesday, Brazil said."),
                "fighting")
    assert "sides_from" not in ev.attributes


def test_a_one_sided_act_with_no_agent_takes_no_sides(pipeline):
    evs = _events(pipeline, DISPUTE + "Two soldiers were killed on Tuesday.")
    assert not any("sides_from" in e.attributes for e in evs)


def test_a_hypothetical_fight_takes_no_sides(pipeline):
    evs = _events(pipeline, DISPUTE + "Fighting could erupt if the talks fail.")
    assert not any("sides_from" in e.attributes for e in evs)
