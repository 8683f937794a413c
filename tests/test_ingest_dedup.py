"""Article identity and near-duplicates: reprints found, different stories kept apart."""

from __future__ import annotations

from pathlib import Path

from eventwire.ingest import build_article
from eventwire.ingest.dedup import (
    NearDupIndex,
    band_shape,
    containment,
    content_id,
    from_bytes,
    minhash,
    normalize_for_hash,
    signature_bytes,
)

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
WIRE = (SAMPLES / "004_87e02c527b769735.txt").read_text(encoding="utf-8")


def reprint(header: str, footer: str) -> str:
    """The wire story with a site's own header and footer."""
    return f"{header}\n{WIRE}\n{footer}"


def test_normalize_and_content_id_are_stable():
    assert normalize_for_hash("Trump’s  CALL,\n\u00a0ended.") == "trump s call ended"
    assert content_id("Trump’s call ended.") == content_id("trump's   call ended")
    assert content_id("Trump’s call ended.") != content_id("Putin's call ended.")
    assert len(content_id("x")) == 16 and int(content_id("x"), 16) >= 0


def test_signature_round_trip():
    mh = minhash(WIRE)
    back = from_bytes(signature_bytes(mh))
    assert back.jaccard(mh) == 1.0
    assert len(mh.hashvalues) == 128


def test_reprints_found_and_different_stories_kept_apart():
    a = reprint("World News Daily | By Staff Writer",
                "Copyright 2025 World News Daily. All rights reserved. Reporting by the desk.")
    b = reprint("The Global Herald - from wire services, updated hourly",
                "Our standards: editing by the foreign desk; corrections welcome at the herald.")
    other = (SAMPLES / "003_970df4bc7ee5da7a.txt").read_text(encoding="utf-8")
    index = NearDupIndex()
    index.add("a", minhash(a))
    match = index.query(minhash(b))
    assert match is not None and match.id == "a" and match.jaccard >= 0.8
    assert index.query(minhash(other)) is None
    for p in sorted(SAMPLES.glob("*.txt")):
        if p.name.startswith("004"):
            continue
        assert index.query(minhash(p.read_text(encoding="utf-8"))) is None


def test_best_and_earliest_match():
    index = NearDupIndex()
    index.add("first", minhash(WIRE))
    index.add("first", minhash("something else entirely, never indexed again under this key"))
    index.add("second", minhash(WIRE))
    assert index.query(minhash(WIRE)) == ("first", 1.0)
    assert index.query(minhash(WIRE), exclude="first") == ("second", 1.0)
    assert len(index) == 2 and "second" in index


def test_same_topic_different_stories_are_not_near_duplicates():
    articles = [build_article(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    index = NearDupIndex()
    for art in articles:
        assert index.query(minhash(art.text)) is None
        index.add(art.id, minhash(art.text))


def test_short_reprint_with_large_chrome_found_by_containment():
    story = ("Russian and Ukrainian delegations met in Istanbul on Monday for a second round of "
             "direct talks and agreed to exchange all seriously wounded prisoners of war, but "
             "made no progress on a ceasefire, officials from both sides said afterwards.")
    site = ("World News Daily home page world politics business sport | latest headlines from "
            "our correspondents | sign in to read more stories every day of the week")
    copy = f"{site}\n{story}\nPublished by World News Daily with material from wire agencies."
    other = ("Russian and Ukrainian delegations met in Istanbul on Monday, officials said, but the "
             "talks ended within an hour and no agreement on prisoners or a ceasefire was reached.")
    index = NearDupIndex()
    index.add("story", minhash(story))
    match = index.query(minhash(copy))
    assert match is not None and match.id == "story" and match.jaccard < 0.8
    assert index.query(minhash(other)) is None
    strict = NearDupIndex(containment=None)
    strict.add("story", minhash(story))
    assert strict.query(minhash(copy)) is None


def test_containment_estimate():
    assert containment(1.0, 100, 100) == 1.0
    assert abs(containment(0.5, 100, 50) - 1.0) < 1e-9
    assert containment(0.0, 10, 10) == 0.0


def test_index_finds_every_signature_across_sorted_runs_and_forgets_removed():
    from eventwire.ingest.dedup import TAIL_ROWS

    words = [f"w{i}" for i in range(7 * 3 * TAIL_ROWS + 200)]
    texts = [" ".join(words[i * 7:i * 7 + 30]) for i in range(3 * TAIL_ROWS + 11)]
    index = NearDupIndex()
    for i, text in enumerate(texts):
        index.add(f"doc{i}", minhash(text))
    assert len(index) == len(texts) and len(index._runs) >= 1
    index.remove("doc3")
    index.remove(f"doc{len(texts) - 1}")
    for i in (0, 3, TAIL_ROWS, 2 * TAIL_ROWS + 5, len(texts) - 1, len(texts) - 2):
        found = index.query(minhash(texts[i]))
        if i in (3, len(texts) - 1):
            assert found is None or found.id != f"doc{i}"
        else:
            assert found == (f"doc{i}", 1.0)
    assert "doc3" not in index and len(index) == len(texts) - 2


def test_minhash_reuses_permutations_with_the_same_signature():
    """Signatures share one template's permutation parameters (not drawn anew per article)
    and equal those of a MinHash made from scratch, serialised byte for byte."""
    from datasketch import MinHash

    from eventwire.ingest.dedup import shingles

    text = "The two delegations met in the capital on Monday and agreed to resume the talks."
    a, b = minhash(text), minhash(text + " A second sentence follows here.")
    assert a.permutations is b.permutations
    fresh = MinHash(num_perm=a.num_perm)
    fresh.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    assert signature_bytes(a) == signature_bytes(fresh)
    assert a.jaccard(fresh) == 1.0


def test_band_shape_is_datasketchs_and_indexes_share_it():
    """An index's bands and rows are those ``MinHashLSH`` picks, for each threshold and
    number of permutations (the shape is remembered per pair, not made once)."""
    from datasketch import MinHashLSH

    for threshold, num_perm in ((0.3, 128), (0.8, 128), (0.5, 64), (0.9, 256)):
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert band_shape(threshold, num_perm) == (lsh.b, lsh.r)
    index = NearDupIndex(threshold=0.8, num_perm=128, containment=None)
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    assert (index.bands, index.rows) == (lsh.b, lsh.r)
    assert band_shape(0.8, 128) != band_shape(0.3, 128)


def test_known_band_shapes_are_datasketchs():
    """The shapes written out for the ingest's thresholds are what ``MinHashLSH`` picks, and
    a shape not written out is still asked of it."""
    from datasketch import MinHashLSH

    from eventwire.ingest.dedup import KNOWN_SHAPES, MIN_JACCARD, NUM_PERM, THRESHOLD

    assert set(KNOWN_SHAPES) == {(MIN_JACCARD, NUM_PERM), (THRESHOLD, NUM_PERM)}
    for (threshold, num_perm), shape in KNOWN_SHAPES.items():
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert shape == (lsh.b, lsh.r)
    lsh = MinHashLSH(threshold=0.6, num_perm=128)
    assert band_shape(0.6, 128) == (lsh.b, lsh.r)
