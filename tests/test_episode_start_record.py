"""An episode's first day is one of its days: a record of an attack dated at the start a
fighting episode's report states, between the same sides, joins the episode's record even
when one article holds parts of both, while two attacks one article dates apart stay two
records, whatever order the articles arrive in. Invented countries and places throughout."""

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
    episodes_started,
    groups_compatible,
    kept_apart_in_article,
    start_record,
)


def test_an_attack_on_the_day_an_episode_began_starts_it() -> None:
    began = mention("e1", "a1", [MONDAY, THURSDAY], "time_expression+episode:began")
    dawn = mention("s1", "a2", [MONDAY, MONDAY], "time_expression", target="")
    assert episodes_started(dawn, [began]) == [began]
    later = mention("s2", "a2", [TUESDAY, TUESDAY], "time_expression")
    assert episodes_started(later, [began]) == []  # a later day is no start
    counted = mention("e2", "a1", [MONDAY, THURSDAY], "tense:past+episode:days-of+report-day")
    assert episodes_started(dawn, [counted]) == []  # a count back from the report states none
    third = mention("s3", "a2", [MONDAY, MONDAY], "time_expression", source="TAV")
    assert episodes_started(third, [began]) == []  # another country's attack
    undated = mention("s4", "a2", ["2031-03-06", THURSDAY], "tense:past")
    assert episodes_started(undated, [began]) == []  # no day of its own


def test_the_start_lets_the_episode_s_later_days_into_its_record() -> None:
    began = mention("e1", "a1", [MONDAY, THURSDAY], "time_expression+episode:began")
    dawn = mention("s1", "a2", [MONDAY, MONDAY], "time_expression")
    wednesday = mention("d3", "a3", [WEDNESDAY, WEDNESDAY], "time_expression")
    assert episode_covers(dawn, wednesday, [began, wednesday])
    assert not episode_covers(dawn, wednesday, [wednesday])  # no episode in the record
    after = mention("d9", "a3", ["2031-03-20", "2031-03-20"], "time_expression")
    assert not episode_covers(dawn, after, [began, after])


def test_one_article_s_start_and_its_episode_account_join_but_its_two_days_do_not() -> None:
    began = mention("e1", "a1", [MONDAY, THURSDAY], "time_expression+episode:began")
    headline = mention("h1", "a2", ["2031-03-06", THURSDAY], "tense:past", at=0)
    dawn = mention("s1", "a2", [MONDAY, MONDAY], "time_expression", target="", at=900)
    assert kept_apart_in_article(dawn, [headline])  # alone, the article tells them apart
    assert not kept_apart_in_article(dawn, [began, headline])
    assert groups_compatible([dawn], [began, headline])
    assert start_record([dawn], [began, headline])
    wednesday = mention("s2", "a2", [WEDNESDAY, WEDNESDAY], "time_expression", at=1800)
    assert not groups_compatible([dawn], [began, headline, wednesday])  # two dated acts
    assert kept_apart_in_article(dawn, [began, wednesday])


REPORT = [("Borduria and Syldavia clash near the Varo pass as Syldavian jets strike targets.",
           "strike", BORDURIA, SYLDAVIA, ["2031-03-06", THURSDAY], "tense:past", "ASSAULT/aerial"),
          ("Bordurian troops opened fire on Syldavian posts near the Varo pass at dawn on "
           "Monday, officials said.", "opened fire", BORDURIA, None, [MONDAY, MONDAY],
           "time_expression", "ASSAULT/firearms"),
          ("Syldavian artillery shelled Bordurian villages near the Varo pass on Wednesday.",
           "shelled", SYLDAVIA, BORDURIA, [WEDNESDAY, WEDNESDAY], "time_expression",
           "ASSAULT/shelling")]



def test_the_start_joins_the_episode_record_and_other_days_stay_apart_in_either_order(
        tmp_path: Path) -> None:
    episode, report = article("ep", "one.example", EPISODE), article("rp", "two.example", REPORT)
    first = records(tmp_path, "first", [episode, report])
    second = records(tmp_path, "second", [report, episode])
    assert first == second
    starts = {e.article.id: [f"{e.article.id}:{m.trigger.start}" for m in e.events]
              for e in (episode, report)}
    began, (_, dawn, wednesday) = starts["ep"][0], starts["rp"]
    (joined,) = [r for r in first if began in r]
    assert dawn in joined
    assert wednesday not in joined
