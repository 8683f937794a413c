"""Commands over the fused record: events, stories, timeline, readout, promises, fuse."""

from __future__ import annotations

import csv
import json
import os
import sys
from typing import Annotated, Any

import typer
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from eventwire.cliutil import DbOption, fail, open_store, out
from eventwire.fuse import queries
from eventwire.views.visibility import min_confidence

FormatOption = Annotated[str, typer.Option("--format", help="table or jsonl")]
ALL = 10**9


def check_format(fmt: str) -> None:
    """Reject unknown --format values."""
    if fmt not in ("table", "jsonl"):
        fail(f"--format: unknown format {fmt!r} (table, jsonl)")


def jsonl(rows: list[dict[str, Any]]) -> None:
    """Print one JSON object per line."""
    for row in rows:
        out.print(json.dumps(row, ensure_ascii=False), markup=False)


def names(refs: list[dict[str, Any]]) -> str:
    """Comma-separated actor names."""
    return ", ".join(str(r.get("name") or r.get("id") or "?") for r in refs or [])


def label(ev: dict[str, Any]) -> str:
    """'CONSULT/phone' style label of an event, with its modality when not asserted."""
    kind = ev.get("mode") or ev["type"]
    if "/" not in kind:
        kind = ev["type"]
    return kind + ("" if ev.get("modality") in (None, "asserted") else f" ({ev['modality']})")


def when(ev: dict[str, Any]) -> str:
    """The event's date, its range, or 'undated'."""
    rng = ev.get("date_range")
    if ev.get("date_from") == "publication" and rng:
        shown = rng[0] if rng[0] == rng[1] else f"{rng[0]}..{rng[1]}"
        return f"{shown} (published)"
    if ev.get("date"):
        return ev["date"]
    return f"{rng[0]}..{rng[1]}" if rng else "undated"


def flag_note(ev: dict[str, Any]) -> str:
    """Short list of an event's flag kinds."""
    return ", ".join(f["kind"] for f in ev.get("flags") or [])


def events_cmd(fmt: FormatOption = "table", db: DbOption = None,
               type: Annotated[str | None, typer.Option("--type", help="PLOVER type")] = None,
               story: Annotated[str | None, typer.Option("--story", help="Story id")] = None,
               actor: Annotated[str | None, typer.Option("--actor", help="Actor id or name")]
               = None,
               show_all: Annotated[bool, typer.Option(
                   "--all", help="Also list events below the display confidence threshold.")]
               = False) -> None:
    """List fused events (one per real-world occurrence) with sources and conflicts: those
    the confidence model confirms, every one with --all."""
    check_format(fmt)
    store = open_store(db)
    evs = queries.list_events(store, type=type, story=story, actor=actor, limit=ALL,
                              min_confidence=min_confidence(show_all))
    if fmt == "jsonl":
        jsonl(evs)
        return
    table = Table("id", "date", "event", "description", "participants", "sources", "flags")
    for ev in evs:
        table.add_row(ev["id"], when(ev), label(ev), ev.get("description") or "",
                      names(ev["participants"]),
                      f"{ev['n_sources']} ({', '.join(ev['articles'])})", flag_note(ev))
    out.print(table)


def stories_cmd(fmt: FormatOption = "table", db: DbOption = None) -> None:
    """List stories: groups of articles about one unfolding story."""
    check_format(fmt)
    store = open_store(db)
    rows = queries.list_stories(store, limit=ALL)
    if fmt == "jsonl":
        jsonl(rows)
        return
    table = Table("id", "dates", "title", "articles", "events")
    for st in rows:
        rng = st.get("date_range")
        table.add_row(st["id"], f"{rng[0]}..{rng[1]}" if rng else "", st["title"] or "",
                      str(len(st["articles"])), str(len(st["events"])))
    out.print(table)


TIMELINE_MODALITIES = ("asserted", "planned")
TIMELINE_FORMATS = ("table", "jsonl", "csv")
PIPED_WIDTH = 100  # columns of timeline text written to a pipe or file (wrapped, never cut)


def timeline_events(store: Any, story_id: str, show_all: bool = False) -> list[dict[str, Any]]:
    """A story's events in date order (hypothetical and negated events, events with no
    known participant and events below the display confidence threshold only with
    ``show_all``)."""
    return [e for e in queries.list_events(store, story=story_id, limit=ALL,
                                           min_confidence=min_confidence(show_all))
            if show_all or (e.get("modality") in TIMELINE_MODALITIES and e.get("participants"))]


