"""The VOA country-miss breakdown: each miss on a matched event falls in one cause class."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.evaluation.voa_actors import (
    CONTEXT_WRONG,
    GENERIC,
    NO_PART_NAMED,
    NO_PART_STORY,
    PERSON,
    REGISTRY_WRONG,
    WRONG_PARTICIPANT,
    chosen_kind,
    classify,
    story_misses,
)

REG = SimpleNamespace(cue=lambda w: ("FRA", None, "demonym") if w == "French" else None,
                      agents={"police": "COP", "security forces": "COP"})


def _part(text: str, country: str | None = None, evidence: str | None = None,
          kind: str | None = None) -> dict:
    return {"start": 0, "end": len(text), "text": text,
            "actor": {"country": country, "evidence": evidence, "kind": kind}}


def test_no_participant_is_split_by_whether_the_sentence_names_the_actor():
    gold = {"names": ["Rubio"], "countries": ["USA"]}
    assert classify([], gold, "Rubio met them.", [], REG) == NO_PART_NAMED
    assert classify([], gold, "He met them.", [], REG) == NO_PART_STORY


def test_uncountried_participants_are_sorted_by_what_they_are():
    gold = {"names": ["police"], "countries": ["HTI"]}
    assert classify([_part("police")], gold, "", [], REG) == GENERIC
    ents = [{"start": 0, "end": 5, "label": "PERSON"}]
    assert classify([_part("Moise")], gold, "", ents, REG) == PERSON


def test_countried_participants_are_right_actor_or_wrong_actor():
    gold = {"names": ["Haitian police"], "countries": ["HTI"]}
    assert classify([_part("police", "DOM", "dateline: SANTO DOMINGO")], gold, "", [], REG) \
        == CONTEXT_WRONG
    assert classify([_part("police", "DOM", None)], gold, "", [], REG) == REGISTRY_WRONG
    assert classify([_part("reporters", "USA", None)], gold, "", [], REG) == WRONG_PARTICIPANT


def test_story_misses_only_count_matched_events_with_a_gold_country():
    text = "Police fired tear gas. Leaders met."
    sc = SimpleNamespace(locate=lambda q, t: (t.find(q), t.find(q) + len(q)),
                         sentence_of=lambda t, a, b: (0, 22) if a < 22 else (23, len(t)),
                         overlap=lambda a, b: a[0] < b[1] and b[0] < a[1])
    gold = [{"quote": "Police fired", "type": "COERCE",
             "source": {"names": ["Police"], "countries": ["HTI"]}, "target": {}},
            {"quote": "Leaders met", "type": "CONSULT", "source": {"countries": ["USA"]}}]
    out = {"entities": [], "events": [
        {"type": "COERCE", "sentence": {"start": 0, "end": 22, "text": text[:22]},
         "source": [], "target": []}]}
    misses = story_misses(text, gold, out, sc, REG)
    assert [(side, cls) for side, cls, *_ in misses] == [("source", NO_PART_NAMED)]


def test_plover_misses_use_the_same_classes():
    from eventwire.evaluation.plover_country_misses import record_misses
    from eventwire.model import ActorRef, EventMention, Participant, Span

    text = "Police fired on protesters in Lima."
    record = {"text": text, "event": "ASSAULT",
              "source": [{"actorText": "Police", "code": "PER"}],
              "target": [{"actorText": "protesters", "code": "PER"}]}
    ev = EventMention(type="ASSAULT", trigger=Span(7, 12, "fired"), sentence=Span(0, 35, text),
                      source=[Participant(0, 6, "Police", ActorRef("country:CHL", "Chile",
                                                                   "CHL", None, "state"))],
                      target=[Participant(16, 26, "protesters",
                                          ActorRef("country:PER", "Peru", "PER", None, "state"))])
    misses = record_misses(record, [ev], REG)
    assert [(side, cls) for side, cls, *_ in misses] == [("source", REGISTRY_WRONG)]


@pytest.mark.parametrize(("sentence", "trigger", "name", "want"), [
    ("The plan was rejected by the Lorani cabinet on Monday.", "rejected", "Lorani cabinet",
     "by-agent of trigger"),
    ("Ten people were killed in an attack by Lorani rebels.", "killed", "Lorani rebels",
     "by-agent of noun below trigger"),
    ("Lorania vowed to attack the camps.", "attack", "Lorania", "subject of governing verb"),
    ("Lorania's attack on the camps failed.", "attack", "Lorania", "possessor of trigger"),
])
def test_a_missing_actor_is_counted_by_its_relation_to_the_trigger(sentence, trigger, name,
                                                                    want):
    from eventwire.evaluation.miss_relations import name_relation

    start = sentence.index(trigger)
    assert name_relation(sentence, start, start + len(trigger), [name]) == want


def test_a_name_not_in_the_sentence_is_not_located():
    from eventwire.evaluation.miss_relations import name_relation

    assert name_relation("Troops attacked the camps.", 7, 15, ["Lorania"]) == "not located"


def test_a_wrong_participant_is_counted_by_how_it_was_linked():
    igo = {"text": "the bloc", "actor": {"country": "IGO", "kind": "igo"}}
    placed = {"text": "officials", "actor": {"country": "FRA", "kind": "state",
                                             "evidence": "article focus (80% of mentions)"}}
    assert chosen_kind([igo], {"FRA"}) == "igo by registry, special for state"
    assert chosen_kind([placed], {"IGO"}) == "state by article focus, state for special"
