"""Agreed ceasefires: a truce between parties is an agreement, a party's own halt a retreat.

CAMEO draws the line itself: 0871 "declare truce, ceasefire" is one party's
halt (PLOVER RETREAT, mode ceasefire: "the rebels declared a unilateral
ceasefire"), while agreeing to, approving or arranging a ceasefire is an
agreement (CAMEO 0356 "agree to / approve / arrange a ceasefire", PLOVER
AGREE). A ceasefire noun is read as agreed when its own sentence says so: the
object or passive subject of an agreement verb ("the cabinet approved the
truce", "the ceasefire was agreed in Doha"), a truce "between" parties, a
brokered, mediated or agreed truce, a truce named as an agreement ("the
ceasefire arrangement"). A truce called unilateral, and a truce taking or
holding effect ("took effect", "is due to begin", "has been in force") stay
RETREAT: the halt itself, whoever agreed it, and a step of its own. The
retyped event keeps the halt as its embedded action, as "agreed to a
ceasefire" does, so commitments still read a ceasefire; a later mention of
the halt takes its parties from the agreement. Cue words: ``truce`` in
``plover_patterns.json`` (EVENTS.md).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.extract.lexicon import Lexicon
from eventwire.extract.triggers import Trigger
from eventwire.model import EventMention

HALT_TYPE, HALT_MODE = "RETREAT", "ceasefire"
AGREE_TYPE = "AGREE"
GOVERNED_DEPS = ("dobj", "nsubjpass", "attr", "oprd")  # the truce as the object of its verb
MODIFIER_DEPS = ("amod", "compound", "acl", "relcl", "advmod", "npadvmod")
SUBJECT_DEPS = ("nsubj",)
CHAIN_DEPS = ("xcomp", "acomp")  # the verbs a subject's verb chains to ('is due to take')
CUES = ("truce",)
HAND_OVER_MODES = ("release", "resign")  # RETREAT acts that are no halt of fighting


def _cue(lexicon: Lexicon, name: str) -> frozenset[str]:
    """One cue list of the ``truce`` block of plover_patterns.json."""
    return lexicon.cue(*CUES, name)


def is_truce(tok: Any, lexicon: Lexicon) -> bool:
    """True for a ceasefire noun ('ceasefire', 'truce', 'armistice')."""
    return tok.lemma_.lower() in _cue(lexicon, "nouns") or tok.lower_ in _cue(lexicon, "nouns")


def _lemma(tok: Any) -> str:
    """The lower-cased lemma, with a hyphenated modifier reduced to its last part
    ('US-brokered' -> 'brokered' -> 'broker')."""
    text = tok.lower_.rsplit("-", 1)[-1]
    return tok.lemma_.lower() if text == tok.lower_ else text


def _modifiers(tok: Any) -> list[Any]:
    """The truce's own modifiers, with the words of a hyphenated one ('US-[brokered]')."""
    out = [c for c in tok.children if c.dep_ in MODIFIER_DEPS]
    out.extend(g for c in list(out) for g in c.children if g.dep_ in ("amod", "compound"))
    return out


def unilateral(tok: Any, lexicon: Lexicon) -> bool:
    """A halt the sentence calls one party's own: 'a unilateral ceasefire'."""
    return any(_lemma(c) in _cue(lexicon, "unilateral") for c in _modifiers(tok))


def in_effect(tok: Any, lexicon: Lexicon) -> bool:
    """The halt itself taking or holding effect ('the truce took effect', 'began at dawn',
    'has been in force since'), which PLOVER codes RETREAT whoever agreed it."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head.i == tok.i:
        return False
    verbs = [tok.head]
    for _ in range(2):  # 'is [due] to [take] effect', 'is expected to [begin]'
        verbs += [c for v in verbs for c in v.children
                  if c.dep_ in CHAIN_DEPS and c not in verbs]
    if any(v.lemma_.lower() in _cue(lexicon, "effect_verbs") for v in verbs):
        return True
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "attr")]
    objects += [g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _cue(lexicon, "effect_nouns") for o in objects)


def extended(tok: Any, lexicon: Lexicon) -> bool:
    """A truce said to go on until a later end ('the ceasefire would remain in effect until
    18 February', 'the truce will continue until the end of the month'): its extension, an
    agreement on that end, not the halt taking effect."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head.i == tok.i:
        return False
    verb = tok.head
    return verb.lemma_.lower() in _cue(lexicon, "extension_verbs") and any(
        c.dep_ == "prep" and c.lower_ in _cue(lexicon, "until") for c in verb.children)


def terms_of(tok: Any, lexicon: Lexicon) -> bool:
    """A truce spoken of as a set of terms, which only an agreement has: extended, prolonged or
    renewed ('the truce was extended to 18 February', 'the sides renewed the ceasefire', a
    headline's 'truce extended to 18 February', 'an extended ceasefire'), the
    compound of its deadline or terms ('the ceasefire deadline'), or the agent that sets a
    period or condition ('the withdrawal period set by the ceasefire'). A unilateral truce is
    ruled out before (``agreed_truce``)."""
    extend = _cue(lexicon, "extend_verbs")
    if any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in extend for c in tok.children):
        return True  # 'truce extended by two days' (a headline), 'an extended ceasefire'
    head = tok.head
    if head.i == tok.i:
        return False
    if head.lemma_.lower() in extend and (tok.dep_ in GOVERNED_DEPS or (
            tok.dep_ == "nsubj" and head.tag_ == "VBN")):
        return True  # 'the truce was extended', 'US says truce extended to 18 February'
    if tok.dep_ == "compound" and head.lemma_.lower() in _cue(lexicon, "terms_nouns"):
        return True
    return tok.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent" and \
        head.head.lemma_.lower() in _cue(lexicon, "terms_verbs")


