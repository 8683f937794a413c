"""Candidate retrieval of fusion: indexed lookups by key and time, backfill of older stores."""

from __future__ import annotations

from fuse_helpers import ZELENSKY, add, make_call
from sqlalchemy import delete, select

from eventwire import fuse
from eventwire.fuse import candidates as cands
from eventwire.fuse import queries
from eventwire.fuse.stories import STORY_INDEX_META
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

PLEDGE = {"commitment": {"promiser": {"text": "Vladimir Putin"},
                         "action": "refrain from attacks on energy infrastructure",
                         "duration": "P30D"}}


def test_undated_calls_are_compared_only_near_in_time(store: Store) -> None:
    """Undated reports published two days apart are compared (and merge); one published
    months later is not even compared with them."""
    a = add(store, make_call("a1", date=None, published="2025-03-10T08:00:00+00:00"))
    b = add(store, make_call("a2", date=None, published="2025-03-12T08:00:00+00:00"))
    fuse.update(store, [a, b])
    c = add(store, make_call("a3", date=None, published="2025-09-01T08:00:00+00:00"))
    fuse.update(store, [c])
    events = queries.list_events(store)
    assert sorted(e["articles"] for e in events) == [["a1", "a2"], ["a3"]]
    assert all(e["possibly_same"] == [] for e in events)
    d = add(store, make_call("a4", date=None, published="2025-09-03T08:00:00+00:00"))
    fuse.update(store, [d])
    assert sorted(e["articles"] for e in queries.list_events(store)) == [
        ["a1", "a2"], ["a3", "a4"]]


def test_shared_commitment_is_found_at_any_distance_in_time(store: Store) -> None:
    """A distinctive attribute (a commitment of the same duration) finds an event a year
    away, so content merges do not depend on the time window."""
    a = add(store, make_call("a1", date="2024-03-18", attributes=PLEDGE,
                             published="2024-03-19T08:00:00+00:00"))
    fuse.update(store, [a])
    b = add(store, make_call("a2", date="2025-03-18", attributes=PLEDGE,
                             published="2025-03-19T08:00:00+00:00"))
    fuse.update(store, [b])
    (ev,) = queries.list_events(store)
    assert ev["articles"] == ["a1", "a2"]


def test_index_rows_follow_the_record_and_a_store_without_them_is_backfilled(
        store: Store) -> None:
    """Every fused mention has key rows and name counts; a store written before the index
    existed gets the same rows on its next update."""
    ids = [add(store, make_call(f"a{i}", date="2025-03-18",
                                published=f"2025-03-{18 + i}T08:00:00+00:00")) for i in range(3)]
    fuse.update(store, ids[:2])
    fuse.update(store, ids[2:])
    with store.begin() as conn:
        rows = set(conn.execute(select(ft.fuse_keys)).all())
        names = set(conn.execute(select(ft.mention_names)).all())
        assert rows and {r.mention_id for r in rows} == \
            set(conn.execute(select(ft.event_mentions.c.mention_id)).scalars())
        count = conn.execute(select(ft.mention_names.c.n).where(
            ft.mention_names.c.name == cands.COUNT_KEY)).scalar()
        assert count == 3
        member_keys = set(conn.execute(select(ft.story_keys)).all())
        assert {r.article_id for r in member_keys} == set(ids)
        for table in (ft.fuse_keys, ft.mention_names, ft.story_keys):
            conn.execute(delete(table))
        conn.execute(delete(s.meta).where(s.meta.c.key.in_([cands.INDEX_META_KEY,
                                                            STORY_INDEX_META])))
    before = queries.list_events(store)
    d = add(store, make_call("a9", date="2025-03-18", published="2025-03-21T08:00:00+00:00"))
    fuse.update(store, [d])
    with store.begin() as conn:
        after_rows = set(conn.execute(select(ft.fuse_keys)).all())
        assert rows <= after_rows
        after_names = {(r.type, r.name): r.n for r in conn.execute(select(ft.mention_names))}
        assert after_names[("CONSULT", cands.COUNT_KEY)] == 4
        assert all(after_names[(r.type, r.name)] >= r.n for r in names)
        assert member_keys <= set(conn.execute(select(ft.story_keys)).all())
    (ev,) = queries.list_events(store)
    assert len(before) == 1 and ev["id"] == before[0]["id"]
    assert ev["articles"] == ["a0", "a1", "a2", "a9"]


