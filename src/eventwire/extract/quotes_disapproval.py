"""Disapproval in reported speech: a speaker's quoted criticism is a PLOVER ACCUSE.

PLOVER codes a speaker's criticism, blame or condemnation as ACCUSE even when no
accusing verb reports it: "'Their hostility is directed at women,' she said",
"'We are gravely concerned about the actions of X,' the senators wrote". The
words that mark it are PETRARCH2's CAMEO vocabulary of disapproval (CAMEO 110-112:
the attitude nouns of "express *dismay*", "voice *outrage*" and the evaluations
of "dismiss X *as fabrication*", "call X *illegitimate*"), listed under
``disapproval`` in ``plover_cameo.json`` by ``scripts/build_cameo_lexicon.py``.

A charge made by naming is one too: a party that calls, brands or describes something
as one of the evaluations (with the charges of ``disapproval_charges`` in
``plover_patterns.json``: "called the presence an *occupation*", "described the raid
as a *violation* of the truce") accuses, the naming verb's subject as the source.

A quote with a speaker whose content uses one of them, in a sentence that has
no ACCUSE yet, gives one ACCUSE (mode disapprove): the speaker is the source, the
parties the content names around the word (its subject, possessor, object) are
the target. The word must be what the content says of something: an
evaluation as predicate ("is *unacceptable*", "cited X as a *crime*"), an
attitude noun as predicate or object ("reflects the *fear*", "a major
*concern*"); not a name for something ("killed 33 *terrorists*", "*terrorism*
deaths") or a motive ("for *fear* of reprisal"). As for quoted demands, the speaker or a
criticised party must be a known actor: a private speaker's feeling about nobody in
particular ("it came as a *shock*, the farmer said") is no party's charge.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from eventwire.annotate.doccache import between, column, positions_in, tokens_in
from eventwire.extract.event_places import same_participant
from eventwire.extract.lexicon import Entry
from eventwire.extract.participants import speakers_side
from eventwire.extract.reception import eased
from eventwire.extract.triggers import Trigger, misparsed_naming
from eventwire.model import EventMention, Participant, Quote

ACCUSE = "ACCUSE"
MODE = "disapprove"
ORIGIN = "quoted"
CUE_POS = {"NOUN": "noun", "ADJ": "adj", "PROPN": "noun"}
NOUNS, EVALUATIONS = "nouns", "evaluations"  # the two lists of plover_cameo.json
ADJECTIVES, PASSIVES = "adjectives", "passives"  # attitudes held ('we are [concerned]',
# 'we are [alarmed] by'), from plover_patterns.json
PASSIVE_TAG = "VBN"
PREDICATE_DEPS = ("attr", "acomp", "oprd")  # 'is unacceptable', 'called it a fabrication'
OBJECT_DEPS = ("dobj",)  # an attitude held or shown: 'reflects the fear'
AS_PREPS = ("as",)  # 'cited X as a major concern'
AS_DEPS = ("pobj", "amod")  # 'as [a crime]', 'as [cruel]' (an adjective hung on 'as')
HIGHLIGHTING_VERBS = "highlighting_verbs"  # CAMEO's EMPHASIZE verbs: 'highlighted X's [violations]'
NAMING_VERBS, AS_VERBS = "naming_verbs", "as_verbs"  # 'called X [a crime]', 'described X as [a crime]'
NAMED_ATTACKS = "named_attacks"  # attack nouns that charge only as what a naming verb calls a thing:
# 'called the shelling an unprovoked [attack]' accuses the shelling's doer; the namer attacks no one
COPULAR_VERBS = "copular_verbs"  # verbs that state what a thing is, as 'be' does: 'X [constitutes] a
# violation', 'X [amounts to] a breach', 'X [is in] breach' (an entry of two words is a verb or
# an adjective and its preposition)
POLAR = "polar"  # adjectives of strongly negative valence (VADER, events_polarity.json):
# 'is [unacceptable]', 'called the ruling [outrageous]'
SUBJECT_DEPS = ("nsubj",)
ATTRIBUTIVE = "attributive"  # charges also as a modifier: 'these [baseless] challenges', 'a
# [sham] trial', 'politically [motivated] charges'
ATTRIBUTIVE_DEPS = ("amod", "compound")
QUALIFIED = "qualified"  # charges only with their adverb: 'politically motivated'
NEGATED_EVALUATIONS = "negated_evaluations"  # charges only when negated: 'the vote was not
# [fair]', 'does not consider the court [legitimate]'
SMALL_CLAUSE_VERBS = "small_clause_verbs"  # verbs that name a thing by a small clause, which
# spaCy parses as a clause of the verb: 'considers [the court illegitimate]'
RULE_DEPS = ("xcomp", "ccomp")  # 'it is illegal [to cross]': a rule stated, no charge

STATE_NOUNS = frozenset({  # states of affairs a lament is said of, no party's conduct
    "situation", "condition", "state", "consequence", "impact", "effect", "outlook", "damage",
    "toll", "loss", "weather", "climate", "economy", "outcome", "result", "scene", "picture",
    "atmosphere", "crisis", "shortage", "suffering", "prospect", "future", "level", "price",
    "cost", "harvest", "figure", "number", "reality", "plight",
})
ACTOR_ENTS = ("PERSON", "ORG", "GPE", "NORP")
LIGHT_NOUNS = frozenset({  # nouns that only carry the charge they qualify: 'an [act] of
    # aggression', 'a terrorist [act]', 'a [form] of terrorism', 'a cowardly [act]'
    "act", "form", "kind", "case", "instance", "example", "manifestation"})
Builder = Callable[[Trigger], EventMention | None]
Linker = Callable[[Any], list[Participant]]  # the participants a token names


def quote_of(quotes: list[Quote], tok: Any) -> Quote | None:
    """The quote with a speaker whose content holds the token, if any."""
    for q in quotes:
        if q.speaker is not None and q.content.start <= tok.idx < q.content.end:
            return q
    return None


def _cue(tok: Any, words: dict[str, frozenset[str]]) -> bool:
    """True for a disapproval word said of something: an evaluation as predicate, an attitude
    noun as predicate or object."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":  # 'we are [alarmed] by ...': an attitude in the passive
        return tok.tag_ == PASSIVE_TAG and lemma in words.get(PASSIVES, ()) and any(
            c.dep_ == "auxpass" for c in tok.children)
    if tok.pos_ not in CUE_POS:
        return False
    if tok.pos_ == "ADJ" and lemma in words.get(ADJECTIVES, ()):
        return tok.dep_ in PREDICATE_DEPS  # 'we are deeply [concerned] about ...'
    if polar_cue(tok, words):
        if _state_of_affairs(tok):
            return False  # 'the humanitarian situation is [catastrophic]': no one judged
        first = _first_conjunct(tok)
        return first.dep_ in PREDICATE_DEPS or (first.dep_ in AS_DEPS
                                                and first.head.lower_ in AS_PREPS)

    if lemma in words.get(EVALUATIONS, ()) and not _charge_said(tok, lemma, words):
        return False
    if lemma in words.get(ATTRIBUTIVE, ()) and tok.dep_ in ATTRIBUTIVE_DEPS:
        return True  # 'we will fend off these [baseless] legal challenges'
    if lemma in words.get(EVALUATIONS, ()) and highlighting_verb(tok, words) is not None:
        return True  # 'highlighted the regime's [violations] of the accord'
    if lemma in words.get(EVALUATIONS, ()) and copular_verb(tok, words) is not None:
        return True  # 'the delay [constitutes] a violation', 'it [amounts to] a breach'
    if lemma in words.get(EVALUATIONS, ()) and misnamed_verb(tok, words) is not None:
        return True  # 'called the strikes [a violation]' parsed as a clause
    if tok.dep_ == "pobj":
        return tok.head.lower_ in AS_PREPS and (lemma in words.get(EVALUATIONS, ()) or
                                                lemma in words.get(NOUNS, ()))
    if lemma in words.get(EVALUATIONS, ()):
        return tok.dep_ in PREDICATE_DEPS or (tok.dep_ in AS_DEPS and tok.head.lower_ in AS_PREPS) \
            or small_clause_verb(tok, words) is not None
        # 'described the raid as [barbaric]' (an adjective hung on 'as'), 'deemed the vote [illegal]'
    if tok.dep_ in OBJECT_DEPS and eased(tok):
        return False  # 'sought to allay [fears]', 'citing security [concerns]'
    return lemma in words.get(NOUNS, ()) and tok.dep_ in PREDICATE_DEPS + OBJECT_DEPS


