"""Evaluation text kept out of the repository: lines that repeat a run of eval words.

The evaluation sets measure how the product does on text it was not built from, so
no sentence of them may appear in code, tests, docs or package data. This check
reads every tracked text file of the repository, collects each run of ``WINDOW``
words, and reports the lines whose run also occurs in an evaluation file (its
text and annotation files; the sets' own READMEs and scorer scripts describe the
format and are not evaluation text). Registry data (names of organisations and
people, which news text naturally repeats) and runs made only of numbers or
upper-case labels (event types, codes) are not counted.

    python -m eventwire.evaluation.leakage      # prints file:line and the eval file
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from eventwire.evaluation.common import eval_dir, repo_root, skip

WINDOW = 8  # words in a run; eight shared words in order are a copied phrase, not an idiom
MIN_LOWER_WORDS = 5  # a run needs this many lower-case words to be prose
TEXT_SUFFIXES = (".py", ".md", ".json", ".txt", ".html", ".js", ".toml", ".cfg", ".jsonl")
SKIPPED_REPO_FILES = re.compile(r"(^|/)data/actors_[^/]*\.json$|(^|/)data/samples/")
SKIPPED_EVAL_NAMES = ("README.md",)
SKIPPED_EVAL_SUFFIXES = (".py", ".bin")
WORD = re.compile(r"[A-Za-z0-9']+")
TAG = re.compile(r"<[^>]+>")


def _words(text: str) -> list[str]:
    """The words of ``text`` as written (case kept, to tell labels from prose)."""
    return WORD.findall(TAG.sub(" ", text))


def _prose(run: tuple[str, ...]) -> bool:
    """True for a run of prose, not of numbers or upper-case labels."""
    return sum(1 for w in run if w[0].islower()) >= MIN_LOWER_WORDS


def _tracked_files(root: Path) -> list[str]:
    """The repository's tracked text files (``git ls-files``), registry data excepted."""
    out = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True,
                         check=True).stdout.split()
    return [f for f in out if f.endswith(TEXT_SUFFIXES) and not SKIPPED_REPO_FILES.search(f)]


def repo_runs(root: Path) -> dict[tuple[str, ...], list[str]]:
    """Each prose run of the repository's files, lower-cased, with the lines holding it."""
    runs: dict[tuple[str, ...], list[str]] = {}
    for name in _tracked_files(root):
        text = (root / name).read_text(encoding="utf-8", errors="ignore")
        for no, line in enumerate(text.splitlines(), 1):
            words = _words(line)
            for i in range(len(words) - WINDOW + 1):
                run = tuple(words[i:i + WINDOW])
                if _prose(run):
                    runs.setdefault(tuple(w.lower() for w in run), []).append(f"{name}:{no}")
    return runs


def _eval_files(base: Path) -> list[Path]:
    """The evaluation sets' text and annotation files."""
    return sorted(p for p in base.rglob("*") if p.is_file()
                  and p.name not in SKIPPED_EVAL_NAMES and p.suffix not in SKIPPED_EVAL_SUFFIXES)


def leaks(root: Path, base: Path) -> dict[str, str]:
    """Repository lines (``file:line``) sharing a run with an evaluation file, and that file."""
    runs = repo_runs(root)
    found: dict[str, str] = {}
    for path in _eval_files(base):
        words = [w.lower() for w in _words(path.read_text(encoding="utf-8", errors="ignore"))]
        for i in range(len(words) - WINDOW + 1):
            for where in runs.get(tuple(words[i:i + WINDOW]), ()):
                found.setdefault(where, str(path.relative_to(base)))
    return found


def main() -> None:
    """Print each leaking line with the evaluation file it repeats; exit 1 when any."""
    base = eval_dir()
    if base is None:
        skip("evaluation data")
    found = leaks(repo_root(), base)
    for where, source in sorted(found.items()):
        print(f"{where}: repeats {source}")
    print(f"{len(found)} line(s) repeat evaluation text")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
