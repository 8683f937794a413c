"""Agreements that are wished for or acted on, and agreeing that commits to nothing.

PLOVER's AGREE is an act: parties reach, sign or accept an agreement, or one promises
to act. Three kinds of mention report no such act.

- A sought agreement or cooperation, the object of a verb of wanting or pursuing
  ("Lorania *wants* a deal with the rebels", "*hopes for* a deal by June", "*seeks*
  closer cooperation"): the deal is not made; the pursuit is the news (a REQUEST or a
  meeting when a verb of its own says so).
- An existing agreement that a verb acts on ("*enforcing* the ceasefire agreement",
  "the countries that *sponsored* the accord", "*violated* the truce", "*rejected* the
  deal"): the act is the verb's, not a new agreement. Verbs that make, accept or
  renew an agreement ("signed", "approved", "reaffirmed their commitment",
  "extended the truce") are not in the list.
- Agreeing with a view or assuring of a fact ("economists *agree* that the currency
  is overvalued", "he *agreed with* the minister", "*assured* reporters that the water
  was safe"): the clause states what is the case, not what someone will do. A
  commitment has an action as its content: an infinitive ("agreed *to reopen*"), an
  object or a preposition ("agreed *on* a truce", "guaranteed safe passage"), or a
  clause with a future or deontic auxiliary ("agreed that their countries *should*
  cooperate", "assured Y that its troops *would not* cross").

A verbal SUPPORT or AGREE also needs a party that supports or commits. A thing as the
subject ("the data *support* the view", "the constitution *guarantees* freedom of the
press", "the plan *promises* to lift growth") or a purpose infinitive ("money will be
used *to support* conservation") states what something does or is for, not a party's
act. A party is a name, a pronoun or a noun of people or bodies (the registry's agent
nouns, the ``party_nouns`` of ``plover_patterns.json``, and, to err on the side of
keeping an event, any noun with an ending of a person's role: "participants",
"negotiators", "economists").

A participle of support that describes a noun ("soldiers *backed* by allied troops",
"those *backing* closer integration", "groups *supporting* the bill") names who the
people are by their allegiance; it reports no act of support and is no SUPPORT event.
A participle with a date of its own reports when the act happened and stays one
("the president, *elected* last month, ...", "a mayor *elected* in May"); a "since"
or "for" period ("backed by X since 2012") still names a standing allegiance.

The verb and noun lists are ``agreements`` in ``plover_patterns.json``.
"""

from __future__ import annotations

from typing import Any

from eventwire.extract.lexicon import Lexicon
from eventwire.extract.references import dated_noun

PATTERNS_KEY = "agreements"
AGREE = "AGREE"
SUPPORTER_TYPES = ("AGREE", "SUPPORT")  # verbal types whose subject must be a party
DOER_TYPES = ("REJECT",)  # verbal types whose subject must not be an abstract thing
DEMONSTRATIVES = ("this", "that", "these", "those")
ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ity", "ance", "ence", "ure", "ism", "sis", "cy")
PARTICIPLE_TAGS = ("VBN", "VBG")  # a participle that describes a noun: 'troops backed by X'
PARTY_ENTS = ("PERSON", "ORG", "GPE", "NORP")
PERSON_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian", "ee")  # may name a person: kept
THING_SUFFIXES = ("ment",)  # 'agreement', 'statement', 'document'
PURSUED_TYPES = ("AGREE", "COOPERATE")  # nouns that a verb of wanting may take
NOUN_POS = ("NOUN", "PROPN")
CONTENT_PREPS = ("on", "upon", "to", "over")  # 'agreed on a truce', 'agreed to the extension'
OBJECT_DEPS = ("dobj", "dative")
STANDING_PREPS = ("since", "for", "throughout", "until")  # a period, not when the act was
BACKING_VERBS = ("back", "support", "assist", "aid", "reinforce")
FORCE_NOUNS = frozenset({"troop", "soldier", "force", "army", "militia", "militiaman", "fighter",
                         "military", "unit", "commando", "paratrooper", "marine", "battalion",
                         "brigade", "contingent", "peacekeeper", "mission", "coalition"})
BACKING_MEANS = frozenset({"aircraft", "warplane", "jet", "drone", "airstrike", "artillery",
                           "helicopter", "gunship", "navy", "tank"})  # a force's own arms
