"""Story separation: time from publication days, continuing stories stay whole, concurrent
stories that share vocabulary split, and a story's title comes from its central event."""

from __future__ import annotations

from eventwire.fuse import stories as st


def vec(words: list[str], aid: str, day: str | None = None, years: list[str] | None = None
        ) -> dict:
    """A member vector over equal-weight name keys, with a publication day."""
    w = 1.0 / len(words) ** 0.5
    return {"tv": {}, "nv": {k: w for k in words}, "years": years or [], "dates": [],
            "day": day, "id": aid}


def test_publication_days_decide_time_over_years_talked_about() -> None:
    a = vec(["lebanon", "truce"], "a", "2024-12-20", ["2024"])
    b = vec(["lebanon", "truce"], "b", "2025-01-05", ["2025"])
    far = vec(["lebanon", "truce"], "c", "2026-03-01", ["2026"])
    assert st.similarity(a, b) == st.similarity(a, a)  # across New Year, still the same time
    assert st.similarity(a, far) < st.similarity(a, b)


def test_without_days_years_decide_time() -> None:
    a = vec(["quake", "chile"], "a", None, ["2010"])
    b = vec(["quake", "chile"], "b", None, ["2014"])
    assert st.similarity(a, b) < st.similarity(a, vec(["quake", "chile"], "c", None, ["2010"]))


def test_story_that_moves_on_over_weeks_is_not_split() -> None:
    early = [vec(["lebanon", "hochstein", f"w{i}"], f"x{i}", f"2024-11-{10 + i:02d}")
             for i in range(4)]
    late = [vec(["lebanon", "deadline", f"v{i}"], f"y{i}", f"2025-01-{10 + i:02d}")
            for i in range(4)]
    assert st.two_groups(early + late) is None


def test_concurrent_stories_sharing_names_split() -> None:
    lebanon = [vec(["israel", "lebanon", "hezbollah", f"w{i}"], f"x{i}",
                   f"2024-11-{10 + 3 * i:02d}") for i in range(5)]
    gaza = [vec(["israel", "gaza", "hamas", "hostages", f"v{i}"], f"y{i}",
                f"2024-11-{11 + 3 * i:02d}") for i in range(4)]
    assert st.two_groups(lebanon + gaza) == {f"y{i}" for i in range(4)}


def test_same_kind_of_event_months_apart_without_days_splits() -> None:
    first = [vec(["earthquake", "magnitude", "indonesia", f"w{i}"], f"x{i}", None, ["2009"])
             for i in range(4)]
    second = [vec(["earthquake", "magnitude", "indonesia", f"v{i}"], f"y{i}", None, ["2012"])
              for i in range(4)]
    assert st.two_groups(first + second) == {f"y{i}" for i in range(4)}


def test_title_comes_from_an_article_on_the_central_event() -> None:
    from eventwire.fuse.summary import title_of

    profile = {"terms": {"ceasefir": 5, "lebanon": 5, "israel": 4, "strike": 1}}
    arts = [{"id": "a", "title": "Strike hits Israel and Lebanon border town", "text": ""},
            {"id": "b", "title": "Israel and Lebanon agree ceasefire", "text": ""},
            {"id": "c", "title": "https://news.example/world/lebanon-israel-ceasefire",
             "text": "Israel and Lebanon sealed a ceasefire on Tuesday."}]
    assert title_of(arts, profile, central={"b"}) == "Israel and Lebanon agree ceasefire"
    assert title_of(arts[2:], profile) == "Israel and Lebanon sealed a ceasefire on Tuesday."


def test_report_sharing_one_name_in_five_joins_the_story() -> None:
    """A later report naming the story's suspect among four other names joins it (score
    0.14), an unrelated one does not."""
    idx = st.StoryIndex()
    sid = idx.open_story()
    for i in range(2):
        v = vec(["okafor", "lagos", f"w{i}"], f"x{i}")
        idx.join(sid, {"n": 1, "terms": {}, "names": {}}, v, f"x{i}")
    later = vec(["okafor", "abuja", "reuters", "senate", "customs"], "y")
    score = idx.best(later)[1]
    assert st.JOIN_THRESHOLD <= score < 0.15
    assert idx.best(vec(["abuja", "reuters", "senate"], "z"))[1] < st.JOIN_THRESHOLD
