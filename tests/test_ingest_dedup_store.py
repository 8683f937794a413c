"""Near-duplicates looked up through the store's band keys decide as an index loaded with every
stored signature does; a store written before the keys were stored is filled once."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy import text as sql

from eventwire.corpus import ingest
from eventwire.ingest.dedup import (
    BANDS_META,
    NearDupIndex,
    StoredNearDups,
    fill_bands,
    from_bytes,
    minhash,
    signature_bytes,
)
from eventwire.pipeline import Pipeline
from eventwire.store import Store
from eventwire.store import schema as s

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"

HARBOUR = (
    "The port authority of the northern harbour town said on Tuesday that two cargo cranes "
    "had collapsed during a storm overnight, blocking three of the five berths used by "
    "container ships. Nobody was hurt, according to a spokeswoman for the authority, who "
    "added that engineers would inspect the remaining cranes before work could resume. "
    "Shipping companies were told to expect delays of at least a week, and several vessels "
    "waiting offshore were redirected to a smaller terminal further down the coast. The "
    "mayor asked the regional government for emergency funds to clear the wreckage and "
    "said the town would review how the cranes had been anchored before the storm arrived. "
    "Dock workers gathered at the gates in the afternoon to ask whether they would be paid "
    "while the berths stayed closed, and union officials promised an answer by Friday.")
BRIDGE = (
    "Engineers closed the old river bridge to lorries on Monday after a routine survey found "
    "cracks in two of its steel supports, the county roads office announced. Cars and buses "
    "may still cross at reduced speed while repairs are planned. The office said the damage "
    "was probably caused by decades of heavy traffic rather than by any single event, and "
    "that a temporary crossing for freight would be built upstream within a month. Local "
    "businesses warned that the detour would add almost an hour to deliveries, and a group "
    "of farmers asked the county to pay for the extra fuel. A councillor said the bridge had "
    "been due for replacement for years and blamed repeated delays in the budget.")
ELECTION = (
    "Voters in the mountain province will choose a new governor next month after the "
    "incumbent announced he would not seek a third term, citing his health. Four candidates "
    "have registered so far, including a former schoolteacher and the owner of a regional "
    "bus company. Polls suggest no candidate will win a majority in the first round, which "
    "would force a run-off two weeks later. The electoral commission said it would open "
    "extra polling stations in remote valleys where turnout has been low in the past, and "
    "that observers from neighbouring provinces had been invited to watch the count.")


def reprint(story: str, header: str, footer: str) -> str:
    """A story as another site prints it: its own header and footer around the text."""
    return f"{header}\n{story}\n{footer}"


def corpus() -> dict[str, str]:
    """Hand-built stories, their reprints (long and short headers), a shortened reprint and
    an edited version, in ingest order."""
    first_half = HARBOUR[:len(HARBOUR) // 2].rsplit(".", 1)[0] + "."
    return {
        "harbour": HARBOUR,
        "bridge": BRIDGE,
        "harbour-herald": reprint(HARBOUR, "Coastal Herald | staff and agencies",
                                  "Send your tips to the newsroom of the Coastal Herald."),
        "election": ELECTION,
        "bridge-weekly": reprint(BRIDGE, "The County Weekly, morning edition",
                                 "Subscribe to the County Weekly for more local reporting. "
                                 "Our journalists visit every town in the county each month, "
                                 "and letters to the editor are printed on Thursdays."),
        "harbour-short": reprint(first_half, "Radio North bulletin",
                                 "Listen again on the Radio North website."),
        "election-edited": ELECTION.replace("next month", "in six weeks").replace(
            "four candidates", "five candidates"),
    }


def add_signed(store: Store, texts: dict[str, str], duplicates: dict[str, str] | None = None
               ) -> None:
    """Store bare article rows with their signatures (no extraction), as an older store or a
    synthetic record holds them."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.begin() as conn:
        seq = conn.execute(select(func.max(s.articles.c.seq))).scalar() or 0
        for aid, text in texts.items():
            seq += 1
            conn.execute(insert(s.articles).values(
                id=aid, seq=seq, text=text, content_hash=f"h-{aid}",
                minhash=signature_bytes(minhash(text)),
                duplicate_of=(duplicates or {}).get(aid), ingested_at=now, extraction={}))


