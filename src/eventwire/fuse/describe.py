"""One readable line per fused event, built from its evidence.

The description is, when one fits, the clause of the best mention's sentence
that runs from the source actor through the trigger to the target, numbers and
place ("Hezbollah fired around 160 rockets at Israel"): the reader sees the
sources' own words, with their tense and modality. When no clause fits, a
phrase is composed from the participants, a verb for the PLOVER type and mode
(``data/describe_verbs.json``), the numbers and the place. Rules and limits:
``data/DESCRIBE.md``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

MAX_WORDS = 30  # longest clause used as a description
WINDOW_WORDS = 24  # longest sentence used whole when there is no clause
MAX_SUBJECT_GAP = 12  # words allowed between the subject and the trigger
MAX_EXTRA_GAP = 8  # words allowed before a target, number or place joins the clause
COMPLEMENT_WORDS = 8  # words a bare verb's complement may have
NP_WORDS = 4  # words that may finish the noun phrase after the last span
SUBJECT_JOIN_GAP = 4  # words between two source spans read as one subject
MAX_NAMES = 3
WORD_RE = re.compile(r"\S+")
DATELINE_RE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'/\-]*[A-Z]\.?,\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?"
    r"\([^)]{1,40}\)\s*[-–—]+\s*"
    r"|^\s*(?:Updated:?\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|local(?: time)?|[AP]M))?\s*[:\-–—]\s*")
QUOTES = "\"“”"
ABBREVIATION_RE = re.compile(r"\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr"
                             r"|Gen|Lt|Col|Sgt|St|No|Gov|Sen|Rep|Prof)$")
EDGE_PUNCT = " ,;:-–—(|\"“”'’"
ATTRIBUTION_RE = re.compile(
    r"(?:[,;]\s+[^,;\"“”]{1,60}?\s+(?:said|says|told|reported|added|noted|announced)"
    r"(?:\s+(?:on|late|early|last)\s+\w+(?:\s+\w+)?)?|,?\s+according to [^,;]{1,80})\s*\.?$")
LEADING_CONJUNCTION_RE = re.compile(r"^(?:and|but|or|so|yet|meanwhile|however)[,]?\s+", re.I)
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec today yesterday tonight".split())
LOWER_LEADS = frozenset("more at about some around nearly over up the a an several dozens "
                        "hundreds thousands".split())
INVERTED_NAME_RE = re.compile(r"^(?P<name>[^,]+), (?P<title>(?:[\w-]+ )*of)$")
DETERMINERS = frozenset({"a", "an", "the"})
TARGET_PREPOSITIONS = frozenset({"with", "to", "on", "from", "for", "against", "of", "at", "into"})


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The verb phrases and stop words of ``data/describe_verbs.json``."""
    path = resources.files("eventwire.data").joinpath("describe_verbs.json")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words that end a noun phrase (prepositions, conjunctions, reporting verbs; made once,
    not for each word tested)."""
    return frozenset(lexicon()["stop_words"])


def _words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each whitespace-separated word."""
    return [(m.start(), m.end()) for m in WORD_RE.finditer(text)]


def _n_words(text: str) -> int:
    """How many words ``text`` has."""
    return len(WORD_RE.findall(text))


def _rel(span: dict[str, Any] | None, s0: int, length: int) -> tuple[int, int] | None:
    """A span's offsets relative to its sentence, or None when it lies outside it."""
    if not isinstance(span, dict) or span.get("start") is None or span.get("end") is None:
        return None
    a, b = int(span["start"]) - s0, int(span["end"]) - s0
    return (a, b) if 0 <= a < b <= length else None


def _find_name(text: str, name: str | None) -> tuple[int, int] | None:
    """Where an actor's name (or its last word) occurs in ``text``, as a whole word."""
    if not name:
        return None
    for needle in dict.fromkeys([name, name.split()[-1]]):
        if len(needle) < 3:
            continue
        found = re.search(rf"(?<![\w-]){re.escape(needle)}(?![\w-])", text)
        if found:
            return found.start(), found.end()
    return None


def _spans(mention: dict[str, Any], role: str, names: list[str], text: str,
           s0: int) -> list[tuple[int, int]]:
    """Sentence-relative spans of one role: the stored participant spans, else the
    participants' names found in the sentence."""
    out = [r for r in (_rel(p, s0, len(text)) for p in mention.get(role) or []) if r]
    if not out and not mention.get(role):
        out = [r for r in (_find_name(text, n) for n in names) if r]
    return sorted(set(out))


