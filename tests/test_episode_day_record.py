"""A day of an episode its own article tells: a one-day attack that an article dates within
the fighting episode it also tells, between the same sides, joins that episode's record, in
either order of arrival; an article that tells no episode, an act told as a new one, another
side's act and a day outside the episode's range stay apart. Invented countries and places."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fuse_helpers import add

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.fuse.events import (
    episode_covers,
    episodes_holding,
    groups_compatible,
    held_record,
    kept_apart_in_article,
)
from eventwire.fuse.mentions import Mention
from eventwire.model import ActorRef, Article, EventMention, Extraction, Participant, Span
from eventwire.store import Store

BORDURIA = ActorRef("BOR", "Borduria", "BOR", "GOV")
SYLDAVIA = ActorRef("SYL", "Syldavia", "SYL", "GOV")
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = "2031-03-10", "2031-03-11", "2031-03-12", "2031-03-13"


def mention(mid: str, article: str, rng: list[str], how: str, source: str = "BOR",
            target: str = "SYL", text: str = "x", at: int = 0) -> Mention:
    def party(code: str) -> list[dict]:
        return [{"text": code, "actor": {"id": code, "country": code}}] if code else []
    data = {"type": "ASSAULT", "modality": "asserted", "source": party(source),
            "target": party(target), "sentence": {"start": at, "text": text},
            "trigger": {"start": at, "text": "clash"}}
    return Mention(id=mid, article=article, root=article, data=data, story="s1",
                   when={"range": rng, "from": how, "span": None})


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


Told = tuple[str, str, ActorRef | None, ActorRef | None, list[str], str, str | None]


def article(aid: str, host: str, sentences: list[Told]) -> Extraction:
    """An article of the given (sentence, trigger, source, target, range, derivation, mode)."""
    text = " ".join(s for s, *_ in sentences)
    ex = Extraction(article=Article(id=aid, text=text, title=sentences[0][0],
                                    published=THURSDAY, url=f"https://{host}/{aid}"))
    at = 0
    for sent, trig, source, target, rng, how, mode in sentences:
        t = at + sent.index(trig)
        parts: dict[str, Any] = {}
        if source is not None:
            s = at + sent.index(source.name[:7])
            parts["source"] = [Participant(s, s + 7, source.name, source)]
        if target is not None:
            g = at + sent.index(target.name[:7])
            parts["target"] = [Participant(g, g + 7, target.name, target)]
        date = {"value": rng[0] if rng[0] == rng[1] else None, "range": rng, "range_from": how,
                "range_span": None}
        ex.events.append(EventMention("ASSAULT", Span.of(text, t, t + len(trig)),
                                      Span.of(text, at, at + len(sent)), mode=mode,
                                      date=date, confidence=0.8, **parts))
        at += len(sent) + 1
    return ex


EPISODE = [("Fighting between Borduria and Syldavia began on Monday near the Varo pass and has "
            "killed 31 people.", "Fighting", BORDURIA, SYLDAVIA, [MONDAY, THURSDAY],
            "time_expression+episode:began", None)]
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


def records(tmp_path: Path, name: str, order: list[Extraction]) -> list[frozenset[str]]:
    store = Store(str(tmp_path / f"{name}.db"))
    try:
        for ex in order:
            fuse.update(store, [add(store, ex)])
        events = queries.list_events(store, min_confidence=0.0)
    finally:
        store.close()
    return sorted((frozenset(f"{m['article']}:{m['start']}" for m in e["mentions"])
                   for e in events), key=sorted)


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
