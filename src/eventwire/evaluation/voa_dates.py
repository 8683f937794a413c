"""Real news: event dates of matched VOA events against the annotated ``date``, per part.

The VOA annotations give each event the day it happened when the story says so
(``date``, null otherwise); ``score.py`` does not score it. This runs
``eventwire extract`` on one part's stories (``splits.py``), matches events to
the annotations as the VOA scorer does (same sentence, same type, asserted or
planned), and on matched events whose annotation has a date reports:

- ``value_exact``: the event's ``date.value`` equals the annotated date;
- ``range_hit``: the annotated day (or month) lies in the event's date range
  (``date.range``, else the days its value denotes);
- ``range_consistent``: one of the two ranges lies inside the other (a week inside an
  annotated month is consistent, only finer);
- ``from_text``: the share dated by a time expression of the text (the rest fall
  back to the publication date or a range ending on it);
- ``range_days``: the mean width of the predicted ranges in days;
- ``range_hit_day`` / ``range_hit_coarse``: ``range_hit`` on the events annotated to the day
  (``matched_day``) and on those annotated only to a month or year (``matched_coarse``): a
  range finer than an annotated month (the week before the report) is consistent but no hit,
  so the two parts' ``range_hit`` also differ by how many events each annotates coarsely;
- ``range_consistent_coarse``: ``range_consistent`` on the events annotated only to a month
  or year. An undated past report in an article published after the 7th of a month gets the
  week before the report, inside the article's month: when the annotation gives that month,
  no range that ends by the report can hold the whole month (a hit), but the week is
  consistent with it.

    .venv/bin/python -m eventwire.evaluation.voa_dates [--part tune|check] [--cli PATH]
        [--examples N]

Misses are printed only for the tuning part.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from eventwire.evaluation.common import eval_path, print_table, skip, write_results
from eventwire.evaluation.splits import PARTS, TUNE
from eventwire.evaluation.voa import (
    ANNOTATIONS,
    FOLDER,
    STORIES,
    default_cli,
    read_jsonl,
    story_part,
)
from eventwire.evaluation.voa_errors import extract_stories, matched_events, scoring_module
from eventwire.fuse.dates import date_range

NAME = "voa_dates"


def predicted_range(date: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The day range an extracted event date stands for (its ``range``, else its value)."""
    rng = date.get("range")
    if isinstance(rng, list) and len(rng) == 2 and all(rng):
        return dt.date.fromisoformat(rng[0]), dt.date.fromisoformat(rng[1])
    return date_range(date.get("value"))


def matched_dates(text: str, gold: list[dict[str, Any]], out: dict[str, Any], sc: Any
                  ) -> list[tuple[str, dict[str, Any], str]]:
    """(gold date, predicted date, sentence) of each matched event whose gold has a date."""
    return [(g["date"], e.get("date") or {}, e["sentence"]["text"])
            for e, g in matched_events(text, gold, out, sc)
            if isinstance(g.get("date"), str) and date_range(g["date"])]


def summarise(rows: list[tuple[str, dict[str, Any], str]]) -> dict[str, Any]:
    """Exact value, range hit and consistency, share dated from the text, mean width, and the
    range hit on events annotated to the day and on those annotated coarser."""
    n = len(rows)
    exact = hit = nested = text = width = 0
    by_grain = {"day": [0, 0], "coarse": [0, 0]}  # grain -> [events, hits]
    coarse_nested = 0
    for gold, pred, _ in rows:
        exact += pred.get("value") == gold
        rng, day = predicted_range(pred), date_range(gold)
        coarse = not (day and day[0] == day[1])
        grain = by_grain["coarse" if coarse else "day"]
        grain[0] += 1
        if rng and day:
            grain[1] += rng[0] <= day[0] and day[1] <= rng[1]
            hit += rng[0] <= day[0] and day[1] <= rng[1]
            inside = (rng[0] <= day[0] and day[1] <= rng[1]) or \
                (day[0] <= rng[0] and rng[1] <= day[1])
            nested += inside
            coarse_nested += coarse and inside
            width += (rng[1] - rng[0]).days
        text += pred.get("from") == "text"
    return {"matched_with_date": n, "value_exact": exact / n if n else 0.0,
            "range_hit": hit / n if n else 0.0, "range_consistent": nested / n if n else 0.0,
            "from_text": text / n if n else 0.0,
            "range_days": width / n if n else 0.0,
            **{f"matched_{g}": k for g, (k, _) in by_grain.items()},
            **{f"range_hit_{g}": h / k if k else 0.0 for g, (k, h) in by_grain.items()},
            "range_consistent_coarse": coarse_nested / by_grain["coarse"][0]
            if by_grain["coarse"][0] else 0.0}


def main(argv: list[str] | None = None) -> int:
    """Score the event dates of one part (default: both, one after the other)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=PARTS, default=None, help="part to score (default both)")
    ap.add_argument("--cli", default=None, help="the eventwire command to run")
    ap.add_argument("--examples", type=int, default=0, help="misses to print (tuning part)")
    args = ap.parse_args(argv)
    folder = eval_path(FOLDER)
    if folder is None or not (folder / STORIES).exists():
        skip(f"VOA stories (eval/{FOLDER}/{STORIES})")
    sc = scoring_module(folder)
    for part in ([args.part] if args.part else list(PARTS)):
        notes = {str(a["id"]): a for a in read_jsonl(folder / ANNOTATIONS)
                 if story_part(a) == part}
        stories = [s for s in read_jsonl(folder / STORIES)
                   if story_part(s) == part and str(s["id"]) in notes]
        out = extract_stories(stories, args.cli or default_cli())
        rows = []
        for s in stories:
            o = out.get(str(s["id"])) or {}
            rows += matched_dates(o.get("text", ""), notes[str(s["id"])]["events"], o, sc)
        results = {"part": part, **summarise(rows)}
        print_table(sorted(results.items()), f"VOA event dates ({part})")
        print(f"wrote {write_results(f'{NAME}_{part}', results)}")
        if part == TUNE:
            for gold, pred, sent in [r for r in rows if r[1].get("value") != r[0]][:args.examples]:
                print(f"  gold {gold} | pred {pred.get('value')} {pred.get('range')} "
                      f"{pred.get('from')}/{pred.get('via')} "
                      f"{(pred.get('span') or {}).get('text')!r}")
                print(f"      {' '.join(sent.split())[:170]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
