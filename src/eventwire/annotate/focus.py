"""Where an article is: its dateline, the countries its sentences name, its place focus.

Generic agents ("police", "militants", "the ministry") name no country. PLOVER
codes them by residence: the country the sentence establishes, else the
article's dateline, else the country the story is about. This module finds
those countries from the linked entities of a Doc; :mod:`agents` uses them.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from eventwire.annotate.doccache import sent_starts as sent_token_starts
from eventwire.annotate.doccache import token_starts, tokens
from eventwire.model import ActorRef, Entity

DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\- ]{1,40}?(?:\s*/\s*[A-Z][A-Z.'’\- ]{1,40}?)*)"
    r"(?:,\s*(?P<region>[A-Z][a-zA-Z.]+(?:\s[A-Z][a-zA-Z.]+)?))?"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\)\s*)?[-—–]+\s")
SPECIAL = frozenset({"IGO", "NGO", "IMG", "MNC", "UNK"})
POSSESSOR_RE = re.compile(r"^(.+?)['’]s\s")  # "Congo's president": the possessor's name
PLACE_KINDS = frozenset({"state", "place"})
LOCATION_PREPS = frozenset({"in", "at", "near", "across", "throughout", "inside", "around",
                            "outside", "along", "from"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts of force: 'a Lorani airstrike'
INSIDE_PREPS = frozenset({"in", "at", "inside", "throughout", "across"})  # not 'near', 'outside'
# going somewhere: the place a mover heads for is not where it belongs ('fled to Chad');
# not 'return', 'deport' or 'repatriate', whose destination is often home
MOTION_VERBS = frozenset({"flee", "escape", "cross", "retreat", "withdraw", "travel", "go",
                          "head", "move", "relocate", "migrate", "emigrate", "run", "sail",
                          "fly", "slip", "sneak", "defect", "deploy", "march", "advance"})
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
TITLE_WEIGHT = 3
LEAD_WEIGHT = 2
LEAD_CHARS = 600
FOCUS_SHARE = 0.3  # the top country's minimum share of all country mentions
FOCUS_MIN_MENTIONS = 2
DATELINE_LINES = 3  # a dateline may follow a title and a byline
DATELINE_REACH = 400
NAMED_BEFORE_SENTENCES = 3  # sentences searched for the country 'the country's' refers to
FOCUS_KEY = ("eventwire", "focus")  # where the focus of a Doc is kept for later components
ORIGIN_WORDS = ("made", "built", "supplied", "manufactured", "designed", "produced", "origin",
                "provided", "donated", "funded", "backed", "supported", "sponsored", "financed",
                "trained", "armed", "equipped", "allied", "aligned")
ORIGIN_RE = re.compile(r"\s?[-–]\s?(?:" + "|".join(ORIGIN_WORDS) + r")\b")
MEDIATOR_RE = re.compile(  # 'the Egypt-brokered truce', 'the UN-backed talks': a go-between
    r"\s?[-–]\s?(?:brokered|mediated|facilitated|arbitrated|backed|sponsored|supported|"
    r"guaranteed)\b", re.IGNORECASE)
STANCE_WORDS = ("anti", "pro")
STANCE_RE = re.compile(r"(?:^|[^\w])(?:" + "|".join(STANCE_WORDS) + r")\s?[-–]\s?$", re.IGNORECASE)


def origin_mention(text: str, end: int) -> bool:
    """'Israeli-made drones', 'Iranian-supplied missiles', 'Iranian-backed militias': the
    country word ending at ``end`` names where a thing comes from or who sponsors a group,
    not a place or a party of the sentence."""
    return ORIGIN_RE.match(text, end) is not None


def stance_mention(text: str, start: int) -> bool:
    """'anti-Pakistan militants', 'pro-Russian separatists': the country word starting at
    ``start`` names what a group opposes or supports, not where it is or whose it is."""
    return STANCE_RE.search(text[max(0, start - 6):start]) is not None


def modifier_mention(text: str, start: int, end: int) -> bool:
    """A country word naming an origin, a sponsor or a stance (see above)."""
    return origin_mention(text, end) or stance_mention(text, start)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of the text ("SRINAGAR, May 7 (Wireline) -")."""

    start: int
    end: int  # end of the whole dateline, dash included
    place: str
    place_end: int
    country: str | None
    name_end: int = 0  # end of the place and its region or country ('ABUJA, Nigeria')
    date: tuple[int, int] | None = None  # the span of its date ('May 7'): the filing day


