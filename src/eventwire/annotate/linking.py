"""Link mentions to registry actors: names, titled names, role descriptions, groups, metonyms.

Two entry points share the registry's dictionaries: :func:`match_text` links one
mention string, :func:`link_doc` finds and links every actor mention of a spaCy
Doc (one PhraseMatcher pass plus a few token look-arounds per hit).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventwire.annotate.doccache import column, doc_text, words_text
from eventwire.annotate.focus import ORIGIN_WORDS, STANCE_WORDS, stance_mention
from eventwire.model import ActorRef

if TYPE_CHECKING:
    from eventwire.annotate.registry import Registry

ALIAS, CUE, SURNAME, TITLE = "ALIAS", "CUE", "SURNAME", "TITLE"
LABEL_RANK = {ALIAS: 0, CUE: 1, SURNAME: 2, TITLE: 3}
POSSESSIVE = {"'s", "’s", "'", "’"}
CONJUNCTIONS = {"and", ",", "or", "&"}
MAX_TITLE_TOKENS = 4
MAX_MODIFIERS = 2
MAX_NGRAM_WORDS = 12  # longest name looked up (registry names have at most 8 words)
WORD_RE = re.compile(r"[\w][\w.'’\-]*[\w.]|[\w]")
FUZZY_MIN_LEN = 6
FUZZY_CUTOFF = 88
FUZZY_MEMO_LIMIT = 50_000  # words remembered with their closest fuzzy cue
OFFICE_HEADS = frozenset({
    "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "governor",
    "ambassador", "envoy", "commander", "chief", "general", "adviser", "advisor", "mayor",
    "senator", "judge", "prosecutor", "director", "chairman", "chairwoman", "chairperson",
    "representative", "negotiator", "admiral", "marshal", "commissioner", "speaker",
    "lawmaker", "legislator", "official", "attorney"})
ROLE_NOUNS = frozenset({"counterpart"})  # the matching office of the country named before it
OFFICE_JOINERS = frozenset({"of", "for", "and", "&", "-"})
DEMONYM_CUE = "demonym"
NOT_GIVEN_NAMES = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                             "western", "central", "upper", "lower", "greater", "the", "pro",
                             "anti", "former", "new", "old", "young", "ethnic", "native"})
ETHNIC = "ethnic"  # 'ethnic Albanians': a people, coded where they live, not a state
TRAILING_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")
# 'the Serb minority', 'Serb-majority towns': a share of a population, a people, not a state
# ('majority-owned' is a stake)
PEOPLE_SHARE_RE = re.compile(r"(?:^|-)(?:minority|minorities|majority)$")


@dataclass(slots=True)
class Mention:
    """An actor mention found in a Doc (token offsets) with its actor."""

    start: int
    end: int
    actor: ActorRef
    kind: str  # alias | cue | surname | role | group
    title: tuple[int, int] | None = None  # token span of a title before a name
    former: bool = False


@dataclass
class DocLinks:
    """Everything linking found in one Doc."""

    mentions: list[Mention] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)


# ----- string matching ------------------------------------------------------------------
def _clean(text: str) -> str:
    """Strip whitespace, a possessive ending and trailing punctuation."""
    t = text.strip().strip(",;:()\"“”")
    return TRAILING_POSSESSIVE_RE.sub("", t).strip()


def _ngrams(words: list[str]) -> list[tuple[int, int, str]]:
    """Word n-grams of up to MAX_NGRAM_WORDS words, longest first, left to right."""
    n = len(words)
    return [(i, i + k, " ".join(words[i:i + k]))
            for k in range(min(n, MAX_NGRAM_WORDS), 0, -1) for i in range(n - k + 1)]


def _family_name(reg: Registry, words: list[str], i: int, gram: str) -> bool:
    """'Volker Turk', 'Sarah English': a demonym right after a given name (a capitalised
    word that is no country word, title, group noun, modifier or direction) is a family
    name, not a nationality."""
    cue = reg.cue(gram)
    if i == 0 or cue is None or cue[2] != DEMONYM_CUE or " " in gram:
        return False
    prev = words[i - 1]
    low = prev.lower()
    return prev[:1].isupper() and prev[1:].islower() and reg.cue(prev) is None and \
        low not in reg.titles and low not in reg.groups and low not in reg.modifiers and \
        low not in NOT_GIVEN_NAMES


def _find_title(reg: Registry, lowered: list[str]) -> str | None:
    """The office named by the longest title n-gram of the lower-cased words."""
    for _, _, gram in _ngrams(lowered):
        if gram in reg.titles:
            return reg.titles[gram]
    return None


def _find_group(reg: Registry, lowered: list[str]) -> str | None:
    """The sector of the last group noun among the words."""
    found = None
    for i in range(len(lowered)):
        for k in (2, 1):
            gram = " ".join(lowered[i:i + k])
            if len(lowered[i:i + k]) == k and gram in reg.groups:
                found = reg.groups[gram]
    return found


def match_text(reg: Registry, text: str, date: dt.date | None) -> ActorRef | None:
    """Link one mention string (name, titled name, role description, group, metonym)."""
    t = _clean(text)
    if not t:
        return None
    for candidate in (t, re.sub(r"^(?i:the)\s+", "", t)):
        aid = reg.lookup(candidate, date)
        if aid:
            return reg.resolve(aid, date)
        cue = reg.cue(candidate)
        if cue:
            return reg.country_ref(cue[0], cue[1], kind=cue[2])
    words = [_clean(w) for w in WORD_RE.findall(t)]
    words = [w for w in words if w]
    grams = _ngrams(words)
    for start, stop, gram in grams:
        aid = reg.lookup(gram, date) if any(c.isupper() for c in gram) else None
        if aid:
            holder = _stated_country_holder(reg, words, start, gram, aid, date)
            ref = reg.resolve(holder or aid, date)
            return _state_named_after(reg, words, stop, ref) or ref
    lowered = [w.lower() for w in words]
    parts = [p for w in words for p in _owning_parts(w)]
    cue = next((reg.cue(g) for seq in (words, parts) for i, _, g in _ngrams(seq)
                if g[:1].isupper() and reg.cue(g) and not _family_name(reg, seq, i, g)
                and not (i > 0 and f"{seq[i - 1]} {g}".lower() in reg.regions)), None)
    # 'Latin American leaders': a country word ending a region's name names no country
    if cue is None:
        found = phoenix_match(reg, grams, date)
        if found is not None:
            return found
        cue = _fuzzy_cue(reg, words)
    if cue is None:
        return None
    code, cue_sector, cue_kind = cue
    if (ETHNIC in lowered or any(PEOPLE_SHARE_RE.search(w) for w in lowered)) and \
            cue_kind in ("demonym", "people"):
        return _residence(reg, words, lowered)  # 'ethnic Albanians in Serbia': where they live
    office = _find_title(reg, lowered)
    former = any(w in reg.former for w in lowered)
    if any(w in reg.peoples for w in lowered):  # 'Yoruba leaders': a people's, no state office
        return reg.country_ref(code, "ELI" if office else _find_group(reg, lowered) or cue_sector)
    if office and not former:
        holder = reg.holder(code, office, date)
        named = any(w[:1].isupper() and w.lower() not in reg.titles and not reg.cue(w)
                    and w.lower() not in reg.modifiers for w in words[1:])
        if holder and not named:
            return reg.resolve(holder, date)
        return reg.country_ref(code, "GOV", office)
    if former:
        return reg.country_ref(code, "ELI")
    return reg.country_ref(code, _find_group(reg, lowered) or cue_sector)


def _state_named_after(reg: Registry, words: list[str], stop: int, ref: ActorRef
                       ) -> ActorRef | None:
    """'Kurdish Democratic Party of Iran': a body's name going on with 'of' and another
    state's name is that state's body (the shorter name is the Iraqi KDP)."""
    if ref.kind in ("state", "place", "person", "igo") or ref.country == "IGO" or \
            stop >= len(words) or words[stop].lower() != "of":
        return None
    rest = words[stop + 1:]
    rest = rest[1:] if rest[:1] and rest[0].lower() == "the" else rest
    cue = reg.cue(" ".join(rest)) if rest else None
    if cue is None or cue[2] != "name" or cue[0] == ref.country:
        return None
    from eventwire.annotate.registry import org_id

    name = " ".join(words)
    return ActorRef(org_id(name), name, cue[0], ref.sector, ref.kind,
                    evidence=f"name: {' '.join(rest)}")


def _stated_country_holder(reg: Registry, words: list[str], start: int, gram: str, aid: str,
                           date: dt.date | None) -> str | None:
    """The office holder the mention's own country word names when a name matched a person
    of another country: 'Jordanian King Abdullah' in 2025 is Jordan's king, Abdullah II,
    not the Saudi king of that name (dead in 2015). Only a holder of the title's office in
    the stated country on the date who shares a word of the matched name; else None."""
    actor = reg.actors.get(aid)
    if actor is None or not actor.country or start == 0:
        return None
    stated = {cue[0] for w in words[:start] for p in _owning_parts(w)
              if p[:1].isupper() and (cue := reg.cue(p)) is not None}
    office = _find_title(reg, [w.lower() for w in words])
    if len(stated) != 1 or actor.country in stated or office is None:
        return None
    holder = reg.holder(next(iter(stated)), office, date)
    if holder is None or holder == aid:
        return None
    named = {w.lower() for w in gram.split()} - set(reg.titles)
    held = reg.actors.get(holder)
    return holder if held is not None and named & {w.lower() for w in held.name.split()} \
        else None


def _owning_parts(word: str) -> list[str]:
    """The parts of a hyphenated word that can name its owner: not a sponsor, origin or
    stance ('Iranian' in 'Iranian-backed', 'Russian' in 'pro-Russian')."""
    parts = word.split("-")
    return [p for k, p in enumerate(parts) if p and not (
        (k > 0 and parts[k - 1].lower() in STANCE_WORDS) or
        (k + 1 < len(parts) and parts[k + 1].lower() in ORIGIN_WORDS))]


def _residence(reg: Registry, words: list[str], lowered: list[str]) -> ActorRef | None:
    """The country an ethnic group lives in, when the mention names it ('... in Serbia')."""
    for i, w in enumerate(lowered):
        if w not in ("in", "of", "from"):
            continue
        for _, _, gram in _ngrams(words[i + 1:]):
            cue = reg.cue(gram) if gram[:1].isupper() else None
            if cue is not None and cue[2] not in ("demonym", "people"):
                return reg.country_ref(cue[0], "CVL")
    return None


def phoenix_match(reg: Registry, grams: list[tuple[int, int, str]], date: dt.date | None
                  ) -> ActorRef | None:
    """The Phoenix actor or place of the longest capitalised n-gram (team entries come first)."""
    for _, _, gram in grams:
        if not gram[:1].isupper() or len(gram) < 3 or reg.cue(gram):
            continue  # a country word was weighed (and maybe refused as a family name) already
        ref = reg.phoenix.actor(gram, date)
        if ref is not None:
            return ref
        code = reg.phoenix.place(gram) if " " in gram or len(gram) >= 5 else None
        if code is not None:
            return reg.country_ref(code, kind="place")
    return None


def _fuzzy_cue(reg: Registry, words: list[str]) -> tuple[str, str | None, str] | None:
    """A country cue for a misspelt capitalised word ('Ethopia'), only when very close."""
    for w in words:
        if len(w) < FUZZY_MIN_LEN or not w[:1].isupper() or reg.cue(w):
            continue  # an exact country word was weighed (and maybe refused) already
        hit = _closest_cue(reg, w)
        if hit:
            return reg.cue(hit)
    return None


def _closest_cue(reg: Registry, word: str) -> str | None:
    """The single-word country name within the fuzzy cutoff of ``word`` (None when none
    is), searched once per word while the registry's cues stay the same."""
    memo = reg.fuzzy_memo
    if word not in memo:
        if len(memo) >= FUZZY_MEMO_LIMIT:
            memo.clear()
        hit = process.extractOne(word, reg.fuzzy_cues, scorer=fuzz.ratio,
                                 score_cutoff=FUZZY_CUTOFF)
        memo[word] = hit[0] if hit else None
    return memo[word]


