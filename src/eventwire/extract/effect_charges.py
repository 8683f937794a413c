"""A party's act judged by its effect in quoted or reported speech: a charge.

'said X poses a threat to the region', '"they are undermining the truce," she said',
'said X ignored the court, threatening the unity of the nation': a speaker telling what
another party's conduct does to a state of things (its peace, stability, sovereignty, a
truce) disapproves of that party (CAMEO 11, PLOVER ACCUSE), whatever the verb would mean
told as an act of its own. PETRARCH2's CAMEO verb dictionary lists the predicates
(ENDANGER, UNDERMINE, THREATEN, 'POSE * {REAL THREAT}', 'WARN * STABILITY'); the cues are
``effect_verbs``, ``threatened_values``, ``effect_nouns`` and ``effect_copulas`` of
``disapproval_charges`` in plover_patterns.json. This module finds the predicate and its
doer from the parse alone; events.py turns it into the speaker's ACCUSE.
"""

from __future__ import annotations

from typing import Any

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
DOER_MODIFIER_DEPS = ("poss", "amod", "compound")  # 'Israel's raids', 'Thai strikes'
NEGATORS = ("no", "not", "never", "n't", "neither", "nor")
PARTY_ENTS = ("PERSON", "ORG", "GPE", "NORP")
MODALS = ("could", "might", "may", "would", "should", "can")


THREATEN = "threaten"


def effect_lemmas(cues: Any) -> frozenset[str]:
    """Every lemma at which ``effect_predicate`` can find a predicate (any other word gives
    None): a loop over a sentence tests only these words."""
    return cues("effect_verbs") | cues("effect_copulas") | {THREATEN}


def effect_predicate(verb: Any, cues: Any) -> Any | None:
    """The object judged when ``verb`` tells an effect on a state of things ('undermines the
    truce', 'threatens regional stability', 'poses a threat to X', 'is a danger to X'), else
    None. ``cues(name)`` gives a cue list of ``disapproval_charges``. A negated or hedged
    predicate ('poses no threat', 'could undermine') is no charge."""
    if verb.pos_ not in ("VERB", "AUX") or _negated(verb) or _hedged(verb):
        return None
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    if lemma in cues("effect_verbs"):
        return objects[0] if objects else None
    if lemma == THREATEN:  # a state of things threatened, no warning to a party
        return next((o for o in objects if o.dep_ == "dobj" and
                     o.lemma_.lower() in cues("threatened_values")), None)
    if lemma in cues("effect_copulas"):
        return next((o for o in objects if o.lemma_.lower() in cues("effect_nouns") and
                     not any(c.dep_ == "det" and c.lower_ in NEGATORS for c in o.children)),
                    None)
    return None


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATORS)
               for c in verb.children)


def _hedged(verb: Any) -> bool:
    """A possibility or a condition, not a judgment told as fact: 'could undermine', 'if it
    threatens'."""
    return any((c.dep_ == "aux" and c.lower_ in MODALS) or
               (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
               for c in verb.children)


def effect_subject(verb: Any) -> tuple[Any, Any] | None:
    """The subject of the effect predicate and the verb of its clause: its own, a coordinated
    verb's ('he challenged the court and undermined the constitution'), the main clause's for
    a participle ('X defied the court, undermining its authority'), or the noun a relative
    clause describes."""
    tok = verb
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj, tok
        if tok.dep_ == "relcl":
            return tok.head, tok
        if tok.dep_ == "conj" or (tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG"):
            tok = tok.head
            continue
        return None
    return None


def effect_doers(subj: Any, is_party: Any) -> list[Any]:
    """The parties the subject names: itself, or for an act or a thing the party that does
    or owns it ('Israel's raids', 'the Thai strikes'); [] when no party is named ('the
    storm threatens the harvest', 'inflation undermines growth')."""
    if is_party(subj):
        return [subj]
    return [c for c in subj.children if c.dep_ in DOER_MODIFIER_DEPS and
            (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in PARTY_ENTS)]