@dataclass
class Focus:
    """The countries an article establishes, for coding generic agents."""

    dateline: Dateline | None = None
    country: str | None = None  # the place focus of the whole article
    share: float = 0.0
    by_sentence: dict[int, list[tuple[Entity, str]]] = field(default_factory=dict)
    sent_starts: list[int] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)  # the weighted country mentions
    destinations: set[int] = field(default_factory=set)  # starts of mentions a mover heads for
    borders: set[int] = field(default_factory=set)  # starts of mentions naming a border's side
    venues: set[int] = field(default_factory=set)  # starts of mentions where talks were held
    venue_dateline: bool = False  # the dateline's state is named only as a venue of talks

    def sentence_start(self, char: int) -> int:
        """The start offset of the sentence holding character ``char``."""
        k = bisect.bisect_right(self.sent_starts, char) - 1
        return self.sent_starts[k] if k >= 0 else 0

    def context_country(self, sent_start: int, exclude: tuple[int, int] | None = None,
                        others: tuple[tuple[int, int], ...] = (),
                        parties: tuple[tuple[int, int], ...] = (),
                        said: tuple[tuple[int, int], ...] = ()) -> tuple[str, str] | None:
        """(country, evidence) for a generic agent in the sentence starting at ``sent_start``
        (its country mentions within ``exclude`` not counted, nor those within ``others``
        that name a country rather than a place in it, nor any within ``said``: a clause the
        agent reports about another subject); the article focus is taken without the
        sentence's mentions within ``parties`` (the names of the other actors)."""
        def counted(e: Entity) -> bool:
            """Whether a country mention of the sentence counts for the agent."""
            if exclude is not None and e.start < exclude[1] and exclude[0] < e.end:
                return False
            if any(e.start < b and a < e.end for a, b in said):
                return False
            if e.start in self.destinations or e.start in self.borders:
                return False
            return e.actor.kind == "place" or not any(e.start < b and a < e.end for a, b in others)

        every = self.by_sentence.get(sent_start, [])
        ents = [(e, loc) for e, loc in every if counted(e)]
        codes = {e.actor.country for e, _ in ents}
        if len(codes) == 1:
            ent = ents[0][0]
            return ent.actor.country, f"sentence: {ent.text}"
        located = {e.actor.country: e for e, loc in ents if loc}
        if len(located) == 1:
            code, ent = next(iter(located.items()))
            return code, f"sentence: {ent.text}"
        if self.dateline is not None and self.dateline.country and not self.venue_dateline:
            return self.dateline.country, f"dateline: {self.dateline.place}"
        left_out = [e for e, _ in every if e.actor.kind != "place" and
                    any(e.start < b and a < e.end for a, b in parties)]
        if not left_out:
            code, share = self.country, self.share
        else:
            code, share = self._focus_without(left_out)
        if code:
            return code, f"article focus ({share:.0%} of country mentions)"
        return None

    def _focus_without(self, left_out: list[Entity]) -> tuple[str | None, float]:
        """The article focus and its share without the mentions ``left_out`` (the other
        actors of the agent's own sentence): 'The government rejected the proposal China had
        made', alone or in a short text, does not make the government China's."""
        counts = self.counts.copy()
        for e in left_out:
            counts[e.actor.country] = max(0, counts[e.actor.country] - mention_weight(e))
        code = focus_country(counts)
        return code, (counts[code] / sum(counts.values()) if code else 0.0)


    def named_before(self, char: int, sentences: int = NAMED_BEFORE_SENTENCES
                     ) -> list[Entity]:
        """The country entities of the nearest sentence naming one before ``char`` (its own
        sentence before it, else up to ``sentences`` - 1 sentences back)."""
        k = bisect.bisect_right(self.sent_starts, char) - 1
        for back in range(sentences):
            if k - back < 0:
                break
            ents = [e for e, _ in self.by_sentence.get(self.sent_starts[k - back], [])
                    if e.end <= char]
            if ents:
                return ents
        return []

    def located_in(self, sent_start: int) -> Entity | None:
        """The first mention of the one country the sentence locates something in ('in the
        U.S.', 'at the border of Chad'), or None."""
        ents = self.by_sentence.get(sent_start, [])
        for pool in ([e for e, loc in ents if loc in INSIDE_PREPS], [e for e, loc in ents if loc]):
            if len({e.actor.country for e in pool}) == 1:
                return pool[0]
        return None

    def scene_country(self, sent_start: int, not_codes: frozenset[str] = frozenset(),
                      away: tuple[tuple[int, int], ...] = ()) -> tuple[str, str] | None:
        """(country, evidence) of where the sentence's event happens, for an unnamed victim
        ('villages', 'the convoy'): a place it is located in, else a country it names that is
        not the attacker's (``not_codes``), else the dateline, else the article focus taken
        without the sentence's mentions of the attacker's country ('The Kremlin announced that
        Russian forces had captured the village' alone places the village nowhere). Mentions
        within ``away`` (where the attack was fired from) are no scene."""
        ents = [(e, loc) for e, loc in self.by_sentence.get(sent_start, [])
                if not any(e.start < b and a < e.end for a, b in away)]
        for pool in ([e for e, loc in ents if loc in INSIDE_PREPS], [e for e, loc in ents if loc],
                     [e for e, _ in ents if e.actor.country not in not_codes]):
            codes = {e.actor.country for e in pool}
            if len(codes) == 1:
                return pool[0].actor.country, f"scene: {pool[0].text}"
        if self.dateline is not None and self.dateline.country and not self.venue_dateline:
            return self.context_country(-1)
        left_out = [e for e, _ in ents if e.actor.country in not_codes and e.actor.kind != "place"]
        left_out += [e for e, _ in self.by_sentence.get(sent_start, [])
                     if any(e.start < b and a < e.end for a, b in away)]  # 'fired from Gaza'
        code, share = self._focus_without(left_out) if left_out else (self.country, self.share)
        if code:
            return code, f"article focus ({share:.0%} of country mentions)"
        return None