# ----- Doc linking ----------------------------------------------------------------------
def build_matcher(reg: Registry) -> PhraseMatcher:
    """A case-sensitive PhraseMatcher over names, aliases, surnames and country cues."""
    from eventwire.annotate.nlp import load_nlp

    nlp = load_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    titles = {v for t in reg.titles for v in (t, t.title(), t[:1].upper() + t[1:])}
    groups = {ALIAS: list(reg.alias_index), CUE: list(reg.cues), SURNAME: list(reg.surname_index),
              TITLE: sorted(titles)}
    for label, texts in groups.items():
        matcher.add(label, list(nlp.tokenizer.pipe(texts)))
    return matcher


def _hits(reg: Registry, doc: Doc) -> list[tuple[Span, str]]:
    """Longest non-overlapping matcher hits with their best label."""
    labels: dict[tuple[int, int], str] = {}
    for match_id, start, end in reg.matcher(doc):
        label = doc.vocab.strings[match_id]
        key = (start, end)
        if key not in labels or LABEL_RANK[label] < LABEL_RANK[labels[key]]:
            labels[key] = label
    spans = filter_spans([doc[s:e] for s, e in labels])
    return sorted(((sp, labels[(sp.start, sp.end)]) for sp in spans
                   if not (labels[(sp.start, sp.end)] == CUE and _in_region(reg, doc, sp))),
                  key=lambda x: x[0].start)