def full_index(store: Store) -> NearDupIndex:
    """The index every stored signature was loaded into (the lookup before band keys)."""
    index = NearDupIndex()
    for aid, sig in store.minhashes():
        index.add(aid, from_bytes(sig))
    return index


def sample_texts() -> dict[str, str]:
    """The packaged samples and variants of them: reprints, halves, edited copies."""
    rng = random.Random(5)
    out: dict[str, str] = {}
    for p in sorted(SAMPLES.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        out[p.stem] = text
        words = text.split()
        out[p.stem + "-half"] = " ".join(words[:len(words) // 2])
        edited = list(words)
        for i in rng.sample(range(len(words)), max(1, len(words) // 12)):
            edited[i] = "changed"
        out[p.stem + "-edited"] = " ".join(edited)
        out[p.stem + "-reprint"] = reprint(text, "Site header with a byline", "A site footer.")
    return out


def test_band_lookup_decides_as_the_full_index(tmp_path):
    store = Store(str(tmp_path / "a.db"))
    texts = sample_texts()
    stored = dict(list(texts.items())[::2])
    add_signed(store, stored, duplicates={k: "x" for k in list(stored)[1::5]})
    assert fill_bands(store, NearDupIndex()) == len(stored)
    full = full_index(store)
    lookup = StoredNearDups(store)
    assert len(lookup) == 0
    found = 0
    for key, text in {**texts, **corpus()}.items():
        mh = minhash(text)
        assert lookup.query(mh) == full.query(mh), key
        found += full.query(mh) is not None
    assert found > len(texts) // 2  # stored texts find themselves, variants their originals


def test_run_articles_come_after_the_stored_ones(tmp_path):
    store = Store(str(tmp_path / "b.db"))
    add_signed(store, {"first": HARBOUR})
    lookup = StoredNearDups(store)
    lookup.add("later", minhash(HARBOUR))  # read in this run: ties go to the stored article
    match = lookup.query(minhash(reprint(HARBOUR, "A header", "A footer")))
    assert match is not None and match.id == "first"
    add_signed(store, {"stored-during-run": BRIDGE})  # stored by this run: not looked up
    lookup.add("stored-during-run", minhash(BRIDGE))
    assert lookup.stored(minhash(BRIDGE)) is None
    assert lookup.query(minhash(BRIDGE)).id == "stored-during-run"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def ingest_texts(store: Store, texts: dict[str, str], folder: Path,
                 pipeline: Pipeline) -> None:
    """Ingest the texts (one file each, in order) without fusing."""
    folder.mkdir()
    paths = []
    for i, (name, text) in enumerate(texts.items()):
        path = folder / f"{i:02d}-{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    ingest(paths, store, pipeline=pipeline, fuse=False)


def links(store: Store) -> dict[str, tuple[str | None, float | None]]:
    """Each stored article's near-duplicate link and score, by file name."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.articles.c.id, s.articles.c.source,
                                   s.articles.c.duplicate_of, s.articles.c.near_score)).all()
    name = {r.id: Path(r.source).stem.split("-", 1)[1] for r in rows}
    return {name[r.id]: (name.get(r.duplicate_of), r.near_score) for r in rows}


def sequential_links(texts: dict[str, str]) -> dict[str, tuple[str | None, float | None]]:
    """The links of one index holding every earlier article that is not a near-duplicate."""
    index, out = NearDupIndex(), {}
    for name, text in texts.items():
        mh = minhash(text)
        near = index.query(mh)
        if near is None:
            index.add(name, mh)
        out[name] = (near.id, near.jaccard) if near else (None, None)
    return out


def test_ingest_in_runs_links_as_one_index(pipeline, tmp_path):
    texts = corpus()
    store = Store(str(tmp_path / "c.db"))
    names = list(texts)
    for i, part in enumerate((names[:2], names[2:5], names[5:])):
        ingest_texts(store, {n: texts[n] for n in part}, tmp_path / f"run{i}", pipeline)
    got = links(store)
    assert got == sequential_links(texts)
    assert got["harbour-herald"][0] == "harbour" and got["bridge-weekly"][0] == "bridge"
    assert got["election-edited"][0] == "election"
    assert got["bridge"][0] is None and got["election"][0] is None
    with store.engine.connect() as conn:
        banded = conn.execute(select(func.count(s.neardup_bands.c.article_id.distinct()))).scalar()
    assert banded == len(texts)


def make_old(path: Path) -> None:
    """Turn a store into one written before the band keys were stored."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE neardup_bands")
    conn.execute("DELETE FROM eventwire_meta WHERE key = ?", (BANDS_META,))
    conn.close()


def test_store_from_before_the_band_keys_is_filled_once(pipeline, tmp_path):
    texts = corpus()
    db = tmp_path / "old.db"
    store = Store(str(db))
    ingest_texts(store, {n: texts[n] for n in ("harbour", "bridge", "harbour-herald")},
                 tmp_path / "run0", pipeline)
    store.close()
    make_old(db)
    store = Store(str(db))  # the table is created when the store opens, filled by an ingest
    assert store.meta_value(BANDS_META) is None
    ingest_texts(store, {n: texts[n] for n in ("election", "bridge-weekly", "harbour-short")},
                 tmp_path / "run1", pipeline)
    got = links(store)
    assert got["bridge-weekly"][0] == "bridge" and got["harbour"][0] is None
    assert got == (sequential_links(
        {n: texts[n] for n in ("harbour", "bridge", "harbour-herald", "election",
                               "bridge-weekly", "harbour-short")}))
    index = NearDupIndex()
    assert store.meta_value(BANDS_META) == index.shape
    assert fill_bands(store, index) == 0  # once
    with store.engine.connect() as conn:
        rows = conn.execute(select(func.count()).select_from(s.neardup_bands)).scalar()
    assert rows == 6 * index.bands


def test_keys_of_another_band_shape_are_replaced(tmp_path):
    store = Store(str(tmp_path / "d.db"))
    add_signed(store, {"harbour": HARBOUR, "bridge": BRIDGE})
    strict = NearDupIndex(containment=None)  # threshold 0.8: fewer, wider bands
    assert strict.shape != NearDupIndex().shape
    assert fill_bands(store, strict) == 2
    lookup = StoredNearDups(store)  # the default shape: filled again
    assert store.meta_value(BANDS_META) == NearDupIndex().shape
    with store.engine.connect() as conn:
        rows = conn.execute(select(func.count()).select_from(s.neardup_bands)).scalar()
    assert rows == 2 * NearDupIndex().bands
    assert lookup.query(minhash(reprint(BRIDGE, "A header", "A footer"))).id == "bridge"


def test_band_keys_on_postgres(postgres_url):
    store = Store(postgres_url)
    s.metadata.drop_all(store.engine)  # the server is shared by the session's tests
    store.close()
    store = Store(postgres_url)
    texts = sample_texts()
    stored = dict(list(texts.items())[1::2])
    add_signed(store, stored)
    with store.begin() as conn:  # a store from before the keys: no table, no note
        conn.execute(sql("DROP TABLE neardup_bands"))
        conn.execute(sql("DELETE FROM eventwire_meta WHERE key = :k"), {"k": BANDS_META})
    store.close()
    store = Store(postgres_url)
    lookup = StoredNearDups(store)  # filled here, as an ingest does
    with store.engine.connect() as conn:
        rows = conn.execute(select(func.count()).select_from(s.neardup_bands)).scalar()
    assert rows == len(stored) * NearDupIndex().bands
    full = full_index(store)
    for key, body in {**texts, **corpus()}.items():
        mh = minhash(body)
        assert lookup.query(mh) == full.query(mh), key
    store.close()
