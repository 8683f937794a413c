"""Speech acts told by the form of a clause: a refusal to accept, a charge of responsibility.

Some statements carry their PLOVER type in what the clause says rather than in a trigger word
of their own. Two forms are read here, each a reading of a clause and its parties:

- **A refusal to accept or recognise** (REJECT): a party that says it will not, does not or
  cannot *accept*, *recognise* or *acknowledge* something refuses it, whatever the thing is
  ("Mali would not accept any French presence on its soil", "Venezuela does not accept the
  court's jurisdiction", "the army would not accept the UN observers", "Armenia does not
  recognise Azerbaijan's new constitution"). The lexicon reads "accept" as an AGREE only
  with objects of a cooperative kind (a plan, a proposal, refugees), so most such refusals
  made no event. PETRARCH2 codes
  the acceptances themselves under CAMEO 03 / 06 / 08 (ACCEPT * JURISDICTION, ACCEPT *
  &PROPOSAL, ACCEPT * REFUSAL); a negated acceptance is CAMEO 12 (reject). The subject is the
  source (the speaker's side when it is "we" or "it" resolved to the speaker), the party the
  refused thing belongs to is the target. None in a question, in an if- or unless-clause
  ("if X does not accept the deal, ..."), in a relative clause ("a plan that X does not
  accept"), for a subject that is no known actor ("the farmer could not accept the loss of
  his cattle"), for a thing that names no party ("would not accept any delays in the vote"
  is a stance on no party's act: the refused thing, its possessor, a modifier or its
  of-complement must name a party, who is the target), for a past "did not accept" (it may
  tell one occasion, as for the standing refusals of ``extract/intent.py``) and where the
  sentence already holds a REJECT (one refusal per sentence: "rejected the proposal,
  telling them X would not accept it" is one).
- **A charge of responsibility** (ACCUSE, mode allege): a statement that a party *was
  behind*, *is responsible for*, *is to blame for* or *is guilty of* a harmful act ("the
  minister said Redland was behind the bombing", "officials say the rebels were responsible
  for the attack") charges that party: the speaker is the source, the party the target
  (PETRARCH2: BELIEVE * RESPONSIBLE [110], HOLD * RESPONSIBLE [112]). The act must be harmful:
  an event mention of a hostile type or a strongly negative word (``events_polarity.json``,
  the lexicon's ``polar`` words);
  "responsible for security" or "behind the president" (backing) charge nobody. The clause
  must be the content of a quote with a speaker, asserted (not negated: "said X was not
  behind the attack" is a denial), and the party must not be the speaker. The act stays an
  event of its own. A lexicon "blame" read in "X is to blame" took X as the one who blames;
  the charge replaces it. A sentence that holds another ACCUSE already tells its charge.
- **A charge of wrongdoing** (ACCUSE, mode allege): a statement that a party does or did a
  wrong that is a charge by its nature (CAMEO 112 and its kinds: crimes, rights abuses,
  aggression, war crimes, lies) charges that party: "Ukraine said Russia had violated
  international law", '"they are committing war crimes," the president said', "the ministry
  said Washington was spreading disinformation", "said Beijing was meddling in the
  election". The verbs and the objects that make the wrong are ``wrongdoing`` in
  ``plover_patterns.json`` (a verb with "*" takes any object, "in" / "with" the preposition
  of "meddle in", "interfere with"). The clause must be asserted speech with a speaker, the
  doer (the clause's subject) a known party that is not the speaker ("we have violated no
  law" is no charge, "said it had not violated the law" a denial), and the sentence must
  hold no ACCUSE yet. The act told stays an event of its own where the lexicon reads one
  ("committed atrocities": ASSAULT).
- **A belittling dismissal** (ACCUSE, mode disapprove): a party that dismisses something *as*
  something ("the Kremlin dismissed the report as propaganda", "dismissed the sanctions as
  meaningless") refuses it (the lexicon's REJECT) and disparages it: nobody dismisses a thing
  as something good (PETRARCH2 codes DISMISS as 110, disapprove). The ACCUSE takes the
  REJECT's source and target; none without the as-phrase ("dismissed the warning from NATO"
  stays a REJECT), for a REJECT that is not asserted, or where the sentence holds an ACCUSE
  already ("dismissed the allegations as baseless": the allegations are the charge).
- **A terrorist label** (ACCUSE, mode allege): a party that brands, labels, calls, considers,
  regards or describes another as terrorists or a terrorist (or extremist) group ("Ankara
  branded the PKK a terrorist organisation", "Turkey regards the YPG as a terrorist
  organisation", "X considers Y a terrorist group") charges it (PETRARCH2: BRAND * TERRORIST
  [1123], VIEW * (AS TERRORIST) [112]); so does a statement that Y *is* one ("Ankara says
  the militia is a terrorist group", the speaker the source). An official designation
  ("designated / declared X a terrorist group") is the ban the lexicon reads (COERCE), no
  charge. The labeller is the source (the by-agent of a passive: "was branded a terrorist
  group by X"), the labelled party the target; both must be known parties. None when negated
  ("does not consider X a terrorist group"), in a question or an if-clause, or where the
  sentence holds another ACCUSE.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from eventwire.annotate.doccache import tokens_in
from eventwire.extract.event_places import same_participant
from eventwire.extract.lexicon import Entry
from eventwire.extract.memo import per_object
from eventwire.extract.quotes_demand import CLAUSE_CHAIN, asserted
from eventwire.extract.quotes_disapproval import Builder, Linker, quote_of
from eventwire.extract.triggers import Trigger
from eventwire.model import EventMention, Participant

ORIGIN = "clause form"
REJECT, ACCUSE, ALLEGE = "REJECT", "ACCUSE", "allege"
ACCEPT_VERBS = ("accept", "recognize", "recognise", "acknowledge")
NEGATIONS = ("not", "n't", "never")
DISMISS_VERBS = ("dismiss",)  # CAMEO's DISMISS is 110 (disapprove): 'dismissed X as a lie'
# (without an as-phrase a dismissal is the REJECT alone: 'dismissed the warning from NATO')
DISAPPROVE = "disapprove"
FIRST_PERSON = ("i", "we", "us", "me")  # the speaker's own conduct: '"we broke no law"'
UNSURE_AUX = ("may", "might")  # 'might not accept': a guess, no refusal
OWNER_DEPS = ("poss", "compound", "amod", "nmod")  # 'the court's jurisdiction', 'French presence'
CHAIN_LIMIT = 6
# a harmful act a party is said to be behind or responsible for
HOSTILE_TYPES = ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "PROTEST", "REJECT",
                 "ACCUSE")
BLAME_LEMMAS = ("blame",)
RESPONSIBLE_ADJ = {"responsible": ("for",), "guilty": ("of",), "culpable": ("for", "of")}
BEHIND = "behind"
# a terrorist label: the verbs that apply it and the words that make it
# (an official designation, 'designated / declared / listed X a terrorist group', is the ban
# the lexicon reads as COERCE, no charge)
LABEL_VERBS = ("call", "brand", "label", "term", "dub", "consider", "deem", "regard", "view",
               "see", "describe", "characterize", "characterise")
LABEL_WORDS = ("terrorist", "terror", "extremist")  # 'a [terrorist] group', '[terrorists]'
LABEL_GROUPS = ("group", "organization", "organisation", "entity", "outfit", "network",
                "movement", "militia", "body", "state", "regime", "sponsor", "cell", "faction")
LABEL_PERSONS = ("terrorist", "extremist")  # the label as a noun of its own: 'branded them [terrorists]'
# the lemmas at which each sentence loop can find its cue (the loops read only these words)
ACCEPT_LEMMAS = frozenset(ACCEPT_VERBS)
RESPONSIBILITY_LEMMAS = frozenset({BEHIND, *RESPONSIBLE_ADJ, *BLAME_LEMMAS})
LABEL_LEMMAS = frozenset(LABEL_PERSONS + LABEL_GROUPS)


def _asserted_clause(tok: Any) -> bool:
    """False for a clause in a question, under if/unless/whether, or in a relative clause
    (an auxiliary climbs to its verb too)."""
    return asserted(tok, CLAUSE_CHAIN + ("aux",))


def _subject(tok: Any) -> Any | None:
    """The subject of a verb, through 'refuse to' / 'will not be able to' chains."""
    t, steps = tok, 0
    while steps < CHAIN_LIMIT:
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return None
        if t.dep_ == "conj" and not any(c.dep_ == "cc" and t.head.i < c.i < t.i
                                        for c in t.sent):
            return None  # no 'and' / 'but' joins them: a misparsed clause of its own
        t, steps = t.head, steps + 1
    return None


def _negated(tok: Any) -> bool:
    """True for 'will not accept', 'does not recognize', 'has never accepted', 'cannot
    accept'; not for a guess ('might not accept') nor a past 'did not accept'."""
    kids = list(tok.children)
    aux = [c for c in kids if c.dep_ == "aux"]
    if any(c.lower_ in UNSURE_AUX for c in aux):
        return False
    if any(c.lemma_ == "do" and c.tag_ == "VBD" for c in aux):
        return False  # 'did not recognize it in 2008' may tell one occasion, no stance
    return any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in kids)


