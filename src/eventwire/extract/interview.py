"""Interview transcripts: who speaks in each turn of a question-and-answer article.

A Q&A article marks turns with a speaker label at the start of a sentence
("HOST: On your trip …", "Maria Lopez, former deputy trade minister: The
message we carried …", "Lopez: …"). When an article has
at least ``MIN_TURNS`` such labels from at least two speakers, each label's
text runs until the next label. Inside a turn, "I" / "we" is the turn's
speaker, and "you" in the interviewer's turn is the interviewee (the speaker
of the next turn). A label is never itself a participant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

LABEL_RE = re.compile(
    r"(?:^|(?<=[.?!\"”’\]]\s)|(?<=\n))"
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r"(?P<role>, (?:[^:\n.]|\.(?! [A-Z])){3,90}?)?: (?=[\"“\[]?[A-Z0-9])")
MIN_TURNS = 3
MIN_SPEAKERS = 2
MAX_NAME_WORDS = 4
MEDIA_KIND = "media"  # the actor kind of a news outlet in the registry


@dataclass(frozen=True)
class Turn:
    """One turn: the label span (name only), the speaker key and the text it covers."""

    label_start: int
    label_end: int  # end of the whole label including the role and the colon
    name_end: int
    key: str  # the speaker's last name word: 'Armitage' for both label forms
    end: int  # where the next turn begins


def interview_turns(text: str) -> list[Turn]:
    """The turns of an interview transcript (empty for an ordinary article)."""
    if text.count(": ") < MIN_TURNS:
        return []  # each label ends in a colon and a space
    marks = [m for m in LABEL_RE.finditer(text)
             if len(m.group("name").split()) <= MAX_NAME_WORDS]
    keys = [m.group("name").split()[-1] for m in marks]
    if len(marks) < MIN_TURNS or len(set(keys)) < MIN_SPEAKERS:
        return []
    if any(keys.count(k) < 2 for k in set(keys)):
        return []  # every speaker of a transcript speaks more than once
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out.append(Turn(m.start(), m.end(), m.end("name"), keys[i], end))
    return out


def turn_at(turns: list[Turn], pos: int) -> Turn | None:
    """The turn whose text holds ``pos``."""
    for t in turns:
        if t.label_end <= pos < t.end:
            return t
    return None


def in_label(turns: list[Turn], pos: int) -> bool:
    """True when ``pos`` lies inside a speaker label."""
    return any(t.label_start <= pos < t.label_end for t in turns)


def answerer(turns: list[Turn], turn: Turn) -> Turn | None:
    """The next turn by another speaker: whom the question in ``turn`` addresses."""
    later = [t for t in turns if t.label_start > turn.label_start and t.key != turn.key]
    return later[0] if later else None


def media_interview(ev: Any) -> bool:
    """True for a consultation one of whose parties is a news outlet ("VOA spoke with the
    envoy", "the minister talked to Reuters"): an interview, not a meeting or talks between
    parties."""
    return ev.type == "CONSULT" and any(
        p.actor is not None and p.actor.kind == MEDIA_KIND for p in [*ev.source, *ev.target])
