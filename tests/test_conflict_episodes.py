"""In the record of a fighting episode, the outlets' different days are days of the episode
and a larger toll on a later day is its running total, not a dispute."""

from __future__ import annotations

from eventwire.fuse.conflicts import date_conflicts, is_update
from eventwire.fuse.mentions import EPISODE_MARK, Mention


def clash(mid: str, outlet: str, rng: list[str], derived: str = "time_expression") -> Mention:
    data = {"type": "ASSAULT", "modality": "asserted",
            "sentence": {"text": "Fighting between the two armies went on.", "start": 0,
                         "end": 41}}
    return Mention(id=mid, article=f"a-{mid}", root=f"a-{mid}", data=data, story="s1",
                   outlet=outlet, when={"range": rng, "from": derived, "span": None})


FRIDAY = ["2031-07-25", "2031-07-25"]
SUNDAY = ["2031-07-27", "2031-07-27"]


def test_days_inside_an_episode_the_record_holds_are_no_date_conflict() -> None:
    friday, sunday = clash("m1", "wire.example", FRIDAY), clash("m2", "daily.example", SUNDAY)
    assert date_conflicts([friday, sunday])  # two outlets, two days: a dispute
    episode = clash("m3", "post.example", ["2031-07-24", "2031-07-28"],
                    f"time_expression{EPISODE_MARK}start")
    assert episode.episode and not friday.episode
    assert date_conflicts([friday, sunday, episode]) == []


def test_a_day_outside_the_episode_still_conflicts() -> None:
    episode = clash("m3", "post.example", ["2031-07-24", "2031-07-26"],
                    f"time_expression{EPISODE_MARK}start")
    friday = clash("m1", "wire.example", FRIDAY)
    later = clash("m2", "daily.example", ["2031-08-09", "2031-08-09"])
    assert date_conflicts([friday, later, episode])


def test_a_later_larger_toll_of_an_episode_is_its_running_total() -> None:
    early = {"lo": 12, "hi": 12, "day": True, "first": "2031-07-24", "last": "2031-07-24",
             "timing": {""}}
    late = {"lo": 20, "hi": 20, "day": True, "first": "2031-07-26", "last": "2031-07-26",
            "timing": {""}}
    assert not is_update(early, late)  # without update wording: two outlets' counts differ
    assert is_update(early, late, ongoing=True)
    assert not is_update(late, early, ongoing=True)  # a smaller later toll is no update
    same_day = dict(late, first="2031-07-24", last="2031-07-24")
    assert not is_update(early, same_day, ongoing=True)
