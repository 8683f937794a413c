"""Briefing reports: summary, timeline, events, quotes, conflicts and promises, with citations.

``render(store, story_id, fmt)`` builds one neutral report model per story and
formats it as Markdown or a standalone HTML page. Every statement cites the
articles behind it as ``[n]``, listed under *Sources*.
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.views import data, present
from eventwire.views.visibility import min_confidence

FORMATS = ("md", "html")
MAX_EVENTS = 10_000
MAX_DETAILED = 200
SENTENCE_CHARS = 400
TIMELINE_MODALITIES = ("asserted", "planned")  # hypothetical and negated events are listed only
MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")


class Citations:
    """Numbers articles in the order they are first cited."""

    def __init__(self) -> None:
        self.order: list[str] = []

    def __call__(self, article_id: str | None) -> int | None:
        """The citation number of an article (assigned on first use)."""
        if not article_id:
            return None
        if article_id not in self.order:
            self.order.append(article_id)
        return self.order.index(article_id) + 1

    def many(self, ids: list[str] | None) -> list[int]:
        """Citation numbers of several articles, without repeats."""
        return sorted({n for n in (self(i) for i in ids or []) if n})


def _story_model(store: Store, story: dict[str, Any] | None,
                 show_all: bool = False) -> dict[str, Any]:
    """The report model of one story (or of all events when ``story`` is None): the events
    the confidence model confirms, or all of them with ``show_all``."""
    fq = queries
    cite = Citations()
    sid = story["id"] if story else None
    events = fq.list_events(store, story=sid, limit=MAX_EVENTS,
                            min_confidence=min_confidence(show_all))
    event_ids = {e["id"] for e in events}
    summary = [{"text": s.get("text", ""), "cites": cite.many([s.get("article")])}
               for s in (story or {}).get("summary") or []]
    factual = [e for e in events if (e.get("modality") or "asserted") in TIMELINE_MODALITIES]
    timeline = [{"id": e["id"], "date": present.date_label(e), "title": present.description(e),
                 "kind": present.type_label(e),
                 "modality": e.get("modality") or "asserted", "n_sources": e.get("n_sources"),
                 "conflict": bool(present.conflicts(e)), "cites": cite.many(e.get("articles"))}
                for e in sorted(factual, key=_date_key)]
    return {
        "id": sid, "title": (story or {}).get("title") or ("All events" if not story else sid),
        "date_range": [d for d in (story or {}).get("date_range") or [] if d],
        "n_articles": len((story or {}).get("articles") or []) if story else store.count_articles(),
        "n_events": len(events), "summary": summary, "timeline": timeline,
        "n_not_in_timeline": len(events) - len(factual),
        "events": [_event_model(e, cite) for e in sorted(events, key=_date_key)[:MAX_DETAILED]],
        "quotes": _quotes(events, cite), "conflicts": _conflicts(events, cite),
        "promises": [_promise_model(p) for p in present.listed_promises(fq.list_promises(store))
                     if not sid or p.get("event") in event_ids],
        "sources": _sources(store, cite),
    }


def _date_key(ev: dict[str, Any]) -> tuple[int, str, str]:
    """Sort key: dated events first, by date, then by id."""
    day = present.event_day(ev)
    return (0 if day else 1, day.isoformat() if day else "", str(ev.get("id")))


def _event_model(ev: dict[str, Any], cite: Citations) -> dict[str, Any]:
    """One event for the report's event section."""
    return {"id": ev["id"], "title": present.description(ev), "kind": present.event_title(ev),
            "date": present.date_label(ev),
            "modality": ev.get("modality") or "asserted",
            "date_evidence": [{"text": d.get("text"), "value": d.get("value"),
                               "cites": cite.many([d.get("article")])}
                              for d in ev.get("date_evidence") or []],
            "claims": [{"kind": c.get("kind"), "value": c.get("value"),
                        "text": (c.get("span") or {}).get("text"),
                        "cites": cite.many([c.get("article")])} for c in ev.get("claims") or []],
            "sentences": [{"text": clip((m.get("sentence") or {}).get("text")),
                           "cites": cite.many([m.get("article")])}
                          for m in (ev.get("mentions") or [])[:3]],
            "cites": cite.many(ev.get("articles"))}


def _quotes(events: list[dict[str, Any]], cite: Citations) -> list[dict[str, Any]]:
    """Quotes attached to the events, without repeats."""
    seen, out = set(), []
    for ev in events:
        for q in ev.get("quotes") or []:
            speaker = q.get("speaker")
            name = present.actor_name(speaker) if isinstance(speaker, dict) else str(speaker or "?")
            key = (name, q.get("content"))
            if key in seen or not q.get("content"):
                continue
            seen.add(key)
            out.append({"speaker": name, "content": q["content"], "event": ev["id"],
                        "cites": cite.many([q.get("article")])})
    return out


def _conflicts(events: list[dict[str, Any]], cite: Citations) -> list[dict[str, Any]]:
    """Every conflict flag with each side's value and sources."""
    out = []
    for ev in events:
        for f in present.conflicts(ev):
            out.append({"event": ev["id"], "title": present.description(ev),
                        "kind": f.get("kind"), "message": f.get("message"),
                        "values": [{"value": v.get("value"), "cites": cite.many(v.get("articles"))}
                                   for v in f.get("values") or []]})
    return out


def _promise_model(p: dict[str, Any]) -> dict[str, Any]:
    """One promise for the report."""
    return {"status": p.get("status"), "promiser": present.names(p.get("promiser")),
            "promisee": present.names(p.get("promisee")),
            "what": present.promise_text(p),
            "window": " → ".join(str(x) for x in (p.get("start"), p.get("end")) if x),
            "evidence": [present.show(e.get("text") or e.get("kind")) for e in p.get("evidence") or []]}