def test_near_is_symmetric_and_bounded() -> None:
    """Days within NEAR_DAYS are near in both directions; further apart they are not."""
    a, b = [(100, 100)], [(100 + cands.NEAR_DAYS, 100 + cands.NEAR_DAYS)]
    assert cands.near(a, b) and cands.near(b, a)
    c = [(101 + cands.NEAR_DAYS, 105 + cands.NEAR_DAYS)]
    assert not cands.near(a, c) and not cands.near(c, a)
    assert cands.buckets(a, cands.NEAR_DAYS) >= cands.buckets(b)


def test_article_without_terms_or_names_is_fused(store: Store) -> None:
    """An article with nothing to index under (no terms, no names) still joins the record."""
    from eventwire.model import Article, Extraction

    store.add(Extraction(article=Article(id="bare", text="1 2 3.")), content_hash="h-bare")
    fuse.update(store, ["bare"])
    with store.begin() as conn:
        assert conn.execute(select(ft.story_articles.c.story_id)
                            .where(ft.story_articles.c.article_id == "bare")).scalar()
        assert not conn.execute(select(ft.story_keys)).all()


COUNTED = {"counts": [{"of": "people", "count": 43}]}


def test_shared_counts_find_only_the_nearest_events_in_time(store: Store, monkeypatch) -> None:
    """A distinctive attribute is looked up among its nearest occurrences on each side in
    time (``IDENTITY_NEAREST``), wherever they are, not among all of them."""
    days = ["2024-01-10", "2024-04-10", "2024-07-10", "2025-01-10", "2025-04-10"]
    for i, day in enumerate(days):
        a = add(store, make_call(f"c{i}", date=day, attributes=COUNTED,
                                 published=f"{day}T08:00:00+00:00"))
        fuse.update(store, [a])
    new = add(store, make_call("c9", date="2024-08-20", attributes=COUNTED,
                               published="2024-08-20T08:00:00+00:00"))
    monkeypatch.setattr(cands, "IDENTITY_NEAREST", 1)
    from eventwire.fuse.events import compatible_with, new_mentions

    with store.begin() as conn:
        mentions = new_mentions(conn, [new])
        found = cands.candidate_events(conn, mentions, compatible_with)
        by_article = {r.article_id: r.event_id for r in conn.execute(
            select(s.mentions.c.article_id, ft.event_mentions.c.event_id)
            .join(ft.event_mentions, ft.event_mentions.c.mention_id == s.mentions.c.id))}
    assert by_article["c2"] in found and by_article["c3"] in found
    assert by_article["c0"] not in found and by_article["c4"] not in found
    monkeypatch.setattr(cands, "IDENTITY_NEAREST", 50)
    with store.begin() as conn:
        found = cands.candidate_events(conn, new_mentions(conn, [new]), compatible_with)
    assert {by_article[f"c{i}"] for i in range(5)} <= found


def test_identity_rows_of_an_older_index_are_placed_in_time(store: Store) -> None:
    """Distinctive-attribute rows stored at any time (an index written before they were
    placed in time) move under their mention's time buckets on the next update."""
    ids = [add(store, make_call(f"p{i}", date=f"2025-03-1{i}", attributes=COUNTED,
                                published=f"2025-03-1{i}T08:00:00+00:00")) for i in range(3)]
    fuse.update(store, ids)
    fk = ft.fuse_keys
    with store.begin() as conn:
        placed = set(conn.execute(select(fk).where(fk.c.bucket < cands.IDENTITY_BUCKET)).all())
        assert placed
        conn.execute(delete(fk).where(fk.c.bucket < cands.IDENTITY_BUCKET))
        conn.execute(fk.insert(), [{"key": r.key, "type": r.type, "mention_id": r.mention_id,
                                    "bucket": cands.IDENTITY_BUCKET}
                                   for r in {(r.key, r.type, r.mention_id): r
                                             for r in placed}.values()])
        conn.execute(s.meta.update().where(s.meta.c.key == cands.INDEX_META_KEY)
                     .values(value="1"))
        assert cands.ensure(conn) == 3
        assert set(conn.execute(select(fk).where(fk.c.bucket < 0)).all()) == placed
        assert cands.ensure(conn) == 0


