"""Demands in reported speech: a speaker's quoted call for what others should do is a REQUEST.

PLOVER codes a demand for a change of policy as REQUEST (mode ``change``) whatever
verb carries it, and reported speech often carries it with no requesting verb at all:
"the minister said the government *should* raise the tax", "'we *need to* reopen the
crossings,' the governor said", "she said it might be *necessary to* revise the
treaty", "'there will be a *need to* review each rule'", "residents *want* the quarry
to be shut down, the mayor said". ``extract/intent.py`` already makes a REQUEST when
the obliged action is itself an event ("Iraq must cooperate"); this reads the
obligation whatever the action is.

A deontic cue in the content of a quote with a speaker, in a sentence that has no
REQUEST yet, gives one REQUEST from the speaker; the party the obligation falls on
(the subject of the obliged clause) is the target when it is not the speaker. The
cue is what the clause asserts, not a description or a guess: not in a question, a
condition ("if they must ..."), a relative clause ("refugees who must be treated"),
a condition opened by an inverted auxiliary ("Should the talks collapse, ..."), a past
or perfect obligation ("had to leave", "should have acted": blame, not a demand), an
epistemic "must be" of a state ("it must be hard"), or a speaker's own first-person need
("I need to rest"). A modal obligation needs a party to act: the active subject of the
obliged clause names an actor, a person or a group ("Turkey should withdraw", "they must
leave"); with a thing or a state as subject the modal gives an opinion or a forecast ("the
economy should recover", "peace and diplomacy must go hand in hand"), and a passive or an
existential clause ("the rules should be relaxed", "there must be a ceasefire") leaves the
acting party unsaid. A demand is made by or on a known party: the
speaker or the obliged party must be linked to an actor ("experts stressed that
people should get tested" is advice to the public, not a call on a party to act).

A call for an act to cease is a demand whether or not the party is named or addressed:
"the fighting must stop", "the war should end", "Israel should end its occupation", "Russia
must halt its offensive", "the bombing must cease" (``_cessation``). The obliged clause is a
verb of ceasing (stop, end, halt, cease) with a modal, and what is to cease is a hostile or
coercive act: a word of ``CEASING_ACTS`` or the trigger of a hostile event (``CEASING_TYPES``)
already read in the sentence, as subject of the intransitive verb or object of the transitive one ("the rain
should stop by noon" is a forecast). The party that must cease (the actor named as subject of
the transitive verb, else the source of the event that is to cease) is the target.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from eventwire.annotate.doccache import between, positions_in
from eventwire.annotate.registry import SPECIAL_CODES
from eventwire.extract.event_places import same_participant
from eventwire.extract.lexicon import Entry
from eventwire.extract.modality import inverted_condition
from eventwire.extract.quotes_disapproval import ORIGIN, Builder, Linker, quote_of
from eventwire.extract.triggers import Trigger, is_actorish
from eventwire.model import ActorRef, EventMention, Participant, Quote

REQUEST = "REQUEST"
MODE = "change"
MODAL_AUX = ("should", "must", "ought")  # 'X should stop', 'Y must quit'
NEED_VERBS = ("need",)  # 'we need to rebuild'
DEONTIC_ADJ = ("necessary",)  # 'it is necessary to renegotiate'
DEONTIC_NOUNS = ("need",)  # 'there is a need to assess'
WISH_VERBS = ("want", "see")  # 'want the hunts to be stopped', 'like to see X live up to'
CUE_WORDS = frozenset((*MODAL_AUX, *NEED_VERBS, *DEONTIC_ADJ, *DEONTIC_NOUNS, *WISH_VERBS))
PRESENT_TAGS = ("VB", "VBP", "VBZ")
CONDITION_MARKS = ("if", "unless", "whether")
SELF = ("i", "me")
FIRST_PLURAL = ("we", "us")  # 'we need to …': the speaker's own side
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")
CHAIN_LIMIT = 6
ADDRESSEE_DEPS = ("dobj", "dative")  # 'told [the governments] that ...'
# who a statement is made to in an interview or briefing, not whom a demand falls on ('told
# [reporters]', 'told [Reuters]', 'told a [news conference]'): the press and its people
PRESS_NOUNS = frozenset({"reporter", "journalist", "press", "media", "newspaper", "paper",
                         "broadcaster", "correspondent", "interviewer", "conference",
                         "briefing", "television", "radio", "channel", "outlet", "agency",
                         "newsroom", "daily", "magazine", "network"})
PRESS_SECTORS = ("MED",)  # a linked news outlet ('told VOA', 'told the AP')
SPEECH_ACTS = ("AGREE", "REJECT", "ACCUSE", "THREATEN", "PROTEST")
CEASING_VERBS = ("stop", "end", "halt", "cease")  # 'the fighting must [stop]'
# hostile or coercive acts a speaker demands to cease even when no event trigger names them
CEASING_ACTS = frozenset({"war", "fighting", "violence", "hostility", "bloodshed", "killing",
                          "attack", "aggression", "bombing", "bombardment", "shelling",
                          "occupation", "blockade", "siege", "crackdown", "repression",
                          "persecution", "harassment", "intimidation", "incursion",
                          "invasion", "offensive", "strike", "raid", "massacre", "conflict",
                          "provocation", "settlement", "annexation", "shooting"})
CEASING_TYPES = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN")  # not 'talks should end'


def _children(tok: Any, deps: tuple[str, ...]) -> list[Any]:
    """The token's children with one of these dependency labels."""
    return [c for c in tok.children if c.dep_ in deps]


