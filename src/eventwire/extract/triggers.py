"""Find PLOVER event triggers in a parsed sentence using the lexicon's conditions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwire.annotate.doccache import (
    NOUN_DEPS,
    between,
    child_tokens,
    children,
    column,
    conjuncts,
    has_child,
    heads,
    noun_in_use,
    positions_in,
)
from eventwire.annotate.doccache import sentence_of as doc_sentence_of
from eventwire.extract.lexicon import CONDITION_KEYS, Entry, Lexicon
from eventwire.extract.verbal_attacks import criticism_entry

VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
OBJECT_DEPS = ("dobj", "attr", "oprd", "nsubjpass", "dative", "acomp", "xcomp", "npadvmod")
MODIFIER_DEPS = ("compound", "amod", "nmod", "npadvmod", "nummod")
MANNER_MODIFIER_DEPS = (*MODIFIER_DEPS, "advmod")  # a verb entry's modifier: '[forcibly] returned'
FUTURE_AUX = ("will", "shall", "'ll", "wo")
BACKSHIFT_VERBS = ("say", "tell", "state", "announce", "declare", "warn", "add", "insist",
                   "stress", "vow", "pledge", "promise", "write")  # '... that X would respond'
ACTOR_ENTS = ("PERSON", "ORG", "GPE", "NORP")
PLACE_ENTS = ("GPE", "LOC", "FAC")
STATE_DEPS = ("oprd", "acomp")  # a verb's complement telling the state its object ends in
TIME_ENTS = ("DATE", "TIME")
VERB_MODIFIER_DEPS = ("amod", "prep")  # a participle used as an adjective or a preposition
PLACE_NOUNS = ("village", "town", "city", "territory", "position", "area", "region", "base",
               "airport", "province", "district", "stronghold", "enclave", "capital")
QUANTITY_WORDS = ("thousand", "hundred", "dozen", "million", "ten", "group", "number", "score",
                  "crowd", "hundreds", "thousands", "dozens", "tens")
PRONOUNS = ("he", "she", "him", "her", "they", "them", "it", "us", "we")
GOVERNED_DEPS = ("dobj", "attr", "oprd", "nsubjpass")  # a noun as the object of its verb
AS_PREPS = ("as",)  # 'described the group [as] a threat'
# Written messages a noun may name the kind of ('a [protest] note', 'a letter of [protest]'): the
# message stands for the noun's verb as its governor
MESSAGE_NOUNS = frozenset({"note", "letter"})
COMPLEMENT_DEPS = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative")  # 'declined [to comment]'
HOLDER_DEPS = ("prep", "prt", "agent", "dative", "advmod")  # a word an entry asks for
LIGHT_VERB_PREP_DEPS = ("prep", "dative")  # 'issued an ultimatum [to] X': 'to' may be dative
# A preposition whose object is a time, the channel or the occasion of an act is an adjunct of
# the verb, never the complement an entry asks for: 'called Putin [on] Monday' is no 'call on',
# 'insisted [on] Sunday that ...' no 'insist on', 'moved [in] the morning' no 'move in'. Words
# that are themselves about time ('remain [until] March') keep their time objects.
ADJUNCT_NOUNS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "night",
    "morning", "afternoon", "evening", "weekend", "week", "month", "year", "eve", "anniversary",
    "occasion", "sideline", "sidelines", "phone", "telephone"})
# An office holder named by the office is an actor as the object of a call ('called his German
# counterpart'); a host's guest by office leaves the talks it came for to tell the meeting
CALL_VERBS = ("call", "phone", "telephone", "ring")
OFFICE_GUEST_TYPE = "CONSULT"  # 'hosted / received / welcomed the Brazilian president'
PURPOSE_PREPS = ("for",)  # 'hosted the president for talks': the talks tell the meeting
OFFICE_NOUNS = frozenset({"counterpart", "president", "minister", "chancellor", "premier",
                          "king", "queen", "emir", "monarch", "envoy", "ambassador", "diplomat",
                          "secretary", "delegation"})
TEMPORAL_PREPS = frozenset({"until", "till", "past", "beyond", "through", "since", "after",
                            "before"})
# A ship, boat or aircraft marked as armed-forces craft is a military mover: the subjects of a
# verb then also hold MILITARY_CRAFT, which an entry's ``source_in`` may name
MILITARY_CRAFT = "military_craft"
# A subject counting people stands in the subjects view also as this group word, which an
# entry's ``source_in`` may name: 'hundreds of teachers protested' is a crowd protesting
CROWD = "crowd"
PLURAL_TAGS = ("NNS", "NNPS")
STATE_ENTS = ("GPE", "ORG", "LOC")
STATE_NOUNS = frozenset({"country", "nation", "state", "government", "capital", "member",
                         "company", "firm", "organisation", "organization", "agency"})
CRAFT_NOUNS = frozenset({"ship", "vessel", "boat", "aircraft", "plane", "jet", "carrier", "cutter"})
CRAFT_MARKS = frozenset({"military", "naval", "navy", "war", "army", "guard", "fighter",
                         "combat", "marine", "airforce", "force", "patrol"})
# A generic mover ('reinforcements') is a military one only when its own words or a word of
# its sentence or paragraph are military ('the army sent reinforcements'); firefighters',
# rescuers' or doctors' reinforcements are none. Its own civil mark rules first.
GENERIC_MOVERS = frozenset({"reinforcement"})
MILITARY_WORDS = frozenset({
    "military", "troop", "army", "soldier", "force", "navy", "naval", "marine", "battalion",
    "brigade", "militia", "artillery", "tank", "offensive", "front", "frontline", "fighting",
    "clash", "combat", "war", "missile", "airstrike", "shelling", "rebel", "militant",
    "insurgent", "fighter", "police", "security", "border", "infantry", "commander"})
CIVIL_MARKS = frozenset({"firefighter", "firefighting", "fire", "rescue", "rescuer", "medical",
                         "medic", "doctor", "nurse", "health", "aid", "humanitarian",
                         "volunteer", "emergency", "relief"})


# A hyphen compound whose first part names a weapon test is a word of its own: 'test-fired'
# (tokenised 'test', '-', 'fired') is looked up as 'test-fire', never as the 'fire' of an attack;
# so is a protest's 'sit-in' (tokenised 'sit', '-', 'in'), never matched as one word before.
HYPHEN_PREFIXES = frozenset({"test", "sit"})

NOUN_CLAUSE_DEPS = ("acl", "relcl", "advcl")  # a noun's infinitive clause
MAKING_VERBS = frozenset({"make", "place", "hold", "have", "take", "receive", "field", "return",
                          "use", "get"})  # 'made calls to rally support': the call is the act
MANDATIVE_AUX = ("should", "must", "shall")  # 'insisted that X [should] go'
QUESTION_MARKS = frozenset({"whether", "if"})  # 'asked whether ...', 'asked if ...'
QUESTION_TAGS = ("WDT", "WP", "WP$", "WRB")  # 'asked what / who / why / how ...'

@dataclass
class Trigger:
    """A token that triggers an event, the entry it matched and the tokens it covers."""

    token: Any
    entry: Entry
    nominal: bool
    extra: tuple[Any, ...] = ()  # tokens matched by the entry's conditions (object, particle)
    retyped: Entry | None = None  # the entry matched before a context rule retyped it

    @property
    def start(self) -> int:
        """Character start of the trigger phrase."""
        return min(t.idx for t in (self.token, *self.extra))

    @property
    def end(self) -> int:
        """Character end of the trigger phrase."""
        return max(t.idx + len(t.text) for t in (self.token, *self.extra))

    @property
    def matched(self) -> Entry:
        """The lexicon entry the token matched (before any retyping by context)."""
        return self.retyped or self.entry


def sentence_of(tok: Any) -> Any:
    """The sentence span containing ``tok`` (cheaper than ``Token.sent`` on long documents)."""
    return doc_sentence_of(tok)


def _pos_of(tok: Any) -> str | None:
    """The lexicon part of speech a token can trigger as ("verb", "noun" or None)."""
    return _lexicon_pos(tok.pos_, tok.tag_, tok.text)


def _lexicon_pos(pos: str, tag: str, text: str) -> str | None:
    """``_pos_of`` from a token's part of speech, tag and text."""
    if pos == "VERB" or (pos in ("PROPN", "ADJ") and tag in VERB_TAGS):
        return "verb"
    if pos == "NOUN" or (pos == "PROPN" and text.islower()):
        return "noun"
    if pos == "ADJ":
        return "adj"
    return None


