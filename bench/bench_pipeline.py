"""Benchmark: the full eventwire pipeline against bare spaCy on the same corpus, in one run.

The corpus is at least 2,000 documents of 100-300 words recombined from real
news paragraphs (the VOA stories and the story sets) when the evaluation data
is present (``EVENTWIRE_EVAL_DIR`` or ``../shared/eval``), otherwise from the
packaged samples (``bench/corpus.py``; built in memory). Bare spaCy is the
model as shipped, with the same batch size; the two are timed in turn over
small chunks of the corpus (which of them goes first alternates), so load
from other processes falls on both. Prints words/s of each, their ratio by
wall-clock time and by CPU time of this process (the steadier figure on a
machine shared with other work), the pipeline's CPU seconds split into
spaCy with the pipeline's plumbing and each component (as shares of bare
spaCy's) and the peak RSS; ``--workers N`` adds the
pipeline with N forked processes, ``--ray N`` the Ray engine on a local
runtime with N CPUs, timed on the same chunks in turn (its ratio is against
the one-process pipeline; its CPU seconds are the workers', then also the
driver's and those of Ray's own processes, and the share of the workers'
time without a batch to run, before their first batch of a turn, between
batches and after their last; start-up is reported apart). As in
``extract --engine ray``, the actors return each article's output line
(``Pipeline(encode=...)``), so the one process's time in Ray's ratio
includes making the same lines from its results, timed right after each of
its turns (``--objects``: the actors return Extraction objects, as for
``ingest``, and the lines are left out of both). It also prints each side's
CPU milliseconds per document (the workers' inside and outside their
batches, the driver's, Ray's own processes'), the size of a batch's reply
and the driver's CPU collecting them.
``--gemm numpy``
makes thinc multiply matrices with numpy (its OpenBLAS, one thread) instead
of blis, for bare spaCy, the pipeline and its Ray workers alike (the
product's ``--gemm`` setting, ``eventwire.annotate.gemm``): blis picks its
slow generic kernel on CPUs it does not recognise (``BLIS_ARCH_DEBUG=1``
prints the choice). ``--gemm both`` times instead the pipeline with blis
against the pipeline with numpy, in turns on the same chunks (which goes
first alternates), and checks their outputs are identical. A benchmark, not
a test: no thresholds.

    .venv/bin/python bench/bench_pipeline.py [--docs 2000] [--batch-size 16] [--workers N] [--ray N] [--objects] [--gemm blis|numpy|both] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as bench_corpus  # noqa: E402

WORD_RE = re.compile(r"\S+")
DOC_WORDS = (100, 300)
MIN_DOCS = 2000
CHUNK_DOCS = 160  # documents per timing round (10 batches of 16); the Ray engine runs whole rounds
TURN_DOCS = 32  # documents bare spaCy and the pipeline each run in turn within a round
BOTH = "both"  # --gemm both: the pipeline on each kernel, in turns


def corpus(n_docs: int) -> list[dict]:
    """The benchmark corpus as JSONL-like records (id, text, published)."""
    return list(bench_corpus.documents(n_docs, DOC_WORDS))


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def chunks(items: list, size: int) -> list[list]:
    """``items`` in consecutive chunks of ``size``."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def use_gemm(gemm: str) -> None:
    """Make ``gemm`` the kernel of every model loaded from now on (bare spaCy's too)."""
    from eventwire.annotate.gemm import select_gemm
    from eventwire.annotate.gemm import use_gemm as use_ops

    use_ops(select_gemm(gemm))


