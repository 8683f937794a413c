"""Quote attribution on PolNeAR dev: content, source and cue spans, exact and overlap.

Runs the real pipeline components (spaCy, actor linking and times when
installed, quotes) over the raw PolNeAR text (no cleanup, so offsets match)
and compares each predicted attribution with the gold ones (brat ``.ann``,
one annotator file per article).

Matching: predicted quotes sharing a cue and speaker form one attribution
(the halves of a split quote); gold and predicted attributions are paired
one-to-one, largest content overlap first. *Overlap* counts a pair whose
content spans share at least one character; *exact* requires the same
content fragments after trimming whitespace, punctuation and quotation
marks at their ends. Source and cue spans are scored the same way within
the content-matched pairs and over all attributions. Source accuracy is the
share of content-matched pairs (with a gold source) whose predicted source,
as written or as resolved, overlaps the gold source.

Run: ``python -m eventwire.evaluation.polnear [--limit N] [--errors] [--split train]``.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluation.common import eval_path, print_table, skip, write_results
from eventwire.model import Article, Extraction, Quote

NAME = "polnear"
SPLIT = "dev"
COMPONENTS = (
    "eventwire.annotate.actors:link_component",
    "eventwire.annotate.times:times_component",
    "eventwire.extract.quotes:quotes_component",
)
TRIM = " \t\r\n.,;:!?\"'“”‘’()[]—–-―…"
QUOTE_START = re.compile(r"^\s*[“\"‘']")

Frag = tuple[int, int]


@dataclass
class Attribution:
    """One attribution: content, source and cue fragments."""

    content: list[Frag]
    source: list[Frag] = field(default_factory=list)
    cue: list[Frag] = field(default_factory=list)
    cue_text: str = ""
    direct: bool = False
    alt_source: list[Frag] = field(default_factory=list)  # the resolved speaker


def _frags(spec: str) -> list[Frag]:
    """Parse brat fragments "s e;s e"."""
    out = []
    for part in spec.split(";"):
        s, e = part.split()
        out.append((int(s), int(e)))
    return out


def read_ann(path: Path, text: str) -> list[Attribution]:
    """Gold attributions of one brat file."""
    spans: dict[str, list[Frag]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            spans[cols[0]] = _frags(cols[1].split(" ", 1)[1])
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(p.split(":", 1) for p in cols[1].split()))
    out = []
    for ev in events:
        roles = {k: spans.get(v, []) for k, v in ev.items()}
        content = roles.get("Content", [])
        if not content:
            continue
        cue = roles.get("Cue", [])
        out.append(Attribution(content, roles.get("Source", []), cue,
                               " ".join(text[s:e] for s, e in cue).lower(),
                               bool(QUOTE_START.match(text[content[0][0]:content[0][1]]))))
    return out


def predicted(quotes: list[Quote]) -> list[Attribution]:
    """Predicted attributions: quotes sharing cue and speaker are one attribution."""
    groups: dict[tuple, Attribution] = {}
    for n, q in enumerate(quotes):
        cue = (q.cue.start, q.cue.end) if q.cue else None
        spk = (q.speaker.start, q.speaker.end) if q.speaker else None
        key = (cue, spk) if cue is not None else ("single", n)
        src = q.mention or q.speaker
        att = groups.setdefault(key, Attribution(
            [], [(src.start, src.end)] if src else [], [cue] if cue else [],
            q.cue.text.lower() if q.cue else "", q.direct,
            [(q.speaker.start, q.speaker.end)] if q.speaker else []))
        att.content.append((q.content.start, q.content.end))
    return list(groups.values())


def _overlap(a: list[Frag], b: list[Frag]) -> int:
    """Characters shared by two fragment lists."""
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def _norm(frags: list[Frag], text: str) -> tuple[Frag, ...]:
    """Fragments with surrounding whitespace, punctuation and quote marks trimmed."""
    out = []
    for s, e in sorted(frags):
        while s < e and text[s] in TRIM:
            s += 1
        while e > s and text[e - 1] in TRIM:
            e -= 1
        if e > s:
            out.append((s, e))
    merged: list[Frag] = []
    for s, e in out:
        if merged and not text[merged[-1][1]:s].strip(TRIM):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return tuple(merged)


def match(gold: list[Attribution], pred: list[Attribution]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) by largest content overlap."""
    scored = [(_overlap(g.content, p.content), i, j)
              for i, g in enumerate(gold) for j, p in enumerate(pred)]
    scored = sorted((s for s in scored if s[0] > 0), reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in scored:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class Tally:
    """True positives, gold and predicted counts of one measure."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1."""
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Scores:
    """All tallies over the corpus, with error counts."""

    tallies: dict[str, Tally] = field(default_factory=dict)
    source_ok: int = 0
    source_n: int = 0
    errors: Counter = field(default_factory=Counter)
    missed_cues: Counter = field(default_factory=Counter)
    spurious_cues: Counter = field(default_factory=Counter)

    def t(self, name: str) -> Tally:
        """The tally called ``name``."""
        return self.tallies.setdefault(name, Tally())


def _span_measure(sc: Scores, role: str, gold: list[Attribution], pred: list[Attribution],
                  text: str) -> None:
    """Exact and overlap tallies for the ``role`` spans (content, source or cue)."""
    g = [getattr(a, role) for a in gold if getattr(a, role)]
    p = [getattr(a, role) for a in pred if getattr(a, role)]
    for kind in ("exact", "overlap"):
        tally = sc.t(f"{role}_{kind}")
        tally.gold += len(g)
        tally.pred += len(p)
    exact_g = Counter(_norm(x, text) for x in g)
    exact_p = Counter(_norm(x, text) for x in p)
    sc.t(f"{role}_exact").tp += sum((exact_g & exact_p).values())
    gold_atts = [Attribution(x) for x in g]
    pred_atts = [Attribution(x) for x in p]
    sc.t(f"{role}_overlap").tp += len(match(gold_atts, pred_atts))


def score_article(sc: Scores, text: str, gold: list[Attribution],
                  pred: list[Attribution]) -> None:
    """Add one article's attributions to the scores."""
    for role in ("content", "source", "cue"):
        _span_measure(sc, role, gold, pred, text)
    pairs = match(gold, pred)
    for kind in ("direct", "indirect"):
        sel = [i for i, g in enumerate(gold) if g.direct == (kind == "direct")]
        sc.t(f"recall_{kind}").gold += len(sel)
        sc.t(f"recall_{kind}").tp += sum(1 for i, _ in pairs if i in sel)
    for i, j in pairs:
        g, p = gold[i], pred[j]
        if g.source:
            sc.source_n += 1
            ok = _overlap(g.source, p.source) > 0 or _overlap(g.source, p.alt_source) > 0
            sc.source_ok += ok
            if not ok:
                sc.errors["matched, wrong source" if p.source else "matched, no source"] += 1
        if _norm(g.content, text) != _norm(p.content, text):
            sc.errors[_boundary_error(g.content, p.content)] += 1
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in matched_g:
            sc.errors["missed direct" if g.direct else "missed indirect"] += 1
            sc.missed_cues[g.cue_text or "(no cue)"] += 1
    for j, p in enumerate(pred):
        if j not in matched_p:
            sc.errors["spurious"] += 1
            sc.spurious_cues[p.cue_text or "(no cue)"] += 1


def _boundary_error(g: list[Frag], p: list[Frag]) -> str:
    """Classify a content boundary mismatch of a matched pair."""
    gs, ge = min(s for s, _ in g), max(e for _, e in g)
    ps, pe = min(s for s, _ in p), max(e for _, e in p)
    if ps <= gs and pe >= ge:
        return "content too long"
    if ps >= gs and pe <= ge:
        return "content too short"
    return "content shifted"


def load_dates(base: Path) -> dict[str, str]:
    """Publication dates by article file name, from metadata.tsv."""
    path = base / "metadata.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {row["filename"]: row["publication_date"]
                for row in csv.DictReader(fh, delimiter="\t")}


