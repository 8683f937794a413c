"""A fighting episode's start as its article states it dates the mentions that tell the start
or count its days without a date of their own ("The clashes began when ...", "as fighting
entered a fourth day", "On the second day of fighting, ..."), and one article's reports of
one episode (its start, a later day, its tally) are not kept apart from each other; a
one-day strike in the same article and an episode of other sides or days still are.
Invented countries and places throughout."""

from __future__ import annotations

from typing import Any

from eventwire.extract.attributes import episode_start_dates
from eventwire.extract.episodes import (
    episode_cue,
    episode_range,
    from_start,
    nth_day_of,
    started_by,
    stated_start,
)
from eventwire.fuse.dates import mention_range
from eventwire.fuse.events import StoryStarts, same_article_verdict
from eventwire.fuse.mentions import Mention
from eventwire.model import Article, EventMention, Extraction, Span, TimeExpr

PUBLISHED = "2031-03-16T10:00:00+00:00"  # a Sunday; the clashes began on Thursday the 13th


def test_a_start_stated_from_a_date_of_the_text() -> None:
    assert stated_start(["2031-03-13", "2031-03-16"], "time_expression+episode:began") == \
        "2031-03-13"
    assert stated_start(["2031-03-13", "2031-03-15"], "time_expression+episode:nth-day") == \
        "2031-03-13"
    assert stated_start(["2031-03-13", "2031-03-16"], "tense:since-date+episode:since") == \
        "2031-03-13"
    # tense alone, a count back from the report and a later day state no start
    assert stated_start(["2031-03-09", "2031-03-16"], "tense:past+episode:began") is None
    assert stated_start(["2031-03-13", "2031-03-16"],
                        "tense:past+episode:nth-day+report-day") is None
    assert stated_start(["2031-03-13", "2031-03-14"], "time_expression+episode:goes-on") is None


def test_a_start_clause_and_a_counted_day() -> None:
    text = "The clashes began when Borduvian soldiers opened fire on a post."
    assert started_by(text, text.index("began") + 5)
    text = "The fighting erupted after a patrol came under fire near Varo."
    assert started_by(text, text.index("erupted") + 7)
    text = "The fighting began on Thursday near the pass."
    assert not started_by(text, text.index("began") + 5)
    found = nth_day_of("On the second day of fighting, Ruritanian troops shelled a depot.")
    assert found is not None and found["nth"] == "second"
    assert nth_day_of("By the fourth straight day of the clashes, 30 had died.") is not None
    assert nth_day_of("On the second day of the summit, the ministers met.") is None
    assert nth_day_of("On the first day of fighting, troops advanced.") is None


def test_ranges_from_the_start() -> None:
    assert from_start("2031-03-13", PUBLISHED, "began") == ["2031-03-13", "2031-03-16"]
    assert from_start("2031-03-13", PUBLISHED, "nth-day", 3) == ["2031-03-13", "2031-03-15"]
    assert from_start("2031-03-13", PUBLISHED, "day", 2) == ["2031-03-14", "2031-03-14"]
    assert from_start("2031-03-13", PUBLISHED, "day", 6) is None  # past the report
    assert from_start("2031-01-02", PUBLISHED, "began") == ["2031-01-02", "2031-01-02"]


def event(text: str, sentence: str, trigger: str, rng: list[str], how: str,
          cue: str | None = None, typ: str = "ASSAULT") -> EventMention:
    """An event of ``text`` whose sentence is ``sentence``, with the range extraction gave."""
    base = text.index(sentence)
    at = base + sentence.index(trigger)
    date: dict[str, Any] = {"value": None, "from": "article", "range": rng, "range_from": how,
                            "range_span": None}
    if cue is not None:
        c = base + sentence.index(cue)
        date["range_cue"] = Span.of(text, c, c + len(cue)).to_dict()
    return EventMention(typ, Span.of(text, at, at + len(trigger)),
                        Span.of(text, base, base + len(sentence)), date=date)


def article(text: str) -> Extraction:
    return Extraction(article=Article(id="a1", text=text, title=None, published=PUBLISHED))


WEEK = ["2031-03-09", "2031-03-16"]


