"""Source and target tokens of a trigger from the dependency parse (PETRARCH-style patterns)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from eventwire.annotate.doccache import (
    child_tokens,
    children,
    column,
    conjuncts,
    doc_ents,
    has_child,
    heads,
    spaces,
    span_text,
    word_positions,
)
from eventwire.annotate.focus import STANCE_WORDS, attack_nouns
from eventwire.extract.agreements import (
    enabled_deed,
    misparsed_enabling,
    thanked_for,
    welcomed_from,
)
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.triggers import (
    MESSAGE_NOUNS,
    Trigger,
    helped_parties,
    lone_predicate,
    match_token,
    sentence_of,
    verbless_main_verb,
)

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
PASSIVE_SUBJECT_DEPS = ("nsubjpass",)
OBJECT_DEPS = ("dobj", "dative", "iobj")
SHARE_SUBJECT_DEPS = ("xcomp", "conj", "advcl", "acomp")
RELATIVE_PRONOUNS = ("which", "who", "that", "whom")
TIME_PREPS = ("during", "after", "before", "since", "amid", "following", "until")
IN_PREPS = ("in", "during", "at", "after", "before", "through", "following", "on", "as", "for")
STATIVE_PASSIVES = ("commit", "prepare", "determine", "resolve", "oblige", "oppose", "dedicate",
                    "pledge", "bind", "entitle", "involve", "engage")
NAME_ENTS = ("PERSON", "GPE", "ORG", "NORP")
MANNER_NOUNS = frozenset({"vote", "votes", "margin", "majority", "consensus", "acclamation", "phone",
                          "telephone", "video", "videoconference", "link", "letter", "decree",
                          "force", "means", "proxy", "mail", "post"})  # 'by a vote': how
BY_ADVERBIAL_NOUNS = frozenset({"night", "day", "dawn", "daylight", "land", "sea", "air",
                                "mistake", "accident", "surprise", "hand", "design", "chance"})
# 'shelling by night', 'attacks by land and sea': when or how, not who
ASKED_PARTIES_TYPES = ("REQUEST",)  # 'urged talks between X and Y': the parties are asked
BORDER_TYPES = ("ASSAULT", "AGREE", "CONSULT", "RETREAT", "COOPERATE")  # sides at a border
BORDER_PREPS = ("along", "on", "across", "at", "near", "over")
BORDER_NOUNS = ("border", "frontier", "boundary", "borderline")
HYPHENS = ("-", "–", "—")
ADDRESSEE_IN_CLAUSE = ("REQUEST", "ACCUSE", "SUPPORT")
THREAT_IN_CLAUSE = ("THREATEN",)  # 'threatened that X would face consequences': a named X
ADDRESSED_TYPES = ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "AGREE", "SUPPORT")
LETTER_NOUNS = frozenset({"letter", "message", "note", "cable", "memo", "memorandum"})
STATEMENT_NOUNS = LETTER_NOUNS | {"statement", "communique", "communiqué", "declaration", "speech",
                                  "address", "interview", "post", "tweet", "remarks", "briefing",
                                  "report", "resolution"}  # 'condemned in a statement by X'
STATED_TYPES = ("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "AGREE", "PROTEST")
TIME_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
CRITICISM_PREPS = ("on", "about", "over", "of")  # 'criticisms on how X …'
WH_WORDS = ("how", "why")  # 'criticised how / why X …': X did what is criticised
TARGETING_VERBS = ("target", "hit", "strike", "aim", "attack")
VICTIM_VERBS = ("impact", "hit", "damage", "destroy", "kill", "wound", "injure", "target", "strike",
                "affect", "down", "shoot", "harm", "arrest", "detain")
DYING_VERBS = ("die", "perish")  # 'X died in an airstrike': X is the attack's victim
VICTIM_NOUN_TYPES = ("ASSAULT",)
LOSING_VERBS = ("lose", "suffer", "sustain")  # 'X lost two jets in Y's strikes': X was hit
TOLL_WORDS = frozenset({"dead", "wounded", "injured", "hurt", "killed", "homeless", "missing"})
OF_TARGET_TYPES = ("ASSAULT", "COERCE", "SANCTION", "SUPPORT", "ACCUSE", "AID", "CONCEDE")
OF_SOURCE_TYPES = ("RETREAT", "MOBILIZE", "PROTEST")
THREAT_NOUN_TYPES = ("THREATEN",)  # 'threats of X sanctions': X makes them
THREATENED_ACT_TYPES = ("SANCTION", "ASSAULT", "COERCE")  # acts a threat's of-phrase names
ANNOUNCING_VERBS = ("announce", "report", "confirm", "disclose", "reveal", "unveil", "say")
RECEIVING_VERBS = ("receive", "get", "obtain")  # the subject undergoes the governed event
HOSTING_VERBS = ("host", "invite", "welcome", "receive")
CONVENING_VERBS = ("gather", "assemble", "involve", "unite", "convene", "reunite")
GATHERING_VERBS = ("bring", "get", "put")  # with 'together': 'brought together X and Y'
HOSTED_TYPES = ("CONSULT",)  # 'X hosted Y for talks': Y comes to X, as 'Y visited X'
GIFT_TYPE = "AID"  # its from-phrase gives it: 'aid from X', 'funding from X'
GIVEN_TYPES = ("AID", "SUPPORT")  # given by one party to another, thanked for or welcomed
TAKING_VERBS = ("accept",)  # the subject undergoes it only when a giver is named ("from X")
WINNING_VERBS = ("win", "gain", "secure", "enjoy", "earn", "garner", "enlist", "extract", "wring")
# 'X won the backing of Y': Y backs X, as 'X received the backing of Y'; with a giver named
# ('X secured a pledge from Y', 'X extracted concessions from Y') any event noun: Y did it, to X
BACKING_NOUNS = ("support", "backing", "endorsement", "blessing", "approval")  # whose
# of-object is the backer when its verb's subject receives it ('the support of Y')
SHARED_TYPES = ("AGREE", "CONSULT", "RETREAT", "COOPERATE")  # events between parties
EXERCISE_TYPES = ("MOBILIZE",)  # 'drills encircling Y': Y is the target, not a partner
EXERCISE_AIM_PREPS = frozenset({"around"})  # 'drills around Taiwan': the state surrounded
AGENT_TARGET_PREPS = ("against", "on", "upon", "to")  # 'attacks by X against Y', 'a visit
# by X to Y': the target phrase misattached to the agent
OBJECT_TARGET_PREPS = frozenset({"on", "against", "to", "with"})  # 'imposed sanctions on X'
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})  # where what is sent arrives
ORIGIN_TARGET_TYPES = ("RETREAT",)  # 'withdrew from X to Y': X is left, the target
OPPOSING_TYPES = ("REQUEST", "REJECT", "THREATEN", "ACCUSE")  # positions addressed to a side
HEADLINE_PAIR_DEPS = ("npadvmod", "dep", "nsubj", "appos")  # 'Clinton, Yeltsin agree'
NOUN_TAGS = ("NOUN", "PROPN")
GIVING_VERBS = ("offer", "give", "grant", "promise", "send", "lend", "hand", "deny", "extend",
                "pay", "owe", "award")  # 'offered X talks': X receives
CONDEMNING_TYPE = "ACCUSE"  # 'condemned the attack': the doer is condemned, not the victims
DOER_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")
DOER_ENTS = ("NORP", "ORG", "GPE", "PERSON")
BUYING_VERBS = ("buy", "purchase", "procure", "acquire", "import")
BUYING_NOUNS = ("purchase", "procurement", "acquisition", "import")  # the seller is the target
FOR_TARGET_TYPES = ("AID",)  # 'pledged new aid for X': the recipient
SELF_PASSIVE_TYPES = ("MOBILIZE", "RETREAT")  # "troops were deployed / withdrawn": they act
RELEASE_MODES = ("release",)  # "two soldiers were released / freed": released, not releasing
PATIENT_NOUNS = ("arrest", "detention", "abduction", "kidnapping", "capture", "imprisonment",
                 "jailing", "extradition", "deportation", "expulsion", "execution",
                 "assassination", "murder", "killing", "torture", "ouster", "impeachment",
                 "indictment", "prosecution", "conviction")  # "X's arrest": X is arrested
OWN_ACT_MODES = ("withdraw",)  # 'X announced a retreat': with no doer named, X retreats
# (not a ceasefire, which a mediator announces)
MOVED_NOUNS = frozenset({"evacuation"})  # 'the evacuation of X': X is moved, not the evacuator
FREED_MODES = ("release",)  # "the release of X": X is freed, the target
VISIT_MODES = ("visit",)  # "the visit of X": X is the visitor, the source
CAPTIVE_MODES = ("abduct",)  # 'took 30 hostages': the object matched by the trigger is taken
DEMAND_TYPES = ("PROTEST",)  # a protest's target is whom its demand addresses
DEMAND_VERBS = ("demand", "protest", "call", "urge", "press", "oppose", "denounce", "condemn",
                "seek", "force")
PROTESTED_PREPS = ("against", "over")  # 'protested against / over a law passed by X'
DEMAND_NOUNS = ("protest", "opposition", "defiance")
FROM_SOURCE_NOUNS = ("opposition", "criticism", "condemnation", "support", "backing", "praise",
                     "pressure", "objection", "complaint", "accusation", "allegation", "rebuke",
                     "denunciation")  # 'opposition from X': X opposes
UNDERGO_PREPS = ("under",)
CHARGE_NOUNS = frozenset({"allegation", "accusation", "charge", "claim", "report", "complaint"})
# a charge names a wrong: 'allegations of abuses by X' - X did the abuses, the charged party
ARRIVING_VERBS = ("come", "pour", "flood", "arrive", "stream", "flow", "pile")  # 'criticism
# came / poured in / flooded in from X': X voices it
# 'X was hit by sanctions from Y': the passive subject undergoes the event noun of its by-phrase
MEDIATED_TYPES = ("CONSULT",)  # PLOVER codes mediation as CONSULT, the mediator its source
EXPELLING_VERBS = ("expel", "deport", "banish")  # 'X was expelled from Y': Y expels X
STRIKING_PASSIVES = ("hit", "strike", "rock", "target", "pound", "batter", "hammer", "shake")
OBJECT_CONTROL_PREPS = ("of", "for", "from")  # 'accused X of attacking', 'barred X from entering'
CONDITION_MARKS = ("unless", "if")  # 'threatened to strike unless X withdrew': X is threatened
CONDITION_TYPES = ("THREATEN",)
PUNITIVE_TYPES = ("THREATEN", "SANCTION", "ASSAULT", "COERCE")  # 'will strike if X attacks': X
INSTRUMENT_PREPS = frozenset({"with"})  # 'attacked the convoy with drones': the means
AUTHORED_OBJECT_TYPES = ("REJECT", "SUPPORT", "AGREE", "ACCUSE")  # answer what X made
AUTHORING_VERBS = frozenset({"make", "present", "propose", "put", "offer", "issue", "submit",
                             "table", "announce", "draft", "send", "lay", "level", "file",
                             "bring", "deliver", "unveil", "outline", "float", "suggest",
                             "set", "impose", "advance"})  # 'the demands X presented'
LAUNCHING_VERBS = ("fire", "launch", "lob", "shell")  # 'fired from X': X is where the attacker is
EXPERIENCING_VERBS = ("see", "have", "get", "watch")  # 'X had its assets frozen': X's assets
FIRING_VERBS = LAUNCHING_VERBS + ("plant", "drop", "detonate", "shoot")  # 'a bomb planted by X'
FORCE_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")  # 'opened fire to disperse X': X is the target
GROUP_PREPS = ("among",)  # 'X is among the countries that banned ...'
PARTICIPLE_PRONOUNS = ("those",)  # 'those killed in the attack': a reduced passive's patient
PREPOSITION_PARTICIPLES = ("following", "during", "pending", "concerning", "regarding")
LABEL_MARK = ":"
AGAINST_WORDS = ("anti",)
STANCE_DEPS = ("amod", "compound", "nmod")
HYPHENS = ("-", "–")
MAX_LABEL_WORDS = 4  # 'VOA:', 'Richard Armitage:', 'Q:' (a turn or topic label)
CLOCK_RE = re.compile(r"\d{1,2}[:.]\d{2}")  # '16:30 GMT:', a live-blog entry's time label
MAX_DANGLING = 6  # tokens searched after a preposition the parser left without an object
NP_MODIFIERS = ("det", "nummod", "amod", "compound", "poss", "case", "quantmod", "nmod")
PRESSURE_NOUNS = ("pressure",)  # 'X faces pressure from Y to resign': X is pressed to act
PLAN_NOUNS = ("plan", "decision", "proposal", "intention", "bid", "effort", "attempt", "move",
              "offer", "pledge", "commitment", "plot", "scheme", "campaign", "push", "drive",
              "readiness", "willingness", "desire", "determination", "intent", "wish",
              "eagerness")  # and the will to act: 'expressed willingness to negotiate'
PLANNER_VERBS = ("announce", "unveil", "approve", "adopt", "make", "launch", "have", "draw",
                 "submit", "present", "outline", "finalize", "finalise", "confirm", "reveal",
                 "renew", "step", "table", "propose",  # the subject owns the plan it verbs
                 "express", "voice", "signal", "show", "indicate", "reaffirm", "reiterate",
                 "declare", "state")  # or the will it voices: 'X signalled its readiness'
MEDIATION_WORDS = ("mediate", "mediation", "mediator", "broker", "brokering", "arbitrate",
                   "arbitration", "facilitate")  # 'mediate between X and Y': both are targets
CAUSE_PREPS = ("in", "during", "amid", "amidst")  # 'killed [in] an airstrike by X'
CAUSE_TYPES = ("ASSAULT", "COERCE")  # acts of force that harm or destroy what they hit
MOVING_TYPES = ("MOBILIZE",)  # forces sent somewhere: the place they are sent toward is aimed at
DESTINATION_PREPS = ("to", "toward", "towards", "into", "near", "along", "at", "off")
CLAIMING_VERBS = ("claim",)  # 'X claimed the attack', 'the attack was claimed by X'
CONCLUDING_VERBS = frozenset({"reach", "sign", "conclude", "strike", "seal", "ink", "agree",
                              "negotiate"})  # 'the deal reached / signed by X and Y': the
# by-agent of concluding an event between parties is a party, unlike that of 'brokered by'
RESPONSIBILITY_NOUNS = ("responsibility", "credit")  # 'X claimed responsibility for the attack'
RESPONSIBILITY_VERBS = ("claim", "take", "accept", "assume", "bear")
TARGETED_VERBS = ("face", "draw", "attract", "suffer", "endure", "incur", "weather", "repel", "repulse",
                  "withstand", "survive", "fend", "experience", "fear", "dread")
# "X repelled an attack by Y"
# 'X faced sanctions', 'the decision by X drew criticism', 'X has experienced repeated attacks
# by Y', 'X fears an invasion by Y': X undergoes the event, Y did it
FEARING_VERBS = ("fear", "dread")  # ... unless the feared act names its own target: 'X fears
# a strike on its capital by Y' (the capital)
MET_WITH_VERBS = ("meet", "greet")  # 'X was met / greeted with criticism from Y': X undergoes it
SUBJECTED_VERBS = ("subject", "expose")  # 'X was subjected / exposed to attacks from Y': X
BRACING_VERBS = ("brace",)  # 'X braced for attacks by Y': X expects to undergo them
DEFENDING_VERBS = ("intercept", "thwart", "foil", "neutralize", "neutralise", "repel", "repulse")
# 'X intercepted drones launched by Y': Y fired them at X
SHOOTING_DOWN = ("shoot", "down")  # 'X shot down missiles fired by Y'
ROLE_NOUNS = ("role", "part", "hand", "share")  # 'played a role in the talks': the player
SEQUEL_PREPS = ("after", "following", "before", "since", "amid", "despite")  # 'after the attack,
# X closed the border': X answers a one-sided act, it did not do it
PROTECTING_VERBS = ("protect", "shield", "defend", "save", "guard", "spare", "secure")
# 'protect villagers from attacks': the protected undergo the attacks
RESISTING_TYPES = ("REJECT",)  # 'refused to resign despite pressure from X': X is refused
PRESSURE_PREPS = ("despite", "amid", "under", "notwithstanding")
DEFYING_PREPS = ("despite", "notwithstanding")  # 'went ahead despite X's threats': aimed at who did
DEFIANCE_NOUNS = ("defiance",)  # 'in defiance of Y's ban'
DISREGARDING_VERBS = ("ignore", "defy", "flout", "disregard")  # 'X ignored warnings from Y'
DEFIED_TYPES = ("THREATEN", "PROTEST", "ACCUSE", "REQUEST", "SANCTION")
PRESSURE_NOUNS = ("pressure", "call", "demand", "appeal", "request", "plea", "ultimatum", "urging",
                  "insistence")
ATTRIBUTING_VERBS = {"blame": ("on",), "attribute": ("to",), "pin": ("on",)}
RELATIVE_TAGS = ("WDT", "WP")  # 'which', 'that' opening a relative clause
# 'the attack, blamed on X', 'the bombing was attributed to X': X did it
CULPRIT_VERBS = {"blame": ("for",), "accuse": ("of",), "suspect": ("of",)}
# 'X were blamed for the attack', 'Y accused X of the bombing': X did it
RESPONSE_PREPS = frozenset({("to", "respond"), ("to", "react"), ("to", "reply"),
                            ("for", "retaliate"), ("to", "retaliate"), ("for", "avenge")})
RESPONSE_OBJECT_VERBS = ("avenge", "answer")  # 'X avenged the raid': the raid was on X
VICTIM_NOUNS = ("target", "victim")  # 'X was the target of attacks', 'fell victim to'
RISE_NOUNS = ("surge", "rise", "increase", "spike", "uptick", "upsurge", "escalation", "wave")
WITNESS_VERBS = ("see", "witness", "experience", "record")  # 'X has seen a surge in attacks'
FOILING_VERBS = ("foil", "thwart", "intercept", "avert", "contain", "counter", "combat")
# 'X foiled an attack by Y': the attack was aimed at X
AFFLICTING_VERBS = ("plague", "rock", "beset", "wrack", "rack", "ravage", "devastate", "shake",
                    "batter", "target")  # 'X has been plagued by attacks'
SERIES_NOUNS = ("string", "series", "wave", "spate", "barrage", "flurry", "volley", "round",
                "campaign", "number", "raft", "slew",
                "day", "week", "month", "hour", "night")  # 'a string of X', '10 days of X': X


@dataclass
class Arguments:
    """Source and target head tokens of one trigger, and how they were found."""

    source: list[Any] = field(default_factory=list)
    target: list[Any] = field(default_factory=list)
    clause: Any = None  # the verb whose clause the event belongs to
    support: Any = None  # light verb governing a nominal trigger ("launched an attack")
    how: str = "verbal"  # verbal | nominal | clause
    expand: bool = True  # False for 'between X and Y' (conjuncts are already split)
    aimed: list[Any] = field(default_factory=list)  # whom an exercise is aimed at ('around Y')
    convened: bool = False  # the source are the parties a meeting brings together


def _children(tok: Any, deps: tuple[str, ...]) -> list[Any]:
    """Children of ``tok`` with one of the dependency labels ``deps``."""
    return child_tokens(tok, deps)


def _pobjs(tok: Any, preps: tuple[str, ...] | set[str]) -> list[Any]:
    """Objects of the prepositions among ``tok``'s children whose word is in ``preps`` (for
    a preposition the parser left without one, the noun phrase right after it)."""
    out = []
    if not any(has_child(tok, dep, preps) for dep in ("prep", "agent", "dative")):
        return out  # the document's index spares walking the children
    doc = tok.doc
    kids, dep, lower = children(doc), column(doc, "dep"), column(doc, "lower")
    for j in kids[tok.i]:
        if dep[j] not in ("prep", "agent", "dative") or lower[j] not in preps:
            continue
        objs = [doc[g] for g in kids[j] if dep[g] in ("pobj", "pcomp")]
        out += objs or _dangling_object(doc[j])
    return out


def _dangling_object(prep: Any) -> list[Any]:
    """'gave shelter to [three Chilean navy officers] hiding in …' parsed with the noun
    as a subject elsewhere: the head noun of the modifiers right after a childless
    preposition."""
    if children(prep.doc)[prep.i]:
        return []
    for t in prep.doc[prep.i + 1:prep.i + 1 + MAX_DANGLING]:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in NP_MODIFIERS:
            return [t]
        if t.dep_ not in NP_MODIFIERS:
            return []
    return []


def retained_object_agent(verb: Any) -> list[Any]:
    """'X was denied visas by Y', 'X was refused entry by Y', 'X was granted asylum by Y':
    a passive of a verb with two objects keeps one, and the parser hangs the doer's
    by-phrase on that retained object instead of the verb; it is the verb's agent (only
    with a passive subject, on a common-noun object)."""
    if not has_child(verb, "nsubjpass") or verb.pos_ != "VERB":
        return []
    return [a for o in _children(verb, ("dobj",)) if o.pos_ == "NOUN"
            for a in _pobjs(o, {"by"}) if a.ent_type_ not in TIME_ENTS]


JUDGING_PASSIVES = frozenset({  # verbs of a verdict: 'was dismissed as a ploy by X'
    "dismiss", "reject", "condemn", "denounce", "decry", "deride", "ridicule", "slam",
    "criticize", "criticise", "lambaste", "blast", "rebuff", "repudiate", "brand", "deplore"})


def as_adjective_agent(verb: Any) -> list[Any]:
    """'The demand was dismissed as absurd by Tehran', 'the plan was rejected as unrealistic
    by Moscow': the parser hangs the passive's by-phrase on the adjective of its as-phrase;
    it is the verb's agent. For a noun of the as-phrase only after a verb of verdict
    (``JUDGING_PASSIVES``: 'was dismissed as a ploy by Tehran', 'was condemned as a
    provocation by Seoul'), on a noun with no of-phrase: 'described as a provocation by X'
    may name whose provocation, 'condemned as an act of aggression by X' whose act."""
    if verb.pos_ != "VERB":
        return []
    judging = verb.lemma_.lower() in JUDGING_PASSIVES
    return [a for p in _children(verb, ("prep",)) if p.lower_ == "as"
            for adj in _children(p, ("amod", "acomp", "pobj"))
            if adj.pos_ == "ADJ" or (judging and adj.pos_ == "NOUN" and not _pobjs(adj, {"of"}))
            for a in _pobjs(adj, {"by"}) if a.ent_type_ not in TIME_ENTS]


BY_PHRASAL_VERBS = frozenset({  # 'abide by', 'stand by X': the by-phrase is the verb's own
    "abide", "stand", "stick", "swear", "live", "go", "come", "pass", "drop", "stop", "get"})


def complement_agent(verb: Any) -> list[Any]:
    """'Aid workers were forced to flee by advancing rebels', 'X was asked to mediate by Y',
    'was urged to sign the deal by Z': the parser hangs the passive's by-phrase on its
    to-infinitive complement; an active complement with no subject of its own takes no
    agent, so the by-phrase names who forced, asked or urged (only a party: not 'by Friday',
    'by force'; not the by of 'abide by', 'stand by X')."""
    if not has_child(verb, "nsubjpass") or verb.pos_ != "VERB":
        return []
    return [a for c in _children(verb, ("xcomp",))
            if c.pos_ == "VERB" and has_child(c, "aux", ("to",)) and
            not any(g.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("auxpass",)
                    for g in c.children) and c.lemma_.lower() not in BY_PHRASAL_VERBS
            for a in _pobjs(c, {"by"})
            if a.ent_type_ not in TIME_ENTS and a.pos_ in NOUN_TAGS and not _manner(a)]


def coordinated_agent(verb: Any) -> list[Any]:
    """'X was attacked and burned by Y', 'were arrested and beaten by Y': passive participles
    coordinated under one subject share the by-phrase, which the parser hangs on the last
    one; the by-phrase of a later participle conjunct with no subject of its own (and the
    participles between) is the agent of a passive verb that has none."""
    if not has_child(verb, "nsubjpass") or verb.pos_ != "VERB":
        return []
    for c in verb.conjuncts:
        if c.i < verb.i or c.tag_ != "VBN" or any(
                g.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for g in c.children):
            continue
        agent = [a for a in _pobjs(c, {"by"}) if a.ent_type_ not in TIME_ENTS]
        if agent:
            return agent
    return []


def _is_passive(tok: Any) -> bool:
    """True for a passive verb ('was attacked', 'books banned by the Taliban', 'Backed by
    X, Y pushed on')."""
    return has_child(tok, "nsubjpass") or has_child(tok, "auxpass") or \
        _reduced_passive(tok) or _adjunct_passive(tok) or _small_clause_passive(tok) or \
        _raised_passive(tok)


def _raised_passive(tok: Any) -> bool:
    """'Two soldiers were reported killed by Russian forces', 'three men were found shot by
    the militia': a past participle with a by-agent of its own, complement of a passive verb
    whose subject it shares, is passive too; its agent acts, and the shared subject undergoes
    it (not the raised subject acting, as in 'X was ordered to attack')."""
    return tok.tag_ == "VBN" and tok.dep_ in ("xcomp", "oprd") and has_child(tok, "agent") and \
        tok.head.i != tok.i and has_child(tok.head, "nsubjpass") and \
        not has_child(tok, "nsubj") and not has_child(tok, "aux")


def _small_clause_passive(tok: Any) -> bool:
    """'X saw its request rejected by Y', 'X had its bid turned down by Y': a past participle
    complement with its own subject and a by-agent is passive; the agent acts and the
    participle's subject undergoes it."""
    return tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp", "oprd") and \
        has_child(tok, "agent") and has_child(tok, "nsubj")


def _experiencers(tok: Any) -> list[Any]:
    """'X saw its proposal rejected by Y', 'X had its assets frozen', 'X got its visa
    revoked': the parser's participle hung on the object of 'see' / 'have' / 'get' that a
    possessive pronoun owns; the subject of that verb, whose thing it is, undergoes the act
    (the small clause parsed as a complement is ``_small_clause_passive``)."""
    noun = tok.head
    if not _reduced_passive(tok) or noun.dep_ != "dobj" or \
            noun.head.lemma_.lower() not in EXPERIENCING_VERBS or \
            not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return []
    return verb_subject(noun.head)


def _adjunct_passive(tok: Any) -> bool:
    """A past participle with a by-agent opening an adverbial clause ('Backed by X, Y
    pushed into the town', 'Accused by X of fraud, Y resigned'): passive, its agent acts
    and the subject of the clause it hangs off undergoes it."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and has_child(tok, "agent") and \
        not any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def _reduced_passive(tok: Any) -> bool:
    """A past participle modifying a noun ('books banned by X', 'people killed in ...') or
    the pronoun 'those' ('X were among those arrested by Y')."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and \
        (tok.head.pos_ in ("NOUN", "PROPN") or tok.head.lower_ in PARTICIPLE_PRONOUNS) and \
        not closing_report(tok) and not verbless_main_verb(tok)



HELP_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "cooperation",
                        "collaboration", "participation", "blessing", "approval", "consent"})


