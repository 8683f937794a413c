"""The benchmark corpus: real news paragraphs recombined into article-length documents, in memory.

Where the evaluation data is present (``EVENTWIRE_EVAL_DIR`` or ``../shared/eval``)
the paragraphs come from the Voice of America stories (``voa/dev_stories.jsonl``,
split into runs of sentences) and the multi-outlet story sets
(``stories/*/articles.jsonl``); otherwise from the packaged samples. Documents
are built in memory (or written to a temporary directory by the caller), never
into the repository.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

SEED = 13
SENTENCES_PER_PARAGRAPH = 3  # VOA texts come without paragraph breaks
MIN_PARAGRAPH_WORDS = 12
SENTENCE_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z“\"])")
WORD_RE = re.compile(r"\S+")
DATES = ("2025-05-19", "2025-06-05", "2024-11-27", "2025-07-24", "2019-11-25", None)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def sample_texts() -> list[str]:
    """The packaged sample articles."""
    folder = resources.files("eventwire.data").joinpath("samples")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".txt")]


def sentence_runs(text: str, size: int = SENTENCES_PER_PARAGRAPH) -> list[str]:
    """A text without paragraph breaks cut into runs of ``size`` sentences."""
    sents = SENTENCE_RE.split(text.strip())
    return [" ".join(sents[i:i + size]) for i in range(0, len(sents), size)]


def jsonl_texts(path: Path) -> list[str]:
    """The ``text`` field of every line of a JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def real_paragraphs() -> list[str]:
    """Paragraphs of the VOA stories and the story sets, if the evaluation data is present."""
    from eventwire.evaluation.common import eval_dir

    base = eval_dir()
    if base is None:
        return []
    paras: list[str] = []
    voa = base / "voa" / "dev_stories.jsonl"
    if voa.is_file():
        for text in jsonl_texts(voa):
            for block in text.split("\n"):
                paras += sentence_runs(block)
    for path in sorted((base / "stories").glob("*/articles.jsonl")):
        for text in jsonl_texts(path):
            paras += [p.strip() for p in text.split("\n")]
    return [p for p in paras if len(p.split()) >= MIN_PARAGRAPH_WORDS]


def paragraphs() -> tuple[list[str], str]:
    """Real paragraphs where available, else the samples' paragraphs; and where they came from."""
    paras = real_paragraphs()
    if paras:
        return paras, "VOA stories and story sets"
    paras = [p for s in sample_texts() for p in s.split("\n") if len(p.split()) >= 8]
    return paras, "packaged samples"


def documents(n: int, words: tuple[int, int], seed: int = SEED) -> Iterator[dict[str, str | None]]:
    """``n`` documents of randomly drawn paragraphs, each within ``words``, as JSONL records."""
    paras, _ = paragraphs()
    rng = random.Random(seed)
    for i in range(n):
        goal, count, parts = rng.randint(*words), 0, []
        while count < goal:
            p = rng.choice(paras)
            parts.append(p)
            count += len(p.split())
        yield {"id": f"bench-{i}", "text": "\n\n".join(parts), "published": DATES[i % len(DATES)]}


def write_jsonl(path: Path, n: int, words: tuple[int, int], seed: int = SEED) -> int:
    """Write ``n`` documents to a JSONL file (a temporary path); return the word count."""
    total = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc in documents(n, words, seed):
            total += len(WORD_RE.findall(doc["text"] or ""))
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return total