def _in_region(reg: Registry, doc: Doc, sp: Span) -> bool:
    """'Latin American', 'South American': a country word that ends a region's name
    (``regions``) names no country."""
    return sp.start > 0 and f"{doc[sp.start - 1].lower_} {sp.text.lower()}" in reg.regions


def _title_at(reg: Registry, doc: Doc, i: int, limit: int) -> tuple[str, int] | None:
    """The office of the longest title starting at token ``i`` and its end token."""
    for k in range(MAX_TITLE_TOKENS, 0, -1):
        if i + k <= limit:
            gram = words_text(doc, i, i + k).lower()
            if gram in reg.titles:
                return reg.titles[gram], i + k
    return None


def _office_at(doc: Doc, i: int, limit: int) -> tuple[str, int] | None:
    """A capitalised office title not in the lexicon, right before a personal name
    ('Interior Minister', 'Army Chief', 'Police Commissioner'): (office, end token)."""
    lowers = column(doc, "lower")
    for k in range(MAX_TITLE_TOKENS - 1, 0, -1):
        end = i + k
        if end >= limit or end >= len(doc) or lowers[end - 1] not in OFFICE_HEADS:
            continue
        words = doc[i:end]
        head = words[-1]
        if head.lower_ not in OFFICE_HEADS or not head.text[:1].isupper():
            continue
        if not all(w.text[:1].isupper() or w.lower_ in OFFICE_JOINERS for w in words):
            continue
        nxt = doc[end]
        if nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
            return words.text.lower(), end
    return None