def _agreement_verb(verb: Any, lexicon: Lexicon) -> bool:
    """A verb of agreeing ('approve', 'reach', 'broker', 'agree')."""
    return verb.lemma_.lower() in _cue(lexicon, "agree_verbs")


def named_agreement(tok: Any, lexicon: Lexicon) -> bool:
    """A truce naming an agreement: 'the ceasefire agreement', 'a truce and hostage deal'."""
    return tok.dep_ in ("compound", "conj") and \
        tok.head.lemma_.lower() in _cue(lexicon, "agreement_nouns")


def agreed(tok: Any, lexicon: Lexicon) -> bool:
    """True when the sentence itself makes the truce an agreement between parties."""
    head = tok.head
    if tok.dep_ in GOVERNED_DEPS and head.i != tok.i and _agreement_verb(head, lexicon):
        return True  # 'approved the truce', 'the ceasefire was agreed'
    if tok.dep_ == "pobj" and head.lower_ in ("to", "on") and _agreement_verb(head.head, lexicon):
        return True  # 'agreed to a ceasefire', 'agreed on a truce'
    if named_agreement(tok, lexicon):
        return True  # 'the ceasefire agreement', 'a truce and hostage deal'
    if terms_of(tok, lexicon):
        return True  # 'the truce was extended', 'the ceasefire deadline', 'set by the truce'
    if any(c.dep_ == "prep" and c.lower_ in _cue(lexicon, "between") for c in tok.children):
        return True  # 'a ceasefire between Israel and Hezbollah'
    mods = _modifiers(tok)
    if any(_lemma(c) in _cue(lexicon, "agreed_modifiers") for c in mods):
        return True  # 'a US-brokered truce', 'the ceasefire agreed on Monday'
    return any(c.dep_ in ("acl", "relcl") and _agreement_verb(c, lexicon) for c in mods)


def agreed_truce(tok: Any, lexicon: Lexicon) -> bool:
    """Whether a ceasefire noun names an agreement: not called unilateral, not taking
    effect, and agreed in its own sentence."""
    if not is_truce(tok, lexicon) or unilateral(tok, lexicon):
        return False
    named = named_agreement(tok, lexicon)
    if in_effect(tok.head if named else tok, lexicon):
        # 'the ceasefire (agreement) took effect': the halt; 'would remain in effect until
        # 18 February': its extension
        return extended(tok.head if named else tok, lexicon)
    return named or agreed(tok, lexicon)


def as_agreement(trig: Trigger) -> Trigger:
    """The trigger retyped as the agreement (AGREE, no mode)."""
    return Trigger(trig.token, replace(trig.entry, type=AGREE_TYPE, mode=None), trig.nominal,
                   trig.extra, retyped=trig.entry)


def halt_of(trig: Trigger) -> bool:
    """True for a ceasefire trigger (RETREAT in ceasefire mode)."""
    return trig.entry.type == HALT_TYPE and trig.nominal and \
        (trig.entry.mode or "").endswith(HALT_MODE)


def retype_truces(triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The sentence's triggers with agreed ceasefires retyped AGREE (``Trigger.retyped`` keeps
    the halt, the event's embedded action)."""
    return [as_agreement(t) if halt_of(t) and agreed_truce(t.token, lexicon) else t
            for t in triggers]


def into_agreement_noun(triggers: list[Trigger]) -> dict[int, Trigger]:
    """Retyped ceasefires naming an agreement trigger of the sentence ('the [ceasefire]
    agreement'): token index -> that trigger, which absorbs them."""
    by_token = {t.token.i: t for t in triggers}
    out = {}
    for t in triggers:
        head = by_token.get(t.token.head.i)
        if t.retyped is not None and t.token.dep_ == "compound" and head is not None and \
                head is not t and head.entry.type == AGREE_TYPE:
            out[t.token.i] = head
    return out


def truce_mention(ev: EventMention) -> bool:
    """A mention of a ceasefire: the halt (RETREAT/ceasefire) or an agreed truce (an AGREE
    whose embedded action is that halt)."""
    if ev.type == HALT_TYPE:
        return (ev.mode or "").endswith(HALT_MODE)
    return ev.type == AGREE_TYPE and any(
        e.get("type") == HALT_TYPE and (e.get("mode") or "").endswith(HALT_MODE)
        for e in ev.attributes.get("embedded") or [])


def truce_context(ev: EventMention, previous: list[EventMention]) -> list[EventMention]:
    """The earlier mentions a ceasefire mention takes its parties from: a halt and an agreed
    truce name one ceasefire, so each counts as the other's type ('Israel and Hamas agreed
    to a truce ... the truce would begin on Sunday')."""
    if not truce_mention(ev):
        return previous
    return [replace(o, type=ev.type) if o.type != ev.type and truce_mention(o) else o
            for o in previous if not hand_over(o)]


def hand_over(ev: EventMention) -> bool:
    """A release of captives or a resignation (RETREAT too): its parties are no truce's."""
    return ev.type == HALT_TYPE and (ev.mode or "").rpartition("/")[2] in HAND_OVER_MODES