def _to_clause(tok: Any, deps: tuple[str, ...] = ("xcomp", "acl", "ccomp")) -> Any | None:
    """The to-infinitive clause the token governs ('need [to rebuild]'), if any."""
    return next((c for c in _children(tok, deps) if c.pos_ in ("VERB", "AUX") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _clause_head(tok: Any) -> Any:
    """The verb or predicate that heads the clause a cue belongs to ('be' of 'be necessary')."""
    t = tok
    while t.dep_ in ("acomp", "attr") and t.head.i != t.i:
        t = t.head
    return t


def _obligation(tok: Any) -> tuple[Any, Any] | None:
    """(clause head, obliged clause) when the token is a deontic cue: a modal auxiliary of a
    present clause, 'need to', 'necessary to', 'a need to', 'want X to', 'see X do'."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if tok.dep_ == "aux" and lower in MODAL_AUX:
        head = tok.head
        if any(a.dep_ == "aux" and a.lemma_ == "have" for a in head.children):
            return None  # 'should have acted', 'must have known'
        if head.lemma_ == "be" and _children(head, ("acomp",)) and not _children(head, ("expl",)):
            return None  # 'it must be hard'
        return head, head
    if tok.pos_ == "VERB" and lemma in NEED_VERBS and tok.tag_ in PRESENT_TAGS:
        clause = _to_clause(tok, ("xcomp",))
        return (tok, clause) if clause is not None else None
    if tok.pos_ == "ADJ" and lemma in DEONTIC_ADJ and tok.dep_ in ("acomp", "attr"):
        clause = _to_clause(tok) or _to_clause(tok.head)
        return (_clause_head(tok), clause) if clause is not None else None
    if tok.pos_ == "NOUN" and lemma in DEONTIC_NOUNS and tok.dep_ in ("attr", "dobj", "nsubj"):
        clause = _to_clause(tok, ("acl",))
        return (_clause_head(tok), clause) if clause is not None else None
    if tok.pos_ == "VERB" and lemma in WISH_VERBS and tok.tag_ in PRESENT_TAGS + ("VB",):
        if lemma == "see" and not (tok.dep_ == "xcomp" and tok.head.lemma_ == "like"):
            return None  # only 'would like to see X do'
        clause = next((c for c in _children(tok, ("ccomp",)) if _children(c, SUBJECT_DEPS)), None)
        return (tok if lemma == "want" else tok.head, clause) if clause is not None else None
    return None


CLAUSE_CHAIN = ("xcomp", "conj", "ccomp")  # the links ``asserted`` climbs from a cue to its clause


def asserted(head: Any, chain: tuple[str, ...] = CLAUSE_CHAIN) -> bool:
    """False for a cue in a question, under if / unless / whether, or in a relative clause,
    climbing from ``head`` through the ``chain`` links (at most ``CHAIN_LIMIT``)."""
    sent = head.sent
    if sent.text.rstrip().rstrip("\"'”’ ").endswith("?"):
        return False
    t, steps = head, 0
    while steps < CHAIN_LIMIT:
        if t.dep_ == "relcl" or any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                    for m in t.children):
            return False
        if t.dep_ not in chain or t.head.i == t.i:
            return True
        t, steps = t.head, steps + 1
    return True


def _opens_condition(cue: Any) -> bool:
    """True for a modal that opens a condition by inversion ('[Should] the talks collapse,
    ...'), whatever verb the parser hangs it on."""
    nxt = cue.i + 1
    return nxt < cue.sent.end and inverted_condition(cue.doc[nxt])


def _subject(tok: Any) -> Any | None:
    """The subject of a clause head, if it has one."""
    subj = _children(tok, ("nsubj", "nsubjpass"))
    return subj[0] if subj else None


def _first_person_need(head: Any, clause: Any) -> bool:
    """True for the speaker's own need ('I need to rest', 'I must go')."""
    subj = _subject(head) or _subject(clause)
    return subj is not None and subj.lower_ in SELF and head.lemma_ not in WISH_VERBS + ("like",)


def _agentless_modal(cue: Any, head: Any, link: Linker) -> bool:
    """True for a modal whose clause has an active subject naming no party that could act
    ('the economy should recover'): an opinion or a forecast, not a demand."""
    if cue.dep_ != "aux" or cue.lower_ not in MODAL_AUX:
        return False
    subj = next(iter(_children(head, ("nsubj",))), None)
    if subj is None:
        return False
    return not (is_actorish(subj) or any(p.actor is not None for p in link(subj)))


def _content_of_event(head: Any, events: list[EventMention]) -> bool:
    """True when the obligation is the content of a speech act already coded ('agreed that
    their countries should cooperate' is the AGREE's content, not a second event)."""
    starts = {ev.trigger.start for ev in events if ev.type in SPEECH_ACTS}
    t, steps = head, 0
    while t.dep_ in ("ccomp", "xcomp", "conj") and t.head.i != t.i and steps < CHAIN_LIMIT:
        t, steps = t.head, steps + 1
        if t.idx in starts:
            return True
    return False


def _cessation(head: Any, events: list[EventMention]) -> tuple[Any, EventMention | None] | None:
    """(what is to cease, the event read on it if any) when the obliged clause is a modal
    verb of ceasing whose intransitive subject or transitive object is a hostile act ('the
    fighting must stop', 'Russia should halt its offensive'); None otherwise."""
    if head.lemma_.lower() not in CEASING_VERBS or head.pos_ != "VERB":
        return None
    objects = _children(head, ("dobj",))
    act = objects[0] if objects else _subject(head)
    if act is None or act.pos_ not in ("NOUN", "PROPN"):
        return None
    read = next((ev for ev in events if ev.type in CEASING_TYPES
                 and ev.trigger.start <= act.idx < ev.trigger.end), None)
    if read is None and act.lemma_.lower() not in CEASING_ACTS:
        return None
    return act, read


def _addressed(quote: Quote, doc: Any, link: Linker | None = None) -> bool:
    """True when the quote's speech verb names the party it is said to ('told the governments
    that they should ...', 'warned Redland it must ...'); the press a statement is given to
    is no such party ('"they should reconsider," the spokesman told reporters / told VOA':
    ``_press``)."""
    if quote.cue is None:
        return False
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None:
        return False
    return any(c.dep_ in ADDRESSEE_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON")
               and not _press(c, link) for t in span for c in t.children)


def _press(tok: Any, link: Linker | None) -> bool:
    """True for an addressee that is the press: a press noun ('reporters', 'a news
    conference') or a name linked to a news outlet ('VOA', 'Reuters')."""
    if tok.lemma_.lower() in PRESS_NOUNS:
        return True
    if tok.pos_ != "PROPN" or link is None:
        return False
    return any(p.actor is not None and p.actor.sector in PRESS_SECTORS for p in link(tok))


def _own_side(obliged: Any, speaker: Any, state: Callable[[str], ActorRef]) -> list[Any]:
    """The party a speaker's demand on 'we' falls on: '"We need to rebuild our border
    controls," the minister said', '"we must strengthen our army"' ask the speaker's own
    side to act, the state of the speaker's country (the speaker is the source)."""
    code = speaker.actor.country if speaker.actor is not None else None
    if obliged.lower_ not in FIRST_PLURAL or not code or code in SPECIAL_CODES:
        return []
    ref = dataclasses.replace(state(code), evidence="the speaker's own side")
    return [Participant(obliged.idx, obliged.idx + len(obliged.text), obliged.text, ref)]


def demand_events(sent: Any, quotes: list[Quote], events: list[EventMention], build: Builder,
                  link: Linker, state: Callable[[str], ActorRef] | None = None
                  ) -> list[EventMention]:
    """The REQUEST a quoted demand in ``sent`` makes (none when the sentence has one).
    With ``state`` (a country code's actor), a demand on 'we' targets the speaker's own
    country (``_own_side``)."""
    if any(ev.type == REQUEST for ev in events):
        return []
    doc = sent.doc
    for i in between(positions_in(doc, CUE_WORDS, ("lower", "lemma")), sent.start, sent.end):
        tok = doc[i]  # a deontic cue: the document's word lists spare building other tokens
        found = _obligation(tok)
        if found is None:
            continue
        head, clause = found
        quote = quote_of(quotes, tok)
        modal = tok.dep_ == "aux" and tok.lower_ in MODAL_AUX
        ceasing = _cessation(head, events) if modal else None
        if quote is None or quote.speaker is None or not asserted(head) or _opens_condition(tok) or \
                _first_person_need(head, clause) or _content_of_event(head, events) or \
                (ceasing is None and _agentless_modal(tok, head, link)):
            continue
        if modal and ceasing is None and not _addressed(quote, doc, link):
            continue
        entry = Entry(lemma=tok.lemma_.lower(), pos="verb" if tok.pos_ in ("AUX", "VERB") else
                      tok.pos_.lower(), type=REQUEST, mode=MODE, origin=ORIGIN)
        ev = build(Trigger(tok, entry, nominal=tok.pos_ == "NOUN"))
        if ev is None:
            continue
        speaker = quote.speaker
        obliged = _subject(clause) if clause.i != head.i else _subject(head)
        if obliged is None and head.lemma_.lower() in NEED_VERBS:
            obliged = _subject(head)  # 'X needs to withdraw': X is obliged
        if ceasing is not None and obliged is not None and obliged.i == ceasing[0].i:
            obliged = None  # 'the fighting must stop': the act, not a party, is the subject
        target = [p for p in (link(obliged) if obliged is not None else [])
                  if p.actor is not None and not same_participant(p, speaker)]
        if not target and ceasing is not None and ceasing[1] is not None:
            target = [p for p in ceasing[1].source
                      if p.actor is not None and not same_participant(p, speaker)]
        if not target and obliged is not None and state is not None:
            target = _own_side(obliged, speaker, state)
        if speaker.actor is None and not target:
            continue
        return [dataclasses.replace(ev, source=[speaker], target=target,
                                    mode=f"{REQUEST}/{MODE}", modality="asserted")]
    return []