def _group_at(reg: Registry, doc: Doc, i: int, limit: int) -> tuple[str, int] | None:
    """The sector of a group noun starting at token ``i`` and its end token."""
    for k in (2, 1):
        if i + k <= limit:
            gram = words_text(doc, i, i + k).lower()
            if gram in reg.groups:
                return reg.groups[gram], i + k
    return None


def _counterpart_named(doc: Doc, i: int, limit: int) -> int | None:
    """'his Chilean counterpart(,) Mateo Varela': the token where the name after a role noun
    that stands for the matching office of the cue's country starts, else None."""
    if i >= limit or doc[i].lower_ not in ROLE_NOUNS:
        return None
    j = i + 1 + (i + 1 < limit and doc[i + 1].text == ",")
    return j if j < limit and _is_name_start(doc, j, set()) else None


def _after_cue(reg: Registry, doc: Doc, end: int, limit: int) -> tuple[str, str, int]:
    """What follows a country cue: ('title'|'group'|'', office or sector, end token)."""
    i = end
    if i < limit and doc[i].text in POSSESSIVE:
        i += 1
    for _ in range(MAX_MODIFIERS + 1):
        if i >= limit:
            break
        named = _counterpart_named(doc, i, limit)
        if named is not None:
            return "title", doc[i].lower_, named
        title = _title_at(reg, doc, i, limit)
        if title:
            return "title", title[0], title[1]
        office = _office_at(doc, i, limit)
        if office:
            return "title", office[0], office[1]
        group = _group_at(reg, doc, i, limit)
        if group:
            return "group", group[0], group[1]
        if doc[i].lower_ not in reg.modifiers:
            break
        i += 1
    return "", "", end