def _extra_spans(mention: dict[str, Any], s0: int, length: int) -> list[tuple[int, int]]:
    """Spans of numbers, duration and place inside the sentence."""
    attrs = mention.get("attributes") or {}
    spans = [c.get("span") for c in attrs.get("counts") or [] if isinstance(c, dict)]
    if isinstance(attrs.get("duration"), dict):
        spans.append(attrs["duration"].get("span"))
    spans.append(mention.get("location"))
    return sorted({r for r in (_rel(s, s0, length) for s in spans) if r})


def _subject_start(text: str, sources: list[tuple[int, int]], trig: int) -> int | None:
    """Where the subject starts: the source span nearest before the trigger, joined with
    source spans just before it, widened over a determiner and title words."""
    before = [s for s in sources if s[1] <= trig]
    if not before:
        return None
    start, end = before[-1]
    if _n_words(text[end:trig]) > MAX_SUBJECT_GAP or text[end:trig].lstrip().startswith(","):
        return None  # too far from the verb, or inside an apposition or subordinate clause
    for a, b in reversed(before[:-1]):
        if _n_words(text[b:start]) > SUBJECT_JOIN_GAP or re.search(r"[,;:.]", text[b:start]):
            break
        start = a
    words = [w for w in _words(text) if w[1] <= start]
    while words:
        word = text[words[-1][0]:words[-1][1]]
        if word.lower() in DETERMINERS or (word[:1].isupper() and word.isalpha()
                                           and word.lower() not in stop_words()
                                           and word.lower() not in CALENDAR_WORDS):
            start = words.pop()[0]
            if word.lower() in DETERMINERS:
                break
        else:
            break
    return start


def _finish_phrase(text: str, end: int) -> int:
    """``end`` moved over the rest of the noun phrase: the following words up to a stop
    word, a calendar word or punctuation; unchanged when no such boundary comes within
    NP_WORDS words (the phrase would be cut in the middle)."""
    stop = stop_words()
    new = end
    for n, (a, b) in enumerate(w for w in _words(text) if w[0] >= end):
        word = text[a:b]
        core = word.strip(EDGE_PUNCT + ".!?").lower()
        if not core or core in stop or core in CALENDAR_WORDS \
                or re.search(r"[,;:.!?)]", text[new:a]):
            return new
        if n >= NP_WORDS:
            return end
        new = b
        if re.search(r"[,;:.!?)\"”]$", word):
            return new
    return new


def _clause_end(text: str, trig_end: int, spans: list[tuple[int, int]]) -> int:
    """The clause end: the trigger, then each following span that starts within
    MAX_EXTRA_GAP words, then the rest of the last noun phrase."""
    end = trig_end
    for a, b in sorted(spans):
        if b <= end:
            continue
        if a >= end and (_n_words(text[end:a]) > MAX_EXTRA_GAP or re.search(r"[;:]", text[end:a])):
            break
        end = max(end, b)
    return _finish_phrase(text, end)


def tidy(text: str) -> str:
    """A clause as a label: one line, no dateline, balanced quotes, no dangling
    punctuation or function word at either end, first letter capitalised."""
    text = " ".join(DATELINE_RE.sub("", " ".join(text.replace("|", " ").split())).split())
    text = LEADING_CONJUNCTION_RE.sub("", ATTRIBUTION_RE.sub("", text))
    if sum(text.count(q) for q in QUOTES) % 2 or (text.count("“") != text.count("”")):
        text = "".join(c for c in text if c not in QUOTES)
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    text = text.strip(EDGE_PUNCT).rstrip(".")
    words = text.split()
    while words and words[-1].lower().strip(EDGE_PUNCT) in stop_words():
        words.pop()
    text = " ".join(words).strip(EDGE_PUNCT)
    return text[:1].upper() + text[1:]