def remember_focus(doc: Any, focus: Focus) -> None:
    """Keep an article's focus on its Doc for the later components."""
    doc.user_data[FOCUS_KEY] = focus


def focus_of(doc: Any) -> Focus | None:
    """The focus remembered on a Doc, if any."""
    return doc.user_data.get(FOCUS_KEY) if doc is not None else None


def find_dateline(text: str, reg: Any) -> Dateline | None:
    """The dateline opening the text or one of its first lines (after a title)."""
    offset = 0
    for _ in range(DATELINE_LINES):
        found = _dateline_at(text, offset, reg)
        if found is not None:
            return found
        nxt = text.find("\n", offset)
        if nxt < 0 or nxt > DATELINE_REACH:
            return None
        offset = nxt + 1
        while offset < len(text) and text[offset] in "\n\r \t":
            offset += 1
    return None


def _dateline_at(text: str, offset: int, reg: Any) -> Dateline | None:
    """The dateline starting at ``offset``, with the country of its (first) place."""
    m = DATELINE_RE.match(text[offset:offset + 120])
    if m is None:
        return None
    place = m.group("place").strip()
    words = [w for w in re.split(r"\s*/\s*", place) if w]
    if not words or not any(len(w) > 2 for w in words):
        return None
    start = offset + m.start("place")
    region = m.group("region")
    if region:
        words.append(region)
    country = None
    for w in words:
        country = _place_country(reg, w)
        if country:
            break
    name_end = offset + m.end("region") if region else start + len(place)
    date = (offset + m.start("date"), offset + m.end("date")) if m.group("date") else None
    return Dateline(start, offset + m.end(), place, start + len(place), country, name_end, date)