def _charge_said(tok: Any, lemma: str, words: dict[str, frozenset[str]]) -> bool:
    """False for an evaluation that is no charge where it stands: one that needs its adverb
    ('politically motivated', not 'highly motivated'), or a rule stated of an impersonal 'it'
    ('it is illegal to cross there')."""
    qualified = words.get(QUALIFIED, frozenset())
    heads = {q.rsplit(" ", 1)[-1] for q in qualified}
    if lemma in heads and not any(c.dep_ == "advmod" and f"{c.lower_} {lemma}" in qualified
                                  for c in tok.children):
        return False
    if any(c.dep_ in RULE_DEPS for c in (*tok.children, *tok.head.children)) and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.head.children):
        return False
    return True


DENYING = "denying"  # verbs whose content clause is denied: 'denied that it was a [sham]'


def _denied(tok: Any, words: dict[str, frozenset[str]]) -> bool:
    """True for a charge its own clause negates ('was not a sham') or that is the content of
    a verb of denial ('denied that the vote was a sham', 'rejected claims that it was illegal')."""
    head = tok
    while head.dep_ in ("conj", "attr", "acomp", "oprd", "pobj", "prep") and head.head.i != head.i:
        head = head.head
    if any(c.dep_ == "neg" for c in (*head.children, *tok.children)):
        return True
    verb = small_clause_verb(head, words)
    if verb is not None and any(c.dep_ == "neg" for c in verb.children):
        return True  # 'does not consider the vote [illegal]'
    return head.dep_ in ("ccomp", "acl") and head.head.lemma_.lower() in words.get(DENYING, ())