def _helper(obj: Any) -> bool:
    """'with Albania's help', 'with the help of Belarus', 'with U.S. backing': the object of
    'with' naming help, whose owner helps the doer and is no target of the act."""
    return obj.dep_ == "pobj" and obj.head.lower_ == "with" and \
        obj.lemma_.lower() in HELP_NOUNS


SHIFTED_OBJECT_DEPS = ("appos", "dobj")


def _shifted_objects(verb: Any) -> list[Any]:
    """'X denounced as a crime Serbia's crackdown', 'X condemned as interference Washington's
    sanctions': a long object moved after the 'as' complement, which the parser hangs on the
    complement (in apposition or as its object); only for a verb with no object of its own."""
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > verb.i
            for c in p.children if c.dep_ == "pobj"
            for o in c.children if o.dep_ in SHIFTED_OBJECT_DEPS and o.i > c.i
            and o.pos_ in ("NOUN", "PROPN")]


CLOSING_REPORT_VERBS = frozenset({
    "say", "charge", "protest", "complain", "allege", "claim", "warn", "insist", "contend",
    "assert", "argue", "declare", "announce", "report", "state", "add", "maintain", "counter",
    "retort", "reply", "respond", "deny", "demand", "urge"})
CLOSING_REPORT_DEPS = frozenset({"advmod", "npadvmod", "punct"})  # 'here', 'Wednesday'
TIME_PREP_ENTS = frozenset({"DATE", "TIME"})


def closing_report(tok: Any) -> bool:
    """'Croatia is failing its refugees, a rights group charged on Monday': the parser hangs a
    reporting verb closing its sentence after a comma on the noun before it, as if the noun
    were charged; it is the noun's own past-tense verb, its subject the noun (in apposition
    to the clause before) and what it reports the clause before. Only a reporting verb with
    no object, agent or clause of its own, nothing after it but a time or 'here'."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or head.dep_ != "appos" or \
            tok.lemma_.lower() not in CLOSING_REPORT_VERBS or tok.i < head.i:
        return False
    first = head.left_edge.i
    if first == 0 or head.doc[first - 1].text != ",":
        return False
    for c in tok.children:
        if c.dep_ in CLOSING_REPORT_DEPS:
            continue
        if c.dep_ == "prep" and any(o.ent_type_ in TIME_PREP_ENTS for o in c.children):
            continue
        return False
    sent = tok.sent
    after = [t for t in sent if t.i > tok.right_edge.i and not t.is_punct]
    return not after


def verb_subject(tok: Any) -> list[Any]:
    """The subject of a verb, inherited through xcomp, conj and relative clauses."""
    seen = 0
    below: Any = None
    while tok is not None and seen < 6:
        seen += 1
        if _is_passive(tok):
            agent = _pobjs(tok, {"by"}) or retained_object_agent(tok) or \
                coordinated_agent(tok) or as_adjective_agent(tok) or \
                (complement_agent(tok) if below is None else [])  # the complement's own:
            # 'troops were ordered to withdraw by X': X orders, the troops withdraw
            if not agent and (tok.lemma_ in STATIVE_PASSIVES or _controls(tok, below)):
                return _children(tok, PASSIVE_SUBJECT_DEPS) or \
                    ([tok.head] if _reduced_passive(tok) else [])  # 'officials involved in'
            return agent
        subj = _without_labels(_children(tok, SUBJECT_DEPS)) or _misread_subject(tok)
        if subj:
            if subj[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                return _member_of(tok.head) or _apposed_name(tok.head)
            subj = [a for s in subj for a in (_statement_author(s) or [s])]
            return _set_off_subject(tok, subj) or (_headline_pair(tok, subj) + subj)
        if _gerund_in_adjunct(tok):
            controller = _object_controller(tok.head)
            if controller:
                return controller
            below, tok = tok, tok.head.head
            continue
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            pressed = _pressed_party(tok)
            if pressed is not None:
                return pressed
            return _planner(tok) or _statement_author(tok.head) or [tok.head]
        if headline_subject(tok):
            return [tok.head]
        if _reporter_act(tok):
            below, tok = tok, tok.head.head
            continue
        if _after_affiliation(tok):
            below, tok = tok, tok.head
            continue
        controller = _infinitive_controller(tok)
        if controller:
            return controller
        if (tok.dep_ not in SHARE_SUBJECT_DEPS and not _subject_predicate(tok)) or \
                tok.head == tok:
            return []
        below, tok = tok, tok.head
    return []


REPORTER_ACT_LEMMAS = frozenset({"accuse", "blame", "urge", "call", "demand", "warn", "condemn",
                                 "criticize", "criticise", "vow", "ask", "appeal"})
REPORT_HEAD_LEMMAS = frozenset({"deny", "say", "insist", "claim", "state", "announce"})


def _reporter_act(verb: Any) -> bool:
    """'Peru denied that its navy had fired on the boats and accused Chile of lying': the
    parser hangs a speech act (accuse, urge, warn, ...) without a subject on the last verb of
    the reported clause before it, whose subject (the navy) then seems to accuse; the speech
    act is the reporter's, second to its denial or statement. True for such a conjunct of a
    clause reported by a verb of saying or denying that has a subject of its own."""
    head = verb.head
    return verb.dep_ == "conj" and verb.lemma_.lower() in REPORTER_ACT_LEMMAS and \
        head.dep_ == "ccomp" and head.head.i != head.i and \
        head.head.lemma_.lower() in REPORT_HEAD_LEMMAS and \
        any(c.dep_ in SUBJECT_DEPS for c in head.children) and \
        any(c.dep_ in SUBJECT_DEPS for c in head.head.children)


def _misread_subject(verb: Any) -> list[Any]:
    """'Thailand massed troops along the border': a name opening the sentence right before
    a finite main verb that has no subject, which the parser hung on the verb as a noun-phrase
    adverbial (as it does beside a rarer verb form), is the verb's subject. Only a name (no
    date, which is the adverbial's usual word), nothing but adverbs between it and the verb."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.i < verb.i and c.pos_ == "PROPN" and \
                c.ent_type_ in NAME_ENTS and c.left_edge.i == verb.sent.start and \
                all(t.pos_ == "ADV" for t in verb.doc[c.right_edge.i + 1:verb.i]):
            return [c]
    return []


def _subject_predicate(tok: Any) -> bool:
    """'X appeared ready to accept', 'X seemed eager to sign': an adjective the parser hangs
    on a linking verb as an object predicate describes the verb's subject (the verb has no
    object it could describe instead, as in 'declared the zone closed')."""
    return tok.dep_ == "oprd" and tok.pos_ == "ADJ" and \
        not any(c.dep_ in ("dobj", "ccomp") for c in tok.head.children)


AFFILIATION_LEMMAS = frozenset({"link", "tie", "affiliate", "ally", "align", "connect",
                                "associate"})  # 'militants linked to X attacked …'


def _after_affiliation(verb: Any) -> bool:
    """'Militants linked to the Islamic State attacked a checkpoint': the parser often reads
    the participle of affiliation as the main verb and hangs the real verb on it as a bare
    ``dep``, without a subject; the participle's subject is the verb's. True for a finite verb
    with no subject of its own hanging so on such a participle before it."""
    head = verb.head
    return verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.i < verb.i and \
        head.lemma_.lower() in AFFILIATION_LEMMAS and head.tag_ in ("VBD", "VBN") and \
        not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


SET_OFF_NAME_DEPS = ("npadvmod", "dep", "nmod")  # 'Malaysia, the ASEAN chair, urged …'


def _set_off_subject(verb: Any, subj: list[Any]) -> list[Any]:
    """'Malaysia, the current ASEAN chair, urged …': the parser sometimes hangs the name that
    opens the sentence on the verb apart and takes the description set off by commas after it
    for the subject; the name is the subject, the description only says what it is (its body
    names no party of the act). A common-noun subject between two commas, right before its
    verb (past adverbs and auxiliaries), after a name that opens the sentence and hangs on
    the same verb."""
    first = subj[0]
    doc = first.doc
    left, right = first.left_edge.i, first.right_edge.i
    comma = right if doc[right].text == "," else right + 1  # the parser may keep the comma
    if first.pos_ != "NOUN" or left < 2 or comma >= len(doc) or \
            doc[left - 1].text != "," or doc[comma].text != ",":
        return []
    if any(t.pos_ not in ("ADV", "AUX", "PART") for t in doc[comma + 1:verb.i]):
        return []
    name = doc[left - 2]
    if name.pos_ != "PROPN" or name.ent_type_ not in NAME_ENTS or name.head.i != verb.i or \
            name.dep_ not in SET_OFF_NAME_DEPS or name.left_edge.i != name.sent.start:
        return []
    return [name]


def _headline_pair(verb: Any, subj: list[Any]) -> list[Any]:
    """The first of two names a headline joins with a comma as its subject ('Clinton,
    Yeltsin agree on arms cuts', 'Iran, Iraq sign prisoner deal'), which the parser hangs
    on the verb apart from the subject: a name opening the sentence, then a comma, then the
    named subject right before its verb."""
    first = subj[0]
    doc = first.doc
    if first.pos_ != "PROPN" or first.ent_type_ not in NAME_ENTS or first.i < 2 or \
            first.left_edge.i != first.i or verb.i != first.i + 1 or doc[first.i - 1].text != ",":
        return []
    pair = doc[first.i - 2]
    if pair.pos_ != "PROPN" or pair.ent_type_ not in NAME_ENTS or pair.head.i != verb.i or \
            pair.dep_ not in HEADLINE_PAIR_DEPS or pair.left_edge.i != pair.sent.start:
        return []
    return [pair]


def _gerund_agents(tok: Any) -> list[Any]:
    """'Residents fled after shelling by Sudanese troops', 'Ukraine reported shelling by
    Russian forces', 'damaged by shelling by X': an -ing event word the parser reads as a
    gerund, but used as a noun (no subject or object of its own), names its doer in a
    by-phrase, as the noun does ('the shelling by X'); the subject of the verb above it
    ('Residents', 'Ukraine') does not do it. Not a by-phrase of manner ('by force') or time."""
    if tok.tag_ != "VBG" or _is_passive(tok) or \
            any(c.dep_ in SUBJECT_DEPS + OBJECT_DEPS for c in tok.children):
        return []
    return [b for b in _pobjs(tok, {"by"}) if b.pos_ in ("NOUN", "PROPN") and not _manner(b)
            and b.ent_type_ not in TIME_ENTS and b.lower_ not in BY_ADVERBIAL_NOUNS]


def _gerund_in_adjunct(tok: Any) -> bool:
    """True for a gerund or participle under a preposition of a verb ('credited X for
    playing', 'led the group in calling on', 'after meeting')."""
    prep = tok.head
    return tok.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") \
        and prep.head != tok and not (prep.lower_ == "by" and _is_passive(prep.head))


def _object_controller(prep: Any) -> list[Any]:
    """Who does the gerund of 'accused X of attacking', 'credited X for playing', 'barred X
    from entering' (the verb's object; its passive subject in 'X was accused of ...'); empty
    for other prepositions, whose gerund shares the verb's subject ('responded by firing')."""
    if prep.lower_ not in OBJECT_CONTROL_PREPS:
        return []
    verb = prep.head
    objs = [o for o in _children(verb, ("dobj",)) if _actorish(o)]  # not 'took credit for'
    if objs:
        return objs[:1]
    return _children(verb, PASSIVE_SUBJECT_DEPS) if _is_passive(verb) else []


OBJECT_CONTROL_VERBS = frozenset({
    "force", "compel", "oblige", "obligate", "coerce", "pressure", "pressurize", "pressurise",
    "press", "push", "persuade", "convince", "urge", "ask", "order", "instruct", "direct",
    "tell", "invite", "encourage", "allow", "permit", "authorize", "authorise", "enable",
    "help", "require", "prompt", "drive", "lead", "cause", "induce", "want", "expect"})
# 'X forced Y to resign', 'X urged Y to accept': Y resigns, Y is to accept
OBJECT_CONTROL_PREP_VERBS = {"call": ("on", "upon"), "appeal": ("to",)}  # 'called on Y to'
CONTROLLER_POS = frozenset({"NOUN", "PROPN", "PRON"})
TIME_ENTS = frozenset({"DATE", "TIME"})


def _infinitive_controller(tok: Any) -> list[Any]:
    """Who does the infinitive of 'Protesters forced the minister to resign', 'the court
    ordered police to release them', 'called on Iran to stop': the governing verb's object
    (object control and raising to object), not its subject. Only the noun object of a
    verb of causing, pressing, asking or letting; empty otherwise ('used drones to attack':
    the user attacks)."""
    if tok.dep_ != "xcomp" or tok.head == tok:
        return []
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in OBJECT_CONTROL_VERBS:
        objs = _children(verb, ("dobj",))
    elif lemma in OBJECT_CONTROL_PREP_VERBS:
        objs = _pobjs(verb, set(OBJECT_CONTROL_PREP_VERBS[lemma]))
    else:
        return []
    return [o for o in objs if o.i < tok.i and o.pos_ in CONTROLLER_POS
            and o.ent_type_ not in TIME_ENTS][:1]


def object_controlled(verb: Any) -> bool:
    """Whether the infinitive ``verb`` is done by the object of the verb it hangs on
    ('compel Peru to withdraw'): a goal of who compels, no act its doer undertakes."""
    return bool(_infinitive_controller(verb))


def _antecedent(tok: Any, lexicon: Lexicon) -> Any:
    """What a relative pronoun subject stands for ('X, a nurse who was arrested': X; not an
    event noun, where the clause is often misattached: 'the centre … during the occupation,
    which was destroyed'), else the token itself."""
    verb = tok.head
    if tok.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl" or verb.head == verb:
        return tok
    ant = _apposed_name(verb.head)[0]
    if not _actorish(ant) and (lexicon.candidates("noun", ant.lemma_.lower()) or (
            ant.dep_ == "pobj" and ant.head.lower_ in TIME_PREPS)):
        return tok  # 'during the occupation, which …': a period, not who undergoes it
    return _phrase_head(ant, tok)


def _phrase_head(ant: Any, rel: Any) -> Any:
    """"X's charges against Y, which Y denied", 'the claims by X, which were denied by X': a
    clause whose other party (the subject of an object relative, the by-agent of a passive
    one) names the very word it hangs on cannot be about it — no one denies oneself — so
    the parser hung it on the prepositional object of the noun phrase it describes; it
    stands for that phrase's head noun (the charges). Else ``ant``."""
    verb = rel.head
    if ant.dep_ != "pobj" or ant.head.dep_ != "prep" or ant.head.head.pos_ != "NOUN":
        return ant
    if rel.dep_ in OBJECT_DEPS:
        others = _children(verb, ("nsubj",))
    elif rel.dep_ in PASSIVE_SUBJECT_DEPS:
        others = _pobjs(verb, {"by"})
    else:
        return ant
    if any(o.pos_ != "PRON" and _name_text(o) == _name_text(ant) for o in others):
        return ant.head.head
    return ant


def _name_text(tok: Any) -> str:
    """The lower-cased text of the entity ``tok`` is part of, else of the token."""
    if tok.ent_type_:
        for ent in doc_ents(tok.doc):  # the document's entity spans, built once
            if ent.start <= tok.i < ent.end:
                return span_text(ent).lower().removeprefix("the ")
    return tok.lower_


def _apposed_name(noun: Any) -> list[Any]:
    """The noun a relative clause hangs off, or the name it describes in apposition ('X, a
    student who was detained', 'Y, the group that claimed the attack': X, Y)."""
    head = noun.head
    if noun.dep_ == "appos" and head != noun and (head.pos_ == "PROPN" or
                                                  head.ent_type_ in NAME_ENTS):
        return [head]
    return [noun]