def clause(mention: dict[str, Any], sources: list[str] | None = None,
           targets: list[str] | None = None) -> str | None:
    """The subject-verb-object clause of one mention's sentence, or None when the
    sentence has no source before the trigger or the clause is too long."""
    sent, trig = mention.get("sentence") or {}, mention.get("trigger") or {}
    text, s0 = sent.get("text") or "", sent.get("start") or 0
    t = _rel(trig, s0, len(text))
    if not text or t is None:
        return None
    start = _subject_start(text, _spans(mention, "source", sources or [], text, s0), t[0])
    if start is None:
        return None
    spans = _spans(mention, "target", targets or [], text, s0) + _extra_spans(mention, s0, len(text))
    verbal = str((mention.get("attributes") or {}).get("pattern") or "").startswith("verbal")
    for end in (_clause_end(text, t[1], spans), _finish_phrase(text, t[1])):
        if end == t[1] and verbal:
            end = _complement(text, end)
        out = tidy(text[start:end])
        if 3 <= _n_words(out) <= MAX_WORDS:
            return out
    return None


def _complement(text: str, end: int) -> int:
    """After a verb that ends a clause with nothing behind it, the words up to the next
    punctuation mark when they are few (COMPLEMENT_WORDS), else ``end`` unchanged."""
    rest = text[end:]
    stop = next((m for m in re.finditer(r"[,;:.!?()\"“”]", rest)
                 if not (m.group() == "." and ABBREVIATION_RE.search(rest[:m.start()]))), None)
    stretch = rest[:stop.start()] if stop else rest
    if 0 < _n_words(stretch) <= COMPLEMENT_WORDS:
        return end + len(stretch.rstrip())
    return end


def window(mention: dict[str, Any]) -> str | None:
    """The sentence itself when short, else its words up to the end of the trigger's
    phrase (from the last comma before the trigger when that is far in), with an ellipsis."""
    sent, trig = mention.get("sentence") or {}, mention.get("trigger") or {}
    text, s0 = sent.get("text") or "", sent.get("start") or 0
    clean = tidy(text)
    if clean and _n_words(clean) <= WINDOW_WORDS:
        return clean
    t = _rel(trig, s0, len(text))
    if t is None:
        return None
    words = _words(text)
    end = _finish_phrase(text, t[1])
    start = words[0][0] if words else 0
    if _n_words(text[start:end]) > WINDOW_WORDS:
        commas = [b for a, b in words if b <= t[0] and re.search(r"[,;:]$", text[a:b])]
        start = _next_word(words, commas[-1]) if commas else t[0]
        if _n_words(text[start:end]) > WINDOW_WORDS:
            start = t[0]
    out = tidy(text[start:end])
    if _n_words(out) < 3:
        return None
    lead = "…" if start > (words[0][0] if words else 0) else ""
    if lead and text[start:start + 1].islower():
        out = out[:1].lower() + out[1:]
    return lead + out + ("…" if end < len(text.rstrip(" .!?\"”")) else "")


def _next_word(words: list[tuple[int, int]], pos: int) -> int:
    """The start of the first word after offset ``pos``."""
    return next((a for a, _ in words if a > pos), pos)


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' (at most MAX_NAMES, then 'and others')."""
    names = list(dict.fromkeys(n for n in names if n))
    if len(names) > MAX_NAMES:
        names = names[:MAX_NAMES - 1] + ["others"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] \
        if names else ""


def display_name(ref: dict[str, Any]) -> str:
    """An actor's name for running text: registry names like 'Palestine, State of'
    put in reading order, quantity phrases ('More than 3,600 people') lower-cased."""
    name = " ".join(str(ref.get("name") or ref.get("text") or "").split())
    inverted = INVERTED_NAME_RE.match(name)
    if inverted:
        name = f"{inverted['title']} {inverted['name']}"
    first = name.split(" ", 1)[0]
    if not ref.get("id") and first.lower() in LOWER_LEADS:
        name = first.lower() + name[len(first):]
    return name


def _names(refs: list[dict[str, Any]] | None) -> list[str]:
    """Display names of actor refs, a name dropped when it is the first or last word of
    another one ('Anwar' beside 'Anwar Ibrahim')."""
    names = list(dict.fromkeys(display_name(r) for r in refs or [] if isinstance(r, dict)))
    return [n for n in names if n and not any(
        o != n and (o.startswith(n + " ") or o.endswith(" " + n)) for o in names)]


