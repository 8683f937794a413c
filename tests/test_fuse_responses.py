"""A retaliation kept apart from the act it answers: the parse notes the act a response phrase
names ("in retaliation for", "in response to", "in answer to", "retaliated for", "to avenge"),
and fusion keeps a response out of the record of an act of its type by its target against its
source, either order of arrival; two reports of one retaliation and plain reports of one act
still join. Invented countries and places."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.responses import responses_component
from eventwire.fuse.events import answered_apart, groups_compatible, link_verdict
from eventwire.fuse.mentions import Mention
from eventwire.model import ActorRef, Article, EventMention, Extraction, Participant, Span

OSTERLICH = ActorRef("OST", "Osterlich", "OST", "GOV")
RURITANIA = ActorRef("RUR", "Ruritania", "RUR", "GOV")
MONDAY = "2031-03-10"


@lru_cache(maxsize=1)
def nlp() -> Any:
    return load_nlp()


def extract(text: str, acts: list[tuple[str, str | None, str | None]]) -> Extraction:
    """An article whose ASSAULT events have the given triggers (first occurrence) and source
    and target country names."""
    art = Article(id="a1", text=text, title="t", published=MONDAY)
    ex = Extraction(article=art)
    ex.doc = nlp()(text)
    sent = Span.of(text, 0, len(text))

    def party(name: str | None) -> list[Participant]:
        if name is None:
            return []
        at = text.index(name)
        actor = OSTERLICH if name.startswith("Osterlich") else RURITANIA
        return [Participant(at, at + len(name), name, actor)]
    for trig, source, target in acts:
        at = text.index(trig)
        ex.events.append(EventMention("ASSAULT", Span.of(text, at, at + len(trig)), sent,
                                      source=party(source), target=party(target)))
    responses_component(ex)
    return ex


def answers_of(ex: Extraction) -> list[str | None]:
    return [(ev.attributes.get("answers") or {}).get("text") for ev in ex.events]


def test_the_parse_notes_the_act_a_response_answers() -> None:
    ex = extract("Osterlich shelled Ruritanian posts on Monday in retaliation for Ruritanian "
                 "shelling of its villages.",
                 [("shelled", "Osterlich", "Ruritanian"), ("shelling", "Ruritanian", "its")])
    assert answers_of(ex) == ["shelling", None]  # the answered act answers nothing
    note = ex.events[0].attributes["answers"]
    assert note["type"] == "ASSAULT" and note["source"] == ["RUR"]
    ex = extract("In response to the rocket attack, Osterlich launched air strikes on Ruritania.",
                 [("strikes", "Osterlich", "Ruritania"), ("attack", None, None)])
    assert answers_of(ex) == ["attack", None]
    ex = extract("Osterlich struck Ruritanian bases in answer to the shelling.",
                 [("struck", "Osterlich", "Ruritanian")])
    assert answers_of(ex) == ["shelling"]
    ex = extract("Osterlich fired rockets at Ruritania to avenge the killing of its commander.",
                 [("fired", "Osterlich", "Ruritania")])
    assert answers_of(ex) == ["killing"]
    ex = extract("Osterlich retaliated for the raid on Monday.",
                 [("retaliated", "Osterlich", None)])
    assert answers_of(ex) == ["raid"]


def test_a_plain_act_answers_nothing() -> None:
    for text in ("Osterlich shelled Ruritanian posts on Monday after talks in Kessel failed.",
                 "Osterlich shelled Ruritanian posts on Monday, the army said in response.",
                 "Osterlich shelled Ruritanian posts for the second day."):
        assert answers_of(extract(text, [("shelled", "Osterlich", "Ruritanian")])) == [None]


def mention(mid: str, article: str, outlet: str, source: str, target: str,
            answers: dict[str, Any] | None = None, text: str = "x") -> Mention:
    def party(code: str) -> list[dict]:
        return [{"text": code, "actor": {"id": "country:" + code, "country": code,
                                          "kind": "state"}}]
    data = {"type": "ASSAULT", "modality": "asserted", "source": party(source),
            "target": party(target), "sentence": {"start": 0, "text": text},
            "trigger": {"start": 0, "text": "shelled"},
            "attributes": {"answers": answers} if answers else {}}
    return Mention(id=mid, article=article, root=article, data=data, story="s1", outlet=outlet,
                   when={"range": [MONDAY, MONDAY], "from": "time_expression", "span": None})


ANSWERS = {"lemma": "shelling", "type": "ASSAULT", "source": ["RUR"], "target": ["OST"]}


def test_a_retaliation_stays_out_of_the_record_of_the_act_it_answers() -> None:
    act = mention("a", "a1", "o1", "RUR", "OST",
                  text="Ruritanian artillery shelled Osterlich villages on Monday.")
    reply = mention("r", "a2", "o2", "OST", "RUR", ANSWERS,
                    text="Osterlich shelled Ruritanian posts on Monday in retaliation.")
    assert answered_apart(act, reply) and answered_apart(reply, act)  # either order
    assert link_verdict(act, reply)[0] == "answered"
    assert link_verdict(reply, act) == ("answered", 0.0)
    assert not groups_compatible([act], [reply]) and not groups_compatible([reply], [act])
    unknown = mention("r2", "a3", "o3", "OST", "RUR", {"lemma": "attack"})  # no typed act
    assert answered_apart(act, unknown)


def test_reports_of_one_retaliation_and_of_one_act_still_join() -> None:
    reply = mention("r1", "a2", "o2", "OST", "RUR", ANSWERS)
    again = mention("r2", "a3", "o3", "OST", "RUR", ANSWERS)
    plain = mention("r3", "a4", "o4", "OST", "RUR")  # the retaliation told without its cause
    assert not answered_apart(reply, again) and not answered_apart(reply, plain)
    assert link_verdict(reply, again)[0] != "answered"
    act = mention("a1", "a1", "o1", "RUR", "OST")
    act2 = mention("a2", "a5", "o5", "RUR", "OST")
    assert not answered_apart(act, act2)
    assert not answered_apart(act, plain)  # reversed parties alone keep nothing apart
    other = dict(ANSWERS, source=["TAV"])  # it answers a third country's act
    assert not answered_apart(act, mention("r4", "a6", "o6", "OST", "RUR", other))
    typed = dict(ANSWERS, type="COERCE")  # it answers an act of another type
    assert not answered_apart(act, mention("r5", "a7", "o7", "OST", "RUR", typed))
