"""HTML for article text: blocks with entities, times, event triggers and evidence marked.

Everything is built by ``spans.render``, which escapes each text segment, so
article text can never inject markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

from eventwire.views.spans import Mark, mark, render

CONTEXT_CHARS = 240
BLOCK_TAGS = {"heading": "h3", "paragraph": "p", "list_item": "li", "table": "pre"}


def annotation_marks(extraction: dict[str, Any]) -> list[Mark]:
    """Marks for entities, time expressions and event triggers of one extraction."""
    marks: list[Mark] = []
    for e in extraction.get("entities") or []:
        actor = e.get("actor") or {}
        title = e.get("label", "")
        if actor:
            title += f": {actor.get('name', '')} ({actor.get('country') or '?'}, " \
                     f"{actor.get('sector') or '?'})"
        marks.append(mark(e["start"], e["end"], class_=f"ent ent-{e.get('label', 'X')}",
                          title=title))
    for t in extraction.get("times") or []:
        marks.append(mark(t["start"], t["end"], class_="tx",
                          title=f"{t.get('type')}: {t.get('value') or 'unresolved'}",
                          data_value=t.get("value")))
    for ev in extraction.get("events") or []:
        trig = ev.get("trigger") or {}
        if "start" in trig:
            label = ev.get("mode") or ev.get("type")
            marks.append(mark(trig["start"], trig["end"], "strong",
                              class_=f"trig t-{ev.get('type')}",
                              title=f"{label} ({ev.get('modality', 'asserted')})"))
    return marks


def evidence_marks(extraction: dict[str, Any], indexes: Iterable[int]) -> list[Mark]:
    """<mark> over the sentences of the given event mentions."""
    events = extraction.get("events") or []
    out = []
    for i in sorted(set(indexes)):
        if 0 <= i < len(events):
            sent = events[i].get("sentence") or {}
            if "start" in sent:
                out.append(mark(sent["start"], sent["end"], "mark", class_="evidence",
                                data_event=str(i)))
    return out


def mention_anchors(extraction: dict[str, Any]) -> dict[int, list[str]]:
    """Offset → anchor ids ``m-<idx>`` at the start of each event mention's sentence."""
    anchors: dict[int, list[str]] = {}
    for i, ev in enumerate(extraction.get("events") or []):
        start = (ev.get("sentence") or {}).get("start")
        if start is not None:
            anchors.setdefault(int(start), []).append(f"m-{i}")
    return anchors


def _blocks(text: str, extraction: dict[str, Any]) -> list[tuple[str, int, int]]:
    """(kind, start, end) covering the text: stored blocks, gaps filled as paragraphs."""
    stored = sorted((b["kind"], b["start"], b["end"]) for b in extraction.get("blocks") or [])
    stored.sort(key=lambda b: b[1])
    out, pos = [], 0
    for kind, start, end in stored:
        if start > pos and text[pos:start].strip():
            out.extend(_lines(text, pos, start))
        if end > max(start, pos):
            out.append((kind, max(start, pos), end))
            pos = end
    if pos < len(text) and text[pos:].strip():
        out.extend(_lines(text, pos, len(text)))
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Paragraph blocks for the non-empty lines of text[start:end]."""
    out, pos = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append(("paragraph", pos, pos + len(line)))
        pos += len(line) + 1
    return out


def article_body(text: str, extraction: dict[str, Any], marks: list[Mark],
                 anchors: dict[int, list[str]] | None = None) -> Markup:
    """The whole article as HTML blocks with marks applied."""
    html, in_list = [], False
    for kind, start, end in _blocks(text, extraction):
        if kind == "list_item" and not in_list:
            html.append("<ul>")
            in_list = True
        elif kind != "list_item" and in_list:
            html.append("</ul>")
            in_list = False
        tag = BLOCK_TAGS.get(kind, "p")
        html.append(f'<{tag} class="blk blk-{escape(kind)}">'
                    f"{render(text, marks, start, end, anchors)}</{tag}>")
    if in_list:
        html.append("</ul>")
    return Markup("".join(html))


def evidence_excerpts(text: str, extraction: dict[str, Any],
                      indexes: list[int]) -> list[Markup]:
    """Excerpts (the containing block, or the sentence with context) with evidence marked."""
    events = extraction.get("events") or []
    marks = evidence_marks(extraction, indexes) + [
        m for m in annotation_marks({"events": [events[i] for i in indexes
                                                if 0 <= i < len(events)]})]
    blocks = _blocks(text, extraction)
    seen: set[tuple[int, int]] = set()
    out = []
    for i in indexes:
        if not 0 <= i < len(events):
            continue
        sent = events[i].get("sentence") or {}
        if "start" not in sent:
            continue
        lo, hi, whole = _container(blocks, sent["start"], sent["end"])
        hi = min(hi, len(text))
        if (lo, hi) in seen:
            continue
        seen.add((lo, hi))
        prefix = "…" if lo > 0 and not whole else ""
        suffix = "…" if hi < len(text) and not whole else ""
        out.append(Markup(prefix) + render(text, marks, lo, hi) + Markup(suffix))
    return out


def _container(blocks: list[tuple[str, int, int]], start: int,
               end: int) -> tuple[int, int, bool]:
    """(lo, hi, is_whole_block): the block holding [start, end), else a window around it."""
    for _, lo, hi in blocks:
        if lo <= start and end <= hi and hi - lo <= 4 * CONTEXT_CHARS:
            return lo, hi, True
    return max(0, start - CONTEXT_CHARS // 2), end + CONTEXT_CHARS // 2, False