def _member_of(noun: Any) -> list[Any]:
    """'X and Y are among the countries that banned …', 'X is one of the states that …':
    the subject of the copula the group noun belongs to (in 'Among those detained were X',
    the parser's attribute after the copula)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    head = prep.head
    if prep.lower_ == "of" and head.lower_ == "one" and head.dep_ == "attr":
        head = head.head
    elif prep.lower_ not in GROUP_PREPS:
        return []
    if head.lemma_ != "be":
        return []
    return _children(head, ("nsubj",)) or \
        (_children(head, ("attr",)) if prep.i < head.i else [])


def _pressed_party(tok: Any) -> list[Any] | None:
    """'X faces pressure from Y to lift its veto', 'X has been under pressure from Y to
    resign', 'pressure on X to cut ties': who is pressed to act does what the infinitive
    names, never who presses; the one facing or under the pressure, else the party of its
    on-phrase, else nobody ('pressure from Y to end the war'). None when ``tok`` is no
    infinitive of a pressure noun."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.lemma_.lower() not in PRESSURE_NOUNS or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in TARGETED_VERBS:
        return [_owner(s) for s in verb_subject(noun.head)]
    if noun.dep_ == "pobj" and noun.head.lower_ in UNDERGO_PREPS:
        return [_owner(s) for s in verb_subject(noun.head.head)]
    return _pobjs(noun, {"on"})


def _planner(tok: Any) -> list[Any]:
    """'X announced plans to deploy troops', 'Y launched an attempt to seize the airport', 'Z
    expressed willingness to negotiate', 'the decision to close the border was announced by
    X': who owns the plan (or will) noun an infinitive hangs off acts (its possessor, else
    the subject of the verb that announces, makes, adopts or voices it, or that verb's
    by-agent when the noun is its passive subject)."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.lemma_.lower() not in PLAN_NOUNS or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return []
    owner = _children(noun, ("poss",)) or _pobjs(noun, {"by"})  # 'the decision by X to ...'
    if owner:
        return owner
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PLANNER_VERBS:
        return verb_subject(noun.head)
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in PLANNER_VERBS:
        return _pobjs(noun.head, {"by"})  # 'the decision to close … was announced by X'
    return []


def is_label(tok: Any) -> bool:
    """True for a word of a sentence-initial speaker or topic label ('VOA: Putin visited ...',
    'Lee: Xi threatened ...'): a short capitalised name ending in a colon that more text follows."""
    first, colon = _label_of(sentence_of(tok))
    return first is not None and tok.i - first < MAX_LABEL_WORDS and colon is not None \
        and tok.i < colon


def _label_of(sent: Any) -> tuple[int | None, int | None]:
    """The first word of the sentence (spaces left out) and the colon that ends its label
    (None when it has none), once per sentence."""
    key = ("eventwire", "label", sent.start, sent.end)
    found = sent.doc.user_data.get(key)
    if found is None:
        found = sent.doc.user_data[key] = _find_label(sent)
    return found


def _find_label(sent: Any) -> tuple[int | None, int | None]:
    """``_label_of`` computed: the sentence's first words read up to the label's colon."""
    words = []  # the sentence's first words (spaces left out): all that is read below
    space = spaces(sent.doc)
    for i in range(sent.start, sent.end):
        if len(words) > MAX_LABEL_WORDS:
            break
        if not space[i]:
            words.append(sent.doc[i])
    if not words:
        return None, None
    first = words[0].i
    for t in words[:MAX_LABEL_WORDS + 1]:
        if t.text == LABEL_MARK:
            ok = t.i + 1 < sent.end and t.i - first <= MAX_LABEL_WORDS
            return first, t.i if ok else None
        if not t.text[:1].isupper() and t.text not in (".", "-", "'s") and \
                not CLOCK_RE.fullmatch(t.text):
            return first, None
    return first, None


def _without_labels(subj: list[Any]) -> list[Any]:
    """Subjects without a turn label the parser took for one ('VOA: China hosted Putin': China),
    or, when the label is the only one, the name that follows the label."""
    kept = [s for s in subj if not is_label(s)]
    if kept or not subj:
        return kept
    return _after_label(subj[0])


def _after_label(label: Any) -> list[Any]:
    """The head of the noun phrase right after a label's colon, when it precedes its verb."""
    colon = next((t for t in label.doc[label.i:label.i + MAX_LABEL_WORDS + 1]
                  if t.text == LABEL_MARK), None)
    verb = label.head
    if colon is None or colon.i + 1 >= verb.i:
        return []
    span = label.doc[colon.i + 1:verb.i]
    heads = [t for t in span if t.pos_ in ("PROPN", "NOUN", "PRON")
             and not (span.start <= t.head.i < span.end)]
    return heads[-1:]


def _controls(passive: Any, below: Any) -> bool:
    """True when the passive verb's subject is the subject of the clause below it: 'X is
    scheduled to travel', 'X was forced to withdraw' (subject raising and control)."""
    return below is not None and below.dep_ == "xcomp" and below.head == passive


def headline_subject(tok: Any) -> bool:
    """True for headlinese 'Trump to speak with Putin', where the parser made the name a verb."""
    head = tok.head
    first = next((t for t in sentence_of(head) if not t.is_space), head)
    return (tok.dep_ in ("xcomp", "relcl", "acl", "advcl") and head.dep_ == "ROOT"
            and head.i == first.i
            and head.text[:1].isupper() and not any(c.dep_ in SUBJECT_DEPS for c in head.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _target_preps(lexicon: Lexicon, nominal: bool) -> frozenset[str]:
    """The prepositions that introduce a target."""
    key = "nominal_target_preps" if nominal else "target_preps"
    return lexicon.cue(key) - {"of"}


def _verbal(trig: Trigger, lexicon: Lexicon) -> Arguments:
    """Arguments of a verbal trigger: subject (or by-agent) and object (or prepositional)."""
    tok = trig.token
    args = Arguments(clause=tok, how="verbal")
    if trig.entry.reversed:
        return _reversed_roles(tok, args, ceded=trig.entry.object_control)
    args.source = _gerund_agents(tok) or _reporter_of_conjunct(tok, lexicon) or \
        _reporter_of_participle(tok, trig.entry.type, lexicon) or verb_subject(tok)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and args.source in ([], [tok.head]):
        args.source = _operation_doers(tok.head, lexicon) or args.source
    args.source = _launched_from(args.source, trig.entry.type) or \
        _fired_by(args.source, trig.entry.type) or args.source
    if _reduced_passive(tok) and tok.head in trig.extra and trig.entry.type in SHARED_TYPES \
            and tok.lemma_.lower() not in CONCLUDING_VERBS \
            and not (_mediation(tok) and _mediated(tok)):
        args.source = []  # 'the truce proposed by X': as for the noun (_participle_agent), the
        # by-agent of an event between parties is often a third party; a mediator of named
        # parties is the source, as in the active 'X brokered a truce between Y and Z'
    if not args.source and trig.entry.type in STATED_TYPES and _is_passive(tok):
        args.source = _statement_authors(tok)  # 'X was condemned in a statement by Y'
    if not args.source and trig.entry.type in CAUSE_TYPES and _is_passive(tok):
        args.source = _cause_agents(tok, lexicon)  # 'X were killed in an airstrike by Y'
    if not args.source and _is_passive(tok):
        args.source = _held_noun_agents(tok, trig) or _stranded_agents(tok)
        # 'X was hit with sanctions by Y', 'X was barred from the ceremony by Y'
    if len(args.source) == 1 and args.source[0].pos_ == "NOUN":
        culprits = _attributed(args.source[0])  # 'blamed X for the attack that killed four'
        args.source = [c for c in culprits if _actorish(c)] or args.source
    partners = co_sources(tok, args.source)
    args.source = args.source + [c for c in partners if c not in args.source]
    undergoers = _undergoer(tok) if tok.dep_ == "pcomp" else []
    if undergoers:  # 'X came under shelling from Y', the parser's gerund
        args.source, args.target = _pobjs(tok, {"from"}), undergoers
        return args
    stray = _stray_modifier(tok)
    if stray is not None:  # 'X suffered heavy Russian shelling', the parser's clause
        args.source = [stray]
        args.target = [_owner(s) for s in verb_subject(tok.head)]
        return args
    if tok.dep_ in ("dobj", "xcomp") and tok.tag_ == "VBG" and \
            tok.head.lemma_.lower() in TARGETED_VERBS:
        # 'X suffered heavy shelling', the -ing event word parsed as a gerund object: as for
        # the noun ('X suffered attacks'), X undergoes it and a from-phrase names who did it
        args.source = [a for a in _pobjs(tok, {"from", "by"}) + _pobjs(tok.head, {"from"})
                       if a.ent_type_ not in TIME_ENTS]
        args.target = [_owner(s) for s in verb_subject(tok.head)]
        return args
    parties = _mediated(tok) if _mediation(tok) else []
    if not args.source and not parties:
        src, tgt = _between(tok)  # 'displaced by fighting between X and Y'
        for noun in [s for s in _children(tok, PASSIVE_SUBJECT_DEPS) if s in trig.extra]:
            if not src and _is_passive(tok):  # 'the deal between X and Y was signed'
                src, tgt = _between(noun)
        if src:
            args.source, args.target, args.expand = src, tgt, False
            return args
    if not args.source and not parties and trig.entry.type in SHARED_TYPES and \
            _is_passive(tok):
        src, tgt = _meeting_parties(tok)  # 'agreement was reached in talks with X and Y'
        if src:
            args.source, args.target, args.expand = src, tgt, False
            return args
    received = _received_phrase(trig)
    if received is not None:  # 'X received intelligence from Y': Y gives, X receives
        args.source, args.target = received
        return args
    passive = _is_passive(tok)
    objs = [_antecedent(o, lexicon) for o in _children(
        tok, PASSIVE_SUBJECT_DEPS + (("nsubj",) if _small_clause_passive(tok) else ()))] \
        if passive else []
    if passive and not args.source and trig.entry.type in SELF_PASSIVE_TYPES and \
            trig.entry.mode not in RELEASE_MODES:
        args.source, objs = objs, []  # 'troops were deployed': the troops mobilise
    if passive and not args.source:  # "Britain's sanctions were extended": the owner acts
        args.source = [c for o in objs if o in trig.extra for c in _children(o, ("poss",))
                       if c.ent_type_ not in TIME_ENTS]
    if passive and not args.source and tok.lemma_.lower() in EXPELLING_VERBS:
        args.source = [p for p in _pobjs(tok, {"from"}) if _actorish(p) and p.pos_ != "PRON"]
        # 'the ambassador was expelled from Mali': the state expels, it is no target
    if passive and not objs and _raised_passive(tok):  # 'X were reported killed by Y'
        objs = [_antecedent(o, lexicon) for o in _children(tok.head, PASSIVE_SUBJECT_DEPS)]
    if passive and not objs:
        objs = _passive_controller(tok)  # 'X died after being detained': X undergoes it
    if _reduced_passive(tok):
        objs += _member_of(tok.head) or [tok.head]  # 'books banned by the Taliban': the books
        # undergo it; 'X were among those arrested': X, the copula's subject, does
        objs += [s for s in _experiencers(tok) if s not in args.source]  # 'X saw its bid
        # rejected by Y': X
    if closing_report(tok):  # 'X is failing, a group charged': X is charged
        objs += [s for s in verb_subject(tok.sent.root) if s.i < tok.head.i]
    objs += [_antecedent(o, lexicon) for o in _children(tok, OBJECT_DEPS)]  # 'X, which Y accuses'
    objs += _dated_names(tok)  # 'shelled Kherson Sunday': the name hung on the weekday
    if lone_predicate(tok):  # 'Macron called [Zelensky] on Friday' parsed as naming him
        objs += [c for c in _children(tok, ("oprd",)) if _actorish(c)]
    objs += _shifted_objects(tok)  # 'denounced as a crime Serbia's crackdown'
    objs += [o for o in _pobjs(tok, _target_preps(lexicon, nominal=False) -
                               _instrument_preps(tok, trig)) if o not in args.source]
    if _reduced_passive(tok) and not _pobjs(tok, {"on", "against"}):
        objs += [o for o in _misplaced_undergoers(_pobjs(tok, {"by"}))
                 if o not in args.source]  # 'sanctions imposed by X on Y', 'on' hung on X
    if tok.pos_ == "ADJ":
        objs += _pobjs(tok, {"of"})  # 'critical [of] the government'
    object_preps = OBJECT_TARGET_PREPS | ({"for"} if trig.entry.type in FOR_TARGET_TYPES else set())
    object_preps |= set(trig.entry.prep_target)  # 'launched drones [at] Kyiv': aimed at a target
    own = {_name_text(s) for s in args.source if s.pos_ != "PRON"}
    for obj in list(objs):  # 'X denied the charges against X': not X's own target
        if trig.entry.type == CONDEMNING_TYPE and _attack_with_doer(obj):
            continue  # 'condemned the Hezbollah attack on Israel': Israel is no one condemned
        objs.extend(o for o in _pobjs(obj, object_preps) if _name_text(o) not in own)
        if obj in trig.extra and obj.pos_ != "PROPN" and trig.entry.type in LEFT_FROM_TYPES:
            objs.extend(o for o in _pobjs(obj, {"from"}) if _name_text(o) not in own)
            # 'evacuated the wounded [from] Gaza': the parser's from-phrase on the object the
            # trigger holds is the verb's, the place they are taken from
        if _mediation(obj):
            parties += _mediated(obj)  # 'ended mediation efforts between X and Y'
        elif trig.entry.type in ASKED_PARTIES_TYPES and obj.pos_ == "NOUN":
            parties += [t for t in _asked_parties(obj) if t not in args.source]
    objs += [p for p in parties if p not in objs]
    objs = [o for o in objs if not _helper(o) and o not in partners]  # 'with Albania's help':
    # an ally, no target; 'together with France, Germany urged Iran': France urges too
    if trig.entry.type in MOVING_TYPES and not passive:
        objs = _destinations(tok, trig, objs)  # 'massed troops near the Lorani border'
    args.target = [o for o in objs if (o not in trig.extra or o.pos_ in ("PROPN", "PRON")
                                       or trig.entry.mode in CAPTIVE_MODES)
                   and o.ent_type_ not in TIME_ENTS and not _weapon_inside(o, trig)]
    args.target = [n for o in args.target for n in (_free_relative(o) or [o])]
    origins = _origins(tok, trig.entry.type)
    launch_sites = _launch_sites(tok, trig.entry.type)
    args.target = [o for o in args.target if o not in origins and o not in launch_sites]
    if not args.source:  # 'rockets fired from X': fired by whoever is at X
        args.source = [o for o in launch_sites if _actorish(o)]
    if not any(_actorish(o) for o in args.target) and trig.entry.type in AUTHORED_OBJECT_TYPES:
        args.target += _object_authors(args.target) or _hyphen_authors(
            [o for o in objs if o in trig.extra]) or \
            [a for a in _object_by_agents(tok, args.target, passive) if a not in args.source]
    if not any(_actorish(o) for o in args.target) and trig.entry.type in AUTHORED_OBJECT_TYPES:
        args.target += [a for a in _antecedent_author(tok) if a not in args.source]
    if not any(_actorish(o) for o in args.target) and trig.entry.type in AUTHORED_OBJECT_TYPES:
        args.target += _answered_parties(objs, args.source)
    if not any(_actorish(o) for o in args.target) and _small_clause_passive(tok) and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for o in _children(tok, ("nsubj",))
            for c in o.children):  # 'X saw its request rejected by Y': X's request
        args.target += [s for s in verb_subject(tok.head) if s not in args.source]
    if not any(_actorish(o) for o in args.target) and trig.entry.type in REJECTING_TYPES and \
            args.source and all(s.pos_ != "PRON" for s in args.source):
        own = {_name_text(s) for s in args.source}  # 'Hamas said it rejected their plan'
        args.target += [s for s in _reporter_owner(tok, lexicon) if _name_text(s) not in own]
    if tok.lemma_.lower() in BUYING_VERBS and \
            not any(_actorish(o) and o not in trig.extra for o in args.target):
        args.target += _makers(_children(tok, ("dobj",)))  # 'bought Russian missiles'
    if not any(_actorish(o) for o in args.target) and _reduced_passive(tok):
        args.target += _defender(tok.head)  # 'X intercepted rockets fired by Y'
    if not any(_actorish(o) for o in args.target):
        args.target += _complement_targets(tok, lexicon, trig.entry.type)
    if not any(_actorish(o) for o in args.target) and trig.entry.type in CONDITION_TYPES:
        args.target += [s for s in _condition_subjects(tok) if s not in args.source]
        # 'X said it would retaliate if Y imposed tariffs': the threat's own condition
    if not any(_actorish(o) for o in args.target) and not passive:
        args.target += [o for o in _raised_objects(tok) if o not in args.source]
    if not any(_actorish(o) for o in args.target):
        args.target += _beneficiaries(trig, lexicon)
    if not any(_actorish(o) for o in args.target):
        args.target += _summoned(tok)
    if not any(_actorish(o) for o in args.target) and trig.entry.type in ADDRESSED_TYPES:
        args.target += [t for t in _letter_recipients(tok) if t not in args.source]
    if not any(_actorish(o) for o in args.target) and trig.entry.type in PUNITIVE_TYPES:
        args.target += _conditioned(tok, args.source, lexicon, trig.entry.type)
    if not any(_actorish(o) for o in args.target) and trig.entry.type in PUNITIVE_TYPES:
        args.target += _answered_agents(tok, args.source)
    if not any(_actorish(o) for o in args.target) and trig.entry.type in RESISTING_TYPES:
        args.target += [t for t in _pressers(tok) if t not in args.source]
    if not any(_actorish(o) for o in args.target) and trig.entry.type in ORIGIN_TARGET_TYPES:
        args.target += [o for o in _left_out_of(tok) if o not in args.source]
    if not any(_actorish(o) for o in args.target) and trig.entry.type in PARTNERED_TYPES:
        own = {_name_text(s) for s in args.source if s.pos_ != "PRON"}
        args.target += [o for o in meeting_named(tok) if o not in args.source
                        and _name_text(o) not in own]  # 'in talks with X, Y agreed to …'
    return args


ANSWERED_PREPS = frozenset({"for", "over", "to", "against", "after", "following"})
# 'retaliation [for] an attack', 'sanctions [after] the seizure'
ANSWERED_AGENT_PREPS = frozenset({"by", "from"})  # '… an attack [by] X'
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reprisal", "reaction", "revenge"})
PUNISHING_VERBS = frozenset({"punish", "avenge", "answer"})  # 'vowed to punish any attack by
# X', 'to avenge the killing of its soldiers by X': the act answered is their object


def _answered_agents(verb: Any, source: list[Any]) -> list[Any]:
    """The named doer of the act a punitive act answers: 'threatened retaliation for any
    attack by X', 'warned it would respond to any aggression by X', 'threatened to retaliate
    against any attack by X', 'threatened sanctions over the seizure of tankers by X',
    'threatened to strike back in response to the shelling by X', 'warned of a response to
    any incursion by X', 'threatened countermeasures after the seizure of a boat by X'. The
    act is the object of a for / over / to / against / after / following phrase on the verb,
    on its object, on what it warns of, on an 'in response' phrase or on the verb of its
    complement, or the direct object of a verb of punishing ('vowed to punish any attack by
    X', 'vowed to avenge the killing of its soldiers by X'); its doer is a by- or from-phrase
    on it (or on its own of-object, where the parser hangs it there). Only names, never the
    actor itself."""
    own = {_name_text(s) for s in source if s.pos_ != "PRON"}
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    bases = [h for v in verbs for h in (v, *_children(v, ("dobj",)), *_pobjs(v, {"of"}))]
    holders = bases + [r for b in bases for r in _pobjs(b, {"in"})
                       if r.lemma_.lower() in RESPONSE_NOUNS]
    out: list[Any] = []
    for holder in holders:
        acts = _pobjs(holder, ANSWERED_PREPS) + [
            o for c in holder.children if c.dep_ in ("acl", "prep") and c.lower_ == "following"
            for o in _children(c, ("dobj",))]  # the parser's participle 'following X'
        if holder in verbs and holder.lemma_.lower() in PUNISHING_VERBS:
            acts += _children(holder, ("dobj",))
        for act in acts:
            if act.pos_ != "NOUN":
                continue
            for owner in (act, *_pobjs(act, {"of"})):
                out += [a for a in _pobjs(owner, ANSWERED_AGENT_PREPS)
                        if a.pos_ != "PRON" and _actorish(a) and a not in out
                        and not {_name_text(a), *map(_name_text, _children(a, ("poss",)))}
                        & own]  # 'any attack by its (X's) enemies': none named
    return out


def _left_out_of(verb: Any) -> list[Any]:
    """The place a withdrawal leaves told by 'out of': 'pulled out of X', 'pulled its troops
    out of X' (the parser hangs 'of' on 'out', so the verb's own from-phrases miss it)."""
    return [o for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")
            for o in _pobjs(c, {"of"})]


LEFT_FROM_TYPES = frozenset({"AID", "RETREAT"})  # 'evacuated / withdrew X from Y'
ALONGSIDE_PREPS = frozenset({"alongside"})  # 'Russia alongside China vetoed …'
ALONG_WORDS = frozenset({"along", "together", "jointly"})  # '… with X'


def joined_objects(holder: Any, verb: Any | None = None) -> list[Any]:
    """The objects of the phrases that join someone to ``holder`` as a co-doer: 'alongside
    X', 'along with X', 'together / jointly with X' (the adverb inside the with-phrase or,
    on the ``verb`` itself, right before it: '… vetoed it together with X'); a bare 'with X'
    (an instrument, a partner met) does not join. The one reading of these phrases for the
    co-sources of an act (``co_sources``) and for the co-agents whose country does not place
    the unnamed victims (``events._co_agents``)."""
    out: list[Any] = []
    for prep in (c for c in holder.children if c.dep_ == "prep"):
        word = prep.lower_
        if word in ALONGSIDE_PREPS:
            out += [g for g in prep.children if g.dep_ == "pobj"]
        elif word == "along":
            out += [g for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"
                    for g in w.children if g.dep_ == "pobj"]
        elif word == "with" and (
                any(c.dep_ == "advmod" and c.lower_ in ALONG_WORDS for c in prep.children)
                or (holder is verb and any(c.dep_ == "advmod" and c.lower_ in ALONG_WORDS
                                           and c.i == prep.i - 1 for c in holder.children))):
            out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def co_sources(verb: Any, subjects: list[Any]) -> list[Any]:
    """'Russia, along with China, vetoed …', 'Together with France, Germany urged Iran …',
    'Russia alongside China vetoed …', '… vetoed the resolution along with China': the names
    joined to the subject (or to the verb) by 'along with', 'together with', 'jointly with'
    or 'alongside' (``joined_objects``) do the act with it: co-sources, never targets. Only
    names (or phrases a name modifies) count; a pronoun does not."""
    if _is_passive(verb):
        return []
    return [o for holder in (verb, *(s for s in subjects if s.pos_ != "PRON"))
            for o in joined_objects(holder, verb) if _actorish(o) and o.pos_ != "PRON"]


def _attack_with_doer(noun: Any) -> bool:
    """An act of force whose doer its phrase names: a possessor, a name or demonym before it or
    a by-phrase ('the Hezbollah attack', "Russia's strikes", 'the raid by Lorani troops')."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in attack_nouns():
        return False
    return any(c.dep_ in DOER_MODIFIER_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in DOER_ENTS)
               for c in noun.children if c.i < noun.i) or bool(_pobjs(noun, {"by"}))


def _dated_names(verb: Any) -> list[Any]:
    """'Russian forces shelled Kherson Sunday' parsed as one noun phrase headed by the weekday
    ('Kherson' its compound, the phrase a time adverbial of the verb): a verb with no direct
    object holds the last proper name compounded before a date or time word it governs as an
    adverbial noun as its object. Not a name that is itself a time ('late July Sunday')."""
    if has_child(verb, "dobj"):
        return []
    found = []
    for when in _children(verb, ("npadvmod",)):
        if when.ent_type_ not in ("DATE", "TIME") or when.i < verb.i:
            continue
        names = [c for c in when.children if c.dep_ == "compound" and c.i < when.i and
                 c.pos_ == "PROPN" and c.ent_type_ and c.ent_type_ not in TIME_ENTS]
        if names:
            found.append(names[-1])
    return found


def _operation_doers(noun: Any, lexicon: Lexicon) -> list[Any]:
    """Who carries out an event noun a participle describes ('X launched an offensive
    targeting Y', 'Z's raid targeting rebel camps', 'a crackdown by W arresting dozens'): the
    noun's owner, by-agent or named modifier, else the subject of the verb it is the object
    of; the act the participle names is theirs, not the noun's. Only for a noun the lexicon
    reads as an event ('a truck carrying aid' keeps the truck)."""
    if noun.pos_ not in ("NOUN", "ADJ") or noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj") \
            or not any(e.type for e in lexicon.candidates("noun", noun.lemma_)):
        return []
    owners = _children(noun, ("poss",)) + _pobjs(noun, {"by"}) or \
        [c for c in _children(noun, ("amod", "compound")) if c.ent_type_ in NAME_ENTS]
    if owners:
        return owners
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return verb_subject(noun.head)
    return []


def _raised_objects(tok: Any) -> list[Any]:
    """The object a verb shares with the verb coordinated right after it ('X seized and beat
    three fishermen', 'X condemned and rejected the plan'): the parser hangs it on the last
    verb only. Only for a verb with no object of its own, joined by a bare 'and' / 'or' to a
    verb with no subject of its own."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.i + 2 >= len(doc) or \
            any(c.dep_ in OBJECT_DEPS for c in tok.children):
        return []
    cc, nxt = doc[tok.i + 1], doc[tok.i + 2]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "or") or nxt.dep_ != "conj" or \
            nxt.head != tok or nxt.pos_ != "VERB" or \
            any(c.dep_ in SUBJECT_DEPS + ("auxpass",) for c in nxt.children):
        return []
    return [c for c in nxt.children if c.dep_ == "dobj"]


def _reversed_roles(tok: Any, args: Arguments, ceded: bool = False) -> Arguments:
    """A role-reversed pattern ('X came under fire from Y', 'X faced pressure by Y'): the
    subject undergoes the event; the party of a from- or by-phrase on the verb, its object or
    the object of its preposition does it (none named: no source). Control lost to a party
    ('lost control of the town to the rebels', ``ceded``) names the seizing party by 'to'."""
    args.target = [undergoer_antecedent(s) or s for s in verb_subject(tok)]
    args.source = reversed_doers(tok, CEDED_PREPS if ceded else DOER_PREPS)
    return args


UNDERGOER_PRONOUNS = ("it", "they")  # 'the convoy was passing X when it came under fire'
ANTECEDENT_CLAUSES = ("advcl", "conj", "ccomp")  # the clause a pronoun subject hangs off


def undergoer_antecedent(subj: Any) -> Any:
    """The noun a pronoun subject of a role-reversed phrase stands for ('the convoy was
    crossing the pass when it came under fire', 'Troops entered the town. They came under
    fire from X'): the non-pronoun subject of the clause its clause hangs off, else the
    subject of the sentence before in the same paragraph, when it agrees in number ('it' a
    singular noun, 'they' a plural); None for any other subject or when nothing agrees."""
    if subj.lower_ not in UNDERGOER_PRONOUNS or subj.pos_ != "PRON":
        return None
    plural = subj.lower_ == "they"
    verb = subj.head
    while verb.dep_ in ANTECEDENT_CLAUSES and verb.head != verb:
        verb = verb.head
        found = _agreeing_subject(verb, plural)
        if found is not None:
            return found
    sent = subj.sent
    if sent.start == 0 or "\n\n" in subj.doc[sent.start - 1].whitespace_ or \
            "\n" in subj.doc[sent.start - 1].text:
        return None
    return _agreeing_subject(subj.doc[sent.start - 1].sent.root, plural)


def _agreeing_subject(verb: Any, plural: bool) -> Any:
    """The non-pronoun common or proper noun subject of ``verb`` (or its passive subject)
    when its number is ``plural``, else None."""
    for s in _children(verb, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS):
        if s.pos_ in ("NOUN", "PROPN") and not is_label(s):
            many = s.tag_ in ("NNS", "NNPS") or bool(s.conjuncts)
            return s if many == plural else None
    return None


PARTY_ENTS = ("PERSON", "NORP", "GPE", "ORG")
NAME_MODIFIER_DEPS = ("compound", "amod", "poss")  # a name before a noun: whose it is
CRITICISM_TYPE = "ACCUSE"  # 'came under criticism (fire) from X' read as words
PARTY_SECTORS = ("GOV", "MIL", "REB", "COP", "OPP")  # sector_nouns that name a party


DOER_PREPS = ("from", "by")  # 'came under fire [from] X', 'faced pressure [by] X'
CEDED_PREPS = ("from", "by", "to")  # 'lost control of the town [to] the rebels'


def reversed_doers(tok: Any, preps: tuple[str, ...] = DOER_PREPS) -> list[Any]:
    """The parties of the from- or by-phrases of a role-reversed phrase, on the verb, its
    object or the object of its preposition ('came under fire [from] X', 'faced pressure
    [by] X')."""
    heads = [tok] + _children(tok, OBJECT_DEPS) + [p for prep in _children(tok, ("prep",))
                                                   for p in _children(prep, ("pobj",))]
    if preps == CEDED_PREPS:  # 'lost control of the crossing [to] X': on the place too
        heads += [p for o in _children(tok, OBJECT_DEPS) for prep in _children(o, ("prep",))
                  for p in _children(prep, ("pobj",))]
    return [s for h in heads for s in _pobjs(h, set(preps)) if s.ent_type_ not in TIME_ENTS]


def names_party(tok: Any, lexicon: Lexicon) -> bool:
    """True when ``tok`` names a party: a proper name, a named group, or a noun of a
    government, armed or opposition sector ('lawmakers', 'militants')."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTS:
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ in NAME_MODIFIER_DEPS and (
            c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTS) for c in tok.children):
        return True  # 'from Boko Haram fighters', 'from Lorani positions'
    nouns = lexicon.patterns.get("sector_nouns", {})
    return any(tok.lemma_.lower() in nouns.get(sector, ()) for sector in PARTY_SECTORS)


ARMED_SECTORS = ("MIL", "REB", "COP")  # sector_nouns of an armed party ('troops', 'militants')
PHYSICAL_ENTS = ("FAC", "LOC")  # a named facility or place ('the Varo bridge')


def armed_or_physical(tok: Any, lexicon: Lexicon) -> bool:
    """True when the subject of ``tok`` is an armed party or a thing force lands on: a noun
    of an armed sector ('troops', 'militants', 'the base', 'police'), a named facility or
    place, or one of ``physical_targets`` (vehicles, vessels, posts, settlements:
    'the convoy', 'positions', 'a village')."""
    nouns = lexicon.patterns.get("sector_nouns", {})
    armed = {n for sector in ARMED_SECTORS for n in nouns.get(sector, ())}
    physical = set(lexicon.patterns.get("physical_targets", ()))
    for subj in verb_subject(tok):
        subj = undergoer_antecedent(subj) or subj  # 'when it came under fire': the convoy
        lemma = subj.lemma_.lower()
        if lemma in armed or lemma in physical or subj.ent_type_ in PHYSICAL_ENTS:
            return True
    return False


def _origins(verb: Any, etype: str) -> list[Any]:
    """The origin of what a verb moves when it also names the destination: 'sent weapons
    from Germany to Ukraine', 'flew aid from Dubai into Gaza', 'moved troops from X toward Y'
    (the to-phrase names whom it reaches; where it leaves from is no target). A withdrawal
    keeps its from-phrase: who is left ('withdrew from X to Y') is the target."""
    if etype in ORIGIN_TARGET_TYPES:
        return []
    heads = [verb, *_children(verb, ("dobj",))]
    if not any(_pobjs(h, DESTINATION_PREPS) for h in heads):
        return []
    return [o for h in heads for o in _pobjs(h, {"from"})]


def _launch_sites(verb: Any, etype: str) -> list[Any]:
    """Where a strike is fired or launched from: 'rockets fired from X', 'drones launched from
    X at Y', 'shelled the town from across the border' (the from-phrase of a launching verb of
    an act of force is the attacker's position, never the one attacked)."""
    if etype != "ASSAULT" or verb.lemma_.lower() not in LAUNCHING_VERBS:
        return []
    return _pobjs(verb, {"from"})


def _held_noun_agents(tok: Any, trig: Trigger) -> list[Any]:
    """The agent of a passive trigger phrase that the parser hung on the phrase's own noun:
    'X was hit [with fresh sanctions] by Y', 'X was slapped with a fine by Y' (the by-phrase
    follows the with-phrase's noun and attaches to it; as the verb's agent it is the doer)."""
    return [a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for noun in prep.children if noun.dep_ == "pobj" and noun in trig.extra
            for a in _pobjs(noun, {"by"}) if _actorish(a) and a.ent_type_ not in TIME_ENTS]


def _stranded_agents(verb: Any) -> list[Any]:
    """The agent of a passive verb that the parser hung on the last noun of the verb's
    complement: 'X was barred from the ceremony by Y', 'X was denied entry to the summit by
    Y', 'X was expelled from the party by Y' (a by-phrase right after a plain noun that names
    no actor, reached from the verb through its object or a preposition, at most two
    phrases down). Only a named agent ('by Poland', 'by the Philippine coast guard'), never
    a time or a manner; none when the verb has an agent of its own."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    nouns = [o for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"
             for o in c.children if o.dep_ == "pobj"] + _children(verb, ("dobj",))
    for _ in range(2):
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.ent_type_ or _actorish(noun):
                continue
            by = [a for a in _pobjs(noun, {"by"}) if a.head.i == noun.i + 1 and
                  a.pos_ != "PRON" and _actorish(a) and a.ent_type_ not in TIME_ENTS]
            if by:
                return by[:1]
        nouns = [o for n in nouns if n.pos_ == "NOUN" and not n.ent_type_
                 for c in n.children if c.dep_ == "prep" and c.lower_ != "by"
                 for o in c.children if o.dep_ == "pobj"]
    return []


def _weapon_inside(obj: Any, trig: Trigger) -> bool:
    """Whether an object is the weapon inside an aimed trigger phrase ('fired [tear gas] at
    the crowd', 'fired [water cannon] at protesters'): a common noun object between the verb
    and the preposition its entry matched, which the phrase names, not whom it hits."""
    return obj.dep_ == "dobj" and obj.head == trig.token and obj.pos_ == "NOUN" and \
        obj.ent_type_ not in NAME_ENTS and trig.start <= obj.idx < trig.end and \
        any(t.dep_ == "prep" and t.i > obj.i for t in trig.extra)


def _launched_from(subjects: list[Any], etype: str) -> list[Any]:
    """Where the weapon that is an attack's subject was fired or launched from: 'a drone
    launched from Yemen struck Eilat', 'rockets fired from Gaza hit Sderot' (a subject naming
    no actor, described by a launching participle whose from-phrase names a state or place, was
    fired by whoever is there; before, the weapon took the country of the place it hit)."""
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or _actorish(subjects[0]):
        return []
    return [o for v in _children(subjects[0], ("acl",)) if v.tag_ == "VBN"
            for o in _launch_sites(v, etype) if _actorish(o) and o.pos_ != "PRON"]


def _fired_by(subjects: list[Any], etype: str) -> list[Any]:
    """Who fired the weapon that is an attack's subject or by-agent: 'rockets fired by X hit
    the town', 'the town was hit by drones launched by X', 'a bomb planted by X killed four'
    (a weapon naming no actor, described by a participle of firing, launching, planting or
    dropping with a by-agent of its own: that agent attacks; before, the weapon, no actor,
    left the attack without a source)."""
    if etype not in ("ASSAULT", "COERCE") or len(subjects) != 1 or \
            subjects[0].pos_ != "NOUN" or _actorish(subjects[0]):
        return []
    return [o for v in _children(subjects[0], ("acl",))
            if v.tag_ == "VBN" and v.lemma_.lower() in FIRING_VERBS
            for o in _pobjs(v, {"by"}) if o.pos_ in ("NOUN", "PROPN")]


def _convened(tok: Any) -> list[Any]:
    """The parties a meeting noun brings together as its verb's subject: 'the talks brought
    together Russian and Ukrainian delegations', 'the summit gathered officials from X, Y
    and Z', 'the meeting involved the ministers of X and Y' (the object, else the states its
    from- or of-phrase names)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or _is_passive(verb):
        return []
    lemma = verb.lemma_.lower()
    if not (lemma in CONVENING_VERBS or (lemma in GATHERING_VERBS and any(
            c.lower_ == "together" for c in verb.children))):
        return []
    objs = _children(verb, ("dobj",))
    named = [t for h in (verb, *objs) for t in _pobjs(h, {"from", "of"}) if _actorish(t)]
    return named[:1] or [o for o in objs if _actorish(o) or any(
        c.ent_type_ in ("GPE", "NORP") for c in o.children)][:1]