def _place_country(reg: Any, word: str) -> str | None:
    """The country of a place name written in any case ('SRINAGAR')."""
    for form in (word, word.title(), word.capitalize()):
        ref = reg.match(form, None)
        if ref is not None and ref.country and ref.country not in SPECIAL:
            return ref.country
    return None


def _country_of(e: Entity) -> str | None:
    """The ISO-3 country of a linked entity (None for IGOs, media, unlinked)."""
    a = e.actor
    if a is None or not a.country or a.country in SPECIAL or a.kind == "media":
        return None
    return a.country


def _is_location(doc: Any, e: Entity, starts: list[int]) -> str:
    """The preposition of an entity used as a location ('in' Haiti, 'near' Kabul), else ''."""
    toks = tokens(doc)
    if e.actor is not None and e.actor.kind not in PLACE_KINDS:
        return ""
    i = bisect.bisect_left(starts, e.start)
    if i >= len(starts) or starts[i] != e.start:
        return ""
    i = _first_conjunct(doc, e, i)  # 'in the U.K. and Germany': both are places
    if _attack_modifier(toks[i]):
        return ""  # 'killed in a Lorani airstrike': the attacker, no place
    j = i - 1
    while j >= max(0, i - 3) and toks[j].dep_ in ("det", "compound", "amod"):
        j -= 1
    return toks[j].lower_ if j >= 0 and toks[j].lower_ in LOCATION_PREPS else ""


def _name_head(doc: Any, e: Entity, starts: list[int]) -> Any | None:
    """The head word of an entity's (possibly multi-word) name, None if no token starts it."""
    toks = tokens(doc)
    i = bisect.bisect_left(starts, e.start)
    if i >= len(starts) or starts[i] != e.start:
        return None
    tok = toks[i]
    while tok.head.i != tok.i and e.start <= tok.head.idx < e.end:
        tok = tok.head
    return tok


# Talks and what they make, and the verbs of holding them: 'talks in Addis Ababa', 'the
# agreement signed in Doha', 'met in Geneva' name a venue.
VENUE_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "summit",
                         "conference", "agreement", "deal", "accord", "truce", "ceasefire",
                         "mediation", "round"})
VENUE_VERBS = frozenset({"agree", "meet", "sign", "negotiate", "broker", "mediate", "convene"})


def venue_mention(doc: Any, e: Entity, starts: list[int]) -> bool:
    """Whether a place mention is the venue of talks or of what they made ('talks in Addis
    Ababa', 'the ceasefire agreed in Addis Ababa', 'the two sides met in Geneva', 'the
    deadline it agreed to in Doha'): the object of 'in' or 'at' under a talks noun or a verb
    of meeting and agreeing. A dateline in a state the article names only so is where the
    reporter followed the talks (``Focus.venue_dateline``): it places no unnamed doer or
    victim."""
    tok = _name_head(doc, e, starts)
    if tok is None or tok.dep_ != "pobj" or tok.head.dep_ != "prep" or \
            tok.head.lower_ not in ("in", "at"):
        return False
    head = tok.head.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        return lemma in VENUE_NOUNS or head.lower_ in VENUE_NOUNS
    if head.pos_ not in ("VERB", "AUX"):
        return False
    return lemma in VENUE_VERBS or any(  # 'talks ended in X', 'held talks in X'
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in VENUE_NOUNS and
        c.lower_ not in ("deal", "agreement", "accord", "truce", "ceasefire")
        for c in head.children)