def _parties(link: Linker, tok: Any | None, itself: bool = False) -> list[Participant]:
    """The linked participants a token names; with ``itself``, only those whose span holds
    the token (the subject is the party, not a thing of the party's: 'French ambitions'), or
    stand for it ('it', 'they')."""
    if tok is None:
        return []
    whole = itself and tok.pos_ != "PRON"  # a pronoun names the party it stands for
    return [p for p in link(tok) if p.actor is not None and
            (not whole or p.start <= tok.idx < p.end)]


def _owners(obj: Any, link: Linker, exclude: list[Participant]) -> list[Participant]:
    """The parties a refused thing belongs to: its possessor, a modifier naming a party, its
    of-complement ('any French presence', 'the court's jurisdiction', 'the deployment of
    X's troops')."""
    out: list[Participant] = []
    toks = [obj] + [c for c in obj.children if c.dep_ in OWNER_DEPS]
    toks += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    for t in toks:
        for p in _parties(link, t):
            if not any(same_participant(p, q) for q in exclude + out):
                out.append(p)
    return out


def refusals(sent: Any, events: list[EventMention], build: Builder, link: Linker
             ) -> list[EventMention]:
    """The REJECT of each negated acceptance or recognition by a known party in ``sent``."""
    out: list[EventMention] = []
    for tok in tokens_in(sent, ACCEPT_LEMMAS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ACCEPT_VERBS or not _negated(tok):
            continue
        if not _asserted_clause(tok) or any(e.type == REJECT for e in events + out):
            continue  # one refusal per sentence: 'rejected the proposal, saying X would not accept'
        source = _parties(link, _subject(tok), itself=True)
        if not source:
            continue
        entry = Entry(lemma=tok.lemma_.lower(), pos="verb", type=REJECT, mode=None, origin=ORIGIN)
        ev = build(Trigger(tok, entry, nominal=False))
        if ev is None:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        target = _owners(obj, link, source) if obj is not None else []
        if not target:
            continue  # 'would not accept any delays in the vote': a stance on no party's act
        out.append(dataclasses.replace(ev, source=source, target=target, mode=None,
                                       modality="asserted"))
    return out


ATTACK_NOUN_TYPES = ("ASSAULT", "COERCE")  # a noun of these types names a harmful act
@per_object
def harm_words(lexicon: Any) -> frozenset[str]:
    """The strongly negative words (``disapproval['polar']``, which leaves out the curated
    triggers' lemmas) with the lemmas of the lexicon's attack and coercion nouns: what a party
    is said to be to blame or responsible for is harmful when it is one ('the attack', 'the
    violence'), even when the charge's own trigger absorbed its event."""
    nouns = frozenset(lemma for (pos, lemma), entries in lexicon.entries.items()
                      if pos == "noun" and any(e.type in ATTACK_NOUN_TYPES and
                                               e.origin == "curated" for e in entries))
    return lexicon.disapproval.get("polar", frozenset()) | nouns


def _harmful(obj: Any, events: list[EventMention], negative: frozenset[str]) -> bool:
    """True when the thing a party is said to be behind or responsible for is a harmful act:
    a hostile event mention on it or on a word it governs ('the attack', 'the wave of
    bombings'), or a strongly negative word ('the deaths', 'the violence')."""
    toks = [obj] + [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
    for t in toks:
        if t.lower_ in negative or t.lemma_.lower() in negative:
            return True
        if any(ev.type in HOSTILE_TYPES and ev.trigger.start <= t.idx < ev.trigger.end
               for ev in events):
            return True
    return False


def _responsibility(tok: Any) -> tuple[Any, Any, Any] | None:
    """(copula, subject, act) of 'X was behind Y', 'X is responsible for Y', 'X is to blame
    for Y', 'X is guilty of Y' at the cue token, else None."""
    lemma = tok.lemma_.lower()
    if lemma == BEHIND and tok.dep_ == "prep":
        cop = tok.head
        act = next((c for c in tok.children if c.dep_ == "pobj"), None)
    elif lemma in RESPONSIBLE_ADJ and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):
        cop = tok.head
        act = next((g for c in tok.children if c.dep_ == "prep" and
                    c.lower_ in RESPONSIBLE_ADJ[lemma] for g in c.children
                    if g.dep_ in ("pobj", "pcomp")), None)
    elif lemma in BLAME_LEMMAS and tok.pos_ == "VERB" and tok.dep_ == "xcomp" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        cop = tok.head  # 'X is to blame for Y'
        act = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                    for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    else:
        return None
    if cop.lemma_ != "be" or act is None:
        return None
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    return (cop, subj, act) if subj is not None else None


def responsibility_charges(sent: Any, quotes: list[Any], events: list[EventMention],
                           build: Builder, link: Linker, negative: frozenset[str]
                           ) -> tuple[list[EventMention], list[EventMention]]:
    """(the ACCUSE of each charge of responsibility in a statement in ``sent``, the events
    it replaces: a 'blame' read with the blamed party as the one blaming)."""
    out: list[EventMention] = []
    replaced: list[EventMention] = []
    for tok in tokens_in(sent, RESPONSIBILITY_LEMMAS):
        found = _responsibility(tok)
        if found is None:
            continue
        cop, subj, act = found
        if any(e.type == ACCUSE and not (e.trigger.start <= tok.idx < e.trigger.end)
               for e in events + out):
            continue  # the sentence's charge is told already ('accused X, saying it was behind')
        quote = quote_of(quotes, tok)
        if quote is None or quote.speaker is None or _negated(cop) or \
                not _asserted_clause(cop) or not _harmful(act, events, negative):
            continue
        ev = _speaker_charge(build, link, tok, "verb" if tok.pos_ == "VERB" else
                             tok.pos_.lower(), quote.speaker, subj)
        if ev is None:
            continue
        replaced += [e for e in events if e.type == ACCUSE and
                     e.trigger.start <= tok.idx < e.trigger.end]
        out.append(ev)
    return out, replaced


def _speaker_charge(build: Builder, link: Linker, tok: Any, pos: str, speaker: Any, subj: Any
                    ) -> EventMention | None:
    """The speaker's asserted ACCUSE/allege, on the trigger word ``tok``, of the parties
    ``subj`` names other than the speaker (None when it names none)."""
    target = [p for p in _parties(link, subj, itself=True) if not same_participant(p, speaker)]
    if not target:
        return None
    entry = Entry(lemma=tok.lemma_.lower(), pos=pos, type=ACCUSE, mode=ALLEGE, origin=ORIGIN)
    ev = build(Trigger(tok, entry, nominal=False))
    if ev is None:
        return None
    return dataclasses.replace(ev, source=[speaker], target=target, mode=f"{ACCUSE}/{ALLEGE}",
                               modality="asserted")


def _wrong_done(tok: Any, wrongs: dict[str, list[str]]) -> bool:
    """True when the verb ``tok`` with its object or preposition tells a wrong of
    ``wrongs`` ('violated [international law]', 'committed [war crimes]', 'meddling [in]')."""
    if tok.pos_ not in ("VERB", "AUX") or (tok.tag_ == "VBN" and
                                           any(c.dep_ == "auxpass" for c in tok.children)):
        return False  # a passive names no doer as subject: 'the law was violated'
    objects = wrongs.get(tok.lemma_.lower())
    if not objects:
        return False
    if "*" in objects and any(c.dep_ == "dobj" for c in tok.children):
        return True
    preps = [c.lower_ for c in tok.children if c.dep_ == "prep"]
    if any(p in objects for p in preps):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in tok.children)


