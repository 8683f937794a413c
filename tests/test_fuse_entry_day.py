"""Two acts of one type that one timestamped entry of a live page tells on its day, each dated
only by that entry ("21:20 GMT: ... the two governments have accepted the proposal." and "He
added the pact was concluded with the mediator."), are one occurrence although they name
different parties; in different entries, or dated by tense alone, the parties still tell them
apart. Invented countries throughout."""

from __future__ import annotations

from eventwire.fuse.dates import ENTRY_FROM
from eventwire.fuse.events import one_entry_day, same_article_verdict
from eventwire.fuse.mentions import Mention

DAY = ["2026-03-10", "2026-03-10"]


def mention(mid: str, sentence: str, trigger: str, source: str, entry: int | None,
            how: str = ENTRY_FROM, rng: list[str] | None = None, kind: str = "AGREE") -> Mention:
    start = 100 * int(mid[1:])
    at = sentence.index(trigger)
    data = {"type": kind, "modality": "asserted",
            "source": [{"text": source, "actor": {"id": "country:" + source, "country": source,
                                                  "kind": "state"}}],
            "target": [],
            "sentence": {"text": sentence, "start": start, "end": start + len(sentence)},
            "trigger": {"text": trigger, "start": start + at, "end": start + at + len(trigger)},
            "attributes": {"trigger_info": {"lemma": trigger}, "entry": entry}}
    return Mention(id=mid, article="a1", root="a1", data=data, story="s1", outlet="live.example",
                   when={"range": rng or DAY, "from": how, "span": None})


def accepted(entry: int | None = 90, how: str = ENTRY_FROM) -> Mention:
    return mention("m1", "The envoy says the governments of Ruritania have accepted the "
                   "proposal.", "accepted", "RUR", entry, how)


def reached(entry: int | None = 90, how: str = ENTRY_FROM) -> Mention:
    return mention("m3", "The minister added the pact was concluded with Borduvia.", "concluded",
                   "BOR", entry, how)


def test_one_entry_tells_one_occurrence_on_its_day() -> None:
    assert one_entry_day(accepted(), reached())
    assert same_article_verdict(accepted(), reached()) != "no"


def test_different_entries_keep_their_parties_apart() -> None:
    assert not one_entry_day(accepted(90), reached(250))
    assert same_article_verdict(accepted(90), reached(250)) == "no"


def test_tense_bounds_alone_do_not_make_one_entry_day() -> None:
    week = ["2026-03-03", "2026-03-10"]
    a = mention("m1", "The envoy says the governments of Ruritania have accepted the proposal.",
                "accepted", "RUR", 90, "tense:past", week)
    b = mention("m3", "The minister added the pact was concluded with Borduvia.", "concluded", "BOR",
                90, "tense:past", week)
    assert not one_entry_day(a, b)
    assert same_article_verdict(a, b) == "no"


def test_one_sided_acts_of_one_entry_stay_two() -> None:
    a = mention("m1", "Ruritania imposed sanctions on the port authority.", "imposed", "RUR", 90,
                kind="SANCTION")
    b = mention("m3", "Borduvia also announced sanctions of its own.", "announced", "BOR", 90,
                kind="SANCTION")
    assert not one_entry_day(a, b)
    assert same_article_verdict(a, b) == "no"
