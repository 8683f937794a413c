"""PLOVER intent coding: announced future actions are AGREE or THREATEN, obligations REQUEST.

PLOVER codes a stated intention by its polarity: "Finland will give Tanzania
a grant" is an AGREE (a promise), "NATO would tighten the blockade" a
THREATEN; "the US must mediate", said by someone else, is a REQUEST from
the speaker. The underlying action stays as its own (planned) event; the
intent is added as a second event marked ``attributes["intent_of"]``. A stated
willingness or plan ("is *willing* to withdraw", "*plans* to impose
restrictions", "*prepared* to lift the ban") and an obligation said by another
("Iraq *must* cooperate", also a readiness owed: "the US *must be ready to* mediate", "X
*should be willing to* negotiate") report no action of their own: the action is folded
into the intent or request (``attributes["embedded"]``), one event per trigger
as for "pledged to withdraw". A plain future ("will withdraw") keeps both: the
scheduled action is what later coverage confirms.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from eventwire.annotate.doccache import span_text
from eventwire.extract.conditions import condition_in
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.modality import believed, inverted_condition, open_question
from eventwire.extract.triggers import sentence_of
from eventwire.model import EventMention, Participant

INTENT_AUX = ("will", "would", "shall", "'ll", "wo")
OBLIGATION_AUX = ("must", "should")
COUNTERFACTUAL_AUX = ("would", "could", "might", "should", "must", "may")
INTENT_GOVERNORS = ("willing", "prepared", "prepare", "ready", "plan", "intend", "decide",
                    "commit", "committed", "determine", "determined", "resolve", "set", "aim",
                    "vow")
SPEECH_ACT_TYPES = ("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE")
HOSTILE_TYPES = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST")
COOPERATIVE_TYPES = ("AID", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT", "SUPPORT")
STANCE_TYPES = ("SUPPORT", "AGREE")  # a recognition or an acceptance, refused as a position
STANCE_VERBS = ("recognize", "recognise", "accept", "acknowledge")
PRESENT_TAGS = ("VBZ", "VBP")
FOLDED_HOWS = ("obligation",)  # a REQUEST that X must act: the act itself is not reported
REFUSAL_TYPE, REFUSAL_HOWS = "REJECT", ("refusal", "intent")  # 'would not accept / withdraw'
# a cooperative intent is a promise as the narrator or a statement gives it ('will send',
# 'said it will release them'), not as the content of a belief, forecast or plan ('believes
# X will visit', 'announced plans that X will visit') or a wish ('would like to support')
STATEMENT_VERBS = ("say", "tell", "state", "announce", "confirm", "declare", "add", "reiterate",
                   "insist", "stress", "emphasize", "emphasise", "assert", "write", "post",
                   "tweet", "reveal", "disclose", "pledge", "promise", "vow", "assure")
STATEMENT_NOUNS = ("statement", "announcement", "pledge", "promise", "assurance", "vow")
DECISION_GOVERNORS = ("decide",)  # a decision taken keeps its act (``taken``)
READINESS_GOVERNORS = ("willing", "prepared", "ready", "commit", "committed", "determined",
                       "resolve", "vow")
WISH_GOVERNORS = ("like", "want", "hope", "wish")
CONDITIONAL_MARKS = ("if", "unless", "whether")
# a force that will stay where it is announces no new act: 'troops would stay in the zone'
PRESENCE_VERBS = ("stay", "remain", "keep", "maintain", "leave")  # "leave" only with troops at a place
# a force said to stay past its deadline refuses to withdraw: 'would stay beyond the deadline'
DEADLINE_NOUNS = ("deadline", "expiry", "expiration")
PAST_PREPS, AFTER_PREPS = ("beyond", "past"), ("after",)
CHAIN_LIMIT = 6
# a harmful consequence set on a condition is a threat against whom the condition names
# ('sanctions could follow if X does not withdraw', 'could strike unless X pulls back')
CONSEQUENCE_TYPES = ("ASSAULT", "COERCE", "SANCTION")
CONSEQUENCE_VERBS = ("follow", "come", "ensue", "result")
WARNING_VERBS = ("warn", "threaten", "caution", "signal")
CONSEQUENCE_AUX = ("will", "would", "shall", "'ll", "could", "may", "might")
INTENT_CONFIDENCE_FACTOR = 0.8


def _chain(tok: Any, reporting: set[str]) -> list[Any]:
    """The trigger and its governing verbs up to (not including) a reporting verb."""
    out = [tok]
    t = tok
    while t.head != t and len(out) < CHAIN_LIMIT and t.dep_ in ("xcomp", "acomp", "conj"):
        t = t.head
        if t.lemma_ in reporting:
            break
        out.append(t)
    return out


def _aux(tok: Any) -> set[str]:
    """Lower-cased auxiliaries of a token."""
    return {c.lower_ for c in tok.children if c.dep_ == "aux"}


def _conditional(chain: list[Any]) -> bool:
    """True when the clause is conditional or a question ('if', 'unless', 'whether', or an
    inverted auxiliary: 'Should Iran attack, ...')."""
    if span_text(sentence_of(chain[0])).rstrip().endswith("?") or inverted_condition(chain[0]) \
            or any(open_question(t) for t in chain):
        return True
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for t in chain
               for c in t.children)


def _consequent(tok: Any, lex: Lexicon) -> bool:
    """True when the action is the consequent of an 'if'/'unless' clause, of a condition
    opened by an inverted auxiliary ('Should X attack, Y would defend it') or of a condition
    phrase on the action itself ('would pull back *provided that* ...', '*as long as* ...')."""
    chain = _chain(tok, lex.cue("reporting_verbs"))
    return any(c.dep_ == "advcl" and (any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                          for m in c.children) or inverted_condition(c))
               for t in chain for c in t.children) or condition_in(tok, lex) is not None


def intent_cue(tok: Any, lex: Lexicon) -> str | None:
    """'intent' for will/would/willing-to, 'obligation' for must/should, else None."""
    chain = _chain(tok, lex.cue("reporting_verbs"))
    if _conditional(chain) or any(_counterfactual(t) for t in chain):
        return None
    readiness = False  # a readiness under an obligation is owed: 'X must be ready to mediate'
    for t in chain:
        aux = _aux(t)
        if aux & set(OBLIGATION_AUX) or ("have" in {c.lemma_ for c in t.children if
                                                    c.dep_ == "aux"} and t.dep_ == "xcomp"):
            return "obligation"
        if aux & set(INTENT_AUX):
            return "intent"
        if t != tok and t.lemma_.lower() in INTENT_GOVERNORS:
            if t.lemma_.lower() not in READINESS_GOVERNORS and t.lower_ not in READINESS_GOVERNORS:
                return "intent"  # 'plans to', 'decided to'; not 'is prepared to'
            readiness = True
    return "intent" if readiness else None


def _counterfactual(tok: Any) -> bool:
    """'would have attacked', 'could have stormed': a modal with a perfect tells what did not
    happen, no intention."""
    aux = _aux(tok)
    return tok.tag_ == "VBN" and "have" in aux and bool(aux & set(COUNTERFACTUAL_AUX))


def stated_promise(tok: Any, lex: Lexicon) -> bool:
    """True when a cooperative future action reads as a party's promise or offer: stated by
    the narrator ('Oslo will send doctors') or in a statement ('Oslo said it will send
    doctors', 'a statement that it would help'), or a readiness ('is willing to withdraw');
    not the content of a belief, a forecast or a plan ('believes Oslo will send doctors',
    'announced plans that the minister will visit') nor a wish ('would like to support')."""
    chain = _chain(tok, lex.cue("reporting_verbs"))
    governors = {t.lemma_.lower() for t in chain if t.i != tok.i}
    if governors & set(WISH_GOVERNORS) or _proposed(tok, lex):
        return False
    if governors & set(READINESS_GOVERNORS):
        return True
    top = chain[-1]
    if top.dep_ == "ccomp":
        return top.head.lemma_.lower() in STATEMENT_VERBS
    if top.dep_ == "acl" and top.head.pos_ == "NOUN":
        return top.head.lemma_.lower() in STATEMENT_NOUNS
    return True


def _proposed(tok: Any, lex: Lexicon) -> bool:
    """True when the action is what a proposal or draft lays down ('under the draft, X would
    withdraw', 'the proposal provides for a period in which X would withdraw'): a text not
    yet agreed, whose terms are no promise of the party they name."""
    nouns = lex.cue("terms", "proposals")
    t = tok
    for _ in range(CHAIN_LIMIT + 2):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "under" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in c.children):
                return True
            if c.dep_ == "nsubj" and t.pos_ in ("VERB", "AUX") and c.lemma_.lower() in nouns:
                return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def speaker_token(tok: Any) -> Any | None:
    """The subject of the verb whose complement clause contains ``tok`` ('X said that ...')."""
    t = tok
    while t.head != t:
        if t.dep_ in ("ccomp", "acl") and t.head != t:
            head = t.head
            subj = [c for c in head.children if c.dep_ in ("nsubj",)]
            if subj:
                return subj[0]
            if head.pos_ == "NOUN" and head.head.pos_ == "VERB":
                subj = [c for c in head.head.children if c.dep_ == "nsubj"]
                return subj[0] if subj else None
            return None
        t = t.head
    return None


def standing_refusal(ev: EventMention, tok: Any) -> bool:
    """True for a negated recognition or acceptance told as a standing position: the present
    ('X [does not recognize] the court', 'do not accept the results') or the perfect with
    'never' or 'not' ('X [has never recognized] Y'). PLOVER's REJECT is every refusal; the
    position is held now, where a past 'did not accept' may tell one occasion."""
    if ev.type not in STANCE_TYPES or tok.lemma_.lower() not in STANCE_VERBS or not ev.source:
        return False
    aux = [c for c in tok.children if c.dep_ == "aux"]
    neg = {c.lower_ for c in tok.children if c.dep_ == "neg"}
    if not neg:
        return False
    if any(a.lemma_ == "do" and a.tag_ in PRESENT_TAGS for a in aux):
        return True
    return any(a.lemma_ == "have" and a.tag_ in PRESENT_TAGS for a in aux) and tok.tag_ == "VBN"


def _reprisal_refusal(tok: Any, lex: Lexicon) -> bool:
    """True for a refusal held over what the other side may do: the consequent of an 'if'
    clause that is not itself negated ('will not buy any more jets if the sanctions come',
    'said it would not attend the talks if X sent troops'): it threatens to withhold
    cooperation (CAMEO 131x) and refuses nothing yet. A refusal until a demand is met ('will
    not buy unless the ban is lifted', 'if the ban is not lifted') is the refusal it reads as
    (see ``extract/ultimatums.py``)."""
    for t in _chain(tok, lex.cue("reporting_verbs")):
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if"
                                         for m in c.children):
                return not any(g.dep_ == "neg" for g in c.children)
    return False


def intent_event(ev: EventMention, tok: Any, lex: Lexicon, negated: bool,
                 speaker: list[Participant]) -> EventMention | None:
    """The PLOVER intent event (AGREE/THREATEN/REJECT/REQUEST) a planned action implies."""
    if ev.attributes.get("speculative_context"):
        return None
    if negated and ev.type in COOPERATIVE_TYPES:
        tok = _support_verb(tok, lex)  # 'would not complete their withdrawal': a refusal
    cue = intent_cue(tok, lex)
    if cue is None:
        return _derived(ev, "REJECT", ev.source, ev.target, "refusal") \
            if negated and standing_refusal(ev, tok) else None
    if ev.type in SPEECH_ACT_TYPES:
        refusal = ev.type == "AGREE" and negated and cue == "intent" and ev.source
        return _derived(ev, "REJECT", ev.source, ev.target, "refusal") if refusal else None
    if cue == "obligation":
        if not speaker or _same_actors(speaker, ev.source):
            return None
        return _derived(ev, "REQUEST", speaker, ev.source or ev.target, "obligation")
    if not ev.source:
        return None
    if negated:
        kind = "REJECT" if ev.type in COOPERATIVE_TYPES else None
        if kind == "REJECT" and _reprisal_refusal(tok, lex):
            return _derived(ev, "THREATEN", ev.source, ev.target, "condition")
    else:
        kind = "THREATEN" if ev.type in HOSTILE_TYPES else "AGREE"
    if kind == "THREATEN" and continued_presence(ev, tok) and past_deadline(tok) and \
            not believed(tok, lex):
        return _derived(ev, "REJECT", ev.source, ev.target, "refusal")
    if kind == "THREATEN" and (continued_presence(ev, tok) or believed(tok, lex)):
        return None
    if kind == "AGREE" and (_consequent(tok, lex) or not stated_promise(tok, lex)):
        return None  # 'will meet if both sides agree' offers nothing yet; a threat stays one
    return _derived(ev, kind, ev.source, ev.target, "intent") if kind else None


def conditional_threat(ev: EventMention, tok: Any, lex: Lexicon,
                       speaker: list[Participant]) -> EventMention | None:
    """A harmful act (attack, coercion, sanction) that a clause says will, would, could or
    may come if or unless a condition holds is the THREATEN of its doer, or of the speaker
    when the act names none ('sanctions could follow if X does not withdraw, the minister
    said'), against the condition's subject (the act's target, read by the argument rules);
    a cooperative act under a condition ('will help if asked') stays no event."""
    if ev.type not in CONSEQUENCE_TYPES or ev.attributes.get("speculative_context"):
        return None
    head = tok
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and \
            tok.head.lemma_.lower() in CONSEQUENCE_VERBS:
        head = tok.head  # 'sanctions could follow'
    elif tok.pos_ != "VERB":
        return None
    if not _aux(head) & set(CONSEQUENCE_AUX) or _counterfactual(head) or believed(tok, lex):
        return None
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in c.children) for c in head.children):
        return None
    spk = speaker_token(tok)
    stated = spk is not None and spk.head.lemma_.lower() in STATEMENT_VERBS + WARNING_VERBS
    source = ev.source or (speaker if stated else [])  # not 'analysts expect sanctions …'
    if not source or not ev.target:
        return None
    return _derived(ev, "THREATEN", source, ev.target, "condition")


def _support_verb(tok: Any, lex: Lexicon) -> Any:
    """The light verb whose object an event noun is ('would not *complete* the withdrawal',
    'will not *hold* talks'), which carries the clause's future; else the token itself."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
            tok.head.lemma_.lower() in lex.cue("support_verbs"):
        return tok.head
    return tok


def continued_presence(ev: EventMention, tok: Any) -> bool:
    """A force's future presence where it already is ('the troops would stay in the buffer
    zone', 'will remain in five positions', 'will keep its soldiers there'): a continued
    state, neither a new deployment nor a threat of one."""
    return ev.type == "MOBILIZE" and tok.lemma_.lower() in PRESENCE_VERBS


def past_deadline(tok: Any) -> bool:
    """True when a presence is to go on past a deadline ('would stay beyond the deadline',
    'will remain past 31 March', 'to keep troops there after the deadline'): the
    withdrawal due by then is refused."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in PAST_PREPS + AFTER_PREPS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in DEADLINE_NOUNS or (
                    prep.lower_ in PAST_PREPS and obj.ent_type_ == "DATE"):
                return True
    return False


def _same_actors(a: list[Participant], b: list[Participant]) -> bool:
    """True when two participant lists share an actor or a span."""
    ka = {p.actor.id if p.actor else (p.start, p.end) for p in a}
    kb = {p.actor.id if p.actor else (p.start, p.end) for p in b}
    return bool(ka & kb)


def _derived(ev: EventMention, etype: str, source: list[Participant],
             target: list[Participant], how: str) -> EventMention:
    """A copy of ``ev`` recoded as the intent or request it expresses."""
    attributes = {k: v for k, v in ev.attributes.items() if k in ("duration", "counts",
                                                                   "amounts", "commitment")}
    attributes["intent_of"] = {"type": ev.type, "mode": ev.mode, "how": how,
                               "trigger": ev.trigger.to_dict()}
    return dataclasses.replace(
        ev, type=etype, mode=None, source=list(source), target=list(target),
        modality="asserted", attributes=attributes, claims=[],
        confidence=round(ev.confidence * INTENT_CONFIDENCE_FACTOR, 3))


def folds_action(derived: EventMention, tok: Any, lex: Lexicon) -> bool:
    """True when the derived intent or request replaces its action: an obligation said by
    another, a stated willingness or plan ('willing to', 'plans to', 'ready to'), or a refusal
    ('would not withdraw', 'will not accept the proposal')."""
    how = (derived.attributes.get("intent_of") or {}).get("how")
    if how in FOLDED_HOWS:
        return True
    if derived.type == REFUSAL_TYPE and how in REFUSAL_HOWS:
        # 'will not withdraw': a refusal reports no act of its own; an act only the CAMEO
        # dictionary reads stays apart, so that its confirmation still decides both
        return lex.is_curated("verb" if tok.pos_ in ("VERB", "AUX") else "noun", tok.lemma_)
    if how != "intent":
        return False
    chain = _chain(tok, lex.cue("reporting_verbs"))
    return any(t.i != tok.i and t.lemma_.lower() in INTENT_GOVERNORS and not taken(t)
               for t in chain)


def taken(governor: Any) -> bool:
    """A decision already taken ('has decided to expel', 'decided to downgrade relations'):
    the act decided is reported as planned beside the intent, not folded into it, since the
    reports that follow tell the act itself (the expulsion, the downgrade)."""
    return governor.lemma_.lower() in DECISION_GOVERNORS and governor.tag_ in ("VBD", "VBN")


def fold_action(derived: EventMention, action: EventMention) -> None:
    """Record the folded action as the derived event's embedded event."""
    embedded = [{"type": action.type, "mode": action.mode, "trigger": action.trigger.to_dict()}]
    derived.attributes["embedded"] = embedded + list(action.attributes.get("embedded", []))
