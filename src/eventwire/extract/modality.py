"""Event modality (asserted, negated, planned, hypothetical, background) from syntax, block
context and the time the text attaches to the event."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from eventwire.annotate.doccache import column, has_child, span_text
from eventwire.annotate.times import PRESENT_AUX
from eventwire.extract.absorption import temporal_clause
from eventwire.extract.arguments import first_conjunct, headline_subject
from eventwire.extract.background import BACKGROUND, background_evidence, definite, old_label
from eventwire.extract.conditions import conditional_offer
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.tables import chronology_row
from eventwire.extract.triggers import sentence_of
from eventwire.fuse.dates import date_range
from eventwire.model import Block

ASSERTED, NEGATED, PLANNED, HYPOTHETICAL = "asserted", "negated", "planned", "hypothetical"
CHAIN_LIMIT = 8
GENERIC_SUBJECT_DEPS = ("csubj", "nsubj", "nsubjpass")  # a gerund clause as subject
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")  # a "no" on these negates the event
LEAD_WINDOW = 2  # blocks looked back from a list item for its lead-in
NEG_EDGES = ("conj", "compound", "dobj", "nsubjpass", "attr", "oprd", "xcomp", "pcomp", "amod")
NEG_PREPS = ("toward", "towards", "of", "on", "for")
YET = frozenset({"yet"})
GERUND_PREPS = ("from", "of")  # 'refrain [from] attacking', 'no intention [of] attacking'
OCCURRENCE_VERBS = ("begin", "start", "happen", "occur", "take", "resume", "continue", "erupt",
                    "break", "follow", "come", "go", "proceed", "fail", "collapse", "succeed")
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
BELIEF_PATH_DEPS = ("ccomp", "xcomp", "attr", "conj", "dobj", "nsubj", "nsubjpass", "acomp")
CONSEQUENT_MARKS = ("if", "unless")
INDEFINITE_DETS = ("a", "an", "another", "any")
COPULAS = ("be", "remain", "seem", "appear", "look", "become")  # 'a new offensive remains possible'
SPEECH_ACT_TYPES = ("THREATEN", "AGREE", "REQUEST", "REJECT", "ACCUSE", "SUPPORT", "PROTEST")
OUT_OF_SCOPE_DEPS = ("advcl", "conj", "relcl", "nsubj", "nsubjpass", "csubj", "appos",
                     "parataxis")  # a governor's adjunct, conjunct or subject is not its content
EFFORT_VERBS = ("work", "strive", "struggle", "endeavour", "endeavor", "scramble", "labour",
                "labor")  # an effort to do something: only its infinitive is its content
ENDING_VERBS = ("resolve", "lift", "end", "overturn", "reverse", "rescind", "revoke", "ease",
                "relax", "remove", "scrap", "repeal")  # 'to lift the sanctions': they stand
ATTEMPT_WORDS = ("try", "attempt")  # 'tried to kill': the attempt is the act (see attempted_act)
EFFORT_NOUNS = ("effort",)  # 'relief efforts': a compound names the activity, under way
CALL_PREPS = ("for", "on", "upon")  # 'called for talks', 'called on X to ...'; not 'with'
FREE_RELATIVES = frozenset({"whoever", "whatever", "whichever", "whomever"})
ANY_PRONOUNS = ("anyone", "anybody", "anything", "everyone", "everybody")  # 'anyone who ...'
PRESENT_TAGS = ("VBZ", "VBP")
CLAUSE_POS = ("VERB", "AUX")
ANY_DETS = ("any",)  # no particular event: 'any attack', 'any incursion'
INVERSION_WORDS = ("should", "were", "had")  # 'Should the talks fail, ...': 'if' left out
INVERSION_AFTER_COMMA = ("should", "were")  # '..., should the truce collapse'
SUBJECT_START_POS = ("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM")
BE_TO_IDIOMS = ("blame",)  # 'the militia is to blame for the shelling' schedules nothing
REALISED_FOR_HEADS = ("take",)  # 'it took days for the army to retake the town' happened
INTENDED_INFINITIVE_DEPS = ("advcl", "acl", "relcl")  # purpose clause or a noun's infinitive
REALISED_INFINITIVE_ADVS = frozenset({"only"})  # 'advanced, only to retreat': it happened
REALISED_NOUN_MODS = ("first", "last", "only", "second", "third")  # 'the first leader to visit'
PURPOSE_CONTENT_DEPS = ("dobj", "xcomp", "ccomp", "nsubjpass")  # the purpose's own object
TO = frozenset({"to"})  # the infinitive marker as an auxiliary
QUESTION_MAX_WORDS = 12  # a question on its own line that stands as a heading
PAST_TAGS = ("VBD",)
UNFOLDING_VERBS = frozenset({"last", "run", "hold", "include", "involve", "cover", "contain",
                             "end", "expire", "apply"})  # what a planned event itself does
CONTRAST_CCS = frozenset({"but", "yet"})  # 'did not attack but shelled': the second happened
NEGATIVE_CCS = frozenset({"nor"})  # 'neither attacked nor shelled': neither happened
NEITHER = frozenset({"neither"})
HAVE_AUX = frozenset({"has", "have", "had"})
FRAME_TIME_PREPS = ("during", "amid", "amidst", "throughout", "before", "after", "following")
FORECAST_VERBS = frozenset({"believe", "think", "predict", "forecast", "foresee", "anticipate",
                            "suspect", "reckon", "imagine"})  # not 'expect': also a schedule
EXPECT_VERBS = frozenset({"expect"})  # a forecast only when an analyst expects
RELATIVE_TAGS = ("WDT", "WP", "WP$", "WRB")  # 'which', 'who', 'whose', 'where' opening a clause
QUESTION_CLAUSE_DEPS = ("csubj", "csubjpass", "ccomp")  # an indirect question's places
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
QUESTION_GOVERNORS = frozenset({"say", "know", "tell", "ask", "specify", "explain", "reveal",
                                "disclose", "clarify", "indicate", "decide", "wonder"})
PAST_AUX = frozenset({"did", "was", "were", "had", "has", "have"})
THAT = frozenset({"that"})
WHOLE_WORD_CUES = frozenset({"may", "could", "would", "might"})  # not 'mayor', 'Mayotte'
MONTH_WORDS = frozenset({"in", "since", "of", "until", "till", "from", "by", "early", "late",
                         "mid", "last", "next", "this", "through", "before", "after",
                         "during", "to", "on"})  # 'clashes in May', 'since May'

CONFIRM_VERBS = ("confirm", "verify", "corroborate", "substantiate")  # disputed when negated  # the mark of a content clause ('the risk that ...')
FOR = frozenset({"for"})  # 'for X to V'
DIRECTIVE_VERBS = ("order", "tell", "instruct", "direct", "command")  # 'ordered X to V'
SCENARIO_NOUNS = ("scenario", "possibility", "option", "contingency")  # 'in one scenario, ...'
OUTLOOK_NOUNS = ("outcome", "path", "course", "consequence", "implication", "development")
POSSIBLE_MODS = ("possible", "potential", "likely", "plausible", "conceivable")  # 'possible outcomes'
ORDINAL_FRAMES = frozenset({"first", "second", "third", "fourth", "last", "latter", "former",
                            "other"})  # 'in the first, ...' after 'three scenarios'
LISTED_LOOKBACK = 3  # sentences looked back from 'in the second' for the listed scenarios
LISTED_SCENARIOS_RE = re.compile(  # a sentence naming several scenarios, paths or outcomes
    r"\b(?:scenarios|possibilities|options|paths|outcomes|courses|ways\s+forward)\b", re.I)
CASE_NOUNS = ("case",)  # 'in the worst case', 'in that case'; not 'in the case of X'
CASE_DETS = ("that", "this", "such", "either", "which", "each")
FRAME_PREPS = ("in", "under")
SCENARIO_LABEL_RE = re.compile(  # 'Scenario two:', 'Worst case -', 'Option 3:' opening a line
    r"^\W*(?:(?:worst|best|likeliest|most likely|another|one)[\s-]+)?"
    r"(?:case(?:[\s-]+scenario)?|scenarios?|options?)\b[\w\s'-]{0,24}?\s?[:\u2013\u2014-]\s",
    re.IGNORECASE)


def _chain(tok: Any, reporting: set[str], lex: Lexicon | None = None) -> list[Any]:
    """The trigger and the heads above it, stopping below a reporting verb.

    A subject only passes on its verb's modality when the verb says the event
    happens ('a new offensive *could begin*'), the clause is a condition
    ('if talks fail'), the subject is an indefinite, not-yet-real event ('a single
    strike *could* unravel the deal') or a copula calls it a risk ('another clash
    is the biggest risk'); 'the conversation would not yield a result' stays real.
    """
    out = [tok]
    t = tok
    if _time_frame(tok):
        return out
    while t.head != t and len(out) < CHAIN_LIMIT:
        if t.dep_ in ("nsubj", "csubj") and not _passes_modality(t.head, t, lex):
            path = _occurrence_path(t.head)
            if not path:
                break
            out.extend(path)  # 'the talks are [due] to [resume]': the subject's event resumes
        if (t.dep_ == "relcl" and not _infinitival_modifier(t)) or temporal_clause(t) or \
                _clause_as_object(t) or _reduced_relative(t, lex) or _tensed_adjunct(t) or \
                _tensed_conjunct(t):
            break  # a relative clause has its own modality ('talks on the strike that killed'),
            # a dating participle that of the act it dates (see _dated_act)
        if t.i == tok.i and lex is not None and _speech_beside_infinitive(t, lex):
            t = t.head  # 'seeks to stop X, [alleging] ...': the seeker's own act, an adjunct
            # of the finite governor, not of the infinitive sought
        elif lex is not None and _speech_beside_reported_modal(t, lex):
            break  # 'said Hamas must disarm, [accusing] Iran ...': the speaker's own act
        if _second_complement(t):
            t = t.head  # 'said that A depends on B and that [X would respond]': B's governor
            # does not reach the second 'that' clause, which is the reporting verb's own
        t = t.head
        if t.lemma_ in reporting and t.pos_ == "VERB":
            break
        out.append(t)
    return out


CLAUSE_PREPS = frozenset({"as", "while", "when", "whilst"})  # subordinators read as prepositions
FACT_MARKS = frozenset({"because", "although", "though", "whereas", "while", "whilst", "since",
                        "as", "after"})  # an adverbial clause told as fact, not as a condition
TIMELESS_FACT_MARKS = frozenset({"because", "although", "though", "whereas"})  # even in the present
COMPARATIVE_TAGS = ("JJR", "RBR")  # 'the more', 'the longer', 'the sooner'
REALISING_VERBS = frozenset({"take", "begin", "start", "happen", "occur", "go", "proceed",
                             "open", "resume", "end", "conclude", "finish", "close", "hold"})
HAVE_BASE = frozenset({"have"})  # 'would [have] attacked'
REASON = frozenset({"reason"})  # 'it stands to reason that ...'
SEEM_VERBS = frozenset({"seem", "appear"})  # 'it seems that ...'
CONTRAST_MARKS = frozenset({"while", "whilst"})  # after a comma: a contrast, not a time
ONGOING_VERBS = frozenset({"be", "keep", "continue", "remain", "stay"})  # 'while X is busy ...'
TENSE_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "am", "'s", "'re"})


def _tensed_adjunct(clause: Any) -> bool:
    """True for an adverbial clause of cause, concession, contrast or time with a tense of its
    own ('will withdraw because the rebels [have attacked] the convoy', 'could impose
    sanctions, although X has [expelled] its diplomats', 'may retaliate, as troops [shelled]
    the border', 'while X is busy [bullying] its neighbour, if you look around, ...'): it tells a
    fact, so the main verb's modal, plan or condition does not reach it. A present simple
    counts only after a causal or concessive mark ('while the talks take place next week' may
    be a plan), nor a present after a temporal mark under a modal ('will attack while the army
    is [holding] talks' times the plan), and a clause inside a condition stays in it ('if
    they attack while the army is [shelling] ...')."""
    if clause.dep_ != "advcl" or clause.pos_ not in CLAUSE_POS:
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if not marks & FACT_MARKS or marks & CONDITION_MARKS:
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    tensed = clause.tag_ in PAST_TAGS or any(a.lower_ in TENSE_AUX or a.lower_ in ("did",)
                                             for a in auxes)
    if not tensed and not (clause.tag_ in PRESENT_TAGS and (
            marks & TIMELESS_FACT_MARKS or clause.lemma_.lower() in ONGOING_VERBS)):
        return False
    head = clause.head
    if head.lemma_.lower() == "be" and not any(c.dep_ in ("attr", "acomp", "prep")
                                               for c in head.children):
        return False  # 'if X invades, it will be [because] Y attacked': the clause is the
        # copula's predicate, inside what the condition supposes
    past = clause.tag_ in PAST_TAGS or any(a.lower_ in PAST_AUX for a in auxes)
    contrast = any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS and c.i > 0 and
                   c.doc[c.i - 1].lower_ == "," for c in clause.children)  # ', while X is ...'
    going_on = clause.lemma_.lower() in ONGOING_VERBS - {"be"}  # 'while the army keeps ...'
    if not past and not contrast and not going_on and not marks & TIMELESS_FACT_MARKS and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in clause.head.children):
        return False  # 'will attack while the army is sleeping': the time of the plan
    t = clause.head
    for _ in range(CHAIN_LIMIT):
        if has_child(t, "mark", CONDITION_MARKS):
            return False
        if t.head.i == t.i:
            break
        t = t.head
    return True


def _clause_as_object(verb: Any) -> bool:
    """True for a finite verb the parser hangs as the object of a subordinator read as a
    preposition ('urges restraint [as] fighting [spreads] to coast', 'calls for calm as
    clashes [escalate]', headline style): an adverbial clause with its own tense, outside the
    content of what governs the noun the subordinator is attached to, as when it is parsed
    as the clause it is."""
    return verb.dep_ == "pobj" and verb.tag_ in ("VBZ", "VBP", "VBD") and \
        verb.head.lower_ in CLAUSE_PREPS


def _clause_prep(prep: Any) -> bool:
    """True for a subordinator read as a preposition whose object is a verb form ('urges
    calm [as] fighting spreads', parsed 'as [fighting] spreads' with 'fighting' a gerund):
    an adjunct clause of the governor, not its content."""
    return prep.dep_ == "prep" and prep.lower_ in CLAUSE_PREPS and any(
        c.dep_ in ("pcomp", "pobj") and c.tag_ in ("VBG", "VBZ", "VBP", "VBD")
        for c in prep.children)


def _second_complement(clause: Any) -> bool:
    """True for a 'that' clause conjoined to another 'that' clause of one verb ('said that
    the truce depends on X and that Y would respond'): both are that verb's content."""
    return clause.dep_ == "conj" and clause.head.dep_ == "ccomp" and \
        has_child(clause, "mark", THAT) and has_child(clause.head, "mark", THAT)


def _time_frame(tok: Any) -> bool:
    """True for a nominal event that times the clause it sits in ('hopes to settle the
    dispute [during talks] on Tuesday', 'could strike [after the summit]'): it takes place
    whatever becomes of the clause, so the clause's modality does not reach it."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in FRAME_TIME_PREPS


def _reduced_relative(clause: Any, lex: Lexicon | None = None) -> bool:
    """True for a participle describing a definite noun ('the detainees [being held] at the
    base', 'the prisoners [held] by the rebels', 'his troops [stationed] there'): like a
    relative clause it tells a state or act of its own, presupposed whatever governs the noun
    ('asked about the detainees being held' still tells detainees held). An indefinite noun's
    participle is the noun's content ('called for talks [aimed] at ...', 'a force [drawn]
    from ...') and keeps the governor's modality, and so does the participle of an event noun,
    one event with it ('if the sanctions [announced] by X take effect')."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or _aux_in(clause, TO):
        return False  # a passive participle only: 'the militia [freeing] the sailors' may be
        # a gerund's subject the parser hangs as a noun's modifier
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN") or clause.i < noun.i:
        return False
    if lex is not None and lex.candidates("noun", noun.lemma_.lower()):
        return False
    return definite(noun)


def _speech_beside_infinitive(part: Any, lex: Lexicon) -> bool:
    """True for a speech-act participle set off by a comma that the parser hangs from an
    infinitive ('seeks to stop the transfers, [alleging] they break the law', 'wants to expel
    the envoy, [accusing] him of spying'): the subject says it now, while seeking; the
    sought infinitive's own modality does not reach it. A participle of another act ('plans
    to strike the town, [killing] ...') stays the infinitive's outcome."""
    head = part.head
    return part.dep_ == "advcl" and part.tag_ == "VBG" and _set_off(part) and \
        head.dep_ == "xcomp" and _aux_in(head, TO) and head.head.i != head.i and \
        _speech_act(part, lex)


def _tensed_conjunct(verb: Any) -> bool:
    """True for a conjoined verb with a finite tense of its own (past 'accused', present
    'warns') whose first conjunct is a bare verb under a modal or 'to' ('said Hamas must disarm
    and [accused] Iran of arming it', 'argued migration can lead to unrest and [warned] of
    crime', 'plans to visit Paris and [met] the envoy'): a modal or 'to' takes a bare verb, so
    the finite conjunct cannot share it; it is a clause of its own, told as done or said. 'Could
    attack the town and [shell] the depot' shares the modal."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_OWN_TAGS or verb.head.i == verb.i:
        return False
    head = verb.head
    return head.tag_ == "VB" and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in TO)
                                     for c in head.children)


FINITE_OWN_TAGS = ("VBD", "VBZ")  # a past or third-person present: never a modal's complement


def _speech_beside_reported_modal(part: Any, lex: Lexicon) -> bool:
    """True for a speech-act participle set off by a comma that the parser hangs from a
    reported clause under a modal ('the minister said Hamas must disarm, [accusing] Iran of
    arming it', 'said the army could not wait, [calling] on the rebels to leave'): what the
    speaker does while saying it, an adjunct of the reporting verb, out of the reach of the
    reported modal. A participle of another act ('said the army could strike, [killing] ...')
    stays the modal clause's outcome."""
    head = part.head
    if part.dep_ != "advcl" or part.tag_ != "VBG" or head.i == part.i or not _set_off_quoted(part):
        return False
    if head.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return False
    return head.head.pos_ == "VERB" and head.head.lemma_.lower() in lex.cue("reporting_verbs") \
        and _speech_act(part, lex)


def _set_off_quoted(participle: Any) -> bool:
    """True when a comma sets the participle off from the clause before it, also across the
    closing quotation mark of a quoted clause ('said they "can not wait," [accusing] ...')."""
    i = participle.i - 1
    while i > 0 and participle.doc[i].is_quote:
        i -= 1
    return i > 0 and participle.doc[i].lower_ == ","


def attempted_act(tok: Any, lex: Lexicon) -> bool:
    """True for an act told as tried: the infinitive of a past 'try' or 'attempt' ('a gunman
    [tried] to kill the envoy', 'said they had attempted to assassinate the minister') or the
    content of an attempt a past verb reports ('survived an assassination attempt', 'an
    attempt to kill him failed'). The attempt itself must be real: 'may try to attack',
    'will attempt to', 'feared an assassination attempt' stay hypothetical."""
    gov = tok.head
    if gov.i == tok.i or gov.lemma_.lower() not in ATTEMPT_WORDS:
        return False
    if gov.pos_ in CLAUSE_POS:
        return tok.dep_ == "xcomp" and _aux_in(tok, TO) and _realised_past(gov) and \
            syntactic_modality(gov, lex) == ASSERTED
    if gov.pos_ != "NOUN" or not (tok.dep_ == "compound" or (
            tok.dep_ in ("acl", "relcl") and _aux_in(tok, TO))):
        return False
    verb = gov.head.head if gov.dep_ == "pobj" else gov.head  # 'survived [an attempt]'
    return verb.i != gov.i and verb.pos_ in CLAUSE_POS and _realised_past(verb) and \
        syntactic_modality(gov, lex) == ASSERTED


def standing_measure(tok: Any) -> bool:
    """True for a definite measure noun that a verb of ending sets out to remove ('wants to
    resolve [the freeze] on grain', 'seeks to overturn [the ban]', 'asked X to lift [its
    sanctions]'): whatever becomes of the removal, the measure is in force."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in ENDING_VERBS and definite(tok)


def _infinitival_modifier(clause: Any) -> bool:
    """True for a bare 'to' infinitive the parser reads as a relative clause of its noun
    ('ways [to oppose] the curfew', 'a chance [to strike]'): no relative word, so it is the
    noun's content and takes the modality of what governs the noun ('sought ways to oppose'),
    unlike 'the strike that killed ...', which has its own."""
    return _aux_in(clause, TO) and not any(
        c.tag_ in RELATIVE_TAGS or c.lower_ in THAT for c in clause.subtree
        if c.i < clause.i and c.head.i >= clause.i)


def _occurrence_path(verb: Any) -> list[Any]:
    """The tokens from an occurrence verb completing ``verb`` up to it ('are due to
    [resume]', 'are likely to [collapse]', 'are expected to [begin]'): [occurrence verb, ...
    the words between]; empty when none completes it."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in OCCURRENCE_VERBS:
            return [c]
        if c.dep_ in ("acomp", "xcomp"):
            for g in c.children:
                if g.dep_ == "xcomp" and g.lemma_.lower() in OCCURRENCE_VERBS:
                    return [g, c]
    return []


def _passes_modality(verb: Any, subj: Any = None, lex: Lexicon | None = None) -> bool:
    """True when the verb's modality (or its copula's risk noun) applies to its subject: an
    occurrence verb, a condition, or an indefinite subject under a modal, a risk copula or a
    hedged future ('a new offensive [will likely] draw ...')."""
    if verb.lemma_.lower() in OCCURRENCE_VERBS or has_child(verb, "mark", CONDITION_MARKS):
        return True
    if lex is None or subj is None or not _indefinite(subj):
        return False
    return _aux_in(verb, lex.cue("hypothetical", "aux")) or _risk_copula(verb, lex) or \
        _speculative_adverb([verb], lex)  # 'a purchase of jets [will likely have] ...'


def _risk_copula(verb: Any, lex: Lexicon) -> bool:
    """'... is the biggest risk', '... remains possible': a copula whose complement is a
    speculative noun or adjective."""
    govs = lex.cue("hypothetical", "governors")
    return verb.lemma_ in COPULAS and any(c.dep_ in ("attr", "acomp") and
                                          c.lemma_.lower() in govs for c in verb.children)


def _indefinite(noun: Any) -> bool:
    """A noun introduced as a new, unspecific instance ('a', 'another', 'any', 'one')."""
    return any((c.dep_ == "det" and c.lower_ in INDEFINITE_DETS) or
               (c.dep_ == "nummod" and c.lower_ == "one") for c in noun.children)


def _conditional_consequent(chain: list[Any]) -> bool:
    """True when a verb of the chain carries an 'if'/'unless' clause ('will attack if ...')."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONSEQUENT_MARKS
                                         for m in c.children)
               for t in chain for c in t.children)


CLAUSE_EDGES = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "parataxis",
                          "ROOT"})


def _negated_condition(tok: Any) -> bool:
    """True when a negated act is the condition of another ('will resume the offensive if the
    army does not pull back', 'unless they do not leave'): the act not done is supposed, not
    reported as having failed to happen. The 'if' must open an adverbial clause of the
    trigger's own clause ('asked if X had not attacked' asks whether it did)."""
    t = tok
    for _ in range(CHAIN_LIMIT):
        if t.dep_ == "advcl" and has_child(t, "mark", CONSEQUENT_MARKS):
            return True
        if t.dep_ in CLAUSE_EDGES or t.head == t:
            return False
        t = t.head
    return False


def _speech_act(tok: Any, lex: Lexicon) -> bool:
    """True for a trigger that is itself a speech act ('threatened ... if'): a condition
    qualifies what it announces, not the announcement."""
    pos = "verb" if tok.pos_ in ("VERB", "AUX") else "noun"
    return any(e.type in SPEECH_ACT_TYPES for e in lex.candidates(pos, tok.lemma_.lower()))


def _speech_head(tok: Any, reporting: set[str]) -> Any | None:
    """The nearest reporting verb above the trigger ('[could say] the deal is void')."""
    t = tok
    for _ in range(CHAIN_LIMIT):
        if t.head == t:
            return None
        t = t.head
        if t.pos_ == "VERB" and t.lemma_ in reporting:
            return t
    return None


def _negation_path(trig: Any, lex: Lexicon) -> list[Any]:
    """Tokens whose negation negates the trigger: itself, its conjunct head, the verb it is
    the object of, a verb it complements, and 'progress toward' bridges."""
    bridges = lex.cue("negation", "bridges")
    noun_govs = lex.cue("negation", "nouns")
    governors = lex.cue("negation", "governors")
    dets = lex.cue("negation", "dets")
    path = [trig]
    t = trig
    while t.head != t and len(path) < CHAIN_LIMIT:
        dep, head = t.dep_, t.head
        if dep == "conj" and t.pos_ in CLAUSE_POS and _own_clause(t):
            break
        if dep in NEG_EDGES or (dep == "acomp" and t.pos_ == "ADJ"):
            t = head  # 'is not [willing] to talk', 'was not [supportive] of': the copula's negation
        elif dep == "acl" and _aux_in(t, TO) and (head.lemma_.lower() in noun_govs or
                                                  has_child(head, "det", dets)):
            t = head  # 'the failure [to sell] the missiles', 'has no plans [to attack]'
        elif dep == "prep" and t.lower_ in GERUND_PREPS and len(path) > 1 and \
                path[-2].dep_ == "pcomp" and (head.lemma_.lower() in governors or
                                              has_child(head, "det", dets) or
                                              (head.lower_ == "short" and head.head != head)):
            t = head if head.lower_ != "short" else head.head
            # 'refrained [from] attacking', 'no intention [of] attacking', 'stopped short [of]
            # imposing': the gerund is what was refrained from, not meant, not done
        elif dep == "pobj" and head.lower_ in NEG_PREPS and head.head != head:
            t = head.head
            if t.lemma_.lower() not in bridges | noun_govs and t.pos_ != "ADJ":
                break
        else:
            break
        path.append(t)
    return path


def _predicate_beside(below: Any, governor: Any) -> bool:
    """True when ``below`` is a verb coordinated with a negating ``governor``, not its
    complement: the governor stops, fails or refuses what it governs, and a second predicate
    of the same subject is an act of its own ('halted fuel sales and [recalled] its
    ambassador', 'ceased fire and [withdrew] from the hill', 'failed to reach a deal and
    [imposed] tariffs', 'stopped buying rice and then [halted] imports'). A negation word
    of the governor still reaches it ('did not attack the town and [shell] the depot'), and
    a conjunct of the governed verb stays governed ('refused to attack the town and
    [shell] the depot')."""
    return below.dep_ == "conj" and below.head.i == governor.i and below.pos_ in CLAUSE_POS


def _coordinator(conj: Any) -> str:
    """The coordinating word before a conjunct ('and', 'but', 'nor'), lower-cased; ''."""
    ccs = [c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i]
    return ccs[-1].lower_ if ccs else ""


def _own_clause(conj: Any) -> bool:
    """True when a conjoined verb is a clause of its own, out of the reach of the first
    clause's negation: it has its own subject ('did not attack the town, and the rebels
    [shelled] the depot') or follows a contrast ('did not attack the town but [shelled]
    the depot')."""
    return _coordinator(conj) in CONTRAST_CCS or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)


def _no_participant(tok: Any, dets: frozenset[str], pronouns: frozenset[str]) -> bool:
    """True when the trigger's subject or object is quantified by 'no' ('no passengers were
    killed', 'arrested nobody'): the event names no one it happened to or by."""
    for c in tok.children:
        if c.dep_ not in ARGUMENT_DEPS:
            continue
        if c.lower_ in pronouns or any(d.dep_ == "det" and d.lower_ in dets for d in c.children):
            return True
    return False


def _negated(tok: Any, lex: Lexicon) -> bool:
    """True when a negation cue governs the trigger."""
    dets = lex.cue("negation", "dets")
    if _no_participant(tok, dets, lex.cue("negation", "pronouns")):
        return True
    if tok.dep_ == "conj" and tok.pos_ in CLAUSE_POS and _coordinator(tok) in NEGATIVE_CCS:
        return True  # 'neither attacked the town [nor] shelled the depot'
    if tok.pos_ in CLAUSE_POS and has_child(tok, "preconj", NEITHER):
        return True  # '[neither] attacked the town nor shelled the depot'

    advs = lex.cue("negation", "adverbs")
    govs = lex.cue("negation", "governors") | lex.cue("negation", "nouns")
    preps = lex.cue("negation", "preps")
    path = _negation_path(tok, lex)
    for i, t in enumerate(path):
        if (t != tok or t.lemma_.lower() == "hesitate") and \
                t.lemma_.lower() in lex.cue("negation", "litotes") and has_child(t, "neg"):
            return False  # 'will not [hesitate] to strike': a readiness to act, not a refusal
        if has_child(t, "neg") or has_child(t, "det", dets) or has_child(t, "advmod", advs):
            return True
        if t != tok and t.lemma_.lower() in govs and not _predicate_beside(path[i - 1], t):
            return True
        if t != tok and path[i - 1].dep_ == "xcomp" and _aux_in(path[i - 1], TO) and \
                t.lemma_.lower() == "have" and has_child(t, "advmod", YET):
            return True  # 'has [yet] to sign the deal': not signed so far
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in preps:
            return True
    return False


def phrasal_in(verb: Any, words: frozenset[str]) -> bool:
    """True when a verb, alone or with its particle ('call off', 'put off'), is in ``words``."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in CLAUSE_POS:
        return False
    return lemma in words or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words
                                 for c in verb.children)


def _postponed(tok: Any, lex: Lexicon) -> bool:
    """True when the event is the subject or object of a postponement that is not negated
    ('talks were postponed until May', 'put off the vote'): it is still to come, a plan."""
    words = lex.cue("negation", "postpone_verbs")
    return any(t != tok and phrasal_in(t, words) and not has_child(t, "neg") and
               not _shared_object(t) for t in _negation_path(tok, lex))


def _shared_object(verb: Any) -> bool:
    """True when the postponement is a conjunct without a subject of its own, which may share
    its object with the verb before it ('first imposing and then [delaying] a tariff'; the
    parse often hangs the conjunct on an earlier verb of the sentence): the act took place."""
    if verb.dep_ == "conj":
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    head = verb.head  # 'by imposing and delaying': two complements of one preposition
    return head != verb and any(c.dep_ == "cc" and c.i < verb.i for c in head.children) and any(
        c.dep_ == verb.dep_ and c.i < verb.i and c.pos_ in CLAUSE_POS for c in head.children)


def _negated_word(tok: Any, lex: Lexicon) -> bool:
    """True when a word of the trigger phrase carries its own negation ('no agreement')."""
    dets = lex.cue("negation", "dets")
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in dets) for c in tok.children)


def _word_in(tok: Any, words: frozenset[str]) -> bool:
    """True when the token's lemma or its own form is one of ``words`` (a participle used as
    an adjective keeps its form: 'the *planned* visit' has the lemma 'plan')."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _aux_in(tok: Any, words: set[str]) -> bool:
    """True when ``tok`` has an auxiliary from ``words``."""
    return has_child(tok, "aux", words if isinstance(words, frozenset) else frozenset(words))


def _anyone_who(trig: Any) -> bool:
    """True when the trigger's clause tells what anybody at all would do: its subject is a
    free relative ('[whoever] attacks Israel', 'whatever force crosses the line') or the
    clause restricts 'anyone' or an 'any' noun ('anyone who [fires] on our troops', 'any
    group that [attacks] us'): a rule or a warning, not an act that happened."""
    verb = trig
    for _ in range(3):
        if verb.pos_ in CLAUSE_POS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in CLAUSE_POS or not _generic_tense(verb):
        return False
    verb = first_conjunct(verb)  # 'whoever threatens Israel and [attacks] it'
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ in FREE_RELATIVES or has_child(c, "det", FREE_RELATIVES) for c in subjects):
        return True
    head = verb.head
    return verb.dep_ == "relcl" and (head.lower_ in ANY_PRONOUNS or
                                     has_child(head, "det", frozenset(ANY_DETS)))


def _generic_tense(verb: Any) -> bool:
    """A present or modal verb: what anybody does or would do ('whoever [attacks]'), not a
    past act of someone unknown ('whoever [attacked] the convoy will be found')."""
    return verb.tag_ in PRESENT_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD"
                                            for c in verb.children)


