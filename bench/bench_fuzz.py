"""Fuzz run of the ingest path: generated hostile inputs through the library and the CLI.

Library: each input is written to a file and read through ``corpus.extract``
(``read_sources`` -> ``build_article`` -> ``Pipeline.run``); counts exceptions
that escape, inputs over 10 s of CPU time (the bound; a shared busy machine
inflates wall-clock time, which is reported too), the costliest inputs by CPU
time and by peak RSS, and per-category figures. CLI: batches of three good
articles plus one generated input go through ``eventwire ingest``; checks that
every error is one line (no traceback) and that every good article is stored.

Inputs are numbered by seed, so a long run splits into chunks of seeds:
``--chunk-dir`` runs ``--inputs`` seeds from ``--seed`` as chunks of
``--chunk-size``, each in a fresh process writing its own JSON, and skips the
chunks already complete (a stopped run resumes). ``--merge`` sums chunk JSONs;
``--rerun-top`` runs the costliest inputs of earlier runs again (after a change).

    .venv/bin/python bench/bench_fuzz.py [--inputs 2000] [--cli-batches 10] [--seed 0]
        [--eventwire PATH] [--json FILE] [--top 20]
    .venv/bin/python bench/bench_fuzz.py --inputs 100000 --seed 0 --chunk-size 1000 \
        --chunk-dir DIR [--cli-batches 300]
    .venv/bin/python bench/bench_fuzz.py --merge DIR/*.json [--json FILE]
    .venv/bin/python bench/bench_fuzz.py --rerun-top DIR/*.json [--json FILE]
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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fuzz_inputs import generate, news_texts  # noqa: E402

SLOW_SECONDS = 10.0
SNAPSHOT_EVERY = 25  # inputs between summaries written to --json during a run
TOP = 20  # costliest inputs kept, by CPU time and by peak RSS
EXAMPLES = 10  # unhandled / slow examples kept
STATUS = Path("/proc/self/status")
CLEAR_REFS = Path("/proc/self/clear_refs")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _status_mb(key: str) -> float | None:
    """A memory figure (``VmHWM``, ``VmRSS``) of this process from /proc, in MB."""
    try:
        for line in STATUS.read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark of this process, so it measures one input."""
    try:
        CLEAR_REFS.write_text("5")
        return True
    except OSError:
        return False


class Tally:
    """Figures of a library run: counts, per-category costs, costliest inputs."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.inputs = 0
        self.by_category: Counter[str] = Counter()
        self.outcomes: Counter[str] = Counter()
        self.escaped: list[dict] = []
        self.slow: list[dict] = []
        self.over_cpu = self.over_wall = 0
        self.cat: dict[str, dict[str, float]] = {}
        self.records: list[dict] = []
        self.started = time.perf_counter()

    def add(self, rec: dict) -> None:
        """Count one input's record."""
        self.inputs += 1
        self.by_category[rec["category"]] += 1
        self.outcomes[rec["outcome"]] += 1
        self.over_cpu += rec["cpu"] > SLOW_SECONDS
        self.over_wall += rec["wall"] > SLOW_SECONDS
        if rec["cpu"] > SLOW_SECONDS and len(self.slow) < EXAMPLES:
            self.slow.append(rec)
        c = self.cat.setdefault(rec["category"], {"inputs": 0, "cpu_total": 0.0, "cpu_max": 0.0,
                                                  "wall_max": 0.0, "peak_rss_mb_max": 0.0})
        c["inputs"] += 1
        c["cpu_total"] += rec["cpu"]
        c["cpu_max"] = max(c["cpu_max"], rec["cpu"])
        c["wall_max"] = max(c["wall_max"], rec["wall"])
        c["peak_rss_mb_max"] = max(c["peak_rss_mb_max"], rec.get("peak_rss_mb") or 0.0)
        self.records.append(rec)
        if len(self.records) > 4 * TOP:
            self.records = _top_union(self.records)

    def summary(self, complete: bool = False) -> dict:
        """The run's figures as JSON-ready data."""
        records = _top_union(self.records)
        return {"inputs": self.inputs, "seed": self.seed, "complete": complete,
                "categories": dict(self.by_category), "outcomes": dict(self.outcomes),
                "unhandled": len(self.escaped), "unhandled_examples": self.escaped[:EXAMPLES],
                "over_10s_cpu": self.over_cpu, "over_10s_wall": self.over_wall,
                "slow_examples": self.slow,
                "max_cpu_seconds": max((r["cpu"] for r in records), default=0.0),
                "max_wall_seconds": max((r["wall"] for r in records), default=0.0),
                "peak_rss_mb": round(max([peak_rss_mb()] + [c["peak_rss_mb_max"]
                                                             for c in self.cat.values()])),
                "per_category": {k: _rounded(v) for k, v in sorted(self.cat.items())},
                "top_cpu": _top(records, "cpu"), "top_rss": _top(records, "peak_rss_mb"),
                "wall_seconds": round(time.perf_counter() - self.started)}