def _lemma(tok: Any) -> str:
    """The lower-cased lemma (title-case headlines give PROPN lemmas like 'Speak'), joined to
    a weapon-test prefix ('test-fired' → 'test-fire', see ``compound_lemma``)."""
    return compound_lemma(tok.doc, tok.i, tok.lemma_.lower())


def compound_lemma(doc: Any, i: int, lemma: str) -> str:
    """``lemma`` of token ``i`` with the prefix of its hyphen compound when that prefix is in
    ``HYPHEN_PREFIXES`` ('test-launched' → 'test-launch', 'test-firing' → 'test-firing');
    else ``lemma`` as it is."""
    if i < 2 or column(doc, "orth")[i - 1] != "-":  # a list read on the hot path, no Token
        return lemma
    hyph, prefix = doc[i - 1], doc[i - 2]
    if hyph.text != "-" or hyph.whitespace_ or prefix.whitespace_ or \
            prefix.lower_ not in HYPHEN_PREFIXES:
        return lemma
    return f"{prefix.lower_}-{lemma}"


ACCOUNT_NOUNS = frozenset({"figure", "detail", "information", "account", "data", "estimate",
                           "breakdown", "statistic", "list", "picture",
                           "description", "update", "overview", "report", "evidence"})


# Particles the parser hangs a verb's preposition on: 'pulled out [of] the deal', 'walked away
# [from] the talks'
PARTICLE_HOSTS = frozenset({"out", "away"})


# Prepositions of nearness: after a direct object the verb's phrase tells where the act is,
# not what it is done to ('closed a branch [near] the border' closes the branch)
NEAR_PREPS = frozenset({"near", "along", "alongside", "beside", "outside", "around", "nearby"})


AIM_PREPS = frozenset({"on", "at", "against", "upon", "into", "toward", "towards"})  # 'fire on X'


def _objects(tok: Any) -> list[Any]:
    """Object-like dependents: direct objects, prepositional objects and their conjuncts, and
    the noun a reduced passive modifies ('the report [released] last week'). The 'of' or
    'in' object of an object is one too ('$500 million [in] aid', 'a package of aid'), except
    after a noun of information, which tells about it and gives none ('gave figures of the
    money', 'provided details of the weapons'). A place phrase of nearness after a direct
    object is none ('closed a branch [near] the border'). Beside a direct object, the
    modifiers of what the act is aimed at (``AIM_PREPS``) name that thing, not the act ('opened
    fire on an [inspection] boat', 'on a [customs] inspection post'); a predicate's ('designated
    X as a [terrorist] group') still counts."""
    doc = tok.doc
    kids, deps, pos, lower = children(doc), column(doc, "dep"), column(doc, "pos"), \
        column(doc, "lower")
    out = [tok.head] if _modifying_passive(tok) or object_relative(tok) else []
    if remaining_state(tok):  # 'many websites remain [blocked]': what stays blocked
        out += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    dobj = any(deps[j] == "dobj" for j in kids[tok.i])
    aimed: set[int] = set()  # prepositional objects beside a direct object ('fire [on] X')
    for j in kids[tok.i]:
        dep = deps[j]
        if dep in OBJECT_DEPS and not _verbal_complement(dep, pos[j]):
            out.append(doc[j])
        elif dep == "ccomp" and lower[j] in CAPTIVE_COMPLEMENTS and pos[j] == "NOUN":
            out.append(doc[j])  # 'taking six guards [hostage]' parsed as a clause
        elif dep in SMALL_CLAUSE_DEPS and pos[j] == "ADJ" and _small_clause(tok, doc[j]):
            out.append(doc[j])  # 'held [Kenya] [responsible]': the state the object is held in
        elif dep in ("prep", "agent", "prt") and not (lower[j] in NEAR_PREPS and dobj):
            got = [doc[g] for g in kids[j] if deps[g] in ("pobj", "pcomp")]
            out.extend(got)
            if dobj and lower[j] in AIM_PREPS:
                aimed.update(o.i for o in got)
        if dep in ("prep", "prt", "advmod") and lower[j] in PARTICLE_HOSTS:
            out.extend(doc[g] for p in kids[j] if deps[p] == "prep"
                       for g in kids[p] if deps[g] == "pobj")  # 'pulled [out] of the deal'
    for o in list(out):
        out.extend(conjuncts(o))
        mods, pobjs = [], []  # one walk over the children, kept in this order
        for j in kids[o.i]:
            dep = deps[j]
            if dep in ("compound", "amod"):
                if o.i not in aimed:  # 'opened fire on an [inspection] boat': the boat's kind
                    mods.append(doc[j])
            elif dep == "prep" and lower[j] in ("of", "in") and \
                    o.lemma_.lower() not in ACCOUNT_NOUNS:  # '$500 million [in] aid'
                pobjs.extend(doc[g] for g in kids[j] if deps[g] == "pobj")
        out += mods + pobjs
    return out


STATE_VERBS = frozenset({"remain", "stay"})  # 'X remains blocked': X is still blocked
STATE_DEPS = frozenset({"acomp", "oprd", "xcomp"})


def remaining_state(tok: Any) -> bool:
    """True for a past participle a party or thing remains or stays in ('many websites
    remain [blocked]', 'the outlets have stayed [shut]'): its subject undergoes the act, as
    the subject of a passive does ('websites were blocked')."""
    return tok.tag_ == "VBN" and tok.dep_ in STATE_DEPS and \
        tok.head.lemma_.lower() in STATE_VERBS and \
        not any(c.dep_ in ("dobj", "auxpass") for c in tok.children)


# The parser hangs the adjective of a small clause ('held Kenya [responsible] for the raid')
# on the verb as a clause or an adverbial: with a party of its own, or after the verb's
# object, it is the state the object is held in, an object-like complement.
SMALL_CLAUSE_DEPS = ("ccomp", "advcl")
# The parser takes the complement of 'took / holding six guards [hostage]' for a clause with
# the captives as its compound: it is the state the object is taken in, an object-like one.
CAPTIVE_COMPLEMENTS = frozenset({"hostage", "hostages", "captive", "captives"})


def _small_clause(tok: Any, adj: Any) -> bool:
    """True for an adjective of ``tok`` that tells the state of a party: its own subject
    ('holds [Kenya] responsible') or the verb's direct object before it ('held [the rebels]
    accountable'), with no verb of its own."""
    if any(c.dep_ in ("cop", "aux", "auxpass", "mark") for c in adj.children):
        return False
    if any(c.dep_ == "nsubj" and c.i < adj.i for c in adj.children):
        return True
    return any(c.dep_ == "dobj" and c.i < adj.i for c in tok.children)


def _purpose_infinitive(tok: Any, clause: Any) -> bool:
    """A to-infinitive the parser hangs on the verb as an adverbial clause after its object,
    with no subject of its own ('sent a delegation [to attend] the talks', 'invited the
    president [to visit]'): read as the verb's infinitive complement."""
    return clause.dep_ == "advcl" and clause.i > tok.i and clause.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and not any(
        s.dep_ in ("nsubj", "nsubjpass") for s in clause.children)


def _verbal_complement(dep: str, pos: str) -> bool:
    """A child of relation ``dep`` and part of speech ``pos`` that is an infinitive or
    participle complement ('continued [to strike]', 'began [talking]'):
    an act of its own that its own entries type, not the noun a light verb takes ('continued
    the strike', 'began talks')."""
    return dep == "xcomp" and pos in ("VERB", "AUX")


def _modifying_passive(tok: Any) -> bool:
    """A passive verb that modifies the noun it is about: a reduced passive ('the report
    [released] last week') or a passive relative or infinitive clause ('the report, which
    was [released] on Monday', 'a report to be [released] next month')."""
    if tok.dep_ == "acl" and (tok.tag_ == "VBN" or (tok.tag_ == "VBD" and not (
            has_child(tok, "nsubj") or has_child(tok, "nsubjpass")))):
        return True  # a past form without a subject of its own: a participle the tagger missed
    return tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" and has_child(tok, "auxpass")


RELATIVE_TAGS = ("WDT", "WP")