@per_object
def _wrong_lemmas(wrongs: dict[str, list[str]]) -> frozenset[str]:
    """The verbs of ``wrongs`` as a set, made once per table."""
    return frozenset(wrongs)


def wrongdoing_charges(sent: Any, quotes: list[Any], events: list[EventMention],
                       build: Builder, link: Linker, wrongs: dict[str, list[str]]
                       ) -> list[EventMention]:
    """The ACCUSE of each wrong that a statement in ``sent`` says a party does or did."""
    out: list[EventMention] = []
    if not wrongs or any(e.type == ACCUSE for e in events):
        return out  # the sentence's charge is told already
    for tok in tokens_in(sent, _wrong_lemmas(wrongs)):
        if not _wrong_done(tok, wrongs):
            continue
        quote = quote_of(quotes, tok)
        if quote is None or quote.speaker is None or _negated(tok) or \
                any(c.dep_ == "neg" for c in tok.children) or not _asserted_clause(tok):
            continue
        subj = _subject(tok)
        if subj is None or subj.lower_ in FIRST_PERSON:
            continue
        ev = _speaker_charge(build, link, tok, "verb", quote.speaker, subj)
        if ev is None:
            continue
        out.append(ev)
        break  # one charge per sentence
    return out


def dismissals(sent: Any, events: list[EventMention], build: Builder) -> list[EventMention]:
    """The ACCUSE (mode disapprove) of a party's dismissal in ``sent`` that belittles what it
    dismisses: the REJECT read on 'dismiss' with an as-phrase ('dismissed the report *as*
    propaganda')."""
    out: list[EventMention] = []
    if any(e.type == ACCUSE for e in events):
        return out  # the sentence's charge is told already ('dismissed the allegations')
    for ev in events:
        if ev.type != REJECT or ev.modality != "asserted":
            continue
        tok = next((t for t in sent if t.idx == ev.trigger.start), None)
        if tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in DISMISS_VERBS:
            continue
        if not any(
                c.dep_ == "prep" and c.lower_ == "as" for t in
                [tok] + [c for c in tok.children if c.dep_ == "dobj"] for c in t.children):
            continue
        entry = Entry(lemma=tok.lemma_.lower(), pos="verb", type=ACCUSE, mode=DISAPPROVE,
                      origin=ORIGIN)
        charge = build(Trigger(tok, entry, nominal=False))
        if charge is None:
            continue
        out.append(dataclasses.replace(charge, source=list(ev.source), target=list(ev.target),
                                       mode=f"{ACCUSE}/{DISAPPROVE}", modality="asserted"))
        break
    return out