def dated_calls(store: Store) -> dict[str, str]:
    """Three stored calls on different own days (three events) and a fourth, later one not
    fused yet; their article id -> event id (the new one: "")."""
    for i, day in enumerate(["2025-03-10", "2025-03-12", "2025-03-14"]):
        fuse.update(store, [add(store, make_call(f"d{i}", date=day,
                                                 published=f"{day}T08:00:00+00:00"))])
    add(store, make_call("d9", date="2025-03-16", published="2025-03-16T08:00:00+00:00"))
    with store.begin() as conn:
        found = {r.article_id: r.event_id for r in conn.execute(
            select(s.mentions.c.article_id, ft.event_mentions.c.event_id)
            .join(ft.event_mentions, ft.event_mentions.c.mention_id == s.mentions.c.id))}
    assert len(set(found.values())) == 3
    return found


def test_a_mention_is_compared_with_the_closest_candidates_only(store: Store,
                                                                monkeypatch) -> None:
    """Beyond ``MAX_CANDIDATES`` events near in time, a mention is compared with the closest
    in days; the loaded candidates of a key lookup are capped too (the newest first among
    those in one time bucket)."""
    from eventwire.fuse.events import compatible_with, load_groups, new_mentions

    events = dated_calls(store)
    with store.begin() as conn:
        (m,) = new_mentions(conn, ["d9"])
        assert set(load_groups(conn, [m]).candidates(m)) == {events["d0"], events["d1"],
                                                            events["d2"]}
        monkeypatch.setattr(cands, "MAX_CANDIDATES", 2)
        assert load_groups(conn, [m]).candidates(m) == [events["d1"], events["d2"]]
        monkeypatch.setattr(cands, "LOADED_CANDIDATES", 1)
        assert cands.candidate_events(conn, [m], compatible_with) == {events["d2"]}


def test_repeated_reports_of_a_large_event_are_compared_once(store: Store,
                                                             monkeypatch) -> None:
    """An event compares one report of each repeated sentence (two, from two articles), and
    of more than ``MAX_COMPARED`` different reports its first and its newest."""
    from eventwire.fuse import events as fe

    ids = [add(store, make_call(f"r{i}", date="2025-03-18",
                                published="2025-03-19T08:00:00+00:00")) for i in range(4)]
    ids += [add(store, make_call(f"o{i}", date="2025-03-18", outcome=f"number {i}",
                                 text=f"Donald Trump spoke with Vladimir Putin by phone on "
                                      f"Tuesday about item {i}. The White House said so.",
                                 published="2025-03-19T08:00:00+00:00")) for i in range(5)]
    fuse.update(store, ids)
    with store.begin() as conn:
        (eid,) = {e for e, _ in cands.event_mentions(conn, list(set(conn.execute(
            select(ft.event_mentions.c.event_id)).scalars())))}
        fusion = fe.Fusion()
        for e, m in cands.event_mentions(conn, [eid]):
            fusion.add(e, m)
    group = fusion.groups[eid]
    assert len(group) == 9
    assert [m.article for m in fusion.compared(eid)] == ["r0", "r1", "o0", "o1", "o2", "o3",
                                                          "o4"]
    monkeypatch.setattr(fe, "MAX_COMPARED", 3)
    assert [m.article for m in fusion.compared(eid)] == ["r0", "o3", "o4"]


def test_forgetting_pair_scores_changes_nothing(store: Store, monkeypatch) -> None:
    """The remembered pair scores of an update are a cache: forgetting them after every
    pair (``MAX_SCORES``) gives the same record."""
    from eventwire.fuse import events as fe

    def record(limit: int) -> list[dict]:
        monkeypatch.setattr(fe, "MAX_SCORES", limit)
        fuse.rebuild(store)
        return [{k: v for k, v in e.items() if k != "updated_at"}
                for e in queries.list_events(store)]

    days = ["2025-03-10", "2025-03-10", "2025-03-12", None, None]
    for i, day in enumerate(days):
        add(store, make_call(f"k{i}", date=day, outcome=f"long {i}",
                             published="2025-03-11T08:00:00+00:00"))
    before = record(200_000)
    assert before and any(e["possibly_same"] for e in before)
    assert record(1) == before


