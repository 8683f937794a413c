"""Real news: the VOA sentence-level PLOVER scorer on the tuning and checking parts.

``../shared/eval/voa/`` holds Voice of America stories with sentence-level
PLOVER annotations and its own scorer (``score.py``), which runs
``eventwire extract`` through the command line. The stories are split by story
id (``evaluation/splits.py``); each part's stories and annotations are written
to a temporary folder and scored separately. Reported per part: sentence×type
precision / recall / F1, document-level macro F1 over the 16 types and
source / target country on matched events.

    .venv/bin/python -m eventwire.evaluation.voa [--part tune|check] [--cli PATH] [--shown]

``--shown`` scores only the events the views show (``"shown": true``, confidence at
or above the display threshold): the scorer runs a wrapper that drops the others
from the ``extract`` output.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.evaluation.common import eval_path, print_table, skip, write_results
from eventwire.evaluation.splits import PARTS, part_of

Span = tuple[int, int]

NAME = "voa"
FOLDER = "voa"
STORIES = "dev_stories.jsonl"
ANNOTATIONS = "dev_annotations.jsonl"
SCORER = "score.py"
SUMMARY_KEYS = ("stories", "gold_events", "pred_events", "sent_type_p", "sent_type_r",
                "sent_type_f1", "doc_macro_f1", "src_country", "tgt_country",
                "false_from_unreal")


def default_cli() -> str:
    """The eventwire command next to this interpreter, else the one on PATH."""
    here = Path(sys.executable).with_name("eventwire")
    return str(here) if here.exists() else (shutil.which("eventwire") or "eventwire")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    """Write records as JSONL."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def story_part(record: dict[str, Any]) -> str:
    """The fixed part of a story or annotation record, keyed by the story id."""
    return part_of(str(record["id"]))


def located_candidates(part: str) -> Iterator[tuple[Any, list[tuple[Span, Span, str]], Any]]:
    """Every candidate of one part of the VOA stories, in process: each extraction (every
    candidate kept, ``OPTION_ALL_EVENTS``) with its gold events located in its text as
    (gold sentence span, gold quote span, gold type), and the shared scorer's ``overlap``."""
    from eventwire.corpus import extract
    from eventwire.extract.events import OPTION_ALL_EVENTS
    from eventwire.pipeline import Pipeline

    folder = eval_path("voa")
    sys.path.insert(0, str(folder.parent))
    from scoring import locate, overlap, sentence_of  # noqa: PLC0415

    stories = [s for s in read_jsonl(folder / STORIES) if story_part(s) == part]
    gold = {str(a["id"]): a["events"] for a in read_jsonl(folder / ANNOTATIONS)}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stories.jsonl"
        write_jsonl(path, [{k: s[k] for k in ("id", "title", "text", "published") if k in s}
                           for s in stories])
        pipeline = Pipeline()
        pipeline.ctx.options[OPTION_ALL_EVENTS] = True
        for ex in extract([str(path)], pipeline=pipeline):
            text = ex.to_dict()["text"]
            spans = [(sentence_of(text, *loc), loc, g["type"]) for g in gold[str(ex.article.id)]
                     if (loc := locate(g["quote"], text))]
            yield ex, spans, overlap


SHOWN_WRAPPER = """#!{python}
import json, subprocess, sys
args = sys.argv[1:]
code = subprocess.run([{cli!r}, *args]).returncode
if code == 0 and "--out" in args:
    path = args[args.index("--out") + 1]
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    for row in rows:
        row["events"] = [e for e in row.get("events", []) if e.get("shown", True)]
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\\n" for r in rows)
sys.exit(code)
"""


def shown_only(cli: str, folder: Path) -> str:
    """A command that runs ``cli`` and keeps only the shown events of ``extract --out``."""
    path = folder / "eventwire-shown"
    path.write_text(SHOWN_WRAPPER.format(python=sys.executable, cli=cli), encoding="utf-8")
    path.chmod(0o755)
    return str(path)


def score_part(folder: Path, part: str, cli: str, shown: bool = False) -> dict[str, Any]:
    """Run the VOA scorer on one part's stories and annotations (only the shown events with
    ``shown``); its JSON result."""
    stories = [s for s in read_jsonl(folder / STORIES) if story_part(s) == part]
    notes = [a for a in read_jsonl(folder / ANNOTATIONS) if story_part(a) == part]
    with tempfile.TemporaryDirectory(prefix=f"voa-{part}-") as tmp:
        sfile, afile = Path(tmp) / STORIES, Path(tmp) / ANNOTATIONS
        write_jsonl(sfile, stories)
        write_jsonl(afile, notes)
        if shown:
            cli = shown_only(cli, Path(tmp))
        proc = subprocess.run([sys.executable, str(folder / SCORER), str(sfile), str(afile),
                               "--cli", cli, "--json"], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"voa: scorer failed on the {part} part: "
                         f"{(proc.stderr or proc.stdout).strip()[-300:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Score the parts, print tables and write eval-results/voa.json."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=PARTS, help="score one part only (default: both)")
    ap.add_argument("--cli", default=None, help="the eventwire command to score")
    ap.add_argument("--shown", action="store_true",
                    help="score only the events at or above the display threshold")
    args = ap.parse_args(argv)
    folder = eval_path(FOLDER)
    if folder is None or not (folder / SCORER).exists():
        skip(f"VOA stories and scorer (eval/{FOLDER}/{SCORER})")
    cli = args.cli or default_cli()
    results = {}
    for part in (args.part,) if args.part else PARTS:
        results[part] = score_part(folder, part, cli, args.shown)
        which = ", shown events" if args.shown else ""
        print_table([(k, results[part][k]) for k in SUMMARY_KEYS if k in results[part]],
                    f"VOA real news ({part} part{which}): sentence × type and document level")
        print(f"  doc F1 by type  {results[part].get('doc_f1_by_type')}\n")
    print(f"wrote {write_results(NAME + ('-shown' if args.shown else ''), results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
