"""Benchmark: the full eventwire pipeline against bare spaCy on the same corpus, in one run.

The corpus is at least 200 article-length documents: the packaged samples plus
documents assembled from paragraphs of PolNeAR / TimeBank texts when the
evaluation data is present (``EVENTWIRE_EVAL_DIR`` or ``../shared/eval``),
otherwise variations of the samples (paragraphs reordered). Bare spaCy is the
model as shipped; the two are timed in turn over chunks of the corpus, so load
from other processes falls on both. Prints words/s of each, their ratio and the
peak RSS; ``--workers N`` adds the pipeline's throughput with N processes. A
benchmark, not a test: no thresholds.

    .venv/bin/python bench/bench_pipeline.py [--docs 200] [--batch-size 16] [--workers N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from importlib import resources
from pathlib import Path

SEED = 13
TARGET_WORDS = (500, 900)
TAG_RE = re.compile(r"<[^>]+>")
WORD_RE = re.compile(r"\S+")
PUBLISHED = ("2025-05-19", "2025-06-05", "2016-03-11", None)
CHUNK_DOCS = 20  # documents per alternating bare / pipeline timing round


def sample_texts() -> list[str]:
    """The packaged sample articles."""
    folder = resources.files("eventwire.data").joinpath("samples")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir(),
                                                          key=lambda p: p.name)
            if p.name.endswith(".txt")]


def eval_paragraphs() -> list[str]:
    """Paragraphs of PolNeAR and TimeBank texts, if the evaluation data is present."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from eventwire.evaluation.common import eval_dir

    base = eval_dir()
    if base is None:
        return []
    paras: list[str] = []
    for path in sorted((base / "polnear").glob("*/text/*.txt"))[:400]:
        paras += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")
                  if len(p.split()) >= 20]
    for path in sorted((base / "timebank" / "TimeBank").glob("*.tml")):
        text = TAG_RE.sub("", path.read_text(encoding="utf-8").split("<TEXT>")[-1])
        paras += [p.strip() for p in text.split("\n\n") if len(p.split()) >= 20]
    return paras


def assemble(paras: list[str], n: int, rng: random.Random) -> list[str]:
    """``n`` documents of 500-900 words built from randomly drawn paragraphs."""
    docs = []
    for _ in range(n):
        goal, words, parts = rng.randint(*TARGET_WORDS), 0, []
        while words < goal:
            p = rng.choice(paras)
            parts.append(p)
            words += len(p.split())
        docs.append("\n\n".join(parts))
    return docs


def corpus(n_docs: int) -> list[str]:
    """The benchmark corpus: samples plus assembled or varied documents."""
    rng = random.Random(SEED)
    samples = sample_texts()
    paras = eval_paragraphs()
    if not paras:
        paras = [p for s in samples for p in s.split("\n") if len(p.split()) >= 8]
    return samples + assemble(paras, max(0, n_docs - len(samples)), rng)


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def chunks(items: list, size: int) -> list[list]:
    """``items`` in consecutive chunks of ``size``."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def run(n_docs: int, batch_size: int, workers: int = 1) -> dict[str, float]:
    """Time bare spaCy and the full pipeline over the same corpus, chunk by chunk in turn.

    Bare spaCy is the model exactly as shipped (``spacy.load``); the two runs
    alternate over chunks of the corpus so that load from other processes on
    the machine affects both alike.
    """
    import spacy

    from eventwire.annotate.nlp import MODEL, load_nlp
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    texts = corpus(n_docs)
    words = sum(len(WORD_RE.findall(t)) for t in texts)
    t0 = time.perf_counter()
    load_nlp()
    bare_nlp = spacy.load(MODEL)
    pipeline = Pipeline(batch_size=batch_size)
    if pipeline.ctx.registry is not None:
        _ = pipeline.ctx.registry.matcher  # build the phrase matcher before timing
    import eventwire.ingest.structure  # noqa: F401  # imported by any reader; not per-article work
    setup = time.perf_counter() - t0
    articles = [Article(id=f"bench-{i}", text=t, published=PUBLISHED[i % len(PUBLISHED)])
                for i, t in enumerate(texts)]
    bare = full = 0.0
    counts = {"entities": 0, "times": 0, "events": 0, "quotes": 0, "failed": 0}
    for part in chunks(list(range(len(texts))), CHUNK_DOCS):
        t0 = time.perf_counter()
        for _doc in bare_nlp.pipe([texts[i] for i in part], batch_size=batch_size):
            pass
        bare += time.perf_counter() - t0
        t0 = time.perf_counter()
        for ex in pipeline.run(articles[i] for i in part):
            if not hasattr(ex, "entities"):
                counts["failed"] += 1
                continue
            counts["entities"] += len(ex.entities)
            counts["times"] += len(ex.times)
            counts["events"] += len(ex.events)
            counts["quotes"] += len(ex.quotes)
        full += time.perf_counter() - t0
    out = {"documents": len(texts), "words": words, "setup_s": setup,
           "bare_spacy_s": bare, "pipeline_s": full,
           "bare_spacy_words_per_s": words / bare, "pipeline_words_per_s": words / full,
           "ratio_pipeline_to_spacy": bare / full, "peak_rss_mb": peak_rss_mb(),
           "components": [c.__module__ + ":" + c.__name__ for c in pipeline.components],
           **counts}
    if workers > 1:
        out.update(run_workers(articles, batch_size, workers, bare))
    return out


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
    ap.add_argument("--docs", type=int, default=200, help="corpus size (at least 200)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--workers", type=int, default=1,
                    help="also time the pipeline with this many processes")
    ap.add_argument("--json", help="also write the numbers to this JSON file")
    args = ap.parse_args(argv)
    r = run(max(args.docs, 1), args.batch_size, args.workers)
    print(f"corpus            {r['documents']} documents, {r['words']} words")
    print(f"setup             {r['setup_s']:.2f} s (model, registry, matcher)")
    print(f"bare spaCy        {r['bare_spacy_words_per_s']:,.0f} words/s ({r['bare_spacy_s']:.1f} s)")
    print(f"eventwire extract {r['pipeline_words_per_s']:,.0f} words/s ({r['pipeline_s']:.1f} s)")
    print(f"ratio             {r['ratio_pipeline_to_spacy']:.2f}x bare spaCy speed")
    if "workers" in r:
        print(f"{r['workers']} processes       {r['pipeline_workers_words_per_s']:,.0f} words/s "
              f"({r['pipeline_workers_s']:.1f} s, {r['ratio_workers_to_spacy']:.2f}x bare spaCy)")
    print(f"peak RSS          {r['peak_rss_mb']:.0f} MB")
    print(f"components        {', '.join(r['components'])}")
    if args.json:
        Path(args.json).write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