def object_relative(tok: Any) -> bool:
    """An active verb of a relative clause whose object is the noun the clause modifies:
    'border controls, [which] they imposed', 'the weapons Lorania supplied to the rebels',
    'the curfew that the army enforced'. The clause has a subject of its own that is no
    relative pronoun ('the troops that imposed a blockade' tells what the troops did), and its
    object slot holds only the relative pronoun or nothing."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN") or tok.pos_ != "VERB":
        return False
    if tok.head.dep_ == "ROOT":
        return False  # 'The talks the leaders held ended ...' parsed with the noun as root
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "auxpass")]
    if not subjects or any(c.dep_ != "nsubj" or c.tag_ in RELATIVE_TAGS for c in subjects):
        return False
    if any(c.tag_ in ("WRB", "WP$") for c in tok.subtree if c.i < tok.i):
        return False  # 'the area where the troops deployed', 'the state whose army ...'
    if any(g.tag_ in RELATIVE_TAGS for c in tok.children if c.dep_ in ("prep", "agent")
           for g in c.children):
        return False  # 'the area in which the troops deployed'
    objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd", "ccomp", "xcomp")]
    return all(c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS for c in objects)


def _to_infinitive(tok: Any) -> bool:
    """A base-form verb with its own 'to' ('[to] lift')."""
    return tok.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _infinitive_complement(tok: Any) -> bool:
    """True when the token has an infinitive complement: a verb's 'xcomp' ('declined [to
    comment]'), a noun's to-infinitive ('calls [to lift] the blockade', 'calls for X [to
    resign]', which the parser reads as an adverbial clause of the noun), also where the
    parser hangs the infinitive on the verb the noun is the object of ('drew calls [to
    resign]', 'faced calls [to step down]', 'added to calls in Congress [to impose] sanctions'):
    it follows the noun's phrase at once. After a verb that
    makes or holds the noun ('made calls to rally support') the infinitive is the purpose of
    the verb's subject."""
    if any(c.dep_ == "xcomp" or (tok.pos_ == "NOUN" and c.dep_ in NOUN_CLAUSE_DEPS and
                                 _to_infinitive(c)) for c in tok.children):
        return True
    verb = object_verb(tok)
    if verb is None or verb.lemma_.lower() in MAKING_VERBS:
        return False
    return following_infinitive(tok, verb) is not None


def object_verb(noun: Any) -> Any | None:
    """The verb a noun is the direct object of, or the object of a preposition of ('drew
    [calls]', 'added to [calls]'), or None."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def following_infinitive(noun: Any, verb: Any) -> Any | None:
    """A to-infinitive the parser hung on ``verb`` that starts right after the noun's phrase
    ('drew calls [to resign]', 'added to calls in Congress [to impose] sanctions'), or None."""
    after = noun.right_edge.i + 1
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and _to_infinitive(c)
                 and c.left_edge.i == after), None)


def _future(tok: Any) -> bool:
    """True when the verb is marked future or obligation ('will respond', 'will have to
    respond'), also a future told in the past ('said that X *would* respond')."""
    for t in (tok, tok.head if tok.dep_ == "xcomp" else None):
        if t is None:
            continue
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children):
            return True
        if (t.i == tok.i or t.lemma_ == "hesitate") and \
                any(c.dep_ == "aux" and c.lower_ == "would" for c in t.children) and \
                _told_in_past(t):  # not 'would like to respond'; 'would not hesitate to strike'
            return True
        if t != tok and t.lemma_ in ("have", "vow", "promise", "pledge", "threaten"):
            return True
    return False


HELPING_ACTS = frozenset({"help", "assist", "aid", "support", "cooperate", "work", "talk",
                          "meet", "negotiate", "share", "give", "contribute", "donate", "welcome",
                          "praise", "thank", "engage", "invest", "offer", "provide", "send"})


def _litotes_of_harm(tok: Any) -> bool:
    """True for a negated verb of holding back whose infinitive is no help ('will [not
    hesitate] to shut the border'; not 'will not hesitate to help')."""
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return any(c.dep_ == "neg" for c in tok.children) and bool(acts) and \
        acts[0].lemma_.lower() not in HELPING_ACTS


def _told_in_past(tok: Any) -> bool:
    """True for a clause that a past verb of saying or warning reports ('said that X would
    respond', 'warned on Monday that it would strike back'; also the second of two such
    clauses): its 'would' is the 'will' of the words reported."""
    clause = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" else tok
    verb = clause.head
    return clause.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBN") and \
        verb.lemma_.lower() in BACKSHIFT_VERBS


def is_actorish(tok: Any) -> bool:
    """True for a token naming an actor: a named entity or a personal pronoun."""
    return tok.ent_type_ in ACTOR_ENTS or tok.lower_ in PRONOUNS or tok.pos_ == "PROPN"


CLAUSE_STEPS = 3
PERSON_PRONOUNS = ("he", "she")


def _is_place(tok: Any) -> bool:
    """True for a token naming a place."""
    return tok.ent_type_ in PLACE_ENTS or tok.lemma_ in PLACE_NOUNS


CONTROL_NOUNS = ("control",)
CONTROL_PREPS = ("of", "over")
INSTALLATIONS = ("headquarters", "airfield", "airbase", "station", "land", "enclave", "port",
                 "crossing", "checkpoint", "bridge", "border", "compound", "hill", "outpost",
                 "plant", "field", "facility", "palace", "temple", "prison", "road", "highway")


def controlled_place(obj: Any) -> bool:
    """True for 'control' of a place or an installation, the object of a seizure as
    PETRARCH2's CAMEO dictionary codes it ('SEIZE / TAKE * CONTROL', 192): '[control] of the
    town', 'control over the border crossing', 'control of Mirsk'. Control of a body, a
    firm or an abstract thing ('of parliament', 'of the company', 'of the situation') and of
    a party's own land ('of their own territory', what a deployment under a deal takes
    back) are none."""
    if obj.lemma_.lower() not in CONTROL_NOUNS:
        return False
    preps = [*obj.children, *(c for c in obj.head.children if c.i > obj.i)]  # or the verb's
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in CONTROL_PREPS:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or any(c.lower_ == "own" for c in place.children):
                continue
            if _is_place(place) or place.lemma_.lower() in INSTALLATIONS:
                return True
    return False


def _person_subject(tok: Any, offices: tuple[str, ...]) -> bool:
    """True when the subject of the verb's clause names a person: a person's name, 'he' or
    'she', or a noun of office ('the foreign minister', 'a delegation'); the subject of a governing verb
    stands for an infinitive's or a conjunct's ('is scheduled to travel', 'met X and flew')."""
    t = tok
    for _ in range(CLAUSE_STEPS):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(c.ent_type_ == "PERSON" or c.lower_ in PERSON_PRONOUNS or
                       c.lemma_.lower() in offices for c in subjects)
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def quantity_head(tok: Any, words: Any, steps: int | None = 3) -> Any:
    """The noun a quantity stands for: from a number or a quantity word (``words``: lemmas)
    down its 'of' objects, at most ``steps`` of them ('thousands of [teachers]', 'a group
    of dozens of [gunmen]'); ``tok`` itself when it is no quantity."""
    taken = 0
    while steps is None or taken < steps:
        if tok.lemma_.lower() not in words and tok.pos_ != "NUM":
            break
        objs = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
        if not objs:
            break
        tok = objs[0]
        taken += 1
    return tok


def _group_lemma(tok: Any) -> str:
    """The lemma naming a subject group: 'thousands of [teachers]' → 'teacher'."""
    return quantity_head(tok, QUANTITY_WORDS).lemma_.lower()


def _counted_people(tok: Any) -> bool:
    """True for a subject counting people ('hundreds of [teachers]', 'about 200 [workers]',
    'tens of thousands of Ukrainians'): a crowd, whatever the people are, unless they are
    states or organisations ('dozens of countries')."""
    head = quantity_head(tok, QUANTITY_WORDS)
    counted = head.i != tok.i or any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in tok.children)
    return counted and head.tag_ in PLURAL_TAGS and head.ent_type_ not in STATE_ENTS and \
        head.lemma_.lower() not in STATE_NOUNS