def run_kernels(n_docs: int, batch_size: int) -> dict[str, Any]:
    """Time the pipeline with blis against the pipeline with numpy, in turns on the same chunks."""
    from eventwire.annotate.gemm import GEMMS
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    docs = corpus(n_docs)
    words = sum(len(WORD_RE.findall(d["text"])) for d in docs)
    articles = [Article(id=d["id"], text=d["text"], published=d["published"]) for d in docs]
    pipelines = {g: Pipeline(batch_size=batch_size, gemm=g) for g in GEMMS}
    for p in pipelines.values():
        p.warm_up(p.load_model())
    took = {g: [0.0, 0.0] for g in GEMMS}  # wall and CPU seconds
    lines: dict[str, list[str]] = {g: [] for g in GEMMS}
    for turn, part in enumerate(chunks(articles, TURN_DOCS)):
        for g in GEMMS if turn % 2 == 0 else GEMMS[::-1]:

            def runner(part: list, g: str = g) -> None:
                lines[g] += [json.dumps(ex.to_dict(), ensure_ascii=False)
                             if hasattr(ex, "to_dict") else repr(ex)
                             for ex in pipelines[g].run(part)]

            timed(runner, part, took[g])
    out: dict[str, Any] = {"documents": len(docs), "words": words,
                           "corpus": bench_corpus.paragraphs()[1],
                           "identical_outputs": lines["blis"] == lines["numpy"],
                           "differing_documents": sum(a != b for a, b in
                                                      zip(lines["blis"], lines["numpy"], strict=True)),
                           "load_average": os.getloadavg()[0], "peak_rss_mb": peak_rss_mb()}
    for g, (wall, cpu) in took.items():
        out.update({f"{g}_s": wall, f"{g}_cpu_s": cpu, f"{g}_words_per_s": words / wall})
    out["numpy_cpu_saving"] = 1 - took["numpy"][1] / took["blis"][1]
    return out


def print_kernels(r: dict[str, Any]) -> None:
    """Print the numbers of ``--gemm both``."""
    print(f"corpus            {r['documents']} documents, {r['words']} words ({r['corpus']})")
    for g in ("blis", "numpy"):
        print(f"extract, {g:<8} {r[f'{g}_words_per_s']:,.0f} words/s ({r[f'{g}_s']:.1f} s, "
              f"{r[f'{g}_cpu_s']:.1f} CPU s)")
    print(f"numpy saves       {r['numpy_cpu_saving']:.0%} of blis's CPU seconds")
    same = "identical" if r["identical_outputs"] else f"{r['differing_documents']} differ"
    print(f"outputs           {same} ({r['documents']} documents)")
    print(f"peak RSS          {r['peak_rss_mb']:.0f} MB (this process: both models)")
    print(f"load average      {r['load_average']:.1f} (1 min, at the end)")


def run(n_docs: int, batch_size: int, workers: int = 1, ray_cpus: int = 0,
        objects: bool = False) -> dict[str, float]:
    """Time bare spaCy, the full pipeline (and Ray) over the same corpus, chunk by chunk in turn.

    Bare spaCy is the model exactly as shipped (``spacy.load``); the runs
    alternate over chunks of the corpus so that load from other processes on
    the machine affects all of them alike. Unless ``objects``, Ray's actors
    make ``extract``'s output lines (as ``extract --engine ray`` does) and the
    one process's time to make the same lines from its results is timed
    right after each of its turns and added to its time in Ray's ratio.
    """
    import spacy

    from eventwire.annotate.nlp import MODEL, load_nlp
    from eventwire.cli import EXTRACTION_LINE as LINES  # extract's output line of an article
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline, resolve

    docs = corpus(n_docs)
    texts = [d["text"] for d in docs]
    words = sum(len(WORD_RE.findall(t)) for t in texts)
    t0 = time.perf_counter()
    nlp = load_nlp()
    bare_nlp = spacy.load(MODEL)
    pipeline = Pipeline(batch_size=batch_size)
    if pipeline.ctx.registry is not None:
        _ = pipeline.ctx.registry.matcher  # build the phrase matcher before timing
    import eventwire.ingest.structure  # noqa: F401  # imported by any reader; not per-article work
    pipeline.warm_up(nlp)  # data the components load on first use: set-up, not per-article work
    setup = time.perf_counter() - t0
    ray = RayRun(pipeline, ray_cpus, None if objects else LINES) if ray_cpus else None
    names = [c.__module__ + ":" + c.__name__ for c in pipeline.components]
    clock = ComponentClock(pipeline)  # after the Ray actors took the plain components
    articles = [Article(id=d["id"], text=d["text"], published=d["published"]) for d in docs]
    took = {"bare": [0.0, 0.0], "pipeline": [0.0, 0.0], "lines": [0.0, 0.0]}  # wall, CPU s
    made: list = []  # the pipeline's results of its latest turn
    encode = resolve(LINES)
    counts = {"entities": 0, "times": 0, "events": 0, "quotes": 0, "failed": 0}

    def run_bare(part: list[int]) -> None:
        for _doc in bare_nlp.pipe([texts[i] for i in part], batch_size=batch_size):
            pass

    def run_pipeline(part: list[int]) -> None:
        made.clear()
        for ex in pipeline.run(articles[i] for i in part):
            count(ex, counts)
            made.append(ex)

    def run_lines(_part: list[int]) -> None:
        for ex in made:
            if hasattr(ex, "entities"):
                encode(ex)

    turn = 0
    for part in chunks(list(range(len(texts))), CHUNK_DOCS):
        for sub in chunks(part, TURN_DOCS):
            order = [("bare", run_bare), ("pipeline", run_pipeline)]
            for name, runner in order if turn % 2 == 0 else order[::-1]:
                timed(runner, sub, took[name])
                if name == "pipeline" and ray and not objects:
                    timed(run_lines, sub, took["lines"])
            turn += 1
        if ray:
            ray.time([articles[i] for i in part])
    (bare, bare_cpu), (full, full_cpu) = took["bare"], took["pipeline"]
    out = {"documents": len(texts), "words": words, "setup_s": setup,
           "bare_spacy_s": bare, "pipeline_s": full,
           "bare_spacy_words_per_s": words / bare, "pipeline_words_per_s": words / full,
           "ratio_pipeline_to_spacy": bare / full, "peak_rss_mb": peak_rss_mb(),
           "bare_spacy_cpu_s": bare_cpu, "pipeline_cpu_s": full_cpu,
           "cpu_ratio_pipeline_to_spacy": bare_cpu / full_cpu,
           "load_average": os.getloadavg()[0],
           "components": names, "component_cpu_s": clock.cpu,
           "pipeline_spacy_cpu_s": full_cpu - sum(clock.cpu.values()),
           "corpus": bench_corpus.paragraphs()[1], **counts}
    if ray:
        lines, lines_cpu = took["lines"]
        out.update({"one_process_lines_s": lines, "one_process_lines_cpu_s": lines_cpu})
        out.update(ray.finish(words, full + lines, full_cpu + lines_cpu, len(texts)))
    if workers > 1:
        out.update(run_workers(articles, batch_size, workers, bare))
    return out


