"""Article identity and near-duplicate detection.

``content_id`` names an article by a hash of its normalised text, so the same
article read twice gets the same id. ``minhash`` summarises the set of word
5-shingles; ``NearDupIndex`` (MinHash LSH) finds an earlier article whose
shingle set is close enough (estimated Jaccard >= threshold): reprints of one
wire story with different site headers and footers, not different stories
on the same topic. A short reprint whose site header and footer are large
next to the story still counts when nearly all of its shingles lie in the
other text (estimated containment >= 0.9, Jaccard >= 0.3).

The store keeps the band keys of each stored signature (``neardup_bands``), so an ingest
looks up only the stored articles sharing a band with a new one (``StoredNearDups``)
instead of loading every stored signature into the index.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import numpy
from datasketch import LeanMinHash, MinHash, MinHashLSH

if TYPE_CHECKING:
    from eventwire.store import Store

ID_HEX_CHARS = 16
SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.8
CONTAINMENT = 0.9
MIN_JACCARD = 0.3
MIN_CONTAINED_SHINGLES = 8
KNOWN_SHAPES = {(MIN_JACCARD, NUM_PERM): (37, 3), (THRESHOLD, NUM_PERM): (9, 13)}
# the bands and rows ``MinHashLSH`` picks for the two thresholds an ingest's index uses (a unit
# test compares them with datasketch's own choice), so a process does not integrate them
TRANSLATE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
WORD = re.compile(r"[^\W_]+")
BANDS_META = "neardup_bands"  # eventwire_meta key: the band shape the stored keys were made with
FILL_ROWS = 5000  # signatures whose band keys an older store's fill writes per statement
TAIL_ROWS = 256  # signatures added before their band keys are sorted into a run
MIX = tuple(numpy.uint64(m) for m in (0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9,
                                        0x94D049BB133111EB, 0xD6E8FEB86659FD93))


class Match(NamedTuple):
    """A near-duplicate match: the earlier article's id and the estimated Jaccard."""

    id: str
    jaccard: float


@lru_cache(maxsize=4)
def normalize_for_hash(text: str) -> str:
    """Case-folded words of NFKC text joined by single spaces (punctuation and layout dropped).
    The last few texts are remembered: an ingest asks for each article's normalised text
    twice, for its content id and its shingles."""
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


@lru_cache(maxsize=2)
def _template(num_perm: int) -> MinHash:
    """An empty MinHash of ``num_perm`` permutations, whose permutation parameters every
    signature of that size reuses (datasketch draws them anew from the same seed for each
    new MinHash: 0.24 ms an article, a fifth of its signature's time)."""
    return MinHash(num_perm=num_perm)


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash signature of the text's word 5-shingles."""
    template = _template(num_perm)
    mh = MinHash(num_perm=num_perm, seed=template.seed, permutations=template.permutations,
                 scheme=template.scheme)
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


@lru_cache(maxsize=8)
def band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """The bands and rows per band ``datasketch.MinHashLSH`` picks for a threshold and a
    number of permutations (remembered: it integrates the false-positive and
    false-negative curves of every shape, about 12 ms of CPU, and an ingest makes an index
    when it starts and again when it frees this run's signatures). The shapes of the ingest's
    own thresholds are written out (``KNOWN_SHAPES``): 12-19 ms of CPU less for each process
    that ingests, about the cost of its first article's near-duplicate lookup."""
    known = KNOWN_SHAPES.get((threshold, num_perm))
    if known is not None:
        return known
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


