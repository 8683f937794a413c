"""Inline SVG charts: the story timeline and the actor counterpart network.

Every label is escaped; colours come from CSS classes (``t-<TYPE>``), so the
charts follow the page stylesheet and need no inline styles.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from eventwire.views import present

WIDTH = 960
MARGIN_LEFT = 110
MARGIN_RIGHT = 56
PAD_X = 18  # keeps the first dot clear of the lane labels
LANE_HEIGHT = 34
AXIS_HEIGHT = 40
DOT_RADIUS = 7
STACK_STEP = 9
MAX_TICKS = 6
NET_SIZE = 560
NET_MAX_NODES = 24


def _href(kind: str, ident: str) -> str:
    """The URL of an entity page."""
    return f"/{kind}/{quote(str(ident), safe='')}"


def timeline(events: list[dict[str, Any]]) -> Markup:
    """A swimlane timeline: one lane per event type, one linked dot per dated event."""
    dated = [(present.event_day(e), e) for e in events]
    dated = [(d, e) for d, e in dated if d is not None]
    if not dated:
        return Markup("")
    lanes = sorted({str(e.get("type")) for _, e in dated},
                   key=lambda t: list(present.QUADS).index(t) if t in present.QUADS else 99)
    lo = min(d for d, _ in dated).toordinal()
    hi = max(d for d, _ in dated).toordinal()
    height = AXIS_HEIGHT + LANE_HEIGHT * len(lanes)
    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" role="group" '
             f'aria-label="Timeline of {len(dated)} dated events">']
    for i, lane in enumerate(lanes):
        y = LANE_HEIGHT * i + LANE_HEIGHT / 2
        parts.append(f'<line class="lane" x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" '
                     f'y1="{y}" y2="{y}"/>')
        parts.append(f'<text class="lane-label" x="{MARGIN_LEFT - 10}" y="{y + 4}" '
                     f'text-anchor="end">{escape(lane)}</text>')
    stacked: dict[tuple[str, int], int] = defaultdict(int)
    for day, ev in sorted(dated, key=lambda p: p[0]):
        lane = str(ev.get("type"))
        x = _x(day.toordinal(), lo, hi)
        key = (lane, round(x))
        x += STACK_STEP * stacked[key]
        stacked[key] += 1
        y = LANE_HEIGHT * lanes.index(lane) + LANE_HEIGHT / 2
        parts.append(_dot(ev, x, y))
    parts.append(_axis(lo, hi, LANE_HEIGHT * len(lanes)))
    parts.append("</svg>")
    return Markup("".join(parts))


def _dot(ev: dict[str, Any], x: float, y: float) -> str:
    """One event dot, linked to its page, with a tooltip and data for the detail panel."""
    conflict = bool(present.conflicts(ev))
    label = (f"{present.date_label(ev)} · {present.description(ev)} · {present.type_label(ev)} · "
             f"{ev.get('n_sources', 0)} source(s)" + (" · sources disagree" if conflict else ""))
    cls = f"ev t-{escape(ev.get('type'))}" + (" conflict" if conflict else "")
    ring = (f'<circle class="conflict-ring" cx="{x:.1f}" cy="{y:.1f}" r="{DOT_RADIUS + 4}"/>'
            if conflict else "")
    return (f'<a class="{cls}" href="{escape(_href("events", ev.get("id")))}" '
            f'data-type="{escape(ev.get("type"))}" data-label="{escape(label)}" '
            f'aria-label="{escape(label)}">{ring}'
            f'{marker(present.quad(ev.get("type")), x, y)}'
            f'<title>{escape(label)}</title></a>')


def marker(quad: str, x: float, y: float, r: float = DOT_RADIUS) -> str:
    """The event marker of a quad class: circle (verbal cooperation), square (material
    cooperation), triangle (verbal conflict), diamond (material conflict)."""
    cls = f'class="mk q-{quad.replace(" ", "-")}"'
    if quad == "material cooperation":
        return f'<rect {cls} x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}"/>'
    if quad == "verbal conflict":
        pts = f"{x:.1f},{y - r - 1:.1f} {x + r + 1:.1f},{y + r:.1f} {x - r - 1:.1f},{y + r:.1f}"
        return f'<polygon {cls} points="{pts}"/>'
    if quad == "material conflict":
        d = r + 2
        pts = f"{x:.1f},{y - d:.1f} {x + d:.1f},{y:.1f} {x:.1f},{y + d:.1f} {x - d:.1f},{y:.1f}"
        return f'<polygon {cls} points="{pts}"/>'
    return f'<circle {cls} cx="{x:.1f}" cy="{y:.1f}" r="{r}"/>'


def _x(ordinal: int, lo: int, hi: int) -> float:
    """The x position of a day on the time axis (the middle when all days are equal)."""
    inner = WIDTH - MARGIN_LEFT - MARGIN_RIGHT - PAD_X
    if hi == lo:
        return MARGIN_LEFT + PAD_X + inner / 2
    return MARGIN_LEFT + PAD_X + (ordinal - lo) / (hi - lo) * inner


def _axis(lo: int, hi: int, top: float) -> str:
    """The date axis with up to MAX_TICKS labelled ticks."""
    import datetime as dt

    out = [f'<line class="axis" x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" y1="{top}" '
           f'y2="{top}"/>']
    n = 1 if hi == lo else min(MAX_TICKS, hi - lo + 1)
    for i in range(n):
        ordinal = lo + round((hi - lo) * i / max(n - 1, 1))
        x = _x(ordinal, lo, hi)
        label = dt.date.fromordinal(ordinal).isoformat()
        out.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{top + 6}"/>')
        out.append(f'<text class="tick-label" x="{x:.1f}" y="{top + 22}" '
                   f'text-anchor="middle">{label}</text>')
    return "".join(out)


def network(center: dict[str, Any], others: list[dict[str, Any]]) -> Markup:
    """A star graph: the actor in the middle, counterparts around it, edges sized by count."""
    shown = others[:NET_MAX_NODES]
    if not shown:
        return Markup("")
    mid = NET_SIZE / 2
    radius = NET_SIZE / 2 - 70
    top = max(c["count"] for c in shown)
    edges, nodes = [], []
    for i, c in enumerate(shown):
        angle = 2 * math.pi * i / len(shown) - math.pi / 2
        x, y = mid + radius * math.cos(angle), mid + radius * math.sin(angle)
        width = 1 + 5 * c["count"] / top
        edges.append(f'<line class="edge" x1="{mid}" y1="{mid}" x2="{x:.1f}" y2="{y:.1f}" '
                     f'stroke-width="{width:.1f}"><title>{escape(c["name"])}: {c["count"]} '
                     f'event(s)</title></line>')
        anchor = "start" if math.cos(angle) > 0.3 else "end" if math.cos(angle) < -0.3 else "middle"
        dy = 22 if math.sin(angle) > 0.3 else -14 if math.sin(angle) < -0.3 else 4
        dx = 12 if anchor == "start" else -12 if anchor == "end" else 0
        label = f"{c['name']} ({c['count']})"
        nodes.append(f'<a class="node" href="{escape(_href("actors", c["id"]))}" '
                     f'aria-label="{escape(label)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="9"/>'
                     f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">'
                     f'{escape(label)}</text></a>')
    name = present.actor_name(center)
    return Markup(
        f'<svg class="network" viewBox="-60 0 {NET_SIZE + 120} {NET_SIZE}" role="group" '
        f'aria-label="Counterparts of {escape(name)}">' + "".join(edges)
        + f'<circle class="center" cx="{mid}" cy="{mid}" r="14"/>'
        + f'<text class="center-label" x="{mid}" y="{mid + 34}" text-anchor="middle">'
        + f"{escape(name)}</text>" + "".join(nodes) + "</svg>")


def histogram(counts: list[tuple[str, int]]) -> Markup:
    """A small bar chart of (period label, count) pairs, e.g. events per month."""
    if not counts:
        return Markup("")
    bar, gap, height, pad = 28, 6, 120, 16
    top = max(n for _, n in counts) or 1
    width = len(counts) * (bar + gap) + gap
    parts = [f'<svg class="histogram" viewBox="0 -{pad} {width} {height + 40 + pad}" '
             f'role="img" aria-label="Events per period">']
    for i, (label, n) in enumerate(counts):
        h = height * n / top
        x = gap + i * (bar + gap)
        parts.append(f'<rect x="{x}" y="{height - h:.1f}" width="{bar}" height="{h:.1f}" '
                     f'data-period="{escape(label)}" data-count="{n}">'
                     f'<title>{escape(label)}: {n}</title></rect>'
                     f'<text x="{x + bar / 2}" y="{height + 14}" text-anchor="middle">'
                     f'{escape(label[-5:] if label[:1].isdigit() else label)}</text>'
                     f'<text class="count" x="{x + bar / 2}" y="{height - h - 3:.1f}" '
                     f'text-anchor="middle">{n}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