def _generic_activity(chain: list[Any]) -> bool:
    """True when the trigger sits in a gerund clause used as a subject: an activity named in
    general, not one that happened ('[Doing deals] with dictators tends to benefit ...',
    '[securing a deal] was not the focus'); a bare gerund noun stays an event ('[fighting] in
    the region has forced thousands to flee')."""
    return any(t.tag_ == "VBG" and t.dep_ in GENERIC_SUBJECT_DEPS
               and any(c.dep_ == "dobj" for c in t.children) for t in chain) or \
        any(t.dep_ == "xcomp" and _aux_in(t, TO) and _clausal_subject(t.head)
            for t in chain)  # 'to be a reporter there means [to be persecuted]': an entailment


def _clausal_subject(verb: Any) -> bool:
    """True for a verb whose subject is an infinitive or gerund clause ('[to report] from there
    means ...', which the parser may hang as an adverbial clause before a subjectless verb)."""
    if has_child(verb, "csubj"):
        return True
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and any(
        c.dep_ == "advcl" and c.i < verb.i and _aux_in(c, TO) for c in verb.children)


def open_question(clause: Any) -> bool:
    """True for a future clause that is asked about, not told: an indirect question opened by
    a wh-word as a clausal subject or complement ('[how] Washington will respond is unclear',
    'to [what] extent X will defend its ally was not made clear', 'did not say [when] the
    troops would withdraw', 'it is unclear [which] country will host the talks'). Whether the
    act will happen is the open point, so it is neither planned nor promised; a past clause
    ('it is unclear how the gunmen entered the town') still tells that the act happened."""
    if clause.pos_ not in CLAUSE_POS or clause.dep_ not in QUESTION_CLAUSE_DEPS and not (
            clause.dep_ == "advcl" and clause.head.lemma_.lower() in QUESTION_GOVERNORS) \
            and not _subject_clause_as_root(clause):
        return False  # 'did not say when X would withdraw', parsed as an adverbial clause
    if clause.head.dep_ in ("relcl", "acl"):
        return False  # 'the PLO, [which] he said would create a climate for talks': a relative
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children):
        return False
    for c in clause.children:
        if c.i > clause.i:
            continue
        if c.tag_ in RELATIVE_TAGS:
            return True  # 'how', 'when', 'what', 'who'
        if c.dep_ == "prep" and any(g.tag_ in RELATIVE_TAGS for g in c.subtree):
            return True  # 'to what extent', 'in which way'
        if any(g.dep_ == "det" and g.tag_ in RELATIVE_TAGS for g in c.children):
            return True  # 'which country', 'what steps'
    return False


