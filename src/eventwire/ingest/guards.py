"""Guards for untrusted text before it reaches spaCy: valid Unicode, bounded size and shape.

Every input passes ``guard_text`` before cleanup. It replaces what spaCy
cannot store (lone surrogates) or should not see (control characters), breaks
runs that make the tokenizer quadratic (long punctuation runs, very long
whitespace-free tokens), and refuses texts over the size limits naming them:
characters, and tokens (words and marks), which bound the parser's memory
(about 17 KB per token while a text is parsed) and time.
Each change is reported as a ``guard`` flag on the article, so the decision
taken on an input is visible in its output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventwire.model import Flag

MAX_TEXT_CHARS = 100_000  # cleaned article text handed to spaCy, in characters
MAX_TEXT_TOKENS = 20_000  # words and punctuation marks of the cleaned text (spaCy: ~17 KB each)
MAX_RAW_FACTOR = 4  # raw text (before boilerplate removal) may be this many times longer
MAX_PUNCT_RUN = 32  # longest run of punctuation/symbols without a space
MAX_TOKEN_CHARS = 200  # longest whitespace-free token
MAX_FIELD_CHARS = 2_000  # title, id, url and other metadata strings
MAX_JSON_DEPTH = 32  # nesting of one JSONL record
SURROGATES = re.compile("[\ud800-\udfff]")
CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufff9-\ufffb]")
PUNCT_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}")
TOKEN = re.compile(r"\w+|[^\w\s]{1,4}")  # as spaCy splits: words, marks (runs in pieces)
LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")
JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
JSON_BRACKETS = re.compile(r"[\[\]{}]")
REPLACEMENT = "\ufffd"


class TextTooLong(ValueError):
    """A text over ``MAX_TEXT_CHARS``."""


@dataclass
class Guarded:
    """A guarded text and the decisions taken on it."""

    text: str
    decisions: list[str] = field(default_factory=list)

    def flags(self) -> list[Flag]:
        """One ``guard`` flag per decision."""
        return [Flag(kind="guard", message=d, data={"guard": d.split(":", 1)[0]})
                for d in self.decisions]


def _break(match: re.Match[str], width: int) -> str:
    """The matched run with a space inserted every ``width`` characters."""
    run = match.group(0)
    return " ".join(run[i:i + width] for i in range(0, len(run), width))


def valid_unicode(text: str) -> str:
    """The text with lone surrogates replaced (U+FFFD) and control characters dropped."""
    if SURROGATES.search(text):
        text = SURROGATES.sub(REPLACEMENT, text)
    if CONTROLS.search(text):
        text = CONTROLS.sub("", text)
    return text


def clean_field(value: str | None, limit: int = MAX_FIELD_CHARS) -> str | None:
    """A metadata string (title, id, url) as valid one-line Unicode of bounded length."""
    if value is None:
        return None
    value = " ".join(valid_unicode(str(value)).split())[:limit]
    return value or None


def check_length(text: str, limit: int = MAX_TEXT_CHARS) -> None:
    """Raise TextTooLong when ``text`` is over ``limit`` characters."""
    if len(text) > limit:
        raise TextTooLong(f"text too long ({len(text):,} characters; the limit is {limit:,} "
                          "characters of article text)")


def count_tokens(text: str) -> int:
    """About how many tokens spaCy makes of ``text`` (runs of word characters, other marks)."""
    return sum(1 for _ in TOKEN.finditer(text))


def check_tokens(text: str, limit: int = MAX_TEXT_TOKENS) -> None:
    """Raise TextTooLong when ``text`` has more than ``limit`` tokens (words, marks)."""
    if len(text) > limit:  # fewer characters than the limit: fewer tokens too
        n = count_tokens(text)
        if n > limit:
            raise TextTooLong(f"text too long ({n:,} words and marks; the limit is {limit:,} "
                              "words and marks of article text)")


def guard_text(text: str) -> Guarded:
    """The text made safe for the NLP: valid Unicode, no quadratic runs; raises TextTooLong."""
    check_length(text, MAX_TEXT_CHARS * MAX_RAW_FACTOR)
    out = Guarded(text)
    n_sur = len(SURROGATES.findall(text))
    if n_sur:
        out.decisions.append(f"surrogates: {n_sur} lone surrogate(s) replaced by U+FFFD")
    n_ctl = len(CONTROLS.findall(text))
    text = valid_unicode(text)
    if n_ctl:
        out.decisions.append(f"controls: {n_ctl} control character(s) removed")
    text, n_punct = PUNCT_RUN.subn(lambda m: _break(m, MAX_PUNCT_RUN), text)
    if n_punct:
        out.decisions.append(f"punctuation: {n_punct} run(s) over {MAX_PUNCT_RUN} characters "
                             "broken with spaces")
    text, n_long = LONG_TOKEN.subn(lambda m: _break(m, MAX_TOKEN_CHARS), text)
    if n_long:
        out.decisions.append(f"tokens: {n_long} token(s) over {MAX_TOKEN_CHARS} characters "
                             "broken with spaces")
    out.text = text
    return out


def json_depth(line: str) -> int:
    """The deepest nesting of arrays/objects in a JSON text (strings skipped).

    Texts with few brackets are answered without a scan (0 or 1, always within the limit).
    """
    if line.count("[") + line.count("{") <= MAX_JSON_DEPTH:
        return 0 if "[" not in line and "{" not in line else 1
    depth = deepest = 0
    for m in JSON_BRACKETS.finditer(JSON_STRING.sub("", line)):
        depth += 1 if m.group(0) in "[{" else -1
        deepest = max(deepest, depth)
    return deepest
