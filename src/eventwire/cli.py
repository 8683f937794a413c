"""The `eventwire` command line: thin argument parsing over the library."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from eventwire.cliutil import DbOption, err, fail, open_store, out, printable

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn news coverage of diplomacy and conflict into a cross-checked, "
                       "source-attributed event record.")
ActorsOption = Annotated[list[Path] | None, typer.Option(
    "--actors", help="Extra actor registry JSON file (repeatable).")]
PrivateOption = Annotated[bool, typer.Option(
    "--allow-private", help="Allow URLs on private, loopback and link-local addresses.")]
EXTRACTION_LINE = "eventwire.model:extraction_line"  # extract's output line of one article


WorkersOption = Annotated[int, typer.Option(
    "--workers", min=1, help="Worker processes for the NLP pipeline (default 1; with "
                             "--engine ray: actors, default one per CPU of the cluster).")]
EngineOption = Annotated[str, typer.Option(
    "--engine", help="local (this machine's processes) or ray (Ray actors; pip install "
                     "'eventwire[ray]').")]
BatchSizeOption = Annotated[int, typer.Option(
    "--batch-size", min=1, help="Articles per batch sent to spaCy and to each worker.")]
ProgressOption = Annotated[bool, typer.Option(
    help="Show a progress bar (documents/s, time left) when stderr is a terminal.")]
RayAddressOption = Annotated[str | None, typer.Option(
    "--ray-address", help="With --engine ray: 'auto' or ray://host:10001 joins a cluster "
                          "(default: a local Ray runtime with this machine's CPUs).")]
GemmOption = Annotated[str | None, typer.Option(
    "--gemm", help="Matrix kernel of the spaCy model: blis (default) or numpy (numpy's BLAS, "
                   "one thread; faster where blis falls back to its generic kernel). Default: "
                   "$EVENTWIRE_GEMM, else blis.")]
MaxBytesOption = Annotated[int | None, typer.Option(
    "--max-bytes", min=1, help="Refuse any input file, stdin or JSONL line larger than this "
                               "many bytes (default 20971520, 20 MB).")]


def choose_gemm(gemm: str | None) -> str:
    """The matrix kernel from ``--gemm`` or ``$EVENTWIRE_GEMM``, or a one-line error if bad."""
    from eventwire.annotate.gemm import resolve_gemm

    try:
        return resolve_gemm(gemm)
    except ValueError as exc:
        fail(str(exc))


def make_pipeline(actors: list[Path] | None, workers: int = 1, batch_size: int = 16,
                  engine: str = "local", ray_address: str | None = None,
                  gemm: str | None = None, encode: str | None = None):
    """The per-article pipeline (``encode``: see ``Pipeline``), or a one-line error if the
    actor files or engine are bad."""
    from eventwire.pipeline import Pipeline
    from eventwire.scale.engines import prepare

    problem = prepare(engine, ray_address)
    if problem:
        fail(problem)
    try:
        return Pipeline(actors_files=[str(p) for p in actors or []], batch_size=batch_size,
                        n_process=workers, engine=engine, ray_address=ray_address,
                        gemm=gemm, encode=encode)
    except (OSError, ValueError) as exc:
        fail(str(exc).splitlines()[0])


def progress_bar(label: str, paths: list[str], show: bool):
    """A progress bar on stderr for ``paths`` (counted up front when cheap)."""
    from eventwire.scale.progress import Bar, estimate_total

    return Bar(err, label, estimate_total(paths) if show else None, show)


def report_error(source: str, message: str) -> None:
    """Print a one-line error naming the input."""
    err.print(f"eventwire: {printable(source)}: {printable(message)}", markup=False)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, .jsonl, URLs or - .")],
    out_file: Annotated[Path | None, typer.Option("--out", help="Write JSONL here "
                                                  "(default: stdout).")] = None,
    actors: ActorsOption = None,
    allow_private: PrivateOption = False,
    workers: WorkersOption = 1,
    engine: EngineOption = "local",
    ray_address: RayAddressOption = None,
    batch_size: BatchSizeOption = 16,
    gemm: GemmOption = None,
    max_bytes: MaxBytesOption = None,
    progress: ProgressOption = True,
    all_events: Annotated[bool, typer.Option(
        "--all", help="Also keep candidate events the confidence model does not confirm.")]
    = False,
) -> None:
    """Extract per article (no database): one JSON object per article, one per line."""
    from eventwire.corpus import extract as run_extract
    from eventwire.extract.events import OPTION_ALL_EVENTS

    failures: list[str] = []
    kernel = choose_gemm(gemm)
    pipeline = make_pipeline(actors, workers, batch_size, engine, ray_address, kernel,
                             encode=EXTRACTION_LINE)  # the JSON is written where it is extracted
    pipeline.ctx.options[OPTION_ALL_EVENTS] = all_events
    sink = out_file.open("w", encoding="utf-8") if out_file else sys.stdout
    show = progress and err.is_terminal and (out_file is not None or not sys.stdout.isatty())
    try:
        with progress_bar("extract", paths, show) as bar:

            def on_error(source: str, message: str) -> None:
                failures.append(source)
                report_error(source, message)
                bar.advance()

            for line in run_extract(paths, pipeline=pipeline, allow_private=allow_private,
                                    max_bytes=max_bytes, on_error=on_error):
                sink.write(line)
                sink.flush()
                bar.advance()
    finally:
        if out_file:
            sink.close()
    if failures:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, .jsonl, URLs, "
                                               "feeds or - .")],
    db: DbOption = None,
    actors: ActorsOption = None,
    allow_private: PrivateOption = False,
    workers: WorkersOption = 1,
    engine: EngineOption = "local",
    ray_address: RayAddressOption = None,
    batch_size: BatchSizeOption = 16,
    gemm: GemmOption = None,
    max_bytes: MaxBytesOption = None,
    progress: ProgressOption = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Store articles (idempotent) with everything extracted from them; update the record."""
    from eventwire.corpus import ingest as run_ingest

    kernel = choose_gemm(gemm)
    store = open_store(db)
    pipeline = make_pipeline(actors, workers, batch_size, engine, ray_address, kernel)
    counts: Counter[str] = Counter()
    with progress_bar("ingest", paths, progress and err.is_terminal and not as_json) as bar:

        def on_article(status: str, name: str) -> None:
            counts[status] += 1
            bar.advance(" ".join(f"{k} {v}" for k, v in sorted(counts.items())))

        report = run_ingest(paths, store, pipeline=pipeline, allow_private=allow_private,
                            max_bytes=max_bytes, on_article=on_article)
    for source, message in report.failed:
        report_error(source, message)
    if as_json:
        out.print(json.dumps(report.to_dict(), ensure_ascii=False), markup=False)
    else:
        near = len(report.near_duplicates)
        out.print(f"ingested: {len(report.new)} new ({near} near-duplicate), "
                  f"{len(report.duplicates)} duplicate, {len(report.failed)} failed; "
                  f"{store.count_articles()} articles in {store.url}", markup=False)
        for art_id, of, score in report.near_duplicates:
            out.print(f"  near-duplicate: {art_id} ~ {of} (Jaccard {score:.2f})", markup=False)
        if report.fused:
            out.print("  record: " + ", ".join(
                f"{k.replace('_', ' ')} {len(v) if isinstance(v, list | tuple) else v}"
                for k, v in report.fused.items()), markup=False)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def articles(
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl")] = "table",
    db: DbOption = None,
) -> None:
    """List stored articles."""
    store = open_store(db)
    rows = store.articles()
    if fmt == "jsonl":
        for r in rows:
            out.print(json.dumps({k: r[k] for k in ("id", "title", "published", "url",
                                                    "duplicate_of")}, ensure_ascii=False),
                      markup=False)
        return
    if fmt != "table":
        fail(f"--format: unknown format {fmt!r} (table, jsonl)")
    from eventwire.views.present import article_label

    table = Table("id", "published", "title", "duplicate of", show_lines=False)
    for r in rows:
        title = r["title"] or article_label(None, (store.article(r["id"]) or {}).get("text"))
        table.add_row(r["id"], r["published"] or "", (title or "")[:100],
                      r["duplicate_of"] or "")
    out.print(table)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id.")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> None:
    """Show one stored article: clean text by block, quotes, events and flags."""
    store = open_store(db)
    data = store.extraction(article_id)
    if data is None:
        fail(f"{article_id}: no such article")
    if fmt == "json":
        out.print(json.dumps(data, ensure_ascii=False, indent=2), markup=False)
        return
    from eventwire.terminal import render_article

    out.print(render_article(data, store.article(article_id), store.removed(article_id)))


_registered: list[bool] = []


def register_subcommands() -> typer.Typer:
    """Add the record (fuse) and views commands to the app, once; return the app."""
    if not _registered:
        from eventwire.fuse.cli import register as register_fuse
        from eventwire.views.cli import register as register_views

        register_fuse(app)
        register_views(app)
        _registered.append(True)
    return app


def main() -> None:
    """Console-script entry point: every error ends as one line on stderr, never a traceback."""
    register_subcommands()
    try:
        app()
    except KeyboardInterrupt:
        err.print("eventwire: interrupted", markup=False)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: one line, non-zero exit
        first = str(exc).splitlines()[0] if str(exc) else ""
        err.print(f"eventwire: unexpected error ({exc.__class__.__name__}: {printable(first)})",
                  markup=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