def _received_phrase(trig: Trigger) -> tuple[list[Any], list[Any]] | None:
    """Giver and receiver of a verb phrase of receiving what another gives ('X received
    intelligence from Y', 'X is getting weapons from Y', 'X obtained data from Y'): the
    subject receives it (the target) and the from-phrase gives it (the source), as for the
    noun governed by a receiving verb (_received). Not a hosting verb ('X received Y'), whose
    object is a guest, nor a passive."""
    tok = trig.token
    if tok.lemma_.lower() not in RECEIVING_VERBS or not trig.extra or \
            trig.entry.type in HOSTED_TYPES or _is_passive(tok):
        return None
    receivers = verb_subject(tok)
    if not receivers:
        return None
    givers = [g for h in (tok, *trig.extra) for g in _pobjs(h, {"from"})
              if g.ent_type_ not in TIME_ENTS]
    return givers, receivers


REJECTING_TYPES = ("REJECT",)  # no one rejects their own offer
OWNER_PRONOUNS = frozenset({"its"})  # 'their' is as often the mediators' as the reporter's


def _reporter_owner(verb: Any, lexicon: Lexicon) -> list[Any]:
    """'Seoul says Pyongyang rejected its offer of talks', 'Israel said Hamas rejected its
    latest proposal': what is rejected is not the rejecter's own, so 'its' on the object of
    a rejection another state reports is the reporter's; the subject of the
    reporting verb is whom the rejection answers. Only a rejection that is the clause a
    reporting verb with its own subject reports."""
    if verb.dep_ != "ccomp" or not lemma_in(verb.head, lexicon.cue("reporting_verbs")):
        return []
    owned = [o for o in _children(verb, ("dobj",)) + _pobjs(verb, {"to"})
             if any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in o.children)]
    if not owned:
        return []
    return [s for s in verb_subject(verb.head) if s.pos_ != "PRON" and _actorish(s)]


def _object_authors(objs: list[Any]) -> list[Any]:
    """'rejected the proposal made by X', 'a ceasefire proposed by X was rejected', 'condemned
    the raid carried out by X': the by-agent of a past participle on the object of a
    response is whom it answers, as the owner of 'X's proposal' is; not the mediator of a
    truce its parties agree to ('agreed to a truce brokered by X': X mediated, a third party)."""
    by = [a for o in objs if o.pos_ == "NOUN"
          for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" and not _mediation(c)
          for a in _pobjs(c, {"by"}) if _actorish(a)][:2]  # a mediator is no author
    return by or _relative_authors(objs) or _hyphen_authors(objs)


def _hyphen_authors(objs: list[Any]) -> list[Any]:
    """'accepted an Egyptian-proposed ceasefire', 'rejected the Saudi-drafted plan': the name
    before the hyphen of a participle on the answered noun is its author, as the by-agent of
    'the plan proposed by X' is; not a mediator ('an Egypt-brokered truce'). A backer or
    sponsor ('a UN-backed truce') stays out, as it does for any actor (``ORIGIN_WORDS``)."""
    return [n for o in objs if o.pos_ == "NOUN"
            for c in o.children if c.dep_ == "amod" and c.tag_ == "VBN" and not _mediation(c)
            for n in c.children if n.dep_ == "npadvmod" and n.i < c.i and _actorish(n)
            and n.pos_ != "PRON"][:2]