def destination_mention(doc: Any, e: Entity, starts: list[int]) -> bool:
    """Whether a country or place mention is where a mover heads for ('militants fled to
    Chad', 'escaped across the border into Chad', 'escape to villages in Chad'): a goal
    of 'to' or 'into' (its own or that of a noun it places) under a verb of going, which
    says nothing of whose the mover is."""
    tok = _name_head(doc, e, starts)
    if tok is None:
        return False
    for _ in range(6):
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
            continue
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        prep = tok.head
        head = prep.head
        if prep.lower_ in DESTINATION_PREPS:
            return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in MOTION_VERBS
        if prep.lower_ not in INSIDE_PREPS and prep.lower_ not in ("near", "along", "on"):
            return False
        if head.pos_ == "VERB" and head.lemma_.lower() in MOTION_VERBS:
            # 'escape to eastern villages in Chad' with 'in Chad' on the verb: where the
            # journey ends when the verb also takes a goal
            return any(c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS
                       for c in head.children)
        if head.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = head  # 'villages in Chad': does the noun it places take a goal?
    return False


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def border_mention(doc: Any, e: Entity, starts: list[int]) -> bool:
    """Whether a country mention names a side of a border ('near the Somali border', 'along
    the border with Somalia', 'the Thai-Cambodian frontier'): a border has two sides, and
    agents near it are as often of the other one, so the mention says nothing of whose an
    agent of the sentence is. Not a border noun qualifying another ('Iranian border guards',
    'the Afghan border town'), whose owner or place it is."""
    tok = _name_head(doc, e, starts)
    if tok is None:
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # 'the border with Kenya and Ethiopia'
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.i != head.i:
        head = head.head  # 'the border with Somalia'
    elif tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    return head.lemma_.lower() in BORDER_NOUNS and head.dep_ != "compound"