class ComponentClock:
    """Wraps a pipeline's components to add up the CPU seconds each one spends."""

    def __init__(self, pipeline: Any) -> None:
        self.cpu: dict[str, float] = {c.__name__: 0.0 for c in pipeline.components}
        pipeline.components = [self.wrap(c) for c in pipeline.components]

    def wrap(self, component: Callable[..., None]) -> Callable[..., None]:
        """``component``, timed (with its ``prepare_batch`` step, if it has one)."""
        name = component.__name__

        def run(ex: Any, ctx: Any) -> None:
            c0 = time.process_time()
            try:
                component(ex, ctx)
            finally:
                self.cpu[name] += time.process_time() - c0

        step = getattr(component, "prepare_batch", None)
        if step is not None:
            def prepare(exs: list, ctx: Any) -> None:
                c0 = time.process_time()
                try:
                    step(exs, ctx)
                finally:
                    self.cpu[name] += time.process_time() - c0

            run.prepare_batch = prepare  # type: ignore[attr-defined]
        return run


def timed(runner: Callable[[list[int]], None], part: list[int], total: list[float]) -> None:
    """Run ``runner(part)``, adding its wall-clock and CPU seconds to ``total``."""
    t0, c0 = time.perf_counter(), time.process_time()
    runner(part)
    total[0] += time.perf_counter() - t0
    total[1] += time.process_time() - c0


def count(ex: Any, counts: dict[str, int]) -> None:
    """Add one result's entities, times, events and quotes (or a failure) to ``counts``."""
    if not hasattr(ex, "entities"):
        counts["failed"] += 1
        return
    counts["entities"] += len(ex.entities)
    counts["times"] += len(ex.times)
    counts["events"] += len(ex.events)
    counts["quotes"] += len(ex.quotes)


