"""TimeBank 1.2 evaluation of time expressions: span recall and TIMEX3 value accuracy.

Each ``.tml`` article is run through spaCy and the times component with its DCT
as the publication date. A gold TIMEX3 is found when a predicted expression
overlaps it; the value is right when it equals the gold value.

    .venv/bin/python -m eventwire.evaluation.timebank [--part tune|check] [--limit N] [--errors N]

The tuning/checking split is by document file name (see ``splits.py``).
"""

from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluation.common import eval_path, print_table, skip, write_results
from eventwire.evaluation.splits import PARTS, select

NAME = "timebank"
SUBDIR = ("timebank", "TimeBank")
TYPES = ("DATE", "TIME", "DURATION", "SET")
NS_RE = re.compile(r"\{.*?\}")


@dataclass
class Gold:
    """One gold TIMEX3 with character offsets into the stripped TEXT."""

    start: int
    end: int
    text: str
    type: str
    value: str


def _walk(elem: ET.Element, parts: list[str], golds: list[Gold], offset: list[int]) -> None:
    """Append the text of ``elem`` to ``parts``, recording TIMEX3 offsets."""
    tag = NS_RE.sub("", elem.tag)
    start = offset[0]
    if elem.text:
        parts.append(elem.text)
        offset[0] += len(elem.text)
    for child in elem:
        _walk(child, parts, golds, offset)
        if child.tail:
            parts.append(child.tail)
            offset[0] += len(child.tail)
    if tag == "TIMEX3":
        text = "".join(parts)[start:offset[0]]
        golds.append(Gold(start, offset[0], text, elem.get("type", ""), elem.get("value", "")))


def read_tml(path: Path) -> tuple[str, str, list[Gold]]:
    """(text, DCT value, gold timexes) of one TimeML file."""
    root = ET.parse(path).getroot()
    dct = ""
    for el in root.iter():
        if NS_RE.sub("", el.tag) == "DCT":
            timex = next(iter(el), None)
            dct = timex.get("value", "") if timex is not None else ""
    text_el = next(el for el in root.iter() if NS_RE.sub("", el.tag) == "TEXT")
    parts: list[str] = []
    golds: list[Gold] = []
    _walk(text_el, parts, golds, [0])
    return "".join(parts), dct[:10], golds


def evaluate(files: list[Path], errors: int = 0) -> dict[str, Any]:
    """Run the times component over the files and score it."""
    from eventwire.model import Article, Extraction
    from eventwire.pipeline import Pipeline

    docs = [(p.stem, *read_tml(p)) for p in files]
    articles = [Article(id=name, text=text, published=dct or None) for name, text, dct, _ in docs]
    pipe = Pipeline(components=["eventwire.annotate.times:times_component"])
    found, right, total, predicted, pred_hit = Counter(), Counter(), Counter(), 0, 0
    wrong: list[tuple[str, str, str, str, str, str, str]] = []
    missed: list[tuple[str, str, str]] = []
    failed = 0
    for (name, _, dct, golds), ex in zip(docs, pipe.run(articles), strict=True):
        if not isinstance(ex, Extraction):
            failed += 1
            print(f"error: {name}: {getattr(ex, 'message', ex)}")
            ex = Extraction(article=Article(id=name, text=""))
        for t in ex.times:
            predicted += 1
            pred_hit += any(t.start < g.end and g.start < t.end for g in golds)
        for g in golds:
            total[g.type] += 1
            match = next((t for t in ex.times if t.start < g.end and g.start < t.end), None)
            if match is None:
                missed.append((name, g.type, g.text))
                continue
            found[g.type] += 1
            if match.value == g.value:
                right[g.type] += 1
            else:
                wrong.append((name, dct, g.type, g.text, g.value, match.text, str(match.value)))
    if errors:
        for row in wrong[:errors]:
            print("WRONG", row)
        for row in missed[:errors]:
            print("MISSED", row)
    return {**_metrics(found, right, total, predicted, pred_hit, len(files)), "failed": failed}


def _metrics(found: Counter, right: Counter, total: Counter, predicted: int, pred_hit: int,
             n_docs: int) -> dict[str, Any]:
    """Recall and value accuracy per type and overall."""
    out: dict[str, Any] = {"documents": n_docs, "predicted": predicted,
                           "precision_overlap": pred_hit / predicted if predicted else 0.0}
    for typ in TYPES:
        if total[typ]:
            out[f"{typ.lower()}_gold"] = total[typ]
            out[f"{typ.lower()}_recall"] = found[typ] / total[typ]
            out[f"{typ.lower()}_value_accuracy"] = right[typ] / found[typ] if found[typ] else 0.0
    core = ("DATE", "TIME", "DURATION")
    t, f, r = (sum(c[x] for x in core) for c in (total, found, right))
    out["date_time_duration_recall"] = f / t if t else 0.0
    out["date_time_duration_value_accuracy"] = r / f if f else 0.0
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    ap.add_argument("--errors", type=int, default=0, help="print N wrong values and misses")
    ap.add_argument("--part", choices=PARTS, help="score only the tuning or checking part")
    args = ap.parse_args(argv)
    folder = eval_path(*SUBDIR)
    if folder is None:
        skip("TimeBank (eval/timebank/TimeBank)")
    files = select(sorted(folder.glob("*.tml")), lambda p: p.name, args.part)
    if args.limit:
        files = files[:args.limit]
    results = {"part": args.part or "all", **evaluate(files, args.errors)}
    print_table(sorted(results.items()), "TimeBank time expressions")
    name = f"{NAME}_{args.part}" if args.part else NAME
    print(f"wrote {write_results(name, results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