def small_clause_verb(tok: Any, words: dict[str, frozenset[str]]) -> Any | None:
    """The verb that names a thing by a small clause the cue ends ('[considers] the court
    illegitimate', '[deemed] the vote illegal'): spaCy makes the cue a clause of the verb with
    the thing as its subject and no verb of its own."""
    verb = tok.head
    if tok.dep_ != "ccomp" or tok.pos_ not in ("ADJ", "NOUN") or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in words.get(SMALL_CLAUSE_VERBS, ()):
        return None
    kids = list(tok.children)
    if not any(c.dep_ in SUBJECT_DEPS for c in kids) or any(c.pos_ == "AUX" for c in kids):
        return None
    return verb


MODAL_WORDS = ("would", "could", "may", "might", "should", "will")
CONDITION_MARKS = ("if", "whether", "unless")


def _judgement_stated(tok: Any, words: dict[str, frozenset[str]]) -> bool:
    """True for a cue whose small clause verb states the judgement outright: no modal or
    condition on the verb ('considers the court illegitimate', 'does not consider the
    proceedings legitimate'; not 'would consider ...', 'if it deems the vote illegal')."""
    verb = small_clause_verb(_first_conjunct(tok), words)
    return verb is not None and not any(
        (c.dep_ == "aux" and c.lower_ in MODAL_WORDS) or
        (c.dep_ == "mark" and c.lower_ in CONDITION_MARKS) for c in verb.children)