def event_cell(ev: dict[str, Any]) -> Text:
    """The event column: its description, then id, type and participants dimmed."""
    cell = Text(ev.get("description") or label(ev))
    cell.append(f"\n{ev['id']} · {label(ev)} · {names(ev['participants']) or 'no participant'}",
                style="dim")
    return cell


def story_timeline(store: Any, st: dict[str, Any], show_all: bool = False) -> Panel:
    """A panel with a story's summary and its events in date order, each with its
    description, sources and notes."""
    parts: list[Any] = []
    for s in st.get("summary") or []:
        parts.append(Text(f"“{s['text'].strip()}” [{s['article']}]", style="italic"))
    evs = timeline_events(store, st["id"], show_all)
    table = Table("date", "event", "sources", "notes", box=None, pad_edge=False, expand=True)
    table.columns[0].no_wrap = True
    table.columns[1].ratio = 5
    table.columns[2].ratio = 1
    table.columns[3].ratio = 2
    for ev in evs:
        notes = []
        if ev.get("flags"):
            notes.append("⚠ " + flag_note(ev))
        if ev.get("possibly_same"):
            notes.append("possibly same as " + ", ".join(
                f"{p['event']} ({p['score']:.2f})" for p in ev["possibly_same"][:2]))
        table.add_row(when(ev), event_cell(ev),
                      f"{ev['n_sources']}: " + ", ".join(ev["articles"]), "; ".join(notes))
    parts.append(table if evs else Text("(no events extracted)"))
    title = f"{st['id']}: {st['title'] or ''}"
    return Panel(Group(*parts), title=title, title_align="left")


def timeline_console() -> Console:
    """A console at the terminal's width; on a pipe or file, PIPED_WIDTH columns (or
    $COLUMNS), wrapping long lines instead of cutting them."""
    console = Console(highlight=False)
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console = Console(highlight=False, width=PIPED_WIDTH)
    return console


def timeline_rows(store: Any, stories: list[dict[str, Any]],
                  show_all: bool) -> list[dict[str, Any]]:
    """One export row (see views/EXPORT.md) per timeline record, story by story."""
    from eventwire.views.export import rows_of

    return [row for st in stories for row in rows_of(store, timeline_events(store, st["id"],
                                                                            show_all))]


def write_csv(rows: list[dict[str, Any]]) -> None:
    """Rows as CSV with the export's columns on stdout."""
    from eventwire.views.export import COLUMNS

    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def timeline_cmd(story: Annotated[str | None, typer.Argument(help="Story id (default: all)")]
                 = None, db: DbOption = None,
                 show_all: Annotated[bool, typer.Option(
                     "--all", help="Include hypothetical and negated events, events with no "
                              "known participant and events below the display confidence "
                              "threshold.")] = False,
                 fmt: Annotated[str, typer.Option(
                     "--format", help="table, jsonl or csv (one row per record, with its "
                                      "description; columns as in `export`)")] = "table"
                 ) -> None:
    """Print a readable timeline of one story (or every story): each record with a
    one-line description, its date, sources and notes."""
    if fmt not in TIMELINE_FORMATS:
        fail(f"--format: unknown format {fmt!r} ({', '.join(TIMELINE_FORMATS)})")
    store = open_store(db)
    if story:
        st = queries.get_story(store, story)
        if st is None:
            fail(f"{story}: no such story")
        stories = [st]
    else:
        stories = queries.list_stories(store, limit=ALL)
    if not stories:
        fail("no stories in the store (ingest some articles first)")
    if fmt == "jsonl":
        jsonl(timeline_rows(store, stories, show_all))
        return
    if fmt == "csv":
        write_csv(timeline_rows(store, stories, show_all))
        return
    console = timeline_console()
    for st in stories:
        console.print(story_timeline(store, st, show_all))