def _subject_clause_as_root(clause: Any) -> bool:
    """A clausal subject the parser made the root, with the real predicate as its conjunct:
    '[To what extent X will defend its ally], was not made clear' read as 'X will defend ...
    and was made clear'. A statement does not open with a wh-word, and a direct question ends
    with its mark (read elsewhere), so a root opened by one is a subject clause."""
    if clause.dep_ != "ROOT" or clause.i == clause.sent.start:
        return False
    first = clause.doc[clause.sent.start]
    if first.tag_ not in RELATIVE_TAGS and not (
            first.dep_ == "prep" and first.head.i == clause.i
            and any(g.tag_ in RELATIVE_TAGS for g in first.subtree)):
        return False
    return any(c.dep_ == "conj" and c.i > clause.i and c.pos_ in CLAUSE_POS
               for c in clause.children)


def correlative_comparison(tok: Any) -> bool:
    """True for a trigger in either half of a correlative comparison ('the more China bullies
    Taiwan, the more support Taiwan gets', 'the longer the [siege] lasts, the harder ...',
    'the harder they push, the less we will give'): two 'the' + comparative pairs, the first
    before a comma that precedes the second. The sentence states a general rule of how one
    thing grows with another (hypothetical), not a report of either act; a single comparison
    ('the more recent attack', 'killed more civilians than ever') is none."""
    sent, doc = sentence_of(tok), tok.doc
    lower, tag = column(doc, "lower"), column(doc, "tag")  # no token built per word
    pairs = [i for i in range(sent.start, sent.end - 1)
             if lower[i] == "the" and tag[i + 1] in COMPARATIVE_TAGS]
    if len(pairs) < 2 or tok.i < pairs[0]:
        return False
    return "," in column(doc, "orth")[pairs[0]:pairs[-1]]