def _label_word(tok: Any) -> bool:
    """True for a noun that is a terrorist label: 'terrorists', or a group noun that a
    terrorist word modifies ('a terrorist organisation', 'a terror group')."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in LABEL_PERSONS:
        return tok.dep_ != "compound"  # 'terrorist attacks' names acts, no label
    return lemma in LABEL_GROUPS and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in LABEL_WORDS for c in tok.children)


def _labelled(lab: Any) -> tuple[Any, list[Any], bool] | None:
    """(the verb or copula that applies the label ``lab``, the labelled tokens, whether the
    verb is a copula) for 'branded X [a terrorist group]' however the parser hangs it, else
    None."""
    dep, head = lab.dep_, lab.head
    if dep == "appos" and head.dep_ == "dative":  # 'designated [the Houthis] a terror group'
        return head.head, [head], False
    if dep == "pobj" and head.lower_ == "as":  # 'regards X as a terrorist organisation'
        verb = head.head
        if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN", "PRON"):
            verb = verb.head  # 'as' hung on the object
        return verb, [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")], False
    if dep == "oprd":  # 'labeled the guard [a terrorist group]'
        return head, [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")], False
    if dep == "dobj":
        dative = [c for c in head.children if c.dep_ in ("dative", "nsubjpass")]
        if dative:  # 'branded [the group] a terrorist organisation', '[X] was branded terrorists'
            return head, dative, False
        named = [c for c in lab.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                 and lab.lemma_.lower() in LABEL_PERSONS]
        return (head, named, False) if named else None  # 'branded the militia terrorists'
    if dep == "ccomp":  # 'considers [the YPG] a terrorist group' parsed as a clause
        return head, [c for c in lab.children if c.dep_ == "nsubj" and c.i < lab.i], False
    if dep == "attr" and head.lemma_ == "be":  # 'the militia is a terrorist group'
        return head, [c for c in head.children if c.dep_ == "nsubj"], True
    return None


def _on(ev: EventMention, tok: Any) -> bool:
    """True when the event's trigger covers the token."""
    return ev.trigger.start <= tok.idx < ev.trigger.end