def readout_lines(ev: dict[str, Any]) -> list[Any]:
    """The sections of an event readout."""
    lines: list[Any] = [Text(ev.get("description") or label(ev), style="bold"),
                        Text(f"{label(ev)} — {when(ev)}"),
                        Text(f"participants: {names(ev['participants'])}"),
                        Text(f"sources: {ev['n_sources']} independent "
                             f"({', '.join(ev['articles'])})")]
    if ev.get("location"):
        lines.append(Text(f"location: {ev['location'].get('text', '')}"))
    lines.append(Text("date evidence:", style="bold"))
    for d in ev.get("date_evidence") or []:
        lines.append(Text(f"  {d['value']} ← “{d.get('text') or ''}” [{d['article']}]"))
    if not ev.get("date_evidence"):
        lines.append(Text("  none: no source dates this event"))
    lines.append(Text("what each side said:", style="bold"))
    for q in ev.get("quotes") or []:
        who = (q.get("speaker") or {}).get("text") or "unattributed"
        lines.append(Text(f"  {who}: “{q['content']}” [{q['article']}]"))
    if not ev.get("quotes"):
        lines.append(Text("  no attributed statements"))
    lines.append(Text("claims:", style="bold"))
    for c in ev.get("claims") or []:
        span = (c.get("span") or {}).get("text", "")
        lines.append(Text(f"  {c['kind']}: {c['value']} ← “{span}” [{c['article']}]"))
    for f in ev.get("flags") or []:
        lines.append(Text(f"⚠ {f['kind']}: {f['message']}", style="yellow"))
    for p in ev.get("promises") or []:
        lines.append(Text(f"promise {p['id']} ({p['status']}): {names(p['promiser'])} — "
                          f"{p.get('action') or ''} [{p.get('start') or '?'}..{p.get('end') or '?'}]"))
        for e in p.get("evidence") or []:
            lines.append(Text(f"    {e['kind']}: {e.get('text', '')}"))
    for p in ev.get("possibly_same") or []:
        lines.append(Text(f"possibly the same as {p['event']} (score {p['score']:.2f})"))
    lines.append(Text("mentions:", style="bold"))
    for m in ev.get("mentions") or []:
        lines.append(Text(f"  [{m['article']} {m['start']}-{m['end']}] "
                          f"{(m.get('sentence') or {}).get('text', '')}"))
    return lines


def readout_cmd(event: Annotated[str, typer.Argument(help="Event id")],
                db: DbOption = None) -> None:
    """One page on one event: participants, date evidence, statements, claims, conflicts,
    promises."""
    store = open_store(db)
    ev = queries.get_event(store, event)
    if ev is None:
        fail(f"{event}: no such event")
    out.print(Panel(Group(*readout_lines(ev)), title=ev["id"], title_align="left"))


def promises_cmd(db: DbOption = None, fmt: FormatOption = "table",
                 status: Annotated[str | None, typer.Option(
                     "--status", help="open, kept, broken or expired")] = None) -> None:
    """List tracked promises with their status and evidence."""
    check_format(fmt)
    if status and status not in ("open", "kept", "broken", "expired"):
        fail(f"--status: unknown status {status!r} (open, kept, broken, expired)")
    store = open_store(db)
    rows = queries.list_promises(store, status=status)
    if fmt == "jsonl":
        jsonl(rows)
        return
    table = Table("id", "status", "promiser", "action", "window", "evidence")
    for p in rows:
        ev = "; ".join(e.get("text", "") for e in p.get("evidence") or [])
        table.add_row(p["id"], p["status"], names(p["promiser"]), p.get("action") or "",
                      f"{p.get('start') or '?'}..{p.get('end') or '?'}", ev[:120])
    out.print(table)


def fuse_cmd(db: DbOption = None, rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Clear the fused record and rebuild it from every article.")] = False
             ) -> None:
    """Fuse stored articles that are not yet in the record (or rebuild it)."""
    from eventwire import fuse
    from eventwire.corpus import fuse_unfused

    store = open_store(db)
    try:
        with store.ingest_lock():
            result = fuse.rebuild(store) if rebuild else fuse_unfused(store)
    except Exception as exc:  # report in one line; the transaction was rolled back
        fail(f"fuse failed ({exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''})")
    out.print(", ".join(f"{k}: {len(v) if isinstance(v, list) else v}"
                        for k, v in result.items()) or "articles: 0 (the record is up to date)",
              markup=False)


def register(app: typer.Typer) -> None:
    """Add the record commands to the eventwire app."""
    app.command("events")(events_cmd)
    app.command("stories")(stories_cmd)
    app.command("timeline")(timeline_cmd)
    app.command("readout")(readout_cmd)
    app.command("promises")(promises_cmd)
    app.command("fuse")(fuse_cmd)
