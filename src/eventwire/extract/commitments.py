"""Commitments as first-class event attributes: pledges, agreements, ultimatums, deadlines.

A commitment says who promised what to whom, its scope, and its time frame:
``{"kind", "promiser", "promisee", "action", "scope", "negative", "start",
"duration", "deadline", "spans"}`` (see EVENTS.md).
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.annotate.doccache import column, doc_text, noun_chunks
from eventwire.extract.attributes import DURATION_RE, duration_value
from eventwire.extract.event_context import EventContext
from eventwire.model import EventMention, Participant

ACTION_DEPS = ("xcomp", "ccomp", "acl", "dobj", "prep")
ACTION_PREPS = ("to", "on", "for", "upon")
SKIP_SCOPE_DEPS = ("det", "poss", "case", "punct", "nummod", "predet")
SCOPE_TYPES = ("AGREE", "THREATEN", "RETREAT", "REQUEST", "CONCEDE", "REJECT")
FUTURE_AUX = ("will", "would", "shall", "'ll", "wo")
THREAT_TYPES = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN")
SPEECH_TYPES = ("THREATEN", "AGREE", "REQUEST", "REJECT", "ACCUSE", "SUPPORT", "PROTEST")
IDIOM_AFTER_BE_TO = ("blame",)  # 'is to blame' assigns fault, it schedules nothing
DENIED_RE = re.compile(r"^(?:not|no|never|neither|nor|rather than|instead of)\b", re.I)
TIME_ZONES = frozenset({"GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST",
                        "PDT", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "ICT",
                        "JST", "KST", "AEST", "AEDT", "WIB", "SGT", "HKT"})
STATE_SECTORS = ("GOV", "MIL")  # a leader or army speaks for its state's side
LOCATIVE_PREPS = ("in", "at", "near", "across", "throughout", "inside", "along")
CONDITION_MARKS = ("until", "till", "unless", "if", "once", "before")  # a clause its act awaits
CLOCK_BEFORE_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*\(?$",
                             re.I)


def commitment_kind(ctx: EventContext, lemma: str) -> str | None:
    """The commitment kind a trigger lemma makes (pledge, agreement, ultimatum, deadline)."""
    for kind, lemmas in ctx.lexicon.commitments.get("kinds", {}).items():
        if lemma in lemmas:
            return kind
    return None


def _actor_ids(parts: list[Participant]) -> list[str]:
    """Actor ids of participants (their text when unlinked)."""
    return [p.actor.id if p.actor is not None else p.text for p in parts]


def _promisers(ctx: EventContext, parts: list[Participant]) -> list[Participant]:
    """The participants that can promise: not a party named only to be denied ('the enemy,
    and not the Resistance, broke the truce'), not a time zone read as a name ('21:35 GMT',
    'at 9 a.m. ICT')."""
    return [p for p in parts if not DENIED_RE.match(p.text.strip())
            and p.text.strip().upper() not in TIME_ZONES
            and not CLOCK_BEFORE_RE.search(ctx.text[max(0, p.start - 16):p.start])]


def _action_head(trigger: Any) -> Any | None:
    """The head token of what is promised: 'pledge [to refrain ...]', 'agreed [to share ...]'.
    A date or time phrase is when, not what ('agreed a truce [on Friday]')."""
    for child in trigger.children:
        if child.dep_ in ("xcomp", "ccomp", "acl") and child.pos_ in ("VERB", "AUX"):
            return child
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ACTION_PREPS:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")
                    and g.ent_type_ not in ("DATE", "TIME")]
            if objs:
                return objs[0]
    for child in trigger.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            return child
    return None


def _action_span(head: Any) -> tuple[int, int]:
    """Character range of the action phrase, without a leading 'to'."""
    toks = [t for t in head.subtree if not (t.dep_ == "aux" and t.lower_ == "to" and t.i < head.i)]
    toks = [t for t in toks if t.dep_ not in ("nsubj", "nsubjpass") or t.i > head.i]
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


def _negative(ctx: EventContext, head: Any) -> bool:
    """True when the action is a promise NOT to act ('refrain from attacks', 'not to attack')."""
    verbs = set(ctx.lexicon.commitments.get("negative_verbs", []))
    return head.lemma_.lower() in verbs or any(c.dep_ == "neg" for c in head.children)


def _scope(ctx: EventContext, head: Any) -> list[str]:
    """Normalised keywords of what the action covers ('energy infrastructure')."""
    out: list[str] = []
    sub = {t.i for t in head.subtree}
    for chunk in noun_chunks(head.doc):
        if chunk.root.i not in sub or chunk.root.i == head.i:
            continue
        if chunk.root.ent_type_ in ("DATE", "TIME", "CARDINAL") or chunk.root.pos_ == "PRON":
            continue
        if chunk.root.dep_ == "pobj" and chunk.root.head.lower_ in LOCATIVE_PREPS:
            continue  # where it is done ('units in the north'), not what is promised
        words = [t for t in chunk if t.dep_ not in SKIP_SCOPE_DEPS and not t.ent_type_
                 and t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if words and words[-1].i == chunk.root.i and not _is_event_noun(ctx, chunk.root):
            out.append(" ".join(t.lemma_.lower() if t == chunk.root else t.lower_ for t in words))
    if not out:
        text = doc_text(head.doc)[_action_span(head)[0]:_action_span(head)[1]].lower()
        out = [k for k in ctx.lexicon.commitments.get("scope_keywords", []) if k in text]
    return list(dict.fromkeys(out))


def _is_event_noun(ctx: EventContext, tok: Any) -> bool:
    """True when a noun is itself an event trigger word ('attacks')."""
    return bool(ctx.lexicon.candidates("noun", tok.lemma_.lower()))


def _duration(ctx: EventContext, start: int, end: int) -> tuple[str | None, dict | None]:
    """A 'for 30 days' duration inside [start, end): value and span."""
    for t in ctx.ex.times:
        if start <= t.start and t.end <= end and t.type == "DURATION" and t.value:
            return t.value, ctx.span(t.start, t.end).to_dict()
    m = DURATION_RE.search(ctx.text, start, end)
    if m:
        return duration_value(m.group(0)), ctx.span(m.start(), m.end()).to_dict()
    return None, None


def deadline_in(ctx: EventContext, anchor: Any) -> dict[str, Any] | None:
    """A deadline phrase attached under ``anchor``: 'within a two-week timeframe', 'by Friday';
    not one under a verb reporting what was done ('the truce that took effect before dawn on
    Wednesday': Wednesday dates the truce's start, no term)."""
    found = [f for f in _deadline_phrases(ctx, anchor.subtree) if not _reported_done(f[0].head)]
    return found[0][1] if found else None


def _date_value(ctx: EventContext, start: int, end: int) -> str | None:
    """The TIMEX3 value of a DATE time expression inside [start, end)."""
    for t in ctx.ex.times:
        if start <= t.start and t.end <= end and t.type in ("DATE", "TIME") and t.value:
            return t.value
    return None


def build_commitment(ctx: EventContext, ev: EventMention, trigger: Any, kind: str
                     ) -> dict[str, Any]:
    """The commitment attribute block for an event whose trigger makes a commitment."""
    head = _action_head(trigger)
    spans: dict[str, Any] = {"trigger": ev.trigger.to_dict()}
    out: dict[str, Any] = {
        "kind": kind,
        "promiser": _actor_ids(_promisers(ctx, ev.source) or _promisers(ctx, _announcer(ev))),
        "promisee": _actor_ids(ev.target),
        "action": None, "scope": [], "negative": False, "start": None, "duration": None,
        "deadline": None, "spans": spans,
    }
    if head is not None:
        start, end = _action_span(head)
        out["action"] = ctx.span(start, end).to_dict()
        out["scope"] = _scope(ctx, head)
        out["negative"] = _negative(ctx, head)
        out["duration"], dspan = _duration(ctx, start, end)
        if dspan:
            spans["duration"] = dspan
    deadline = deadline_in(ctx, trigger)
    if deadline is not None:
        out["deadline"] = deadline["value"]
        spans["deadline"] = deadline["span"]
    if ev.date.get("from") == "text" and not _made_date(ev, trigger, out["action"]):
        out["start"] = ev.date.get("value")
    out["content_type"], out["content_mode"] = _content_type(ev, trigger)
    return out


def _made_date(ev: EventMention, trigger: Any, action: dict[str, Any] | None) -> bool:
    """Whether the event's own date dates the making of a commitment reported done and
    not what it promises ('under the 2013 accord, the two sides agreed to create an
    association': 2013 is when they agreed, no term by which the association was due): the
    date is written before the trigger, a verb in the past, and outside the action's words."""
    span = ev.date.get("span") or {}
    if action is None or span.get("start") is None or not _reported_done(trigger):
        return False
    return span["start"] < ev.trigger.start and not action["start"] <= span["start"] < action["end"]


def _announcer(ev: EventMention) -> list[Participant]:
    """Who announced an event without an actor ('Qatar said the truce would begin')."""
    who = ev.attribution
    return [who] if who is not None and who.actor is not None else []


def _content_type(ev: EventMention, trigger: Any) -> tuple[str | None, str | None]:
    """The PLOVER type and mode of what is promised: the embedded action of an agreement
    ('agreed to a ceasefire' -> RETREAT/ceasefire), else the event's own for a ceasefire."""
    for e in ev.attributes.get("embedded") or []:
        if e.get("type") and e["type"] != ev.type:
            return e["type"], e.get("mode")
    return (ev.type, ev.mode) if ev.type != "AGREE" else (None, None)


def _clause_verb(tok: Any) -> Any:
    """The verb of the clause a trigger sits in (the trigger itself when it is one)."""
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.head == t:
            return t
        t = t.head
    return tok


def _future(verb: Any) -> bool:
    """True when a verb carries a future auxiliary ('will', 'would') or 'is to' / 'due to'."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    return _scheduled(verb)


def _scheduled(verb: Any) -> bool:
    """True when a verb is scheduled by 'is to' / 'due to' ('Hamas is to free 33 hostages',
    'the truce is due to begin on Sunday'): what is to be done, not what was done."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ in ("be", "due") and head != verb \
        and verb.lemma_ not in IDIOM_AFTER_BE_TO


def plan_commitment(ctx: EventContext, ev: EventMention, trigger: Any,
                    kind: str | None = None) -> dict[str, Any] | None:
    """A stated future action as a commitment: 'Thailand will repatriate 20 soldiers at
    10am tomorrow', 'the truce would begin on Sunday', 'will not conclude trade deals
    until ...'. Needs a promiser (the actor, else who announced it); None otherwise."""
    verb = _clause_verb(trigger)
    negated = ev.modality == "negated"
    if ev.modality != "planned" and not (negated and _future(verb)) and kind is None \
            and not (ev.modality == "asserted" and _scheduled(verb)):
        return None
    from eventwire.extract.arguments import object_controlled

    # 'Chile would use sanctions to compel Peru to withdraw': Peru promises nothing
    own = [] if object_controlled(verb) else _promisers(ctx, ev.source)
    promiser = own or _promisers(ctx, _announcer(ev))
    if not promiser or _committed_by_none(ev, verb, [] if own else promiser):
        return None
    start, end = _action_span(verb)
    out: dict[str, Any] = {
        "kind": kind or ("threat" if ev.type in THREAT_TYPES else "plan"),
        "promiser": _actor_ids(promiser), "promisee": _actor_ids(ev.target),
        "action": ctx.span(start, end).to_dict(), "scope": [], "negative": negated,
        "start": ev.date.get("value") if ev.date.get("from") == "text" else None,
        "duration": None, "deadline": None,
        "content_type": None if ev.type in SPEECH_TYPES else ev.type,
        "content_mode": None if ev.type in SPEECH_TYPES else ev.mode,
        "made": (ctx.ex.article.published or "")[:10] or None,
        "spans": {"trigger": ev.trigger.to_dict()},
    }
    deadline = deadline_in(ctx, verb)
    if deadline is not None:
        out["deadline"] = deadline["value"]
        out["spans"]["deadline"] = deadline["span"]
    return out


def _committed_by_none(ev: EventMention, verb: Any, announcer: list[Participant]) -> bool:
    """Whether a clause states no act its promiser commits to, whatever its tense: the
    purpose of an act reported done ('Serbs set up roadblocks to protest', 'came here to
    accuse'), what another act awaits ('will not leave until the army withdraws', 'once the
    police leave'), or what the announcer's own side undergoes in a passive naming no doer
    ('"Kosovo will not be intimidated," Kurti said': a resolve, no act promised).
    ``announcer``: the promiser when it is who told the act, not a party to it."""
    if verb.dep_ == "advcl":
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
                verb.head.pos_ in ("VERB", "AUX") and _reported_done(verb.head):
            return True
    undergoer = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not undergoer or not any(c.dep_ == "auxpass" for c in verb.children) or \
            any(c.dep_ == "agent" for c in verb.children):
        return False
    lo = min(t.idx for t in undergoer[0].subtree)
    hi = max(t.idx + len(t.text) for t in undergoer[0].subtree)
    under = {k for p in [*ev.source, *ev.target] if p.actor is not None
             and lo <= p.start and p.end <= hi
             for k in (p.actor.id, p.actor.country if p.actor.kind == "state" else None) if k}
    return bool(under & {k for p in announcer if p.actor is not None
                         for k in (p.actor.id, p.actor.country if p.actor.kind == "state"
                                   or p.actor.sector in STATE_SECTORS else None) if k})


def _deadline_phrases(ctx: EventContext, tokens: Any) -> list[tuple[Any, dict[str, Any]]]:
    """Deadline phrases among ``tokens`` with their preposition token: 'within two weeks'."""
    preps = set(ctx.lexicon.commitments.get("deadline_preps", []))
    out = []
    for prep in tokens:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        start = prep.idx
        end = max(t.idx + len(t.text) for t in prep.subtree)
        phrase = ctx.text[start:end]
        value = duration_value(phrase) if prep.lower_ == "within" else _date_value(ctx, start, end)
        if value:
            out.append((prep, {"value": value, "span": ctx.span(start, end).to_dict()}))
    return out


def _reported_done(verb: Any) -> bool:
    """Whether a verb reports a past action ('flattened the building before dawn', 'had
    withdrawn by Friday'): a time phrase under it dates what happened, it sets no deadline."""
    if verb.tag_ == "VBD":
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux) and \
        not any(a.tag_ == "MD" for a in aux)