def _is_name_start(doc: Doc, i: int, person_starts: set[int]) -> bool:
    """Whether token ``i`` starts a personal name."""
    if i >= len(doc):
        return False
    tok = doc[i]
    return i in person_starts or (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B") or (
        tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ in ("", "PERSON"))


def _title_before(reg: Registry, doc: Doc, start: int, floor: int,
                  cue_at: dict[int, tuple[int, tuple[str, str | None, str]]]
                  ) -> tuple[int, str | None, str | None, bool]:
    """Scan left of a name for 'former U.S. President': (start token, office, country, former)."""
    i, office, country, former = start, None, None, False
    while i > floor:
        j = i - 1
        hit = None
        for k in range(MAX_TITLE_TOKENS, 0, -1):
            if j - k + 1 >= floor and words_text(doc, j - k + 1, j + 1).lower() in reg.titles:
                hit = (j - k + 1, reg.titles[words_text(doc, j - k + 1, j + 1).lower()])
                break
        if hit and office is None:
            i, office = hit
            continue
        cue_start = next((s for s, (e, _) in cue_at.items() if e == i), None)
        if cue_start is not None and country is None and office is not None:
            country = cue_at[cue_start][1][0]
            i = cue_start
            continue
        if doc[j].lower_ in reg.former or doc[j].lower_.rstrip("-") in reg.former:
            former = True
            i = j
            continue
        if doc[j].text in ("-", "–") and j - 1 >= floor and doc[j - 1].lower_ in reg.former:
            former = True
            i = j - 1
            continue
        break
    return i, office, country, former


def _role_flag(reg: Registry, doc: Doc, m: Mention, office: str, country: str | None,
               date: dt.date) -> dict[str, Any] | None:
    """A role flag when a titled name contradicts the registry on ``date``."""
    actor = reg.actors.get(m.actor.id)
    if actor is None or actor.kind != "person" or office == "leader":
        return None
    roles = actor.roles_on(date)
    held = [r for r in roles if r.office == office and (country is None or r.country == country)]
    if m.former and held:
        reason = "former_but_holds"
        msg = (f"text calls {actor.name} former {office}, but the registry has "
               f"{actor.name} as {office} of {held[0].country} on {date.isoformat()}")
    elif not m.former and not held and any(r.office == office for r in actor.roles):
        reason = "title_not_held"
        now = ", ".join(f"{r.office} of {r.country}" for r in roles) or "no office"
        msg = (f"text calls {actor.name} {office}, but on {date.isoformat()} the registry "
               f"has {actor.name} holding {now}")
        held = roles
    else:
        return None
    return {"reason": reason, "message": msg, "title": m.title, "name": (m.start, m.end),
            "actor": actor.id, "registry_role": held[0].office if held else None,
            "as_of": date.isoformat()}