def test_at_most_max_loaded_events_are_loaded_the_closest_first(store: Store,
                                                                 monkeypatch) -> None:
    """An update loads at most ``MAX_LOADED`` stored events, the closest to its mentions."""
    from eventwire.fuse.events import load_groups, new_mentions

    events = dated_calls(store)
    with store.begin() as conn:
        (m,) = new_mentions(conn, ["d9"])
        assert set(load_groups(conn, [m]).groups) == {events["d0"], events["d1"], events["d2"]}
        monkeypatch.setattr(cands, "MAX_LOADED", 1)
        fusion = load_groups(conn, [m])
        assert set(fusion.groups) == {events["d2"]} and fusion.loaded == 1


def test_a_full_update_ranks_no_more_candidates(store: Store, monkeypatch) -> None:
    """Once an update loaded ``MAX_LOADED`` stored events, a later candidate load reads no
    key rows (it could load nothing); with room left it ranks and loads the closest."""
    from eventwire.fuse import events as fe

    events = dated_calls(store)
    ranked: list[int] = []
    rank = cands.ranked_candidates

    def counting(conn, mentions, types_of, *rest):
        ranked.append(len(mentions))
        return rank(conn, mentions, types_of, *rest)

    monkeypatch.setattr(cands, "ranked_candidates", counting)
    monkeypatch.setattr(cands, "MAX_LOADED", 2)
    with store.begin() as conn:
        (m,) = fe.new_mentions(conn, ["d9"])
        fusion = fe.load_groups(conn, [m])
        assert set(fusion.groups) == {events["d1"], events["d2"]} and ranked == [1]
        fe.load_candidates(conn, fusion, [m])  # full: nothing ranked, nothing loaded
        assert ranked == [1] and set(fusion.groups) == {events["d1"], events["d2"]}
        monkeypatch.setattr(cands, "MAX_LOADED", 3)
        fe.load_candidates(conn, fusion, [m])  # room for one more: ranked and loaded
        assert ranked == [1, 1] and set(fusion.groups) == set(events.values()) - {""}


def test_a_budget_reads_the_padding_buckets_only_when_the_closer_ones_leave_room(
        store: Store, monkeypatch) -> None:
    """With a load budget, the key rows of the buckets only the time padding reaches are read
    when the closer cells (the story's key, the mention's own buckets) hold fewer events than
    the budget outside the held ones; the nearest events within the budget are those of a
    full read for every budget and held set."""
    from eventwire.fuse.events import compatible_with, new_mentions

    days = [f"2025-03-{d:02d}" for d in range(2, 31, 3)]
    for i, day in enumerate(days):
        fuse.update(store, [add(store, make_call(f"p{i}", date=day,
                                                 published=f"{day}T08:00:00+00:00"))])
    add(store, make_call("p99", date="2025-03-16", published="2025-03-16T08:00:00+00:00"))
    reads: list[int] = []
    read = cands.read_cells

    def counting(conn, wanted):
        reads.append(sum(len(b) for kinds in wanted.values() for b in kinds.values()))
        return read(conn, wanted)

    monkeypatch.setattr(cands, "read_cells", counting)
    with store.begin() as conn:
        mentions = new_mentions(conn, ["p99"])
        full = cands.ranked_candidates(conn, mentions, compatible_with)
        assert len(full) >= len(days) // 2
        levels = {eid: rank[1] == 0 or rank[2] == 0 for eid, rank in full.items()}
        assert 0 < sum(levels.values()) < len(full)  # some events in padding buckets only
        ids = sorted(full, key=cands.seq_of)
        for held in (set(), {e for e in ids if levels[e]}, set(ids[:3]), set(ids[-2:])):
            for budget in range(1, len(days) + 2):
                reads.clear()
                part = cands.ranked_candidates(conn, mentions, compatible_with, budget, held)
                assert all(full[e] == r for e, r in part.items())
                rest = {e: r for e, r in full.items() if e not in held}
                mine = {e: r for e, r in part.items() if e not in held}
                assert cands.nearest(mine, budget) == cands.nearest(rest, budget)
                closer = sum(1 for e in rest if levels[e])
                assert len(reads) == (1 if closer >= budget else 2)


