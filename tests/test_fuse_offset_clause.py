"""An undated mention inside an "N days after" clause lies that interval before the main
clause's event: its range is the tense range moved back, not one ending on the publication
day; a mention in the main clause, or past a comma, keeps the tense range."""

from __future__ import annotations

from eventwire.fuse.dates import mention_range, offset_clause

PUBLISHED = "2024-11-23"


def undated(text: str, trigger: str, modality: str = "asserted") -> dict:
    at = text.index(trigger)
    return {"modality": modality, "sentence": {"start": 0, "end": len(text), "text": text},
            "trigger": {"start": at, "end": at + len(trigger), "text": trigger},
            "date": {"value": PUBLISHED, "from": "article"}, "claims": []}


def test_a_mention_in_an_after_clause_is_moved_back_by_the_interval() -> None:
    text = "The raid came two days after the envoy met the premier in the capital."
    met = mention_range(undated(text, "met"), PUBLISHED)
    assert met["range"] == ["2024-11-14", "2024-11-21"] and met["from"].endswith("offset-clause")
    raid = mention_range(undated(text, "raid"), PUBLISHED)  # the main clause: as before
    assert raid["range"] == ["2024-11-16", "2024-11-23"] and raid["from"] == "tense:past"


def test_an_upper_bound_interval_only_widens_the_range_back() -> None:
    text = "The shelling came less than a week after gunmen killed the mayor of the town."
    assert offset_clause(undated(text, "killed")) == (0, 7)
    assert mention_range(undated(text, "killed"), PUBLISHED)["range"] == [
        "2024-11-09", "2024-11-23"]


def test_a_comma_ends_the_after_clause() -> None:
    text = "Two days after the raid, soldiers entered the village near the border."
    assert offset_clause(undated(text, "entered")) is None
    assert offset_clause(undated(text, "raid")) == (2, 2)


def test_hours_after_is_at_most_a_day() -> None:
    text = "The raid came hours after the envoy met the premier in the capital."
    assert offset_clause(undated(text, "met")) == (0, 1)
    assert offset_clause(undated("The raid came 36 hours after the envoy met the premier.",
                                 "met")) == (0, 2)


def test_a_date_before_hours_after_bounds_the_event_to_that_day_or_the_one_before() -> None:
    text = "Police arrested three men on Friday, hours after the truce took effect."
    at, day = text.index("truce"), text.index("Friday")
    data = {**undated(text, "truce"),
            "date": {"value": "2024-11-22", "from": "text",
                     "span": {"start": day, "end": day + 6, "text": "Friday"}}}
    got = mention_range(data, PUBLISHED)
    assert at > day and got["range"] == ["2024-11-21", "2024-11-22"]
    assert got["from"] == "offset:hours-after"


def test_an_approximate_interval_reaches_to_the_side_its_word_gives() -> None:
    text = "The raid came nearly a week after the envoy met the premier in the capital."
    assert offset_clause(undated(text, "met")) == (5, 7)
    text = "The raid came about two weeks after the envoy met the premier in the capital."
    assert offset_clause(undated(text, "met")) == (10, 18)
    text = "The raid came just over a week after the envoy met the premier in the capital."
    assert offset_clause(undated(text, "met")) == (7, 9)
    text = "The raid came more than two days after the envoy met the premier in the capital."
    assert offset_clause(undated(text, "met")) == (2, 3)


def test_an_exact_interval_stays_exact() -> None:
    for text in ("The raid came a week after the envoy met the premier in the capital.",
                 "The raid came just a week after the envoy met the premier in the capital.",
                 "The raid came only a week after the envoy met the premier in the capital."):
        assert offset_clause(undated(text, "met")) == (7, 7)


def test_a_date_before_an_approximate_interval_gives_a_range() -> None:
    text = "Police arrested three men on Friday, nearly a week after the truce took effect."
    day = text.index("Friday")
    data = {**undated(text, "truce"),
            "date": {"value": "2024-11-22", "from": "text",
                     "span": {"start": day, "end": day + 6, "text": "Friday"}}}
    got = mention_range(data, PUBLISHED)
    assert got["range"] == ["2024-11-15", "2024-11-17"] and got["from"] == "offset:after+approx"
    exact = text.replace("nearly a week", "a week")
    got = mention_range({**data, "sentence": {"start": 0, "end": len(exact), "text": exact},
                         "trigger": {"start": exact.index("truce"), "end": 0, "text": "truce"}},
                        PUBLISHED)
    assert got["range"] == ["2024-11-15", "2024-11-15"] and got["from"] == "offset:after"


def test_a_day_told_as_nearly_so_many_days_ago_spreads_to_the_nearer_days() -> None:
    text = "Gunmen killed the mayor nearly ten days ago, officials said."
    at = text.index("nearly")
    data = {**undated(text, "killed"),
            "date": {"value": "2024-11-13", "from": "text",
                     "span": {"start": at, "end": at + 20, "text": "nearly ten days ago"}}}
    got = mention_range(data, PUBLISHED)
    assert got["range"] == ["2024-11-13", "2024-11-15"] and got["from"].endswith("+approx")
    later = {**data, "date": {**data["date"], "span": {**data["date"]["span"],
                                                     "text": "about three days later"}}}
    assert mention_range(later, PUBLISHED)["range"] == ["2024-11-12", "2024-11-14"]
    exact = {**data, "date": {**data["date"], "span": {**data["date"]["span"],
                                                     "text": "ten days ago"}}}
    got = mention_range(exact, PUBLISHED)
    assert got["range"] == ["2024-11-13", "2024-11-13"] and "approx" not in got["from"]
