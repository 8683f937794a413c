"""Conditional commitments: an offer or pledge whose content holds only if something else
happens ("offered to extend the deadline if the rebels free the hostages", "agreed to withdraw
provided that the army deploys", "will release them on condition that ...").

An agreement whose own clause carries a condition ("agreed to a ceasefire if the army does
the same", "accepted the truce on condition that ...") is such an offer too. Such an offer
is not an asserted agreement (nothing was agreed yet) and the promise it makes
is decided only by a report that it was carried out. The condition is a clause hanging from
the offered action with a condition mark ("if", "unless") or a condition phrase ("provided
that", "on condition that", "as long as"); the cues are package data
(``plover_patterns.json``: ``conditional``).
"""

from __future__ import annotations

from typing import Any

from eventwire.extract.lexicon import Lexicon

CLAUSE_DEPS = ("advcl", "prep", "ccomp", "conj", "npadvmod", "acl")
CLAUSAL = ("advcl", "xcomp", "ccomp", "conj", "relcl", "acl", "parataxis")
OFFER_TYPES = ("AGREE", "CONCEDE", "COOPERATE", "AID", "RETREAT")
CONCESSIVE_WORDS = ("even", "as")  # 'even if', 'as if': no condition
MAX_PHRASE = 4  # words of the longest condition phrase
ONLY = "only"  # 'only after X agrees', 'only once the shelling stops': a condition
RESTRICTED_MARKS = ("after", "once", "when")  # time marks that 'only' turns into a condition
PROVISO_WORDS = ("provided", "providing")  # 'provided the truce holds' without 'that'
PROVISO_DEPS = ("prep", "advcl", "mark")
PROVISO_BEFORE = (",", "only", "but", "and")  # 'talks on Monday, provided ...'
CLAUSE_START_POS = ("DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM")  # a clause's subject opens


def _phrases(lex: Lexicon) -> list[tuple[str, ...]]:
    """Condition phrases as word tuples, longest first."""
    words = [tuple(p.split()) for p in lex.cue("conditional", "phrases")]
    return sorted(words, key=len, reverse=True)