def repeated_reports(store: Store) -> None:
    """Fuse, over three updates, many outlets repeating two reports of one call (and a
    reprint of one of them, a report dated another day, a report of another call)."""
    def call(aid: str, day: str, published: str, outcome: str = "long") -> str:
        return add(store, make_call(aid, date=day, outcome=outcome,
                                    published=f"{published}T08:00:00+00:00"))

    first = [call(f"r{i}", "2025-03-18", "2025-03-19") for i in range(8)]
    first += [call(f"q{i}", "2025-03-18", "2025-03-20", "short") for i in range(6)]
    fuse.update(store, first)
    second = [call(f"s{i}", "2025-03-18", "2025-03-19") for i in range(3)]
    second.append(add(store, make_call("dup", date="2025-03-18", outcome="long",
                                       published="2025-03-19T09:00:00+00:00"),
                      duplicate_of="r5"))
    second.append(call("other", "2025-03-21", "2025-03-21"))
    fuse.update(store, second)
    fuse.update(store, [call("t0", "2025-03-18", "2025-03-20", "short"),
                        call("t1", None, "2025-03-20", "short")])


def repeated_record(tmp_path, name: str) -> dict:
    """The record snapshot of ``repeated_reports`` fused into a new store ``name``."""
    st = Store(str(tmp_path / f"{name}.db"))
    repeated_reports(st)
    snap = queries.snapshot(st)
    st.close()
    return snap


def test_holding_only_distinct_reports_changes_nothing(tmp_path, monkeypatch) -> None:
    """A stored event holds only its distinct reports (and those of the update's own
    articles) during an update; holding every mention gives the same record."""
    from eventwire.fuse import events as fe

    partial: list[int] = []
    held = fe.held

    def counting(group: list, fresh: set[str]) -> list:
        kept = held(group, fresh)
        partial.append(len(group) - len(kept))
        return kept

    monkeypatch.setattr(fe, "held", counting)
    some = repeated_record(tmp_path, "some")
    assert max(partial) >= 10
    monkeypatch.setattr(fe, "held", lambda group, fresh: list(group))
    assert repeated_record(tmp_path, "all") == some


def test_writing_events_in_small_slices_changes_nothing(tmp_path, monkeypatch) -> None:
    """Events written one per slice (``WRITE_SLICE``, ``WRITE_MENTIONS``) give the same
    record as events written together."""
    from eventwire.fuse import events as fe

    together = repeated_record(tmp_path, "together")
    monkeypatch.setattr(fe, "WRITE_SLICE", 1)
    monkeypatch.setattr(fe, "WRITE_MENTIONS", 1)
    assert repeated_record(tmp_path, "apart") == together


def test_moved_articles_key_rows_are_those_of_their_new_story(store: Store) -> None:
    """An article moved to another story has the key rows a fresh index would give it (its
    story key replaced, every other row kept); one whose story rows are missing is indexed
    again."""
    ids = [add(store, make_call(f"a{i}", date="2025-03-18",
                                published=f"2025-03-{18 + i}T08:00:00+00:00")) for i in range(3)]
    fuse.update(store, ids)
    fk = ft.fuse_keys
    with store.begin() as conn:
        conn.execute(ft.stories.insert().values(id="s-moved", seq=10**6, summary=[],
                                                profile={}, updated_at=""))
        conn.execute(ft.story_articles.update().where(ft.story_articles.c.article_id == "a1")
                     .values(story_id="s-moved"))
        conn.execute(delete(fk).where(fk.c.mention_id.like("a2#%"),
                                      fk.c.key.startswith(cands.STORY_PREFIX)))
        cands.reindex_articles(conn, ["a1", "a2"])
        stored = {(r.key, r.type, r.bucket, r.mention_id, r.event_id)
                  for r in conn.execute(select(fk))}
        mentions = cands.fused_mentions(conn)
        event_of = cands.events_of(conn, [m.id for m in mentions])
        fresh = {(r["key"], r["type"], r["bucket"], r["mention_id"], r["event_id"])
                 for m in mentions for r in cands.mention_rows(m, event_of[m.id])}
    assert stored == fresh
    assert any(k == "story:s-moved" and mid.startswith("a1#") for k, _, _, mid, _ in stored)
    assert any(k.startswith(cands.STORY_PREFIX) and mid.startswith("a2#")
               for k, _, _, mid, _ in stored)