def negated_charge(tok: Any, words: dict[str, frozenset[str]]) -> bool:
    """True for a word of legitimacy or fairness that its clause denies of something, which
    charges its owner ('the election was not free and [fair]', 'was neither free nor [fair]',
    'does not consider the proceedings [legitimate]', '"the trial is not [legitimate]"'): a
    predicate only, negated by its copula, its naming verb or 'neither'."""
    if tok.lemma_.lower() not in words.get(NEGATED_EVALUATIONS, ()) or tok.pos_ != "ADJ":
        return False
    first = _first_conjunct(tok)
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children):
        return first.dep_ in PREDICATE_DEPS or small_clause_verb(first, words) is not None
    verb = small_clause_verb(first, words)
    if verb is None and first.dep_ not in PREDICATE_DEPS:
        return False
    head = verb if verb is not None else first.head
    return any(c.dep_ == "neg" for c in head.children) and not any(
        c.dep_ == "neg" for c in first.children)


def highlighting_verb(tok: Any, words: dict[str, frozenset[str]]) -> Any | None:
    """The verb of emphasis whose object the charge is ('[highlighted] the regime's
    violations', '[stressed] Peru's breach of the accord'): CAMEO codes such a verb with a
    charge as disapproval ('HIGHLIGHT * THREAT' 110); its subject makes the charge."""
    verb = tok.head
    return verb if tok.dep_ == "dobj" and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in words.get(HIGHLIGHTING_VERBS, ()) else None


def copular_verb(tok: Any, words: dict[str, frozenset[str]]) -> Any | None:
    """The verb whose predicate the token is when that verb states what its subject is, as
    'be' does: the object of 'constitute' or 'represent' ('the delay [constitutes] a
    violation'), the object of 'to' after 'amount' ('the raid [amounted] to a breach') or
    'tantamount', of 'in' after 'be' ('Israel [is] in violation of the truce')."""
    if tok.dep_ == "dobj":
        verb, phrase = tok.head, tok.head.lemma_.lower()
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        verb = tok.head.head
        phrase = f"{verb.lemma_.lower()} {tok.head.lower_}"
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX", "ADJ") and phrase in words.get(COPULAR_VERBS, ()) else None


def polar_cue(tok: Any, words: dict[str, frozenset[str]]) -> bool:
    """True for a strongly negative word of the VADER list that no other list reads: an
    adjective, or one the parser took for a noun as a naming verb's predicate ('called X's
    decision [cruel]')."""
    lemma = tok.lemma_.lower()
    return (lemma in words.get(POLAR, ()) and not _is_evaluation(lemma, words)
            and (tok.pos_ == "ADJ" or (tok.pos_ == "NOUN" and tok.dep_ == "oprd")))


def _state_of_affairs(tok: Any) -> bool:
    """True for an evaluation said only of a state of affairs that no party owns or causes in
    the clause ('the humanitarian situation in X is [catastrophic]', 'conditions in the
    camps are [horrible]', 'the consequences would be [disastrous]'): a lament, not a charge.
    'Y's decision is outrageous', 'the situation Y created is dire' (a clause of its own) and
    'the damage caused by Y' name who is judged and are not read so."""
    things = judged(tok)
    return bool(things) and all(
        t.lemma_.lower() in STATE_NOUNS and not any(
            c.dep_ in ("poss", "relcl", "acl") for c in t.children) for t in things)


