"""A warning about what somebody else will do is no threat.

PLOVER's THREATEN is a warning of the warner's own action: "Warsaw is warning it
could buy its tanks elsewhere", "warned Redland of a firm response". A warning
whose clause has another subject is a forecast, not a threat: "officials warn
[the flood] is too large to contain" (a thing), "warned that [other members]
might leave the bloc", "'[new tariffs] are coming,' warned an economist".
The warner's own side is the same word, a pronoun of the same number ("it",
"they"), the speaker's "I" / "we", the unnamed doer of a passive ("warning
that smugglers will be punished") or a party linked to the warner's country
("Tunis's police chief warned that police will no longer allow marches"); an
expletive "there" keeps the threat ("warned there would be consequences").
Without "that" the parser often takes the clause's subject for the warning's object and
leaves the clause without one ("experts warned [the economy] faces a recession", "aid groups
warned [the camps] lack water"): an object set before a tensed clause of no subject of its
own is that clause's subject.
The warner's own forces are its side too: "warned that its jets could strike", "our troops
will respond", "Redland's army would act" (a force or weapon noun owned by the warner, by a
pronoun of its number or by "our", under a modal: CAMEO's 138, a threat of military force);
"warned that prices could rise" and "warned that its economy would suffer" stay forecasts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.extract.agreements import BACKING_MEANS, FORCE_NOUNS

THREATEN = "THREATEN"
WARNING_LEMMAS = ("warn", "warning", "caution")
CLAUSE_DEPS = ("ccomp", "acl", "parataxis")
SUBJECT_DEPS = ("nsubj", "csubj")  # the doer; a passive's subject is the patient
OWN_PRONOUNS = ("i", "we")  # the speaker
SINGULAR_PRONOUNS = ("it", "he", "she")
PLURAL_PRONOUNS = ("they",)
PLURAL_TAGS = ("NNS", "NNPS")
CONTROLLED_DEPS = ("advcl", "xcomp", "conj", "acl")  # a participle sharing its head's subject
TENSED_TAGS = ("VBZ", "VBP", "VBD", "MD")
OWN_POSSESSIVES = ("our", "my")
SINGULAR_POSSESSIVES = ("its", "his", "her")
PLURAL_POSSESSIVES = ("their",)
THREAT_MODALS = ("will", "would", "shall", "'ll", "could", "may", "might", "can")


def _warner(tok: Any) -> Any | None:
    """The subject of the warning verb, or the possessor of the noun ('Ankara's warning'); for a
    participle, the subject of the verb it depends on ('Katz went further, warning that')."""
    for t in (tok, tok.head if tok.dep_ in CONTROLLED_DEPS else None):
        if t is None:
            break
        for c in t.children:
            if c.dep_ in ("nsubj", "poss"):
                return c
    return None


def _plural(tok: Any) -> bool:
    """True for a plural noun or coordinated subject."""
    return tok.tag_ in PLURAL_TAGS or tok.lower_ in ("they", "we") or bool(tok.conjuncts)


def _same_side(subj: Any, warner: Any | None, allied: Callable[[Any, Any], bool]) -> bool:
    """True when the clause's subject is the warner, the speaker or on the warner's side
    (linked to the same country: 'Cairo's security chief warned that police will ...')."""
    word = subj.lower_
    if word == "there":
        return True
    pronoun = _pronoun_side(word, warner, OWN_PRONOUNS, SINGULAR_PRONOUNS, PLURAL_PRONOUNS)
    if pronoun is not None or warner is None:
        return bool(pronoun)
    return subj.lemma_.lower() == warner.lemma_.lower() or subj.text in warner.text or \
        allied(subj, warner)


def _pronoun_side(word: str, warner: Any | None, own: tuple[str, ...],
                  singular: tuple[str, ...], plural: tuple[str, ...]) -> bool | None:
    """Whether a pronoun or possessive refers to the warner's side: the speaker's own ('we',
    'our'), or one whose number is the warner's ('it', 'its' for one warner; 'they', 'their'
    for several; either when the warner is unknown); None when the word is no such pronoun."""
    if word in own:
        return True
    if word in singular:
        return warner is None or not _plural(warner)
    if word in plural:
        return warner is None or _plural(warner)
    return None


def forecast_warning(etype: str, tok: Any, allied: Callable[[Any, Any], bool]) -> bool:
    """True for a THREATEN 'warn' whose clause tells what another party or thing will do."""
    if etype != THREATEN or tok.lemma_.lower() not in WARNING_LEMMAS:
        return False
    clauses = [c for c in tok.children if c.dep_ in CLAUSE_DEPS or
               (c.dep_ == "xcomp" and _tensed(c))]  # 'warned the camps [lack] water'
    if not clauses:
        return False
    clause = clauses[0]
    agents = [g for a in clause.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    subjects = agents or [s for s in clause.children if s.dep_ in SUBJECT_DEPS or s.dep_ == "expl"]
    if not subjects:
        subjects = _object_as_subject(tok, clause)
    if not subjects:
        return False
    warner = _warner(tok)
    return not _same_side(subjects[0], warner, allied) and \
        not _own_forces(subjects[0], clause, warner, allied)


def _own_forces(subj: Any, clause: Any, warner: Any | None,
                allied: Callable[[Any, Any], bool]) -> bool:
    """True when the clause tells what the warner's own forces or arms will, would or could
    do ('warned that its jets could strike', 'our troops will respond', "Redland's army would
    act"): a force or weapon noun whose possessor is the warner's side, under a modal."""
    if subj.lemma_.lower() not in FORCE_NOUNS | BACKING_MEANS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in clause.children):
        return False
    owners = [c for c in subj.children if c.dep_ == "poss"]
    if not owners:
        return False
    owner = owners[0]
    pronoun = _pronoun_side(owner.lower_, warner, OWN_POSSESSIVES, SINGULAR_POSSESSIVES,
                            PLURAL_POSSESSIVES)
    if pronoun is not None or warner is None:
        return bool(pronoun)
    return owner.tag_ not in ("PRP", "PRP$") and _same_side(owner, warner, allied)


def _tensed(verb: Any) -> bool:
    """A verb with a tense of its own or a modal ('faces', 'lacked', 'could hit'); not an
    infinitive or a participle."""
    return verb.tag_ in TENSED_TAGS or any(c.dep_ == "aux" and c.tag_ in TENSED_TAGS
                                           for c in verb.children)


def _object_as_subject(tok: Any, clause: Any) -> list[Any]:
    """The warning's direct object when it stands right before a tensed clause that has no
    subject and no 'that' ('warned the economy faces a recession': the parser's object is the
    clause's subject); none otherwise ('warned Moscow it would respond' has its own)."""
    if clause.dep_ not in ("ccomp", "xcomp") or not _tensed(clause) or \
            any(c.dep_ == "mark" for c in clause.children):
        return []
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.i < clause.i]
    if not objects or max(t.i for t in objects[0].subtree) + 1 != \
            min(t.i for t in clause.subtree):
        return []
    return objects[:1]


# A warning of the consequences, risks or dangers of a state of affairs ("warned of the
# consequences of climate change") names neither the warner's act nor a party's: CAMEO's 130 is
# a warning of the warner's own action or of a consequence for a party ("WARN * CONSEQUENCES").
EFFECT_NOUNS = ("consequence", "danger", "risk", "effect", "impact", "cost", "peril",
                "repercussion", "fallout")
ABOUT_PREPS = ("of", "about")
ACT_NOUNS = ("action", "act", "decision", "move", "step", "policy", "measure", "behavior",
             "behaviour", "conduct")  # a party's act, named or not ("of such a move")
PARTY_LABELS = ("PERSON", "NORP", "ORG", "GPE", "FAC")
CONDITION_MARKS = ("if", "unless", "should")


def _party_or_act(tok: Any, is_event_noun: Callable[[str], bool]) -> bool:
    """True when the phrase under ``tok`` names a party or a party's act: a name, a possessive
    ('its', "Borovia's"), a verb ('of attacking'), an act noun or an event noun of the
    lexicon ('of any attack')."""
    for t in tok.subtree:
        if t.ent_type_ in PARTY_LABELS or t.dep_ == "poss" or t.tag_ in ("PRP", "PRP$"):
            return True
        if (t.pos_ in ("VERB", "AUX") and t.dep_ != "amod") or t.lemma_.lower() in ACT_NOUNS or \
                (t.pos_ == "NOUN" and is_event_noun(t.lemma_.lower())):
            return True
    return False


def state_warning(etype: str, tok: Any, is_event_noun: Callable[[str], bool]) -> bool:
    """True for a THREATEN 'warn' whose only content is the consequences, risks or dangers of
    a state of affairs: no addressee, no clause, no condition ('warned of dire consequences if
    ...'), and an of-/about-object whose own of-object names no party and no party's act."""
    if etype != THREATEN or tok.lemma_.lower() not in WARNING_LEMMAS:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "dative", "iobj") + CLAUSE_DEPS for c in kids):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                     for m in c.children) for c in kids):
        return False
    objects = [g for p in kids if p.dep_ == "prep" and p.lower_ in ABOUT_PREPS
               for g in p.children if g.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in EFFECT_NOUNS:
        return False
    effect = objects[0]
    of_objects = [g for p in effect.children if p.dep_ == "prep" and p.lower_ in ABOUT_PREPS
                  for g in p.children if g.dep_ in ("pobj", "pcomp")]
    if not of_objects:
        return False  # "warned of serious consequences": the warner's own response
    if any(c.dep_ == "poss" or c.ent_type_ in PARTY_LABELS for c in effect.children):
        return False
    return not any(_party_or_act(g, is_event_noun) for g in of_objects)