def test_a_start_clause_takes_the_start_another_sentence_states() -> None:
    erupted = "Clashes between Ruritanian and Borduvian troops erupted on Thursday near Varo."
    began = "The clashes began when Borduvian soldiers opened fire on a Ruritanian post."
    text = f"{erupted} Villagers fled. {began}"
    ex = article(text)
    ex.events = [
        event(text, erupted, "Clashes", ["2031-03-13", "2031-03-16"],
              "time_expression+episode:began", "erupted"),
        event(text, began, "clashes", WEEK, "tense:past+episode:began", "began")]
    episode_start_dates(ex)
    got = ex.events[1].date
    assert got["range"] == ["2031-03-13", "2031-03-16"]
    assert got["range_from"] == "episode-start+episode:began"


def test_a_counted_day_and_an_act_of_a_day_of_fighting_take_their_day() -> None:
    since = "Ruritanian and Borduvian forces have fought near Varo since Thursday."
    fourth = "Shops stayed shut as the fighting entered its fourth day."
    second = "On the second day of fighting, Ruritanian troops shelled a fuel depot."
    text = f"{since} {fourth} {second}"
    ex = article(text)
    ex.events = [
        event(text, since, "fought", ["2031-03-13", "2031-03-16"],
              "tense:since-date+episode:since"),
        event(text, fourth, "fighting", ["2031-03-13", "2031-03-16"],
              "tense:past+episode:nth-day+report-day", "its fourth day"),
        event(text, second, "shelled", WEEK, "tense:past")]
    episode_start_dates(ex)
    assert ex.events[1].date["range"] == ["2031-03-13", "2031-03-16"]
    assert ex.events[1].date["range_from"] == "episode-start+episode:nth-day"
    assert ex.events[2].date["range"] == ["2031-03-14", "2031-03-14"]
    assert ex.events[2].date["range_from"] == "episode-start+nth-day"
    assert ex.events[2].date["value"] == "2031-03-14"


def test_a_start_clause_naming_its_day_states_the_start() -> None:
    began = "The fighting began when Borduvian troops opened fire on the morning of 13 March."
    second = "By the third day of the clashes, both sides had shelled villages near Varo."
    text = f"{began} {second}"
    ex = article(text)
    at = text.index("the morning of 13 March")
    ex.times = [TimeExpr(at, at + 23, "the morning of 13 March", "TIME", "2031-03-13TMO")]
    ex.events = [event(text, began, "fighting", WEEK, "tense:past+episode:began", "began"),
                 event(text, second, "shelled", WEEK, "tense:past")]
    episode_start_dates(ex)
    assert ex.events[0].date["range"] == ["2031-03-13", "2031-03-16"]
    assert ex.events[1].date["range"] == ["2031-03-15", "2031-03-15"]


def test_two_stated_starts_or_none_date_nothing() -> None:
    erupted = "Clashes erupted on Thursday near Varo."
    earlier = "Fighting that began on 2 March near the pass killed nine."
    began = "The clashes began when soldiers opened fire on a post."
    text = f"{erupted} {earlier} {began}"
    ex = article(text)
    ex.events = [
        event(text, erupted, "Clashes", ["2031-03-13", "2031-03-16"],
              "time_expression+episode:began", "erupted"),
        event(text, earlier, "Fighting", ["2031-03-02", "2031-03-16"],
              "time_expression+episode:began", "began"),
        event(text, began, "clashes", WEEK, "tense:past+episode:began", "began")]
    episode_start_dates(ex)
    assert ex.events[2].date["range"] == WEEK  # two episodes: which one began so is unknown
    alone = article(began)
    alone.events = [event(began, began, "clashes", WEEK, "tense:past+episode:began", "began")]
    episode_start_dates(alone)
    assert alone.events[0].date["range"] == WEEK


def mention(mid: str, at: int, rng: list[str], how: str, source: str = "RUR",
            target: str = "BOR") -> Mention:
    """A mention of article a1 whose sentence starts at ``at``."""
    def party(code: str) -> list[dict]:
        return [{"text": code, "actor": {"id": code, "country": code}}] if code else []
    data = {"type": "ASSAULT", "modality": "asserted", "source": party(source),
            "target": party(target), "sentence": {"start": at, "text": "x"},
            "trigger": {"start": at, "text": "clashes"}}
    return Mention(id=mid, article="a1", root="a1", data=data, story="s1",
                   when={"range": rng, "from": how, "span": None})


