"""Fixed tuning / checking splits of every evaluation set.

Every learned weight, threshold or lexicon change is fitted on the ``tune`` part
and reported on both parts; the README shows the ``check`` numbers. The split is
a pure function of a record's stable key, so it never changes between runs.

| set | key | tune | check |
|---|---|---|---|
| PLOVER GSR dev | record's sentence text | hash even | hash odd |
| VOA stories | story id | hash even | hash odd |
| TimeBank | document file name | hash even | hash odd |
| ECB+ | topic number | odd topics | even topics |
| story sets | folder name | israel-hezbollah-2024 | every other set |
| PolNeAR | its own splits | train | dev |
"""

from __future__ import annotations

import hashlib

TUNE = "tune"
CHECK = "check"
PARTS = (TUNE, CHECK)
TUNE_STORY_SETS = frozenset({"israel-hezbollah-2024"})


def part_of(key: str) -> str:
    """The part ('tune' or 'check') of a record with this stable key."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return TUNE if digest[0] % 2 == 0 else CHECK


def ecb_part(topic: int | str) -> str:
    """ECB+ topics: odd numbers tune, even numbers check."""
    return TUNE if int(str(topic).rstrip("abcdefghijklmnopqrstuvwxyz") or 0) % 2 == 1 else CHECK


def story_set_part(name: str) -> str:
    """Multi-outlet story sets: one named set tunes, every other set checks."""
    return TUNE if name in TUNE_STORY_SETS else CHECK


def select(items, key, part: str | None):
    """The items whose key falls in ``part`` (all items when part is None)."""
    if part is None:
        return list(items)
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: expected one of {', '.join(PARTS)}")
    return [it for it in items if part_of(key(it)) == part]
