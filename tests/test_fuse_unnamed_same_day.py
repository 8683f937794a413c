"""Within one article, a report that names no one and a report naming the parties, told with
one trigger word and dated by their own words to the same day, are one occurrence: the
headline "Truce in Varosia from Friday" and the lead naming who agreed the truce. Another
word, another day, a range wider than a day, another modality or two named sets of parties
that differ are left to the other rules. Invented countries throughout."""

from __future__ import annotations

from eventwire.fuse.events import same_article_verdict, unnamed_same_day
from eventwire.fuse.mentions import Mention, participant_keys

FRIDAY = ["2031-05-16", "2031-05-16"]
SATURDAY = ["2031-05-17", "2031-05-17"]
WEEK = ["2031-05-12", "2031-05-18"]


def mention(mid: str, sentence: str, trigger: str, lemma: str, parties: tuple[str, ...] = (),
            kind: str = "AGREE", rng: list[str] | None = None,
            modality: str = "asserted") -> Mention:
    def party(code: str) -> dict:
        return {"text": code, "actor": {"id": "country:" + code, "country": code,
                                        "kind": "state"}}
    at = sentence.index(trigger)
    start = 400 * int(mid[1:])
    data = {"type": kind, "modality": modality, "source": [party(c) for c in parties[:1]],
            "target": [party(c) for c in parties[1:]],
            "sentence": {"text": sentence, "start": start, "end": start + len(sentence)},
            "trigger": {"text": trigger, "start": start + at, "end": start + at + len(trigger)},
            "attributes": {"trigger_info": {"lemma": lemma}}}
    when = {"range": rng, "from": "time_expression", "span": None} if rng else None
    keys = [participant_keys(p) for p in data["source"] + data["target"]]
    return Mention(id=mid, article="a1", root="a1", data=data, story="s1", keys=keys,
                   outlet="wire.example", when=when)


def test_an_unnamed_report_and_a_named_one_of_the_same_word_and_day_join() -> None:
    headline = mention("m0", "Truce in Varosia from Friday", "Truce", "truce", rng=FRIDAY)
    lead = mention("m9", "The Varosian army and the Osterlich-backed rebels agreed a truce that "
                   "begins on Friday, mediators said.", "truce", "truce", ("VAR", "OST"),
                   rng=FRIDAY)
    assert unnamed_same_day(headline, lead) and unnamed_same_day(lead, headline)
    assert same_article_verdict(headline, lead) == "merge"
    assert same_article_verdict(lead, headline) == "merge"
    seized = mention("m1", "Three fishing boats were seized on Friday.", "seized", "seize",
                     kind="COERCE", rng=FRIDAY)
    navy = mention("m5", "The Varosian navy seized the boats of Osterlich fishermen near the "
                   "reef on Friday.", "seized", "seize", ("VAR", "OST"), kind="COERCE",
                   rng=FRIDAY)
    assert same_article_verdict(seized, navy) == "merge"


def test_another_word_day_range_or_modality_stays_apart() -> None:
    lead = mention("m9", "The Varosian army and the Osterlich-backed rebels agreed a truce that "
                   "begins on Friday, mediators said.", "truce", "truce", ("VAR", "OST"),
                   rng=FRIDAY)
    accord = mention("m0", "The accord was unveiled on Friday evening.", "accord", "accord",
                     rng=FRIDAY)
    saturday = mention("m1", "A truce was announced on Saturday.", "truce", "truce",
                       rng=SATURDAY)
    week = mention("m2", "A truce was agreed this week.", "truce", "truce", rng=WEEK)
    undated = mention("m3", "A truce holds.", "truce", "truce")
    planned = mention("m4", "A truce is to be agreed on Friday.", "truce", "truce",
                      rng=FRIDAY, modality="planned")
    for other in (accord, saturday, week, undated, planned):
        assert not unnamed_same_day(other, lead) or other is planned
        assert same_article_verdict(other, lead) == "no"
    assert unnamed_same_day(planned, lead)  # the modality group still decides


def test_two_named_sets_of_parties_that_differ_are_not_concerned() -> None:
    lead = mention("m9", "The Varosian army and the Osterlich-backed rebels agreed a truce that "
                   "begins on Friday, mediators said.", "truce", "truce", ("VAR", "OST"),
                   rng=FRIDAY)
    other = mention("m1", "Ruritania and Pelagia also agreed a truce on Friday.", "truce",
                    "truce", ("RUR", "PEL"), rng=FRIDAY)
    assert not unnamed_same_day(other, lead)
    assert same_article_verdict(other, lead) == "no"


def test_two_words_of_one_mode_are_one_word() -> None:
    """"Truce" in the headline and "ceasefire" in the lead are cue words of one mode
    (RETREAT/ceasefire): one word told twice. Words of no mode, or of two modes, stay two."""
    def truce(mid: str, sentence: str, trigger: str, lemma: str, parties: tuple[str, ...] = (),
              mode: str | None = "RETREAT/ceasefire", kind: str = "RETREAT") -> Mention:
        m = mention(mid, sentence, trigger, lemma, parties, kind=kind, rng=FRIDAY,
                    modality="planned")
        m.data["mode"] = mode
        return m
    headline = truce("m0", "Truce in Varosia from Friday", "Truce", "truce")
    lead = truce("m9", "The ceasefire between Varosia and the Osterlich-backed rebels takes "
                 "effect on Friday, mediators said.", "ceasefire", "ceasefire", ("VAR", "OST"))
    assert unnamed_same_day(headline, lead) and unnamed_same_day(lead, headline)
    assert same_article_verdict(headline, lead) == "merge"
    pullout = truce("m1", "Pullout in Varosia from Friday", "Pullout", "pullout",
                    mode="RETREAT/withdraw")
    assert not unnamed_same_day(pullout, lead)
    assert same_article_verdict(pullout, lead) == "no"
    halt = truce("m2", "Halt in Varosia from Friday", "Halt", "halt")  # no cue of the mode
    assert not unnamed_same_day(halt, lead)
    accord = mention("m3", "The accord was unveiled on Friday.", "accord", "accord", rng=FRIDAY)
    deal = mention("m7", "Varosia and Osterlich signed the deal on Friday.", "deal", "deal",
                   ("VAR", "OST"), rng=FRIDAY)
    assert not unnamed_same_day(accord, deal)