def test_one_article_s_reports_of_one_episode_are_not_kept_apart() -> None:
    tally = mention("m1", 0, ["2031-03-12", "2031-03-16"], "tense:past+episode:days-of")
    friday = mention("m2", 2400, ["2031-03-13", "2031-03-14"],
                     "time_expression+episode:goes-on", source="BOR", target="RUR")
    assert same_article_verdict(tally, friday) == "maybe"
    strike = mention("m3", 1200, ["2031-03-14", "2031-03-14"], "time_expression",
                     source="BOR", target="")
    assert same_article_verdict(friday, strike) == "no"  # a one-day strike stays apart
    other_sides = mention("m4", 3600, ["2031-03-13", "2031-03-14"],
                          "time_expression+episode:goes-on", source="SYL", target="BOR")
    assert same_article_verdict(tally, other_sides) == "no"
    earlier = mention("m5", 4800, ["2031-02-02", "2031-02-04"],
                      "time_expression+episode:days-of")
    assert same_article_verdict(friday, earlier) == "no"  # an episode of other days


def story_mention(sentence: str, trigger: str, how: str, cue: str | None = None,
                  modality: str = "asserted") -> Mention:
    """A mention of article a9 (published on the Sunday) in story s1 dated by tense."""
    at = sentence.index(trigger)
    date: dict[str, Any] = {"range": WEEK, "range_from": how}
    if cue is not None:
        date["range_cue"] = {"start": sentence.index(cue), "end": sentence.index(cue) + len(cue)}
    data = {"type": "ASSAULT", "modality": modality, "source": [], "target": [], "date": date,
            "sentence": {"start": 0, "text": sentence},
            "trigger": {"start": at, "end": at + len(trigger), "text": trigger}}
    return Mention(id="a9#0", article="a9", root="a9", data=data, story="s1",
                   published=PUBLISHED, when={"range": WEEK, "from": how, "span": None})


STATED = {"s1": [("2031-03-12", "a4", None), ("2031-03-13", "a2", {"start": 5, "end": 13}),
                 ("2031-03-13", "a3", None), ("2031-01-20", "a5", None)]}


def test_a_story_s_start_is_the_day_most_of_its_articles_state() -> None:
    starts = StoryStarts(known=STATED)
    assert starts.start("s1", PUBLISHED)[:2] == ("2031-03-13", "a2")
    assert starts.start("s1", "2031-01-25") is not None  # the January episode for its reports
    assert starts.start("s1", "2031-01-10") is None  # no start stated before the report
    assert StoryStarts(known={"s1": []}).start("s1", PUBLISHED) is None


def test_a_story_s_start_dates_its_start_clauses_and_counted_days() -> None:
    starts = StoryStarts(known=STATED)
    began = story_mention("The clashes began when soldiers opened fire on a post.", "clashes",
                          "tense:past+episode:began", "began")
    got = starts.redate(began)
    assert got is not None and got["range"] == ["2031-03-13", "2031-03-16"]
    assert got["from"] == "story-start+episode:began" and got["span"]["article"] == "a2"
    fourth = story_mention("Shops stayed shut as the fighting entered its fourth day.",
                           "fighting", "tense:past+episode:nth-day+report-day", "its fourth day")
    assert starts.redate(fourth)["range"] == ["2031-03-13", "2031-03-16"]
    second = story_mention("On the second day of fighting, troops shelled a fuel depot.",
                           "shelled", "tense:past")
    assert starts.redate(second)["range"] == ["2031-03-14", "2031-03-14"]


def test_no_story_start_for_a_dated_start_a_plan_or_a_plain_report() -> None:
    starts = StoryStarts(known=STATED)
    assert starts.redate(story_mention("The fighting began on a quiet night near Varo.",
                                       "fighting", "tense:past+episode:began", "began")) is None
    assert starts.redate(story_mention("The clashes began when soldiers opened fire.",
                                       "clashes", "tense:past+episode:began", "began",
                                       modality="planned")) is None
    assert starts.redate(story_mention("Troops shelled a fuel depot near Varo.", "shelled",
                                       "tense:past")) is None