FUTURE_AUX = ("will", "would", "shall", "should", "must", "'ll", "wo", "ought", "can", "could")


def _phrase(tok: Any) -> Any:
    """The noun phrase head a trigger noun belongs to ('the [ceasefire] agreement')."""
    return tok.head if tok.dep_ == "compound" and tok.head.pos_ in NOUN_POS else tok


def _governor(tok: Any) -> Any | None:
    """The verb a noun phrase is the direct object of, or the verb of the preposition it is
    the object of ('hopes [for] a deal', 'abide [by] the accord'); None otherwise."""
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i != tok.i:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
        return tok.head.head
    if tok.dep_ == "conj":  # 'wants a ceasefire and a deal'
        return _governor(tok.head)
    return None


def unmade_agreement(etype: str, tok: Any, nominal: bool, lexicon: Lexicon) -> bool:
    """True for a nominal agreement or cooperation that a verb only wishes for or pursues,
    or an existing agreement that a verb acts on: no act of agreeing."""
    if not nominal or etype not in PURSUED_TYPES:
        return False
    verb = _governor(_phrase(tok))
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in lexicon.cue(PATTERNS_KEY, "pursuit_verbs"):
        return True
    return etype == AGREE and lemma in lexicon.cue(PATTERNS_KEY, "acted_on_verbs")


def _commits(clause: Any) -> bool:
    """True when a that-clause states an action to come: a future or deontic auxiliary,
    an infinitive or a bare (subjunctive) verb ('agreed that he step down')."""
    if clause.tag_ == "VB":
        return True
    return any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ == "to")
               for c in clause.children)


def no_commitment(etype: str, tok: Any, nominal: bool, lexicon: Lexicon) -> bool:
    """True for a verb of agreeing or assuring whose only content is a statement of fact
    ('agree that the currency is overvalued', 'assured reporters that the water was safe')
    or a view shared with somebody ('agreed with the minister')."""
    if nominal or etype != AGREE or tok.lemma_.lower() not in lexicon.cue(
            PATTERNS_KEY, "assent_verbs"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("xcomp", "auxpass", "nsubjpass") for c in kids):
        return False  # 'agreed to reopen', 'a truce was agreed'
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    if any(_commits(c) for c in clauses):
        return False
    if tok.lemma_.lower() != "assure" and any(c.dep_ in OBJECT_DEPS for c in kids):
        return False  # 'agreed a deal', 'guaranteed safe passage' (an assurance's object is
        # its addressee)
    if any(c.dep_ == "prep" and c.lower_ in CONTENT_PREPS for c in kids):
        return False
    with_someone = any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)
    return bool(clauses) or with_someone


def is_party(tok: Any, agents: Any, lexicon: Lexicon) -> bool:
    """True for a token that can name a party: a pronoun, a name, an entity, a noun of
    people or bodies."""
    if tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in PARTY_ENTS:
        return True
    words = {tok.lemma_.lower(), tok.lower_}
    if words & lexicon.cue(PATTERNS_KEY, "party_nouns") or \
            any(w in agents for w in words):
        return True
    lemma = tok.lemma_.lower()  # 'participants', 'negotiators': a noun of a person's role
    return lemma.endswith(PERSON_SUFFIXES) and not lemma.endswith(THING_SUFFIXES)


