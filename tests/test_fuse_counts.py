"""Counts of one thing that outlets state close to each other tell for one occurrence."""

from __future__ import annotations

from test_fuse_coref import LEBANON, article, event, mention

from eventwire import fuse
from eventwire.fuse import coref, queries
from eventwire.store import Store

SHELLING = "Shelling of the market in Zorvan killed 40 people on Monday, officials said."
CLOSE = "Artillery fire hit Zorvan's market on Monday, leaving 44 dead."
FAR = "Artillery fire hit Zorvan's market on Monday, leaving 4 dead."
SHELLS = "Artillery fire hit Zorvan's market on Monday with 44 shells."


def attack(text: str, trigger: str):
    """An ASSAULT on Zorvan dated by its 'Monday'."""
    return event(text, trigger, "ASSAULT", [], [("Zorvan", LEBANON)], "2024-11-25", "Monday")


def near(a: str, b: str) -> bool:
    """Whether the two sentences' counts are near (``coref.counts_near``)."""
    ma = mention("a1", "2024-11-25", "wire", attack(a, a.split()[0]))
    mb = mention("a2", "2024-11-26", "paper", attack(b, b.split()[0]))
    return coref.counts_near(coref.derived(ma)["counts"], coref.derived(mb)["counts"])


def test_close_counts_of_one_thing_are_near_and_others_are_not() -> None:
    assert near(SHELLING, CLOSE)  # 40 and 44 killed
    assert not near(SHELLING, FAR)  # 40 and 4 killed
    assert not near(SHELLING, SHELLS)  # 40 killed, 44 shells: different things
    assert not near(SHELLING, "Artillery fire hit Zorvan's market on Monday.")


def test_close_counts_raise_the_link_and_distant_ones_do_not() -> None:
    a = mention("a1", "2024-11-25", "wire", attack(SHELLING, "Shelling"))
    close = mention("a2", "2024-11-26", "paper", attack(CLOSE, "fire"))
    far = mention("a3", "2024-11-26", "radio", attack(FAR, "fire"))
    index = coref.FEATURES.index("counts_near")
    assert coref.features(a, close)[index] == 1.0 and coref.features(a, far)[index] == 0.0
    assert coref.link_probability(a, close) > coref.link_probability(a, far)
    assert coref.model()["weights"][index] > 0


def test_two_outlets_counting_one_attack_differently_share_a_record_with_a_conflict(
        store: Store) -> None:
    ids = [article(store, "a1", "2024-11-25", "wire", attack(SHELLING, "Shelling"),
                   text=SHELLING),
           article(store, "a2", "2024-11-26", "paper", attack(CLOSE, "fire"), text=CLOSE)]
    fuse.update(store, ids)
    (ev,) = queries.list_events(store)
    assert ev["articles"] == ["a1", "a2"]
    (flag,) = [f for f in ev["flags"] if f["kind"] == "number_conflict"]
    assert sorted(v["value"] for v in flag["values"]) == ["40", "44"]


def test_a_feature_fitted_on_top_of_held_weights_gets_weight_only_when_it_tells() -> None:
    import numpy as np

    from eventwire.evaluation.fit_coref import fit_offset
    rng = np.random.default_rng(7)
    offset = rng.normal(-1.0, 1.0, 400)  # what the held weights already say
    feature = (rng.random(400) < 0.3).astype(float)
    base = 1 / (1 + np.exp(-offset))
    telling = (rng.random(400) < 1 / (1 + np.exp(-(offset + 2.0 * feature)))).astype(float)
    silent = (rng.random(400) < base).astype(float)
    (w_telling,) = fit_offset(feature[:, None], telling, offset, 0.0003)
    (w_silent,) = fit_offset(feature[:, None], silent, offset, 0.0003)
    assert w_telling > 1.0 and abs(w_silent) < 0.6


def test_positions_a_force_holds_are_counted_and_shares_are_not() -> None:
    from eventwire.fuse.conflicts import counted
    kept = "Zorvan's troops left the valley on Monday but kept six hilltop positions."
    held = "The army withdrew from Zorvan on Monday, holding on to six strategic points."
    assert near(kept, held)  # six positions either way
    assert not near(kept, kept.replace("six", "two"))
    poll = mention("a1", "2024-11-25", "wire", attack(
        "Support for the truce in Zorvan rose 6 percentage points on Monday.", "truce"))
    assert [w for w, *_ in counted(poll)] == []


def test_pairs_of_one_truth_event_share_their_fold_by_event() -> None:
    from types import SimpleNamespace

    from eventwire.evaluation.fit_coref import FOLDS, event_fold, fold_of
    arts = [SimpleNamespace(article=f"a{i}", root=f"a{i}") for i in range(12)]
    # every coreferent pair of T7, from any two articles, is held out together
    same = {event_fold(a, "T7", "T7") for a in arts}
    assert len(same) == 1 and 0 <= same.pop() < FOLDS
    # a pair of two events goes with the first of them
    assert event_fold(arts[0], "T7", "T2") == event_fold(arts[5], "T2", "T2")
    # folds by pair of articles spread one event's pairs over several folds
    assert len({fold_of(a, b, False) for a in arts for b in arts if a is not b}) > 1
    # ECB+ pairs stay by topic
    ecb = SimpleNamespace(article="12_3ecb", root="12_3ecb")
    assert event_fold(ecb, "ecb:12:x", "ecb:12:y") == event_fold(
        SimpleNamespace(article="12_9ecbplus"), "ecb:12:z", "ecb:12:z")


def test_a_sentence_told_twice_places_its_counts_in_each_article() -> None:
    from eventwire.fuse.conflicts import counted
    first = mention("a1", "2024-11-25", "wire", attack(SHELLING, "Shelling"))
    again = mention("a2", "2024-11-25", "paper", attack(SHELLING, "Shelling"))
    first.data["sentence"]["start"], again.data["sentence"]["start"] = 0, 120
    a, b = counted(first), counted(again)
    assert [(w, n) for w, n, *_ in a] == [(w, n) for w, n, *_ in b] == [("killed", 40.0)]
    at = SHELLING.index("40")
    assert a[0][3] == {"start": at, "end": at + 2, "text": "40"}
    assert b[0][3] == {"start": 120 + at, "end": 122 + at, "text": "40"}
    a[0][3]["start"] = -1  # a caller's copy: the mention's own spans stay as read
    assert counted(first)[0][3]["start"] == at
    assert coref.derived(first)["numbers"] is coref.derived(again)["numbers"]
