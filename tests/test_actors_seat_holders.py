"""'The mayor of Kharkiv, X Y, said …': a name set off after the office of a place is a
person holding that office there; later surnames are that person."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _run(pipeline, text):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    return ex


def _person(ex, name):
    found = [e for e in ex.entities if e.text == name]
    assert found, [e.text for e in ex.entities]
    return found[0].actor


@pytest.mark.parametrize(("text", "name", "code", "role", "sector"), [
    ("The mayor of Kharkiv, Ivan Petrenko, said missiles hit a residential building.",
     "Ivan Petrenko", "UKR", "mayor", "GOV"),
    ("The governor of Borno state, Musa Danladi, said fighters attacked the town.",
     "Musa Danladi", "NGA", "governor", "GOV"),
    ("The police chief of Karachi, Tariq Mahmood, said gunmen attacked a bus.",
     "Tariq Mahmood", "PAK", "police chief", "COP"),
    ("The governor of Sumy region, Petro Kovalenko, said a drone attack killed a man.",
     "Petro Kovalenko", "UKR", "governor", "GOV"),
    ("The mayor of Lviv, Andriy Bondar said drones struck an industrial site.",
     "Andriy Bondar", "UKR", "mayor", "GOV"),
])
def test_a_set_off_name_holds_the_places_office(pipeline, text, name, code, role, sector):
    actor = _person(_run(pipeline, text), name)
    assert actor is not None and actor.kind == "person"
    assert (actor.country, actor.role, actor.sector) == (code, role, sector)
    assert actor.evidence.startswith("title: ")


def test_a_later_surname_is_the_office_holder(pipeline):
    ex = _run(pipeline, "The governor of Kherson, Oleksandr Hrytsenko, said shelling killed two "
                        "civilians. Hrytsenko accused Moscow of targeting homes.")
    ev = next(e for e in ex.events if e.type == "ACCUSE")
    assert [p.text for p in ev.source] == ["Hrytsenko"]
    assert ev.source[0].actor.country == "UKR"
    assert ev.source[0].actor.id == _person(ex, "Oleksandr Hrytsenko").id


def test_a_registry_person_keeps_the_registry(pipeline):
    ex = _run(pipeline, "The president of France, Emmanuel Macron, said the talks would resume.")
    actor = _person(ex, "Emmanuel Macron")
    assert actor.country == "FRA" and actor.evidence is None


@pytest.mark.parametrize("text", [
    "The mayors of Kharkiv, Odesa and Lviv said the attacks continued.",
    "Residents of Kharkiv, Ivan Petrenko said, fled the shelling.",
])
def test_no_office_no_list(pipeline, text):
    ex = _run(pipeline, text)
    assert not any(e.actor is not None and e.actor.kind == "person" and
                   str(e.actor.evidence or "").startswith("title: ") for e in ex.entities)


def test_the_split_place_counts_for_the_article(pipeline):
    ex = _run(pipeline, "The mayor of Kharkiv, Ivan Petrenko, said Russian missiles hit a "
                        "residential building. Petrenko said five people were killed.")
    killed = next(e for e in ex.events if e.trigger.text.startswith("killed"))
    assert {p.actor.country for p in killed.target if p.actor is not None} == {"UKR"}