def _rounded(stats: dict[str, float]) -> dict[str, float]:
    """Per-category figures rounded for output, with the mean CPU time."""
    out = {k: round(v, 3) for k, v in stats.items()}
    out["cpu_mean"] = round(stats["cpu_total"] / max(stats["inputs"], 1), 3)
    return out


def _top(records: list[dict], key: str) -> list[dict]:
    """The TOP records with the highest ``key``."""
    return sorted(records, key=lambda r: r.get(key) or 0.0, reverse=True)[:TOP]


def _top_union(records: list[dict]) -> list[dict]:
    """The records in the top lists by CPU time or by peak RSS (no duplicates)."""
    keep = {id(r): r for r in _top(records, "cpu") + _top(records, "peak_rss_mb")}
    return list(keep.values())


def run_library(n: int, seed: int, folder: Path, snapshot: Path | None = None,
                seeds: list[int] | None = None) -> dict:
    """Push ``n`` generated inputs (or those of ``seeds``) through the library, one at a time.

    With ``snapshot`` the summary so far is written there every SNAPSHOT_EVERY inputs.
    """
    from eventwire.annotate.nlp import load_nlp
    from eventwire.corpus import extract
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.warm_up(load_nlp())  # loading is paid once per process, not by the first input
    tally = Tally(seed)
    per_input_peak = reset_peak()
    for k in seeds if seeds is not None else range(seed, seed + n):
        category, name, data = generate(k)
        path = folder / f"{k}_{name}"
        path.write_bytes(data)
        rec: dict[str, Any] = {"seed": k, "category": category, "name": name, "bytes": len(data)}
        if per_input_peak:
            reset_peak()
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            got = list(extract([str(path)], pipeline=pipeline, on_error=lambda src, msg: None))
            rec["outcome"] = "article" if got else "refused"
            rec["articles"] = len(got)
            del got
        except Exception as exc:  # exactly what this run counts
            rec["outcome"] = "unhandled"
            tally.escaped.append({"seed": k, "category": category, "error": repr(exc)[:300],
                                  "where": traceback.format_exc().splitlines()[-3:]})
        rec["wall"] = round(time.perf_counter() - t0, 3)
        rec["cpu"] = round(time.process_time() - c0, 3)
        hwm = _status_mb("VmHWM") if per_input_peak else None
        rec["peak_rss_mb"] = round(hwm if hwm is not None else peak_rss_mb(), 1)
        tally.add(rec)
        path.unlink()
        if snapshot and tally.inputs % SNAPSHOT_EVERY == 0:
            write_json(snapshot, {"library": tally.summary()})
    return tally.summary(complete=True)