def _doubted(trig: Any, lex: Lexicon) -> bool:
    """True when the trigger lies in the complement of a belief the text denies or doubts:
    'I do not believe there will be an arrest', 'little reason to think they will meet'."""
    beliefs = lex.cue("hypothetical", "belief_verbs") | lex.cue("hypothetical", "doubt_verbs")
    t = trig
    for _ in range(CHAIN_LIMIT):
        if t.head == t or t.dep_ not in BELIEF_PATH_DEPS:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in beliefs:
            return _denied(t, lex)
    return False


def _denied(belief: Any, lex: Lexicon) -> bool:
    """A negated belief verb, a verb of doubt ('experts doubt they will meet'), or one
    completing a noun quantified by 'little' or 'no'."""
    if any(c.dep_ == "neg" for c in belief.children):
        return True
    if belief.lemma_.lower() in lex.cue("hypothetical", "doubt_verbs"):
        return True
    noun = belief.head if belief.dep_ in ("acl", "xcomp", "relcl") else None
    quants = lex.cue("hypothetical", "doubt_quantifiers")
    return noun is not None and noun.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "det") and c.lower_ in quants for c in noun.children)


def _speculative_adverb(chain: list[Any], lex: Lexicon) -> bool:
    """'will [likely] add', 'would [probably] meet': a hedge on a verb of the chain that
    speaks of the future (a prediction, not a plan)."""
    advs = lex.cue("hypothetical", "adverbs")
    future = lex.cue("planned", "aux") | lex.cue("hypothetical", "aux")
    return any(has_child(t, "advmod", advs) and has_child(t, "aux", future) for t in chain)


def _epistemic_above(chain: list[Any], lex: Lexicon) -> bool:
    """True when what governs the trigger is itself only possible: a verb above it under
    'may', 'might' or 'could' ('the army [may decide] to strike'), or a governor or copula
    of possibility ('it [is possible] that the army will attack', 'a [chance] that they
    will meet'). The trigger's own auxiliary is not looked at ('could strike' is hedged by
    the modality alone)."""
    aux = lex.cue("hypothetical", "epistemic_aux")
    govs = lex.cue("hypothetical", "epistemic_governors")
    for below, t in zip(chain, chain[1:], strict=False):
        if _aux_in(t, aux) or (t.lemma_.lower() in govs and _in_scope(t, below)):
            return True
        if t.lemma_ in COPULAS and any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in govs
                                       for c in t.children):
            return True
    return False


def _frame_relative(clause: Any) -> bool:
    """True when a relative clause sets its noun as a frame: 'a scenario [in which] X
    attacks', 'a scenario [where] X attacks'."""
    return any((c.dep_ == "prep" and c.lower_ in FRAME_PREPS and
                any(g.lower_ == "which" for g in c.children)) or
               (c.dep_ == "advmod" and c.lower_ == "where") for c in clause.children)


def _disputed(claim: Any, lex: Lexicon) -> bool:
    """True when a report or claim is the object of a denial ('denied reports that ...',
    'dismissed claims that ...') or of a confirmation that did not come ('has not confirmed
    reports that ...', 'could not verify claims that ...')."""
    verb = claim.head
    if claim.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in CLAUSE_POS:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in lex.cue("hypothetical", "denial_verbs"):
        return False
    if lemma in CONFIRM_VERBS:
        return has_child(verb, "neg") or _aux_in(verb, lex.cue("hypothetical", "epistemic_aux"))
    return True


def _possibility_content(chain: list[Any], lex: Lexicon) -> bool:
    """True when the trigger's clause is what a noun of possibility, risk or fear holds ('a
    risk [that] the army attacks', 'the danger is [that] the militia fires', 'a scenario [in
    which] X attacks') or what no evidence supports ('no evidence [that] X attacked'): the
    content of a noun, not a report. A relative clause about the noun ('the risk that the army
    took') is not its content."""
    nouns = lex.cue("hypothetical", "content_nouns")
    for t in chain:
        if t.pos_ not in CLAUSE_POS:
            continue
        head = t.head
        if (t.dep_ in ("relcl", "acl") or (t.dep_ == "ccomp" and has_child(t, "mark", THAT))) \
                and head.pos_ == "NOUN" and (has_child(t, "mark", THAT) or _frame_relative(t)):
            # the parser hangs a noun's that-clause as a ccomp when the noun is a passive's
            # subject ('reports [that] X shelled the town were denied by Y')
            lemma = head.lemma_.lower()
            if lemma in nouns:
                return True
            if lemma in lex.cue("hypothetical", "evidence_nouns") and any(
                    c.dep_ in ("det", "amod") and c.lower_ in
                    lex.cue("hypothetical", "doubt_quantifiers") for c in head.children):
                return True
            if lemma in lex.cue("hypothetical", "claim_nouns") and _disputed(head, lex):
                return True
        if t.dep_ == "ccomp" and head.lemma_ in COPULAS and has_child(t, "mark", THAT) and \
                any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in head.children):
            return True  # 'the danger is that ...'
    return False


def hedged(tok: Any, lex: Lexicon, chain: list[Any] | None = None) -> bool:
    """True when the event is doubted or hedged ('little reason to think X will', 'will
    likely', 'may decide to', 'it is possible that X will'): a prediction at best, which
    announces no intent (``chain``: the trigger's governing chain, when already built)."""
    if chain is None:
        chain = _chain(tok, lex.cue("reporting_verbs"), lex)
    return _speculative_adverb(chain, lex) or _doubted(tok, lex) or \
        _epistemic_above(chain, lex) or _possibility_content(chain, lex) or \
        _forecast(chain, lex)


def forecast(tok: Any, lex: Lexicon) -> bool:
    """True when an act is told as an analyst's forecast (see ``_forecast``)."""
    return _forecast(_chain(tok, lex.cue("reporting_verbs"), lex), lex)


def _forecast(chain: list[Any], lex: Lexicon) -> bool:
    """True when an analyst says, believes or expects that an act will happen ('analysts
    believe the army will attack', 'experts say the rebels will strike', 'observers expect
    X to retaliate'): a forecast, neither a plan nor a threat of the party that would act.
    'The minister said the army will strike' stays a stated intent."""
    head = _belief_head(chain, lex)
    return head is not None and any(c.dep_ == "nsubj" and
                                    c.lemma_.lower() in lex.cue("analysis_subjects")
                                    for c in head.children)


def believed(tok: Any, lex: Lexicon) -> bool:
    """True when a future act is what someone believes or predicts will happen ('officials
    think X will send troops', 'predict the rebels will strike'): it may be planned, but the
    party that would act announced nothing, so it is no threat or promise of theirs."""
    head = _belief_head(_chain(tok, lex.cue("reporting_verbs"), lex), lex)
    return head is not None and head.lemma_.lower() in FORECAST_VERBS