def _attack_modifier(tok: Any) -> bool:
    """Whether a name modifies a noun the event lexicon reads as an act of force ('in a
    Lorani airstrike', 'during Lorani shelling'): it names who attacks, not where."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in attack_nouns():
            return True
    return False


def attack_nouns() -> frozenset[str]:
    """The nouns the curated event lexicon reads as an act of force (ASSAULT, COERCE)."""
    global _ATTACK_NOUNS
    if _ATTACK_NOUNS is None:
        from eventwire.extract.lexicon import load_lexicon

        lex = load_lexicon()
        _ATTACK_NOUNS = frozenset(lemma for (pos, lemma), entries in lex.entries.items()
                                  if pos == "noun" and lex.is_curated(pos, lemma)
                                  and any(e.type in FORCE_TYPES for e in entries))
    return _ATTACK_NOUNS


_ATTACK_NOUNS: frozenset[str] | None = None


def _first_conjunct(doc: Any, e: Entity, i: int) -> int:
    """The token to look for a preposition before: the name's own first token (``i``), or
    the first token of the first conjunct it is coordinated with ('in Chad and Niger')."""
    toks = tokens(doc)
    tok = toks[i]
    while tok.head.i != tok.i and e.start <= tok.head.idx < e.end:
        tok = tok.head  # the head word of a multi-word name ('South Sudan')
    if tok.dep_ != "conj":
        return i
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    k = tok.i
    while k > 0 and toks[k - 1].dep_ == "compound" and toks[k - 1].head.i == tok.i:
        k -= 1
    return k


def build_focus(doc: Any, text: str, title: str | None, entities: list[Entity],
                reg: Any) -> Focus:
    """The dateline, per-sentence countries and place focus of an article."""
    starts = token_starts(doc)
    focus = Focus(dateline=find_dateline(text, reg),
                  sent_starts=[starts[i] for i in sent_token_starts(doc)])
    if not focus.sent_starts or focus.sent_starts[0] != 0:
        focus.sent_starts.insert(0, 0)
    counts: Counter[str] = Counter()
    own: Counter[str] = Counter()
    shared = getattr(reg, "shared_names", {})
    for e in entities:
        code = _country_of(e)
        if code is None or shared_name(e.text, shared):  # 'Tripoli' is placed later, not counted
            continue
        if focus.dateline is not None and focus.dateline.start <= e.start < focus.dateline.end:
            continue
        if modifier_mention(text, e.start, e.end):
            continue
        focus.by_sentence.setdefault(focus.sentence_start(e.start), []).append((e, _is_location(doc, e, starts)))
        if destination_mention(doc, e, starts):
            focus.destinations.add(e.start)
        if border_mention(doc, e, starts):
            focus.borders.add(e.start)
        if venue_mention(doc, e, starts):
            focus.venues.add(e.start)
        else:
            own[code] += mention_weight(e)
        counts[code] += mention_weight(e)
    if title:
        venues = _title_venues(title, reg, shared)
        for code in _title_countries(title, reg, shared):
            counts[code] += TITLE_WEIGHT
            if code in venues:
                venues.remove(code)  # 'Kiir and Burhan agree to talks in Addis Ababa'
            else:
                own[code] += TITLE_WEIGHT
    if focus.dateline is not None and focus.dateline.country:
        focus.venue_dateline = bool(focus.venues) and own[focus.dateline.country] == 0 and \
            any(_country_of(e) == focus.dateline.country for e in entities
                if e.start in focus.venues)
        if focus.venue_dateline:  # its venue mentions make it no focus either
            del counts[focus.dateline.country]
        else:
            counts[focus.dateline.country] += TITLE_WEIGHT
    focus.counts = counts
    focus.country = focus_country(counts)
    if focus.country is not None:
        focus.share = counts[focus.country] / sum(counts.values())
    return focus


def mention_weight(e: Entity) -> int:
    """The weight of a country mention in the article focus (more in the lead)."""
    return LEAD_WEIGHT if e.start < LEAD_CHARS else 1


def focus_country(counts: Counter[str]) -> str | None:
    """The place focus of weighted country mentions: the top country, with at least
    ``FOCUS_MIN_MENTIONS``, ``FOCUS_SHARE`` of all and more than the runner-up."""
    total = sum(counts.values())
    if not total:
        return None
    top = counts.most_common(2)
    code, n = top[0]
    runner_up = top[1][1] if len(top) > 1 else 0
    if n >= FOCUS_MIN_MENTIONS and n / total >= FOCUS_SHARE and n > runner_up:
        return code
    return None


def place_shared_names(doc: Any, entities: list[Entity], reg: Any, focus: Focus
                       ) -> list[Entity]:
    """Entities whose name means different countries' places, states or bodies ('Tripoli':
    Libya or Lebanon; 'Congo': the DRC or the Republic of the Congo; 'Georgia': the country
    or the US state; 'Congress': whose legislature) read as the one the article's own
    country evidence supports (see ``_reading``), and added to the focus's sentence
    countries."""
    shared = getattr(reg, "shared_names", {})
    if not shared:
        return entities
    starts = token_starts(doc)
    counts = _article_counts(focus)
    out = []
    for e in entities:
        codes = shared.get(e.text)
        if codes is None and shared_name(e.text, shared) and _country_of(e):
            e = _owned_shared(e, shared, reg, focus, counts)
            focus.by_sentence.setdefault(focus.sentence_start(e.start), []).append(
                (e, _is_location(doc, e, starts)))
        elif codes is not None and (e.actor is None or e.actor.country in codes):
            e = _placed_shared(e, codes, reg, focus, counts)
            if e.actor is not None:
                focus.by_sentence.setdefault(focus.sentence_start(e.start), []).append(
                    (e, _is_location(doc, e, starts)))
        out.append(e)
    return out


def shared_name(text: str, shared: Any) -> str | None:
    """The name of several countries' places, states or bodies an entity's text is, or
    names as its possessor ("Congo's president"), if any."""
    if text in shared:
        return text
    owner = POSSESSOR_RE.match(text)
    return owner.group(1) if owner is not None and owner.group(1) in shared else None


def _owned_shared(e: Entity, shared: dict[str, tuple[str, ...]], reg: Any, focus: Focus,
                  counts: Counter[tuple[str, bool]]) -> Entity:
    """"Congo's president": an office or body of a possessor with a shared name belongs to
    the possessor's reading."""
    owner = POSSESSOR_RE.match(e.text)
    if owner is None or e.actor is None or e.actor.kind != "state":
        return e
    name = owner.group(1)
    codes = shared.get(name)
    if not codes or e.actor.country not in codes:
        return e
    code, evidence = _reading(Entity(e.start, e.start + len(name), name, e.label, None), codes,
                              reg, focus, counts)
    if code == e.actor.country:
        return e
    actor = reg.country_ref(code, e.actor.sector, e.actor.role)
    return dataclasses.replace(e, actor=dataclasses.replace(actor, evidence=evidence))