class RayRun:
    """The Ray engine on a local runtime with ``cpus`` CPUs (one actor each), timed by chunk;
    with ``encode``, the actors make each article's output (``Pipeline(encode=...)``)."""

    def __init__(self, pipeline, cpus: int, encode: str | None = None) -> None:
        import copy
        import logging

        from eventwire.scale.ray_engine import start_actors, start_local

        t0 = time.perf_counter()
        start_local(cpus, log_to_driver=False, logging_level=logging.ERROR)
        self.cpus, self.batch_size, self.encode = cpus, pipeline.batch_size, encode
        spec = copy.copy(pipeline)  # the same pipeline, its results encoded in the actors
        spec.encode = encode
        self.actors = start_actors(spec, cpus)
        self.startup = time.perf_counter() - t0
        self.took = 0.0
        self.worker_cpu = 0.0  # the actors' CPU seconds in Ray's turns
        self.worker_busy = 0.0  # the actors' wall seconds running batches in Ray's turns
        self.worker_batch_cpu = 0.0  # the actors' CPU seconds running batches in Ray's turns
        self.driver_cpu = 0.0  # this process's CPU seconds in Ray's turns
        self.tree_cpu = 0.0  # CPU seconds of this process's descendants (workers, Ray's own) in them
        self.idle = {"start": 0.0, "between": 0.0, "end": 0.0}  # actors' wall s without a batch
        self.batches = 0
        self.collect = {"bytes": 0, "cpu_s": 0.0, "unpack_cpu_s": 0.0}  # the driver's part
        self.n = 0

    def usage(self) -> list[dict[str, float]]:
        """Peak RSS and CPU seconds of each actor."""
        import ray

        return ray.get([a.usage.remote() for a in self.actors])

    def time(self, articles: list) -> None:
        """Stream one chunk through the actors and add its time."""
        import ray

        from eventwire.scale import ray_engine

        ray.get([a.recent.remote() for a in self.actors])  # forget earlier turns' spans
        (w0, b0, k0), d0 = self.workers_cpu(), descendants_cpu()  # outside the timed region
        collect, unpack = ray_engine.results, ray_engine.unpack

        def counted_unpack(data: bytes) -> list:
            c0 = time.process_time()
            try:
                return unpack(data)
            finally:
                self.collect["unpack_cpu_s"] += time.process_time() - c0
                self.collect["bytes"] += len(data)

        def counted_collect(batch: list, ref: Any) -> list:
            c0 = time.process_time()
            try:
                return collect(batch, ref)
            finally:
                self.collect["cpu_s"] += time.process_time() - c0
                self.batches += 1

        ray_engine.results, ray_engine.unpack = counted_collect, counted_unpack
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            self.n += sum(1 for _ in ray_engine.stream(self.actors, articles, self.batch_size))
            t1 = time.perf_counter()
            self.driver_cpu += time.process_time() - c0
        finally:
            ray_engine.results, ray_engine.unpack = collect, unpack
        self.took += t1 - t0
        self.tree_cpu += descendants_cpu() - d0
        w1, b1, k1 = self.workers_cpu()
        self.worker_cpu += w1 - w0
        self.worker_busy += b1 - b0
        self.worker_batch_cpu += k1 - k0
        for spans in ray.get([a.recent.remote() for a in self.actors]):
            add_idle(self.idle, spans, t0, t1)

    def workers_cpu(self) -> tuple[float, float, float]:
        """The actors' CPU seconds so far, their wall seconds spent running batches and
        their CPU seconds running them."""
        usage = self.usage()
        return (sum(u["cpu_s"] for u in usage), sum(u["busy_s"] for u in usage),
                sum(u["batch_cpu_s"] for u in usage))

    def finish(self, words: int, one_process: float, one_cpu: float, docs: int
               ) -> dict[str, float]:
        """The numbers (against the one-process time of the same chunks); stop the runtime."""
        import ray

        usage = self.usage()
        ray.shutdown()
        cpu = self.worker_cpu
        turns = self.cpus * self.took
        return {"ray_cpus": self.cpus, "ray_startup_s": self.startup, "ray_s": self.took,
                "ray_output": "lines" if self.encode else "objects",
                "ray_documents": self.n, "ray_words_per_s": words / self.took,
                "ratio_ray_to_one_process": one_process / self.took,
                "ray_workers_cpu_s": cpu, "ratio_ray_cpu_to_one_process_cpu": cpu / one_cpu,
                "ray_driver_cpu_s": self.driver_cpu,
                "ray_workers_idle_share": 1 - self.worker_busy / turns,
                **{f"ray_workers_idle_{k}_share": v / turns for k, v in self.idle.items()},
                "ray_runtime_cpu_s": max(self.tree_cpu - cpu, 0.0),
                "ratio_ray_all_cpu_to_one_process_cpu":
                    (self.driver_cpu + max(self.tree_cpu, cpu)) / one_cpu,  # /proc: Linux
                "ray_batches": self.batches,
                "ray_reply_bytes_per_batch": self.collect["bytes"] / max(self.batches, 1),
                "ray_driver_collect_cpu_s": self.collect["cpu_s"],
                "ray_driver_unpack_cpu_s": self.collect["unpack_cpu_s"],
                "one_process_cpu_ms_per_doc": 1000 * one_cpu / docs,
                "ray_workers_cpu_ms_per_doc": 1000 * cpu / docs,
                "ray_workers_batch_cpu_ms_per_doc": 1000 * self.worker_batch_cpu / docs,
                "ray_driver_cpu_ms_per_doc": 1000 * self.driver_cpu / docs,
                "ray_runtime_cpu_ms_per_doc": 1000 * max(self.tree_cpu - cpu, 0.0) / docs,
                "ray_worker_peak_rss_mb": max(u["peak_rss_mb"] for u in usage)}