def link_doc(reg: Registry, doc: Doc, date: dt.date | None) -> DocLinks:
    """Find and link every actor mention of ``doc`` as of ``date``."""
    out = DocLinks()
    hits = _hits(reg, doc)
    cues = ((sp, reg.cue(sp.text)) for sp, label in hits if label == CUE)
    cue_at = {sp.start: (sp.end, cue) for sp, cue in cues if cue is not None}
    person_starts = {sp.start for sp, label in hits if label == ALIAS}
    seen_people: set[str] = set()
    prev_end = 0
    carried: tuple[str, str] | None = None  # group/title shared by 'Russian and Ukrainian officials'
    extended: dict[int, tuple[str, str, int]] = {}
    ethnic: set[int] = set()  # cues whose following title or group names a people's own
    # right-to-left pass over cues to share a following group noun across conjunctions
    for sp, label in reversed(hits):
        if label != CUE:
            continue
        what, value, end = _after_cue(reg, doc, sp.end, len(doc))
        if not what and _national_before_ethnic(cue_at, sp.start, sp.end) and \
                sp.end in extended:
            # 'Bosnian Serb forces', 'Turkish Cypriot leader': the first word is the country,
            # the second a people living in it
            what, value, end = extended.pop(sp.end)
            ethnic.add(sp.start)
        if what:
            extended[sp.start] = (what, value, end)
            carried = (what, value)
        elif carried and sp.end < len(doc) and doc[sp.end].lower_ in CONJUNCTIONS and \
                sp.end + 1 in cue_at:
            nxt = extended.get(sp.end + 1)
            if nxt:
                extended[sp.start] = (nxt[0], nxt[1], sp.end)
        else:
            carried = None
    for sp, label in hits:
        if label == ALIAS:
            aid = reg.lookup(sp.text, date)
            if aid is None:
                continue
            if sp.start > 0 and reg.actors[aid].kind == "person":
                aid = _stated_country_holder(reg, [doc[sp.start - 1].text, *sp.text.split()], 1,
                                             sp.text, aid, date) or aid
            ref = reg.resolve(aid, date)
            m = Mention(sp.start, sp.end, ref, "alias")
            if reg.actors[aid].kind == "person":
                seen_people.add(aid)
                _attach_title(reg, doc, m, prev_end, cue_at, date, out)
            out.mentions.append(m)
        elif label == SURNAME:
            ids = [i for i in reg.surname_index.get(sp.text, []) if i in seen_people] or \
                _titled_surname(reg, doc, sp, prev_end, cue_at, date) or \
                _office_holder_surname(reg, doc, sp, date)
            if len(ids) == 1:
                seen_people.add(ids[0])
                m = Mention(sp.start, sp.end, reg.resolve(ids[0], date), "surname")
                _attach_title(reg, doc, m, prev_end, cue_at, date, out)
                out.mentions.append(m)
        elif label == TITLE:
            m = _bare_title(reg, doc, sp, seen_people, person_starts, date)
            if m:
                out.mentions.append(m)
            continue
        elif sp.start in cue_at:
            out.mentions += _cue_mentions(reg, doc, sp, _people_state(reg, cue_at, sp),
                                          extended.get(sp.start), person_starts, date,
                                          sp.start in ethnic)
            continue
        prev_end = sp.end
    return out