def composed(ev: dict[str, Any]) -> str:
    """A phrase from the participants, the type's verb (or, without a named source, its
    noun: 'talks with …'), the numbers and the place."""
    lex = lexicon()
    entry = lex["modes"].get(str(ev.get("mode"))) or lex["types"].get(str(ev.get("type"))) \
        or {"past": "acted toward {target}", "base": "act toward {target}", "bare": "acted"}
    src, tgt = _names(ev.get("source")), _names(ev.get("target"))
    if not src and not tgt:
        src = _names(ev.get("participants"))
    tgt = [t for t in tgt if t not in src]  # an actor is not its own target
    modality = ev.get("modality") or "asserted"
    if not src and tgt:
        noun = lex["nouns"].get(str(ev.get("mode"))) or lex["nouns"].get(str(ev.get("type"))) \
            or "event involving"
        phrase = lex["noun_modality"].get(modality, "{noun}").replace("{noun}", noun)
        return _with_place_and_numbers(ev, f"{phrase} {join_names(tgt)}")
    form = "past" if modality == "asserted" else "base"
    verb = entry[form].replace("{target}", join_names(tgt)) if tgt else \
        entry["bare"] if form == "past" else _untargeted(entry["base"])
    verb = lex["modality"].get(modality, "{verb}").replace("{verb}", verb)
    return _with_place_and_numbers(ev, f"{join_names(src) or 'Unnamed parties'} {verb}")


def _with_place_and_numbers(ev: dict[str, Any], out: str) -> str:
    """A composed phrase with the event's place and numbers added (when not in it yet)."""
    loc = (ev.get("location") or {}).get("text") if isinstance(ev.get("location"), dict) else None
    if loc and loc not in out:
        out += f" in {loc}"
    counts = [c.get("span", {}).get("text") for c in (ev.get("attributes") or {}).get("counts") or []
              if isinstance(c, dict) and isinstance(c.get("span"), dict)]
    counts = [c for c in dict.fromkeys(counts) if c and c.lower() not in out.lower()]
    if counts:
        out += f" ({', '.join(counts)})"
    return tidy(out)


def _untargeted(phrase: str) -> str:
    """A base-form verb phrase without its target slot and the preposition before it."""
    words = phrase.replace("{target}", "").split()
    if words and words[-1] in TARGET_PREPOSITIONS:
        words.pop()
    return " ".join(words)


def _score(ev: dict[str, Any], mention: dict[str, Any], text: str) -> float:
    """How good a mention's clause is as the event's description."""
    score = 2.0 if (mention.get("modality") or "asserted") == (ev.get("modality") or "asserted") \
        else 0.0
    lowered = text.lower()
    score += sum(1.0 for n in _names(ev.get("target")) if n and n.split()[-1].lower() in lowered)
    score += 0.5 * any(ch.isdigit() for ch in text)
    return score - _n_words(text) / MAX_WORDS


def describe_how(ev: dict[str, Any], mentions: list[dict[str, Any]] | None = None
                 ) -> tuple[str, str]:
    """(description, how): how is ``clause``, ``composed``, ``window`` or ``trigger``."""
    pool = mentions if mentions is not None else list(ev.get("mentions") or [])
    src, tgt = _names(ev.get("source")), _names(ev.get("target"))
    found = [(text, m) for m in pool if (text := clause(m, src, tgt))]
    if found:
        return max(found, key=lambda p: _score(ev, p[1], p[0]))[0], "clause"
    if src or (ev.get("participants") and not tgt):
        return composed(ev), "composed"
    for m in sorted(pool, key=lambda m: (m.get("modality") or "asserted") != ev.get("modality")):
        text = window(m)
        if text:
            return text, "window"
    if tgt:
        return composed(ev), "composed"
    trig = next(((m.get("trigger") or {}).get("text") for m in pool), None) or "an event"
    kind = str(ev.get("mode") or ev.get("type") or "event")
    return f"Reported as “{' '.join(str(trig).split())}” ({kind}), without named parties", \
        "trigger"


def describe(ev: dict[str, Any], mentions: list[dict[str, Any]] | None = None) -> str:
    """The event's description: the stored one, else the best evidence clause among its
    mentions (full mention data when given, else the event's own mention entries),
    else a composed phrase or the evidence sentence."""
    if ev.get("description") and mentions is None:
        return str(ev["description"])
    return describe_how(ev, mentions)[0]