def _belief_head(chain: list[Any], lex: Lexicon) -> Any | None:
    """The nearest verb of saying, believing or expecting whose content is the future act
    of ``chain`` ('will attack', 'would strike', 'to attack'); None for a past act."""
    future = lex.cue("planned", "aux") | {"would"}
    if not any(_aux_in(t, future) for t in chain) and not _aux_in(chain[0], TO):
        return None
    reporting = lex.cue("reporting_verbs")
    t = chain[0]
    for _ in range(CHAIN_LIMIT):
        if t.head == t or t.dep_ in OUT_OF_SCOPE_DEPS:
            return None
        t = t.head
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and (lemma in reporting or lemma in FORECAST_VERBS
                                 or lemma in EXPECT_VERBS):
            return t
    return None


def inverted_condition(trig: Any) -> bool:
    """True when the trigger lies in a condition clause opened by an inverted auxiliary
    instead of 'if': 'Should the talks collapse, ...', 'Were the rebels to attack, ...',
    'Had the convoy arrived, ...' (at the start of the sentence; 'should' and 'were' also
    after a comma). The clause ends at the next comma."""
    sent = sentence_of(trig)
    doc, lower = trig.doc, column(trig.doc, "lower")
    for i in range(sent.start, min(trig.i, sent.end)):
        if lower[i] not in INVERSION_WORDS or i + 1 >= sent.end:
            continue
        before = next((j for j in range(i - 1, sent.start - 1, -1)
                       if lower[j] == "," or not doc[j].is_punct), None)  # last word before
        opens = before is None or (lower[before] == "," and lower[i] in INVERSION_AFTER_COMMA)
        if not opens or doc[i + 1].pos_ not in SUBJECT_START_POS:
            continue
        end = next((j for j in range(i + 1, sent.end) if lower[j] == ","), sent.end)
        if trig.i < end and (end < sent.end or before is not None):
            return True
    return False


def _for_infinitive(t: Any) -> bool:
    """A 'for X to V' clause: what is called for, waited for or proposed, not what happened
    ('calls for both sides to withdraw', 'the plan is for the army to pull back'); 'it took
    days for X to V' reports a deed."""
    return (_aux_in(t, TO) and has_child(t, "mark", FOR)
            and t.head.lemma_.lower() not in REALISED_FOR_HEADS)


# Non-implicative governors (Karttunen 1971, "Implicative verbs"): a verb of permission or of
# commission does not entail its 'to' infinitive ('the decree allows the army to [seize]
# land', 'hired two men to [kill] the mayor', 'paid militants to [attack]', 'feel free to
# [visit]'), unlike an implicative one ('forced the rebels to [withdraw]', 'managed to
# [reach]'). Verbs of asking, ordering, wanting and planning are the ``hypothetical`` and
# ``planned`` governors of plover_patterns.json.
PERMISSION_GOVERNORS = frozenset({"allow", "permit", "authorize", "authorise", "empower",
                                  "entitle", "license", "licence", "free"})
COMMISSION_GOVERNORS = frozenset({"hire", "pay", "recruit", "enlist", "contract", "bribe"})
NON_IMPLICATIVE_GOVERNORS = PERMISSION_GOVERNORS | COMMISSION_GOVERNORS
NON_IMPLICATIVE_DEPS = frozenset({"xcomp", "ccomp"})
ADJUNCT_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "parataxis"})
GERUND_OBJECT_DEPS = frozenset({"xcomp", "ccomp", "dobj"})


def _non_implicative(governor: Any, below: Any, path: list[Any]) -> bool:
    """True when ``below`` is the 'to' infinitive a verb of permission or commission
    governs (``NON_IMPLICATIVE_GOVERNORS``), or the gerund a verb of permission takes, and
    the trigger lies in it, not in a clause of
    its own hung on it (``path``: the chain from the trigger up to ``below``): a deed
    allowed or paid for, not one done ('allowed the convoy to pass after troops [shelled]
    the town' still reports the shelling)."""
    if below is None or any(t.dep_ in ADJUNCT_CLAUSE_DEPS for t in path):
        return False
    lemma = governor.lemma_.lower()
    if below.dep_ in NON_IMPLICATIVE_DEPS and lemma in NON_IMPLICATIVE_GOVERNORS and \
            _aux_in(below, TO) and (below.tag_ == "VB" or (
                below.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in below.children))):
        return True  # also passive: 'will not allow our soldiers to be [shot] at'
    # a gerund a permission verb takes as its object: 'authorized attacking the camps', 'the law
    # permits detaining suspects'
    return below.tag_ == "VBG" and below.dep_ in GERUND_OBJECT_DEPS and \
        lemma in PERMISSION_GOVERNORS


def _scheduled_infinitive(t: Any) -> bool:
    """'be to V': an arrangement or schedule ('the rebels are to release all prisoners', 'the
    president is to meet his counterpart on Monday'); 'is to blame' assigns fault."""
    return (t.dep_ == "xcomp" and t.head.lemma_ == "be" and _aux_in(t, TO)
            and t.lemma_.lower() not in BE_TO_IDIOMS)


def _intended_infinitive(t: Any) -> bool:
    """A 'to' infinitive of purpose or one completing a noun: what the actor means to do or
    has yet to do, not what happened ('moved into the valley to capture the town', 'fired
    tear gas in order to disperse the crowd', 'had 60 days to withdraw', 'hostages to be freed
    today', 'ways to punish the smugglers'). A result ('advanced, only to retreat') and a
    ranked noun ('the first leader to visit Kyiv') report a deed, as 'went on to V' does."""
    if t.dep_ not in INTENDED_INFINITIVE_DEPS or not _aux_in(t, TO):
        return False
    if has_child(t, "mark", FOR):
        return False  # 'for X to V': see _for_infinitive ('it took days for X to V' happened)
    if t.tag_ != "VB" and not (t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)):
        return False
    if has_child(t, "advmod", REALISED_INFINITIVE_ADVS):
        return False
    if _went_on(t.head):
        return False  # 'went on to shell the villages': what followed, not a purpose
    if t.dep_ == "advcl":
        return True
    return not any(w.lower_ in REALISED_NOUN_MODS or w.tag_ == "JJS"
                   for w in (t.head, *(c for c in t.head.children if c.dep_ in ("amod", "nummod"))))


def purpose_aim(tok: Any) -> bool:
    """True when the trigger is the aim of a purpose infinitive set beside a clause ('moved
    into the valley [to capture] the depot', 'sent warships [to support] its allies', 'in
    order [to disperse] the crowd'): what the actor set out to do, which the sentence does
    not report as done nor as scheduled. A noun's infinitive ('had thirty days to withdraw')
    and an ordered act ('ordered X to withdraw') stay plans, and so do the act another is
    made to do ('to compel X to withdraw': its object controls it) and a passive infinitive
    ('the names of the detainees to be released on Friday': what is to be done to them)."""
    t = first_conjunct(tok)  # 'to capture the depot and [seize] the bridge'
    while t.dep_ == "xcomp" and t.tag_ == "VB" and t.head.tag_ == "VB":
        if any(c.dep_ == "dobj" for c in t.head.children):
            return False  # 'to compel Israel to [withdraw]', 'to help them [fight]'
        t = t.head  # 'to help [fight] the gangs', 'to try and [capture]'
    if any(c.dep_ == "auxpass" for c in t.children):
        return False
    return t.dep_ == "advcl" and _intended_infinitive(t) and t.head.pos_ in CLAUSE_POS and \
        not any(c.dep_ in GENERIC_SUBJECT_DEPS for c in t.children)


def _went_on(verb: Any) -> bool:
    """'go on' (with its particle): 'went on to V' tells the next thing done."""
    return verb.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)


def _directed(trig: Any) -> bool:
    """True when the trigger is the action a directive tells someone to do ('ordered its
    troops to seal the border', 'told the rebels to withdraw', 'instructed the police to
    detain ...'): ordered, not yet done ('told' and 'warned' are reporting verbs only with a
    clause of speech, not with an infinitive)."""
    t = first_conjunct(trig)  # 'ordered them to [seal] the border and [detain] smugglers'
    return (t.dep_ == "xcomp" and _aux_in(t, TO) and t.head.pos_ == "VERB"
            and t.head.lemma_.lower() in DIRECTIVE_VERBS)


def _scenario_frame(t: Any, below: Any) -> bool:
    """True when the clause of ``t`` is set in a scenario rather than reported: 'in the worst
    case, the army resumes its strikes', 'under this scenario the rebels ...', 'in that case',
    or, for what its complement holds, a scenario noun as its subject ('one scenario sees the
    militia attacking ...'; not 'the option faded as the army withdrew'). 'In the case of X'
    names a topic, not a scenario."""
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass") and _scenario_noun(c):
            if below is not None and below.dep_ not in OUT_OF_SCOPE_DEPS:
                return True
            continue
        if c.dep_ != "prep" or c.lower_ not in FRAME_PREPS:
            continue
        for obj in c.children:
            if obj.dep_ != "pobj":
                continue
            lemma = obj.lemma_.lower()
            if lemma in SCENARIO_NOUNS or _listed_ordinal(obj):
                return True
            if lemma in CASE_NOUNS and not has_child(obj, "prep", frozenset({"of"})) and any(
                    m.tag_ == "JJS" or (m.dep_ == "det" and m.lower_ in CASE_DETS)
                    for m in obj.children):
                return True
    return False


def _scenario_noun(t: Any) -> bool:
    """A scenario noun ('one scenario'), or an outcome or path called possible ('possible
    outcomes include ...', 'the likely course')."""
    lemma = t.lemma_.lower()
    return lemma in SCENARIO_NOUNS or (lemma in OUTLOOK_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in POSSIBLE_MODS for c in t.children))


def _listed_ordinal(obj: Any) -> bool:
    """True when 'in the first', 'in the second' picks one of the scenarios a sentence
    shortly before lists ('Analysts see three paths. In the first, the army withdraws. In
    the second, ...')."""
    if obj.lower_ not in ORDINAL_FRAMES or any(c.dep_ != "det" for c in obj.children):
        return False
    sent = sentence_of(obj)
    for _ in range(LISTED_LOOKBACK):
        if sent.start == 0:
            return False
        sent = sentence_of(obj.doc[sent.start - 1])
        if LISTED_SCENARIOS_RE.search(span_text(sent)):
            return True
    return False


def _scenario_label(trig: Any) -> bool:
    """True when the trigger's sentence opens with a scenario label ('Scenario two: ...',
    'Worst case - ...', 'Option 3: ...')."""
    return SCENARIO_LABEL_RE.match(span_text(sentence_of(trig))) is not None


