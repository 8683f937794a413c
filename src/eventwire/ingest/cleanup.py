"""Cleanup of pasted web text, rule by rule, never changing the wording.

The text is split into lines that remember their offset in the raw text. Each
rule in ``RULES`` takes the lines (and the list of removals so far) and returns
the lines it keeps; a line a rule drops becomes a ``model.Removal`` naming the
rule. Rules may rewrite spacing and list markers inside a line, never words:
the alphanumeric tokens of every kept line survive unchanged.

Boilerplate patterns live in ``data/ingest_boilerplate.json`` (user-extensible,
see ``load_patterns``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventwire.model import Removal

PATTERNS_RESOURCE = "ingest_boilerplate.json"
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 25
TITLE_HEAD_LINES = 5
RUN_TOGETHER_SENTENCE = re.compile(r"(?<=[a-z0-9%)\]][.!?])([\"”’)]?)(?=[A-Z][a-z])")
RUN_TOGETHER_COMMA = re.compile(r"(?<=[A-Za-z]),(?=[A-Za-z])")
ODD_SPACES = re.compile("[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
RUN_TOGETHER_ANY = re.compile(r"[a-z0-9%)\]][.!?][\"”’)]?[A-Z][a-z]|[A-Za-z],[A-Za-z]")
SCRIPT_BLOCK = re.compile(r"<(script|style|noscript)\b[^>]*>.*?(?:</\1\s*>|$)",
                          re.IGNORECASE | re.DOTALL)
TAG = re.compile(r"<[^>]*>")
SCRIPT_CODE = re.compile(
    r"\b(?:window|document|googletag|dataLayer|gtag|jQuery)\s*[.(=\[]|"
    r"\b(?:var|let|const)\s+[\w$]+\s*=|\bfunction\s*\(|=>|[{}]|\|\||&&|\$\(|"
    r"[\w$]+(?:\.[\w$]+)+\s*=[^=]|\b[\w$]*[_$][\w$]*\s*=[^=]")
# A section heading that lost its line break, between the end of one sentence (or the line's
# start) and the capitalised opener of the next: "... last year. Recent attacks Since the
# beginning of the year, ...". The opener is a closed-class word that starts sentences and is
# capitalised only there (a determiner, pronoun, preposition or subordinator, 'I' excluded);
# a determiner, pronoun or preposition must be followed by a lower-case word, so names and
# titles ("told The Associated Press", "Made In China") are not openers.
GLUED_HEADING_START = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’)] ))(?=[A-Z])")
HEADING_WORD = re.compile(r"[\w'’&-]*[^\W\d_][\w'’&-]*")  # a word with a letter
GLUED_HEADING_MAX_WORDS = 8
GLUED_HEADING_MIN_REST = 6  # words the sentence after the heading has at least
SENTENCE_OPENERS = frozenset(
    "The A An This That These Those Its His Her Their Our Some Many Most Several Another Each "
    "Every He She They It We In On At For From With Since After Before During Despite Under "
    "Amid Following According Over Last Earlier Later".split())
HEADING_SMALL_WORDS = frozenset("a an the and of on in into with for to at from by over".split())
SUBORDINATORS = frozenset("While When Although Though Because If As Once Unless Until".split())
FUNCTION_WORDS = frozenset(
    "a an the and or but nor so yet for because since as if when while though although once "
    "unless until then now here there also too still just even only well yes no not i i'm "
    "me my you your he him his she her it its we us our they them their this that these "
    "those who whom whose which what where why how is are was were be been am do does did "
    "have has had will would shall should can could may might must says said "
    "told asked added".split())
URLISH_TOKEN = re.compile(
    r"(?:\w+://|www\.|@|\.(?:com|org|net|gov|edu|int|io|co|uk|ru|ua|eu|de|fr|info|news)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text: its current text, the raw text, and its raw offset."""

    text: str
    raw: str
    offset: int


@dataclass(frozen=True, slots=True)
class Patterns:
    """Compiled boilerplate patterns."""

    lines: tuple[re.Pattern[str], ...]
    paragraph_starts: tuple[re.Pattern[str], ...]
    bullets: tuple[str, ...]


Rule = Callable[[list[Line], list[Removal], Patterns], list[Line]]


def _read_json(path: Path | str | None) -> dict:
    """Read one patterns JSON file (the packaged one when ``path`` is None)."""
    if path is None:
        data = resources.files("eventwire.data").joinpath(PATTERNS_RESOURCE).read_text("utf-8")
        return json.loads(data)
    return json.loads(Path(path).read_text("utf-8"))


