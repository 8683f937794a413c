"""Event mentions as the fuse stage sees them: one contract event plus its article."""

from __future__ import annotations

import re
import sys
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from eventwire.fuse.dates import duration_days, mention_range

NAME_WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-']+")
TITLE_WORDS = frozenset("""president former prime minister chancellor king queen secretary general
us u.s. russian ukrainian american the mr mrs ms dr leader foreign defense defence state
minister's president's""".split())
PLANNED = frozenset({"planned", "hypothetical"})


EPISODE_MARK = "+episode:"  # in a range's derivation: a clash told as a multi-day episode


@dataclass
class Mention:
    """One event mention with what fusion compares: type, participants, date, attributes."""

    id: str
    article: str
    root: str  # the original article when this one is a near-duplicate
    data: dict[str, Any]
    story: str | None = None
    published: str | None = None
    keys: list[frozenset[str]] = field(default_factory=list)
    outlet: str = ""
    when: dict[str, Any] | None = None  # {"range": [first, last], "from": ..., "span": ...}
    memo: dict[str, Any] = field(default_factory=dict, repr=False)  # derived values, computed once

    @property
    def range(self) -> list[str] | None:
        """The [first, last] days the mention's own evidence allows."""
        return self.when["range"] if self.when else None

    @property
    def when_from(self) -> str:
        """How the mention's range was derived ("" without one)."""
        return str((self.when or {}).get("from") or "")

    @property
    def episode(self) -> bool:
        """Whether the mention tells a fighting episode (its range derived ``EPISODE_MARK``)."""
        return EPISODE_MARK in self.when_from

    @property
    def sentence(self) -> str:
        """The text of the mention's sentence."""
        return (self.data.get("sentence") or {}).get("text") or ""

    @property
    def type(self) -> str:
        return self.data.get("type", "")

    @property
    def entry(self) -> int | None:
        """Where the timestamped live-page entry the mention sits in starts (None outside
        one)."""
        value = (self.data.get("attributes") or {}).get("entry")
        return value if isinstance(value, int) else None

    @property
    def mode(self) -> str | None:
        return self.data.get("mode")

    @property
    def modality(self) -> str:
        return self.data.get("modality") or "asserted"

    @property
    def date(self) -> str | None:
        """The date the text gives for the event (a publication-date fallback is no evidence)."""
        d = self.data.get("date") or {}
        value = d.get("value")
        return value if isinstance(value, str) and d.get("from") != "article" else None

    @property
    def fallback_date(self) -> str | None:
        """The article's publication date when the extractor used it as the event date."""
        d = self.data.get("date") or {}
        value = d.get("value")
        return value if isinstance(value, str) and d.get("from") == "article" else None

    @property
    def attributes(self) -> dict[str, Any]:
        return self.data.get("attributes") or {}

    def participants(self) -> list[dict[str, Any]]:
        """Source and target participants of the mention."""
        return list(self.data.get("source") or []) + list(self.data.get("target") or [])


def participant_keys(p: dict[str, Any]) -> frozenset[str]:
    """Identity keys of a participant: its actor id and its name key (surname)."""
    actor = p.get("actor") or {}
    return actor_keys(actor.get("id"), p.get("text") or actor.get("name") or "")


@lru_cache(maxsize=65536)
def actor_keys(actor_id: Any, name: str) -> frozenset[str]:
    """``participant_keys`` of an actor id and a name (remembered: an update loads thousands
    of stored mentions naming a few hundred parties)."""
    keys = set()
    if actor_id:
        keys.add("id:" + str(actor_id))
    words = [w.lower() for w in NAME_WORD_RE.findall(name)]
    words = [w for w in words if w not in TITLE_WORDS]
    if words:
        keys.add("name:" + words[-1])
    return frozenset(keys)


def make_mention(mention_id: str, article: dict[str, Any], data: dict[str, Any],
                 story: str | None) -> Mention:
    """Build a Mention from its stored row data and article row (article, story and day
    strings interned: an update holds many mentions of few articles)."""
    m = Mention(id=mention_id, article=shared(article["id"]),
                root=shared(article.get("duplicate_of") or article["id"]), data=data,
                story=shared(story), published=shared(article.get("published")))
    m.keys = [k for k in (participant_keys(p) for p in m.participants()) if k]
    m.outlet = outlet_of(article)
    m.when = stored_range(data) or mention_range(data, m.published)
    starts = STORY_STARTS.get()
    if starts is not None and m.story and m.when and m.when["from"].startswith("tense"):
        m.when = starts.redate(m) or m.when
    return m


STORY_STARTS: ContextVar[Any] = ContextVar("story_starts", default=None)
# the fighting episodes' starts of an update's stories (``events.StoryStarts``), set by
# ``events.fuse_mentions``: a mention dated by tense that tells an episode's start or counts
# its days takes the start its story states


def stored_range(data: dict[str, Any]) -> dict[str, Any] | None:
    """The day range extraction stored for a mention (``date.range``, ``range_from``,
    ``range_span``), which sets aside dates the parse shows belong to something else; None
    for a mention stored before the evidence span was kept (its range is derived again)."""
    d = data.get("date") or {}
    if "range_span" not in d or not d.get("range") or not d.get("range_from"):
        return None
    return {"range": list(d["range"]), "from": d["range_from"], "span": d["range_span"]}


def shared(value: Any) -> Any:
    """A string interned (one object however many mentions hold it); anything else as is."""
    return sys.intern(value) if type(value) is str else value