def _relative_authors(objs: list[Any]) -> list[Any]:
    """'rejected the demands, which X presented last week', 'dismissed the plan X put
    forward': the named subject of a relative clause on the object noun whose verb makes
    or puts it forward (``AUTHORING_VERBS``) is its author, as the by-agent of 'the demands
    presented by X' is; not a relative pronoun ('the plan that gave X …') nor another
    verb ('the charges, which X called baseless': X only judges them)."""
    return [s for o in objs if o.pos_ == "NOUN"
            for c in o.children if c.dep_ == "relcl" and c.lemma_.lower() in AUTHORING_VERBS
            and not any(a.dep_ in ("auxpass", "nsubjpass") for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP")
            and s.pos_ != "PRON" and _actorish(s)][:2]


def _object_by_agents(verb: Any, objs: list[Any], passive: bool = False) -> list[Any]:
    """'denied the accusation by X', 'rejected the offer by X': the named by-phrase on the
    object noun of a response (or on its of-object: 'the claims of genocide by X'; or, for
    an active verb, which takes no agent, hung by the parser on the verb) names whom it
    answers, as the owner of 'X's accusation' does. A passive's answered noun is its
    subject ('the accusation by X was rejected by Y': X; Y, the verb's agent, answers)."""
    if not any(o.pos_ == "NOUN" for o in objs):
        return []
    nouns = [o for o in objs if o.pos_ == "NOUN"]
    agents = [a for o in nouns for a in _pobjs(o, {"by"})]
    agents += [a for o in nouns for of in _pobjs(o, {"of"}) for a in _pobjs(of, {"by"})
               if of.pos_ == "NOUN" and not _actorish(of)]  # 'the claims of genocide by X'
    agents += _pobjs(verb, {"by"}) if not passive and any(o.dep_ == "dobj" for o in objs) else []
    return [a for a in agents if _actorish(a) and not _manner(a)][:2]


def _beneficiaries(trig: Trigger, lexicon: Lexicon) -> list[Any]:
    """Whom the noun of a verbal trigger is directed at ('suspended part of an aid program
    for X', 'pledged $5 million in assistance to X'): the named object of a target phrase
    on that noun (or on the noun it is a compound of), as for a nominal trigger."""
    nouns = [e.head if e.dep_ == "compound" else e for e in trig.extra if e.pos_ == "NOUN"]
    preps = _target_preps(lexicon, nominal=True)
    return [o for n in nouns for o in _pobjs(n, preps) if _actorish(o)][:1]


def _summoned(tok: Any) -> list[Any]:
    """Whom the verb an infinitive of purpose hangs off acts on, when the purpose names no
    one ('summoned the Japanese ambassador to protest the visit', 'met X to discuss trade'):
    the named object of that verb."""
    if tok.dep_ not in ("advcl", "xcomp") or not _purpose(tok) or tok.head.pos_ != "VERB":
        return []
    return [o for o in _children(tok.head, OBJECT_DEPS) if _actorish(o)][:1]


def _letter_recipients(verb: Any) -> list[Any]:
    """'In a letter to the Security Council, Iraq demanded …', 'in a message to Tokyo,
    Beijing protested …', 'in a note addressed to X': whom the letter carrying a demand,
    protest or charge is addressed to is whom it addresses."""
    out = []
    for letter in _pobjs(verb, {"in", "through", "via"}):
        if letter.lemma_.lower() not in LETTER_NOUNS:
            continue
        out += [t for t in _pobjs(letter, {"to"}) if _actorish(t)]
        out += [t for c in _children(letter, ("acl",)) for t in _pobjs(c, {"to"}) if _actorish(t)]
    return out[:2]


def _passive_controller(tok: Any) -> list[Any]:
    """Who undergoes a subjectless passive gerund or infinitive: the subject of the clause
    it hangs off ('X died after being detained', 'Y refused to be questioned')."""
    if not has_child(tok, "auxpass") and not _adjunct_passive(tok):
        return []
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        verb = tok.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "pobj":  # 'X died after his release from
            verb = _clause_verb(verb)  # being detained': the clause's subject undergoes it
    elif tok.dep_ in ("xcomp", "advcl"):
        verb = tok.head
    else:
        return []
    return verb_subject(verb) if verb.pos_ in ("VERB", "AUX") else []


def _reporter_of_conjunct(tok: Any, lexicon: Lexicon) -> list[Any]:
    """'X said the blockade was illegal and demanded its removal', parsed with 'demanded'
    joined to the reported 'was': when the reported clause's subject is an event noun (which
    demands nothing), the conjunct verb shares the reporting verb's subject."""
    head = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.dep_ != "ccomp" or \
            head.lemma_ != "be" or not lemma_in(head.head, lexicon.cue("reporting_verbs")):
        return []
    subj = _children(head, SUBJECT_DEPS)
    if not subj or any(_actorish(s) or not lexicon.candidates("noun", s.lemma_.lower())
                       for s in subj):
        return []
    return verb_subject(head.head)


PARTICIPLE_SPEECH_TYPES = ("ACCUSE", "REJECT", "REQUEST", "THREATEN")


def _reporter_of_participle(tok: Any, etype: str | None, lexicon: Lexicon) -> list[Any]:
    """'X said its troops would not complete the withdrawal, [accusing] Y of ...': a speech
    participle set off by a comma after a reported clause, which the parser hangs on the
    reported verb, is said by the reporter (the reported clause's subject, here X's troops, says
    nothing): the reporting verb's subject."""
    if etype not in PARTICIPLE_SPEECH_TYPES or tok.dep_ != "advcl" or tok.tag_ != "VBG" or \
            not tok.i or tok.doc[tok.i - 1].text != ",":
        return []
    head = tok.head
    while head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp" or not lemma_in(head.head, lexicon.cue("reporting_verbs")):
        return []
    return verb_subject(head.head)


def _defier(tok: Any, src: list[Any]) -> list[Any]:
    """'X tested the missile despite threats of Y sanctions', 'X pressed ahead in spite of
    protests from Y', 'notwithstanding criticism by Y, X approved the dam': a threat,
    protest, charge, demand or sanction a clause goes ahead despite was aimed at whoever
    goes ahead, the subject of the verb the concessive phrase hangs on (the reverse of
    ``_pressers``); else none."""
    head = first_conjunct(tok)
    while head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in SERIES_NOUNS:
        head = head.head.head  # 'despite a wave of protests'
    prep = head.head
    if head.dep_ == "dobj" and prep.lemma_.lower() in DISREGARDING_VERBS:
        return [o for o in (_owner(s) for s in verb_subject(prep))
                if o not in src and _actorish(o) and o.pos_ != "PRON"]  # 'X ignored Y's warnings'
    if head.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and (
            prep.head.lower_ == "spite" or prep.head.lemma_.lower() in DEFIANCE_NOUNS):
        prep = prep.head.head  # 'in spite of', 'in defiance of'
    elif prep.lower_ not in DEFYING_PREPS:
        return []
    verb = prep.head
    if verb.pos_ in NOUN_TAGS and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # 'pressed ahead with the plan in defiance of X', hung on 'plan'
    elif verb.pos_ in NOUN_TAGS and verb.dep_ == "dobj":
        verb = verb.head  # 'held the vote in defiance of X'
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [o for o in (_owner(s) for s in verb_subject(verb))
            if o not in src and _actorish(o) and o.pos_ != "PRON"]


def _pressers(verb: Any) -> list[Any]:
    """'refused to resign despite pressure from X', 'rejected the deal amid calls by X', 'in
    the face of American pressure': who presses for what is refused."""
    for v in (verb, *_children(verb, ("xcomp",))):
        nouns = [g for p in v.children if p.dep_ == "prep" and p.lower_ in PRESSURE_PREPS
                 for g in p.children if g.dep_ == "pobj"]
        nouns += [g for p in v.children if p.dep_ == "prep" and p.lower_ == "in"
                  for f in p.children if f.dep_ == "pobj" and f.lower_ == "face"
                  for o in f.children if o.dep_ == "prep" and o.lower_ == "of"
                  for g in o.children if g.dep_ == "pobj"]  # 'in the face of X's pressure'
        for noun in nouns:
            if noun.lemma_.lower() in PRESSURE_NOUNS:
                found = _modifier_actors(noun) + _pobjs(noun, {"from"})
                if found:
                    return found
    return []


def _instrument_preps(verb: Any, trig: Trigger) -> frozenset[str]:
    """{'with'} when a use of force already has its object ('shelled the town with
    artillery', 'attacked the convoy with drones'): the with-phrase is its means, not a
    second target; nothing otherwise ('clashed with the rebels')."""
    if trig.entry.type not in FORCE_TYPES or not any(
            o not in trig.extra for o in _children(verb, ("dobj",))):
        return frozenset()
    if any(_actorish(o) for o in _pobjs(verb, {"with"})):
        return frozenset()
    return INSTRUMENT_PREPS


def _free_relative(tok: Any) -> list[Any]:
    """'struck what the army said were rebel camps', 'condemned what it called Chilean
    aggression': the noun phrase a free relative names stands for it (the 'what' object
    itself, or the clause it opens, names nothing)."""
    if not any(_governs(tok, w) for w in word_positions(tok.doc, "what", "WP")):
        return []  # no 'what' in the phrase (its subtree holds only ``tok``'s dependents)
    first = min(tok.subtree, key=lambda t: t.i)
    if first.lower_ != "what" or first.tag_ != "WP":
        return []
    for head in (first.head, *(c for c in first.head.children if c.dep_ == "ccomp")):
        named = [c for c in head.children if c.dep_ in ("oprd", "attr")]
        if named:
            return named[:1]  # 'what it called X', 'what X said were Y'
        if head.pos_ in ("NOUN", "PROPN") and head != first:
            return [head]  # 'to what it said were repeated violations'
    return []


def _governs(tok: Any, i: int) -> bool:
    """Whether token ``i`` is ``tok`` or one of its dependents, from the document's heads."""
    head = heads(tok.doc)
    for _ in range(len(head)):
        if i == tok.i:
            return True
        if head[i] == i:
            return False
        i = head[i]
    return False


def _conditioned(verb: Any, source: list[Any], lexicon: Lexicon, etype: str) -> list[Any]:
    """The subject of an 'if' / 'unless' clause of a punitive act or of the act it governs,
    whose conduct it answers ('sanctions would be imposed if X activated the system',
    'threatened to strike back if X continued'), or the agent of a passive one ('would
    retaliate if attacked by X'); not when the actor is a
    pronoun that may be that subject ('if X judges …, it could resume strikes'), nor when
    the clause is itself an act of the same type (its subject acts there)."""
    if any(t.pos_ == "PRON" and t.lower_ not in ("we", "i") for t in source):
        return []
    names = {t.lower_ for t in source}
    out = []
    clauses = [c for v in (verb, *_children(verb, ("xcomp", "ccomp"))) for c in v.children]
    for c in clauses:  # 'threatened to strike back if X ...', 'warned it would respond if ...'
        if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                        for m in c.children):
            continue
        same = match_token(c, lexicon)
        if same is None or same.entry.type != etype:
            subjects = [s for s in _children(c, SUBJECT_DEPS)
                        if s.pos_ != "PRON" and s.lower_ not in names]
            out += subjects or ([b for b in _pobjs(c, {"by"}) if b.lower_ not in names]
                                if _is_passive(c) or not _children(c, SUBJECT_DEPS) else [])
            # 'would strike back if attacked by X': the by-agent's conduct is answered
    return out


def _actorish(tok: Any) -> bool:
    """True for a token that can name an actor (a name or a pronoun)."""
    return tok.ent_type_ in NAME_ENTS or tok.pos_ in ("PROPN", "PRON") or any(
        c.ent_type_ in NAME_ENTS for c in child_tokens(tok, ("amod", "compound", "poss")))


USING_VERBS = frozenset({"use", "employ"})


def _complement_objects(verb: Any) -> list[Any]:
    """The objects of a complement's verb, but not what is used: 'agreed not to use force
    against each other', 'threatened to use force against X', 'vowed not to employ chemical
    weapons': the means used is no party (the party is the against-phrase, read apart)."""
    if verb.lemma_.lower() in USING_VERBS:
        return []
    return _children(verb, OBJECT_DEPS)


def _complement_targets(tok: Any, lexicon: Lexicon, etype: str) -> list[Any]:
    """Targets inside the complement: 'threatened to cut off electricity [to X]',
    'demanded that [X] match', 'rejected calls [by X]'."""
    out: list[Any] = []
    preps = _target_preps(lexicon, nominal=False)
    for c in tok.children:
        if c.dep_ == "xcomp":
            out += _complement_objects(c) + _pobjs(c, preps)
            if _mediation(c):
                out += _mediated(c)  # 'offered to mediate between X and Y'
            for o in _children(c, ("dobj",)):
                out += _pobjs(o, {"to", "on", "against", "with", "of", "for"})
            if etype in AUTHORED_OBJECT_TYPES:  # 'refused to recognise the ruling by X',
                # 'refused to comply with demands by X': the author of what is answered
                out += _object_by_agents(c, _children(c, ("dobj",)) + _pobjs(c, {"with", "to"}))
            if etype in CONDITION_TYPES:
                out += _condition_subjects(c)
        elif c.dep_ == "advcl" and etype in FORCE_TYPES and _purpose(c):
            out += _children(c, ("dobj",))  # 'opened fire to disperse the protesters'
        elif c.dep_ == "ccomp" and etype == "AID" and (
                helped := [h for h in helped_parties(tok) if h.head.i == c.i]):
            out += helped  # 'helped [X] build a port': who is helped, not the port
        elif c.dep_ == "ccomp" and (named := _free_relative(c)):
            out += named  # 'struck what the army said were rebel camps'
        elif c.dep_ == "ccomp" and etype in ADDRESSEE_IN_CLAUSE:
            out += _children(c, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS)  # 'demanded that X ...'
        elif c.dep_ == "advcl" and etype in ADDRESSEE_IN_CLAUSE and _for_clause(c):
            out += _children(c, SUBJECT_DEPS)  # 'called for X to end the war'
        elif c.dep_ == "ccomp" and etype in THREAT_IN_CLAUSE:
            named = [s for s in _children(c, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS)
                     if s.pos_ != "PRON" and _actorish(s)]  # 'threatened that X would pay'
            # the threatener's own act ('warned that it / its jets could strike X'): whom
            # the act is aimed at
            out += named or _complement_objects(c) + _pobjs(c, {"against", "on", "to"})
        elif c.dep_ == "ccomp":
            out += _complement_objects(c) + _pobjs(c, {"against", "on", "to"})
        elif c.dep_ == "dobj" and c.pos_ == "NOUN":
            out += _pobjs(c, {"by", "from", "of", "to", "on", "against", "into"})
            out += [o for o in _pobjs(c, {"for"}) if _actorish(o)]  # 'an aid program for X'
            out += [m for m in c.children if m.dep_ in ("poss", "amod", "compound")
                    and (m.ent_type_ in NAME_ENTS or (m.dep_ == "poss" and m.pos_ == "NOUN"
                                                      and _actorish(m)))]
            # "the Turkish government's decision": a possessor its own name modifier places
    return out


def _for_clause(verb: Any) -> bool:
    """'called for X to end the war', 'pressed for X to withdraw': an infinitive clause marked
    by 'for' with a subject of its own, which the parser hangs on the verb as an adverbial
    clause; its subject is whom the call addresses."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _purpose(verb: Any) -> bool:
    """True for an infinitive of purpose ('deployed to push back the rebels')."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _condition_subjects(verb: Any) -> list[Any]:
    """'to hold a strike unless X rescinded …': the subject of the condition, whom the
    threat addresses."""
    return [s for c in verb.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
            for s in _children(c, SUBJECT_DEPS) if s.pos_ != "PRON"]


def lemma_in(tok: Any, words: set[str]) -> bool:
    """True when the token's lemma (or its form minus an inflection) is one of ``words``."""
    low = tok.lower_
    return tok.lemma_.lower() in words or any(low[:-k] in words for k in (1, 2, 3)
                                              if len(low) > k + 2)


def _is_trigger_verb(verb: Any, lexicon: Lexicon) -> bool:
    """True when the verb is itself an event trigger here or a reporting verb ('distributed
    relief' is no trigger: the lexicon's 'distribute' entries need other objects)."""
    return match_token(verb, lexicon) is not None or \
        lemma_in(verb, lexicon.cue("reporting_verbs"))


APPROVAL_VERBS = {"praise", "hail", "welcome", "applaud", "commend", "laud", "salute"}


def _approval_verb(verb: Any, noun: Any) -> bool:
    """A verb of approval names an act another party did ('welcomed the release of the
    hostages', 'welcomed the visit of X'): it is no light verb whose subject does it, unless
    the act's with-phrase names the other side ('praised his talks with X', 'welcomed the
    talks with X': the praising party is the first)."""
    return verb.lemma_.lower() in APPROVAL_VERBS and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _support_verb(tok: Any, lexicon: Lexicon) -> tuple[Any, str] | tuple[None, str]:
    """The verb governing a nominal trigger, and how ('object', 'in' or ''): a light verb, or
    any verb taking it as object ('ramped up attacks') that is neither a trigger, a reporting
    verb nor a verb whose subject undergoes the event ('suffered attacks')."""
    head = first_conjunct(tok)
    while head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in SERIES_NOUNS:
        head = head.head.head  # 'leveled a string of criticisms', 'a wave of arrests'
    if head.dep_ == "dobj" and head.head.lower_ in PREPOSITION_PARTICIPLES and \
            head.head.dep_ in ("advcl", "prep") and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head, "in"  # 'Following talks with X, both leaders ...'
    claimer = _claimer_verb(head)
    if claimer is not None:
        return claimer, "object"
    role = _role_verb(head)
    if role is not None:
        return role, "object"
    outer = _participle_governor(head)
    if outer is not None and lemma_in(outer, lexicon.cue("support_verbs")):
        return outer, "object"  # 'X conducted drills encircling Y'
    if head.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        if lemma_in(verb, lexicon.cue("support_verbs")):
            return verb, "object"
        if (head.dep_ == "dobj" or (head.dep_ == "nsubjpass" and _pobjs(verb, {"by"}))) and \
                verb.pos_ == "VERB" and not _is_trigger_verb(verb, lexicon) and \
                not _approval_verb(verb, head) and (verb.lemma_.lower() in APPROVAL_VERBS or
                                                    not lemma_in(verb, lexicon.cue("undergo_verbs"))):
            return verb, "object"  # 'resumed the shelling', 'the shelling was resumed by X'
    adhered = _adhering_verb(head)
    if adhered is not None:
        return adhered, "object"  # 'X signed on to the truce', 'Y acceded to the treaty'
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in IN_PREPS:
        verb = head.head.head
        if verb.pos_ in ("VERB", "AUX"):
            return verb, "in"
    return None, ""


ADHERING_VERBS = ("accede", "adhere", "subscribe")  # 'X acceded to the treaty'
SIGNING_PARTICLES = ("on", "up")  # 'X signed on / up to the deal'


def _adhering_verb(head: Any) -> Any:
    """The verb by which its subject makes itself party to a deal named in its to-phrase ('X
    signed on to the ceasefire', 'X signed up to the pact', 'X acceded to the treaty', 'X
    adhered to the accord'): its subject is a party of the deal; else None."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "to":
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in ADHERING_VERBS or (lemma == "sign" and any(
            c.dep_ == "prt" and c.lower_ in SIGNING_PARTICLES for c in verb.children)):
        return verb
    return None


def first_conjunct(tok: Any) -> Any:
    """The first of the conjuncts ``tok`` belongs to ('attacks and [raids]' -> 'attacks'),
    which carries the coordination's relation to the rest of the sentence."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _role_verb(head: Any) -> Any:
    """'X played a key role in the talks', 'Y took part in the negotiations': the verb whose
    object is the role noun the event hangs off (its subject takes part); else None."""
    prep = head.head
    noun = prep.head
    if head.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() not in ROLE_NOUNS or \
            noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    return noun.head


def _targeted_verb(tok: Any) -> Any:
    """The verb of 'X faced sanctions', 'the move drew criticism', 'X suffered attacks', whose
    subject undergoes the event noun it takes as object, also through a series noun ('X faced
    a wave of drone attacks', 'suffered a string of raids'), and of the passive 'X was
    subjected / exposed to attacks'; else None."""
    head = first_conjunct(tok)
    while head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in SERIES_NOUNS:
        head = head.head.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in TARGETED_VERBS:
        return head.head
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.dep_ == "prep" and \
            head.head.head.lemma_.lower() in BRACING_VERBS:
        return head.head.head  # 'X braced for attacks by Y', 'X is bracing for a Y offensive'
    if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.dep_ == "prep" and \
            head.head.head.lemma_.lower() in MET_WITH_VERBS and (
                _is_passive(head.head.head) or _met_with_active(head.head.head)):
        return head.head.head  # 'the decision by X was met with criticism from Y'
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.dep_ == "prep" and \
            head.head.head.lemma_.lower() in SUBJECTED_VERBS and _is_passive(head.head.head):
        return head.head.head  # 'X has been subjected to rocket attacks from Y'
    return None


MET_WITH_ACTIVE = ("meet",)  # 'the plan met with rejection from Y', as 'was met with'


def _met_with_active(verb: Any) -> bool:
    """'Kenya's proposal met with rejection from Somalia', 'the plan met with resistance': the
    active 'meet with' an event noun (the caller's) and no object of its own, whose subject
    undergoes the event as under the passive 'was met with' (not 'greeted X with',
    where the subject acts)."""
    return verb.lemma_.lower() in MET_WITH_ACTIVE and not _children(verb, ("dobj",)) and \
        bool(verb_subject(verb))


def _undergoing_subjects(verb: Any) -> list[Any]:
    """Who undergoes the event noun of a ``_targeted_verb``: its subject ('X faced
    sanctions'), or for the passive 'was met / greeted with', 'was subjected / exposed to' the
    passive subject."""
    if _is_passive(verb) and verb.lemma_.lower() in MET_WITH_VERBS + SUBJECTED_VERBS:
        return _children(verb, PASSIVE_SUBJECT_DEPS)
    return verb_subject(verb)


def refusal_entry(entry: Any) -> bool:
    """True for a lexicon entry that makes its verb a refusal whatever it governs ('deny',
    'reject', 'dismiss'; not 'reveal', a refusal only of the noun 'refusal')."""
    return entry.type == "REJECT" and not (
        entry.object or entry.prep or entry.particle or entry.xcomp or entry.prep_object or
        entry.governor or entry.modifier or entry.object_modifier or entry.needs_context or
        entry.object_actor or entry.object_place or entry.xcomp_any or entry.no_object)


def _answering_verb(tok: Any, lexicon: Lexicon) -> tuple[Any, bool]:
    """The verb whose subject answers the event noun ``tok`` names, and whether it is a
    response rather than a refusal: 'X responded / reacted / replied to the Y strikes', 'X
    retaliated for the attacks', 'X avenged the raid' (responses), 'X rejected / denied /
    dismissed the Y demands' (a verb of refusal, REJECT whatever it governs), also in the
    passive ('the Y demands were rejected by X'). Who answers an act was its target. (None,
    False) otherwise."""
    head = first_conjunct(tok)
    while head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in SERIES_NOUNS:
        head = head.head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb, prep = head.head.head, head.head.lower_
        if verb.pos_ == "VERB" and (prep, verb.lemma_.lower()) in RESPONSE_PREPS:
            return verb, True
    if (head.dep_ == "dobj" or head.dep_ == "nsubjpass" and _is_passive(head.head)) and \
            head.head.pos_ == "VERB":  # 'the accusations from Y were dismissed by X': X answers
        verb = head.head
        if verb.lemma_.lower() in RESPONSE_OBJECT_VERBS:
            return verb, True
        if any(refusal_entry(e) for e in lexicon.candidates("verb", verb.lemma_)):
            return verb, False
    return None, False