def load_split(base: Path, limit: int | None,
               split: str = SPLIT) -> list[tuple[Article, Path]]:
    """(Article, annotation file) pairs of the split, one annotator file per article."""
    dates = load_dates(base)
    ann_dir = base / split / "attributions"
    by_article: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        by_article.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    out = []
    for txt in sorted((base / split / "text").glob("*.txt")):
        ann = by_article.get(txt.stem)
        if ann is None:
            continue
        date = dates.get(txt.stem)
        text = txt.read_bytes().decode("utf-8")
        out.append((Article(id=txt.stem, text=text,
                            published=date if date and date != "None" else None), ann))
    return out[:limit] if limit else out


def run(base: Path, limit: int | None = None, split: str = SPLIT) -> tuple[Scores, float]:
    """Run the pipeline over the split and score it; returns scores and seconds."""
    from eventwire.pipeline import Pipeline

    items = load_split(base, limit, split)
    pipe = Pipeline(components=COMPONENTS)
    sc = Scores()
    t0 = time.perf_counter()
    exs = list(pipe.run(a for a, _ in items))
    secs = time.perf_counter() - t0
    for (article, ann), ex in zip(items, exs, strict=True):
        gold = read_ann(ann, article.text)
        quotes = ex.quotes if isinstance(ex, Extraction) else []
        sc.errors["article failed"] += not isinstance(ex, Extraction)
        score_article(sc, article.text, gold, predicted(quotes))
    return sc, secs


def results(sc: Scores, secs: float, n: int) -> dict:
    """The metrics as a flat mapping."""
    out: dict = {"articles": n, "seconds": round(secs, 1)}
    for name, tally in sorted(sc.tallies.items()):
        p, r, f = tally.prf()
        if name.startswith("recall_"):
            out[name] = round(r, 4)
            continue
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = round(p, 4), round(r, 4), round(f, 4)
    out["gold_attributions"] = sc.t("content_exact").gold
    out["pred_attributions"] = sc.t("content_exact").pred
    out["source_accuracy"] = round(sc.source_ok / sc.source_n, 4) if sc.source_n else 0.0
    out["errors"] = dict(sc.errors.most_common())
    out["missed_cues_top"] = dict(sc.missed_cues.most_common(25))
    out["spurious_cues_top"] = dict(sc.spurious_cues.most_common(25))
    return out


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--errors", action="store_true", help="print the error analysis")
    ap.add_argument("--split", default=SPLIT, choices=("dev", "train"),
                    help="the PolNeAR split (default dev; results of train go to polnear_train.json)")
    args = ap.parse_args(argv)
    base = eval_path("polnear")
    if base is None or not (base / args.split / "text").is_dir():
        skip(f"PolNeAR (polnear/{args.split})")
    items_n = len(load_split(base, args.limit, args.split))
    sc, secs = run(base, args.limit, args.split)
    res = results(sc, secs, items_n)
    rows = [(k, v) for k, v in res.items() if not isinstance(v, dict)]
    print_table(rows, title=f"PolNeAR {args.split}: quote attribution")
    if args.errors:
        for key in ("errors", "missed_cues_top", "spurious_cues_top"):
            print_table(list(res[key].items()), title=key)
    name = NAME if args.split == SPLIT else f"{NAME}_{args.split}"
    print(f"wrote {write_results(name, res)}")


if __name__ == "__main__":
    main()