def _starts_phrase(tok: Any, phrases: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The condition phrase that begins at ``tok`` ('provided that', 'on condition that')."""
    doc = tok.doc
    first = tok.lower_
    for p in phrases:
        if p and p[0] != first:
            continue  # the first word already differs: no need to build the span
        end = tok.i + len(p)
        if end <= len(doc) and tuple(t.lower_ for t in doc[tok.i:end]) == p:
            return p
    return None


def _clause_span(tok: Any) -> tuple[int, int]:
    """Character range of the clause a condition cue introduces (its head's subtree)."""
    head = tok.head if tok.dep_ in ("mark", "advmod", "prep", "cc") else tok
    toks = [t for t in head.subtree if t.i >= tok.i]
    return tok.idx, max(t.idx + len(t.text) for t in toks)


def condition_in(action: Any, lex: Lexicon) -> dict[str, Any] | None:
    """The condition clause attached to what is offered (``action``: the head token of the
    offered act), ``{"cue", "start", "end", "text"}``, or None."""
    marks = lex.cue("conditional", "marks")
    phrases = _phrases(lex)
    for tok in action.subtree:
        if tok.i < action.i and tok.dep_ in ("nsubj", "nsubjpass", "aux"):
            continue
        cue = None
        if tok.dep_ == "mark" and tok.lower_ in marks and tok.head.dep_ in CLAUSE_DEPS:
            cue = tok.lower_
        elif _restricted(tok) or _proviso(tok):
            cue = f"{ONLY} {tok.lower_}" if tok.lower_ in RESTRICTED_MARKS else tok.lower_
        else:
            found = _starts_phrase(tok, phrases)
            cue = " ".join(found) if found else None
        if cue is None or not _governs(action, tok):
            continue
        start, end = _clause_span(tok)
        if cue.startswith(ONLY + " "):
            start = tok.doc[tok.i - 1].idx  # the clause with its 'only'
        return {"cue": cue, "start": start, "end": end, "text": tok.doc.text[start:end]}
    return None


def _restricted(tok: Any) -> bool:
    """A time clause that 'only' makes a condition ('will sign only after X agrees', 'only
    once the shelling stops', 'only when the troops leave'); a plain 'after' clause times
    the act."""
    if tok.lower_ not in RESTRICTED_MARKS or tok.dep_ not in ("mark", "advmod") or \
            tok.head.dep_ not in CLAUSE_DEPS:
        return False
    if any(c.lower_ == ONLY for c in tok.children):
        return True  # 'only when': 'only' modifies the mark
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == ONLY and \
        tok.doc[tok.i - 1].head in (tok, tok.head)


def _proviso(tok: Any) -> bool:
    """'provided' or 'providing' opening a clause without 'that' ('talks on Monday, provided
    the truce holds'); not the verb ('provided aid', 'aid provided by X')."""
    if tok.lower_ not in PROVISO_WORDS or tok.dep_ not in PROVISO_DEPS or tok.i == 0 or \
            tok.i + 1 >= len(tok.doc):
        return False
    if any(c.dep_ in ("dobj", "agent", "dative") for c in tok.children):
        return False
    return tok.doc[tok.i - 1].lower_ in PROVISO_BEFORE and \
        tok.doc[tok.i + 1].pos_ in CLAUSE_START_POS


def _governs(action: Any, cue: Any) -> bool:
    """Whether the clause a condition cue opens qualifies ``action`` itself, not a clause
    nested under it ('will meet at 7am, to be followed by talks if both sides agree': the
    condition is on the talks)."""
    t = cue
    while t != action and t.dep_ not in CLAUSAL and t.head != t:
        t = t.head
    if t == action:
        return True
    t = t.head
    while t != action:
        if t.dep_ in CLAUSAL or t.head == t:
            return False
        t = t.head
    return True


def offered_action(trigger: Any) -> Any | None:
    """The head of what an offer trigger offers: 'offered [to extend ...]', 'pledged [that it
    would release ...]', 'agreed [to withdraw ...]'."""
    for child in trigger.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return child
    return None


def conditional_offer(trigger: Any, etype: str, lex: Lexicon) -> dict[str, Any] | None:
    """The condition of an offer, pledge or agreement (event type ``etype``) whose offered
    act holds only under a condition (None for threats: a threat is conditional by nature
    and is itself the event)."""
    if etype not in OFFER_TYPES or trigger.pos_ not in ("VERB", "AUX"):
        return None
    if offered_action(trigger) is None:  # 'agreed to a ceasefire if the army does the same'
        if etype != "AGREE":  # a step taken on a condition happened ('withdrew on condition')
            return None
        found = _own_condition(trigger, lex) or condition_in(trigger, lex)
        return found if found is not None and not _concessive(trigger.doc, found) else None
    return commitment_condition(trigger, lex)


def _concessive(doc: Any, found: dict[str, Any]) -> bool:
    """Whether a condition mark opens a concession or a comparison, not a condition ('even
    if it remains fragile', 'as if nothing had happened')."""
    before = doc.text[:found["start"]].split()
    return bool(before) and before[-1].lower() in CONCESSIVE_WORDS


def _own_condition(verb: Any, lex: Lexicon) -> dict[str, Any] | None:
    """A condition clause hanging from the verb itself ('agreed, if ..., to withdraw')."""
    marks = lex.cue("conditional", "marks")
    for child in verb.children:
        if child.dep_ != "advcl":
            continue
        for m in child.children:
            if m.dep_ == "mark" and m.lower_ in marks:
                start, end = _clause_span(m)
                return {"cue": m.lower_, "start": start, "end": end,
                        "text": m.doc.text[start:end]}
    return None


def commitment_condition(trigger: Any, lex: Lexicon) -> dict[str, Any] | None:
    """The condition a commitment holds under: on what is offered or threatened ('will
    attack if ...', 'warning that if the shelling resumes, the army would ...'), else on the
    trigger's own clause."""
    action = offered_action(trigger)
    if action is not None:
        found = condition_in(action, lex)
        if found is not None:
            return found
    return _own_condition(trigger, lex) or (
        condition_in(trigger, lex) if trigger.pos_ in ("VERB", "AUX") else None)