def outlet_of(article: dict[str, Any]) -> str:
    """The outlet of an article, one notion for fusion and the views: its site's name when
    given (by the input, the page or the text's dateline or byline), else its URL host
    without www, else its original article id (a reprint counts with its original)."""
    return site_name(article.get("site") or "") or url_host(article.get("url") or "") or \
        str(article.get("duplicate_of") or article["id"])


@lru_cache(maxsize=4096)
def site_name(site: str) -> str:
    """A site's name with its spaces collapsed ("" for none)."""
    return " ".join(site.split())


@lru_cache(maxsize=4096)
def url_host(url: str) -> str:
    """The host of a URL without www ("" without one; remembered: an update reads many
    mentions of few articles)."""
    return (urlparse(url).hostname or "").removeprefix("www.")


def countries(parts: list[dict[str, Any]]) -> frozenset[str]:
    """Countries (or IGO codes) of linked participants (places excluded)."""
    return frozenset(str((p.get("actor") or {}).get("country") or "").upper()
                     for p in parts if (p.get("actor") or {}).get("country")
                     and (p.get("actor") or {}).get("kind") != "place")


def coverage(a: list[frozenset[str]], b: list[frozenset[str]]) -> float:
    """Share of the smaller participant list that matches someone in the other (0 if empty)."""
    if not a or not b:
        return 0.0
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    hits = sum(1 for k in small if any(k & o for o in big))
    return hits / len(small)


def same_people(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    """Whether two participant lists name the same set of people."""
    return coverage(a, b) == 1.0 and coverage(b, a) == 1.0 and \
        all(any(k & o for o in a) for k in b) and all(any(k & o for o in b) for k in a)


FAILED_RE = re.compile(  # "failed to", "fail to reach", "failing to conclude" ending before the trigger
    r"\bfail(?:s|ed|ing)?\s+to\s+(?:(?:reach|strike|conclude|seal|secure|clinch|finalise|"
    r"finalize|sign|make)\s+(?:an?\s+|any\s+|the\s+)?)?$", re.I)
AGREEMENT_TRIGGER_RE = re.compile(r"^(?:reach\s+)?(?:agree\w*|deal|accord|settlement|truce|ceasefire)$",
                                  re.I)


def failed_agreement(m: Mention) -> bool:
    """Whether a mention is an agreement its parties failed to reach ("failed to agree on a
    truce", "failed to reach a deal"): extraction tells it as a REJECT (CAMEO 'fail', 120),
    but against another outlet's report that the agreement was made (in one record with it) it is the same
    occurrence told as not having happened."""
    if m.type != "REJECT":
        return False
    trig, sent = m.data.get("trigger") or {}, m.data.get("sentence") or {}
    text, start = sent.get("text") or "", sent.get("start")
    if not isinstance(trig.get("start"), int) or not isinstance(start, int) or \
            not AGREEMENT_TRIGGER_RE.match((trig.get("text") or "").strip()):
        return False
    return bool(FAILED_RE.search(text[:max(0, trig["start"] - start)]))


def commitment(m: Mention) -> dict[str, Any] | None:
    """The commitment carried by a mention, if any."""
    c = m.attributes.get("commitment")
    return c if isinstance(c, dict) else None


def text_of(value: Any) -> str:
    """The text of an attribute field: a string, a span/value dict or a list of them."""
    if isinstance(value, list):
        return " ".join(text_of(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("text") or value.get("value") or "")
    return "" if value is None else str(value)


def value_of(value: Any) -> Any:
    """The value of an attribute field that may be wrapped as {"value", "span"}."""
    return value.get("value") if isinstance(value, dict) else value


def content_words(text: str | None) -> set[str]:
    """Lower-case content words of a short phrase."""
    return {w.lower() for w in NAME_WORD_RE.findall(text or "") if len(w) > 3}


def counts(m: Mention) -> dict[str, Any]:
    """Counted things of a mention: what -> number ('aircraft' -> 41)."""
    out: dict[str, Any] = {}
    for c in m.attributes.get("counts") or []:
        if isinstance(c, dict) and c.get("of") and c.get("count") is not None:
            out.setdefault(str(c["of"]).lower(), c["count"])
    return out


def identity_parts(m: Mention) -> tuple[bool, set[str], int | None, Any, dict[str, Any]]:
    """What ``identity_score`` reads of a mention (computed once per mention): whether it
    carries a commitment, the commitment action's words and duration in days, its own
    duration and its counts."""
    parts = m.memo.get("identity_parts")
    if parts is None:
        c = commitment(m)
        parts = m.memo["identity_parts"] = (
            bool(c), content_words(text_of(c.get("action"))) if c else set(),
            duration_days(value_of(c.get("duration"))) if c else None,
            value_of(m.attributes.get("duration")), counts(m))
    return parts


def identity_score(a: Mention, b: Mention) -> int:
    """How many distinctive attributes two mentions share (commitment, duration, counts)."""
    score = 0
    ca, wa, days_a, da, ka = identity_parts(a)
    cb, wb, days_b, db, kb = identity_parts(b)
    if ca and cb:
        if wa and wb and len(wa & wb) / min(len(wa), len(wb)) >= 0.5:
            score += 1
            if days_a and days_a == days_b:
                score += 1
    if da and da == db:
        score += 1
    score += sum(1 for k in ka.keys() & kb.keys() if ka[k] == kb[k])
    return score