def _sources(store: Store, cite: Citations) -> list[dict[str, Any]]:
    """The cited articles in citation order."""
    titles = data.article_titles(store, cite.order)
    return [{"n": i + 1, "id": aid, "title": (titles.get(aid) or {}).get("label") or aid,
             "published": (titles.get(aid) or {}).get("published"),
             "url": (titles.get(aid) or {}).get("url")} for i, aid in enumerate(cite.order)]


def models(store: Store, story_id: str | None = None,
           show_all: bool = False) -> list[dict[str, Any]]:
    """Report models: one story, every story, or all events when there are no stories."""
    fq = queries
    if story_id:
        story = fq.get_story(store, story_id)
        if story is None:
            raise data.ViewError(f"no story with id {story_id!r}")
        return [_story_model(store, story, show_all)]
    stories = fq.list_stories(store, limit=MAX_EVENTS)
    return ([_story_model(store, s, show_all) for s in stories]
            or [_story_model(store, None, show_all)])


def render(store: Store, story_id: str | None = None, fmt: str = "md",
           show_all: bool = False) -> str:
    """The briefing for one story (or all stories) as Markdown or HTML (confirmed events;
    all of them with ``show_all``)."""
    if fmt not in FORMATS:
        raise data.ViewError(f"unknown report format {fmt!r} (choose md or html)")
    reports = models(store, story_id, show_all)
    if fmt == "html":
        from eventwire.views.web import environment

        return environment().get_template("report.html").render(reports=reports)
    return "\n\n".join(_markdown(r) for r in reports).rstrip() + "\n"


def clip(text: str | None, limit: int = SENTENCE_CHARS) -> str:
    """Text cut at a word boundary to at most ``limit`` characters (with an ellipsis)."""
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def md(text: Any) -> str:
    """Article-derived text made inert in Markdown: one line, special characters escaped."""
    return MD_SPECIAL.sub(r"\\\1", " ".join(str(text if text is not None else "").split()))


def code(text: Any) -> str:
    """Text for a Markdown code span: one line, no backticks."""
    return " ".join(str(text or "").replace("`", "'").split())


def _refs(cites: list[int]) -> str:
    """' [1][3]' for citation numbers."""
    return (" " + "".join(f"[{n}]" for n in cites)) if cites else ""


def _markdown(r: dict[str, Any]) -> str:
    """One report model as Markdown."""
    out = [f"# Briefing: {md(r['title'])}", ""]
    facts = f"{r['n_articles']} article(s), {r['n_events']} event(s)"
    if r["date_range"]:
        facts += ", " + " to ".join(r["date_range"])
    out += [f"*{facts}.*", ""]
    out += ["## Summary", ""]
    out += [f"- {md(s['text'])}{_refs(s['cites'])}" for s in r["summary"]] or \
           ["No summary available."]
    out += ["", "## Timeline", ""]
    out += [f"- **{md(t['date'])}** — {md(t['title'])} ({md(t['kind'])})"
            f"{' (' + t['modality'] + ')' if t['modality'] != 'asserted' else ''}"
            f"{' — sources disagree' if t['conflict'] else ''}{_refs(t['cites'])}"
            for t in r["timeline"]] or ["No events."]
    if r["n_not_in_timeline"]:
        out += ["", f"*{r['n_not_in_timeline']} hypothetical or negated event(s) are not on the "
                    "timeline; see Events.*"]
    out += ["", "## Events", ""]
    if not r["events"]:
        out += ["No events.", ""]
    for e in r["events"]:
        out += [f"### {md(e['title'])}", "", f"- Event: {md(e['kind'])}",
                f"- Date: {md(e['date'])}"
                + "".join(f"; “{md(d['text'])}”{_refs(d['cites'])}" for d in e["date_evidence"]),
                f"- Modality: {e['modality']}"]
        out += [f"- Reported: “{md(s['text'])}”{_refs(s['cites'])}" for s in e["sentences"]]
        out += [f"- Claim ({md(c['kind'])}): {md(present.show(c['value']))}"
                + (f" — “{md(c['text'])}”" if c["text"] else "") + _refs(c["cites"])
                for c in e["claims"]]
        out.append("")
    out += ["## Quotes", ""]
    out += [f"- **{md(q['speaker'])}**: “{md(q['content'])}”{_refs(q['cites'])}"
            for q in r["quotes"]] or ["No quotes."]
    out += ["", "## Conflicts", ""]
    out += [f"- {md(c['title'])} — {md(c['kind'])}: {md(c['message'])}; "
            + "; ".join(f"{md(present.show(v['value']))}{_refs(v['cites'])}" for v in c["values"])
            for c in r["conflicts"]] or ["No conflicting reports."]
    out += ["", "## Promises", ""]
    out += [f"- **{md(p['status'])}** — {md(p['promiser'])}"
            + (f" to {md(p['promisee'])}" if p["promisee"] != "—" else "")
            + f": {md(p['what'])}" + (f" ({md(p['window'])})" if p["window"] else "")
            for p in r["promises"]] or ["No promises."]
    out += ["", "## Sources", ""]
    out += [f"{s['n']}. {md(s['title'])}" + (f", {md(s['published'])}" if s["published"] else "")
            + f" — `{code(s['id'])}`" + (f" `{code(s['url'])}`" if s["url"] else "")
            for s in r["sources"]] or ["No sources."]
    return "\n".join(out)