def test_indexing_shortcuts_read_what_the_comparison_features_read() -> None:
    """A loaded candidate is indexed by its participant keys and its words are counted
    without the rest of ``coref.derived``: both are exactly what ``derived`` gives."""
    from eventwire.fuse import coref
    from eventwire.fuse.mentions import make_mention

    for i, ex in enumerate([make_call("a1", date="2025-03-18", outcome="productive"),
                            make_call("a2", date=None, target=ZELENSKY,
                                      extra="Kyiv welcomed the talks about grain exports. ")]):
        ev = ex.to_dict()["events"][0]
        quick = make_mention(f"a{i}#0", {"id": f"a{i}"}, ev, "s1")
        full = make_mention(f"a{i}#0", {"id": f"a{i}"}, ev, "s1")
        assert cands.participant_keys(quick) == coref.derived(full)["keys"]
        assert cands.sentence_words(quick) == coref.derived(full)["words"]
        assert "coref" not in quick.memo and cands.sentence_words(quick)
        assert cands.index_keys(quick) == cands.index_keys(full)
        assert coref.derived(quick) == coref.derived(full)  # the words read first are reused
        assert coref.derived(quick)["words"] is quick.memo["words"]



def test_forgetting_only_the_scores_whose_words_changed_changes_nothing() -> None:
    """When the frequencies of some words change, the remembered pair scores of mentions
    with one of those words are dropped and the others kept: each kept score is the one a
    fresh computation gives."""
    from eventwire.fuse import coref
    from eventwire.fuse import events as fe
    from eventwire.fuse.mentions import make_mention

    def mention(aid: str, topic: str):
        ev = make_call(aid, date="2025-03-18", date_text=f"on Tuesday about {topic}",
                       published="2025-03-19T08:00:00+00:00").to_dict()["events"][0]
        return make_mention(f"{aid}#0", {"id": aid}, ev, "s1")

    a, b, c = mention("a", "grain exports"), mention("b", "grain exports"), \
        mention("c", "nuclear plants")
    vocab = coref.Vocabulary(frozenset(), {}, 50)
    fusion = fe.Fusion(common=vocab)
    before = {(x.id, y.id): fusion.link(x, y) for x, y in ((a, b), (a, c), (b, c))}
    vocab.df["nuclear"] = 40
    vocab.forget()
    fusion.forget_links({"nuclear"})
    assert set(fusion.scores) == {("a#0", "b#0")}
    after = {(x.id, y.id): fusion.link(x, y) for x, y in ((a, b), (a, c), (b, c))}
    assert after[("a#0", "b#0")] == before[("a#0", "b#0")]
    assert after[("a#0", "c#0")] != before[("a#0", "c#0")]
    assert after == {k: fe.cross_link(*(m for m in (a, b, c) if m.id in k), vocab)
                     for k in after}


def test_events_of_moved_articles_follow_most_of_their_mentions(store: Store) -> None:
    """After articles move to another story, each of their events is placed in the story
    most of its mentions' articles are in now (row and data alike)."""
    from eventwire.fuse.stories import restory_events

    ids = [add(store, make_call(f"a{i}", date="2025-03-18",
                                published=f"2025-03-{18 + i}T08:00:00+00:00")) for i in range(3)]
    ids.append(add(store, make_call("b0", date="2025-03-02", date_text="on 2 March",
                                    published="2025-03-03T08:00:00+00:00")))
    fuse.update(store, ids)
    with store.begin() as conn:
        conn.execute(ft.stories.insert().values(id="s-moved", seq=10**6, summary=[],
                                                profile={}, updated_at=""))
        conn.execute(ft.story_articles.update().where(
            ft.story_articles.c.article_id.in_(["a0", "b0"])).values(story_id="s-moved"))
        restory_events(conn, {"a0", "b0"})
        rows = conn.execute(select(ft.events.c.story_id, ft.events.c.data)).all()
        stays = conn.execute(select(ft.story_articles.c.story_id).where(
            ft.story_articles.c.article_id == "a1")).scalar()
    by_articles = {tuple(r.data["articles"]): (r.story_id, r.data["story"]) for r in rows}
    assert by_articles == {("a0", "a1", "a2"): (stays, stays), ("b0",): ("s-moved", "s-moved")}