def _article_counts(focus: Focus) -> Counter[tuple[str, bool]]:
    """Mentions of each country in the article's sentences, by (country, whether the
    mention is a place inside it rather than the country, its capital or a body)."""
    counts: Counter[tuple[str, bool]] = Counter()
    for ents in focus.by_sentence.values():
        for e, _ in ents:
            counts[(e.actor.country, e.actor.kind == "place")] += 1
    return counts


def _body_name(reg: Any, text: str) -> bool:
    """Whether ``text`` names a body of a country ('Congress', 'Senate'), not a place or a
    state."""
    cue = reg.cue(text)
    return (cue is not None and cue[2] == "metonym") or text.lower() in reg.agents


def _place_reading(reg: Any, text: str, code: str) -> bool:
    """Whether ``text`` read in ``code`` names a place inside it ('Georgia' in the USA,
    'Tripoli' in Lebanon) rather than the country itself or one of its bodies ('Congo',
    'Congress')."""
    if _body_name(reg, text):
        return False
    info = reg.countries.get(code)
    return info is None or text not in info.names


def _supports(e: Entity, place_only: bool) -> bool:
    """Whether a mention is evidence for a reading: any mention of the country, or with
    ``place_only`` only the country's other places (not its name, capital or bodies)."""
    return not place_only or e.actor.kind == "place"


def _reading(e: Entity, codes: tuple[str, ...], reg: Any, focus: Focus,
             counts: Counter[tuple[str, bool]]) -> tuple[str, str | None]:
    """(country, evidence) of a shared name: the one reading its sentence names, else the
    dateline's, else the reading the article mentions most, else the first (default)."""
    place = {c: _place_reading(reg, e.text, c) for c in codes}
    # a country's own name ('Georgia') reads as another country's place only on that
    # country's places: mentions of the other country as a state may be its partner
    place_only = {c: place[c] and not all(place.values()) for c in codes}
    named = {n.actor.country: n for n, _ in focus.by_sentence.get(focus.sentence_start(e.start), [])
             if n.actor.country in codes and _supports(n, place_only[n.actor.country])}
    if len(named) == 1:
        return next(iter(named)), f"sentence: {next(iter(named.values())).text}"
    line = focus.dateline
    if line is not None and line.country in codes:
        info = reg.countries.get(line.country)
        capital = info is not None and line.place.title() in info.capitals
        if not (place_only[line.country] and capital):
            return line.country, f"dateline: {line.place}"
    scores = sorted(((counts[(c, True)] + (0 if place_only[c] else counts[(c, False)]), c)
                     for c in codes), reverse=True)
    if scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1], f"article: {scores[0][0]} mentions"
    return codes[0], None


def _placed_shared(e: Entity, codes: tuple[str, ...], reg: Any, focus: Focus,
                   counts: Counter[tuple[str, bool]]) -> Entity:
    """A shared name linked to the reading its context supports among ``codes``."""
    code, evidence = _reading(e, codes, reg, focus, counts)
    if e.actor is not None and e.actor.country == code:
        return e
    info = reg.countries.get(code)
    body = _body_name(reg, e.text)
    sector = (reg.agents.get(e.text.lower()) or (e.actor.sector if e.actor else None)) \
        if body else None
    kind = "place" if _place_reading(reg, e.text, code) else "state"
    actor = ActorRef(f"country:{code}", info.name if info else code, code, sector, kind,
                     e.actor.role if e.actor is not None and body else None, evidence)
    return Entity(e.start, e.end, e.text, e.label, actor)


# a title's place after 'in' / 'at' following a word of talks or meeting: 'agree to talks in
# Addis Ababa', 'ministers meet in Geneva', 'deal signed at Doha summit'
TITLE_VENUE_RE = re.compile(
    r"\b(?i:talks?|negotiations?|negotiate[sd]?|meet(?:s|ing)?|met|summit|agree[sd]?|"
    r"sign(?:s|ed)?)\b[^,;:|]{0,40}?\b(?i:in|at)\s+((?:[A-Z][\w.’'\-]*\s?){1,3})")


