"""A day of an episode its own article tells: a one-day attack that an article dates within
the fighting episode it also tells, between the same sides, joins that episode's record, in
either order of arrival; an article that tells no episode, an act told as a new one, another
side's act and a day outside the episode's range stay apart. Invented countries and places."""

from __future__ import annotations

from pathlib import Path

from episode_helpers import (
    BORDURIA,
    EPISODE,
    MONDAY,
    SYLDAVIA,
    THURSDAY,
    TUESDAY,
    WEDNESDAY,
    article,
    mention,
    records,
)

from eventwire.fuse.events import (
    episode_covers,
    episodes_holding,
    groups_compatible,
    held_record,
    kept_apart_in_article,
)
from eventwire.model import Extraction


def test_a_day_within_its_own_article_s_episode_is_held_by_it() -> None:
    fourth = mention("e1", "a1", [MONDAY, THURSDAY], "tense:past+episode:nth-day+report-day")
    shelled = mention("d1", "a1", [WEDNESDAY, WEDNESDAY], "time_expression", source="SYL",
                      target="BOR", at=400)
    assert episodes_holding(shelled, [fourth]) == [fourth]
    other = mention("e2", "a2", [MONDAY, THURSDAY], "time_expression+episode:began")
    assert episodes_holding(shelled, [other]) == []  # another outlet's episode: no allowance
    after = mention("d2", "a1", ["2031-03-20", "2031-03-20"], "time_expression", at=400)
    assert episodes_holding(after, [fourth]) == []  # outside the episode's days
    third = mention("d3", "a1", [WEDNESDAY, WEDNESDAY], "time_expression", source="TAV",
                    at=400)
    assert episodes_holding(third, [fourth]) == []  # another country's attack
    wide = mention("d4", "a1", ["2031-03-06", THURSDAY], "tense:past", at=400)
    assert episodes_holding(wide, [fourth]) == []  # no day of its own


def test_an_act_told_as_new_is_no_day_of_the_episode() -> None:
    fourth = mention("e1", "a1", [MONDAY, THURSDAY], "tense:past+episode:nth-day+report-day")
    for text in ("Syldavian guns fired into Kessel province, the first reported clash on the "
                 "coast.", "Syldavia launched a new attack on Wednesday.",
                 "A separate raid hit a depot near Varo on Wednesday."):
        act = mention("d1", "a1", [WEDNESDAY, WEDNESDAY], "time_expression", text=text, at=400)
        assert episodes_holding(act, [fourth]) == []
    plain = mention("d1", "a1", [WEDNESDAY, WEDNESDAY], "time_expression",
                    text="Syldavian guns shelled Bordurian posts before dawn.", at=400)
    assert episodes_holding(plain, [fourth]) == [fourth]


def test_the_day_joins_the_record_of_its_article_s_episode_and_its_other_days() -> None:
    fourth = mention("e1", "a1", [MONDAY, THURSDAY], "tense:past+episode:nth-day+report-day")
    shelled = mention("d1", "a1", [WEDNESDAY, WEDNESDAY], "time_expression", source="SYL",
                      target="BOR", at=400)
    began = mention("e2", "a2", [MONDAY, THURSDAY], "time_expression+episode:began")
    dawn = mention("s2", "a3", [MONDAY, MONDAY], "time_expression")
    record = [fourth, began, dawn]
    assert kept_apart_in_article(shelled, [fourth]) is False
    assert held_record([shelled], record)
    assert episode_covers(shelled, dawn, record)  # the episode's first day told elsewhere
    assert groups_compatible([shelled], record)
    assert not held_record([shelled], [began, dawn])  # without its own article's episode
    assert not groups_compatible([shelled], [dawn])
    tuesday = mention("d2", "a1", [TUESDAY, TUESDAY], "time_expression", at=800)
    assert not groups_compatible([shelled], record + [tuesday])  # two dated acts of one article


DAYS = [("Fighting near the Varo pass entered its fourth day on Thursday.", "Fighting", None,
         None, [MONDAY, THURSDAY],
         "tense:past+episode:nth-day+report-day", None),
        ("Syldavian artillery shelled Bordurian positions near the Varo pass before dawn on "
         "Wednesday, the Bordurian army said.", "shelled", SYLDAVIA, BORDURIA,
         [WEDNESDAY, WEDNESDAY], "time_expression", "ASSAULT/shelling")]
NEW_FRONT = [("Fighting near the Varo pass entered its fourth day on Thursday.", "Fighting",
              None, None, [MONDAY, THURSDAY],
              "tense:past+episode:nth-day+report-day", None),
             ("Syldavian artillery shelled Bordurian positions in Kessel province on "
              "Wednesday, the first reported clash on the coast.", "shelled", SYLDAVIA,
              BORDURIA, [WEDNESDAY, WEDNESDAY], "time_expression", "ASSAULT/shelling")]



def starts(ex: Extraction) -> list[str]:
    return [f"{ex.article.id}:{m.trigger.start}" for m in ex.events]


def test_the_day_joins_the_episode_record_in_either_order(tmp_path: Path) -> None:
    episode, days = article("ep", "one.example", EPISODE), article("dy", "two.example", DAYS)
    first = records(tmp_path, "first", [episode, days])
    second = records(tmp_path, "second", [days, episode])
    assert first == second
    (began,), (fourth, shelled) = starts(episode), starts(days)
    assert [r for r in first if began in r] == [frozenset({began, fourth, shelled})]


def test_a_new_front_stays_its_own_record(tmp_path: Path) -> None:
    episode = article("ep", "one.example", EPISODE)
    front = article("nf", "two.example", NEW_FRONT)
    first = records(tmp_path, "first", [episode, front])
    assert first == records(tmp_path, "second", [front, episode])
    (began,), (fourth, shelled) = starts(episode), starts(front)
    assert [r for r in first if began in r] == [frozenset({began, fourth})]
    assert frozenset({shelled}) in first