def test_restoried_event_text_is_the_whole_record_written_again(store: Store) -> None:
    """An event whose story changes gets only its ``story`` key written again, and its stored
    JSON text is the text of the whole record written with the new story (as before)."""
    import json

    from sqlalchemy import text as sql

    from eventwire.fuse.stories import restory_events

    ids = [add(store, make_call(f"a{i}", date="2025-03-18",
                                published=f"2025-03-{18 + i}T08:00:00+00:00")) for i in range(2)]
    fuse.update(store, ids)
    with store.begin() as conn:
        before = {r[0]: json.loads(r[1]) for r in conn.execute(
            sql("SELECT id, CAST(data AS TEXT) FROM events")).all()}
        conn.execute(ft.stories.insert().values(id="s-moved", seq=10**6, summary=[],
                                                profile={}, updated_at=""))
        conn.execute(ft.story_articles.update().values(story_id="s-moved"))
        restory_events(conn, {"a0", "a1"})
        after = dict(conn.execute(sql("SELECT id, CAST(data AS TEXT) FROM events")).all())
        stories = set(conn.execute(select(ft.events.c.story_id)).scalars())
    assert before and stories == {"s-moved"}
    assert after == {eid: json.dumps({**data, "story": "s-moved"}) for eid, data in before.items()}


def test_story_keys_carry_the_articles_ingest_order(store: Store) -> None:
    """The story key rows of articles placed by an update carry each article's stored
    sequence number (read with the update's articles, not once per article)."""
    from eventwire.store import schema as sch

    ids = [add(store, make_call(f"k{i}", date="2025-03-18",
                                published=f"2025-03-{18 + i}T08:00:00+00:00")) for i in range(3)]
    fuse.update(store, ids)
    with store.begin() as conn:
        seqs = dict(conn.execute(select(sch.articles.c.id, sch.articles.c.seq)).all())
        rows = conn.execute(select(ft.story_keys.c.article_id, ft.story_keys.c.seq)).all()
    assert {r.article_id for r in rows} == set(ids)
    assert all(r.seq == seqs[r.article_id] for r in rows)
    assert len(set(seqs.values())) == 3


def call_mention(aid: str, *, date: str | None, published: str, text: str | None = None,
                 attributes: dict | None = None):
    """The Mention of a one-call article (no store)."""
    from eventwire.fuse.mentions import make_mention

    ev = make_call(aid, date=date, published=published, text=text,
                   attributes=attributes).to_dict()["events"][0]
    return make_mention(f"{aid}#0", {"id": aid, "published": published}, ev, "s1")


def test_near_index_finds_what_the_event_by_event_check_finds() -> None:
    """The day, article and attribute indexes of an update give the events ``near`` allows
    (near in time, same article, shared attribute), before and after two events merge."""
    from eventwire.fuse import events as fe

    count = {"counts": [{"of": "prisoners", "count": 42}]}
    fusion = fe.Fusion()
    stored = [call_mention("s1", date="2025-03-01", published="2025-03-02T08:00:00+00:00"),
              call_mention("s2", date="2025-03-10", published="2025-03-10T08:00:00+00:00"),
              call_mention("s3", date="2024-01-05", published="2024-01-06T08:00:00+00:00",
                           attributes=count),
              call_mention("s4", date="2024-06-01", published="2024-06-01T08:00:00+00:00")]
    for i, m in enumerate(stored):
        fusion.add(f"e{i + 1}", m)
    probes = [call_mention("n1", date="2025-03-12", published="2025-03-12T08:00:00+00:00"),
              call_mention("n2", date=None, published="2025-09-01T08:00:00+00:00",
                           attributes=count),
              call_mention("s4", date=None, published="2025-09-01T08:00:00+00:00")]

    def check() -> list[set[str]]:
        ids = set(fusion.groups)
        found = [fusion.near_ids(m, ids) for m in probes]
        assert found == [{e for e in ids if fusion.near(e, m)} for m in probes]
        return found

    assert check() == [{"e2"}, {"e3"}, {"e4"}]  # 2 days apart; the count; the same article
    fusion.absorb("e1", "e3")  # e3's days, count and article now belong to e1
    assert check() == [{"e2"}, {"e1"}, {"e4"}]  # e1's own days stay 10 days from n1's
    fusion.absorb("e2", "e4")
    assert check() == [{"e2"}, {"e1"}, {"e2"}]
    assert "e3" not in set().union(*fusion.by_day.values(), *fusion.by_root.values(),
                                   *fusion.by_identity.values())