class NearDupIndex:
    """MinHash LSH over added articles; ``query`` returns the best earlier near-duplicate.

    The bands are those of ``datasketch.MinHashLSH`` for the same threshold, but the index is
    held in a few numpy arrays instead of one Python object per band and article (about
    1 KB per article instead of about 11 KB): each band's values fold into one 64-bit key
    (``band_keys``), kept in sorted runs that are merged as they grow (binary-counter
    style, so adding n articles sorts O(n log n) keys) plus a small unsorted tail. A
    candidate shares at least one band key; the estimated Jaccard of the full signatures
    decides, as in ``MinHash.jaccard``."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
                 containment: float | None = CONTAINMENT) -> None:
        self.threshold = threshold
        self.containment = containment
        self.num_perm = num_perm
        lsh_threshold = min(threshold, MIN_JACCARD) if containment else threshold
        self.bands, self.rows = band_shape(lsh_threshold, num_perm)
        self._ids: list[str] = []  # row -> key
        self._rows: dict[str, int] = {}  # key -> row (indexed keys only)
        self._sigs = numpy.zeros((0, num_perm), dtype=numpy.uint32)  # row -> hash values
        self._sizes = numpy.zeros(0)  # row -> estimated shingle count
        self._order = numpy.zeros(0, dtype=numpy.int64)  # row -> indexed keys before it
        self._alive = numpy.zeros(0, dtype=bool)
        self._runs: list[tuple[numpy.ndarray, numpy.ndarray]] = []  # sorted keys, their rows
        self._tail = numpy.zeros((TAIL_ROWS, self.bands), dtype=numpy.uint64)
        self._tail_rows: list[int] = []

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: str) -> bool:
        return key in self._rows

    def band_keys(self, values: numpy.ndarray) -> numpy.ndarray:
        """One 64-bit key per band of a signature's hash values (a mix of the band's values
        and its number; two different bands collide with probability about 2**-64); for a
        matrix of signatures, one row of keys per signature."""
        with numpy.errstate(over="ignore"):
            v = numpy.asarray(values)[..., :self.bands * self.rows].astype(numpy.uint64)
            bands = v.reshape(v.shape[:-1] + (self.bands, self.rows))
            key = (numpy.arange(1, self.bands + 1, dtype=numpy.uint64) * MIX[0])
            for i in range(self.rows):
                key = (key ^ bands[..., i]) * MIX[1 + i % (len(MIX) - 1)]
                key ^= key >> numpy.uint64(31)
            return key

    def stored_keys(self, values: numpy.ndarray) -> list[int]:
        """``band_keys`` as signed 64-bit integers (the store's BIGINT column)."""
        return self.band_keys(numpy.asarray(values)).view(numpy.int64).tolist()

    @property
    def shape(self) -> str:
        """The band shape, ``bands`` x ``rows`` (stored keys made with another are rebuilt)."""
        return f"{self.bands}x{self.rows}"

    def add(self, key: str, mh: MinHash) -> None:
        """Index ``mh`` under ``key`` (adding a key twice keeps the first)."""
        if key in self._rows:
            return
        row = len(self._ids)
        if row >= len(self._sigs):
            self._grow(max(TAIL_ROWS, 2 * len(self._sigs)))
        self._sigs[row] = mh.hashvalues
        self._sizes[row] = float(mh.count())
        self._order[row] = len(self._rows)
        self._alive[row] = True
        self._ids.append(key)
        self._rows[key] = row
        self._tail[len(self._tail_rows)] = self.band_keys(mh.hashvalues)
        self._tail_rows.append(row)
        if len(self._tail_rows) == TAIL_ROWS:
            self._flush_tail()

    def _grow(self, size: int) -> None:
        """Room for ``size`` rows."""
        n = len(self._sigs)
        sigs = numpy.zeros((size, self.num_perm), dtype=numpy.uint32)
        sigs[:n] = self._sigs
        self._sigs = sigs
        self._sizes = numpy.concatenate([self._sizes, numpy.zeros(size - n)])
        self._order = numpy.concatenate([self._order, numpy.zeros(size - n, dtype=numpy.int64)])
        self._alive = numpy.concatenate([self._alive, numpy.zeros(size - n, dtype=bool)])

    def _flush_tail(self) -> None:
        """Sort the tail into a run; merge the newest runs while the newer is as large as
        half the older."""
        n = len(self._tail_rows)
        keys = self._tail[:n].ravel().copy()
        rows = numpy.repeat(numpy.array(self._tail_rows, dtype=numpy.int64), self.bands)
        self._tail_rows = []
        self._runs.append(_sorted_run(keys, rows))
        while len(self._runs) > 1 and 2 * len(self._runs[-1][0]) >= len(self._runs[-2][0]):
            (k2, r2), (k1, r1) = self._runs.pop(), self._runs.pop()
            self._runs.append(_sorted_run(numpy.concatenate([k1, k2]),
                                          numpy.concatenate([r1, r2])))

    def remove(self, key: str) -> None:
        """Forget ``key`` (an article that was indexed but could not be stored)."""
        row = self._rows.pop(key, None)
        if row is not None:
            self._alive[row] = False

    def _candidates(self, mh: MinHash) -> numpy.ndarray:
        """Rows of indexed signatures sharing a band key with ``mh``, ascending."""
        q = self.band_keys(numpy.asarray(mh.hashvalues))
        found = []
        for keys, rows in self._runs:
            lo = numpy.searchsorted(keys, q, side="left")
            hi = numpy.searchsorted(keys, q, side="right")
            found.extend(rows[lo[i]:hi[i]] for i in numpy.nonzero(hi > lo)[0])
        if self._tail_rows:
            hit = (self._tail[:len(self._tail_rows)] == q).any(axis=1)
            found.append(numpy.array(self._tail_rows, dtype=numpy.int64)[hit])
        if not found:
            return numpy.zeros(0, dtype=numpy.int64)
        rows = numpy.unique(numpy.concatenate(found))
        return rows[self._alive[rows]]

    def best(self, candidates: Iterable[tuple[str, numpy.ndarray, float]], mh: MinHash,
             exclude: str | None = None) -> Match | None:
        """The most similar near-duplicate of ``mh`` among (key, hash values, estimated size)
        candidates given in their indexing order (earliest on ties)."""
        best: Match | None = None
        values = numpy.asarray(mh.hashvalues)
        size = float(mh.count())
        for key, other, other_size in candidates:
            if key == exclude:
                continue
            j = float(numpy.count_nonzero(other == values)) / float(self.num_perm)
            if self._is_near(j, size, other_size) and (best is None or j > best.jaccard):
                best = Match(key, j)
        return best

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
        rows = self._candidates(mh)
        if not len(rows):
            return None
        same = numpy.count_nonzero(self._sigs[rows] == numpy.asarray(mh.hashvalues), axis=1)
        best: Match | None = None
        best_order = 0
        size = float(mh.count())
        for row, n_same in zip(rows.tolist(), same.tolist(), strict=True):
            key = self._ids[row]
            if key == exclude:
                continue
            j = float(n_same) / float(self.num_perm)
            if not self._is_near(j, size, float(self._sizes[row])):
                continue
            order = int(self._order[row])
            if best is None or j > best.jaccard or (j == best.jaccard and order < best_order):
                best, best_order = Match(key, j), order
        return best


class StoredNearDups:
    """Near-duplicate lookup over the store's band keys plus an in-memory ``NearDupIndex``
    of the articles read in this run.

    A stored article is a candidate when it shares a band key with the new article, was
    stored before this run (``Store.last_seq`` when the lookup was made) and is not itself a
    near-duplicate: the articles, and the decisions, of an index loaded with every stored
    signature, without loading them. Stored articles come before the run's, so they win
    ties."""

    def __init__(self, store: Store, index: NearDupIndex | None = None) -> None:
        self.store = store
        self.index = index or NearDupIndex()
        fill_bands(store, self.index)
        self.upto = store.last_seq()

    def __len__(self) -> int:
        return len(self.index)

    def add(self, key: str, mh: MinHash) -> None:
        """Index an article of this run (see ``NearDupIndex.add``)."""
        self.index.add(key, mh)

    def remove(self, key: str) -> None:
        """Forget an article of this run that was not stored."""
        self.index.remove(key)

    def clear(self) -> None:
        """Forget this run's articles (free their signatures)."""
        self.index = NearDupIndex(self.index.threshold, self.index.num_perm,
                                  self.index.containment)

    def stored(self, mh: MinHash) -> Match | None:
        """The best near-duplicate of ``mh`` among the articles stored before this run."""
        if not self.upto:
            return None
        rows = self.store.band_matches(self.index.stored_keys(mh.hashvalues), self.upto)
        sigs = ((aid, from_bytes(sig)) for aid, sig in rows)
        return self.index.best(((aid, numpy.asarray(m.hashvalues), float(m.count()))
                                for aid, m in sigs), mh)

    def query(self, mh: MinHash, exclude: str | None = None) -> Match | None:
        """The most similar earlier near-duplicate, stored or read in this run."""
        stored = self.stored(mh)
        run = self.index.query(mh, exclude=exclude)
        if stored is None or (run is not None and run.jaccard > stored.jaccard):
            return run
        return stored


def fill_bands(store: Store, index: NearDupIndex) -> int:
    """Write the band keys of every signed article, once, in a store that holds none or
    holds keys of another band shape (a store written before the keys were stored, or
    with another threshold): the store records the shape its keys were made with. Returns
    how many articles were filled."""
    from sqlalchemy import delete, insert, select

    from eventwire.store import schema as s

    if store.meta_value(BANDS_META) == index.shape:
        return 0
    a = s.articles.c
    filled = last = 0
    with store.begin() as conn:
        conn.execute(delete(s.neardup_bands))  # none, or made with another band shape
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        quote = conn.dialect.identifier_preparer.quote
        sql = (f"INSERT INTO {quote(s.neardup_bands.name)} ({quote('key')}, "
               f"{quote('article_id')}) VALUES ({mark}, {mark})")
        cursor = conn.connection.driver_connection.cursor()
        while True:
            part = conn.execute(select(a.seq, a.id, a.minhash).where(
                a.minhash.is_not(None), a.seq > last).order_by(a.seq).limit(FILL_ROWS)).all()
            if not part:
                break
            last = part[-1].seq
            ids, sigs = [], []
            for r in part:
                try:
                    sigs.append(numpy.asarray(from_bytes(r.minhash).hashvalues))
                except Exception:  # not a signature this module wrote: never a candidate
                    continue
                ids.append(r.id)
            if not ids:
                continue
            keys = index.band_keys(numpy.stack(sigs)).view(numpy.int64).ravel()
            owner = numpy.repeat(numpy.arange(len(ids)), index.bands)
            order = numpy.argsort(keys, kind="stable")  # in key order: fewer pages touched
            rows = dict.fromkeys(zip(keys[order].tolist(), owner[order].tolist(), strict=True))
            cursor.executemany(sql, [(k, ids[i]) for k, i in rows])
            filled += len(ids)
        cursor.close()
        conn.execute(delete(s.meta).where(s.meta.c.key == BANDS_META))
        conn.execute(insert(s.meta).values(key=BANDS_META, value=index.shape))
    return filled


def _sorted_run(keys: numpy.ndarray, rows: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Band keys sorted, with their rows in the same order (rows ascending among equal keys)."""
    order = numpy.argsort(keys, kind="stable")
    return keys[order], rows[order]