def run_cli(batches: int, seed: int, folder: Path, eventwire: str) -> dict:
    """Batches of three good articles and one generated input through ``eventwire ingest``."""
    from eventwire.store import Store

    good_texts = news_texts()
    tracebacks = multi_line = lost = bad_rc = 0
    bad: list[dict] = []
    categories: Counter[str] = Counter()
    for b in range(batches):
        batch = folder / f"batch{b}"
        batch.mkdir()
        goods = []
        for i in range(3):
            p = batch / f"good{i}.txt"
            p.write_text(good_texts[i] + f"\n\nDispatch {seed}-{b}-{i}.\n", encoding="utf-8")
            goods.append(str(p))
        category, name, data = generate(seed + b)
        categories[category] += 1
        (batch / f"zz_{name}").write_bytes(data)
        db = batch / "store.db"
        proc = subprocess.run([eventwire, "ingest", str(batch), "--db", str(db), "--no-progress"],
                              capture_output=True, text=True, errors="replace", timeout=600)
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        n_tb = "Traceback" in proc.stderr
        n_multi = any(not ln.startswith("eventwire: ") for ln in lines)
        n_rc = proc.returncode not in (0, 1) or (proc.returncode == 1) != bool(lines)
        stored = {a["source"] for a in Store(str(db)).articles()}
        n_lost = sum(1 for g in goods if g not in stored)
        tracebacks += n_tb
        multi_line += n_multi
        bad_rc += n_rc
        lost += n_lost
        if (n_tb or n_multi or n_rc or n_lost) and len(bad) < EXAMPLES:
            bad.append({"seed": seed + b, "category": category, "rc": proc.returncode,
                        "stderr": proc.stderr[-500:]})
        for p in batch.iterdir():
            p.unlink()
        batch.rmdir()
    return {"batches": batches, "seed": seed, "complete": True, "categories": dict(categories),
            "tracebacks": tracebacks, "non_one_line_errors": multi_line,
            "good_articles_lost": lost, "unexpected_exit_codes": bad_rc, "bad_examples": bad}


def merge(parts: list[dict]) -> dict:
    """One summary of several chunk results (library and CLI parts summed)."""
    libs = [p["library"] for p in parts if p.get("library")]
    clis = [p["cli"] for p in parts if p.get("cli")]
    out: dict[str, Any] = {}
    if libs:
        cats: dict[str, dict[str, float]] = {}
        for lib in libs:
            for name, c in lib.get("per_category", {}).items():
                m = cats.setdefault(name, {"inputs": 0, "cpu_total": 0.0, "cpu_max": 0.0,
                                           "wall_max": 0.0, "peak_rss_mb_max": 0.0})
                m["inputs"] += c["inputs"]
                m["cpu_total"] += c["cpu_total"]
                for key in ("cpu_max", "wall_max", "peak_rss_mb_max"):
                    m[key] = max(m[key], c[key])
        records = [r for lib in libs for r in lib.get("top_cpu", []) + lib.get("top_rss", [])]
        unique = list({r["seed"]: r for r in records}.values())
        out["library"] = {
            "chunks": len(libs), "complete_chunks": sum(bool(x.get("complete")) for x in libs),
            "inputs": sum(x["inputs"] for x in libs),
            "seed_ranges": sorted([x["seed"], x["seed"] + x["inputs"]] for x in libs),
            "categories": dict(sum((Counter(x["categories"]) for x in libs), Counter())),
            "outcomes": dict(sum((Counter(x["outcomes"]) for x in libs), Counter())),
            "unhandled": sum(x["unhandled"] for x in libs),
            "unhandled_examples": [e for x in libs for e in x["unhandled_examples"]][:EXAMPLES],
            "over_10s_cpu": sum(x["over_10s_cpu"] for x in libs),
            "over_10s_wall": sum(x["over_10s_wall"] for x in libs),
            "max_cpu_seconds": max(x["max_cpu_seconds"] for x in libs),
            "max_wall_seconds": max(x["max_wall_seconds"] for x in libs),
            "peak_rss_mb": round(max([x["peak_rss_mb"] for x in libs]
                                     + [c["peak_rss_mb_max"] for c in cats.values()])),
            "cpu_seconds_total": round(sum(c["cpu_total"] for c in cats.values()), 1),
            "per_category": {k: _rounded(v) for k, v in sorted(cats.items())},
            "top_cpu": _top(unique, "cpu"), "top_rss": _top(unique, "peak_rss_mb"),
            "wall_seconds": sum(x["wall_seconds"] for x in libs)}
    if clis:
        out["cli"] = {"batches": sum(x["batches"] for x in clis),
                      "categories": dict(sum((Counter(x.get("categories", {})) for x in clis),
                                             Counter()))}
        for key in ("tracebacks", "non_one_line_errors", "good_articles_lost",
                    "unexpected_exit_codes"):
            out["cli"][key] = sum(x[key] for x in clis)
        out["cli"]["bad_examples"] = [e for x in clis for e in x.get("bad_examples", [])][:EXAMPLES]
    return out


