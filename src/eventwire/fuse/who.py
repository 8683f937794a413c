"""Who started an event and who mediated it, as each outlet's sentence states it.

Both are read from a mention's sentence with the article's linked entities:

- the mediator: the actors after "brokered by" / "mediated by" / "facilitated by" /
  "the mediation of" ("brokered by Washington and Paris", "with mediation from
  China", "under the auspices of", "the intervention of"), the actor right before
  "-brokered" ("the U.S.-brokered truce"), or the actors right before "mediated the
  talks", "facilitated the talks", "helped mediate",
  "'s mediation" or "'s intervention", "mediating", "acted as mediator" ("acting as
  mediator"), or the names modifying a mediation after a preposition ("under Qatari
  mediation", "through US and Chinese facilitation"); "alone" or
  "only" after the list marks it as complete;
- the starter: the nearest actor before a "who started it" phrase ("Hezbollah had
  started the exchange", "accused Cambodia of firing first", "fired the first
  shots", "launched an unprovoked attack"), skipping actors negated ("and not the
  Resistance") or speaking ("Thailand said ..."), the actor right after "the first
  shots were fired by", the actor a phrase of blame names ("blamed Pakistan for the
  clashes", "for the outbreak of fighting", "held India responsible for the fighting",
  "the fighting that Armenia started"), the actor who acted when the fighting began
  ("the clashes began when Thai troops advanced ...") or the one a response answered
  ("in retaliation for Cambodian shelling", "responding to Israeli strikes"); also the
  actor before an act whose target comes before "first" ("opened fire on Bordurian posts
  first"), "struck the first blow" or "fired the opening shots"; a side said to deny it
  ("Ruritania denied firing first") or to have only answered ("acted in self-defence",
  "only returned fire") is ``not:`` that side.

Actors are compared by country (a state, its army and its leaders are one side),
armed groups and organisations by their own id. Two mediator lists conflict when
neither contains the other, or when one is stated as complete and the other
names more; two starters conflict when they differ.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

MEDIATED_BY_RE = re.compile(
    r"\b(?:(?:brokered|mediated|facilitated|negotiated)\s+(?:jointly\s+)?by|"
    r"(?:mediation|good\s+offices|auspices|facilitation|intervention)\s+(?:of|by|from))\s+"
    r"(?P<who>[^;:.()\"]{2,120})", re.I)
LIST_GAP_RE = re.compile(r"^\s*(?:,\s*)?(?:and\s+|&\s*)?(?:the\s+)?$", re.I)
HYPHEN_MEDIATED_RE = re.compile(r"(?<!\bco)[-\u2010\u2011]\s*(?:brokered|mediated)\b", re.I)
MEDIATOR_AFTER_RE = re.compile(  # the mediators are named right before: "Qatar's mediation"
    r"(?:'s\s+(?:mediation|intervention|good\s+offices|facilitation|shuttle\s+diplomacy)\b|"
    r"\s+(?:(?:alone|only|solely|single-handedly)\s+)?(?:mediated|brokered|facilitated)\s+"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+)?(?:deal|"
    r"agreement|truce|ceasefire|talks|accord|meeting|negotiations|discussions|pact|"
    r"arrangement|understanding|exchange|swap)|it)\b|\s+help(?:ed|ing)?\s+(?:to\s+)?(?:mediate|broker|"
    r"secure|clinch|seal|negotiate)\b|"
    # the mediator says so of itself or a clause on it: "X said he had brokered", "X, which mediated"
    r"\s*(?:,\s*(?:who|which)|\s+(?:said|says|claimed|claims|insisted|boasted)\s+(?:that\s+)?"
    r"(?:he|she|it|they))\s+(?:had\s+|has\s+|have\s+)?(?:personally\s+)?(?:brokered|mediated|"
    r"secured|negotiated)\s+(?:the|a|an|this)\s+(?:[\w-]+\s+)?(?:deal|agreement|truce|ceasefire|"
    r"talks|accord)\b|"
    # a mediating role or credit claimed: "Malaysia's role in brokering", "took credit for the truce"
    r"(?:'s|\s+(?:played|plays|playing))\s+(?:a\s+|the\s+)?(?:key\s+|central\s+|major\s+|leading\s+|"
    r"crucial\s+|pivotal\s+)?role\s+in\s+(?:brokering|mediating|securing|negotiating|facilitating)\b|"
    r"\s+(?:claimed|claims|claiming|took|takes|taking)\s+(?:the\s+|full\s+)?credit\s+for\s+"
    r"(?:brokering|mediating|securing|the\s+(?:[\w-]+\s+)?(?:deal|agreement|truce|ceasefire|"
    r"accord))\b|"
    r"(?<=\w)\s+(?:had\s+|has\s+)?(?:brokered|mediated)(?=\s*(?:[,.;]|$|\s+(?:in|on|last|"
    r"earlier|this)\b))|"  # "the truce that Malaysia brokered in July"
    r"\s+mediating\b|\s+(?:acted|acting|served|serving)\s+"
    r"as\s+(?:a\s+|the\s+)?(?:mediators?|brokers?)\b|"
    # "X co-mediated the talks", "X stepped in to mediate", "X played the role of mediator"
    r"\s+co-?(?:mediated|brokered|facilitated)\b|\s+(?:stepped|steps|stepping)\s+in\s+to\s+"
    r"(?:mediate|broker)\b|\s+(?:played|plays|playing)\s+(?:the\s+|a\s+)?role\s+(?:of|as)\s+"
    r"(?:a\s+|the\s+)?(?:mediator|broker|facilitator)\b)", re.I)
NAMED_MEDIATION_RE = re.compile(  # a name as the mediation's modifier: "under Qatari mediation"
    r"\b(?:under|with|through|after|following|via|thanks\s+to)\s+(?:the\s+)?(?:joint\s+)?"
    r"(?P<who>[A-Z][\w-]*(?:(?:\s+and\s+|\s*,\s*|\s+)[A-Z][\w-]*){0,5})\s+"
    r"(?:mediation|facilitation|good\s+offices)\b")
CREDITED_RE = re.compile(  # the mediators credited with it: "credited Norway with brokering"
    r"\bcredit(?:ed|s|ing)\s+(?P<who>[^;:.()\"]{2,80}?)\s+(?:with|for)\s+(?:brokering|mediating|"
    r"securing|facilitating|the\s+(?:[\w-]+\s+)?(?:deal|agreement|truce|ceasefire|accord))\b", re.I)
OBSERVERS_RE = re.compile(  # the others only looked on: "by Malaysia, with the US envoy as
    r"\s*,?\s*with\s+[^.;:()]{2,80}?\s+(?:(?:looking\s+on|present|attending|taking\s+part|"  # observer"
    r"sitting\s+in)\s+)?(?:only\s+|merely\s+|just\s+)?as\s+(?:an?\s+)?observers?\b", re.I)
OPENING_SUBJECT_RE = re.compile(r"^\W*(?:The|This|That|Their|Its|Last\s+\w+'s)\s+"
                                r"(?:[\w-]+\s+){0,3}$")  # "The ceasefire", "The two-day truce"
PASSIVE_GAP_RE = re.compile(  # from a subject to its passive verb, no other finite verb told
    r"^[^;:()\"]{0,160}?\s(?:was|were|had\s+been|has\s+been|have\s+been)\s+$", re.I)
CLAUSE_WORD_RE = re.compile(  # a clause of its own between a subject and its verb
    r"\b(?:said|says|told|and|but|or|until|when|while|after|before|because|since|that|which|"
    r"who|whom|whose|where|if|though|although)\b", re.I)
EXCLUSIVE_RE = re.compile(r"\b(?:alone|only|solely|single-handedly|on its own)\b", re.I)
STARTER_RE = re.compile(
    r"\b(?:(?:started|starting|began|begun|beginning|initiated|initiating|provoked|provoking|"
    r"triggered|triggering|sparked|sparking|instigated|instigating|ignited|igniting)\s+"
    r"(?:the|this|that)\s+(?:latest\s+|"
    r"deadly\s+|cross-border\s+|border\s+)?(?:exchange|fighting|clash(?:es)?|hostilities|"
    r"escalation|firing|shooting|confrontation|violence|skirmish(?:es)?|battle|shelling|"
    r"bombardment|exchanges?\s+of\s+fire)"
    r"|(?:fired|firing|opened\s+fire|opening\s+fire|struck|striking|attacked|attacking|shot|"
    r"shooting|broke\s+the\s+(?:truce|ceasefire|agreement)|breaking\s+the\s+(?:truce|"
    r"ceasefire|agreement))\s+first"
    r"|first\s+to\s+(?:open\s+fire|fire|attack|strike|shoot|violate)"
    # the target named between the act and "first": "opened fire on Ruritanian posts first"
    r"|(?:fired|firing|opened\s+fire|opening\s+fire|shot|shooting)\s+(?:on|at|upon|into)\s+"
    r"[^.;,:]{2,50}?\s+first(?=\s*(?:[,.;:)\"\u201d\u2019]|$|\s+(?:and|before|on|in|at|near|"
    r"along|across|that|when|during)\b))"
    r"|(?:attacked|attacking|struck|striking)\s+[^.;,:]{2,50}?\s+first(?=\s*(?:[,.;:)\"\u201d"
    r"\u2019]|$|\s+(?:and|before|on|in|at|near|along|across|that|when|during)\b))"
    r"|(?:struck|striking|landed|landing)\s+the\s+first\s+blow"
    r"|(?:fired|firing)\s+the\s+opening\s+(?:shots?|rounds?|salvo)"
    r"|(?:fired|firing)\s+the\s+first\s+(?:shots?|rounds?|salvo)"
    r"|(?:initiated|initiating|provoked|provoking)\s+the\s+(?:attack|assault|incursion)"
    r"|(?:started|starting|initiated|initiating|began|beginning)\s+(?:the\s+)?hostilities"
    r"|launched\s+the\s+first\s+(?:attack|strike|assault)"
    r"|(?:was|were|is|are|had\s+been)\s+the\s+aggressors?"
    # an attack called unprovoked was not a response: its author started it
    r"|(?:launch(?:ed|ing)?|carr(?:ied|ying)\s+out|commit(?:ted|ting)?|stag(?:ed|ing))\s+"
    r"(?:an?\s+|the\s+)?unprovoked\s+(?:attack|assault|aggression|incursion|shelling|"
    r"strikes?|offensive)"
    # ... or an act done without provocation: "opened fire without provocation on a post"
    r"|(?:fired|firing|opened\s+fire|opening\s+fire|attacked|attacking|shelled|shelling|"
    r"struck|striking)\s+(?:(?:on|at|upon)\s+)?(?:[^.;,:]{2,50}?\s+)?without\s+(?:any\s+)?"
    r"provocation)\b", re.I)
STARTER_BY_RE = re.compile(  # the starter is named after: "the first shots were fired by X"
    r"\b(?:(?:first\s+(?:shots?|rounds?)|fighting|clash(?:es)?|exchange|hostilities)\s*,?\s+"
    # when or where, between: "the clashes on Thursday were initiated by X"
    r"(?:(?:on|in|at|near|along|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:(?:which\s+|that\s+)?(?:was|were|had\s+been)\s+)?(?:fired|started|initiated|provoked|"
    r"triggered|sparked|instigated|ignited)\s+by)\s+",
    re.I)
_FIGHT = (r"(?:(?:outbreak|eruption|start)\s+of\s+(?:the\s+)?)?"
          r"(?:latest\s+|deadly\s+|cross-border\s+|border\s+|renewed\s+)?(?:exchange|fighting|"
          r"clash(?:es)?|hostilities|escalation|flare-up|violence|skirmish(?:es)?|confrontation)")
_ONSET = (r"(?:[\w-]+\s+)?(?:crisis|conflict|war|stand-?off|confrontation|dispute|"
          r"border\s+row)")  # what began with an attack: "the crisis began when X fired"
STARTER_NAMED_RE = re.compile(  # the starter is named inside the phrase
    r"\b(?:(?:blam(?:ed|es|ing)|fault(?:ed|s|ing))\s+(?P<who>[^.;]{2,60}?)\s+for|"
    r"(?:held|holds|holding)\s+(?P<held>[^.;]{2,60}?)\s+(?:responsible|accountable)\s+for)"
    r"\s+(?:starting\s+|provoking\s+|triggering\s+|initiating\s+|instigating\s+)?"
    r"(?:the|this|that)\s+" +
    _FIGHT + r"\b"
    # the fighting blamed on a side: "blamed the clashes on Ruritania"
    r"|\b(?:blam(?:ed|es|ing)|pinn(?:ed|ing))\s+(?:the|this|that)\s+" + _FIGHT +
    r"\s+on\s+(?P<on>[^.;,]{2,50})"
    # an accusation of the first act: "accused Ruritanian troops of opening fire on a patrol"
    r"|\baccus(?:ed|es|ing)\s+(?P<acc>[^.;,]{2,50}?)\s+of\s+(?:having\s+)?(?:opened\s+fire|"
    r"opening\s+fire|firing\s+(?:on|at|upon)|attacking|launching\s+(?:an?\s+|the\s+)?attack|"
    r"starting|provoking|triggering|initiating|sparking|instigating|igniting|"
    r"(?:an?\s+)?\W?unprovoked)\b"
    r"|\b(?:(?:the|this|that)\s+)?" + _FIGHT + r",?\s+(?:that|which)\s+(?P<rel>[^.;,]{2,60}?)\s+"
    r"(?:had\s+)?(?:started|began|begun|initiated|provoked|triggered|sparked)\b"
    # "the clashes began when Ruritanian troops fired on a post": who acted when it began
    r"|\b(?:the\s+)?(?:" + _FIGHT + r"|" + _ONSET + r")\s+(?:began|started|erupted|broke\s+out)"
    r"\s+(?:(?:on|in|at)\s+(?:(?:late|early|mid)[\s-]+)?\w+(?:\s+\d{1,4})?\s*,?\s+)?"
    # where it began, before the clause: "erupted along the border when", "near the pass"
    r"(?:(?:along|near|on|at|across|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s*,?\s+)?"
    r"when\s+(?P<when>[^.;,]{2,60}?)\s+(?:opened|fired|attacked|shelled|struck|launched|"
    r"crossed|advanced|ambushed|stormed|raided|shot)\b"
    # fighting after an attack: "clashed on Friday after Ruritanian troops fired on a post"
    r"|\b(?:clash(?:ed|es)?|fought|fighting|exchanged\s+fire|fired\s+back|returned\s+fire|"
    r"retaliated|responded|" + _FIGHT + r")\b[^.;]{0,60}?"
    r"\s+after\s+(?P<after>[^.;,]{2,60}?)\s+(?:opened\s+fire|fired\s+(?:on|at|upon)|"
    r"attacked|shelled|ambushed|stormed|raided|shot\s+at|launched\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:attack|assault|offensive|raid|strike))\b"
    # a response naming the first act's doer after it: "responding to an attack by Ruritania"
    r"|\b(?:in\s+response\s+to|respond(?:ed|ing)\s+to|in\s+retaliation\s+(?:for|against)|"
    r"retaliat(?:ed|ing)\s+(?:for|against))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attacks?|"
    r"shelling|fire|firing|strikes?|incursions?|aggression|provocations?|assault|raids?)\s+"
    r"by\s+(?P<respby>[^.;,]{2,50})"
    # a response naming who acted first before it: "retaliated for Ruritanian shelling"
    r"|\b(?:in\s+response\s+to|respond(?:ed|ing)\s+to|in\s+retaliation\s+(?:for|against)|"
    r"retaliat(?:ed|ing)\s+(?:for|against))\s+(?P<resp>[^.;,]{2,50}?)\s*(?:'s\s+)?"
    r"(?:(?:artillery|rocket|mortar|cross-border|initial)\s+)?(?:attacks?|shelling|fire|firing|"
    r"strikes?|incursions?|aggression|provocations?|assault|shots|raids?)\b", re.I)
STARTER_WINDOW = 80  # characters before the phrase searched for who did it
NEGATED_BEFORE_RE = re.compile(r"\b(?:not|rather than|instead of|never)\s+(?:the\s+)?$", re.I)
SPEAKING_AFTER_RE = re.compile(
    r"^\W*(?:'s\s+\w+\s+)?(?:said|says|stressed|insisted|told|claimed|argued|maintained|"
    r"accused|blamed|alleged|reported|stated|added|denied)\b", re.I)
DENYING_AFTER_RE = re.compile(  # "Ruritania denied firing first": the side it says did not
    r"^\W*(?:(?:has|have|had|again|flatly|strongly)\s+)*(?:denied|denies|denying|rejected|rejects)\b",
    re.I)
SELF_DEFENCE_RE = re.compile(  # a side that only answered says the other one started it
    r"\b(?:(?:acted|acting|fired|firing|responded|responding|retaliated|retaliating)\s+"
    r"(?:only\s+|purely\s+|solely\s+|strictly\s+)?in\s+self[-\s]?defen[cs]e"
    r"|exercis(?:ed|ing)\s+(?:its|their)\s+(?:legitimate\s+|inherent\s+)?right\s+(?:to|of)\s+"
    r"self[-\s]?defen[cs]e|(?:only|merely|simply)\s+returned\s+fire)\b", re.I)
ACTOR_LABELS = ("GPE", "ORG", "NORP", "PERSON")
MEDIATED_TYPES = frozenset({"AGREE", "CONSULT", "RETREAT", "COOPERATE"})  # deals, talks, truces
STARTED_TYPES = frozenset({"ASSAULT", "COERCE"})
CAP_WORD_RE = re.compile(r"\b[A-Z][a-z]+\b")
SHORT_NAME_MIN = 4  # letters a short name needs ("Resistance", not "Al")
TRIGGER_REACH = 60  # characters between an event's trigger and the phrase about it


def side_of(actor: dict[str, Any]) -> str | None:
    """The comparable side of an actor: its country for states, armies and people, its own
    id for armed groups and organisations."""
    aid, country, kind = str(actor.get("id") or ""), actor.get("country"), actor.get("kind")
    if aid.startswith("country:") or kind in ("state", "person"):
        return str(country or aid).upper() or None
    return aid or (str(country).upper() if country else None)


def actors_in(entities: list[dict[str, Any]], lo: int, hi: int) -> list[dict[str, Any]]:
    """Linked entities (with an actor) inside [lo, hi), in text order."""
    return sorted((e for e in entities if (e.get("actor") or {}).get("id")
                   and lo <= int(e.get("start", -1)) and int(e.get("end", 0)) <= hi
                   and (e.get("label") in ACTOR_LABELS or not e.get("label"))),
                  key=lambda e: e["start"])


def sentence_of(m: Any) -> tuple[str, int]:
    """The text of a mention's sentence and its start offset in the article."""
    sent = m.data.get("sentence") or {}
    return sent.get("text") or "", int(sent.get("start") or 0)


