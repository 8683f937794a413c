"""Article identity and near-duplicate detection.

``content_id`` names an article by a hash of its normalised text, so the same
article read twice gets the same id. ``minhash`` summarises the set of word
5-shingles; ``NearDupIndex`` (MinHash LSH) finds an earlier article whose
shingle set is close enough (estimated Jaccard >= threshold): reprints of one
wire story with different site headers and footers, not different stories
on the same topic. A short reprint whose site header and footer are large
next to the story still counts when nearly all of its shingles lie in the
other text (estimated containment >= 0.9, Jaccard >= 0.3).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import NamedTuple

from datasketch import LeanMinHash, MinHash, MinHashLSH

ID_HEX_CHARS = 16
SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.8
CONTAINMENT = 0.9
MIN_JACCARD = 0.3
MIN_CONTAINED_SHINGLES = 8
TRANSLATE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
WORD = re.compile(r"[^\W_]+")


class Match(NamedTuple):
    """A near-duplicate match: the earlier article's id and the estimated Jaccard."""

    id: str
    jaccard: float


def normalize_for_hash(text: str) -> str:
    """Case-folded words of NFKC text joined by single spaces (punctuation and layout dropped)."""
    text = unicodedata.normalize("NFKC", text).translate(TRANSLATE).casefold()
    return " ".join(WORD.findall(text))


def content_id(text: str) -> str:
    """A stable 16-hex-character id: sha256 of the normalised text."""
    digest = hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()
    return digest[:ID_HEX_CHARS]


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """The set of word k-shingles of the normalised text (the whole text if shorter)."""
    words = normalize_for_hash(text).split()
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash signature of the text's word 5-shingles."""
    mh = MinHash(num_perm=num_perm)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return mh


def signature_bytes(mh: MinHash) -> bytes:
    """Serialise a MinHash (seed, permutations and hash values) to bytes."""
    lean = LeanMinHash(mh)
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    return bytes(buf)


def from_bytes(data: bytes) -> MinHash:
    """Restore a MinHash written by ``signature_bytes``."""
    return LeanMinHash.deserialize(bytearray(data))


def containment(jaccard: float, size_a: float, size_b: float) -> float:
    """Share of the smaller set inside the larger, from their Jaccard and sizes."""
    if jaccard <= 0 or min(size_a, size_b) <= 0:
        return 0.0
    inter = jaccard * (size_a + size_b) / (1 + jaccard)
    return min(1.0, inter / min(size_a, size_b))


class NearDupIndex:
    """MinHash LSH over added articles; ``query`` returns the best earlier near-duplicate."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
                 containment: float | None = CONTAINMENT) -> None:
        self.threshold = threshold
        self.containment = containment
        lsh_threshold = min(threshold, MIN_JACCARD) if containment else threshold
        self._lsh = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}
        self._sizes: dict[str, float] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, key: str) -> bool:
        return key in self._sigs

    def add(self, key: str, mh: MinHash) -> None:
        """Index ``mh`` under ``key`` (adding a key twice keeps the first)."""
        if key in self._sigs:
            return
        self._lsh.insert(key, mh)
        self._sigs[key] = mh
        self._sizes[key] = float(mh.count())
        self._order[key] = len(self._order)

    def remove(self, key: str) -> None:
        """Forget ``key`` (an article that was indexed but could not be stored)."""
        if key in self._sigs:
            self._lsh.remove(key)
            del self._sigs[key], self._sizes[key], self._order[key]

    def _is_near(self, j: float, size_a: float, size_b: float) -> bool:
        """True when Jaccard, or containment of the smaller text in the larger, is high enough."""
        if j >= self.threshold:
            return True
        smaller = min(size_a, size_b)
        if not self.containment or j < MIN_JACCARD or smaller < MIN_CONTAINED_SHINGLES:
            return False
        return containment(j, size_a, size_b) >= self.containment

    def query(self, mh: MinHash, exclude: str | None = None) -> Match | None:
        """The most similar indexed near-duplicate with its estimated Jaccard (earliest on ties)."""
        best: Match | None = None
        size = float(mh.count())
        for key in self._lsh.query(mh):
            if key == exclude:
                continue
            j = float(mh.jaccard(self._sigs[key]))
            if not self._is_near(j, size, self._sizes[key]):
                continue
            if best is None or j > best.jaccard or (
                j == best.jaccard and self._order[key] < self._order[best.id]
            ):
                best = Match(key, j)
        return best