def military_craft(tok: Any) -> bool:
    """True for a ship, boat or aircraft a military, coast-guard or patrol word marks as
    armed-forces craft: 'coast guard [vessels]', 'navy [ships]', 'fighter [jets]', 'a patrol
    [boat]', '[vessels] of the navy' (``MILITARY_CRAFT``); a cruise ship or a minister's
    plane is none."""
    head = quantity_head(tok, QUANTITY_WORDS)
    if head.lemma_.lower() not in CRAFT_NOUNS:
        return False
    marks = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
    marks += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    marks += [m for c in marks for m in c.children if m.dep_ == "compound"]
    return any(m.lemma_.lower() in CRAFT_MARKS or m.lower_ in CRAFT_MARKS for m in marks)


def _mover_marks(head: Any) -> set[str]:
    """The lemmas of a mover noun's modifiers and 'of' objects: 'fire [reinforcements]' → fire."""
    marks = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
    marks += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return {m.lemma_.lower() for m in marks}


def _paragraph_words(tok: Any) -> frozenset[str]:
    """The lemmas of the paragraph (text between line breaks) holding ``tok``, once each."""
    doc = tok.doc
    text = doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    key = ("eventwire", "paragraph words", start)
    found = doc.user_data.get(key)
    if found is None:
        end = text.find("\n", tok.idx)
        end = len(text) if end < 0 else end
        span = doc.char_span(start, end, alignment_mode="expand")
        words = span if span is not None else doc
        found = doc.user_data[key] = frozenset(w for t in words for w in (t.lemma_.lower(), t.lower_))
    return found


def military_mover(tok: Any) -> bool:
    """Whether a generic mover ('reinforcements') is military: its own marks decide ('army
    [reinforcements]' yes, 'rescue [reinforcements]', '[reinforcements] of doctors' no), else a
    military word in its sentence or paragraph ('Fighting continued ... sent [reinforcements]')."""
    marks = _mover_marks(tok)
    if marks & CIVIL_MARKS:
        return False
    if marks & MILITARY_WORDS:
        return True
    sent = sentence_of(tok)
    if any(t.lemma_.lower() in MILITARY_WORDS or t.lower_ in MILITARY_WORDS for t in sent):
        return True
    return not _paragraph_words(tok).isdisjoint(MILITARY_WORDS)


def _prep_objects(tok: Any) -> list[tuple[Any, Any]]:
    """(preposition, object) pairs of a verb: 'died [in] [clashes]', 'sought [refuge]'."""
    out = []
    doc = tok.doc
    kids, deps = children(doc), column(doc, "dep")
    for j in kids[tok.i]:
        if deps[j] in ("prep", "agent", "dative"):
            child = None
            for k in kids[j]:
                if deps[k] in ("pobj", "pcomp"):
                    child = doc[j] if child is None else child
                    g = doc[k]
                    out.extend((child, x) for x in (g, *conjuncts(g)))
                    out.extend((doc[p], doc[x]) for p in kids[k] if deps[p] == "prep"
                               for x in kids[p] if deps[x] == "pobj")  # 'as a result [of] x'
    return out


FAVOUR_NOUNS = frozenset({"favour", "favor"})


def _prep_key(prep: Any) -> str:
    """The preposition a (preposition, object) pair is keyed by: 'in favour of' x is keyed as
    'for' x ('voted [in favour of] the accord' as 'voted for the accord'), any other as
    itself."""
    if prep.lower_ == "of" and prep.head.lemma_.lower() in FAVOUR_NOUNS \
            and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in":
        return "for"
    return prep.lower_


def _aimed_at(tok: Any) -> bool:
    """True for the object of a preposition a weapon is aimed with: an actor, a place, or
    a thing of a country ('at [Israel]', 'on the [town]', 'at Ukrainian energy [facilities]')."""
    if tok.ent_type_ in TIME_ENTS:
        return False  # 'on [Tuesday]'
    return (tok.ent_type_ in ACTOR_ENTS or tok.ent_type_ in PLACE_ENTS or tok.pos_ == "PROPN"
            or tok.lemma_ in PLACE_NOUNS or any(
                c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")
                for c in tok.children))