def _committing_verb(prep: Any) -> Any | None:
    """The nearest verb above a deadline phrase that has a subject."""
    from eventwire.extract.arguments import verb_subject

    t = prep
    for _ in range(6):
        if t.head == t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and verb_subject(t):
            return t
    return None


def _clause_action(ctx: EventContext, verb: Any, deadline: dict[str, Any]) -> dict[str, Any]:
    """The span of what the clause commits to: the verb phrase up to the deadline phrase."""
    dl = deadline["span"]
    toks = [t for t in verb.subtree if t.i >= verb.i and not dl["start"] <= t.idx < dl["end"]]
    before = [t for t in toks if t.idx < dl["start"]] or toks
    return ctx.span(before[0].idx, before[-1].idx + len(before[-1].text)).to_dict()


def attach_deadlines(ctx: EventContext, sent: Any, events: list[EventMention],
                     participants: Any) -> None:
    """Give events under a clause with a deadline phrase a 'deadline' commitment.

    ``participants(tokens, date)`` turns subject tokens into Participants.
    """
    from eventwire.extract.arguments import verb_subject

    if not events:
        return
    doc = sent.doc
    dep, lower = column(doc, "dep"), column(doc, "lower")
    preps = set(ctx.lexicon.commitments.get("deadline_preps", []))
    candidates = [doc[i] for i in range(sent.start, sent.end)
                  if dep[i] == "prep" and lower[i] in preps]  # what _deadline_phrases keeps
    for prep, deadline in _deadline_phrases(ctx, candidates):
        if _reported_done(prep.head):
            continue
        verb = _committing_verb(prep)
        if verb is None:
            continue
        lo = min(t.idx for t in verb.subtree)
        hi = max(t.idx + len(t.text) for t in verb.subtree)
        for ev in events:
            if "commitment" in ev.attributes or not lo <= ev.trigger.start < hi:
                continue
            promiser = _promisers(ctx, participants(verb_subject(verb), ev.date.get("value"))
                                  or ev.source)
            # the deadline is for the event itself only when its trigger heads the clause
            said = ev.type in SPEECH_TYPES or ev.trigger.start != verb.idx
            ev.attributes["commitment"] = {
                "kind": "deadline", "promiser": _actor_ids(promiser),
                "promisee": _actor_ids(ev.target), "action": _clause_action(ctx, verb, deadline),
                "scope": [], "negative": False, "start": None, "duration": None,
                "deadline": deadline["value"], "spans": {"deadline": deadline["span"]},
                "content_type": None if said else ev.type,
                "content_mode": None if said else ev.mode,
            }
            ev.attributes["deadline"] = deadline