def _title_venues(title: str, reg: Any, shared: Any = ()) -> list[str]:
    """Countries a title names only as the venue of talks ('Kiir and Burhan agree to talks in
    Addis Ababa'): counted as mentions, but, as venue mentions in the text, not as the
    article's own."""
    return [code for m in TITLE_VENUE_RE.finditer(title)
            for code in _title_countries(m.group(1), reg, shared)]


def _title_countries(title: str, reg: Any, shared: Any = ()) -> list[str]:
    """Countries named in a title, from capitalised words and word pairs (names of several
    countries' places or bodies, ``shared``, not counted)."""
    words = re.findall(r"[A-Z][\w.’'\-]*", title)
    out: list[str] = []
    i = 0
    while i < len(words):
        hit = None
        for k in (3, 2, 1):
            gram = " ".join(words[i:i + k])
            gram = re.sub(r"(?:'s|’s)$", "", gram)
            cue = reg.cue(gram) if len(words[i:i + k]) == k and gram not in shared else None
            if cue is not None and cue[0] not in SPECIAL:
                hit = (cue[0], k)
                break
        if hit:
            out.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return out


def with_country(ref: ActorRef, code: str, evidence: str) -> ActorRef:
    """A copy of ``ref`` placed in ``code`` with the evidence recorded."""
    return ActorRef(ref.id, ref.name, code, ref.sector, ref.kind, ref.role, evidence)


def _gazetteer_only(reg: Any, text: str, code: str) -> bool:
    """Whether ``text`` places in ``code`` only through the Phoenix gazetteer: not one of
    the country's own names, capitals, curated places or first-level subdivisions."""
    phoenix = getattr(reg, "phoenix", None)
    if phoenix is None or phoenix.place(text) != code:
        return False
    if phoenix.subdivision(text) == code:  # a first-level subdivision ('Borno State') is
        return False  # named far less often in other countries than a town
    info = reg.countries.get(code)
    if info is None:
        return True
    low = text.lower().removeprefix("the ").strip()
    curated = {n.lower() for n in (*info.names, *info.capitals, *info.places)}
    return low not in curated


def foreign_gazetteer_places(text: str, entities: list[Entity], reg: Any) -> list[Entity]:
    """Places the Phoenix gazetteer puts in a country the article never otherwise names,
    while it names another country, left unlinked: the gazetteer keeps one country per name,
    and a town or district name ('Santa Cruz', 'Perth', 'Richmond') often exists in
    several countries. An article set in Freedonia that mentions a district whose name the
    gazetteer files under a country nowhere else in the article is about a Freedonian
    district, not a foreign one. The dateline's place, capitals and curated places are kept, and so is a
    country two different gazetteer names place the article in ('Houston' and 'Texas')."""
    gaz = [e for e in entities if e.actor is not None and e.actor.kind == "place" and
           e.actor.country and _gazetteer_only(reg, e.text, e.actor.country)]
    if not gaz:
        return entities
    gaz_ids = {id(e) for e in gaz}
    named = {e.actor.country for e in entities
             if id(e) not in gaz_ids and e.actor is not None and e.actor.country
             and e.actor.country not in SPECIAL}
    line = find_dateline(text, reg)
    if line is not None and line.country:
        named.add(line.country)
    if not named:
        return entities
    dateline_span = (line.start, line.end) if line is not None else (0, 0)
    names: dict[str, set[str]] = {}
    for e in gaz:
        names.setdefault(e.actor.country, set()).add(e.text.lower())
    drop = {id(e) for e in gaz if e.actor.country not in named and
            len(names[e.actor.country]) == 1 and  # two of its places corroborate it
            not (dateline_span[0] <= e.start < dateline_span[1])}
    if not drop:
        return entities
    return [dataclasses.replace(e, actor=None) if id(e) in drop else e for e in entities]