def _hypothetical(chain: list[Any], lex: Lexicon, speech: bool | None = None) -> bool:
    """True when a modal, conditional or speculative cue governs the trigger (``speech``:
    whether the trigger is typed as a speech act, whose condition qualifies what it announces;
    None: any speech-act reading of its word in the lexicon)."""
    aux = lex.cue("hypothetical", "aux")
    marks = lex.cue("hypothetical", "marks")
    govs = lex.cue("hypothetical", "governors")
    mods = lex.cue("hypothetical", "modifiers")
    trig = chain[0]
    if span_text(sentence_of(trig)).rstrip().endswith("?") or _generic_activity(chain) or \
            correlative_comparison(trig):
        return True
    if inverted_condition(trig) or any(_for_infinitive(t) for t in chain):
        return True
    if _anyone_who(trig):
        return True
    if _scenario_label(trig) or any(_scenario_frame(t, below)
                                    for below, t in zip([None, *chain], chain, strict=False)):
        return True
    if any(c.dep_ in ("amod", "compound") and _word_in(c, mods) for c in trig.children):
        return True
    if trig.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ANY_DETS for c in trig.children):
        return True  # 'reserves the right to retaliate against any attack'
    for below, t in zip([None, *chain], chain, strict=False):
        if _aux_in(t, aux) or has_child(t, "mark", marks):
            return True
        if t != trig and ((t.lemma_.lower() in govs and _in_scope(t, below))
                          or _risk_copula(t, lex)
                          or _non_implicative(t, below, chain[:chain.index(t) - 1])):
            return True
    if speech is None:
        speech = _speech_act(trig, lex)
    if _conditional_consequent(chain[0 if not speech else 1:]):
        return True
    speech = _speech_head(trig, lex.cue("reporting_verbs"))
    return speech is not None and (_aux_in(speech, aux) or _conditional_consequent([speech]))


def _in_scope(governor: Any, below: Any) -> bool:
    """True when the trigger lies in the speculative governor's complement: not in an adjunct,
    a conjunct or its subject ('who [led] the negotiations', 'seeks to stop ..., alleging'),
    'lead' only through 'to' ('could lead to a ceasefire'), an effort verb only through its
    infinitive ('worked to secure the release', not 'worked out a deal'), 'pave' not through a
    preposition ('paved with arrests'), and 'call' not as naming ('what he
    called a meeting') nor through another preposition than 'for' or 'on' ('called X, with
    both sides being accused of ...')."""
    if below is None or below.dep_ in OUT_OF_SCOPE_DEPS or _clause_prep(below):
        return False
    lemma = governor.lemma_.lower()
    if lemma in EFFORT_NOUNS and governor.pos_ == "NOUN" and below.dep_ == "compound":
        return False  # 'the deportation efforts', 'rescue efforts': the activity under way
    if lemma in EFFORT_VERBS:  # 'worked to secure the release'; not 'worked out a deal'
        return below.dep_ == "xcomp"
    if lemma == "lead":
        return below.dep_ == "prep" and below.lower_ == "to" and not _realised_past(governor)
    if lemma == "pave":  # 'pave the way for talks'; a road 'paved with arrests' had them
        return below.dep_ != "prep"
    if lemma == "call":
        return below.dep_ in ("xcomp", "ccomp") or (below.dep_ == "prep" and
                                                     below.lower_ in CALL_PREPS)
    return True


def _realised_past(verb: Any) -> bool:
    """True for a verb told as done: a past tense or a perfect ('the shelling [led] to
    clashes', 'has [led] to shortages'), or a participle adjunct of one ('erupted,
    [leading] to clashes'); 'could lead to', 'will lead to' are not."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and has_child(verb, "aux", HAVE_AUX)):
        return True
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and \
        verb.head.i != verb.i and _realised_past(verb.head)


def _planned(chain: list[Any], lex: Lexicon) -> bool:
    """True when a future, intention or schedule cue governs the trigger."""
    aux = lex.cue("planned", "aux")
    govs = lex.cue("planned", "governors")
    mods = lex.cue("planned", "modifiers")
    trig = chain[0]
    if any(c.dep_ in ("amod", "compound") and _word_in(c, mods) for c in trig.children) and \
            not _took_place(trig):
        return True
    if (trig.dep_ == "ROOT" and _aux_in(trig, TO)) or headline_subject(trig):
        return True  # headline infinitive: "Trump To Speak With Putin"
    if _intended_infinitive(trig) or _directed(trig):
        return True
    for below, t in zip([None, *chain], chain, strict=False):
        if _aux_in(t, aux) or _scheduled_infinitive(t):
            return True
        if t.i != trig.i and (_aimed_at(t, below, lex) or _time_limit(t, below, lex)):
            return True
        if t != trig and t.lemma_.lower() in govs and not _commits_a_deed(t, below) and \
                not _goes_on(t, below) and _in_plan(below):
            return True
    return False


def _took_place(noun: Any) -> bool:
    """True for an event noun that is the subject of a verb telling it happened ('the planned
    visit [took place] on Monday', 'the scheduled talks [began]', 'has gone ahead'): the plan
    was carried out. 'The planned visit was cancelled', 'did not take place' and 'will take
    place' are no such report."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in REALISING_VERBS:
        return False
    return _realised_past(verb) and not any(c.dep_ == "neg" for c in verb.children)


def _goes_on(governor: Any, below: Any) -> bool:
    """'go' plans only the infinitive of 'going to' ('is going to [attack]'); an operation
    'going on with frequent [exchanges of fire]', talks 'going ahead despite the [strike]'
    and an army that 'went on to [shell]' the villages report what happens."""
    return governor.lemma_.lower() == "go" and (
        below is None or below.dep_ != "xcomp" or governor.tag_ != "VBG"
        or any(c.dep_ == "prt" for c in governor.children))


def _aimed_at(t: Any, below: Any, lex: Lexicon) -> bool:
    """True when the trigger is what a purpose infinitive sets out to bring about: what the
    actor works for, not what happened ('sent envoys [to secure] the withdrawal', 'moved in
    [to carry out] raids'). A purpose that acts on an event ('to present the meeting as a
    success', 'to discuss the strike') leaves it as it is."""
    return below is not None and below.dep_ in PURPOSE_CONTENT_DEPS and \
        t.lemma_.lower() in lex.cue("planned", "purpose_verbs") and \
        t.dep_ in INTENDED_INFINITIVE_DEPS and _intended_infinitive(t)


def _time_limit(t: Any, below: Any, lex: Lexicon) -> bool:
    """True when the trigger is what a time limit is set for: 'the deadline [for] the
    withdrawal expired', 'the 60-day period for the pullout', 'the [withdrawal] deadline': a
    scheduled act, not a deed."""
    return below is not None and (below.dep_ == "compound" or (
        below.dep_ == "prep" and below.lower_ == "for")) and \
        t.pos_ == "NOUN" and t.lemma_.lower() in lex.cue("planned", "time_limits")


def _in_plan(below: Any) -> bool:
    """True when the chain reaches a planning governor through its content, not through an
    adjunct set beside it: 'plans to [visit]', 'is going to [attack]' are plans, while 'went
    further, [warning] that ...' or 'set up a committee, [inviting] the opposition' report an
    act done with the governor's, and a finite verb coordinated with the governor reports an
    act of its own ('agreed to the deal and [withdrew] its troops', 'offered talks and
    [released] ten prisoners', 'plans elections and has [arrested] opposition leaders'); a
    base form shares the governor's infinitive ('plans to visit Kyiv and [meet] ...')."""
    if below is not None and below.dep_ == "conj" and _finite(below):
        return False
    return below is None or below.dep_ != "advcl" or any(
        c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ == "to") for c in below.children)


def _finite(verb: Any) -> bool:
    """A verb in a tense of its own: past or present ('withdrew', 'meets') or a perfect ('has
    arrested'); not a base form, a participle alone or an infinitive."""
    if verb.pos_ not in CLAUSE_POS or _aux_in(verb, TO):
        return False
    return verb.tag_ in (*PAST_TAGS, *PRESENT_TAGS) or (
        verb.tag_ == "VBN" and has_child(verb, "aux", HAVE_AUX))


def _commits_a_deed(governor: Any, below: Any) -> bool:
    """'committed atrocities': a direct object of 'commit' is a deed done (or troops and
    funds given), not a pledge; only 'commit to ...' and 'commit itself to ...' promise."""
    return governor.lemma_.lower() == "commit" and below is not None and below.dep_ == "dobj"


def syntactic_modality(tok: Any, lex: Lexicon, future_is_meaning: bool = False,
                       negation: bool = True, speech: bool | None = None) -> str:
    """Modality of the event triggered by ``tok`` from the dependency parse alone.

    ``future_is_meaning`` is set for triggers whose future marker is what makes
    them an event ("will have to respond" is a threat made now); without ``negation`` a
    negated act gets the modality it would have unnegated; ``speech``: whether the trigger is
    typed as a speech act ('If they rebuild, we strike': 'strike' read as an attack is the
    condition's consequent, though the word may also strike a deal or a threatening tone).
    """
    chain = _chain(tok, lex.cue("reporting_verbs"), lex)
    if negation and _negated(tok, lex):
        return HYPOTHETICAL if _negated_condition(tok) else NEGATED
    if not future_is_meaning and _postponed(tok, lex):
        return PLANNED
    if hedged(tok, lex, chain) or any(open_question(t) for t in chain):
        return HYPOTHETICAL  # a doubted 'would' is no reported plan, nor one asked about
    if _hypothetical(chain, lex, speech):
        if _reported_future(chain, lex):  # 'said X would respond': a threat made as said
            return ASSERTED if future_is_meaning else PLANNED
        return HYPOTHETICAL
    if not future_is_meaning and _planned(chain, lex):
        return PLANNED
    return _dated_act(chain[-1], lex)


def _dated_act(top: Any, lex: Lexicon) -> str:
    """A participle that dates another act happens as that act does: done when the act is
    ('met the speaker before [heading] home'), planned or hypothetical with it ('will sign
    the deal after [meeting] the rebels'); a failed or refused act still had its occasion
    ('did not sign the deal after [meeting] them', but 'will not wait before [acting]' is a
    plan). The dated act's content cues do not reach the participle ('agreed to a truce after
    [attacking] the base' is no plan)."""
    if not temporal_clause(top) or _tensed_adjunct(top):
        return ASSERTED  # 'will strike, while X [is shelling] ...': a clause of its own
    act = top.head.head if top.dep_ == "pcomp" else top.head
    if act.dep_ in ("ccomp", "conj") and act.head.pos_ in ("VERB", "AUX") and _set_off(top) and \
            _uncontrolled_passive(act, lex):
        act = act.head  # 'said the deal could be reached soon, after [meeting] the premier'
    return syntactic_modality(act, lex, negation=False)


def _set_off(participle: Any) -> bool:
    """True when a comma sets the dating phrase off from the clause before it."""
    first = participle.head if participle.dep_ == "pcomp" else participle
    first = min(first.subtree, key=lambda x: x.i)
    return first.i > 0 and first.doc[first.i - 1].lower_ == ","