def _target_prep(tok: Any, objs: list[Any], preps: tuple[str, ...]) -> Any | None:
    """The preposition, on the verb, its direct object or a matched object, that introduces
    what the act is aimed at ('launched drones [at] Kyiv', 'a wave of drones [at] Ukrainian
    cities'); None when no such preposition has an actor or a place as its object. A "to"
    the parse makes a dative ('sent a delegation [to] Taipei') counts as a preposition."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj"), *objs]
    for holder in holders:
        for p in holder.children:
            if p.dep_ not in ("prep", "dative") or p.lower_ not in preps:
                continue
            if any(_aimed_at(x) for o in p.children if o.dep_ == "pobj"
                   for x in (o, *conjuncts(o))):
                return p
    return None


def _prep_holders(tok: Any, wanted: set[str]) -> list[Any]:
    """The dependents whose word is in ``wanted`` that may carry a trigger's preposition or
    particle: its own, and for a noun that is the direct object of a verb, the verb's
    prepositions after it too ('held drills [with] X', 'issued an ultimatum [to] X': the
    parse attaches the preposition to the light verb, as a prepositional or a dative
    dependent)."""
    doc, i = tok.doc, tok.i
    kids, deps, lower = children(doc), column(doc, "dep"), column(doc, "lower")
    found = [j for j in kids[i] if deps[j] in HOLDER_DEPS and lower[j] in wanted]
    head = heads(doc)[i]
    if deps[i] == "dobj" and head != i and column(doc, "pos")[i] == "NOUN":
        found += [j for j in kids[head] if j > i and deps[j] in LIGHT_VERB_PREP_DEPS and
                  lower[j] in wanted]
    found += _for_to_marks(doc, i, wanted, kids, deps, lower)
    found += _counted_particle(doc, i, wanted, kids, deps, lower)
    return [doc[j] for j in found if not _adjunct_prep(doc[j])]


OF_PREP = "of"
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their"})  # not 'its': 'its release' (a report)
PEOPLE_NOUNS = frozenset({"hostage", "prisoner", "captive", "detainee", "abductee", "soldier",
                          "journalist", "activist", "fisherman", "sailor", "crew", "pilot",
                          "citizen", "national", "student", "worker", "dissident"})


def _undergoer_possessor(tok: Any) -> list[Any]:
    """The possessor of a noun whose entry asks for an of-phrase, when it names the people the
    act is done to: the genitive of a nominalised act stands for its of-phrase ('his
    [release]', 'their release', 'the hostages' release', 'Smith's release' tell 'the release
    of him / them / the hostages / Smith'). A personal possessive, a named person or group or a
    noun of people; not 'its' nor a thing ('its release', 'the report's release': a document
    published)."""
    out = []
    for c in tok.children:
        if c.dep_ != "poss":
            continue
        if c.lower_ in PERSONAL_POSSESSIVES or c.ent_type_ in ("PERSON", "NORP") or \
                c.lemma_.lower() in PEOPLE_NOUNS:
            out.append(c)
    return out


# Particles the parser reads as a quantity's modifier when a number follows them: 'handed
# [over] 90 prisoners', 'gave [back] two ships' (as in 'over 90 prisoners', 'more than 90').
COUNTED_PARTICLES = frozenset({"over", "back"})


def _counted_particle(doc: Any, i: int, wanted: set[str], kids: list[list[int]],
                      deps: list[str], lower: list[str]) -> list[int]:
    """The particle right after verb ``i`` that the parse hangs on the number of the verb's
    direct object as a quantity modifier ('handed [over] 90 prisoners'): the verb's own
    particle, as 'handed over the prisoners' shows."""
    j = i + 1
    if j >= len(doc) or lower[j] not in wanted or lower[j] not in COUNTED_PARTICLES or \
            deps[j] != "quantmod" or column(doc, "pos")[i] != "VERB":
        return []
    num = heads(doc)[j]
    obj = heads(doc)[num]
    if deps[num] != "nummod" or deps[obj] != "dobj" or heads(doc)[obj] != i:
        return []
    return [j]


def _for_to_marks(doc: Any, i: int, wanted: set[str], kids: list[list[int]],
                  deps: list[str], lower: list[str]) -> list[int]:
    """The 'for' of an infinitive clause with its own subject after the trigger ('called
    [for] observers to monitor the truce', 'pressed [for] both sides to talk'), which the
    parse makes the clause's marker instead of the verb's preposition; the clause may be
    passive ('called [for] the journalists to be freed', 'pressed [for] the sanctions to be
    lifted')."""
    if "for" not in wanted:
        return []
    pos = column(doc, "pos")
    out = []
    for c in kids[i]:
        if c < i or deps[c] not in ("advcl", "ccomp", "xcomp") or pos[c] not in ("VERB", "AUX"):
            continue
        mark = next((k for k in kids[c] if deps[k] == "mark" and lower[k] == "for" and k > i),
                    None)
        if mark is not None and any(deps[k] in ("nsubj", "nsubjpass") for k in kids[c]) and \
                any(deps[k] == "aux" and lower[k] == "to" for k in kids[c]):
            out.append(mark)
    return out


def _adjunct_prep(prep: Any) -> bool:
    """A preposition whose objects are all times, channels or occasions ('[on] Monday', '[on]
    Tuesday night', '[in] the morning', '[on] the phone'): an adjunct, not a complement. A
    time with an of-phrase names a thing ('called for a day [of] mourning')."""
    if prep.dep_ != "prep" or prep.lower_ in TEMPORAL_PREPS:
        return False
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in conjuncts(o)]
    return bool(objs) and all(
        (o.ent_type_ in TIME_ENTS or o.lemma_.lower() in ADJUNCT_NOUNS) and
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children) for o in objs)


def verbless_main_verb(tok: Any) -> bool:
    """'Trump called Putin on Tuesday.' parsed as a name and a participle describing it ('a
    man called John'), leaving the sentence without a verb: a past form hung on the name that
    roots the sentence, right after it, with no by-agent and no other verb in the sentence is
    the sentence's own verb, the name its subject."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT" or \
            head.pos_ != "PROPN" or tok.i != head.i + 1 or has_child(tok, "agent"):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.i != tok.i for t in tok.sent)


def lone_predicate(tok: Any) -> bool:
    """A predicate complement with nothing it could name: a clause's own verb with no direct
    object and one person as its only predicate ('Ana Brel called [Ivo Tasko] on Monday'
    parsed as naming; not 'called Canada "one of the worst"') is acting on it."""
    return (tok.dep_ in ("ROOT", "conj", "ccomp", "advcl") or verbless_main_verb(tok)) and \
        not has_child(tok, "dobj") and not _is_passive(tok) and \
        sum(c.dep_ == "oprd" for c in tok.children) == 1


def _naming(tok: Any) -> bool:
    """A verb used to name something: a reduced passive ('a militia [called] the Anti-Balaka')
    or a verb with a predicative complement, a noun or an adjective ('what he [called] a
    productive meeting', 'which [called] it unconstitutional')."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
        return True  # not 'Trump [called] Putin' misparsed as a reduced passive
    return any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") for c in tok.children) or \
        any(misparsed_naming(c) for c in tok.children) or _wh_named(tok)


NAMED_WH_TAGS = ("WDT", "WP")


def _wh_named(tok: Any) -> bool:
    """'the shoal, which Beijing [calls] Huangyan Island', 'what Moscow [calls] a special
    operation': a relative or wh-word object before the verb is the thing named and a noun
    object after it is the name (not 'whom he called on Friday', with no second object)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "attr")]
    return any(o.tag_ in NAMED_WH_TAGS and o.i < tok.i for o in objs) and \
        any(o.i > tok.i and o.pos_ in ("NOUN", "PROPN") for o in objs)


def misparsed_naming(c: Any) -> bool:
    """'called [the strikes] [a violation]' parsed as a clause: the first noun phrase, taken
    for a predicate or a clause ('strikes' as a verb), has a determiner of its own and holds
    the second, indefinite one as its object."""
    return c.dep_ in ("oprd", "ccomp") and c.i > c.head.i and \
        any(d.dep_ == "det" for d in c.doc[c.head.i + 1:c.i]) and \
        any(o.dep_ == "dobj" and o.pos_ == "NOUN" and o.i > c.i and
            any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
            for o in c.children)


FEELING_HOLDERS = ("sigh", "sense", "feeling", "expression", "tear", "moment", "mood")
FEELING_VERBS = ("express", "voice", "feel", "show", "share", "breathe", "convey")
FEELING_PREPS = ("at", "over")
GIVING_VERBS = ("provide", "supply", "furnish", "equip", "help", "assist")


def _feeling(tok: Any) -> bool:
    """A noun used as a feeling, not as the thing that brings it ('relief'): a manner phrase
    ('greeted the truce [with] relief', 'reacted with relief'; not 'provided them with
    relief'), a sigh or a sense [of] it, the object of a verb of expressing ('expressed
    relief'), or with its cause ('relief [at] the news', 'relief [that] the talks resumed')."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX"):
        return head.head.lemma_.lower() not in GIVING_VERBS
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in FEELING_HOLDERS:
        return True
    if tok.dep_ == "dobj" and head.lemma_.lower() in FEELING_VERBS:
        return True
    return any((c.dep_ == "prep" and c.lower_ in FEELING_PREPS) or
               (c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark"
                                                   for m in c.children))
               for c in tok.children)


# The infinitives of 'not allowed to speak / comment': a source's formula, no restriction
PRESS_FORMULA_VERBS = frozenset({"speak", "comment", "talk", "discuss", "disclose", "identify",
                                 "name", "be", "give", "brief"})
THING_PRONOUNS = frozenset({"it", "this", "that", "which", "these", "those"})


def denied_permission(tok: Any) -> bool:
    """A passive 'allow' or 'permit' told as not given, with a party as subject and an act as
    infinitive: 'the editor is not allowed to leave Norland', 'women are no longer permitted
    to work' restrict that party (COERCE); not the formula of a source ('not allowed to speak
    to the media') nor a thing ('it is not allowed to ...'). A normative 'X cannot be allowed
    to ...' stays hypothetical by its modal."""
    if not _is_passive(tok):
        return False
    if not any(c.dep_ == "neg" or (c.lower_ == "longer" and has_child(c, "neg"))
               for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON") or \
            subj.lower_ in THING_PRONOUNS:
        return False
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return bool(acts) and all(a.lemma_.lower() not in PRESS_FORMULA_VERBS for a in acts)


def _hosted_for(tok: Any) -> bool:
    """True when a host's verb names what the guest came for ('hosted the Peruvian president
    for talks', 'welcomed the minister for what officials called talks'): the meeting noun
    tells the meeting, with the guest as its source, so the hosting verb is no trigger of its
    own for a guest named by office."""
    return any(c.dep_ == "prep" and c.lower_ in PURPOSE_PREPS for c in tok.children)


def _is_passive(tok: Any) -> bool:
    """A verb in the passive voice ('were handed over')."""
    return has_child(tok, "auxpass")


def _not_particle(c: Any, tok: Any, entry: Entry) -> bool:
    """A word an entry wants only as a particle that is a preposition of its own: before the
    verb or with an object ('[In] the interview, the minister gave two reasons' is no 'give
    in'; 'gave in to their demands' is)."""
    if c.lower_ not in entry.particle or c.lower_ in entry.prep:
        return False
    return c.i < tok.i or any(g.dep_ == "pobj" for g in c.children)


def _governor(tok: Any) -> str | None:
    """The lemma of the verb a noun is the object or predicate of ('[poses] a threat',
    '[described] the group as a threat'), or of the written message it names the kind of
    ('a protest [note]', 'a [note] of protest'), else None."""
    if tok.dep_ in GOVERNED_DEPS:
        if misread_degree(tok.head):  # 'faces [increasing] opposition': 'faces' governs
            return tok.head.head.lemma_.lower()
        return tok.head.lemma_.lower()
    if tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.lemma_.lower() in MESSAGE_NOUNS:
        return tok.head.lemma_.lower()
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i and \
            tok.head.head.lemma_.lower() in MESSAGE_NOUNS:
        return tok.head.head.lemma_.lower()
    if tok.dep_ == "pobj" and tok.head.lower_ in AS_PREPS and tok.head.head.i != tok.head.i:
        return tok.head.head.lemma_.lower()
    return None


# Participles of degree the parser takes for a verb with the next noun as its object ('the
# plan faces [increasing] opposition', 'drew [mounting] criticism'): adjectives of the noun.
DEGREE_PARTICIPLES = frozenset({"increase", "grow", "mount", "rise", "widen", "deepen",
                                "intensify", "escalate", "strengthen"})
ASPECT_VERBS = frozenset({"keep", "continue", "start", "begin", "stop", "quit", "go", "risk",
                          "avoid", "consider", "admit", "deny", "resume", "finish"})


def misread_degree(verb: Any) -> bool:
    """True for a present participle of degree read as the verb's complement clause with the
    noun after it as its object ('faces [increasing] Western opposition'): it modifies the
    noun, and the verb it hangs on governs the noun."""
    if not (verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl", "ccomp") and
            verb.lemma_.lower() in DEGREE_PARTICIPLES and verb.head.i < verb.i and
            verb.head.pos_ in ("VERB", "AUX")) or verb.head.lemma_.lower() in ASPECT_VERBS:
        return False  # 'kept [increasing] its forces' increases them
    if any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children) or \
            any(c.dep_ == "dobj" for c in verb.head.children):
        return False
    return any(c.dep_ == "dobj" and c.i == verb.i + 1 + sum(
        1 for m in c.children if m.dep_ in ("amod", "compound") and m.i < c.i)
        for c in verb.children)  # no determiner between: 'increasing [Western] opposition'


# Nouns of a reaction that also name a party: 'faced [the opposition] in the election' is the
# party, 'faced fierce opposition' the reaction
PARTY_READING_NOUNS = frozenset({"opposition"})


def _party_reading(tok: Any) -> bool:
    """True for a noun of ``PARTY_READING_NOUNS`` that is definite and has no adjective ('the
    opposition', 'the country's opposition'): the party, not the reaction."""
    if tok.lemma_.lower() not in PARTY_READING_NOUNS:
        return False
    kids = list(tok.children)
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
               for c in kids) and not any(c.dep_ == "amod" for c in kids)


def _clause_subjects(tok: Any) -> list[Any]:
    """The subjects of a verb, or of the verb governing an infinitive or a conjunct that has
    none of its own ('nurses [continued] to strike', 'workers marched and struck')."""
    t = tok
    for _ in range(CLAUSE_STEPS):
        found = child_tokens(t, ("nsubj", "nsubjpass"))
        if found or t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return found
        t = t.head
    return []


def _view(tok: Any, cache: dict[str, Any], key: str) -> Any:
    """A per-token value computed once for all the entries tried on that token."""
    value = cache.get(key)
    if value is None:
        if key == "objects":  # a month is no object: 'continued in [March]'
            value = [(o, o.lemma_.lower()) for o in _objects(tok) if o.ent_type_ not in TIME_ENTS
                     and (o.lemma_.lower() not in GENERIC_MOVERS or military_mover(o))]
            value += [(o, MILITARY_CRAFT) for o, _ in value if military_craft(o)]
        elif key == "prep_objects":
            value = [(p, o, (_prep_key(p), o.lemma_.lower())) for p, o in _prep_objects(tok)]
        else:
            subjects = _clause_subjects(tok)
            subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]
            value = [_group_lemma(c) for c in subjects]
            value = [v for v, c in zip(value, subjects, strict=True)
                     if v not in GENERIC_MOVERS or military_mover(quantity_head(c, QUANTITY_WORDS))]
            value += [MILITARY_CRAFT for c in subjects if military_craft(c)]
            value += [CROWD for c in subjects if _counted_people(c)]
        cache[key] = value
    return value