def add_idle(idle: dict[str, float], spans: list[tuple[float, float]], t0: float, t1: float
             ) -> None:
    """Add one actor's wall seconds without a batch in a turn from ``t0`` to ``t1``: before its
    first batch, between batches and after its last (``spans``: its batches' start and end)."""
    if not spans:
        idle["start"] += t1 - t0
        return
    spans = sorted(spans)
    idle["start"] += max(spans[0][0] - t0, 0.0)
    idle["end"] += max(t1 - spans[-1][1], 0.0)
    idle["between"] += sum(max(b[0] - a[1], 0.0) for a, b in pairwise(spans))


def descendants_cpu() -> float:
    """CPU seconds so far of this process's live descendants (Linux ``/proc``; 0 elsewhere)."""
    proc = Path("/proc")
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in proc.glob("[0-9]*") if proc.is_dir() else ():
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # the process has ended
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # state, ppid, ...: utime and stime at 11, 12
        parents[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    mine, grew = {os.getpid()}, True
    while grew:
        new = {pid for pid, parent in parents.items() if parent in mine and pid not in mine}
        mine |= new
        grew = bool(new)
    return sum(cpu[pid] for pid in mine if pid != os.getpid())


def run_workers(articles: list, batch_size: int, workers: int, bare: float) -> dict[str, float]:
    """Time the full pipeline with ``workers`` processes over the whole corpus."""
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(batch_size=batch_size, n_process=workers)
    t0 = time.perf_counter()
    for _ex in pipeline.run(articles):
        pass
    multi = time.perf_counter() - t0
    words = sum(len(WORD_RE.findall(a.text)) for a in articles)
    return {"workers": workers, "pipeline_workers_s": multi,
            "pipeline_workers_words_per_s": words / multi,
            "ratio_workers_to_spacy": bare / multi}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=MIN_DOCS, help="corpus size")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--workers", type=int, default=1,
                    help="also time the pipeline with this many processes")
    ap.add_argument("--ray", type=int, default=0, metavar="CPUS",
                    help="also time the Ray engine on a local runtime with this many CPUs")
    ap.add_argument("--objects", action="store_true",
                    help="Ray's actors return Extraction objects (as for ingest) instead of "
                         "extract's output lines; the one process's time then leaves the lines out")
    ap.add_argument("--gemm", choices=("blis", "numpy", BOTH), default="blis",
                    help="thinc's matrix multiplication for bare spaCy and the pipeline alike; "
                         "both: the pipeline on blis against the pipeline on numpy")
    ap.add_argument("--json", help="also write the numbers to this JSON file")
    args = ap.parse_args(argv)
    if args.gemm == BOTH:
        r = run_kernels(max(args.docs, 1), args.batch_size)
        print_kernels(r)
        if args.json:
            Path(args.json).write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
        return 0
    use_gemm(args.gemm)
    r = run(max(args.docs, 1), args.batch_size, args.workers, args.ray, args.objects)
    r["gemm"] = args.gemm
    print(f"corpus            {r['documents']} documents, {r['words']} words ({r['corpus']})")
    print(f"setup             {r['setup_s']:.2f} s (model, registry, matcher, data loaded on first use)")
    print(f"bare spaCy        {r['bare_spacy_words_per_s']:,.0f} words/s ({r['bare_spacy_s']:.1f} s)")
    print(f"eventwire extract {r['pipeline_words_per_s']:,.0f} words/s ({r['pipeline_s']:.1f} s)")
    print(f"ratio             {r['ratio_pipeline_to_spacy']:.2f}x bare spaCy speed")
    print(f"CPU ratio         {r['cpu_ratio_pipeline_to_spacy']:.2f}x (bare spaCy {r['bare_spacy_cpu_s']:.1f} "
          f"CPU s, pipeline {r['pipeline_cpu_s']:.1f} CPU s)")
    own = sum(r["component_cpu_s"].values())
    print(f"CPU split         spaCy and plumbing "
          f"{r['pipeline_spacy_cpu_s'] / r['bare_spacy_cpu_s']:.0%} of bare spaCy's CPU s, components {own / r['bare_spacy_cpu_s']:.0%} ("
          + ", ".join(f"{k.removesuffix('_component')} {v / r['bare_spacy_cpu_s']:.0%}"
                      for k, v in r["component_cpu_s"].items()) + ")")
    if "workers" in r:
        print(f"{r['workers']} processes       {r['pipeline_workers_words_per_s']:,.0f} words/s "
              f"({r['pipeline_workers_s']:.1f} s, {r['ratio_workers_to_spacy']:.2f}x bare spaCy)")
    if "ray_cpus" in r:
        print(f"Ray, {r['ray_cpus']} CPUs        {r['ray_words_per_s']:,.0f} words/s "
              f"({r['ray_s']:.1f} s, {r['ratio_ray_to_one_process']:.2f}x one local process; "
              f"start-up {r['ray_startup_s']:.1f} s)")
        print(f"Ray CPU time      {r['ratio_ray_cpu_to_one_process_cpu']:.2f}x the one process's "
              f"CPU seconds for the same documents (its workers: two processes sharing the "
              f"machine, and Ray's work in them)")
        print(f"Ray CPU, all      {r['ratio_ray_all_cpu_to_one_process_cpu']:.2f}x with the driver "
              f"({r['ray_driver_cpu_s']:.1f} CPU s) and Ray's own processes "
              f"({r['ray_runtime_cpu_s']:.1f} CPU s) in Ray's turns")
        print(f"Ray idle          {r['ray_workers_idle_share']:.1%} of the workers' time in Ray's "
              f"turns without a batch to run (before the first batch "
              f"{r['ray_workers_idle_start_share']:.1%}, between batches "
              f"{r['ray_workers_idle_between_share']:.1%}, after the last "
              f"{r['ray_workers_idle_end_share']:.1%})")
        print(f"Ray output        {r['ray_output']}: {r['ray_reply_bytes_per_batch'] / 1024:,.0f} KB "
              f"per batch reply ({r['ray_batches']} batches and pieces); the driver's collecting "
              f"{r['ray_driver_collect_cpu_s']:.2f} CPU s (unpickling "
              f"{r['ray_driver_unpack_cpu_s']:.2f})")
        print(f"CPU per document  one process {r['one_process_cpu_ms_per_doc']:.1f} ms"
              + (f" (output lines {1000 * r['one_process_lines_cpu_s'] / r['documents']:.2f})"
                 if r["ray_output"] == "lines" else "")
              + f"; Ray workers {r['ray_workers_cpu_ms_per_doc']:.1f} ms (in batches "
              f"{r['ray_workers_batch_cpu_ms_per_doc']:.1f}), driver "
              f"{r['ray_driver_cpu_ms_per_doc']:.2f} ms, Ray's own processes "
              f"{r['ray_runtime_cpu_ms_per_doc']:.2f} ms")
        print(f"peak RSS (Ray)    {r['ray_worker_peak_rss_mb']:.0f} MB per worker")
    print(f"peak RSS          {r['peak_rss_mb']:.0f} MB (this process: bare spaCy and pipeline)")
    print(f"gemm              {args.gemm} (thinc's matrix multiplication, both sides)")
    print(f"load average      {r['load_average']:.1f} (1 min, at the end; other work on the "
          f"machine)")
    print(f"components        {', '.join(r['components'])}")
    if args.json:
        Path(args.json).write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