def no_supporter(etype: str, tok: Any, nominal: bool, agents: Any, lexicon: Lexicon) -> bool:
    """True for a verbal SUPPORT or AGREE with a thing as its subject ('the data support the
    view') or a SUPPORT in a purpose infinitive ('money used to support conservation')."""
    if nominal or etype not in SUPPORTER_TYPES:
        return False
    if etype == "SUPPORT" and tok.dep_ == "acl" and tok.tag_ in PARTICIPLE_TAGS and \
            not _dated(tok):
        return True  # 'rebels backed by X', 'those backing the reform': an allegiance named
    subj = _subject(tok)
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"), None)
    if etype == "SUPPORT" and agent is not None and not is_party(agent, agents, lexicon):
        return True  # 'fighters backed by air power': material backing, not a party's word
    if subj is None and etype == "SUPPORT" and tok.dep_ in ("advcl", "acl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        head = tok.head  # a purpose: 'money [used] to support', '[funds] to support'
        subj = head if tok.dep_ == "acl" else _subject(head, ("nsubj", "nsubjpass"))
    if subj is None or not subj.is_alpha:
        return False  # a table's cell border parsed as the subject names nothing
    return not is_party(subj, agents, lexicon)


def no_doer(etype: str, tok: Any, nominal: bool, is_party: Any, weapon: Any) -> bool:
    """True for a verbal refusal whose subject is an abstract thing or a demonstrative, not
    a party: 'the legislation rejects any claim', 'this denies them recognition'. A person
    noun the lists lack ('the relatives refused') and a concrete noun stay. Coercion is not
    read so: a law or a regulation that bans stands for the party that made it."""
    if nominal or etype not in DOER_TYPES:
        return False
    subj = _subject(tok)
    if subj is None or not subj.is_alpha:
        return False
    if subj.lower_ in DEMONSTRATIVES:
        return True
    if subj.pos_ != "NOUN" or not subj.lemma_.lower().endswith(ABSTRACT_SUFFIXES):
        return False  # 'the relatives refused', 'the base held detainees': kept
    return not (is_party(subj) or weapon(subj))


def military_backing(etype: str, tok: Any, nominal: bool) -> bool:
    """True for a participle of support that describes armed forces and names armed forces
    as its agent ('government soldiers *backed* by allied troops', 'Iraqi forces, *supported*
    by coalition aircraft'): the backers' forces fight beside them, a provision of military
    assistance (PLOVER AID), not an allegiance named (``no_supporter``)."""
    if nominal or etype != "SUPPORT" or tok.dep_ != "acl" or tok.tag_ != "VBN" or \
            tok.lemma_.lower() not in BACKING_VERBS or tok.head.lemma_.lower() not in FORCE_NOUNS:
        return False
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    for g in list(agents):
        agents.extend(t for t in g.conjuncts if t not in agents)
    return any(g.lemma_.lower() in FORCE_NOUNS | BACKING_MEANS for g in agents)


def _dated(tok: Any) -> bool:
    """True for a verb with a date of its own among its modifiers ('elected *last month*',
    'elected *in January*'); a standing period ('since 2012', 'for years') is none."""
    for c in tok.children:
        if c.dep_ in ("prep", "npadvmod", "advmod") and c.lower_ not in STANDING_PREPS and \
                any(t.ent_type_ == "DATE" for t in c.subtree):
            return True
    return False


def _subject(tok: Any, deps: tuple[str, ...] = ("nsubj",)) -> Any | None:
    """The subject of a verb (the noun a relative pronoun stands for), or None."""
    subj = next((c for c in tok.children if c.dep_ in deps), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        return tok.head  # 'the plan, which promises ...'
    return subj


RELATION_TYPES = ("AGREE", "AID", "SUPPORT", "COOPERATE")
SMALL_CLAUSE_DEPS = ("oprd", "acomp", "ccomp", "xcomp")  # 'made aid conditional'
OWN_VERB_DEPS = ("acl", "relcl")  # 'the aid sent by X', 'the deal they signed'
OBJECT_OF_DEPS = ("dobj", "nsubjpass", "dative")
PART_PREPS = ("of",)  # 'a shipment of aid', 'a package of support'


def _relation_phrase(tok: Any) -> list[Any]:
    """The nouns a relation noun stands in for in its clause, innermost first: the head of
    its compound ('[relief] operations'), of its coordination ('food and [aid]') and of a
    quantity, part or act it is the 'of' object of ('a package of aid', 'the signing of
    the accord'); the last is the phrase whose relation to the clause counts."""
    chain = [tok]
    phrase = tok
    for _ in range(4):
        phrase = _phrase(phrase)
        while phrase.dep_ == "conj" and phrase.head.i != phrase.i:
            phrase = phrase.head
        chain.append(phrase)
        if phrase.dep_ == "pobj" and phrase.head.lower_ in PART_PREPS and \
                phrase.head.head.pos_ in NOUN_POS and phrase.head.head.i != phrase.head.i:
            phrase = phrase.head.head
            chain.append(phrase)
            continue
        break
    return list(dict.fromkeys(chain))


def _own_verb(noun: Any, lexicon: Lexicon) -> bool:
    """True for a noun with a verb of its own that makes, gives or receives it ('the aid
    sent by X', 'the deal they signed') or tells its arrival or start ('the agreement that
    took effect')."""
    for c in noun.children:
        if c.dep_ not in OWN_VERB_DEPS:
            continue
        if _acts_on(c, noun, lexicon):
            return True
        if c.lemma_.lower() in lexicon.cue(PATTERNS_KEY, "relation_subject_verbs") and any(
                g.dep_ == "nsubj" and g.tag_ in ("WDT", "WP") for g in c.children):
            return True
    return False


def _acts_on(verb: Any, noun: Any, lexicon: Lexicon) -> bool:
    """True for a verb that makes, gives, states or receives a relation ('signed', 'sent',
    'reaffirmed', 'received'), not one that makes it something else ('made aid
    conditional', parsed as a clause or as an adjective after the noun)."""
    if verb.pos_ not in ("VERB", "AUX") or \
            verb.lemma_.lower() not in lexicon.cue(PATTERNS_KEY, "relation_act_verbs"):
        return False
    return not any(c.dep_ in SMALL_CLAUSE_DEPS for c in verb.children) and \
        not any(c.dep_ == "amod" and c.i > noun.i for c in noun.children)


OUTCOME_PREPS = {"end": "with", "conclude": "with", "close": "with", "wrap": "with",
                 "result": "in", "culminate": "in"}  # 'the talks ended [with] an agreement'


def _outcome_of_talks(phrase: Any) -> bool:
    """True for a relation that is what something ended or resulted in ('the talks ended
    with an agreement', 'the meeting resulted in a deal'): the meeting reached it."""
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.i == phrase.i or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and OUTCOME_PREPS.get(verb.lemma_.lower()) == prep.lower_


OUTCOME_VERBS = ("produce", "yield")  # 'the talks [produced] a deal'


def meeting_outcome(tok: Any, lexicon: Lexicon) -> bool:
    """True for a relation noun that a meeting ended with, resulted in, produced or yielded
    ('talks between X and Y ended with an agreement', 'the summit resulted in an accord',
    'held talks that produced a deal'): a particular agreement, not a generic mention."""
    if tok.lemma_.lower() not in lexicon.cue(PATTERNS_KEY, "relation_nouns"):
        return False
    phrase = _relation_phrase(tok)[-1]
    if _outcome_of_talks(phrase):
        verb = phrase.head.head
    elif phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in OUTCOME_VERBS:
        verb = phrase.head
    else:
        return False
    meetings = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        meetings.append(verb.head)
    return any(any(e.type == "CONSULT" for e in lexicon.candidates("noun", m.lemma_))
               for m in meetings)


RELATIVE_WORDS = ("that", "which", "who", "whom", "whose")


def stated_terms(tok: Any, lexicon: Lexicon) -> bool:
    """True for a relation noun with a relative clause of its own subject that states its terms
    ('announced an agreement [under which] X and Y will exchange prisoners', 'a deal [by which]
    the troops leave'): a particular agreement, not a generic mention. A clause whose subject is
    the relative pronoun ('a deal that never materialized') tells nothing of its terms."""
    if tok.lemma_.lower() not in lexicon.cue(PATTERNS_KEY, "relation_nouns"):
        return False
    return any(c.dep_ == "relcl" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in RELATIVE_WORDS for s in c.children)
        and any(w.lower_ in RELATIVE_WORDS and w.head.dep_ == "prep" for w in c.subtree)
        for c in tok.children)


WELCOMING_VERBS = ("welcome", "appreciate", "hail")  # 'X welcomed the aid from Y'
THANKING_VERBS = ("thank",)  # 'X thanked Y for the aid'


def thanked_for(phrase: Any) -> Any:
    """The verb of thanking whose for-phrase holds a noun ('X thanked Y [for] the aid', the
    for-phrase also as parsed on the thanked Y), or None."""
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.i == phrase.i or prep.lower_ != "for" or \
            prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.head.i != verb.i:
        verb = verb.head  # 'thanked [Y for the aid]'
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in THANKING_VERBS or \
            not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def welcomed_from(phrase: Any) -> Any:
    """The verb of welcoming whose object is a noun given by a named party of a from-phrase
    on the noun or the verb ('X welcomed the aid from Y'), or None."""
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.i == phrase.i or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in WELCOMING_VERBS:
        return None
    froms = [c for t in (phrase, verb) for c in t.children
             if c.dep_ == "prep" and c.lower_ == "from"]
    if not any(o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN") for f in froms
               for o in f.children):
        return None
    return verb


ENABLING_PREPS = ("with",)  # 'with support from Y, X built ...'
THANKS_WORDS = ("thanks", "owing", "due")  # 'thanks / owing / due to aid from Y, X ...'
ENABLED_TYPES = ("AID", "SUPPORT")  # what a deed can be done with


def enabled_deed(phrase: Any) -> Any:
    """The active verb of a deed done with a noun given by a named party of the noun's
    from-phrase ('with support from Y, X built ten clinics', 'X expanded its network with
    funding from Y', 'thanks to aid from Y, X paid the salaries'), or None; not a passive
    ('clinics were built with funding from Y') nor the phrase of a noun ('a plan with support
    from Y')."""
    prep = phrase.head
    if misparsed_enabling(phrase):
        verb = phrase.head  # 'With support from Y, X and Z have ...': the noun taken for the subject
    elif phrase.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    elif prep.lower_ in ENABLING_PREPS:
        verb = prep.head
    elif prep.lower_ == "to" and prep.head.lower_ in THANKS_WORDS:
        verb = prep.head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    froms = [c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "from"]
    if not any(o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN") for f in froms
               for o in f.children):
        return None
    return verb


def misparsed_enabling(noun: Any) -> bool:
    """True for a noun opening a sentence after 'With' that the parser took for the subject
    of the deed, the real subjects hung on its from-object after a comma ('With support from
    Y, X and Z have built ...': 'support' the subject, X an apposition or conjunct of Y)."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("prep", "mark") and c.lower_ in ENABLING_PREPS and c.i < noun.i and
        all(t.dep_ in ("det", "amod", "compound") for t in noun.doc[c.i + 1:noun.i])
        for c in verb.children)


def passing_relation(etype: str, tok: Any, nominal: bool, lexicon: Lexicon) -> bool:
    """True for a noun of a relation between parties (an agreement, aid, support,
    cooperation) that no verb makes an act: not the object of a verb that makes, gives,
    states or receives it ('signed the agreement', 'sent aid', 'reaffirmed their support',
    'received aid'), not the subject of its arrival or start ('aid arrived', 'the accord
    took effect'), with no such verb of its own ('the aid sent by X', 'the deal they
    signed'). A subject of another verb, a prepositional object or a modifier ('with
    support from X', 'under the agreement', 'Lorania's naval cooperation with Y', 'making aid
    conditional') names the relation in passing."""
    if not nominal or etype not in RELATION_TYPES or \
            tok.lemma_.lower() not in lexicon.cue(PATTERNS_KEY, "relation_nouns"):
        return False
    chain = _relation_phrase(tok)
    phrase = chain[-1]
    acts = lexicon.cue(PATTERNS_KEY, "relation_act_nouns")
    if any(n.i != tok.i and n.lemma_.lower() in acts for n in chain):
        return False  # 'aid deliveries', 'the signing of the accord': an act noun of its own
    if any(_own_verb(n, lexicon) or dated_noun(n) for n in chain if n.pos_ in NOUN_POS):
        return False  # 'the deal they signed', "Monday's agreement", 'the accord of 28 July'
    head = phrase.head
    if phrase.dep_ in OBJECT_OF_DEPS and head.i != phrase.i and _acts_on(head, phrase, lexicon):
        return False
    if _outcome_of_talks(phrase):
        return False
    if thanked_for(phrase) is not None or welcomed_from(phrase) is not None:
        return False  # 'X thanked Y for the aid', 'X welcomed the aid from Y': Y gave it
    if etype in ENABLED_TYPES and enabled_deed(phrase) is not None:
        return False  # 'with support from Y, X built ten clinics': Y gave it, X used it
    if phrase.dep_ == "nsubj" and head.i != phrase.i and head.pos_ in ("VERB", "AUX") and \
            head.lemma_.lower() in lexicon.cue(PATTERNS_KEY, "relation_subject_verbs"):
        return False
    return phrase.dep_ != "ROOT"  # a headline's bare noun phrase stays
