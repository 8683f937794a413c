"""Terminal rendering of one stored article for `eventwire show`."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from eventwire.views.present import article_label

BLOCK_STYLE = {"heading": "bold", "paragraph": "", "list_item": "", "table": ""}


def render_article(data: dict[str, Any], row: dict[str, Any] | None,
                   removed: list[dict[str, Any]]) -> RenderableType:
    """The article's metadata, text by block, quotes, events, flags and removed boilerplate."""
    parts: list[RenderableType] = [_header(data, row or {})]
    text = data["text"]
    for block in data["blocks"] or [{"kind": "paragraph", "start": 0, "end": len(text)}]:
        parts.append(_block(block, text))
    if data.get("quotes"):
        parts.append(Text("\nQuotes", style="bold underline"))
        for q in data["quotes"]:
            who = (q.get("speaker") or {}).get("text") or "?"
            via = f" (via {q['via']['text']})" if q.get("via") else ""
            mark = "“”" if q.get("direct") else "≈"
            parts.append(Text(f"  {who}{via} {mark[0]}{q['content']['text']}{mark[-1]}"))
    if data.get("events"):
        parts.append(Text("\nEvents", style="bold underline"))
        for ev in data["events"]:
            src = ", ".join(p["text"] for p in ev.get("source", [])) or "?"
            tgt = ", ".join(p["text"] for p in ev.get("target", [])) or "?"
            when = (ev.get("date") or {}).get("value") or "undated"
            mode = f"/{ev['mode'].split('/')[-1]}" if ev.get("mode") else ""
            parts.append(Text(f"  {ev['type']}{mode} [{ev.get('modality')}] {src} → {tgt} "
                              f"({when}): “{ev['trigger']['text']}”"))
    if data.get("claims"):
        parts.append(Text("\nClaims", style="bold underline"))
        for c in data["claims"]:
            who = f" — {c['speaker']['text']}" if c.get("speaker") else ""
            parts.append(Text(f"  {c['kind']}: {c['value']}{who} “{c['span']['text'][:100]}”"))
    if data.get("flags"):
        parts.append(Text("\nFlags", style="bold underline"))
        for f in data["flags"]:
            parts.append(Text(f"  [{f['kind']}] {f['message']}", style="yellow"))
    if removed:
        parts.append(Text(f"\nRemoved boilerplate ({len(removed)})", style="bold underline"))
        for r in removed:
            parts.append(Text(f"  {r['rule']}: {r['text'][:90]!r}", style="dim"))
    return Group(*parts)


def _header(data: dict[str, Any], row: dict[str, Any]) -> Text:
    """Title, id, date with its origin, URL."""
    t = Text()
    t.append((article_label(data.get("title"), data.get("text")) or data["id"]) + "\n",
             style="bold")
    t.append(f"id {data['id']}", style="dim")
    if data.get("published"):
        t.append(f" · published {data['published']} (from {data.get('published_from')})",
                 style="dim")
    if data.get("url"):
        t.append(f" · {data['url']}", style="dim")
    if row.get("duplicate_of"):
        t.append(f" · near-duplicate of {row['duplicate_of']}", style="dim")
    t.append("\n")
    return t


def _block(block: dict[str, Any], text: str) -> RenderableType:
    """One block: headings bold, list items bulleted, tables as tables."""
    body = text[block["start"]:block["end"]]
    if block["kind"] == "table" and block.get("rows"):
        rows = block["rows"]
        table = Table(*[escape(c) for c in rows[0]], show_lines=False)
        for r in rows[1:]:
            table.add_row(*[escape(c) for c in r])
        return table
    if block["kind"] == "list_item":
        return Text("  • " + body)
    return Text(body, style=BLOCK_STYLE.get(block["kind"], ""))