def top_seeds(path: Path) -> list[int]:
    """The seeds of the costliest inputs (by CPU time and by peak RSS) of a result JSON."""
    data = json.loads(path.read_text(encoding="utf-8"))
    lib = data.get("library", {}) if "seed_ranges" in data.get("library", {}) else \
        merge([data]).get("library", {})  # a merged summary already holds the top lists
    return [r["seed"] for r in lib.get("top_cpu", []) + lib.get("top_rss", [])]


def write_json(path: Path, data: dict) -> None:
    """Write ``data`` as indented UTF-8 JSON, atomically."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def _complete(path: Path, part: str) -> bool:
    """Whether the chunk JSON at ``path`` holds a complete ``part`` ("library" or "cli")."""
    try:
        return bool(json.loads(path.read_text(encoding="utf-8"))[part]["complete"])
    except (OSError, ValueError, KeyError, TypeError):
        return False


def run_chunks(args: argparse.Namespace) -> None:
    """Run the seed range as chunks, each in a fresh process; skip complete chunks."""
    folder: Path = args.chunk_dir
    folder.mkdir(parents=True, exist_ok=True)
    me = [sys.executable, str(Path(__file__).resolve()), "--eventwire", args.eventwire]
    jobs = [("library", s, min(args.chunk_size, args.seed + args.inputs - s))
            for s in range(args.seed, args.seed + args.inputs, args.chunk_size)]
    jobs += [("cli", s, min(args.chunk_size, args.seed + args.cli_batches - s))
             for s in range(args.seed, args.seed + args.cli_batches, args.chunk_size)]
    for part, start, count in jobs:
        path = folder / f"{'lib' if part == 'library' else 'cli'}-{start:07d}-{count}.json"
        if _complete(path, part):
            continue
        sizes = ["--inputs", str(count), "--cli-batches", "0"] if part == "library" else \
            ["--inputs", "0", "--cli-batches", str(count)]
        print(f"chunk {path.name}", file=sys.stderr, flush=True)
        subprocess.run(me + sizes + ["--seed", str(start), "--json", str(path)], check=False,
                       stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=2000)
    parser.add_argument("--cli-batches", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--eventwire", default=str(Path(sys.executable).parent / "eventwire"))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--chunk-dir", type=Path, help="run as resumable chunks, JSON here")
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--merge", type=Path, nargs="+", help="chunk JSONs to sum up")
    parser.add_argument("--rerun-top", type=Path, nargs="+",
                        help="run again the costliest inputs (top_cpu, top_rss) of these JSONs")
    args = parser.parse_args()
    missing = [str(p) for p in (args.merge or []) + (args.rerun_top or []) if not p.is_file()]
    if missing:
        parser.error(f"no such result file: {missing[0]}")
    if args.chunk_dir:
        run_chunks(args)
        return
    if args.rerun_top:
        seeds = sorted({k for p in args.rerun_top for k in top_seeds(p)})
        with tempfile.TemporaryDirectory() as tmp:
            result = {"library": run_library(len(seeds), 0, Path(tmp), args.json, seeds)}
    elif args.merge:
        result = merge([json.loads(p.read_text(encoding="utf-8")) for p in args.merge
                        if p != args.json])
    else:
        result = {}
        with tempfile.TemporaryDirectory() as tmp:
            if args.inputs:
                result["library"] = run_library(args.inputs, args.seed, Path(tmp), args.json)
            if args.cli_batches:
                result["cli"] = run_cli(args.cli_batches, args.seed, Path(tmp), args.eventwire)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        write_json(args.json, result)


if __name__ == "__main__":
    main()
