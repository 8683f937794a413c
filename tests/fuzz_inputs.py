"""Generated hostile inputs for the ingest path: one function per category, seeded.

Each generator returns ``(file name, bytes)``; the name's extension decides
how the readers treat it. Used by the hypothesis test of the ingest path and
by ``bench/bench_fuzz.py`` (the long run behind ``make fuzz``).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from importlib import resources

PUNCT = "!?.,;:-_=+*#@$%^&()[]{}<>/\\|~`'\"…—–«»"
ODD = ["\ud800", "\udfff", "\x00", "\x01", "\x0b", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff",
       "\u202e", "\u200b", "\ufffe", "\U0001f600", "\u0301", "\t", "\r", "\n\n\n"]
DATES = ["9999-12-31", "0001-01-01", "2025-02-30", "2025-13-01", "-1", "1e9", "99999-01-01",
         "2025-05-19T25:61:00", "yesterday", "", "2025", "2025-05", "１９８４", "2025-05-19"]
Generator = Callable[[random.Random], tuple[str, bytes]]


def news_texts() -> list[str]:
    """The packaged sample articles (the seed of the mutations)."""
    folder = resources.files("eventwire.data").joinpath("samples")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".txt")]


_NEWS: list[str] = []


def _news(rng: random.Random) -> str:
    """One sample article."""
    if not _NEWS:
        _NEWS.extend(news_texts())
    return rng.choice(_NEWS)


def _utf8(text: str) -> bytes:
    """UTF-8 bytes, lone surrogates kept as their (invalid) three-byte forms."""
    return text.encode("utf-8", "surrogatepass")


def random_bytes(rng: random.Random) -> tuple[str, bytes]:
    """Random bytes under a text-like or unknown name."""
    n = rng.choice([0, 1, 10, 1000, 20000])
    return rng.choice(["r.txt", "r.bin", "r.md", "r.html", "r.jsonl"]), rng.randbytes(n)


def random_unicode(rng: random.Random) -> tuple[str, bytes]:
    """Random code points, surrogates and controls included."""
    n = rng.choice([1, 50, 2000, 20000])
    chars = [chr(rng.randrange(0x110000)) if rng.random() < 0.5 else
             chr(rng.randrange(0x20, 0x2FF)) for _ in range(n)]
    return rng.choice(["u.txt", "u.md", "u"]), _utf8("".join(chars))


def _mutate(rng: random.Random, text: str) -> str:
    """A sample text with a few hostile edits."""
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(text) + 1)
        kind = rng.randrange(8)
        if kind == 0:
            text = text[:i] + rng.choice(ODD) * rng.randint(1, 50) + text[i:]
        elif kind == 1:
            text = text[:i] + "".join(rng.choice(PUNCT) for _ in range(rng.choice(
                [100, 2000, 20000]))) + text[i:]
        elif kind == 2:
            text = text[:i] + ", ".join(f"Name{k} Person{k}" for k in range(rng.choice(
                [50, 800]))) + text[i:]
        elif kind == 3:
            text = text[:i] + "x" * rng.choice([1000, 100000]) + text[i:]
        elif kind == 4:
            text = text[: i // 2] + text[i:]
        elif kind == 5:
            text = text[:i] + " on " + rng.choice(DATES) + " " + text[i:]
        elif kind == 6:
            text = text[:i] + "| a | b |\n|---|\n| 1 | 2 | 3 | 4 |\n" * rng.randint(1, 200) + text[i:]
        else:
            text = text * rng.choice([2, 3])
    return text


def mutated_news(rng: random.Random) -> tuple[str, bytes]:
    """A sample article with hostile edits."""
    return rng.choice(["n.txt", "n.md"]), _utf8(_mutate(rng, _news(rng)))


def nested_html(rng: random.Random) -> tuple[str, bytes]:
    """Deeply nested or broken HTML around a sample article."""
    depth = rng.choice([10, 300, 5000, 50000])
    tag = rng.choice(["div", "span", "b", "table", "p"])
    body = _news(rng).replace("\n", "</p><p>")
    html = (f"<html><head><title>{rng.choice(ODD)}t</title></head><body>" + f"<{tag}>" * depth
            + "<p>" + body + "</p>" + (f"</{tag}>" * rng.choice([0, depth])) + "</body></html>")
    return "h.html", _utf8(html)


def huge_lines(rng: random.Random) -> tuple[str, bytes]:
    """One enormous line (words, punctuation or one token)."""
    n = rng.choice([100_000, 1_100_000, 3_000_000])
    unit = rng.choice(["word ", "!", "a", "Putin, ", ".,;", "https://x.y/"])
    return "l.txt", _utf8((unit * (n // len(unit) + 1))[:n])


def malformed_jsonl(rng: random.Random) -> tuple[str, bytes]:
    """JSONL with broken, odd-typed, deeply nested and out-of-range records."""
    lines = []
    for k in range(rng.randint(1, 4)):
        kind = rng.randrange(7)
        if kind == 0:
            lines.append("[" * rng.choice([50, 5000, 100000]) + "]" * rng.choice([0, 50]))
        elif kind == 1:
            lines.append('{"id": "x", "text": ')
        elif kind == 2:
            lines.append(json.dumps({"id": k, "text": 5, "title": ["t"], "published": {}}))
        elif kind == 3:
            lines.append(json.dumps({"id": f"j{k}", "text": _news(rng)[:3000],
                                     "published": rng.choice(DATES),
                                     "title": rng.choice(ODD) + "Title"}, ensure_ascii=False))
        elif kind == 4:
            lines.append(json.dumps({"id": "d" + rng.choice(ODD), "text": rng.choice(ODD) * 3,
                                     "url": "http://" + rng.choice(ODD)}))
        elif kind == 5:
            lines.append('"just a string"')
        else:
            lines.append('{"text": {"text": {"text": ' * 200 + "1" + "}" * 600)
    return "j.jsonl", _utf8("\n".join(lines))


def hostile_feed(rng: random.Random) -> tuple[str, bytes]:
    """RSS/Atom with undeclared prefixes, entities, deep nesting and odd content."""
    kind = rng.randrange(5)
    item = ("<item><title>T</title><media:title>M</media:title><description>"
            "<![CDATA[<p>" + _news(rng)[:2000] + "</p>]]></description>"
            "<content:encoded><![CDATA[<p>" + _news(rng)[:4000] + "</p>]]></content:encoded>"
            "<pubDate>" + rng.choice(DATES) + "</pubDate></item>")
    if kind == 0:
        xml = '<rss version="2.0"><channel>' + item * rng.randint(1, 3) + "</channel></rss>"
    elif kind == 1:
        xml = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
               "<rss><channel><item><description>&b;</description></item></channel></rss>")
    elif kind == 2:
        xml = "<rss><channel>" + "<x>" * rng.choice([300, 20000]) + item + "</channel></rss>"
    elif kind == 3:
        xml = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>' + rng.choice(ODD)
               + "</title><content type=\"html\">&lt;p&gt;" + rng.choice(ODD) * 10
               + "&lt;/p&gt;</content></entry></feed>")
    else:
        xml = "<rss><channel><item><description>" + "<" * 1000 + "</description></item>"
    return rng.choice(["f.xml", "f.rss", "f.atom"]), _utf8(xml)


def ragged_table(rng: random.Random) -> tuple[str, bytes]:
    """Pipe and tab tables with ragged rows around news text."""
    rows = []
    for _ in range(rng.choice([3, 100, 3000])):
        cells = [rng.choice(["Putin", "Trump", "", "|", "—", "9999-12-31", "x" * 50])
                 for _ in range(rng.randint(0, 12))]
        rows.append(rng.choice(["| ", "", "\t"]) + rng.choice([" | ", "\t", "|"]).join(cells))
    return "t.md", _utf8(_news(rng)[:1500] + "\n" + "\n".join(rows) + "\n")


CATEGORIES: dict[str, Generator] = {
    "random_bytes": random_bytes, "random_unicode": random_unicode,
    "mutated_news": mutated_news, "nested_html": nested_html, "huge_lines": huge_lines,
    "malformed_jsonl": malformed_jsonl, "hostile_feed": hostile_feed, "ragged_table": ragged_table,
}


def generate(seed: int, category: str | None = None) -> tuple[str, str, bytes]:
    """(category, file name, bytes) of the input of ``seed`` (category by seed when None)."""
    rng = random.Random(seed)
    name = category or rng.choice(sorted(CATEGORIES))
    file_name, data = CATEGORIES[name](rng)
    return name, file_name, data