def _people_state(reg: Registry, cue_at: dict[int, tuple[int, Any]], sp: Span
                  ) -> tuple[str, str | None, str]:
    """The cue at ``sp``; for a people's word right after another state's name or demonym
    ('Beninese Yoruba'), that state's: the people's part living there."""
    cue = cue_at[sp.start][1]
    if sp.text.lower() not in reg.peoples:
        return cue
    before = next((c for end, c in cue_at.values() if end == sp.start), None)
    if before is None or before[2] not in ("demonym", "name"):
        return cue
    return before[0], cue[1], cue[2]


def _national_before_ethnic(cue_at: dict[int, tuple[int, Any]], start: int, end: int) -> bool:
    """Whether the cue at token ``start`` (a country or its demonym) is followed right away
    by another country's demonym: 'Bosnian Serb', 'Turkish Cypriot', 'Kosovo Albanian'."""
    first, second = cue_at.get(start), cue_at.get(end)
    return first is not None and second is not None and first[0] == end and \
        first[1][2] in ("demonym", "name") and second[1][2] == "demonym" and \
        first[1][0] != second[1][0]


def _titled_surname(reg: Registry, doc: Doc, sp: Span, floor: int,
                    cue_at: dict[int, tuple[int, tuple[str, str | None, str]]],
                    date: dt.date | None) -> list[str]:
    """'President Ruto', 'Chancellor Scholz' before any full mention: the people of that
    surname who hold the title's office on the date (in the title's country, if named)."""
    if date is None:
        return []
    _, office, country, former = _title_before(reg, doc, sp.start, floor, cue_at)
    if office is None or former:
        return []
    return [i for i in reg.surname_index.get(sp.text, [])
            if any(r.office == office and (country is None or
                                           (r.country or reg.actors[i].country) == country)
                   for r in reg.actors[i].roles_on(date))]


def _office_holder_surname(reg: Registry, doc: Doc, sp: Span, date: dt.date | None
                           ) -> list[str]:
    """'Starmer said …', 'Ruto hosted …' with no full mention and no title: the one person of
    the registry with that surname, when the tagger reads the word as a person and that person
    holds an office on the date (a leader is often named by surname alone), unless the
    article has named someone else of that surname in full before."""
    ids = reg.surname_index.get(sp.text, [])
    if date is None or len(ids) != 1 or len(sp) != 1 or not _lone_name(reg, doc, sp[0]):
        return []
    if any(e.label_ == "PERSON" and e.end <= sp.start and len(e) > 1 and
           e[-1].text == sp.text for e in doc.ents):
        return []  # 'Nabil Qassem, a Hamas spokesman … Qassem said': the article's own person
    return ids if reg.actors[ids[0]].roles_on(date) else []


MISREAD_NAME_TYPES = ("ORG", "NORP", "GPE", "")  # tags a leader's surname alone often gets


def _lone_name(reg: Registry, doc: Doc, tok: Any) -> bool:
    """True for a one-word name standing alone: a person to the tagger, or a capitalised
    proper noun the tagger read as an organisation, a nationality, a place or nothing
    ('Sheinbaum rejected …' as an organisation, 'Albanese met …' as a nationality, 'Milei
    attacked …' as no name) that names no country, place or group the registry or the
    Phoenix places know; not a word of a longer name ('Costa Rica') nor a modifier
    ('the Costa family')."""
    if tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
        return False
    if tok.ent_type_ == "PERSON":
        return True
    return tok.ent_type_ in MISREAD_NAME_TYPES and tok.pos_ == "PROPN" and \
        tok.dep_ != "compound" and tok.text[:1].isupper() and not tok.is_upper and \
        reg.cue(tok.text) is None and reg.phoenix.place(tok.text) is None and \
        not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (tok.i - 1, tok.i + 1))