def test_event_candidates_are_remembered_until_an_event_changes() -> None:
    """An event's candidates are computed again once another mention was indexed (the
    remembered list is not handed out to be changed)."""
    from eventwire.fuse import events as fe

    fusion = fe.Fusion()
    fusion.add("e1", call_mention("a1", date="2025-03-10", published="2025-03-10T08:00:00+00:00"))
    fusion.add("e2", call_mention("a2", date="2025-03-11", published="2025-03-11T08:00:00+00:00"))
    first = fusion.event_candidates("e1")
    assert first == ["e2"]
    first.append("e9")
    assert fusion.event_candidates("e1") == ["e2"]
    fusion.add("e3", call_mention("a3", date="2025-03-12", published="2025-03-12T08:00:00+00:00"))
    assert fusion.event_candidates("e1") == ["e2", "e3"]
    fusion.add("e4", call_mention("a4", date="2025-08-12", published="2025-08-12T08:00:00+00:00"))
    assert fusion.event_candidates("e1") == ["e2", "e3"]  # months away: not a candidate
    fusion.groups["e1"] = list(fusion.groups["e1"])  # another mention list (a written event)
    fusion.groups["e1"].append(call_mention("a5", date="2025-08-13",
                                            published="2025-08-13T08:00:00+00:00"))
    assert fusion.event_candidates("e1") == ["e2", "e3", "e4"]


def test_outlet_is_the_url_host_without_www() -> None:
    """An article's outlet is its URL's host (www dropped), else its original article."""
    from eventwire.fuse.mentions import outlet_of

    assert outlet_of({"id": "a", "url": "https://www.example.org/x"}) == "example.org"
    assert outlet_of({"id": "a", "url": "https://news.example.org/y"}) == "news.example.org"
    assert outlet_of({"id": "b", "url": None, "duplicate_of": "a"}) == "a"
    assert outlet_of({"id": "b", "url": "not a url"}) == "b"


def test_name_counts_add_to_existing_rows_and_insert_new_ones(store: Store) -> None:
    """Counting the names of new mentions adds to a name already counted and inserts a name
    seen for the first time, in one statement; the read-first path of other databases gives
    the same rows."""
    from eventwire.fuse.mentions import make_mention

    def mention(mid: str, text: str) -> cands.Mention:
        return make_mention(mid, {"id": "art"}, {"type": "CONSULT", "sentence": {"text": text}},
                            None)

    first = [mention("m1", "Kellner met Oduya in Lusaka.")]
    second = [mention("m2", "Kellner met Brandt in Lusaka."),
              mention("m3", "Brandt spoke to reporters in Lusaka.")]
    tables = []
    for read_first in (False, True):
        with store.begin() as conn:
            conn.execute(delete(ft.mention_names))
            for batch in (first, second):
                if read_first:
                    delta: dict[tuple[str, str], int] = {}
                    for m in batch:
                        for n in cands.name_keys(m):
                            delta[(m.type, n)] = delta.get((m.type, n), 0) + 1
                    cands.add_counts_read_first(conn, delta)
                else:
                    cands.add_names(conn, batch)
            tables.append({(r.type, r.name): r.n for r in conn.execute(select(ft.mention_names))})
    counted, read_first_rows = tables
    assert counted == read_first_rows
    assert counted[("CONSULT", cands.COUNT_KEY)] == 3
    assert counted[("CONSULT", "Kellner")] == 2  # counted in both batches: added to its row
    assert counted[("CONSULT", "Brandt")] == 2  # new in the second batch: inserted with 2
    assert counted[("CONSULT", "Oduya")] == 1  # not in the second batch: left as it was
    assert cands.counts_upsert("sqlite") is not None and cands.counts_upsert("mysql") is None