def _matches(tok: Any, entry: Entry, cache: dict[str, Any] | None = None
             ) -> tuple[bool, tuple[Any, ...]]:
    """Whether ``tok`` satisfies ``entry``'s conditions, and the tokens they matched."""
    cache = {} if cache is None else cache
    extra: list[Any] = []
    if entry.prep_object:
        pairs = [(p, o) for p, o, key in _view(tok, cache, "prep_objects")
                 if key in entry.prep_object]
        if not pairs:
            return False, ()
        extra.extend(pairs[0])
    if entry.object_and_prep and any(c.dep_ in STATE_DEPS for c in tok.children):
        return False, ()  # a state the object is left in: 'left three soldiers [dead]'
    if entry.prep or entry.particle:
        wanted = {p.lower() for p in (*entry.prep, *entry.particle)}
        hits = [c for c in _prep_holders(tok, wanted) if not _not_particle(c, tok, entry)]
        if not hits and entry.pos == "noun" and OF_PREP in entry.prep:
            hits = _undergoer_possessor(tok)  # 'their [release]': the release of them
        if not hits and (entry.object_and_prep or not (entry.object and entry.prep)):
            return False, ()
        if entry.prep and entry.particle and not (
                any(c.lower_ in entry.particle for c in hits if c.dep_ in ("prt", "advmod")) and
                any(c.lower_ in entry.prep for c in hits if c.dep_ != "prt")):
            return False, ()  # both asked for: 'spoke [up] [for] X', not 'spoke up'
        extra.extend(hits[:1])
    objs = []
    if entry.object:
        objs = [o for o, lemma in _view(tok, cache, "objects") if lemma in entry.object]
        if entry.object_modifier:  # 'launched [air] strikes': the object's own modifier
            objs = [o for o in objs if any(c.dep_ in MODIFIER_DEPS and c.lemma_.lower() in
                                           entry.object_modifier for c in o.children)]
        if not objs and (entry.object_and_prep or not (entry.prep and extra)):
            return False, ()
        if entry.object_not and any(lemma in entry.object_not
                                    for _, lemma in _view(tok, cache, "objects")):
            return False, ()  # 'deployed troops and humanitarian workers'
        extra.extend(objs[:1])
    if entry.prep_target:
        aimed = _target_prep(tok, objs, entry.prep_target)
        if aimed is None:
            return False, ()
        extra.append(aimed)
    if entry.modifier:  # a verb's manner adverb is its modifier: '[forcibly] returned'
        deps = MANNER_MODIFIER_DEPS if entry.pos == "verb" else MODIFIER_DEPS
        mods = [c for c in tok.children if c.dep_ in deps and c.lemma_.lower() in
                entry.modifier]
        if not mods:
            return False, ()
        extra.extend(mods[:1])
    if entry.xcomp and not any((c.dep_ == "xcomp" or _purpose_infinitive(tok, c)) and
                               c.lemma_ in entry.xcomp for c in tok.children):
        return False, ()
    if entry.xcomp_negated and not any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_ in entry.xcomp_negated
            and any(g.dep_ == "neg" for g in c.children) for c in tok.children):
        return False, ()
    if entry.xcomp_any and not _infinitive_complement(tok):
        return False, ()
    if entry.future and not _future(tok):
        return False, ()
    if entry.no_object and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return False, ()
    if entry.litotes and not _litotes_of_harm(tok):
        return False, ()
    if entry.object_actor and not any(
            ((c.dep_ in ("dobj", "dative") and (is_actorish(c) or (
                c.lemma_.lower() in OFFICE_NOUNS and (tok.lemma_.lower() in CALL_VERBS or (
                    entry.type == OFFICE_GUEST_TYPE and not _hosted_for(tok)))))) or
             (c.dep_ == "nsubjpass" and _is_passive(tok) and is_actorish(c)) or
             (c.dep_ == "oprd" and is_actorish(c) and lone_predicate(tok)))
            for c in tok.children):
        return False, ()  # a passive's subject is its object: 'Putin was called by Trump'

    if entry.object_place and not any(c.dep_ == "dobj" and _is_place(c) for c in tok.children):
        return False, ()
    if entry.governor and (_governor(tok) not in entry.governor or _party_reading(tok)):
        return False, ()
    if entry.naming and not _naming(tok):
        return False, ()
    if entry.intransitive and (_is_passive(tok) or any(
            c.dep_ in COMPLEMENT_DEPS or c.dep_ == "agent" for c in tok.children)):
        return False, ()  # a passive's subject or a by-agent: 'journalists were [harassed]'
    if entry.marker and not any(c.dep_ == "mark" and c.lower_ in entry.marker
                                for c in tok.children):
        return False, ()
    if entry.prep_place and not any(p.lower_ in entry.prep_place and _is_place(o)
                                    for p, o, _ in _view(tok, cache, "prep_objects")):
        return False, ()
    if entry.feeling and not _feeling(tok):
        return False, ()
    if entry.denied_permission and not denied_permission(tok):
        return False, ()
    if entry.question and not _indirect_question(tok):
        return False, ()
    if entry.mandative and not _mandative(tok):
        return False, ()
    if entry.obliged and not obliged(tok):
        return False, ()
    if entry.infinitive_subject and not _infinitive_subject(tok):
        return False, ()
    if entry.helped_party and not helped_parties(tok):
        return False, ()
    if entry.object_control and not any(controlled_place(c) for c in tok.children
                                        if c.dep_ == "dobj"):
        return False, ()
    if entry.source_person and not _person_subject(tok, entry.source_in):
        return False, ()
    if entry.source_not or (entry.source_in and not entry.source_person):
        subjects = set(_view(tok, cache, "subjects"))
        if entry.source_not and subjects & set(entry.source_not):
            return False, ()
        doers = subjects | _agent_lemmas(tok) if entry.object else subjects
        if entry.pos == "noun":
            doers = doers | _noun_doers(tok)  # 'the militants' capture of', 'capture by militants'
        if entry.source_in and not doers & set(entry.source_in):
            return False, ()  # a passive's doer with its object: 'hostages were freed by [troops]'
    return True, tuple(extra)