def _bare_title(reg: Registry, doc: Doc, sp: Span, seen_people: set[str],
                person_starts: set[int], date: dt.date | None) -> Mention | None:
    """'the president' after a full mention: the one person seen so far holding that office."""
    office = reg.titles.get(sp.text.lower())
    if office in (None, "leader") or sp.start == 0 or doc[sp.start - 1].lower_ != "the":
        return None
    if _is_name_start(doc, sp.end, person_starts):
        return None
    on = date or dt.date.today()
    holders = [pid for pid in seen_people
               if any(r.office == office for r in reg.actors[pid].roles_on(on))]
    if len(holders) != 1 or _paired_with(doc[sp.end - 1], reg.actors[holders[0]]):
        return None
    return Mention(sp.start - 1, sp.end, reg.resolve(holders[0], date), "role")


def _paired_with(head: Any, actor: Any) -> bool:
    """'Modi and the prime minister': a title coordinated with the holder's own name is
    someone else (the counterpart, placed as a bare title is)."""
    names = {w.lower() for n in (actor.name, *actor.aliases, *actor.surnames) for w in n.split()}
    mates = [head.head] if head.dep_ == "conj" else []
    mates += [c for c in head.children if c.dep_ == "conj"]
    return any(m.lower_ in names and m.pos_ == "PROPN" for m in mates)


def _name_end(doc: Doc, i: int) -> int:
    """The end token of the personal name starting at token ``i``."""
    tok = doc[i]
    if tok.ent_type_ == "PERSON":
        j = i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        return j
    j = i
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    return max(j, i + 1)


def _cue_mentions(reg: Registry, doc: Doc, sp: Span, cue: tuple[str, str | None, str],
                  ext: tuple[str, str, int] | None, person_starts: set[int],
                  date: dt.date | None, ethnic: bool = False) -> list[Mention]:
    """The mentions of a country cue, extended to a following title or group noun.

    'Ugandan President Yoweri Museveni' with an unknown name links the name to
    the country's government with the role from the title. With ``ethnic`` (a people's
    demonym between the cue and its title: 'the Bosnian Serb leader') the title is no
    office of the state, so nobody holding it is looked up.
    """
    code, sector, kind = cue
    ethnic = ethnic or sp.text.lower() in reg.peoples  # 'the Zulu king': no office of the state
    plain = Mention(sp.start, sp.end, reg.country_ref(code, sector, kind=kind), "cue")
    if ext is None or stance_mention(doc_text(doc), sp.start_char):
        return [plain]  # 'pro-Russian separatists' are not Russia's separatists
    what, value, end = ext
    if what == "group":
        if sp.text.lower() in reg.peoples and value == "GOV" and \
                doc[end - 1].lemma_.lower() in reg.titles:
            value = "ELI"  # 'Yoruba leaders': a people's, no office of the state
        return [plain, Mention(sp.start, end, reg.country_ref(code, value), "group")]
    former = sp.start > 0 and doc[sp.start - 1].lower_ in reg.former
    if end > sp.end and _is_name_start(doc, end, person_starts):
        if end in person_starts:
            return [plain]
        name_end = _name_end(doc, end)
        role_sector = "ELI" if former else "GOV"
        return [plain, Mention(end, name_end, reg.country_ref(code, role_sector, value), "titled")]
    holder = None if former or ethnic else reg.holder(code, value, date)
    if holder:
        return [plain, Mention(sp.start, end, reg.resolve(holder, date), "role")]
    return [plain, Mention(sp.start, end, reg.country_ref(code, "ELI" if former else "GOV", value),
                           "role")]


def _attach_title(reg: Registry, doc: Doc, m: Mention, floor: int,
                  cue_at: dict[int, tuple[int, tuple[str, str | None, str]]],
                  date: dt.date | None, out: DocLinks) -> None:
    """Record a title before a person's name and flag it when the registry disagrees."""
    start, office, country, former = _title_before(reg, doc, m.start, floor, cue_at)
    if office is None and not former:
        return
    m.title, m.former = (start, m.start), former
    if office and date is not None:
        flag = _role_flag(reg, doc, m, office, country, date)
        if flag:
            out.flags.append(flag)