def _undergone_by(tok: Any) -> list[Any]:
    """Who undergoes the event noun ``tok`` by the phrase around it: 'X was the target of Y
    shelling', 'X fell victim to attacks', 'X has seen a surge in attacks by Y', 'X has been
    plagued / rocked / ravaged by attacks', 'X foiled / thwarted / intercepted an attack',
    'X struggles to contain attacks': the subject of that verb; else none."""
    head = first_conjunct(tok)
    while head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in SERIES_NOUNS:
        head = head.head.head
    if head.dep_ == "pobj" and head.head.lower_ == "in" and \
            head.head.head.lemma_.lower() in RISE_NOUNS:  # 'a surge in attacks'
        rise = head.head.head
        if rise.dep_ == "dobj" and rise.head.lemma_.lower() in TARGETED_VERBS + WITNESS_VERBS:
            return verb_subject(rise.head)
        return []
    if head.dep_ == "dobj" and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in FOILING_VERBS:
        return verb_subject(head.head)
    if head.dep_ != "pobj" or head.head.dep_ not in ("prep", "agent"):
        return []
    prep, above = head.head, head.head.head
    lemma = above.lemma_.lower()
    if prep.lower_ in ("of", "to") and lemma in VICTIM_NOUNS and \
            above.dep_ in ("attr", "oprd", "dobj") and above.head.pos_ in ("VERB", "AUX"):
        return verb_subject(above.head)  # 'X was the target of attacks'
    if prep.lower_ == "to" and lemma == "fall" and any(
            c.dep_ in ("attr", "oprd", "dobj") and c.lemma_.lower() in VICTIM_NOUNS
            for c in above.children):
        return verb_subject(above)  # 'X fell victim to attacks', the parser's to-phrase
    if prep.lower_ == "by" and lemma in AFFLICTING_VERBS and _is_passive(above):
        return _children(above, PASSIVE_SUBJECT_DEPS)  # 'X has been plagued by attacks'
    return []


def _stray_modifier(tok: Any) -> Any:
    """The nationality the parser takes for the object of an undergoing verb when an -ing
    event noun follows it ('X suffered heavy Russian shelling' read as 'suffered Russian' with
    'shelling' a clause of its own): it modifies the event noun and names who did it."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or not tok.i or \
            tok.head.lemma_.lower() not in TARGETED_VERBS:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.dep_ == "dobj" and prev.head == tok.head and prev.pos_ in ("ADJ", "PROPN") and \
            prev.ent_type_ in NAME_ENTS:
        return prev
    return None


def _owner(noun: Any) -> Any:
    """Who a common noun belongs to ('Russia's decision', 'the move by Russia'), else the noun."""
    if noun.pos_ != "NOUN":
        return noun
    owners = _children(noun, ("poss",)) + _pobjs(noun, {"by"})
    return owners[0] if owners else noun


def _sequel(tok: Any) -> bool:
    """True for an event noun in a time phrase before or after which its clause happens
    ('after the attack on the convoy, X closed the border', 'following the arrests')."""
    head = first_conjunct(tok)
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ in SEQUEL_PREPS) or \
        (head.dep_ == "dobj" and prep.lower_ in SEQUEL_PREPS and prep.dep_ in ("advcl", "prep"))


def _protected(tok: Any) -> list[Any]:
    """'protect villagers from attacks by Y', 'shield the city from strikes': the object of a
    protecting verb undergoes the event its from-phrase names (and the protector, the verb's
    subject, does not do it)."""
    head = first_conjunct(tok)
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "from" or prep.head.lemma_.lower() not in \
            PROTECTING_VERBS:
        return []
    return [o for o in _children(prep.head, ("dobj",)) if o.ent_type_ not in TIME_ENTS]


def _claimer_verb(head: Any) -> Any:
    """The verb of a claim of responsibility for an event noun, whose subject (or by-agent)
    did it: 'X claimed the attack', 'the bombing was claimed by X', 'X claimed
    responsibility / took credit for the attack'; else None."""
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in CLAIMING_VERBS:
        return head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for":
        return None
    noun = prep.head  # 'responsibility for X', or the verb when 'for X' hangs off it
    if noun.lemma_.lower() in RESPONSIBILITY_VERBS and \
            any(c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in _children(noun, ("dobj",))):
        return noun
    if noun.lemma_.lower() in RESPONSIBILITY_NOUNS and noun.dep_ in ("dobj", "nsubjpass") and \
            noun.head.lemma_.lower() in RESPONSIBILITY_VERBS:
        return noun.head
    return None


def claimed_event(tok: Any) -> bool:
    """True for an event noun whose author a claim of responsibility names."""
    head = first_conjunct(tok)
    return _claimer_verb(head) is not None


def _participle_governor(tok: Any) -> Any:
    """The verb a noun is really the object of when parsed as the subject of a following
    participle ('X conducted drills encircling Y': 'drills' subject of a ccomp 'encircling'):
    the participle's governor, when it has no object of its own; else None."""
    vbg = tok.head
    if tok.dep_ != "nsubj" or vbg.tag_ != "VBG" or vbg.dep_ not in ("ccomp", "xcomp", "advcl") or \
            vbg.head.pos_ != "VERB" or _children(vbg.head, ("dobj",)):
        return None
    return vbg.head


def _name_ends(toks: list[Any]) -> list[Any]:
    """The last token of each actor-like named entity among ``toks``."""
    return [t for t in toks if t.ent_type_ in NAME_ENTS and
            (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")]


SIDE_PLACE_PREPS = frozenset({"in", "at"})  # 'between X and Y in Brasilia': where, no side


def _side(toks: list[Any]) -> list[Any]:
    """The token naming one side of a 'between' phrase: a person if any, else the last name;
    not a name in a place phrase after the side's own ('talks between Venezuela and Guyana
    in Brasilia', 'clashes between the army and rebels at Goma': Guyana, the rebels)."""
    cut = next((t.i for t in toks if t.dep_ == "prep" and t.lower_ in SIDE_PLACE_PREPS), None)
    if cut is not None and _name_ends([t for t in toks if t.i < cut]):
        toks = [t for t in toks if t.i < cut]
    ends = _name_ends(toks)
    people = [t for t in ends if t.ent_type_ == "PERSON"]
    return people[-1:] or ends[-1:]


SETTING_PREPS = frozenset({"in", "at", "during", "after", "following"})
MEETING_LEMMAS = frozenset({"talk", "talks", "meeting", "negotiation", "summit", "conference",
                            "session", "round"})
ATTENDING_VERBS = frozenset({"attend", "hold", "join"})  # 'talks attended / held by X and Y'
PARTNERED_TYPES = ("AGREE", "CONSULT", "COOPERATE")  # 'in talks with X, Y agreed': X, the
# partner (a withdrawal after talks with X is not aimed at X)


def _meeting_parties(verb: Any) -> tuple[list[Any], list[Any]]:
    """'Agreement was reached in talks with X and Y', 'an accord was reached at talks
    attended by X and Y', 'a truce was signed after talks between X and Y': an agentless
    passive of an event between parties (an agreement reached, a deal signed) was made by
    the parties of the meeting its setting phrase names (``meeting_named``). The first named
    party as source, the others as targets, as for 'between X and Y'."""
    named = meeting_named(verb)
    return named[:1], named[1:]


def meeting_named(verb: Any) -> list[Any]:
    """The parties named by the between-, with- or attended-by phrase of a meeting noun
    ('talks', 'a summit') in a setting phrase of ``verb`` ('in talks with X and Y', 'at
    talks attended by X and Y', 'after talks between X and Y'), in order; no pronoun."""
    for noun in _pobjs(verb, SETTING_PREPS):
        if noun.lemma_.lower() not in MEETING_LEMMAS and noun.lower_ not in MEETING_LEMMAS:
            continue
        src, tgt = _between(noun)
        named = src + tgt or _pobjs(noun, {"with"}) + [
            a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in ATTENDING_VERBS for a in _pobjs(c, {"by"})]
        named = [n for n in named if _actorish(n) and n.pos_ != "PRON"]
        if named and not src:
            named = named[:1] + list(conjuncts(named[0])) + named[1:]
        if named:
            return named
    return []


def _between(tok: Any) -> tuple[list[Any], list[Any]]:
    """'between X and Y': X as source, Y as target (robust to mis-attached names)."""
    for prep in child_tokens(tok, ("prep",)):
        if prep.lower_ not in ("between", "among", "amongst"):
            continue
        clauses = {d.i for t in prep.subtree if t.dep_ in ("relcl", "acl") for d in t.subtree}
        sub = sorted((t for t in prep.subtree if t.i not in clauses), key=lambda t: t.i)
        # 'between X and Y, whose ties were strained by Z': not Z
        cut = next((t.i for t in sub if t.dep_ == "cc" and t.lower_ == "and"), None)
        if cut is not None:
            left, right = _side([t for t in sub if t.i < cut]), _side([t for t in sub if t.i > cut])
            if left and right:
                return left, right
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if objs:
            return objs[:1], list(conjuncts(objs[0]))
    return [], []


def _answered_parties(objs: list[Any], source: list[Any]) -> list[Any]:
    """'India backed the agreement between Britain and Mauritius', 'China welcomed the truce
    between Ethiopia and Eritrea', 'rejected the pact between Russia and Iran': the parties of
    the thing a response answers, named by a between-phrase on the answered noun itself, are
    whom it answers (as the author of 'X's proposal' is), apart from the actor itself."""
    own = {_name_text(s) for s in source if s.pos_ != "PRON"}
    out: list[Any] = []
    for obj in (o for o in objs if o.pos_ == "NOUN"):
        left, right = _between(obj)
        out += [p for p in left + right if p not in out and _actorish(p) and p.pos_ != "PRON"
                and _name_text(p) not in own]
    return out


def _asked_parties(obj: Any) -> list[Any]:
    """'called for a ceasefire between X and Y', 'urged an end to the fighting between X and
    Y': the parties of the event asked for, in the object's phrase."""
    for t in obj.subtree:
        if t.dep_ == "prep" and t.lower_ in ("between", "among", "amongst") and \
                t.head.pos_ == "NOUN":
            left, right = _between(t.head)
            if left or right:
                return left + [r for r in right if r not in left]
    return []


def _border_pair(tok: Any) -> tuple[list[Any], list[Any]]:
    """'fighting along the Thai-Cambodian border', 'clashes on the Israel-Lebanon frontier':
    the two names joined by a hyphen before the border an event happens at are its two sides
    (X as source, Y as target, as for 'between X and Y'); the border phrase may hang on the
    noun or, for an event noun that is its verb's subject, on that verb."""
    hosts = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])
    doc = tok.doc
    for border in [b for h in hosts for b in _pobjs(h, BORDER_PREPS)]:
        if border.lemma_.lower() not in BORDER_NOUNS or border.i < 3:
            continue
        left, dash, right = doc[border.i - 3], doc[border.i - 2], doc[border.i - 1]
        if dash.text in HYPHENS and left.text[:1].isupper() and right.text[:1].isupper() and \
                right.head.i == border.i and left.head.i in (right.i, border.i) and \
                left.lower_ != right.lower_:
            return [left], [right]
    return [], []


def _mediation(tok: Any) -> bool:
    """True for a word of mediation ('mediate', 'brokered', 'a mediation effort')."""
    lemmas = column(tok.doc, "lemma")
    return lemmas[tok.i] in MEDIATION_WORDS or any(
        lemmas[j] in MEDIATION_WORDS for j in children(tok.doc)[tok.i]
        if column(tok.doc, "dep")[j] == "compound")


def _mediated(tok: Any) -> list[Any]:
    """The parties a mediation is between: 'mediate between X and Y', 'launched a mediation
    effort between X and Y', 'brokered a truce between X and Y', 'mediate in a dispute
    between X and Y' (both sides are the mediator's targets)."""
    places = [tok, *_children(tok, ("dobj",)), *_pobjs(tok, {"in"})]
    if tok.dep_ == "dobj":
        places.append(tok.head)  # 'launched a mediation effort on Saturday between X and Y'
    for place in places:
        left, right = _between(place)
        if left:
            return left + [t for t in right if t not in left]
    return []


def _broker(tok: Any) -> tuple[list[Any], list[Any]]:
    """'talks brokered by X between Y and Z', 'negotiations mediated by X between Y and Z':
    the by-agent of a mediation participle on the noun of talks mediates, between the named
    parties (also when the parser hangs the between-phrase on the agent); else nothing. A
    truce or withdrawal noun keeps its parties: they, not the mediator, stop fighting."""
    for c in child_tokens(tok, ("acl",)):
        if c.tag_ != "VBN" or not _mediation(c):
            continue
        agents = [a for a in _pobjs(c, {"by"}) if _actorish(a)]
        parties = _mediated(c) or _mediated(tok) or \
            [p for a in agents[:1] for side in _between(a) for p in side]
        if agents and parties:
            return agents[:1], parties
    return [], []


def _modifier_actors(tok: Any, is_place: Callable[[Any], bool] | None = None) -> list[Any]:
    """Actor modifiers of a nominal: possessor, 'by X', named compounds and adjectives; a
    place named as a modifier is where it happens, not who acts ('the Jeddah talks')."""
    out = [c for c in _children(tok, ("poss",)) if c.ent_type_ not in TIME_ENTS] + \
        [b for b in _pobjs(tok, {"by"}) if not _manner(b)]
    # 'Tuesday's talks': a date is no actor; 'approved the agreement by a vote of 10 to 1'
    # or 'talks by video link' name how, not who
    if out:
        return out
    named = [c for c in child_tokens(tok, ("compound", "amod", "nmod"))
             if c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
             and not (is_place is not None and is_place(c)) and not in_stance(c)]
    if named:
        return named
    return [m for c in child_tokens(tok, ("compound",)) if c.pos_ == "NOUN" and not c.ent_type_
            for m in child_tokens(c, ("compound", "amod")) if m.i < c.i
            and m.ent_type_ in ("NORP", "ORG") and not in_stance(m)]
    # 'a Pakistani drone strike', 'Hamas rocket fire': the parser hangs the actor on the
    # weapon noun of the compound; a nationality or group there names who fired it


def _threatened_act_doers(tok: Any, lexicon: Lexicon,
                          is_place: Callable[[Any], bool] | None = None) -> list[Any]:
    """Who would do the act a threat noun names in its of-phrase makes the threat: 'despite
    threats of Norlandian sanctions', 'the threat of X's retaliation', 'faces the threat of
    X sanctions' (X threatens, as in 'X threatened sanctions'). Only an of-object that is an
    act of force or punishment in the lexicon (``THREATENED_ACT_TYPES``), and only its own
    actor modifiers (possessor, by-agent, named compound or adjective): 'the threat of
    terrorism' names no one."""
    out = []
    for obj in _pobjs(tok, {"of"}):
        lemma = obj.lemma_.lower()
        if any(e.type in THREATENED_ACT_TYPES for e in lexicon.candidates("noun", lemma)):
            out += _modifier_actors(obj, is_place)
    return out


def _manner(noun: Any) -> bool:
    """'by force', 'by a vote', 'by video link': a by-object naming how, not who. The word
    as written decides ('attacks by Serb forces', 'by government forces': the forces act),
    and a named owner makes it an actor ('by Russian force')."""
    return noun.lower_ in MANNER_NOUNS and not any(
        c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for c in noun.children)


def in_stance(tok: Any) -> bool:
    """Whether a token is part of a stance modifier ('anti-American', 'pro-Russian'): it names
    what a group opposes or supports, never who acts."""
    doc, i = tok.doc, tok.i
    if tok.lower_ in STANCE_WORDS:
        return i + 1 < len(doc) and doc[i + 1].text in HYPHENS
    if tok.text in HYPHENS:
        return i > 0 and doc[i - 1].lower_ in STANCE_WORDS
    return i >= 2 and doc[i - 1].text in HYPHENS and doc[i - 2].lower_ in STANCE_WORDS


def _stance_targets(heads: list[Any]) -> list[Any]:
    """'anti-American protests', 'anti-Israel protesters marched': what a protest is against
    (the word after 'anti-' modifying the trigger or its source)."""
    return [c for h in heads for c in h.children if c.dep_ in STANCE_DEPS and c.i >= 2
            and c.doc[c.i - 1].text in HYPHENS and c.doc[c.i - 2].lower_ in AGAINST_WORDS][:1]


def _attributed(tok: Any) -> list[Any]:
    """Who an event noun is attributed to: 'the attack, blamed on X', 'the bombing was
    attributed to X', 'Y pinned the attack on X', 'X were blamed for the attack', 'Y accused
    X of the bombing' (X did it)."""
    head = first_conjunct(tok)
    verbs = [c for c in child_tokens(head, ("acl",)) if c.tag_ == "VBN"]
    verbs += [c for c in child_tokens(head, ("relcl",))  # 'the attack, which Y blamed on X'
              if any(o.dep_ == "dobj" and o.tag_ in RELATIVE_TAGS for o in c.children)]
    if head.dep_ in ("nsubjpass", "dobj"):
        verbs.append(head.head)
    for verb in verbs:
        preps = ATTRIBUTING_VERBS.get(verb.lemma_.lower())
        if preps:
            return [t for t in _pobjs(verb, preps) if _actorish(t) or t.pos_ == "NOUN"]
    prep = head.head
    verb = prep.head
    if head.dep_ != "pobj" or prep.lower_ not in CULPRIT_VERBS.get(verb.lemma_.lower(), ()):
        return []
    return _children(verb, PASSIVE_SUBJECT_DEPS) if _is_passive(verb) else \
        [o for o in _children(verb, ("dobj",)) if o.i != head.i]


def _charged_doers(tok: Any) -> list[Any]:
    """Who a charge noun charges: the doer of the wrong it names in its of-phrase ('allegations
    of abuses by the security forces', 'charges of war crimes by Serbian forces': the forces are
    accused). The by-phrase counts on the wrong, or on the charge noun after the wrong (the
    parser hangs it on either); a by-phrase before the wrong or with no wrong named is the
    charger's own ('accusations by the opposition that ...', 'accusations by X of fraud')."""
    if tok.lemma_.lower() not in CHARGE_NOUNS:
        return []
    wrongs = [o for o in _pobjs(tok, {"of"}) if o.pos_ == "NOUN" and not _actorish(o)]
    if not wrongs:
        return []
    doers = [b for o in wrongs for b in _pobjs(o, {"by"})]
    doers += [b for b in _pobjs(tok, {"by"}) if b.i > wrongs[0].i]
    return [b for b in doers if b.pos_ in NOUN_TAGS and b.ent_type_ not in TIME_ENTS
            and not _manner(b)][:2]


def _senders(tok: Any) -> list[Any]:
    """The named parties a stated act's noun comes from ('threats from X', 'an offer from
    X', 'protests from X'): from-phrases naming a party, not a place or time."""
    return [a for a in _pobjs(tok, {"from"}) if a.ent_type_ in NAME_ENTS and _actorish(a)]


def _from_source(tok: Any) -> list[Any]:
    """Who voices an attitude noun: 'opposition [from] X', 'criticism from X', and the
    from-phrase the parser hung on its of-object ('criticism of the deal from X')."""
    if tok.lemma_.lower() not in FROM_SOURCE_NOUNS:
        return []
    return _pobjs(tok, {"from"}) or [
        a for of in _pobjs(tok, {"of"}) if of.pos_ == "NOUN" and not _actorish(of)
        for a in _pobjs(of, {"from"}) if _actorish(a) and a.ent_type_ in NAME_ENTS] or (
        [a for a in _pobjs(tok.head, {"from"}) if a.ent_type_ not in TIME_ENTS]
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ARRIVING_VERBS else [])
    # 'criticism came from X', 'condemnation poured in from X': the arriving verb's from-phrase


def _participle_agent(tok: Any, lexicon: Lexicon, etype: str) -> tuple[list[Any], list[Any]]:
    """'airstrikes carried out by X', 'sanctions imposed by X on Y': the by-agent of a past
    participle modifying the noun of a one-sided act does it, and the participle's on /
    against object undergoes it; not when the participle is an event or a report of its own
    ('the attack condemned by X'), nor for an event between parties, whose participle's
    agent is often a third party ('the ceasefire brokered / proposed / hosted by X'), unless
    the participle concludes it ('the truce agreed by X and Y', 'the accord signed by X and
    Y': the parties). A claim of responsibility is no report of its own: 'the bombing,
    claimed by X,' names its author, also on the series noun holding the act ('a wave of
    bombings claimed by X')."""
    holders = [tok]
    head = first_conjunct(tok)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in SERIES_NOUNS:
        holders.append(head.head.head)
    for c in (c for h in holders for c in h.children):
        if c.dep_ != "acl" or c.tag_ != "VBN":
            continue
        if etype in SHARED_TYPES:
            if c.lemma_.lower() in CONCLUDING_VERBS and _pobjs(c, {"by"}):
                return _pobjs(c, {"by"}), []
            continue
        if not (lemma_in(c, lexicon.cue("support_verbs")) or
                c.lemma_.lower() in CLAIMING_VERBS or
                not (_is_trigger_verb(c, lexicon) or lemma_in(c, lexicon.cue("undergo_verbs")))):
            continue
        agents = _pobjs(c, {"by"})
        if agents:
            return agents, _pobjs(c, {"on", "against"}) or _misplaced_undergoers(agents)
    return [], []