def _agent_lemmas(tok: Any) -> set[str]:
    """The group lemmas of a passive's by-agents ('were freed by troops': troop)."""
    return {_group_lemma(g) for c in tok.children if c.dep_ == "agent"
            for g in c.children if g.dep_ == "pobj"}


def _noun_doers(tok: Any) -> set[str]:
    """The group lemmas of an act noun's doers: its possessor ('the militants' capture of two
    soldiers') and the object of its 'by' ('the capture of two soldiers by militants')."""
    out = {_group_lemma(c) for c in tok.children if c.dep_ == "poss"}
    return out | {_group_lemma(g) for c in tok.children
                  if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"}


def _mandative(tok: Any) -> bool:
    """True when the token's clausal complement asks for an act: a subjunctive, the base form
    of a verb with its own subject and no auxiliary ('insisted that Redland [withdraw]'), or a
    deontic modal ('insisted that Redland [should] withdraw'); a clause in the indicative
    ('insisted that his army had not crossed') states a fact."""
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        aux = [a for a in c.children if a.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in MANDATIVE_AUX for a in aux):
            return True
        if c.tag_ == "VB" and not aux and any(s.dep_ in ("nsubj", "nsubjpass")
                                               for s in c.children):
            return True
        if c.tag_ == "VBN" and [a.lower_ for a in aux] == ["be"]:
            return True  # 'insisted that the talks be held in Oslo'
    return False


OBLIGATION_AUX = ("must",)  # 'publishers [must] obtain permission'
OBLIGATION_HEADS = ("have", "need")  # 'have to obtain a licence', 'need to seek approval'
# passive verbs of obligation with the required act as infinitive: 'are [required] to submit'
OBLIGING_PASSIVES = ("require", "oblige", "force", "compel", "order", "instruct", "direct")


def obliged(tok: Any) -> bool:
    """True for a verb told as an obligation laid on its subject: under 'must' ('publishers
    must obtain permission'), 'have to' or 'need to' ('outlets have to submit articles for
    review'), or the infinitive of a passive verb of obliging ('are required to register');
    not 'may', 'can' or a plain statement ('obtained permission')."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in tok.children):
        return True
    if tok.dep_ != "xcomp" or not _to_infinitive(tok):
        return False
    head = tok.head
    lemma = head.lemma_.lower()
    if lemma in OBLIGATION_HEADS:
        return True
    return lemma in OBLIGING_PASSIVES and any(c.dep_ == "auxpass" for c in head.children)


HELPED_ENTS = ("GPE", "NORP", "ORG")
HELPER_RELATIVES = ("which", "who", "that")
SUBJECT_FROM_GOVERNOR_DEPS = ("xcomp", "advcl", "conj", "pcomp", "acl")


def bare_infinitive_subjects(tok: Any) -> list[Any]:
    """The subjects of the verb's bare infinitive complement, which spaCy parses as a clause
    of its own: 'helped [Redland] build a port', 'is helping [Redland] fight the fires'."""
    return [s for c in tok.children if c.dep_ == "ccomp" and c.tag_ == "VB"
            and not any(a.dep_ in ("aux", "mark") for a in c.children)
            for s in c.children if s.dep_ == "nsubj"]


def _names_party(tok: Any) -> bool:
    """True for a token that is a name ('[Japan]', '[the EU]', '[Modi]'); not a thing with a
    name's modifier ('a [Chinese] update to its law')."""
    return tok.ent_type_ in ACTOR_ENTS or tok.pos_ == "PROPN"


def _helper_named(tok: Any) -> bool:
    """False when the verb of helping has a subject (or a passive's by-agent) that names no
    party: a thing that helps ('the pact has helped X escape the sanctions', 'the
    rains helped X') is no party giving aid. A subject left to the governing verb ('pledged
    to help X') is not judged here."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    subjects += [g for c in tok.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj"]
    if tok.dep_ == "relcl":  # 'India, which helped X build': the relative's antecedent
        subjects = [tok.head if s.lower_ in HELPER_RELATIVES else s for s in subjects]
    if not subjects:  # an infinitive or a conjunct takes its subject from its governor; a
        return tok.dep_ in SUBJECT_FROM_GOVERNOR_DEPS  # finite verb without one is a misparse
    return any(_names_party(s) for s in subjects)


def helped_parties(tok: Any) -> list[Any]:
    """The parties a verb of helping helps: its object ('assisted [Redland] in rebuilding',
    'helped [Redland] with food'), a passive's subject ('[Redland] was helped by X') or the
    subject of its bare infinitive ('helped [Redland] build'), when it names a country, a
    people or an organisation (or is a name the tagger takes for a person's: a country's
    name often is); not a pronoun or a thing ('helped him escape', 'helped the economy
    grow')."""
    if not _helper_named(tok):
        return []
    heads = [c for c in tok.children if c.dep_ in ("dobj", "dative") or
             (c.dep_ == "nsubjpass" and _is_passive(tok))] + bare_infinitive_subjects(tok)
    return [h for h in heads if h.ent_type_ in HELPED_ENTS or (h.pos_ == "PROPN" and h.ent_type_ in ACTOR_ENTS)]


def _infinitive_subject(tok: Any) -> bool:
    """True when the verb's clausal complement is a to-infinitive with a subject of its own:
    another party is to act ('wants Redland [to withdraw]', 'want the hunts [to be
    stopped]'), not the subject's own aim ('wants [to join]', an 'xcomp')."""
    return any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
        s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in tok.children)


def _indirect_question(tok: Any) -> bool:
    """True when the verb's clausal complement is a question ('asked [whether] the army
    had fired', 'asked the minister [if] talks would resume', 'asked [what] the army would
    do'), not a call to act ('asked Redland to withdraw'). An 'if' clause the parser hangs
    on the verb after its object ('asked the minister if ...') is the question too, unless
    the verb asks for something ('asked the UN for aid if the floods worsen'). A quoted
    question is one too: the quotation as the verb's complement ('"Can we trust them?" he
    asked') or, split from it, just before the reporting clause ('"Why would they attack
    now?" the analyst asked', '"Will you run again?" a reporter asked the president')."""
    asks_for = any(c.dep_ in ("xcomp", "prep") and (c.dep_ == "xcomp" or c.lower_ == "for")
                   for c in tok.children)
    has_object = any(c.dep_ in ("dobj", "dative") for c in tok.children)
    if not asks_for and not any(c.dep_ == "ccomp" for c in tok.children) and \
            _after_quoted_question(tok):
        return True
    for c in tok.children:
        if c.dep_ == "advcl" and has_object and not asks_for and any(
                m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children):
            return True
        if c.dep_ != "ccomp":
            continue
        if any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children):
            return True
        first = min(c.subtree, key=lambda t: t.i)
        if first.tag_ in QUESTION_TAGS or (c.i < tok.i and any(t.text == "?" for t in c.subtree)):
            return True
    return False


def _after_quoted_question(tok: Any) -> bool:
    """True when the verb's clause comes right after a quotation that ends in a question mark
    (closing quote marks and a comma between them allowed)."""
    i = min(t.i for t in tok.subtree) - 1
    while i >= 0 and (tok.doc[i].tag_ in ("''", "``") or tok.doc[i].text in (",", '"', "”", "’")):
        i -= 1
    return i >= 0 and i < min(t.i for t in tok.subtree) - 1 and tok.doc[i].text == "?"


# The single condition of an entry that a run of entries is looked up by: the view of the
# token it reads, and the entry's field holding the keys it wants
KEYED_CONDITIONS = {"object": ("objects", "object"), "prep_object": ("prep_objects", "prep_object"),
                    "source_in": ("subjects", "source_in")}