def _uncontrolled_passive(act: Any, lex: Lexicon) -> bool:
    """True for a passive clause whose subject is missing or is itself an event ('the deal
    could be reached after meeting X': no deal meets anyone): it cannot do the deed of a
    participle dating it, which then belongs to the clause that reports it. 'The envoy
    would be received after arriving' keeps its participle."""
    if not any(c.dep_ == "auxpass" for c in act.children):
        return False
    subj = next((c for c in act.children if c.dep_ == "nsubjpass"), None)
    return subj is None or (subj.pos_ == "NOUN" and bool(lex.candidates("noun",
                                                                        subj.lemma_.lower())))


def _reported_future(chain: list[Any], lex: Lexicon) -> bool:
    """'Qatar said the truce would begin on Sunday': 'would' as the future of a reported
    statement (no other modal, no condition, no speculative governor) is a plan."""
    aux = lex.cue("hypothetical", "aux")
    modals = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux" and c.lower_ in aux}
    if modals != {"would"} or _speech_head(chain[0], lex.cue("reporting_verbs")) is None:
        return False
    if _judged_instance(chain):
        return False  # 'said a ceasefire would save lives': no ceasefire is announced
    if any(t.tag_ == "VBN" and has_child(t, "aux", HAVE_BASE) for t in chain):
        return False  # 'said the army would have attacked': a counterfactual, no plan
    speech = _speech_head(chain[0], lex.cue("reporting_verbs"))
    if _aux_in(speech, aux) or _conditional_consequent([*chain, speech]):
        return False
    govs = lex.cue("hypothetical", "governors")
    marks = lex.cue("hypothetical", "marks")
    wishes = lex.cue("hypothetical", "wish_verbs")  # 'said he would [like] to meet': a wish
    return not any(t.lemma_.lower() in govs or has_child(t, "mark", marks) or
                   (t.pos_ == "VERB" and t.lemma_.lower() in wishes) or _epistemic_frame(t)
                   for t in chain[1:])


def _epistemic_frame(verb: Any) -> bool:
    """True for an impersonal frame that weighs what follows ('it stands to reason that X
    would ...', 'it seems that X would ...', 'it appears X would ...'): a reasoned guess, not
    a reported plan."""
    lemma = verb.lemma_.lower()
    if lemma == "stand":
        return any(c.dep_ == "prep" and c.lower_ == "to" and has_child(c, "pobj", REASON)
                   for c in verb.children)
    return lemma in SEEM_VERBS and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                       for c in verb.children)


def _judged_instance(chain: list[Any]) -> bool:
    """True when the trigger is an unspecific event noun ('a ceasefire', 'any talks', 'talks',
    not 'the talks' or 'Sunday's meeting') that is the active subject of a 'would' clause
    judging it or its effect ('a ceasefire would save lives', 'any meeting would be a
    mistake', 'talks would be pointless'), not one telling it happen, last or be held ('a
    meeting would take place on Monday', 'a truce would last three days', 'an agreement would
    be signed'): the speaker weighs a possible event and reports none planned."""
    if len(chain) < 2 or chain[0].pos_ != "NOUN" or chain[0].dep_ != "nsubj":
        return False
    noun, verb = chain[0], chain[1]
    if any(c.dep_ in ("det", "poss") and c.lower_ not in INDEFINITE_DETS for c in noun.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in OCCURRENCE_VERBS or lemma in UNFOLDING_VERBS:
        return False
    if lemma in COPULAS:
        return any(c.dep_ in ("attr", "acomp") for c in verb.children)
    return any(c.dep_ == "dobj" for c in verb.children)


def _has_cue(text: str, cues: frozenset[str]) -> bool:
    """True when the lower-cased text contains one of the cues: a word starting with it
    ('implication' in 'Implications'), a modal only as a whole word and 'may' not as the
    month ('What may come next', not 'The Mayor's view' nor 'Clashes in May')."""
    low = text.lower()
    starts, whole = _cue_patterns(cues)
    if starts is not None and starts.search(low):
        return True
    return any(any(c != "may" or not _month_may(low, m) for m in pattern.finditer(low))
               for c, pattern in whole)


@lru_cache(maxsize=64)
def _cue_patterns(cues: frozenset[str]) -> tuple[re.Pattern[str] | None,
                                                 tuple[tuple[str, re.Pattern[str]], ...]]:
    """For ``_has_cue``, compiled once per cue set: one pattern for the cues a word may start
    with, and a whole-word pattern for each of the others."""
    starts = sorted(c for c in cues if c not in WHOLE_WORD_CUES)
    whole = tuple((c, re.compile(r"\b" + re.escape(c) + r"\b"))
                  for c in sorted(cues) if c in WHOLE_WORD_CUES)
    joined = re.compile(r"\b(?:" + "|".join(map(re.escape, starts)) + ")") if starts else None
    return joined, whole


def _month_may(low: str, m: re.Match[str]) -> bool:
    """True when the 'may' matched in lower-cased text is the month: followed by a number,
    by the end or by punctuation, or after a preposition or word of time ('in May')."""
    after = low[m.end():].lstrip()
    if not after or after[0].isdigit() or not after[0].isalnum():
        return True
    before = low[:m.start()].split()
    return bool(before) and before[-1] in MONTH_WORDS


def in_table(blocks: list[Block], offset: int) -> bool:
    """True when ``offset`` lies inside a table block (rows are data, not sentences)."""
    return any(b.kind == "table" and b.start <= offset < b.end for b in blocks)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
CLAUSE_DEPS = frozenset({"dobj", "prep", "ccomp", "xcomp", "attr", "acomp", "dative", "agent",
                         "oprd", "aux"})


def section_label(blocks: list[Block], sent: Any) -> bool:
    """True when the sentence is a section heading inside the article (not its first block)
    and no clause: a label of what follows ("Recent attacks", "Farm demand", "Radio stations
    closed"), not a report of an event. A headline-style heading keeps its events: a finite
    verb with an object, complement, prepositional phrase or auxiliary ("Israel strikes Gaza",
    "Talks collapse in Cairo"); a bare noun and verb is too short for the tagger to tell a
    verb from a noun ("Farm demand" is tagged as a verb)."""
    idx = next((i for i, b in enumerate(blocks) if b.start <= sent.start_char < b.end), None)
    if not idx or blocks[idx].kind != "heading":
        return False  # the words of the sentence are read only for a heading
    words = [t for t in sent if not t.is_space]
    if not words or \
            words[-1].idx + len(words[-1].text) > blocks[idx].end:
        return False
    return not any(t.tag_ in FINITE_TAGS and any(c.dep_ in CLAUSE_DEPS for c in t.children)
                   for t in sent)


def speculative_block(blocks: list[Block], text: str, offset: int, lex: Lexicon) -> bool:
    """True when ``offset`` lies under an analysis heading or in a speculative list."""
    idx = next((i for i, b in enumerate(blocks) if b.start <= offset < b.end), None)
    if idx is None:
        return False
    block = blocks[idx]
    if block.kind == "table":
        return chronology_row(blocks, text, offset) is None  # a chronology row tells the past
    if block.kind == "list_item" and _lead_is_speculative(blocks, idx, text, lex):
        return True
    heading = block if block.kind == "heading" else \
        next((b for b in reversed(blocks[:idx]) if b.kind == "heading"), None)
    if heading is None:
        return False
    words = text[heading.start:heading.end]
    return _has_cue(words, lex.cue("speculative_headings")) or _open_question(words, lex)


def _open_question(words: str, lex: Lexicon) -> bool:
    """True when a heading or lead asks about what may come ('What if the truce fails?',
    'Will the army move in?', 'How will Iran respond?'); a question about what happened
    ('Why did the talks fail?') recounts."""
    line = words.strip().lower()
    if not line.endswith("?"):
        return False
    first = re.split(r"(?<=[.!?])\s+", line)[-1]
    return any(first == q or first.startswith(q + " ") for q in lex.cue("speculative_questions"))


def _lead_is_speculative(blocks: list[Block], idx: int, text: str, lex: Lexicon) -> bool:
    """True when the paragraph or heading introducing a list announces speculation."""
    j = idx - 1
    while j >= 0 and blocks[j].kind == "list_item":
        j -= 1
    for b in blocks[max(0, j - LEAD_WINDOW + 1): j + 1]:
        lead = text[b.start:b.end]
        last = lead.rstrip().rsplit(".", 1)[-1]
        if _has_cue(last, lex.cue("speculative_leads")) or _open_question(last, lex):
            return True
    return False


def _answers_open_question(blocks: list[Block], text: str, tok: Any, lex: Lexicon) -> bool:
    """True when the trigger's paragraph answers, in the present or future, a question set on
    its own line right before it about what may come ('What if the truce fails?' then 'The
    army resumes its strikes'); an answer in the past tense recounts what happened."""
    idx = next((i for i, b in enumerate(blocks) if b.start <= tok.idx < b.end), None)
    if idx is None or idx == 0 or blocks[idx].kind != "paragraph":
        return False
    ask = blocks[idx - 1]
    words = text[ask.start:ask.end]
    if ask.kind not in ("paragraph", "heading") or len(words.split()) > QUESTION_MAX_WORDS or \
            not _open_question(words, lex):
        return False
    verb = _clause_verb(tok)
    return verb is None or not (verb.tag_ in PAST_TAGS or has_child(verb, "aux", PAST_AUX))


def modality_of(tok: Any, lex: Lexicon, blocks: list[Block], text: str,
                future_is_meaning: bool = False, parts: tuple[Any, ...] = (),
                speech: bool | None = None) -> tuple[str, bool]:
    """The event's modality and whether it sits in speculative text (which forbids 'asserted').

    ``parts`` are further tokens of the trigger phrase ('reached [no agreement]').
    """
    modality = syntactic_modality(tok, lex, future_is_meaning, speech=speech)
    if modality != NEGATED and any(_negated_word(p, lex) for p in parts):
        modality = NEGATED
    speculative = speculative_block(blocks, text, tok.idx, lex) or \
        _answers_open_question(blocks, text, tok, lex)
    if speculative and modality in (ASSERTED, PLANNED):
        modality = HYPOTHETICAL
    elif modality == ASSERTED and agreement_terms(tok, blocks, text, lex):
        modality = PLANNED
    return modality, speculative


def agreement_terms(tok: Any, blocks: list[Block], text: str, lex: Lexicon) -> bool:
    """True when the event is a term of an agreement, told in the present or without a verb:
    in a list right after a heading or lead that announces terms ("The key terms", "the deal
    provides for:"), in the paragraph right after such a heading, in a clause set "under the
    deal" ("Under the accord, X withdraws its troops") or told as what the deal says ("the
    accord stipulates that X withdraws"), bounded by a deadline counted from now ("X withdraws
    its forces within 60 days"), or in a paragraph after a sentence that announces terms ("On
    paper it is simple. X withdraws ..."). What a deal's terms say a party does is its
    commitment, not an act done; a past tense ("under the deal, X withdrew") tells the act."""
    verb = _clause_verb(tok)
    if verb is not None and verb.tag_ not in PRESENT_TAGS:
        return False
    nouns = lex.cue("terms", "nouns")
    if verb is not None and any(c.dep_ == "prep" and c.lower_ == "under" and
                                any(g.dep_ == "pobj" and g.lemma_.lower() in nouns
                                    for g in c.children)
                                for c in verb.children):
        return True
    head = first_conjunct(verb) if verb is not None else None
    if head is not None and head.dep_ == "ccomp" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in head.head.children):
        return True  # 'the deal says / stipulates that X withdraws'
    idx = next((i for i, b in enumerate(blocks) if b.start <= tok.idx < b.end), None)
    if idx is None or blocks[idx].kind not in ("list_item", "paragraph"):
        return False
    if head is not None and _within_deadline(head, lex):
        return True  # 'Israel withdraws its forces within 60 days'
    if verb is not None and blocks[idx].kind == "paragraph" and _has_cue(
            text[blocks[idx].start:sentence_of(tok).start_char], lex.cue("terms", "leads")):
        return True  # 'On paper it is simple. X withdraws ...': the paragraph tells the terms
    j = idx
    while blocks[idx].kind == "list_item" and j > 0 and blocks[j - 1].kind == "list_item":
        j -= 1  # the first item of the list
    lead = blocks[j - 1] if j > 0 else None
    if lead is None or (lead.kind != "heading" and blocks[idx].kind != "list_item"):
        return False  # a list's lead or heading, or a paragraph's heading right before it
    words = text[lead.start:lead.end]
    return _has_cue(words, lex.cue("terms", "headings")) or \
        (blocks[idx].kind == "list_item" and
         _has_cue(words.rstrip().rsplit(".", 1)[-1], lex.cue("terms", "leads")))


