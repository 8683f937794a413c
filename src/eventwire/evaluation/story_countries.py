"""Story sets: source and target country of the extracted events on each truth-event mention.

For every mention of a truth event (its quote in an article), the events the extractor finds
in the quote's sentence with one of the truth event's acceptable types are read; a side is
right when any of them has a participant of one of the truth side's countries (sides whose
truth names no country are not counted, nor mentions with no such event). Misses are printed
for the tuning story set only; the checking one is read as totals.

    python -m eventwire.evaluation.story_countries [--set NAME] [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from eventwire.evaluation.common import eval_path, skip
from eventwire.evaluation.splits import TUNE, story_set_part

SIDES = ("source", "target")
DEFAULT_SETS = ("israel-hezbollah-2024", "thailand-cambodia-2025")


def _shown(parts: list[Any]) -> str:
    """Participants as 'text=COUNTRY[evidence]'."""
    return "; ".join(f"{p.text}={p.actor.country if p.actor else None}"
                     f"[{(p.actor.evidence or '') if p.actor else ''}]" for p in parts) or "-"


def score(name: str, misses: bool = False) -> dict[str, tuple[int, int]]:
    """(right, counted) per side on one story set (printing misses when asked and tuning)."""
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    folder = eval_path("stories", name)
    if folder is None:
        skip(f"story set eval/stories/{name}")
    arts = [json.loads(line) for line in (folder / "articles.jsonl").open(encoding="utf-8")
            if line.strip()]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    runs = Pipeline().run([Article(id=a["id"], title=a.get("title"), text=a["text"],
                                   published=a.get("published"), published_from="input")
                           for a in arts])
    events = {ex.article.id: ex.events for ex in runs}
    texts = {a["id"]: a["text"] for a in arts}
    show = misses and story_set_part(name) == TUNE
    stat = {side: [0, 0] for side in SIDES}
    for ev in truth["events"]:
        for m in ev["mentions"]:
            at = texts.get(m["article"], "").find(m["quote"])
            found = [e for e in events.get(m["article"], []) if e.type in ev["types"]
                     and e.sentence.start <= at < e.sentence.end] if at >= 0 else []
            for side in SIDES if found else ():
                want = set(ev[side]["countries"])
                if not want:
                    continue
                parts = [p for e in found for p in getattr(e, side)]
                right = bool({p.actor.country for p in parts if p.actor} & want)
                stat[side][0] += right
                stat[side][1] += 1
                if show and not right:
                    print(f"  {side} {sorted(want)} | got {_shown(parts)} | "
                          f"{' '.join(found[0].sentence.text.split())[:160]}")
    return {side: (ok, n) for side, (ok, n) in stat.items()}


def main(argv: list[str] | None = None) -> int:
    """Print the source / target country accuracy of each story set."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", dest="sets", help="story set (default: both)")
    ap.add_argument("--misses", action="store_true", help="print misses (tuning set only)")
    args = ap.parse_args(argv)
    for name in args.sets or DEFAULT_SETS:
        result = score(name, args.misses)
        figures = ", ".join(f"{side} {ok}/{n} = {ok / n:.3f}" if n else f"{side} -"
                            for side, (ok, n) in result.items())
        print(f"{name} ({story_set_part(name)}): {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
