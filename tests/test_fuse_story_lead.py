"""An undated report led by its own person joins the story that person leads, not a later
occurrence's story whose reports only recall that person (``stories.led_elsewhere``)."""

from __future__ import annotations

from eventwire.fuse import stories as st


def weighted(names: dict[str, float]) -> dict:
    """Member vectors over the given name weights (made unit length)."""
    norm = sum(w * w for w in names.values()) ** 0.5
    return {"tv": {}, "nv": {k: w / norm for k, w in names.items()}, "years": [], "dates": []}


def two_stories() -> tuple[st.StoryIndex, str, str]:
    """A story of a later seizure led by 'orvane' (its reports recall 'dellick'), and the story
    of the earlier seizure, led by 'dellick'."""
    idx = st.StoryIndex()
    later, earlier = idx.open_story(), idx.open_story()
    for i in range(6):
        idx.join(later, {"n": 1, "terms": {}, "names": {}, "years": {}, "dates": []},
                 weighted({"orvane": 3, "dellick": 1, "port": 1, f"l{i}": 1}), f"l{i}")
    for i in range(5):
        idx.join(earlier, {"n": 1, "terms": {}, "names": {}, "years": {}, "dates": []},
                 weighted({"dellick": 3, "port": 1, f"e{i}": 1}), f"e{i}")
    return idx, later, earlier


def test_a_report_led_by_the_earlier_person_joins_the_earlier_story() -> None:
    idx, later, earlier = two_stories()
    report = weighted({"dellick": 3, "port": 1, "quay": 1})
    idx.ranked, idx.scores = [later, earlier], {later: 0.5, earlier: 0.4}
    assert st.led_elsewhere(idx, later, report) == earlier


def test_no_move_when_the_report_says_the_lead_has_a_day_or_no_other_story_reaches_it() -> None:
    idx, later, earlier = two_stories()
    idx.ranked, idx.scores = [later, earlier], {later: 0.5, earlier: 0.4}
    assert st.led_elsewhere(idx, later, weighted({"dellick": 3, "orvane": 1})) is None
    assert st.led_elsewhere(idx, later, {**weighted({"dellick": 3}), "day": "2031-02-03"}) is None
    idx.scores = {later: 0.5, earlier: st.JOIN_THRESHOLD / 2}
    assert st.led_elsewhere(idx, later, weighted({"dellick": 3, "port": 1})) is None


def test_a_name_that_tops_few_of_the_other_storys_articles_leads_nothing() -> None:
    """A country that tops two of five articles of the other story (the rest led by others)
    is no lead to follow there."""
    idx = st.StoryIndex()
    later, other = idx.open_story(), idx.open_story()
    blank = {"n": 1, "terms": {}, "names": {}, "years": {}, "dates": []}
    for i in range(6):
        idx.join(later, blank, weighted({"orvane": 3, "kestria": 1, f"l{i}": 1}), f"l{i}")
    for i, top in enumerate(["kestria", "kestria", "maro", "tellis", "brin"]):
        names = {"kestria": 1, top: 3, f"e{i}": 1}
        idx.join(other, blank, weighted(names), f"e{i}")
    assert st.leading_name(idx.members[other]) == "kestria"
    idx.ranked, idx.scores = [later, other], {later: 0.5, other: 0.4}
    assert st.led_elsewhere(idx, later, weighted({"kestria": 3, "port": 1})) is None