def _misplaced_undergoers(agents: list[Any]) -> list[Any]:
    """'sanctions imposed by X on Y', 'curbs placed by X against Y': the parser often hangs
    the participle's on / against phrase on the name of its by-agent ('X on Y'). A name
    there (a name, or a noun a name modifies: 'on Lorani steel') is what the act is done
    to, not a part of the agent's own name (which the tagger would have spanned)."""
    return [t for a in agents if a.ent_type_ in NAME_ENTS or a.pos_ == "PROPN"
            for t in _pobjs(a, {"on", "against"}) if t.pos_ != "PRON" and _actorish(t)
            and t.ent_type_ not in TIME_ENTS]


def _destinations(verb: Any, trig: Trigger, objs: list[Any]) -> list[Any]:
    """'X sent troops toward the Lorani border', 'X massed forces near Y', 'X deployed a
    carrier to the waters off Y': forces moved toward, near or into a named place are aimed
    at its country, the target; the forces moved are the mover's own, no target. Without a
    named destination the objects stay as they are."""
    moved = [o for o in _children(verb, ("dobj",))]
    named = _named_destinations([verb, *moved])
    if not named:
        return objs
    return [o for o in objs if o not in moved and o not in trig.extra] + \
        [d for d in named if d not in objs]


def _named_destinations(heads: list[Any]) -> list[Any]:
    """The named places that to-, toward-, near- or into-phrases on ``heads`` send something
    to: the name itself, a place noun a name modifies ('the Lorani border'), or the name
    a place noun is placed by ('the waters off Y', 'its border with Y', 'the sea near Y')."""
    dests = [d for h in heads for d in _pobjs(h, DESTINATION_PREPS)
             if d.ent_type_ not in TIME_ENTS and d.pos_ in NOUN_TAGS]
    dests = [n for d in dests for n in (_pobjs(d, ("off", "with", "near")) or [d])]
    return [d for d in dests if d.ent_type_ in NAME_ENTS or d.pos_ == "PROPN" or any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in NAME_ENTS
        for c in d.children)]


def _statement_author(noun: Any) -> list[Any]:
    """'A statement by X condemned …', 'the communique issued by X demanded …', 'a report
    released by X accused …': a statement, letter or report that is a verb's subject speaks
    for the author its by-phrase names, on the noun or on a past participle modifying it.
    A from-phrase or possessor ('a statement from X', "X's statement") is already read as
    part of the noun's phrase."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STATEMENT_NOUNS:
        return []
    by = _pobjs(noun, {"by"}) or [a for c in _children(noun, ("acl",)) if c.tag_ == "VBN"
                                  for a in _pobjs(c, {"by"})]
    return [a for a in by if _actorish(a) and a.ent_type_ not in TIME_ENTS]


def _statement_authors(verb: Any) -> list[Any]:
    """'The test was condemned in a statement by Y', 'the plan was rejected in a letter from
    Y', "was criticised in Y's statement": a passive speech act with no agent of its own,
    made in a statement, letter or speech whose author is named, is that author's."""
    for noun in _pobjs(verb, {"in"}):
        if noun.lemma_.lower() not in STATEMENT_NOUNS:
            continue
        authors = [a for a in _pobjs(noun, {"by", "from"}) + _children(noun, ("poss",))
                   if _actorish(a) and a.ent_type_ not in TIME_ENTS]
        if authors:
            return authors
    return []


def _antecedent_author(verb: Any) -> list[Any]:
    """'Serbia put forward a plan that Kosovo refused', 'X made an offer, which Y rejected': a
    response in a relative clause answers the author of the noun it hangs on: its possessor or
    by-phrase, else the subject of the verb that takes it as object."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN":
        return []
    owner = [o for o in _children(noun, ("poss",)) + _pobjs(noun, {"by"}) if _actorish(o)]
    if owner:
        return owner
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return [s for s in verb_subject(noun.head) if _actorish(s)]
    return []


def _defender(weapon: Any) -> list[Any]:
    """'Israel intercepted dozens of rockets fired by Hezbollah', 'air defences shot down
    drones launched by X': who intercepts, repels or shoots down what an attack fires is
    what it was fired at, the attack's target; else none."""
    while weapon.dep_ == "pobj" and weapon.head.lower_ == "of" and weapon.head.head != weapon:
        weapon = weapon.head.head  # 'dozens of rockets'
    verb = weapon.head
    if weapon.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    lemma = verb.lemma_.lower()
    shot_down = lemma == SHOOTING_DOWN[0] and any(c.dep_ == "prt" and c.lower_ == SHOOTING_DOWN[1]
                                                  for c in verb.children)
    if lemma not in DEFENDING_VERBS and not shot_down:
        return []
    return [_owner(s) for s in verb_subject(verb) if s.pos_ != "PRON" or s.lower_ in ("it", "they")]


def _cause_agents(verb: Any, lexicon: Lexicon) -> list[Any]:
    """'Five people were killed in an airstrike by X', 'homes were destroyed during shelling
    by X', 'wounded in raids carried out by X', 'killed in a Freedonian drone attack': a
    passive act of force with no agent of its own, done in an attack or raid whose agent
    is named (its by-phrase, the by-agent of a participle on it, a named modifier or its
    owner), was done by that agent. Its subject stays the victim."""
    for noun in _pobjs(verb, CAUSE_PREPS) + _stray_gerunds(verb, CAUSE_PREPS):
        noun = first_conjunct(noun)
        found = match_token(noun, lexicon)  # 'during shelling by X': a gerund as the noun
        if found is None or found.entry.type not in CAUSE_TYPES or \
                not (found.nominal or noun.tag_ == "VBG"):
            continue
        agents = [b for b in _pobjs(noun, {"by"}) if not _manner(b)] or \
            _participle_agent(noun, lexicon, found.entry.type)[0] or \
            [c for c in _modifier_actors(noun) if c.ent_type_ in NAME_ENTS]
        agents = [a for a in agents if a.ent_type_ not in TIME_ENTS]
        if agents:
            return agents
    for gerund, named in _misread_modifiers(verb, CAUSE_PREPS):
        found = match_token(gerund, lexicon)  # 'wounded in Cambodian shelling'
        if found is not None and found.entry.type in CAUSE_TYPES:
            return [named]
    return []


def _misread_modifiers(verb: Any, preps: tuple[str, ...]) -> list[tuple[Any, Any]]:
    """'Three soldiers were wounded in [Cambodian] [shelling]': the parser takes the name
    (a demonym, which the tagger may read as a language) as the whole object of one of
    ``preps`` and the gerund right after it as a clause of its own hung on the verb; the
    gerund is the preposition's noun and the name its modifier. (gerund, name) pairs."""
    doc = verb.doc
    out = []
    for p in _children(verb, ("prep",)):
        kids = list(p.children)
        if p.lower_ not in preps or len(kids) != 1:
            continue
        named, nxt = kids[0], kids[0].i + 1
        if named.dep_ == "pobj" and named.ent_type_ in NAME_ENTS + ("LANGUAGE",) and \
                nxt < len(doc) and \
                doc[nxt].tag_ == "VBG" and doc[nxt].head.i == verb.i and \
                doc[nxt].dep_ in ("advcl", "xcomp"):
            out.append((doc[nxt], named))
    return out


def _stray_gerunds(verb: Any, preps: tuple[str, ...]) -> list[Any]:
    """'The hospital was reportedly hit in [shelling] by X': a gerund the parser hangs on the
    verb as a clause of its own right after one of ``preps`` that it leaves without an object;
    it is that preposition's object."""
    doc = verb.doc
    return [doc[p.i + 1] for p in _children(verb, ("prep",))
            if p.lower_ in preps and not list(p.children) and p.i + 1 < len(doc) and
            doc[p.i + 1].tag_ == "VBG" and doc[p.i + 1].head.i == verb.i and
            doc[p.i + 1].dep_ in ("advcl", "xcomp")]


def _visitors(of_objs: list[Any], tgt: list[Any]) -> list[Any]:
    """'the visit of X', 'the trip of X's foreign minister to Y': the named of-object of a
    visit noun (a CONSULT/visit trigger) is who visits, its source, as 'X visited Y' would
    make it; a time ('a visit of two days') or an unnamed object ('a tour of the site')
    is none."""
    return [o for o in of_objs if o not in tgt and o.ent_type_ not in TIME_ENTS and
            _actorish(o) and o.pos_ != "PRON"][:1]


def _frees(trig: Trigger) -> bool:
    """Whether the trigger frees someone (a release, pardon or amnesty: RETREAT/release), whose
    of-object is the freed, not the actor."""
    return trig.entry.mode in FREED_MODES


def _received(tok: Any, verb: Any, how: str) -> tuple[list[Any], list[Any]] | None:
    """Giver and receiver of an event noun that its verb's subject receives: 'X received aid
    from Y', 'X got threats from Y', 'X accepted an invitation from Y', 'X won pledges from Y',
    'X extracted concessions from Y' (Y did it, to X); of backing the subject receives or
    wins, the backer is also its of-object ('X won the support of Y', 'X secured the backing
    of Y', 'X enjoys the support of Y')."""
    if verb is None or how != "object" or _is_passive(verb):
        return None
    lemma = verb.lemma_.lower()
    givers = _pobjs(verb, {"from"}) or _pobjs(tok, {"from"})
    backing = tok.lemma_.lower() in BACKING_NOUNS
    if backing and not givers:
        givers = [o for o in _pobjs(tok, {"of"}) if _actorish(o) and o.pos_ != "PRON"]
    if lemma not in RECEIVING_VERBS and not (lemma in (*TAKING_VERBS, *WINNING_VERBS) and givers):
        return None
    if not givers and _pobjs(verb, {"to", "into"}):
        return None  # 'struggled to get aid to Gaza': the subject brings it, no one gives it
    return givers, verb_subject(verb)


def enabling_aid(tok: Any) -> tuple[list[Any], list[Any]] | None:
    """Giver and receiver of aid or support named in the phrase a deed was done with ('with
    support from Y, X built ten clinics', 'thanks to aid from Y, X paid the salaries';
    ``enabled_deed``): Y (of the from-phrase, a party) gave it, X, the subject of the deed,
    received it."""
    noun = first_conjunct(tok)
    verb = enabled_deed(noun)
    if verb is None:
        return None
    givers = [g for g in _pobjs(noun, {"from"}) if _actorish(g) and g.pos_ != "PRON"]
    if misparsed_enabling(noun):  # 'With support from Y, X and Z have ...'
        receivers = [r for g in givers for c in g.children if c.dep_ in ("appos", "conj") and
                     any(t.lower_ == "," for t in g.doc[g.i + 1:c.i])
                     for r in (c, *[d for d in c.subtree if d.dep_ == "conj"])]
        givers = [g for g in givers if g.i not in {r.i for r in receivers}]
    else:
        receivers = [r for r in verb_subject(verb) if r.i not in {g.i for g in givers}]
    if not givers or not receivers:
        return None
    return givers, receivers


MISREAD_RECEIVING = frozenset({"secured", "received", "obtained", "won", "gained", "garnered"})


def _misread_receiving(tok: Any) -> tuple[list[Any], list[Any]] | None:
    """Giver and receiver of aid the parser hangs its receiving verb on as an adjective
    ('Ukraine [secured] military aid from Washington': 'secured' an amod of 'aid', Ukraine a
    modifier of the noun or the subject of the adjective): the from-phrase gives it, the
    party before the verb receives it."""
    verb = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in MISREAD_RECEIVING
                 and c.i < tok.i), None)
    if verb is None:
        return None
    receivers = [c for h in (tok, verb) for c in h.children
                 if c.dep_ in ("nmod", "nsubj", "compound", "poss") and c.i < verb.i and
                 _actorish(c) and c.pos_ != "PRON"]
    givers = [g for g in _pobjs(tok, {"from"}) if _actorish(g) and g.pos_ != "PRON"]
    if not receivers or not givers:
        return None
    return givers, receivers


def _thanked_or_welcomed(tok: Any) -> tuple[list[Any], list[Any]] | None:
    """Giver and receiver of aid or support its receiver thanks or welcomes: 'X thanked Y for
    the aid' (Y, the thanked, gave it), 'X welcomed the aid from Y' (Y, of the from-phrase);
    X, the subject, received it."""
    noun = first_conjunct(tok)
    verb = thanked_for(noun)
    if verb is not None and not _is_passive(verb):
        givers = [o for o in _children(verb, ("dobj",)) if o.ent_type_ not in TIME_ENTS]
    else:
        verb = welcomed_from(noun)
        if verb is None or _is_passive(verb):
            return None
        givers = _pobjs(noun, {"from"}) or _pobjs(verb, {"from"})
    receivers = verb_subject(verb)
    if not givers or not receivers:
        return None
    return givers, receivers


def _hosted(tok: Any) -> tuple[list[Any], list[Any]] | None:
    """Guest and host of a meeting noun in the for-phrase of a hosting verb: 'X hosted Y for
    talks', 'X invited Y for consultations', 'X welcomed Y for a visit' (the for-phrase also
    as parsed on the guest); Y comes to X, so Y is the source and X the target."""
    head = _free_relative_slot(first_conjunct(tok))
    prep = head.head
    if head.dep_ not in ("pobj", "pcomp") or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # 'hosted [Y for talks]'
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSTING_VERBS or _is_passive(verb):
        return None
    guests = [o for o in _children(verb, ("dobj",)) if o.ent_type_ not in TIME_ENTS]
    hosts = verb_subject(verb)
    if not guests or not hosts:
        return None
    return guests, hosts


def _misparsed_recipient(tok: Any) -> list[Any]:
    """The recipient of a giving verb that the parser hung on the given noun as a modifier
    ('The EU offered Ukraine new loans', 'X offered India talks', 'granted Kosovo aid'): a
    name right after the verb, before the rest of the object, is its indirect object (the
    target), not the noun's owner; the verb's subject gives. A hyphened pair ('offered
    India-Pakistan talks') is the noun's parties."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVING_VERBS:
        return []
    doc = tok.doc
    return [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
            and c.ent_type_ in ("GPE", "ORG", "PERSON") and c.left_edge.i == verb.i + 1
            and not (c.i + 1 < len(doc) and doc[c.i + 1].text in HYPHENS)][:1]


def _free_relative_slot(noun: Any) -> Any:
    """The clause a noun names when it is what a free relative calls something ('for [what
    he called] a meeting', 'for what officials described as talks'): the free relative's
    verb stands where the noun would (the noun itself otherwise)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "as":
        verb = verb.head  # 'described [as] talks'
    elif noun.dep_ not in ("oprd", "xcomp", "attr"):
        return noun
    if verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.tag_ == "WP" and c.lower_ == "what"
                                   for c in verb.children):
        return verb
    return noun


