"""Fuzz run of the ingest path: generated hostile inputs through the library and the CLI.

Library: each input is written to a file and read through ``corpus.extract``
(``read_sources`` -> ``build_article`` -> ``Pipeline.run``); counts exceptions
that escape, inputs over 10 s (wall clock, and CPU time, which a shared busy
machine does not inflate), the slowest inputs and the peak RSS. CLI: batches of three good
articles plus one generated input go through ``eventwire ingest``; checks that
every error is one line (no traceback) and that every good article is stored.

    .venv/bin/python bench/bench_fuzz.py [--inputs 2000] [--cli-batches 10] [--seed 0]
        [--eventwire PATH] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fuzz_inputs import generate, news_texts  # noqa: E402

SLOW_SECONDS = 10.0
SNAPSHOT_EVERY = 25  # inputs between summaries written to --json during a run


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_library(n: int, seed: int, folder: Path, snapshot: Path | None = None) -> dict:
    """Push ``n`` generated inputs through the library entry point, one at a time.

    With ``snapshot`` the summary so far is written there every SNAPSHOT_EVERY inputs.
    """
    from eventwire.corpus import extract
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline()
    escaped: list[dict] = []
    slow: list[dict] = []
    by_category: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    worst = [0.0, "", 0.0, ""]  # wall seconds, input, CPU seconds, input
    slow_cpu = 0
    started = time.perf_counter()

    def summary(done: int) -> dict:
        return {"inputs": done, "seed": seed, "categories": dict(by_category),
                "outcomes": dict(outcomes), "unhandled": len(escaped),
                "unhandled_examples": escaped[:10], "over_10s_wall": len(slow),
                "over_10s_cpu": slow_cpu, "slow_examples": slow[:10],
                "slowest_cpu_seconds": round(worst[2], 2), "slowest_cpu_input": worst[3],
                "slowest_seconds": round(worst[0], 2), "slowest_input": worst[1],
                "peak_rss_mb": round(peak_rss_mb()),
                "wall_seconds": round(time.perf_counter() - started)}

    for done, k in enumerate(range(seed, seed + n), 1):
        category, name, data = generate(k)
        by_category[category] += 1
        path = folder / f"{k}_{name}"
        path.write_bytes(data)
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            got = list(extract([str(path)], pipeline=pipeline,
                               on_error=lambda src, msg: None))
            outcomes["article" if got else "refused"] += 1
        except Exception as exc:  # exactly what this run counts
            escaped.append({"seed": k, "category": category, "error": repr(exc)[:300],
                            "where": traceback.format_exc().splitlines()[-3:]})
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        slow_cpu += cpu > SLOW_SECONDS
        if cpu > worst[2]:
            worst[2:] = [cpu, f"{k}:{category}"]
        if seconds > worst[0]:
            worst[:2] = [seconds, f"{k}:{category}"]
        if seconds > SLOW_SECONDS:
            slow.append({"seed": k, "category": category, "seconds": round(seconds, 1),
                         "cpu_seconds": round(cpu, 1)})
        path.unlink()
        if snapshot and done % SNAPSHOT_EVERY == 0:
            snapshot.write_text(json.dumps({"library": summary(done)}, indent=2) + "\n",
                                encoding="utf-8")
    return summary(n)


def run_cli(batches: int, seed: int, folder: Path, eventwire: str) -> dict:
    """Batches of three good articles and one generated input through ``eventwire ingest``."""
    from eventwire.store import Store

    good_texts = news_texts()
    tracebacks = multi_line = lost = bad_rc = 0
    for b in range(batches):
        batch = folder / f"batch{b}"
        batch.mkdir()
        goods = []
        for i in range(3):
            p = batch / f"good{i}.txt"
            p.write_text(good_texts[i] + f"\n\nDispatch {seed}-{b}-{i}.\n", encoding="utf-8")
            goods.append(str(p))
        category, name, data = generate(seed + b)
        (batch / f"zz_{name}").write_bytes(data)
        db = batch / "store.db"
        proc = subprocess.run([eventwire, "ingest", str(batch), "--db", str(db), "--no-progress"],
                              capture_output=True, text=True, errors="replace", timeout=600)
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        tracebacks += "Traceback" in proc.stderr
        multi_line += any(not ln.startswith("eventwire: ") for ln in lines)
        bad_rc += proc.returncode not in (0, 1) or (proc.returncode == 1) != bool(lines)
        stored = {a["source"] for a in Store(str(db)).articles()}
        lost += sum(1 for g in goods if g not in stored)
    return {"batches": batches, "tracebacks": tracebacks, "non_one_line_errors": multi_line,
            "good_articles_lost": lost, "unexpected_exit_codes": bad_rc}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=2000)
    parser.add_argument("--cli-batches", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--eventwire", default=str(Path(sys.executable).parent / "eventwire"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = {"library": run_library(args.inputs, args.seed, Path(tmp), args.json)}
        if args.cli_batches:
            result["cli"] = run_cli(args.cli_batches, args.seed, Path(tmp), args.eventwire)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