def _within_deadline(verb: Any, lex: Lexicon) -> bool:
    """True when the verb is bounded by a counted time from now ('within 60 days', 'within a
    week'): a present tense with a deadline states what is to be done."""
    return any(c.dep_ == "prep" and c.lower_ == "within" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lex.cue("terms", "durations") and
        any(n.dep_ in ("nummod", "det") for n in g.children) for g in c.children)
        for c in verb.children)


def _clause_verb(tok: Any) -> Any | None:
    """The verb of the clause a trigger sits in (itself when a verb), None in a verbless line."""
    t = tok
    for _ in range(CHAIN_LIMIT):
        if t.pos_ in CLAUSE_POS:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def mark_background(ectx: Any, ev: Any, tok: Any, sent: Any) -> None:
    """Recode an asserted event the article recounts from well before its
    publication as ``background`` (the evidence goes to ``attributes["background"]``)."""
    if ev.modality != ASSERTED:
        return  # a planned or hypothetical event lies ahead, not in the past
    found = background_evidence(tok, sent, ectx.ex.times, ectx.ex.article.published_date,
                                ectx.lexicon.cue("reporting_verbs"))
    if found is None:
        found = old_label(ectx.text, ectx.blocks, sent.start_char, ectx.ex.times,
                          ectx.ex.article.published_date)
    if found is not None:
        ev.modality = BACKGROUND
        ev.attributes["background"] = found


def mark_scheduled(ectx: Any, ev: Any, tok: Any) -> None:
    """Recode an asserted event told in the present with a date after the publication date
    ("the truce begins at 4 a.m. on Sunday", "talks start tomorrow", "ministers are meeting
    next week") as planned, as "will begin" is: a present tense with a time ahead states a
    schedule, not an act done (the evidence goes to ``attributes["modality_from"]``)."""
    published = ectx.ex.article.published_date
    if ev.modality != ASSERTED or ev.date.get("from") != "text" or published is None:
        return
    ahead, forward = _dated_ahead(ev.date, published, ectx.text)
    if not ahead:
        return
    verb = _clause_verb(tok)
    if verb is not None and _scheduling_present(verb, ectx.lexicon.cue("reporting_verbs")):
        ev.modality = PLANNED
        ev.attributes["modality_from"] = "scheduled present"
    elif forward and tok.pos_ in NOUN_POS and _dates_noun(tok, ev.date.get("span")) and \
            (verb is None or not _past_over(tok, verb)):
        ev.modality = PLANNED
        ev.attributes["modality_from"] = "noun dated ahead"


NOUN_POS = ("NOUN", "PROPN")
FORWARD_RE = re.compile(  # a phrase that points ahead of the day it is said on
    r"^\W*(?:(?:later|late)\s+(?:this|today|tonight|in\s+the)\b|(?:in\s+)?the\s+"
    r"(?:coming|next)\s+(?:few\s+)?(?:days?|weeks?|months?)\b|(?:in\s+)?coming\s+"
    r"(?:days|weeks|months)\b|tomorrow|tonight|next\b|this\s+coming\b)", re.IGNORECASE)
FUTURE_REF = "FUTURE_REF"
LATER_LEAD_RE = re.compile(r"\b(?:later|late)\s+$", re.IGNORECASE)
LEAD_CHARS = 8


def _dated_ahead(date: dict, published: Any, text: str) -> tuple[bool, bool]:
    """Whether an event's own date lies ahead of the publication day (after it, or a
    period holding it that the phrase reaches forward into: "later this week", "later
    today", "in the coming days"), and whether the phrase itself points ahead (those,
    "next week", "tomorrow"), not only a weekday a modal verb moved forward."""
    value = str(date.get("value") or "")
    found = date_range(value)
    span = date.get("span") or {}
    start = span.get("start")
    lead = LATER_LEAD_RE.search(text[max(0, start - LEAD_CHARS):start]) \
        if isinstance(start, int) else None  # 'later' before a span 'today'
    text = (lead.group(0).strip() + " " if lead else "") + str(span.get("text") or "")
    forward = bool(FORWARD_RE.match(text))
    if found is not None and found[0] > published:
        return True, forward
    if value == FUTURE_REF:
        return forward, forward
    return forward and found is not None and found[1] >= published, forward


def _dates_noun(noun: Any, span: dict | None) -> bool:
    """True when the date phrase hangs on the event noun itself ("a meeting later this
    week", "talks in the coming days"), not on a verb of the clause."""
    if not span:
        return False
    doc = noun.doc
    inside = [t for t in doc if span["start"] <= t.idx < span["end"]]
    if not inside:
        return False
    top = next((t for t in inside if not (span["start"] <= t.head.idx < span["end"])
                or t.head.i == t.i), inside[-1])
    t = top.head
    for _ in range(CHAIN_LIMIT):
        if t.i == noun.i:
            return True
        if t.pos_ in CLAUSE_POS or t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.head.i == noun.i:
            return True
        t = t.head
    return False


def _past_over(noun: Any, verb: Any) -> bool:
    """True when the noun's clause verb is in a past or perfect tense ("the meeting later
    this week was cancelled" keeps its plan, but "held talks" is no verb dating it ahead:
    its own tense tells a past act)."""
    return verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in HOLD_VERBS and \
        noun.head.i == verb.i


HOLD_VERBS = frozenset({"hold", "have", "conduct", "stage", "begin", "start", "open"})


def _scheduling_present(verb: Any, reporting: Any) -> bool:
    """A simple present ("begins") or a present progressive ("are meeting") that is no
    reporting verb ("says"): the tenses that tell a schedule."""
    if verb.lemma_.lower() in reporting:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in PRESENT_TAGS or (verb.tag_ == "VB" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return not aux  # a base form with a subject: a present tagged as one ("talks start")
    return verb.tag_ == "VBG" and bool(aux) and all(a.lower_ in PRESENT_AUX for a in aux)


def mark_conditional(ectx: Any, ev: Any, tok: Any) -> None:
    """Recode an offer, pledge or agreement whose offered act holds only under a condition
    ('offered to extend the deadline if the rebels free the hostages') as ``hypothetical``: no
    agreement was reached yet (the condition goes to ``attributes["conditional"]``)."""
    if ev.modality not in (ASSERTED, PLANNED):
        return
    found = conditional_offer(tok, ev.type, ectx.lexicon)
    if found is not None:
        ev.modality = HYPOTHETICAL
        ev.attributes["conditional"] = found


RECOUNTED_KEY = "recounted"  # why a mention only recounts its event (read by fuse/background.py)
PAST_PERFECT_AUX = frozenset({"had", "'d"})


def past_perfect(verb: Any) -> bool:
    """True when a verb is in the past perfect ('had bombed', 'had been shelled'), the tense
    that sets an event before the time the article narrates."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in PAST_PERFECT_AUX for c in verb.children)


def _flashback_paragraph(blocks: list[Block], tok: Any) -> bool:
    """True when the trigger's clause is a simple past or past perfect in a paragraph whose
    first sentence is told in the past perfect ('The two countries had fought a brief war in
    June. Redland jets bombed ...'): the paragraph steps back before the narrated time and
    its simple past goes on with the same flashback."""
    verb = _clause_verb(tok)
    if verb is None or not (verb.tag_ in PAST_TAGS or past_perfect(verb)):
        return False
    block = next((b for b in blocks if b.start <= tok.idx < b.end), None)
    if block is None or block.kind != "paragraph":
        return False
    first = next((s for s in tok.doc.sents if block.start <= s.start_char < block.end), None)
    if first is None or first.start_char >= sentence_of(tok).start_char:
        return False
    return any(past_perfect(t) for t in first if t.dep_ == "ROOT")


BACKGROUND_HEADINGS = frozenset({"background", "history", "context", "how we got here",
                                 "how it got here", "backstory", "a look back", "looking back",
                                 "origins", "the roots of", "timeline", "chronology"})
HEADING_MAX_WORDS = 8  # a heading line, not a sentence that happens to start a section


def _background_heading(blocks: list[Block], text: str, offset: int) -> bool:
    """True when the nearest heading above ``offset`` announces background or history
    ('Background', 'How we got here', 'Timeline'): the block under it recounts."""
    idx = next((i for i, b in enumerate(blocks) if b.start <= offset < b.end), None)
    if idx is None or blocks[idx].kind == "heading":
        return False
    heading = next((b for b in reversed(blocks[:idx]) if b.kind == "heading"), None)
    if heading is None:
        return False
    words = text[heading.start:heading.end].strip()
    return len(words.split()) <= HEADING_MAX_WORDS and _has_cue(words, BACKGROUND_HEADINGS)


def mark_recounted(ectx: Any, ev: Any, tok: Any) -> None:
    """Note that an asserted event is told in the past perfect, in a paragraph that steps
    back into the past perfect or under a heading that announces background ('Background',
    'How we got here') (``attributes["recounted"]``): set before the narrated time, it
    is recounted rather than reported, and its story makes it background when its date lies
    well before the story's first report (``fuse/background.py``)."""
    if ev.modality != ASSERTED:
        return
    verb = _clause_verb(tok)
    if verb is not None and past_perfect(verb):
        ev.attributes[RECOUNTED_KEY] = "past perfect"
    elif _flashback_paragraph(ectx.blocks, tok):
        ev.attributes[RECOUNTED_KEY] = "past perfect paragraph"
    elif _background_heading(ectx.blocks, ectx.text, tok.idx):
        ev.attributes[RECOUNTED_KEY] = "background heading"