def cue_of(text: str, trigger: str) -> tuple[str, int] | None:
    at = text.index(trigger)
    found = episode_cue(text, at, at + len(trigger))
    return found[:2] if found else None


def test_a_spell_that_lasted_days_and_an_episode_s_toll_are_episode_cues() -> None:
    assert cue_of("The clashes lasted five days and killed 41 people.", "clashes") == \
        ("days-of", 4)
    assert cue_of("Fighting that lasted for four days emptied the villages near Varo.",
                  "Fighting") == ("days-of", 3)
    assert cue_of("The death toll from the fighting has risen to 27, officials said.",
                  "fighting") == ("toll", 0)
    assert cue_of("The toll of the border clashes rose to 12 on Friday.", "clashes") == \
        ("toll", 0)
    assert cue_of("The fighting killed two soldiers near the pass.", "fighting") is None
    assert cue_of("Soldiers took the toll road to the border, where the fighting was.",
                  "fighting") is None


def test_a_bare_clock_time_names_no_start_day() -> None:
    began = "The fighting began when Borduvian troops opened fire at about 9 a.m."
    second = "By the third day of the clashes, both sides had shelled villages near Varo."
    text = f"{began} {second}"
    ex = article(text)
    at = text.index("about 9 a.m.")
    ex.times = [TimeExpr(at, at + 12, "about 9 a.m.", "TIME", "2031-03-16T09:00")]
    ex.events = [event(text, began, "fighting", WEEK, "tense:past+episode:began", "began"),
                 event(text, second, "shelled", WEEK, "tense:past")]
    episode_start_dates(ex)
    assert ex.events[0].date["range"] == WEEK and ex.events[1].date["range"] == WEEK


def test_a_day_of_fighting_looked_back_on_is_not_the_report_s_day() -> None:
    text = "On the third day of the fighting, Ruritanian forces retook a post near Varo."
    at = text.index("fighting")
    got = episode_range({"range": WEEK, "from": "tense:past", "span": None}, text, at, at + 8,
                        PUBLISHED)
    assert got is not None and got[0]["range"] == WEEK
    assert got[0]["from"] == "tense:past+episode:nth-day"
    text = "Shops stayed shut as the fighting entered its third day near Varo."
    at = text.index("fighting")
    got = episode_range({"range": WEEK, "from": "tense:past", "span": None}, text, at, at + 8,
                        PUBLISHED)
    assert got is not None and got[0]["range"] == ["2031-03-13", "2031-03-16"]


def since_range(sentence: str, trigger: str, date_text: str, value: str) -> dict | None:
    at, d = sentence.index(trigger), sentence.index(date_text)
    data = {"modality": "asserted", "sentence": {"start": 0, "text": sentence},
            "trigger": {"start": at, "end": at + len(trigger), "text": trigger},
            "date": {"value": value, "from": "text",
                     "span": {"start": d, "end": d + len(date_text), "text": date_text}}}
    return mention_range(data, PUBLISHED)


def test_a_toll_since_an_episode_began_on_a_day_spans_the_days_since() -> None:
    got = since_range("Since the clashes began on Thursday, 22 soldiers have been killed.",
                      "killed", "Thursday", "2031-03-13")
    assert got["range"] == ["2031-03-13", "2031-03-16"] and got["from"] == "tense:since-date"
    got = since_range("Villages near Varo have emptied since fighting erupted in early March.",
                      "emptied", "early March", "2031-03")
    assert got["from"] == "tense:since-date"
    got = since_range("Rockets were fired at towns since the fighting began on Thursday.",
                      "fighting", "Thursday", "2031-03-13")  # the start itself
    assert got["range"] == ["2031-03-13", "2031-03-13"]
    got = since_range("The talks began on Thursday in the capital.", "talks", "Thursday",
                      "2031-03-13")
    assert got["range"] == ["2031-03-13", "2031-03-13"]