def near_trigger(m: Any, at: int) -> bool:
    """Whether the mention's trigger lies within TRIGGER_REACH characters of ``at``."""
    trig = m.data.get("trigger") or {}
    start, end = int(trig.get("start", -10**9)), int(trig.get("end", -10**9))
    return min(abs(at - start), abs(at - end)) <= TRIGGER_REACH


def passive_subject(m: Any, text: str, base: int, found: re.Match[str]) -> bool:
    """Whether the mention's trigger is a noun opening its sentence ("The ceasefire agreed on
    28 July at the residence of the prime minister ...") whose passive verb is the phrase
    ``found`` ("... was brokered by"), however far apart: its subject."""
    trig = m.data.get("trigger") or {}
    start, end = int(trig.get("start", -1)) - base, int(trig.get("end", -1)) - base
    if not 0 <= start < end <= found.start() or not OPENING_SUBJECT_RE.match(text[:start]):
        return False
    gap = text[end:found.start()]
    return bool(PASSIVE_GAP_RE.match(gap)) and not CLAUSE_WORD_RE.search(gap)


def mediators(m: Any, entities: list[dict[str, Any]],
              record_type: str | None = None) -> dict[str, Any] | None:
    """``{"sides", "complete", "text", "span"}``: who the sentence says brokered the event
    (a deal, talks or a truce: the mention's type or that of the record it is in)."""
    text, base = sentence_of(m)
    if m.data.get("type") not in MEDIATED_TYPES and record_type not in MEDIATED_TYPES:
        return None
    if (found := searched(MEDIATED_BY_RE, text)) and (near_trigger(m, base + found.start())
                                                   or passive_subject(m, text, base, found)):
        who = listed(actors_in(entities, base + found.start("who"), base + found.end("who")),
                     text, base, base + found.start("who"))
        if not who:
            return None
        end = int(who[-1]["end"])
        tail = text[end - base:].split(",", 1)[0]
        complete = bool(EXCLUSIVE_RE.match(tail.strip()))
        if not complete and (others := OBSERVERS_RE.match(text, end - base)):
            complete, tail = True, others.group(0)
        span = (base + found.start(), end + (len(tail) if complete else 0))
    elif (found := searched(HYPHEN_MEDIATED_RE, text)) and near_trigger(m, base + found.start()):
        at = base + found.start()
        who = [e for e in actors_in(entities, base, at) if at - int(e["end"]) <= 1][-1:]
        complete, span = False, (who[0]["start"] if who else at, base + found.end())
    elif (found := searched(CREDITED_RE, text)) and near_trigger(m, base + found.end()):
        who = listed(actors_in(entities, base + found.start("who"), base + found.end("who")),
                     text, base, base + found.start("who"))
        complete, span = False, (base + found.start(), base + found.end())
    elif (found := searched(NAMED_MEDIATION_RE, text)) and near_trigger(m, base + found.start()):
        who = actors_in(entities, base + found.start("who"), base + found.end("who"))
        complete, span = False, (base + found.start(), base + found.end())
    elif (found := searched(MEDIATOR_AFTER_RE, text)) and near_trigger(m, base + found.end()):
        at = base + found.start()
        who = listed_before(actors_in(entities, base, at), text, base, at)
        complete = bool(EXCLUSIVE_RE.match(found.group(0).strip()))  # "Malaysia alone brokered"
        span = (who[0]["start"] if who else at, base + found.end())
    else:
        return None
    sides = sorted({s for s in (side_of(e["actor"]) for e in who) if s})
    if not sides:
        return None
    return {"sides": sides, "complete": complete,
            "span": {"start": span[0], "end": span[1], "text": text[span[0] - base:span[1] - base]}}