def terrorist_labels(sent: Any, quotes: list[Any], events: list[EventMention],
                     build: Builder, link: Linker
                     ) -> tuple[list[EventMention], list[EventMention]]:
    """(the ACCUSE of each terrorist label a known party puts on another in ``sent``, the
    events it replaces: the dictionary's reading of the labelling verb ('BRAND * TERRORIST'),
    which names no parties of its own)."""
    out: list[EventMention] = []
    replaced: list[EventMention] = []
    for lab in tokens_in(sent, LABEL_LEMMAS):
        if not _label_word(lab):
            continue
        found = _labelled(lab)
        if found is None:
            continue
        verb, labelled, copula = found
        if any(e.type == ACCUSE and not _on(e, verb) for e in events + out):
            continue  # the sentence's charge is told already
        if not labelled or _negated(verb) or not _asserted_clause(verb) or \
                any(c.dep_ == "neg" for c in lab.children):
            continue
        if copula:
            quote = quote_of(quotes, lab)
            if quote is None or quote.speaker is None:
                continue
            source = [quote.speaker]
        elif verb.pos_ != "VERB" or verb.lemma_.lower() not in LABEL_VERBS:
            continue
        elif any(c.dep_ == "nsubjpass" for c in verb.children):  # 'was designated ... by X'
            source = [p for a in verb.children if a.dep_ == "agent" for g in a.children
                      if g.dep_ == "pobj" for p in _parties(link, g, itself=True)]
        else:
            source = _parties(link, _subject(verb), itself=True)
        target = [p for t in labelled for p in _parties(link, t)
                  if not any(same_participant(p, s) for s in source)]
        if not source or not target:
            continue
        trig = lab if copula else verb
        entry = Entry(lemma=trig.lemma_.lower(), pos="verb" if trig.pos_ == "VERB" else "noun",
                      type=ACCUSE, mode=ALLEGE, origin=ORIGIN)
        ev = build(Trigger(trig, entry, nominal=False))
        if ev is None:
            continue
        replaced += [e for e in events if e.type == ACCUSE and _on(e, verb)]
        out.append(dataclasses.replace(ev, source=source, target=target,
                                       mode=f"{ACCUSE}/{ALLEGE}"))
    return out, replaced


def reported_acts(sent: Any, quotes: list[Any], events: list[EventMention], build: Builder,
                  link: Linker, negative: frozenset[str],
                  wrongs: dict[str, list[str]] | None = None) -> list[EventMention]:
    """``events`` with the refusals, charges of responsibility and terrorist labels ``sent``
    tells by the form of a clause added (and a 'blame' or a dictionary 'brand' those charges
    read again dropped)."""
    charges, replaced = responsibility_charges(sent, quotes, events, build, link, negative)
    labels, relabelled = terrorist_labels(sent, quotes, events + charges, build, link)
    replaced += relabelled
    charges += labels
    charges += wrongdoing_charges(sent, quotes, events + charges, build, link, wrongs or {})
    charges += dismissals(sent, events + charges, build)
    kept = [e for e in events if not any(e is r for r in replaced)]
    return kept + charges + refusals(sent, kept + charges, build, link)

