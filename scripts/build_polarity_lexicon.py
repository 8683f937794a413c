#!/usr/bin/env python3
"""Build ``eventwire/data/events_polarity.json`` from the VADER sentiment lexicon.

Reads ``vader_lexicon.txt`` as the PyPI package ``vaderSentiment`` ships it (MIT,
C.J. Hutto) and keeps the single words (letters, with inner hyphens or apostrophes)
whose mean valence rating is at most ``-floor`` (strongly negative), with that mean
(-4 .. 0; strongly positive predicates gave no SUPPORT on the VOA tuning part, so they are left out).
The file records the source, its version and licence. The extraction reads it as
evaluative vocabulary: a party's statement that calls something strongly negative
is a disapproval (``extract/quotes_disapproval.py``, threshold ``negative_max``).

The package is only a data source: the project does not import it at run time.

    pip install vaderSentiment && python scripts/build_polarity_lexicon.py [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_FILE = ROOT / "src" / "eventwire" / "data" / "events_polarity.json"
PACKAGE = "vaderSentiment"
WORD_RE = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")
FLOOR = 1.0  # |mean valence| kept in the file
NEGATIVE_MAX = -1.0  # the extraction's threshold (VOA tuning part F1 best at -1.0)


def read_vader() -> str:
    """The packaged lexicon's text."""
    return resources.files(PACKAGE).joinpath("vader_lexicon.txt").read_text(encoding="utf-8")


def valences(text: str) -> list[tuple[str, float]]:
    """(word, mean valence) for each line of a VADER lexicon (tab-separated: token, mean,
    standard deviation, the raters' scores)."""
    out = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            out.append((parts[0].strip(), float(parts[1])))
    return out


def build(text: str, version: str, floor: float = FLOOR) -> dict:
    """The package data document for a VADER lexicon's text of package version ``version``:
    single words only, rated at most ``-floor``."""
    words = sorted((w, v) for w, v in valences(text) if WORD_RE.match(w) and v <= -floor)
    return {
        "source": f"VADER sentiment lexicon vader_lexicon.txt, PyPI package {PACKAGE} "
                  f"{version} (C.J. Hutto, cjhutto/vaderSentiment)",
        "licence": "MIT (Copyright (c) 2016 C.J. Hutto)",
        "doc": "mean valence (-4 .. +4) of single words rated at most "
               f"-{floor}; built by scripts/build_polarity_lexicon.py",
        "negative_max": NEGATIVE_MAX,
        "negative": {w: v for w, v in words if v < 0},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    parser.add_argument("--floor", type=float, default=FLOOR)
    args = parser.parse_args()
    doc = build(read_vader(), metadata.version(PACKAGE), args.floor)
    args.out.write_text(json.dumps(doc, indent=0, ensure_ascii=False, sort_keys=False) + "\n",
                        encoding="utf-8")
    print(f"{args.out}: {len(doc['negative'])} negative words")


if __name__ == "__main__":
    main()