@lru_cache(maxsize=4096)
def searched(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, remembered: a record's conflicts read who mediated from the
    same sentence for the record, its sibling events and its linked records (three times
    per sentence in the 100,000-event bench update), and ``MEDIATOR_AFTER_RE`` tries a
    start at every space."""
    return pattern.search(text)


def listed(found: list[dict[str, Any]], text: str, base: int, at: int) -> list[dict[str, Any]]:
    """The entities forming a list that starts at ``at`` ("Malaysia, the United States and
    China"); the list ends at the first gap that is not a separator."""
    out: list[dict[str, Any]] = []
    for e in found:
        if not LIST_GAP_RE.match(text[at - base:int(e["start"]) - base]):
            break
        out.append(e)
        at = int(e["end"])
    return out


def listed_before(found: list[dict[str, Any]], text: str, base: int,
                  at: int) -> list[dict[str, Any]]:
    """The entities forming a list that ends at ``at`` ("Malaysia and the United States")."""
    out: list[dict[str, Any]] = []
    for e in reversed(found):
        if not LIST_GAP_RE.match(text[int(e["end"]) - base:at - base]):
            break
        out.insert(0, e)
        at = int(e["start"])
    return out


def short_names(entities: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Short names an article uses for its linked organisations: the last word of a
    multi-word name ("the Islamic Resistance" -> "Resistance"), when it names one actor."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for e in entities:
        actor = e.get("actor") or {}
        words = CAP_WORD_RE.findall(e.get("text") or "")
        if actor.get("id") and e.get("label") in ("ORG", "NORP") and len(words) >= 2 and \
                len(words[-1]) >= SHORT_NAME_MIN:
            found.setdefault(words[-1], {})[str(actor["id"])] = actor
    return {w: next(iter(a.values())) for w, a in found.items() if len(a) == 1}


def named_in(entities: list[dict[str, Any]], text: str, base: int, lo: int,
             hi: int) -> list[dict[str, Any]]:
    """Actors in [lo, hi) of the sentence ``text`` (starting at ``base``): linked entities,
    and unlinked short names of organisations the article names in full, in text order."""
    found = actors_in(entities, lo, hi)
    names = short_names(entities)
    for w in re.finditer(r"\b(?:[Tt]he\s+)?([A-Z][a-z]+)\b", text[max(0, lo - base):hi - base]):
        start = max(0, lo - base) + w.start(1) + base
        if w.group(1) in names and not any(int(e["start"]) <= start < int(e["end"])
                                           for e in entities):
            found.append({"start": start, "end": start + len(w.group(1)),
                          "text": w.group(1), "actor": names[w.group(1)]})
    return sorted(found, key=lambda e: int(e["start"]))


def starter(m: Any, entities: list[dict[str, Any]],
            record_type: str | None = None) -> dict[str, Any] | None:
    """``{"sides", "span"}``: who the sentence says started the event (fired first), for an
    attack: the mention's type or that of the record it is in ("accused X of firing first"
    about a clash)."""
    if m.data.get("type") not in STARTED_TYPES and record_type not in STARTED_TYPES:
        return None
    text, base = sentence_of(m)
    return stated_starter(text, base, entities)


def stated_starter(text: str, base: int, entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Who a sentence (``text`` at offset ``base``) says started the fighting: a side, or
    only a side it says did not ("it was the army, and not the Front, that opened fire first": ``not:`` that side) when the other is not named."""
    if by := STARTER_BY_RE.search(text):
        after = actors_in(entities, base + by.end(), base + by.end() + STARTER_WINDOW)
        if after and int(after[0]["start"]) - base - by.end() <= 4:
            side = side_of(after[0]["actor"])
            if side:
                end = int(after[0]["end"])
                return {"sides": [side], "span": {"start": base + by.start(), "end": end,
                                                  "text": text[by.start():end - base]}}
    if named := STARTER_NAMED_RE.search(text):
        group = next(g for g in ("who", "held", "on", "acc", "rel", "when", "after", "resp",
                                 "respby")
                     if named.group(g))
        lo, hi = base + named.start(group), base + named.end(group)
        named_here = named_in(entities, text, base, lo, hi)  # the last one before "started"
        first = named_here[-1:] if group == "rel" else named_here[:1]
        side = side_of(first[0]["actor"]) if first else None
        if side:
            return {"sides": [side], "span": {"start": base + named.start(),
                                              "end": base + named.end(),
                                              "text": named.group(0)}}
    found = STARTER_RE.search(text)
    if not found:
        return self_defence(text, base, entities)
    at = base + found.start()
    denied = None
    for e in reversed(named_in(entities, text, base, max(base, at - STARTER_WINDOW), at)):
        rel_start, rel_end = int(e["start"]) - base, int(e["end"]) - base
        side = side_of(e["actor"])
        if NEGATED_BEFORE_RE.search(text[max(0, rel_start - 20):rel_start]) or \
                DENYING_AFTER_RE.match(text[rel_end:rel_end + 30]):
            denied = denied or (side and (side, rel_start))
            continue
        if SPEAKING_AFTER_RE.match(text[rel_end:rel_end + 30]):
            continue
        if side:
            return {"sides": [side], "span": {"start": int(e["start"]), "end": base + found.end(),
                                              "text": text[rel_start:found.end()]}}
    if denied:
        side, rel_start = denied
        return {"sides": ["not:" + side], "span": {"start": base + rel_start,
                                                   "end": base + found.end(),
                                                   "text": text[rel_start:found.end()]}}
    return None


def self_defence(text: str, base: int, entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """``not:`` the side a sentence says only answered ("Ruritania said its troops acted in
    self-defence", "Ruritanian troops only returned fire"): the nearest actor before the
    phrase, speaking or not; None when the sentence says no such thing."""
    found = SELF_DEFENCE_RE.search(text)
    if not found:
        return None
    at = base + found.start()
    for e in reversed(named_in(entities, text, base, max(base, at - STARTER_WINDOW), at)):
        rel_start = int(e["start"]) - base
        side = side_of(e["actor"])
        if side and not NEGATED_BEFORE_RE.search(text[max(0, rel_start - 20):rel_start]):
            return {"sides": ["not:" + side], "span": {"start": int(e["start"]),
                                                       "end": base + found.end(),
                                                       "text": text[rel_start:found.end()]}}
    return None


def starters_compatible(a: str, b: str) -> bool:
    """Whether two starter statements can both be true ("X" against "not:X" cannot; "not:X"
    against "Y" can)."""
    if a == b:
        return True
    if a.startswith("not:") and b.startswith("not:"):
        return True
    if a.startswith("not:") or b.startswith("not:"):
        return a.removeprefix("not:") != b.removeprefix("not:")
    return False


def lead_attack(extraction: dict[str, Any]) -> dict[str, Any] | None:
    """An article's lead attack (its first asserted attack in the body, by trigger position:
    not in the headline or a heading) and the sentences of all its attacks:
    ``{"trigger": start, "sentences": [(start, end)]}``."""
    attacks = [e for e in extraction.get("events") or [] if e.get("type") in STARTED_TYPES]
    heads = headings(extraction)
    asserted = [e for e in attacks if (e.get("modality") or "asserted") == "asserted"
                and not any(lo <= int((e.get("trigger") or {}).get("start", -1)) < hi
                            for lo, hi in heads)]
    if not asserted:
        return None
    first = min(asserted, key=lambda e: int((e.get("trigger") or {}).get("start", 10**9)))
    return {"trigger": int((first.get("trigger") or {}).get("start", -1)),
            "sentences": [(int(e["sentence"]["start"]), int(e["sentence"]["end"]))
                          for e in attacks if e.get("sentence")]}


def headings(extraction: dict[str, Any]) -> list[tuple[int, int]]:
    """Spans of an article's headline (when its text opens with it) and headings."""
    text, title = extraction.get("text") or "", (extraction.get("title") or "").strip()
    out = [(0, len(title))] if title and text.startswith(title) else []
    return out + [(int(b["start"]), int(b["end"])) for b in extraction.get("blocks") or []
                  if b.get("kind") == "heading"]


# Where a match of STARTER_RE / STARTER_NAMED_RE can begin: at a word boundary followed by the
# first word of one of its alternatives (written out from the patterns above; a pattern given a
# new alternative needs its first word here too, which tests/test_fuse_who.py checks on
# generated and real texts). Zero-width, so every such boundary is found, overlapping or not.
STARTER_LEAD_RE = re.compile(
    r"\b(?=start|began|begun|begin|initiat|provok|trigger|spark|instigat|ignit|fir|open|struck|"
    r"strik|attack|shot|shoot|broke|break|first|land|launch|was|were|is|are|had|carr|commit|"
    r"stag|shell)", re.I)
STARTER_NAMED_LEAD_RE = re.compile(
    r"\b(?=blam|fault|held|holds|holding|pinn|accus|the|this|that|outbreak|eruption|start|latest|"
    r"deadly|cross-border|border|renewed|exchange|fighting|clash|hostilities|escalation|flare-up|"
    r"violence|skirmish|confrontation|fought|fired|returned|retaliat|respond|in|crisis|conflict|"
    r"war|stand|dispute|"
    r"[\w-]+\s+(?:crisis|conflict|war|stand-?off|confrontation|dispute|border\s+row))", re.I)


def lead_starts(pattern: re.Pattern[str], lead: re.Pattern[str], text: str) -> list[int]:
    """The start of every match ``pattern.finditer(text)`` yields, found by trying ``pattern``
    only where ``lead`` says one of its alternatives can begin (the same offsets, since the
    positions ``lead`` finds hold every possible start and a match is tried at each in order
    from the end of the one before, as ``finditer`` does; ``\\b`` at a start still sees the
    character before it). Half the CPU of scanning every position with the whole pattern."""
    out: list[int] = []
    end = 0
    for cand in lead.finditer(text):
        at = cand.start()
        if at < end:
            continue
        hit = pattern.match(text, at)
        if hit is not None:
            out.append(at)
            end = max(hit.end(), at + 1)
    return out


@lru_cache(maxsize=256)
def starter_hits(text: str) -> tuple[int, ...]:
    """The offsets where a text may say who started the fighting, in order (found once per
    article text: its events' records each read it)."""
    return tuple(sorted(lead_starts(STARTER_RE, STARTER_LEAD_RE, text) +
                        [m.start() for m in STARTER_BY_RE.finditer(text)] +
                        [m.start() for m in SELF_DEFENCE_RE.finditer(text)] +
                        lead_starts(STARTER_NAMED_RE, STARTER_NAMED_LEAD_RE, text)))


def article_starter(text: str, entities: list[dict[str, Any]],
                    skip: list[tuple[int, int]], around: Any) -> dict[str, Any] | None:
    """Who an article says started the fighting in a sentence of its own, outside the
    sentences of its attacks (``skip``): "Security officials ... said Hezbollah had started
    the exchange" about the clash the article leads with. ``around(text, at)`` gives the
    sentence holding offset ``at``."""
    for at in starter_hits(text):
        if any(lo <= at < hi for lo, hi in skip):
            continue
        sent = around(text, at)
        found = stated_starter(sent["text"], sent["start"], entities)
        if found:
            return found
    return None


def mediators_compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two mediator statements can both be true."""
    sa, sb = set(a["sides"]), set(b["sides"])
    if sa == sb:
        return True
    if sa < sb:
        return not a["complete"]
    if sb < sa:
        return not b["complete"]
    return False