def _compile(exprs: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Compile whole-line, case-insensitive patterns into one alternation."""
    exprs = list(exprs)
    if not exprs:
        return ()
    return (re.compile("|".join(f"(?:{e})" for e in exprs), re.IGNORECASE),)


def load_patterns(extra: Iterable[Path | str] = ()) -> Patterns:
    """The packaged boilerplate patterns merged with any extra JSON files."""
    merged: dict[str, list[str]] = {"lines": [], "paragraph_starts": [], "bullets": []}
    for src in (None, *extra):
        data = _read_json(src)
        for key in merged:
            merged[key].extend(data.get(key, []))
    return Patterns(
        _compile(merged["lines"]), _compile(merged["paragraph_starts"]), tuple(merged["bullets"])
    )


@lru_cache(maxsize=1)
def default_patterns() -> Patterns:
    """The packaged boilerplate patterns (cached)."""
    return load_patterns()


def split_lines(text: str) -> list[Line]:
    """Split text into lines with their raw offsets (\\r\\n and \\r end lines too)."""
    lines = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if m.start() == len(text) and m.group() == "":
            break
        body = m.group().rstrip("\r\n")
        lines.append(Line(body, body, m.start()))
    return lines


def _drop(line: Line, rule: str, removed: list[Removal]) -> None:
    """Record the removal of ``line`` by ``rule``."""
    removed.append(Removal(rule=rule, text=line.raw, offset=line.offset))


def normalize_spaces(lines: list[Line], removed: list[Removal], patterns: Patterns) -> list[Line]:
    """NBSP, tabs and other Unicode spaces become plain spaces; trailing spaces go."""
    out = []
    for line in lines:
        text = ODD_SPACES.sub(" ", line.text).rstrip()
        text = text.lstrip("\ufeff") if line.offset == 0 else text
        out.append(replace(line, text=text))
    return out


def _matches(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    """True when one of ``patterns`` matches the whole stripped line."""
    stripped = text.strip()
    return any(p.fullmatch(stripped) for p in patterns)


def drop_boilerplate_lines(
    lines: list[Line], removed: list[Removal], patterns: Patterns
) -> list[Line]:
    """Drop lines that are navigation, share/subscribe prompts, reading times and the like."""
    out = []
    for line in lines:
        if line.text.strip() and _matches(patterns.lines, line.text):
            _drop(line, "drop_boilerplate_lines", removed)
        else:
            out.append(line)
    return out


def drop_call_to_action(lines: list[Line], removed: list[Removal], patterns: Patterns) -> list[Line]:
    """Drop paragraphs that open with "Call to Action:" and similar promotional labels."""
    out, dropping = [], False
    for line in lines:
        if not line.text.strip():
            dropping = False
        elif dropping or _matches(patterns.paragraph_starts, line.text):
            dropping = True
            _drop(line, "drop_call_to_action", removed)
            continue
        out.append(line)
    return out


def _title_key(text: str) -> str:
    """A comparison key for a title line: case-folded words."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _title_like(text: str) -> bool:
    """True for a short line without terminal sentence punctuation."""
    stripped = text.strip()
    words = stripped.split()
    return TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS and not stripped.endswith((".", ",", ";"))


def collapse_repeated_title(
    lines: list[Line], removed: list[Removal], patterns: Patterns
) -> list[Line]:
    """Keep the first occurrence of a title line repeated elsewhere; drop the repeats."""
    head = [ln for ln in lines if ln.text.strip()][:TITLE_HEAD_LINES]
    keys = {_title_key(ln.text) for ln in head if _title_like(ln.text)}
    keys.discard("")
    seen: set[str] = set()
    out = []
    for line in lines:
        key = _title_key(line.text) if line.text.strip() else ""
        if key in keys and key in seen:
            _drop(line, "collapse_repeated_title", removed)
            continue
        if key in keys:
            seen.add(key)
        out.append(line)
    return out


def _split_token(token: str) -> str:
    """Insert the missing space in one run-together token, unless it looks like a URL."""
    if URLISH_TOKEN.search(token):
        return token
    token = RUN_TOGETHER_SENTENCE.sub(lambda m: m.group(1) + " ", token)
    return RUN_TOGETHER_COMMA.sub(", ", token)


def split_run_together(lines: list[Line], removed: list[Removal], patterns: Patterns) -> list[Line]:
    """Restore the space in "conflict.In" and "dynamics,as" (not in decimals, U.S., URLs)."""
    out = []
    for line in lines:
        if not RUN_TOGETHER_ANY.search(line.text):
            out.append(line)
            continue
        parts = re.split(r"(\s+)", line.text)
        text = "".join(p if p.isspace() or not p else _split_token(p) for p in parts)
        out.append(replace(line, text=text))
    return out


def _heading_run(head: str, rest: str) -> bool:
    """True when ``head`` reads as a section heading glued before the sentence ``rest``: a
    few words with no function word but the small ones ('of', 'on', 'with' ...) inside, and
    a sentence of some length after it."""
    words = head.split()
    if words[0].lower() in FUNCTION_WORDS or any(
            w.lower().strip("'’") in FUNCTION_WORDS - HEADING_SMALL_WORDS for w in words):
        return False
    follow = rest.split()
    if len(follow) < GLUED_HEADING_MIN_REST:
        return False
    opener = follow[0]
    if opener in SUBORDINATORS:
        return True
    return opener in SENTENCE_OPENERS and follow[1][:1].islower()


def _glued_heading_cuts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each glued section heading in one line: the shortest run of words
    after a sentence end that reads as a heading before a sentence opener."""
    cuts = []
    for m in GLUED_HEADING_START.finditer(text):
        words = text[m.start():].split(" ", GLUED_HEADING_MAX_WORDS + 1)
        for k in range(1, min(len(words), GLUED_HEADING_MAX_WORDS + 1)):
            if not HEADING_WORD.fullmatch(words[k - 1]):
                break  # punctuation ends the run: a clause, not a heading
            if words[k][:1].isupper() and _heading_run(" ".join(words[:k]),
                                                       " ".join(words[k:])):
                end = m.start() + len(" ".join(words[:k]))
                cuts.append((m.start(), end))
                break
    return cuts


def split_glued_headings(lines: list[Line], removed: list[Removal], patterns: Patterns
                         ) -> list[Line]:
    """Put a section heading that lost its line break ("... last year. Recent attacks Since
    the beginning of the year, ...") on a line of its own between blank lines, so that it is a
    heading block and not the start of the next sentence."""
    out: list[Line] = []
    for line in lines:
        cuts = _glued_heading_cuts(line.text)
        if not cuts:
            out.append(line)
            continue
        exact = line.text == line.raw
        pos = 0
        for start, end in cuts:
            pieces = [(pos, line.text[pos:start].rstrip()), (start, line.text[start:end])]
            for at, piece in pieces:
                if piece.strip():
                    out.append(Line(piece, piece, line.offset + (at if exact else 0)))
                    out.append(Line("", "", line.offset + (at if exact else 0)))
            pos = end + 1
        rest = line.text[pos:]
        out.append(Line(rest, rest, line.offset + (pos if exact else 0)))
    return out


def normalize_bullets(lines: list[Line], removed: list[Removal], patterns: Patterns) -> list[Line]:
    """Rewrite "  • item" style bullets as "- item" list markers."""
    out = []
    for line in lines:
        stripped = line.text.lstrip()
        marker = None
        if stripped[:1] and not stripped[0].isalnum():
            marker = next((b for b in patterns.bullets if stripped.startswith(b + " ")), None)
        if marker is not None:
            line = replace(line, text="- " + stripped[len(marker):].lstrip())
        out.append(line)
    return out


def collapse_blank_lines(lines: list[Line], removed: list[Removal], patterns: Patterns) -> list[Line]:
    """Collapse runs of blank lines to one and drop blank lines at the start and end."""
    out: list[Line] = []
    for line in lines:
        blank = not line.text.strip()
        if blank and (not out or not out[-1].text.strip()):
            continue
        out.append(replace(line, text="") if blank else line)
    while out and not out[-1].text.strip():
        out.pop()
    return out


RULES: tuple[Rule, ...] = (
    normalize_spaces,
    drop_boilerplate_lines,
    drop_call_to_action,
    collapse_repeated_title,
    split_run_together,
    split_glued_headings,
    normalize_bullets,
    collapse_blank_lines,
)


def clean_lines(
    text: str, rules: Iterable[Rule] = RULES, patterns: Patterns | None = None
) -> tuple[list[Line], list[Removal]]:
    """Run the rules over the lines of ``text``; return kept lines and removals."""
    patterns = patterns or default_patterns()
    lines = split_lines(text)
    removed: list[Removal] = []
    for rule in rules:
        lines = rule(lines, removed, patterns)
    removed.sort(key=lambda r: r.offset)
    return lines, removed


def clean_title(title: str | None) -> str | None:
    """A title without markup or script text (None when nothing readable is left)."""
    if not title:
        return None
    text = TAG.sub(" ", SCRIPT_BLOCK.sub(" ", title))
    kept = []
    for piece in text.split(";"):
        code = SCRIPT_CODE.search(piece)
        piece = " ".join((piece[:code.start()] if code else piece).split())
        if piece:
            kept.append(piece)
    text = "; ".join(kept).strip(" |-–—:;,")
    return text or None


def clean_text(
    text: str, rules: Iterable[Rule] = RULES, patterns: Patterns | None = None
) -> tuple[str, list[Removal]]:
    """The cleaned text and the removals (with raw-text offsets), rule by rule."""
    lines, removed = clean_lines(text, rules, patterns)
    return "\n".join(line.text for line in lines), removed