def _dying_agents(noun: Any) -> list[Any]:
    """'Two children died in airstrikes by the Israeli military', 'ten people were killed
    … ', 'soldiers perished in shelling by X': the parser hangs the by-phrase that follows
    the attack noun on the verb of dying before it, which, having no passive, takes no
    agent; it is the noun's doer. Only a by-phrase after the noun, naming no manner or time."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or verb.lemma_ not in DYING_VERBS or \
            _is_passive(verb):
        return []
    return [b for b in _pobjs(verb, {"by"}) if b.i > noun.i and b.pos_ in NOUN_TAGS
            and not _manner(b) and b.ent_type_ not in TIME_ENTS]


def _nominal(trig: Trigger, lexicon: Lexicon, is_place: Callable[[Any], bool] | None = None
             ) -> Arguments:
    """Arguments of a nominal trigger: possessor/by/between, else the governing verb's."""
    tok = heads = trig.token
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and not _modifier_actors(tok):
        tok = tok.head  # 'a mediation effort', 'peace talks': the phrase head carries the args
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i and \
            tok.head.head.lemma_.lower() in MESSAGE_NOUNS and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # 'handed a note of protest to X': the note carries them too
        heads = (tok, trig.token)
    etype = trig.entry.type
    args = Arguments(how="nominal")
    parties = _mediated(tok) if _mediation(tok) else []
    src, tgt = ([], parties) if parties else _between(tok)
    brokers, brokered = _broker(tok) if etype in MEDIATED_TYPES else ([], [])
    if brokers:  # 'talks brokered by X between Y and Z', as 'X brokered talks between Y and Z'
        src, tgt, parties = brokers, brokered, brokered
    if not (src or tgt) and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        src, tgt = _between(tok.head)  # 'battles raged between X and Y'
    for verb in [c for c in child_tokens(tok, ("acl",)) if c.tag_ in ("VBN", "VBG")]:
        if not (src or tgt or parties):  # 'an exchange of fire reported between X and Y'
            src, tgt = _between(verb)
    if not (src or tgt or parties) and etype in SHARED_TYPES:
        src = _convened(tok)  # 'the talks brought together X and Y'
        args.convened = bool(src)
    if not (src or tgt or parties) and etype in BORDER_TYPES:
        src, tgt = _border_pair(tok)  # 'clashes along the Thai-Cambodian border'
    args.expand = not (src or parties) or args.convened
    if not (src or tgt or parties):
        tgt = _misparsed_recipient(tok)  # 'offered [Ukraine] new loans'
    charged = _charged_doers(tok) if etype == "ACCUSE" else []
    if not src:
        src = [t for t in _modifier_actors(tok, is_place) or _from_source(tok) or _attributed(tok)
               if t not in tgt and t not in charged]
        if not src:  # 'the expulsion of Russian diplomats by Poland', by hung on the of-object
            src = [b for o in _pobjs(tok, {"of"}) for b in _pobjs(o, {"by"})
                   if b.pos_ in NOUN_TAGS and b.ent_type_ not in TIME_ENTS and b not in tgt
                   and b not in charged][:1]
        if not src:
            src, done_to = _participle_agent(tok, lexicon, etype)  # 'strikes carried out by X'
            tgt = tgt or done_to
        if not src:  # 'two children died in airstrikes by X', the by-phrase hung on the verb
            src = [b for b in _dying_agents(tok) if b not in tgt]
        if not src:  # 'the demands, which X presented', 'the accusations X leveled'
            src = [a for a in _relative_authors([tok]) if a not in tgt]
        if not src and etype in THREAT_NOUN_TYPES:  # 'threats of Norlandian sanctions'
            src = [t for t in _threatened_act_doers(tok, lexicon, is_place) if t not in tgt]
        pair = [c for s in src[:1] for c in s.children
                if c.dep_ == "compound" and c.ent_type_ in NAME_ENTS and s.dep_ == "compound"]
        if len(src) == 1 and pair:  # 'Russia-Ukraine negotiations'
            src, tgt = pair[:1], tgt or src
    complements = [t for h in (heads if isinstance(heads, tuple) else (tok,))
                   for t in _pobjs(h, _target_preps(lexicon, nominal=True))
                   if t.i not in {s.i for s in src}]
    if not complements and etype in LEFT_FROM_TYPES:  # 'the retreat of its forces from X',
        # the parser's from-phrase on the of-object: the place left, as for the verb
        complements = [t for o in _pobjs(tok, {"of"}) if o.i != trig.token.i
                       for t in _pobjs(o, {"from"}) if t.ent_type_ not in TIME_ENTS]
    if not complements:  # 'attacks by X against Y', the against-phrase hung on the agent
        complements = [t for b in _pobjs(tok, {"by"}) for t in _pobjs(b, AGENT_TARGET_PREPS)
                       if t.ent_type_ not in TIME_ENTS]
    tgt = tgt or [t for t in complements if t.pos_ not in ("VERB", "AUX")  # not 'for ignoring'
                  and t.ent_type_ not in TIME_ENTS]  # 'an attack on Sunday': a time, no target
    of_objs = [o for o in _pobjs(tok, {"of"}) if o.i != trig.token.i]  # not 'a note of [protest]'
    if _frees(trig):
        tgt = of_objs or tgt  # 'the release of X on Monday': X, not the date's phrase
    elif etype in OF_TARGET_TYPES:
        tgt = tgt or of_objs
    elif trig.entry.mode in VISIT_MODES and not src:
        src = _visitors(of_objs, tgt)  # 'welcomed the visit of X', 'the trip of X to Y'
    undergoers = _patient_possessors(tok, trig, of_objs)
    if undergoers:  # "Navalny's arrest", 'his detention': who is arrested, not who arrests
        src = [s for s in src if s not in undergoers]
        tgt = undergoers + [t for t in tgt if t not in undergoers]
    verb, how = _support_verb(tok, lexicon)
    args.support, args.clause = verb, verb if verb is not None else _clause_verb(tok)
    misread = _misread_receiving(tok) if etype in GIVEN_TYPES and not parties else None
    if misread is not None:  # 'Ukraine secured military aid from Washington'
        args.source, args.target = misread
        return args
    received = _received(tok, verb, how) if not (src or parties) else None
    if received is not None:
        args.source, args.target = received
        return args
    thanked = _thanked_or_welcomed(tok) if etype in GIVEN_TYPES and not parties else None
    if thanked is not None:
        args.source, args.target = thanked
        return args
    enabled = enabling_aid(tok) if etype in GIVEN_TYPES and not parties else None
    if enabled is not None:  # 'with funding from Y, X built ...': Y gives, X receives
        (args.source, args.target), args.expand = enabled, False
        return args
    if etype == GIFT_TYPE and not src:  # 'the clinics were built with funding from X'
        givers = [t for t in tgt if t in _pobjs(tok, {"from"})]
        src, tgt = (givers, [t for t in tgt if t not in givers]) if givers else (src, tgt)
    senders = _senders(tok) if etype in STATED_TYPES and not (src or parties) else []
    if senders:  # 'threats from X', 'demands from X to free them': X makes them
        src, tgt = senders, [t for t in tgt if t not in senders]
        complements = [t for t in complements if t not in senders]
    hosted = _hosted(tok) if etype in HOSTED_TYPES and not parties else None
    if hosted is not None and not any(_actorish(t) for t in src + tgt if t.ent_type_ not in
                                      TIME_ENTS and t not in hosted[0] + hosted[1]):
        args.source, args.target = hosted
        return args
    announced = verb is not None and how == "object" and \
        verb.lemma_.lower() in ANNOUNCING_VERBS and etype in SHARED_TYPES and \
        not (tgt and set(tgt) <= set(_pobjs(tok, {"with"}))) and \
        not (trig.entry.mode in OWN_ACT_MODES and not of_objs)
    # 'X announced a withdrawal from Y': a one-sided act named without its doer is X's own
    # 'X announced a ceasefire with Y': the with-phrase makes X the other party
    # 'Misri announced the ceasefire': the announcer is no party; 'In a meeting with X,
    # officials said ...': the speakers were in it
    answered = how == "in" and etype not in SHARED_TYPES and _sequel(tok)
    suffered = _targeted_verb(tok)
    if suffered is not None and not parties:
        givers = _pobjs(suffered, {"from"}) + _pobjs(tok, {"from"})  # 'criticism from Y': Y
        if suffered.lemma_.lower() in SUBJECTED_VERBS:  # 'subjected to harassment by Y', the
            givers += _pobjs(suffered, {"by"})  # by-phrase hung on the passive verb
        src = src or givers
        aimed = [t for t in tgt if t in _pobjs(tok, {"on", "against"})] \
            if suffered.lemma_.lower() in FEARING_VERBS else []
        tgt = aimed or [_owner(s) for s in _undergoing_subjects(suffered) if s not in src] or \
            [t for t in tgt if t not in givers]
        answered = True  # 'X drew criticism': X is criticised, not the critic
    undergone = _undergone_by(tok) if suffered is None and not parties and etype not in \
        SHARED_TYPES and not [t for t in tgt if _actorish(t) or t not in of_objs] else []
    if undergone:  # 'X was the target of attacks', 'X foiled an attack by Y'
        tgt = [_owner(s) for s in undergone if s not in src]
        answered = bool(tgt)
    answering, response = _answering_verb(tok, lexicon) if suffered is None and not parties \
        and not undergone \
        and not [t for t in tgt if _actorish(t) or t not in of_objs] \
        and etype not in SHARED_TYPES else (None, False)  # 'denied allegations of war crimes'
    if answering is not None and (src or response or (
            _is_passive(answering) and not _children(tok, ("acl", "ccomp", "relcl")))):
        # 'Iran rejected the American demands', 'X retaliated for the Y strikes': who answers
        # was its target; a refused charge naming no one is left to the discourse (denier),
        # unless the refuser is the passive's by-agent ('the allegations were denied by X')
        tgt = [_owner(s) for s in verb_subject(answering) if s not in src]
        answered = bool(tgt)
    if charged and not answered:  # 'allegations of abuses by X': X is charged, not charging
        tgt = charged + [t for t in tgt if t not in charged]
    guarded = _protected(tok)
    if guarded and not src:  # 'protects X from raids by Y', the by-phrase hung on the verb
        src = [b for b in _pobjs(first_conjunct(tok).head.head, {"by"}) if b.pos_ in NOUN_TAGS]
    disregarded = verb is not None and how == "object" and etype in DEFIED_TYPES and \
        verb.lemma_.lower() in DISREGARDING_VERBS  # 'X ignored warnings': X is warned
    if verb is not None and not src and not announced and not answered and not guarded and \
            not disregarded:
        subj = verb_subject(verb) if (how == "object" or tgt or complements) and not (
            how == "in" and verb.lemma_ in DYING_VERBS) else []  # 'X died in an attack on Y':
        # the dead are its victims, never its doers
        src = [s for s in subj if s.i not in {t.i for t in tgt}]
        if src:
            args.how = "clause" if how == "in" else "nominal"
    if etype in OF_SOURCE_TYPES and not src and not _frees(trig) and \
            tok.lemma_.lower() not in MOVED_NOUNS:
        src = of_objs  # 'the evacuation of civilians': they are moved, not the movers
    if verb is not None and how == "object" and not tgt:
        tgt = [t for t in _pobjs(verb, {"on", "against", "with", "to", "toward", "towards", "at"})
               if t.ent_type_ not in TIME_ENTS and not _helper(t)] or \
            [d for d in _children(verb, ("dative", "iobj")) if d.pos_ != "ADP"]  # 'offered X a loan'
    undergoers = _undergoer(tok, etype) if not (src and tgt) else []
    if etype == CRITICISM_TYPE:  # "the government's plan came under criticism": its owner
        undergoers = [_owner(u) for u in undergoers]
    if undergoers and not src:  # 'X came under attack from Y', 'X was hit by sanctions from Y'
        src = [t for t in _pobjs(tok, {"from"}) if t.ent_type_ not in TIME_ENTS]
        tgt = undergoers
    elif undergoers:  # 'X came under a Russian missile attack': the modifier did it, X undergoes
        tgt = [u for u in undergoers if u not in src]
    if not tgt:
        tgt = guarded
    if not tgt and _participle_governor(tok) is not None and tok.head.lemma_ in TARGETING_VERBS:
        tgt = _children(tok.head, ("dobj",))  # 'X launched strikes targeting Y', misparsed
    if not tgt:
        tgt = _targeting(tok) or (_targeting(args.clause) if args.clause is not None else [])
    if not tgt:
        tgt = _participle_object(tok)  # 'sanctions hitting Y', 'a resolution naming Y'
        if etype in EXERCISE_TYPES:  # 'drills encircling Y': Y is aimed at, not a partner
            held = [tok.head] if tok.dep_ == "dobj" else []  # 'staged drills [around] Y'
            tgt = tgt or [t for h in (tok, *held) for t in _pobjs(h, EXERCISE_AIM_PREPS)
                          if t.ent_type_ == "GPE"][:1]
            args.aimed = list(tgt)
    if not tgt and etype in MOVING_TYPES:
        tgt = _named_destinations([tok, *of_objs])  # 'the deployment of troops near Y'
    if not tgt and tok.lemma_.lower() in BUYING_NOUNS:
        tgt = _makers(of_objs)  # 'the purchase of Russian missiles': Russia sells them
    if etype in OPPOSING_TYPES and not any(_actorish(t) for t in tgt):
        tgt = _opposite_owners(tok, src) or tgt  # "X's call for A and Y's demand for B"
    if not tgt and etype in DEFIED_TYPES:
        tgt = _defier(tok, src)  # 'X tested the missile despite threats of Y sanctions'
    if not tgt and etype == "ACCUSE":
        tgt = _criticised_doer(tok, verb)  # 'criticised how the bloc is functioning'
    if not tgt and etype in ADDRESSEE_IN_CLAUSE:
        tgt = _content_subjects(tok)  # "X's accusation that Y had armed the rebels"
    if not tgt and how == "in" and verb.lemma_ in VICTIM_VERBS and _is_passive(verb):
        tgt = _children(verb, PASSIVE_SUBJECT_DEPS)
    if how == "in" and verb.lemma_ in DYING_VERBS and etype in VICTIM_NOUN_TYPES and \
            not any(_actorish(t) for t in tgt):  # 'died in an ambush on their convoy'
        tgt = tgt + [s for s in _children(verb, ("nsubj",)) if s.pos_ != "PRON" and s not in tgt]
        # 'ten civilians died in a Pakistani airstrike': the dead are its victims
    if not tgt and src and how == "in" and verb.lemma_ in LOSING_VERBS and \
            etype in VICTIM_NOUN_TYPES:
        tgt = [s for s in _children(verb, ("nsubj",)) if s.pos_ != "PRON" and s not in src]
        # 'X lost two jets in Indian strikes': X was hit; in 'X lost tanks in its assault'
        # X attacked, and is the source already
    if etype in VICTIM_NOUN_TYPES and all(t.ent_type_ in TIME_ENTS for t in tgt):
        tgt = _left_toll(tok) or tgt  # 'the assault (on Sunday) left dozens of civilians dead'
    if etype in AUTHORED_OBJECT_TYPES and src and not any(_actorish(t) for t in tgt):
        authors = [a for a in _object_authors(of_objs) or _object_by_agents(tok, of_objs, True)
                   if a not in src]  # "X's rejection of the proposal by Y": Y made it
        tgt = authors + tgt if authors else tgt
    if not tgt and etype in PUNITIVE_TYPES:
        tgt = _conditioned(args.clause if tok.dep_ in ("nsubj", "dobj", "nsubjpass")
                           and args.clause is not None else tok, src, lexicon, etype)
    if not tgt and etype in PUNITIVE_TYPES:
        tgt = _answered_agents(tok, src)  # 'a threat of retaliation for any attack by Y'
    args.source, args.target = src, tgt
    return args


def _left_toll(tok: Any) -> list[Any]:
    """'The assault left dozens of civilians dead', 'the attack left 12 soldiers dead and 30
    wounded', 'clashes left five soldiers injured': the object of 'leave' whose subject is
    the attack, with a toll word (``TOLL_WORDS``) as its complement or modifier, is the
    attack's victim; 'the attack left the town in ruins' names no one."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() != "leave" or verb.pos_ != "VERB":
        return []
    objs = [o for o in _children(verb, ("dobj",)) if o.pos_ != "PRON"]
    tolls = [t for t in (*verb.children, *(c for o in objs for c in o.children))
             if t.lower_ in TOLL_WORDS and t.dep_ in ("oprd", "amod", "advcl", "xcomp",
                                                       "ccomp", "acomp", "conj")]
    return objs[:1] if objs and tolls else []


def _content_subjects(tok: Any) -> list[Any]:
    """"X's accusation that Y had armed the rebels", 'the demand that Y withdraw': the named
    subject of a that-clause giving the noun's content (not a relative clause, whose 'that'
    is its own subject or object) is whom the charge or demand addresses."""
    for c in tok.children:
        if c.dep_ not in ("acl", "ccomp", "relcl") or c.i < tok.i or \
                not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            continue
        subj = _children(c, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS)
        if subj and not any(s.tag_ in RELATIVE_TAGS for s in subj):
            return [s for s in subj if _actorish(s) and s.pos_ != "PRON"][:1]
    return []


def _opposite_owners(tok: Any, src: list[Any]) -> list[Any]:
    """The other side of two positions set against each other: "X's call for A and Y's
    demand for B did not mesh", "X's demands and Y's refusal": a demand, refusal, threat or
    charge owned by X, joined to a noun owned by Y (a conjunct, or a second subject of the
    same verb), is addressed to Y, and Y's to X."""
    own = [s for s in src if s.dep_ == "poss"]
    if not own:
        return []
    peers = list(tok.conjuncts) + [c for c in tok.head.children if c.i != tok.i and
                                   c.dep_ == tok.dep_ and c.dep_ in SUBJECT_DEPS + OBJECT_DEPS
                                   and c.pos_ == "NOUN"]
    return [o for p in peers for o in _children(p, ("poss",))
            if _actorish(o) and o.pos_ != "PRON" and o.lower_ != own[0].lower_][:1]


def _makers(things: list[Any]) -> list[Any]:
    """The country named as the maker of bought goods ('Russian S-400 missiles', 'American
    F-35s', 'South Korean tanks'): a nationality or state modifying the thing."""
    return [m for t in things for m in t.children if m.dep_ in ("amod", "compound", "nmod")
            and m.ent_type_ in ("NORP", "GPE")][:1]


def _participle_object(tok: Any) -> list[Any]:
    """The named object of a present participle on an event noun ('military drills
    encircling Y', 'sanctions hitting Y'; also as parsed with the noun the participle's
    subject, 'X conducted drills encircling Y'): whom the event is directed at."""
    verbs = [c for c in child_tokens(tok, ("acl",)) if c.tag_ == "VBG"]
    if _participle_governor(tok) is not None:
        verbs.append(tok.head)
    return [o for v in verbs for o in _children(v, ("dobj",))
            if o.ent_type_ in NAME_ENTS or o.pos_ == "PROPN"][:1]


def _patient_possessors(tok: Any, trig: Trigger, of_objs: list[Any]) -> list[Any]:
    """The possessor of a noun of an act done to someone, when no of-phrase names whom it
    was done to: "Navalny's arrest", 'his detention', "the envoy's expulsion", "X's release"
    (the arrested, expelled or freed); "Israel's killing of X" keeps Israel as the actor."""
    if of_objs or not (tok.lemma_.lower() in PATIENT_NOUNS or _frees(trig)):
        return []
    return [c for c in _children(tok, ("poss",)) if c.ent_type_ not in TIME_ENTS]


def _criticised_doer(tok: Any, verb: Any) -> list[Any]:
    """What a criticism is about, told as a clause, names its target: the subject of a
    'how' / 'why' / 'what' clause ('criticised how the bloc is functioning', 'criticisms
    on how X handled Y') or of the clause on 'the way' ('criticised the way X handled Y')."""
    anchors = [tok] + ([verb] if verb is not None else [])
    if tok.head.dep_ == "prep" and tok.head.lower_ == "of":  # 'a string of criticisms'
        anchors.append(tok.head.head)
    for anchor in anchors:
        clauses = []
        for c in anchor.children:
            if c.dep_ == "ccomp":
                clauses.append(c)
            elif c.dep_ == "prep" and c.lower_ in CRITICISM_PREPS:
                clauses.extend(g for g in c.children if g.dep_ == "pcomp")
            elif c.dep_ == "dobj" and c.lemma_.lower() == "way":
                clauses.extend(g for g in c.children if g.dep_ == "relcl")
        for clause in clauses:
            wh = any(w.lower_ in WH_WORDS for w in clause.children if w.dep_ == "advmod") or \
                clause.dep_ == "relcl"
            subj = [s for s in _children(clause, ("nsubj",)) if s.pos_ != "PRON"]
            if wh and subj:
                return subj[:1]
    return []


def _undergoer(tok: Any, etype: str | None = None) -> list[Any]:
    """'The convoy came under attack', 'the city is under fire': the subject of the verb the
    'under' phrase hangs off undergoes the event; so does the subject of a striking passive
    whose by-phrase is the event ('X was hit by sanctions', 'the city was rocked by strikes'),
    also through a series noun ('X is under a fresh wave of attacks')."""
    head = first_conjunct(tok)
    while head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in SERIES_NOUNS:
        head = head.head.head  # 'under a wave of attacks'
    prep = head.head
    victims = _victim_role_owner(head, etype)
    if victims:
        return victims  # 'X has been the target of attacks by Y', 'X bore the brunt of it'
    if head.dep_ == "pobj" and prep.dep_ == "agent" and _is_passive(prep.head) and \
            prep.head.lemma_.lower() in STRIKING_PASSIVES:
        return _children(prep.head, PASSIVE_SUBJECT_DEPS)  # 'X was hit by sanctions'
    if head.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or \
            prep.lower_ not in UNDERGO_PREPS or \
            prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return [undergoer_antecedent(s) or s for s in _children(prep.head, SUBJECT_DEPS)]


VICTIM_ROLE_NOUNS = ("target", "victim", "brunt")  # 'the target / victim of attacks'
JUDGED_ROLE_NOUNS = ("subject", "object")  # 'the subject of criticism', 'object of sanctions'
JUDGED_TYPES = ("ACCUSE", "SANCTION", "PROTEST", "COERCE", "THREATEN")
BEARING_VERBS = ("bear", "take", "feel", "suffer")  # 'X bore the brunt of the offensive'
COPULAS = ("be", "become", "remain")


def _victim_role_owner(head: Any, etype: str | None = None) -> list[Any]:
    """Who an event noun's of-phrase is the target, victim or brunt of: the subject of
    'X has been / became the target of repeated attacks', 'X were the victims of the
    strikes', 'X bore the brunt of the offensive', or the name a role noun is in apposition
    to ('X, the target of sanctions'); a pronoun subject is read through its antecedent.
    For a judgement or a measure against someone (``JUDGED_TYPES``) the subject or object of
    it is its target too ('X was the subject of sharp criticism', 'X, the object of
    sanctions'), not for a meeting or a deal ('X was the subject of talks')."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return []
    role = prep.head
    roles = VICTIM_ROLE_NOUNS + (JUDGED_ROLE_NOUNS if etype in JUDGED_TYPES else ())
    if role.lemma_.lower() not in roles or role.pos_ != "NOUN":
        return []
    verb = role.head
    if role.dep_ == "attr" and verb.lemma_.lower() in COPULAS:
        subj = _children(verb, ("nsubj",))
    elif role.dep_ == "dobj" and role.lemma_.lower() == "brunt" and \
            verb.lemma_.lower() in BEARING_VERBS:
        subj = verb_subject(verb)
    elif role.dep_ == "appos" and verb.pos_ in ("NOUN", "PROPN"):
        subj = [verb]
    else:
        return []
    return [undergoer_antecedent(s) or s for s in subj if not is_label(s)]


def _targeting(verb: Any) -> list[Any]:
    """Objects of a 'targeting X' clause hanging off the verb ('which targeted ... upon X')."""
    out = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj", "acl", "relcl") and c.lemma_ in TARGETING_VERBS:
            out.extend(_children(c, ("dobj",)))
            for v in (c, *conjuncts(c)):
                out.extend(_pobjs(v, {"on", "upon", "against"}))
    return out


def _clause_verb(tok: Any) -> Any:
    """The nearest verb above a token (its clause head), or the sentence root."""
    t = tok
    while t.head != t:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return t


ASKING_NOUNS = frozenset({"demand", "call", "request", "insistence", "appeal", "ultimatum"})
ASKING_TYPES = ("REQUEST", "PROTEST")


def _demanded_subjects(noun: Any) -> list[Any]:
    """The subject of the 'that' clause a demand noun states ('its demand that the government
    free the prisoners': the government), when it names an actor."""
    return [s for cl in noun.children if cl.dep_ in ("acl", "ccomp") and
            any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)
            for s in cl.children if s.dep_ == "nsubj" and _actorish(s)]


def _demand_target(anchors: list[Any]) -> list[Any]:
    """'a hunger strike to demand the removal of President X', 'in protest of the
    Russian government's refusal': the most prominent name inside the demand."""
    for anchor in anchors:
        for c in anchor.children:
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl", "conj") and c.lemma_ in DEMAND_VERBS:
                scope = [t for o in c.children if o.dep_ in ("dobj", "prep", "ccomp")
                         for t in o.subtree]
            elif c.dep_ == "prep" and c.lower_ in ("in", "against"):
                scope = [t for g in c.children if g.dep_ == "pobj" and g.lemma_ in DEMAND_NOUNS
                         for t in g.subtree]
            else:
                continue
            names = [t for t in scope if t.ent_type_ in NAME_ENTS]
            if names:
                return [min(names, key=_depth)]
    return []


def _protested_author(anchors: list[Any]) -> list[Any]:
    """'protested against a law passed by X', 'struck over a decree signed by X': who made
    what is protested against (the by-agent of a past participle on it) is the target; else
    a name owning or modifying it ('a protest over Chinese survey ships': China)."""
    for anchor in anchors:
        for thing in _pobjs(anchor, PROTESTED_PREPS):
            for verb in thing.children:
                if verb.dep_ == "acl" and verb.tag_ == "VBN":
                    named = [a for a in _pobjs(verb, {"by"}) if _actorish(a)]
                    if named:
                        return named[:1]
    for anchor in anchors:  # 'a protest over Chinese survey ships', 'against Israel's plan'
        for thing in _pobjs(anchor, PROTESTED_PREPS):
            owners = [o for o in _modifier_actors(thing) if _actorish(o) and o.pos_ != "PRON"]
            if owners:
                return owners[:1]
    return []


def _depth(tok: Any) -> int:
    """The number of heads above a token."""
    n = 0
    while tok.head != tok and n < 50:
        tok, n = tok.head, n + 1
    return n


def arguments_of(trig: Trigger, lexicon: Lexicon, is_place: Callable[[Any], bool] | None = None
                 ) -> Arguments:
    """The source and target tokens of a trigger (``is_place``: a token names a place that
    is no actor, such as a city)."""
    args = _nominal(trig, lexicon, is_place) if trig.nominal else _verbal(trig, lexicon)
    anchors = [a for a in (trig.token, *trig.extra, args.support) if a is not None]
    if not args.target and trig.entry.type in DEMAND_TYPES:
        args.target = _demand_target(anchors) or \
            _stance_targets([trig.token, *trig.extra, *args.source])
    protest_noun = trig.nominal and trig.token.lemma_.lower() in DEMAND_NOUNS  # also a
    # protest lodged with a government, an ACCUSE: 'a formal protest over Chilean boats'
    if (trig.entry.type in DEMAND_TYPES or protest_noun) and \
            not any(_actorish(t) for t in args.target):
        args.target += _protested_author(anchors)
    if trig.entry.type in ASKING_TYPES and not any(_actorish(t) for t in args.target):
        args.target += [s for a in anchors for c in a.children if c.dep_ == "prep"
                        for g in c.children if g.dep_ == "pobj" and g.lemma_ in ASKING_NOUNS
                        for s in _demanded_subjects(g)]  # 'insisted on its demand that X …'
    if not trig.nominal and not args.target:
        args.target = _targeting(trig.token)
    return args