@dataclass(frozen=True)
class KeyedRun:
    """Consecutive entries of one lemma that each ask for one keyed condition only (an object
    lemma, a preposition and its object, a subject group): the first of them the token
    matches is the one with the lowest position among the keys the token has."""

    view: str  # "objects", "prep_objects" or "subjects"
    entries: tuple[Entry, ...]
    first: dict[Any, int]  # key -> position of the first entry of the run wanting it

    def match(self, tok: Any, cache: dict[str, Any]) -> tuple[Entry, tuple[Any, ...]] | None:
        """The entry of the run ``tok`` matches first and the tokens it matched, or None."""
        first, found = self.first, None
        for item in _view(tok, cache, self.view):
            key = item[1] if self.view == "objects" else item[2] if self.view == "prep_objects" \
                else item
            at = first.get(key)
            if at is not None and (found is None or at < found):
                found = at
        if found is None:
            return None
        entry = self.entries[found]
        if self.view == "objects":
            return entry, (next(o for o, lemma in _view(tok, cache, "objects")
                                if lemma in entry.object),)
        if self.view == "prep_objects":
            return entry, next((p, o) for p, o, key in _view(tok, cache, "prep_objects")
                               if key in entry.prep_object)
        return entry, ()


def _keyed_condition(entry: Entry) -> str | None:
    """The one keyed condition ``entry`` asks for when it asks for nothing else, else None."""
    asked = [k for k in CONDITION_KEYS if getattr(entry, k)]
    if entry.source_not or entry.object_not or len(asked) != 1 or asked[0] not in KEYED_CONDITIONS:
        return None
    return asked[0]


def _plan(entries: list[Entry]) -> tuple[Entry | KeyedRun, ...]:
    """The entries of one lemma in order, consecutive entries with the same keyed condition
    gathered into one run looked up by key."""
    steps: list[Entry | KeyedRun] = []
    run: list[Entry] = []
    kind: str | None = None

    def close() -> None:
        if run:
            view, attr = KEYED_CONDITIONS[kind]  # type: ignore[index]
            first: dict[Any, int] = {}
            for n, e in enumerate(run):
                for key in getattr(e, attr):
                    first.setdefault(key, n)
            steps.append(KeyedRun(view, tuple(run), first))
            run.clear()

    for entry in entries:
        keyed = _keyed_condition(entry)
        if keyed != kind:
            close()
            kind = keyed
        if keyed is None:
            steps.append(entry)
        else:
            run.append(entry)
    close()
    return tuple(steps)


def _steps(lexicon: Lexicon, pos: str, lemma: str) -> tuple[Entry | KeyedRun, ...]:
    """``lexicon``'s entries for ``lemma`` as ``pos`` as steps to try in order (built once)."""
    key = (pos, lemma)
    steps = lexicon.plans.get(key)
    if steps is None:
        steps = lexicon.plans[key] = _plan(lexicon.candidates(pos, lemma))
    return steps


def match_token(tok: Any, lexicon: Lexicon) -> Trigger | None:
    """The trigger ``tok`` makes under the lexicon, or None."""
    pos = _pos_of(tok)
    if pos is None and _copula_state(tok):
        pos = "verb"  # 'the journalist has been [in] custody since March'
    elif pos == "verb" and noun_in_use(tok):
        pos = "noun"
    if pos is None or (pos == "verb" and tok.dep_ in VERB_MODIFIER_DEPS):
        return None  # 'the [banned] group', '[given] the changes'
    return _as_criticism(_match_steps(tok, pos, _steps(lexicon, pos, _lemma(tok))), lexicon)


STATE_PREPS = frozenset({"in", "behind", "under"})  # 'is [in] custody', '[behind] bars'


def _copula_state(tok: Any) -> bool:
    """True for the main verb 'be' with a prepositional phrase of state and no complement of
    another kind ('has been in custody since March', 'are still behind bars'): matched as a verb
    against the lexicon's entries of 'be' (a state that is an act done to its subject); an
    auxiliary ('was arrested') or a copula with a noun or adjective ('is a prison') is none."""
    if tok.pos_ != "AUX" or tok.lemma_ != "be" or tok.dep_ in ("aux", "auxpass"):
        return False
    kids = list(tok.children)
    return any(c.dep_ == "prep" and c.lower_ in STATE_PREPS for c in kids) and \
        not any(c.dep_ in ("attr", "acomp", "expl") for c in kids)


def _as_criticism(trig: Trigger | None, lexicon: Lexicon) -> Trigger | None:
    """The trigger, read as criticism when it is a verb of attack used for words
    (``extract/verbal_attacks.py``: 'attacked the plan', 'sharply attacked X')."""
    if trig is None or trig.nominal or not lexicon.verbal_attack:
        return trig
    said = criticism_entry(trig.entry, trig.token, lexicon.verbal_attack)
    return trig if said is None else Trigger(trig.token, said, nominal=False)


def _match_steps(tok: Any, pos: str, steps: tuple[Entry | KeyedRun, ...]) -> Trigger | None:
    """The trigger of the first step ``tok`` matches, or None."""
    if pos == "noun" and tok.lemma_.lower() in GENERIC_MOVERS and not military_mover(tok):
        return None  # 'firefighting [reinforcements] arrived'
    cache: dict[str, Any] = {}
    for step in steps:
        if isinstance(step, KeyedRun):
            found = step.match(tok, cache)
            if found is None:
                continue
            entry, extra = found
        else:
            ok, extra = _matches(tok, step, cache)
            if not ok:
                continue
            entry = step
        if entry.type is None:  # a phrase known not to be an event ('die of natural causes')
            return None
        return Trigger(tok, entry, nominal=pos == "noun", extra=extra)
    return None


def find_triggers(sent: Any, lexicon: Lexicon) -> list[Trigger]:
    """All triggers in a sentence, in text order (``match_token`` of each token; a token
    whose lemma has no entry, or none at its part of speech, is passed over from the
    document's word lists, without building it)."""
    doc = sent.doc
    pos, tag = column(doc, "pos"), column(doc, "tag")
    dep, lemma = column(doc, "dep"), column(doc, "lemma")
    out = []
    found_at = positions_in(doc, lexicon.lemmas())
    prefixed = [j + 2 for j in between(positions_in(doc, HYPHEN_PREFIXES, ("lower",)),
                                       sent.start, sent.end - 2)]
    if prefixed:  # 'test-firing': the compound has entries where its last word has none
        found_at = sorted({*found_at, *prefixed})
    for i in between(found_at, sent.start, sent.end):
        if pos[i] == "PROPN" and tag[i] not in VERB_TAGS:  # the only case that reads the text
            kind = _lexicon_pos(pos[i], tag[i], doc[i].text)
        else:
            kind = _lexicon_pos(pos[i], tag[i], "")
        if kind == "verb" and dep[i] in NOUN_DEPS and noun_in_use(doc[i]):
            kind = "noun"
        if kind is None and pos[i] == "AUX" and dep[i] not in ("aux", "auxpass") and \
                _copula_state(doc[i]):
            kind = "verb"  # 'has been [in] custody since March'
        if kind is None or (kind == "verb" and dep[i] in VERB_MODIFIER_DEPS):
            continue
        steps = _steps(lexicon, kind, compound_lemma(doc, i, lemma[i]))
        if not steps:
            continue
        found = _as_criticism(_match_steps(doc[i], kind, steps), lexicon)
        if found is not None:
            if i in prefixed and compound_lemma(doc, i, lemma[i]) != lemma[i]:
                found.extra = (*found.extra, doc[i - 2])  # the phrase covers 'sit-in'
            out.append(found)
    return _without_pronoun_relatives(out)


def _without_pronoun_relatives(triggers: list[Trigger]) -> list[Trigger]:
    """Drop the verb of a relative clause that read its modified noun as object
    (``object_relative``) when that noun is an event trigger of its own and the clause's
    subject is a pronoun: in 'thanked France for the assistance [it sent]' the noun tells the
    event and its sentence its parties; the verb adds only the pronoun."""
    nouns = {t.token.i for t in triggers if t.nominal}
    return [t for t in triggers if t.nominal or not object_relative(t.token) or
            t.token.head.i not in nouns or
            not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in t.token.children)]
