"""The act an event answers, read from the parse.

A sentence can tell an act as the answer to another one: "struck on Monday in retaliation for
the shelling", "in response to the rocket attack, X launched strikes", "struck the bases in
answer to the shelling", "retaliated for the raid", "fired rockets to avenge the killing". The
response phrase hangs on the clause of the answering act (its trigger, or the verb a noun
trigger is the object of), and the phrase's object is the answered act. The answering event
records that object as ``attributes["answers"]`` {text, lemma, span, and, when the article
has an event whose trigger is that object, its type and its sources' and targets'
countries}. Fusion keeps such a response out of the record of the act it answers
(``fuse.events.answered_apart``): a retaliation is another act than the one it answers even
when both are strikes of one day between the same two sides."""

from __future__ import annotations

from typing import Any

from eventwire.model import Extraction, Span

RESPONSE_NOUNS = frozenset({"response", "reply", "retaliation", "reprisal", "revenge", "answer"})
RESPONSE_VERBS = frozenset({"retaliate", "respond", "avenge", "reply"})
ANSWER_PREPS = frozenset({"to", "for", "against"})
CLAUSE_DEPS = frozenset({"xcomp", "advcl"})  # "fired rockets to avenge the killing"
VERB_POS = frozenset({"VERB", "AUX"})
CLIMB = 3  # heads climbed from a noun trigger to the verb whose clause it is in


def _clause_verb(tok: Any) -> Any | None:
    """The verb whose clause a trigger is in: itself when a verb, else the first verb above
    it within ``CLIMB`` heads."""
    for _ in range(CLIMB + 1):
        if tok.pos_ in VERB_POS:
            return tok
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def _prep_object(tok: Any, preps: frozenset[str]) -> Any | None:
    """The object of one of ``tok``'s prepositions among ``preps`` ("for the raid")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def answered(verb: Any) -> tuple[Any, Any] | None:
    """The answered act's head token a verb's response phrase names, with the phrase's head:
    "in response/retaliation/answer to|for X", "retaliated/responded for|to|against X",
    "avenge X", also from a purpose or adverbial clause ("to avenge X"); None without one."""
    def from_verb(v: Any) -> Any | None:
        lemma = v.lemma_.lower()
        if lemma not in RESPONSE_VERBS:
            return None
        if lemma == "avenge":
            return next((c for c in v.children if c.dep_ == "dobj"), None)
        return _prep_object(v, ANSWER_PREPS)

    obj = from_verb(verb)
    if obj is not None:
        return obj, verb
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in RESPONSE_NOUNS:
                obj = _prep_object(noun, ANSWER_PREPS)
                if obj is not None:
                    return obj, child
        if child.dep_ in CLAUSE_DEPS and child.pos_ in VERB_POS:
            obj = from_verb(child)
            if obj is not None:
                return obj, child
    return None


def _countries(parts: list[Any]) -> list[str]:
    return sorted({str(p.actor.country).upper() for p in parts
                   if getattr(p, "actor", None) is not None and p.actor.country})


def responses_component(ex: Extraction, ctx: Any = None) -> None:
    """Pipeline component: note on each event its sentence tells as the answer to another
    act what it answers (``attributes["answers"]``, see the module doc)."""
    doc = ex.doc
    if doc is None:
        return
    for ev in ex.events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        trig = span.root
        verb = _clause_verb(trig)
        if verb is None:
            continue
        found = answered(verb)
        if found is None:
            continue
        obj, phrase = found
        if phrase.i != trig.i and any(t.i == trig.i for t in phrase.subtree):
            continue  # the trigger is inside the phrase: it is the answered act itself
        if obj.i == trig.i:
            continue
        note: dict[str, Any] = {
            "text": obj.text, "lemma": obj.lemma_.lower(),
            "span": Span.of(ex.article.text, obj.idx, obj.idx + len(obj.text)).to_dict()}
        for other in ex.events:
            if other is not ev and other.trigger.start <= obj.idx < other.trigger.end:
                note.update(type=other.type, source=_countries(other.source),
                            target=_countries(other.target))
                break
        ev.attributes["answers"] = note