def _first_conjunct(tok: Any) -> Any:
    """The first of coordinated words ('is unnecessary and [cruel]': 'unnecessary')."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def light_predicate(tok: Any) -> Any:
    """The light noun a charge word qualifies, which stands where the charge is said ('called
    the strike an [act] of aggression', 'described it as a terrorist [act]', '"this is a
    cowardly [act]," she said'); the word itself otherwise."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in ATTRIBUTIVE_DEPS:
        return tok
    return head if head.pos_ == "NOUN" and head.lemma_.lower() in LIGHT_NOUNS else tok


def _light_cue(tok: Any, place: Any, words: dict[str, frozenset[str]]) -> bool:
    """True for a charge word ('aggression', 'terror', 'cowardly') that qualifies a light noun
    said as a predicate, named by a naming verb or after 'as' (``light_predicate``)."""
    lemma = tok.lemma_.lower()
    if lemma not in words.get(EVALUATIONS, ()) and not (
            lemma in words.get(POLAR, ()) and not _is_evaluation(lemma, words)):
        return False
    first = _first_conjunct(place)
    return first.dep_ in PREDICATE_DEPS or (first.dep_ in AS_DEPS and
                                            first.head.lower_ in AS_PREPS)


def judged(tok: Any) -> list[Any]:
    """What a predicate evaluation is said of: the subject of 'X is [unacceptable]', the
    object of 'called X [outrageous]' or 'described X as [reckless]'; the cue itself when the
    parser hung the named thing on it ('called [Peru's decision] cruel')."""
    tok = _first_conjunct(tok)
    head = tok.head
    if tok.dep_ == "ccomp" and tok.pos_ in ("ADJ", "NOUN"):  # 'considers [the court] illegitimate'
        found = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if found:
            return found
    if tok.dep_ in AS_DEPS and head.lower_ in AS_PREPS:  # 'described X as [reckless]'
        head = head.head
        if head.dep_ == "dobj":
            return [head]
    deps = ("dobj",) if tok.dep_ in ("oprd", *AS_DEPS) else ("nsubj", "nsubjpass")
    found = [c for c in head.children if c.dep_ in deps]
    if not found and tok.dep_ == "oprd":
        return [tok]
    while not found and head.dep_ == "xcomp" and deps != ("dobj",):  # 'X is going to be [bad]'
        head = head.head
        found = [c for c in head.children if c.dep_ in deps]
    return found


def judged_parties(tok: Any, link: Linker) -> list[Participant]:
    """The known actors what a predicate evaluation is said of names: the thing itself
    ('[Congress] is hostile') or its owner ('[Peru]'s conduct is reckless', 'the actions of
    [Dodik] are dangerous')."""
    out: list[Participant] = []
    for thing in judged(tok):
        found = [p for p in link(thing) if p.actor is not None]
        if not found:
            near = [c for c in thing.children if c.dep_ in ("poss", "compound", "amod")]
            near += [g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            found = [p for c in near for p in link(c) if p.actor is not None]
        out.extend(found)
    return out


def _is_evaluation(lemma: str, words: dict[str, frozenset[str]]) -> bool:
    """True for a word of the CAMEO or attitude lists (read by their own rules)."""
    return any(lemma in words.get(k, ()) for k in (EVALUATIONS, NOUNS, ADJECTIVES))


def naming_verb(tok: Any, words: dict[str, frozenset[str]]) -> Any | None:
    """The verb that names something by the cue, if any: 'called the presence [an
    occupation]' (the cue its object predicate), 'described the raid as [a violation]' (the
    cue after 'as', hung on the verb or on its object)."""
    if tok.dep_ == "oprd":
        verb = tok.head
        return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in words.get(NAMING_VERBS, ()) else None
    if (verb := misnamed_verb(tok, words)) is not None:
        return verb
    if (verb := small_clause_verb(_first_conjunct(tok), words)) is not None:
        return verb  # 'considers the court [illegitimate]'
    if tok.lemma_.lower() in words.get(EVALUATIONS, ()) and (
            verb := highlighting_verb(tok, words)) is not None:
        return verb
    if tok.dep_ not in AS_DEPS or tok.head.lower_ not in AS_PREPS:
        return None
    verb = tok.head.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN", "PRON"):
        verb = verb.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in words.get(AS_VERBS, ()) else None


def misnamed_verb(tok: Any, words: dict[str, frozenset[str]]) -> Any | None:
    """The naming verb of 'called the strikes [a violation]' that spaCy parses as a clause:
    the cue the object of the first noun phrase, taken for a predicate or a clause of the
    verb ('strikes' as a verb; ``triggers.misparsed_naming``)."""
    if tok.dep_ != "dobj" or not misparsed_naming(tok.head):
        return None
    verb = tok.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in words.get(NAMING_VERBS, ()) else None


def named_attack(tok: Any, words: dict[str, frozenset[str]]) -> bool:
    """True for an attack noun (``named_attacks``) that a naming verb says of its object:
    'called the shelling an unprovoked [attack]', 'described the raid as an [assault] on
    the country'; not an attack the sentence tells ('an attack killed two')."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in words.get(NAMED_ATTACKS, ())
            and (naming_verb(tok, words) or _appos_naming_verb(tok, words)) is not None)


def _named_attack_charge(tok: Any, words: dict[str, frozenset[str]], build: Builder,
                         link: Linker) -> list[EventMention]:
    """The ACCUSE of 'X called Y's shelling an [attack]': the namers the source, the named
    thing's parties and doers the target."""
    verb = naming_verb(tok, words) or _appos_naming_verb(tok, words)
    if verb is None or not (speakers := namers(verb, link)):
        return []
    ev = build(Trigger(tok, Entry(lemma=tok.lemma_.lower(), pos="noun", type=ACCUSE, mode=MODE,
                                  origin=ORIGIN), nominal=True))
    if ev is None:
        return []
    targets = [p for p in (*named_parties(verb, link), *_doers(verb, link))
               if all(not same_participant(p, s) for s in speakers)]
    targets = [p for i, p in enumerate(targets)
               if all(not same_participant(p, q) for q in targets[:i])]
    return [dataclasses.replace(ev, source=speakers, target=targets, mode=f"{ACCUSE}/{MODE}")]


def _appos_naming_verb(tok: Any, words: dict[str, frozenset[str]]) -> Any | None:
    """The naming verb of 'branded Y's raid [an attack]' that spaCy parses as an apposition
    or as a second object."""
    obj = tok.head
    if tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < tok.i for c in obj.children):
        verb = obj
    elif tok.dep_ != "appos" or obj.dep_ != "dobj":
        return None
    else:
        verb = obj.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in words.get(NAMING_VERBS, ()) else None


def _doers(verb: Any, link: Linker) -> list[Any]:
    """The doers a named act carries in its own words ('called [Baku's] shelling ...')."""
    return [p for obj in verb.children if obj.dep_ == "dobj"
            for c in obj.children if c.dep_ == "poss" for p in link(c)]


def namers(verb: Any, link: Linker) -> list[Participant]:
    """The parties a naming verb's subject (and its conjuncts) names."""
    out: list[Participant] = []
    for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        for tok in (subj, *subj.conjuncts):
            for p in link(tok):
                if all(not same_participant(p, q) for q in out):
                    out.append(p)
    return out


def named_parties(verb: Any, link: Linker) -> list[Participant]:
    """The parties what a naming verb names belongs to: its object ('called [Peru's]
    presence an occupation', 'branded [the rebels] terrorists') or the object's modifiers."""
    out: list[Participant] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj" or misparsed_naming(c)):
        out.extend(link(obj) or [p for c in obj.children if c.dep_ in ("poss", "amod", "compound")
                                 for p in link(c)])
    return out


def _targets(ev: EventMention, speaker: Participant, sent: Any, quote: Quote,
             link: Linker) -> list[Participant]:
    """The parties the content names around the cue, else the first actor the content names
    ('reflect the fear [the government] has'), without the speaker."""
    near = [p for p in (*ev.source, *ev.target) if not same_participant(p, speaker)]
    if not near:
        named = (t for t in sent if quote.content.start <= t.idx < quote.content.end
                 and t.ent_type_ in ACTOR_ENTS and t.ent_iob_ == "B")
        near = next((found for t in named if (found := [
            p for p in link(t) if p.actor is not None and not same_participant(p, speaker)])), [])
    out: list[Participant] = []
    for p in near:
        if all(not same_participant(p, q) for q in out):
            out.append(p)
    return out


_CUE_SETS: dict[int, tuple[dict[str, frozenset[str]], tuple[Any, ...]]] = {}


def _feared_development(tok: Any, words: dict[str, frozenset[str]], link: Linker) -> bool:
    """True for an attitude (adjective or passive) whose only complement is a clause about a development
    that names no party ('are concerned [the conflict will spread]', 'worried that prices
    will rise'): a worry about what may happen, no disapproval of anyone; not when the clause's
    subject is a party ('concerned that Russia will invade') or a phrase names what is judged
    ('concerned about X's actions')."""
    lemma = tok.lemma_.lower()
    if not ((tok.pos_ == "ADJ" and lemma in words.get(ADJECTIVES, ())) or
            (tok.pos_ == "VERB" and lemma in words.get(PASSIVES, ()))):
        return False  # 'are [concerned]' is read as an adjective or as a passive
    kids = list(tok.children)
    if any(c.dep_ == "prep" for c in kids):
        return False
    clauses = [c for c in kids if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return False
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(  # the subject itself a party: not 'the Ukraine conflict'
        p.actor is not None and (s.pos_ == "PRON" or p.start <= s.idx < p.end)
        for s in subjects for p in link(s))


def _cue_sets(words: dict[str, frozenset[str]]) -> tuple[Any, ...]:
    """The evaluations, the attitude nouns, the attitudes (adjectives and passives) and all of
    them together, gathered once per word table."""
    held = _CUE_SETS.get(id(words))
    if held is None or held[0] is not words:
        evaluations, nouns = words.get(EVALUATIONS, ()), words.get(NOUNS, ())
        attitudes = words.get(ADJECTIVES, frozenset()) | words.get(PASSIVES, frozenset())
        polar = words.get(POLAR, frozenset())
        held = _CUE_SETS[id(words)] = (words, (evaluations, nouns, attitudes, polar, frozenset(
            (*evaluations, *nouns, *attitudes, *polar,
             *words.get(NEGATED_EVALUATIONS, ()), *words.get(NAMED_ATTACKS, ())))))
    return held[1]


def disapproval_events(sent: Any, quotes: list[Quote], events: list[EventMention],
                       words: dict[str, frozenset[str]], build: Builder, link: Linker) -> list[EventMention]:
    """The ACCUSE a quoted disapproval in ``sent`` makes (none when the sentence has one)."""
    if not words or any(ev.type == ACCUSE for ev in events):
        return []
    doc = sent.doc
    pos, lemma = column(doc, "pos"), column(doc, "lemma")
    evaluations, nouns, attitudes, polar_words, cues = _cue_sets(words)
    for i in between(positions_in(doc, cues), sent.start, sent.end):
        if lemma[i] in words.get(NAMED_ATTACKS, ()) and lemma[i] not in evaluations:
            if named_attack(doc[i], words) and (found := _named_attack_charge(doc[i], words, build, link)):
                return found
            continue
        if pos[i] == "VERB" and lemma[i] in attitudes:
            pass
        elif lemma[i] in words.get(NEGATED_EVALUATIONS, ()):
            pass  # 'the vote was not [fair]': read by negated_charge alone
        elif pos[i] not in CUE_POS or (lemma[i] not in evaluations and lemma[i] not in nouns
                                       and lemma[i] not in attitudes and (
                                           lemma[i] not in polar_words)):
            continue  # what _cue needs first
        tok = doc[i]
        place = light_predicate(tok)  # 'an [act] of aggression': where the charge is said
        flipped = tok.lemma_.lower() in words.get(NEGATED_EVALUATIONS, ())
        if flipped and not negated_charge(tok, words):
            continue  # 'the vote was fair': no charge
        if not flipped and place is tok and not _cue(tok, words):
            continue
        if not flipped and place is not tok and not _light_cue(tok, place, words):
            continue
        if not flipped and _denied(place, words):
            continue  # 'denied that the vote was a sham', 'the vote was not a sham'
        if _feared_development(tok, words, link):
            continue  # 'concerned the conflict will spread': a worry, no party judged
        polar = polar_cue(tok, words) or (place is not tok and not _is_evaluation(
            tok.lemma_.lower(), words))  # 'a cowardly [act]' is said of a party, as 'cowardly'
        if polar and _state_of_affairs(place):
            continue  # 'the situation is a kind of [disaster]'
        judged_actors = judged_parties(place, link) if polar else []
        if polar and not judged_actors:
            continue  # a strong word about no party ('the situation is dire')
        quote = quote_of(quotes, tok)
        verb = naming_verb(place, words)
        speakers = namers(verb, link) if verb is not None else []
        if not speakers and (quote is None or quote.speaker is None):
            continue
        entry = Entry(lemma=tok.lemma_.lower(), pos=CUE_POS.get(tok.pos_, "verb"), type=ACCUSE,
                      mode=MODE, origin=ORIGIN)
        ev = build(Trigger(tok, entry, nominal=tok.pos_ not in ("ADJ", "VERB")))
        if ev is None:
            continue
        if speakers:
            assert verb is not None
            targets = [p for p in (*ev.source, *ev.target, *named_parties(verb, link))
                       if all(not same_participant(p, s) for s in speakers)]
            targets = [p for i, p in enumerate(targets)
                       if all(not same_participant(p, q) for q in targets[:i])]
        else:
            assert quote is not None and quote.speaker is not None
            speakers = [quote.speaker]
            targets = _targets(ev, quote.speaker, sent, quote, link)
        if judged_actors:
            targets = [p for p in judged_actors if not speakers_side(p) and
                       all(not same_participant(p, s) for s in speakers)]
            if not targets:
                continue  # the speaker's own party ('we are [helpless]', '"our conduct"')
        if all(s.actor is None for s in speakers) and not any(p.actor is not None for p in targets):
            continue  # a private feeling ('it came as a shock, he said'), no party's charge
        if flipped and ev.modality == "negated":
            ev = dataclasses.replace(ev, modality="asserted")  # the negation is the charge
        if ev.modality in ("negated", "hypothetical") and _judgement_stated(tok, words):
            ev = dataclasses.replace(ev, modality="asserted")  # 'considers the court
            # illegitimate' is a judgement held, not a deliberation ('considers sanctions')
        if tok.dep_ in ATTRIBUTIVE_DEPS and ev.modality == "planned":
            ev = dataclasses.replace(ev, modality="asserted")  # the judgement is made as it is
            # said: 'we will fight these [baseless] challenges'
        return [dataclasses.replace(ev, source=speakers, target=targets,
                                    mode=f"{ACCUSE}/{MODE}")]  # no mode cue of the content
    return _alleged_acts(sent, build, link)


ALLEGING = ("allegedly", "purportedly")
ALLEGING_WORDS = frozenset(ALLEGING)


def _alleged_acts(sent: Any, build: Builder, link: Linker) -> list[EventMention]:
    """The ACCUSE an act told as alleged reports (CAMEO's ALLEGE, 110): 'arrested X for
    [allegedly] trying to undermine the state', 'diplomats who [allegedly] recruited
    informants'; the alleging party is the subject of the verb the act hangs on, the target
    the act's own subject when it names one, else what the act is done to ('to undermine
    [Bosnia]'s order')."""
    for adv in tokens_in(sent, ALLEGING_WORDS, "lower"):
        if adv.lower_ not in ALLEGING or adv.dep_ != "advmod":
            continue
        act = adv.head
        entry = Entry(lemma=act.lemma_.lower(), pos="verb", type=ACCUSE, mode=MODE, origin=ORIGIN)
        ev = build(Trigger(act, entry, nominal=act.pos_ != "VERB"))
        if ev is None:
            continue
        head, source = act, []
        while head.head.i != head.i and not source:  # spaCy makes a new Token per access
            head = head.head
            source = [p for c in head.children if c.dep_ in SUBJECT_DEPS for p in link(c)
                      if p.actor is not None]
        doers = [p for c in act.children if c.dep_ in SUBJECT_DEPS for p in link(c)]
        return [dataclasses.replace(ev, source=source, target=doers or ev.target,
                                    modality="asserted", mode=f"{ACCUSE}/{MODE}")]
    return []
