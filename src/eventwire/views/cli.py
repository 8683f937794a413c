"""Commands of the views: `serve`, `report` and `export` (thin wrappers over the library)."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cliutil import DbOption, fail, open_store

ENV_TOKEN = "EVENTWIRE_TOKEN"


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    db: DbOption = None,
    token: Annotated[str | None, typer.Option(
        "--token", help=f"Token for POST /api/ingest (default: ${ENV_TOKEN}); "
                        "without one, ingest over HTTP is disabled.")] = None,
    private: Annotated[bool, typer.Option(
        "--private", help="Require the token for reads too.")] = False,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, max=64, help="Server processes (each with its own answer "
                                         "cache); default 1.")] = 1,
    max_body: Annotated[int | None, typer.Option(
        "--max-body-bytes", min=1024, help="Largest request body accepted (default 16 MiB); "
                                           "bigger ones get 413 before they are read.")] = None,
) -> None:
    """Serve the web UI and the JSON API (docs at /docs)."""
    import uvicorn

    from eventwire.views import api, guard

    max_body = max_body or guard.DEFAULT_MAX_BODY
    token = token or os.environ.get(ENV_TOKEN) or None
    if private and not token:
        fail(f"--private needs a token (--token or ${ENV_TOKEN})")
    store = open_store(db)
    _check_port(host, port)
    typer.echo(f"eventwire: serving http://{host}:{port}/ (API docs at /docs"
               f"{f', {workers} workers' if workers > 1 else ''})", err=True)
    try:
        if workers == 1:
            app = api.create_app(store, token=token, private_reads=private, max_body=max_body)
            uvicorn.run(app, host=host, port=port, log_level="warning")
            return
        store.close()
        os.environ.update({api.ENV_DB: store.url, api.ENV_TOKEN: token or "",
                           api.ENV_PRIVATE: "1" if private else "",
                           api.ENV_MAX_BODY: str(max_body)})
        uvicorn.run("eventwire.views.api:app_from_env", factory=True, host=host, port=port,
                    workers=workers, log_level="warning")
    except (OSError, SystemExit):
        fail(f"cannot serve on {host}:{port}")


def _check_port(host: str, port: int) -> None:
    """Fail with one line when the address cannot be listened on (in use, unknown host)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(infos[0][4])
    except OSError as exc:
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})")


def report(
    story: Annotated[str | None, typer.Argument(help="Story id (default: every story).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
    out: Annotated[Path | None, typer.Option("--out", help="Write here (default: stdout).")]
    = None,
    db: DbOption = None,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Also report events below the display confidence threshold.")] = False,
) -> None:
    """A briefing: summary, timeline, events, quotes, conflicts, promises, with citations."""
    from eventwire.views.data import ViewError
    from eventwire.views.report import render

    try:
        text = render(open_store(db), story, fmt, show_all)
    except ViewError as exc:
        fail(str(exc))
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{out}: cannot write ({exc.strerror or exc})")


def export(
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl or parquet.")],
    out: Annotated[Path, typer.Option("--out", help="The file to write.")],
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO-3 country of a participant.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor id of a participant.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date.")] = None,
    story: Annotated[str | None, typer.Option(help="Story id.")] = None,
    db: DbOption = None,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Also export events below the display confidence threshold.")] = False,
) -> None:
    """Export fused events, one row per event, with PLOVER-style columns (events the
    confidence model confirms; every event with --all)."""
    from eventwire.views.data import ViewError
    from eventwire.views.export import export as run_export
    from eventwire.views.visibility import min_confidence

    try:
        n = run_export(open_store(db), fmt, out, type=type.upper() if type else None,
                       country=country, actor=actor, date_from=date_from, date_to=date_to,
                       story=story,
                       min_confidence=min_confidence(show_all))
    except ViewError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{out}: cannot write ({exc.strerror or exc})")
    typer.echo(f"eventwire: wrote {n} event(s) to {out}", err=True)


def register(app: typer.Typer) -> None:
    """Add `serve`, `report` and `export` to the eventwire command line."""
    app.command("serve")(serve)
    app.command("report")(report)
    app.command("export")(export)
