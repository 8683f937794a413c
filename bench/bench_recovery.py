"""Crash recovery and concurrent writers: kill -9 during ingest, then the same command again.

Runs one uninterrupted ``eventwire ingest`` of a corpus (default: the packaged
samples) and times it; then, for each of ``--kills`` random moments within that
time, starts the same command on a fresh store, kills it with SIGKILL at that
moment, runs the command again and compares the record (articles, events,
stories, promises; timestamps aside) with the uninterrupted run's. Finally
runs two ingests of the corpus concurrently on one store and compares again.

    .venv/bin/python bench/bench_recovery.py [--kills 5] [--seed 0] [--corpus DIR]
        [--eventwire PATH] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eventwire.fuse import queries
from eventwire.store import Store


def record(db: Path) -> dict[str, Any]:
    """The record a user sees: articles, events, stories, promises."""
    store = Store(str(db))
    try:
        return queries.snapshot(store)
    finally:
        store.close()


def command(eventwire: str, corpus: str, db: Path) -> list[str]:
    """The ingest command line (one commit per article, so kills land between articles too)."""
    return [eventwire, "ingest", corpus, "--db", str(db), "--no-progress", "--batch-size", "1"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1] / "src"
                                                / "eventwire" / "data" / "samples"))
    parser.add_argument("--eventwire", default=str(Path(sys.executable).parent / "eventwire"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.db"
        t0 = time.monotonic()
        subprocess.run(command(args.eventwire, args.corpus, base), check=True,
                       capture_output=True)
        duration = time.monotonic() - t0
        expected = record(base)
        kills = []
        for k in range(args.kills):
            db = Path(tmp) / f"kill{k}.db"
            at = rng.uniform(0, duration)
            proc = subprocess.Popen(command(args.eventwire, args.corpus, db),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(at)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            stored = Store(str(db)).count_articles() if db.exists() else 0
            again = subprocess.run(command(args.eventwire, args.corpus, db), capture_output=True)
            kills.append({"killed_at_s": round(at, 1), "stored_when_killed": stored,
                          "rerun_rc": again.returncode, "record_equal": record(db) == expected})
        both = Path(tmp) / "both.db"
        procs = [subprocess.Popen(command(args.eventwire, args.corpus, both),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
        errs = [p.communicate()[1] for p in procs]
        concurrent = {"rcs": [p.returncode for p in procs],
                      "tracebacks": sum("Traceback" in e for e in errs),
                      "record_equal": record(both) == expected}
    result = {"corpus": args.corpus, "uninterrupted_seconds": round(duration, 1),
              "articles": len(expected["articles"]), "events": len(expected["events"]),
              "kills": kills, "kills_equal": sum(k["record_equal"] for k in kills),
              "concurrent": concurrent}
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
