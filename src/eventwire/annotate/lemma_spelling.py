"""English spelling rules the rule lemmatizer misses for -ed / -ing / -es verb forms.

spaCy's rule lemmatizer strips "ed" before "d" and keeps the first candidate found in
its verb index, so "staged", "waged", "raged", "hoped" and "scared" become "stag",
"wag", "rag", "hop" and "scar". English doubles the final consonant of a one-syllable
verb ending in one vowel and one consonant before -ed and -ing ("stagged", "hopped",
"scarred"), so a single consonant there means the stem ends in a silent e: the lemma is
the stem plus "e" whenever the verb index holds that word. Words ending in w, x or y do
not double ("bowed", "fixed", "played") and are left alone, as are stems of more than
one syllable ("visited", "offered"), where English does not double either.

A third-person "-es" form is read the same way: English adds "es" only after s, x, z,
ch, sh and o ("fixes", "pushes", "goes"), so "hopes", "stages" and "wages", which the
lemmatizer strips to "hop", "stag" and "wag", are "hope", "stage" and "wage" whenever
the verb index holds that word.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, ORTH, TAG

VOWELS = frozenset("aeiou")
NOT_DOUBLED = frozenset("wxy")
VERB_TAGS = frozenset(("VBD", "VBN", "VBG", "VBZ"))
SUFFIXES = ("ed", "ing")
ES_AFTER = ("s", "x", "z", "ch", "sh", "o")  # the endings that take "es", not "s"
MEMO_LIMIT = 100_000


def _one_syllable_cvc(stem: str) -> bool:
    """True for a one-syllable stem ending in consonant, one vowel, one consonant ('stag')."""
    if len(stem) < 3 or not stem.isalpha() or not stem.isascii():
        return False
    last, vowel, before = stem[-1], stem[-2], stem[-3]
    if last in VOWELS or last in NOT_DOUBLED or vowel not in VOWELS or before in VOWELS:
        return False
    head = stem[:-2]
    if before == "u" or head.endswith("qu"):
        return False
    return not any(ch in VOWELS or ch == "y" for ch in head)


def spelled_lemma(form: str, lemma: str, verbs: set[str] | frozenset[str]) -> str:
    """The lemma of a verb form, with the silent e restored where spelling requires it."""
    lower = form.lower()
    for suffix in SUFFIXES:
        if lower.endswith(suffix) and lower[: -len(suffix)] == lemma:
            if _one_syllable_cvc(lemma) and lemma + "e" in verbs:
                return lemma + "e"
    if (lower.endswith("es") and lower[:-2] == lemma and lemma.isalpha()
            and not lemma.endswith(ES_AFTER) and lemma + "e" in verbs):
        return lemma + "e"
    return lemma


class VerbSpelling:
    """Pipeline component: restore the silent e of -ed / -ing / -es verb lemmas ('staged' is 'stage')."""

    def __init__(self, verbs: set[str] | frozenset[str]) -> None:
        self.verbs = frozenset(verbs)
        self.memo: dict[tuple[int, int], int] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the verb index only (the memo is rebuilt)."""
        return (VerbSpelling, (self.verbs,))

    def __call__(self, doc: Any) -> Any:
        """Correct the lemma of every -ed / -ing / -es verb form whose stem lost its e."""
        if not len(doc) or not self.verbs:
            return doc
        strings = doc.vocab.strings
        verb_tags = {strings[t] for t in VERB_TAGS}
        rows = doc.to_array([ORTH, TAG, LEMMA])
        changed = False
        for i, (orth, tag, lemma) in enumerate(rows.tolist()):
            if tag not in verb_tags:
                continue
            key = (orth, lemma)
            value = self.memo.get(key)
            if value is None:
                if len(self.memo) >= MEMO_LIMIT:
                    self.memo.clear()
                value = self.memo[key] = strings.add(
                    spelled_lemma(strings[orth], strings[lemma], self.verbs))
            if value != lemma:
                rows[i, 2] = value
                changed = True
        if changed:
            doc.from_array([LEMMA], numpy.ascontiguousarray(rows[:, 2], dtype=numpy.uint64))
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        """Correct a stream of documents."""
        for doc in docs:
            yield self(doc)
