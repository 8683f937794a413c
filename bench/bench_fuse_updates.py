"""Benchmark: CPU time and memory of each fusion update while a JSONL file is ingested.

Stores every document of the file without fusing it (``ingest(..., fuse=False)``)
in a temporary SQLite store, then fuses the stored articles in updates of
``--chunk`` articles, as ``eventwire ingest`` does, and prints each update's CPU
seconds, the events it created and updated, and the process's RSS and peak RSS
after it (a run that stores the documents itself loads the language model, and
its peak includes it; a run on a kept ``--store`` loads none).
``--docs N`` ingests N documents of the bench corpus instead (40–120 words each,
the file of ``bench_ingest.py --rss N``). ``--store DB`` keeps (and reuses) the
unfused store. A benchmark, not a test.

    .venv/bin/python bench/bench_fuse_updates.py (FILE.jsonl | --docs 10000) [--chunk 1000]
        [--store DB]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as bench_corpus  # noqa: E402

DOC_WORDS = (40, 120)  # words per document of ``--docs`` (as ``bench_ingest.py --rss``)


def rss_mb() -> float:
    """The process's current resident set size in MB."""
    with open("/proc/self/status", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    """The process's peak resident set size in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    from eventwire.corpus import ingest
    from eventwire.fuse import update
    from eventwire.store import Store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path, nargs="?", help="JSONL file of documents")
    ap.add_argument("--docs", type=int, help="ingest this many bench documents instead")
    ap.add_argument("--chunk", type=int, default=1000, help="articles per fusion update")
    ap.add_argument("--store", type=Path, help="keep the unfused store here (reused if present)")
    args = ap.parse_args(argv)
    if (args.file is None) == (args.docs is None):
        ap.error("give a JSONL file or --docs N")
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-fuse-") as tmp:
        db = Path(tmp) / "fused.db"
        if args.file is None:
            args.file = Path(tmp) / f"docs-{args.docs}.jsonl"
            bench_corpus.write_jsonl(args.file, args.docs, DOC_WORDS)
        if args.store and args.store.is_file():
            shutil.copyfile(args.store, db)
        else:
            c0 = time.process_time()
            report = ingest([str(args.file)], Store(f"sqlite:///{db}"), fuse=False)
            print(f"stored {len(report.new)} articles in {time.process_time() - c0:.0f} s CPU")
            if args.store:
                shutil.copyfile(db, args.store)
        store = Store(f"sqlite:///{db}")
        ids = store.unfused_ids()
        total = time.process_time()
        for i in range(0, len(ids), args.chunk):
            c0 = time.process_time()
            r = update(store, ids[i:i + args.chunk])
            print(f"update {i // args.chunk}: {time.process_time() - c0:.1f} s CPU, "
                  f"{len(r['events_new'])} new events, {len(r['events_updated'])} updated, "
                  f"RSS {rss_mb():.0f} MB, peak {peak_mb():.0f} MB", flush=True)
        store.close()
    print(f"fusion {time.process_time() - total:.0f} s CPU, peak RSS {peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
