"""Within one article's lead, a headline that names no one and is dated only by its tense
("Shelling along the border kills four") and the lead sentence naming the parties and the
day ("Osterlich forces shelled Varosian posts on Monday") are one occurrence when both use one
trigger word and the day falls in the headline's range. Another word, a day outside the
range, a mention outside the lead, or two named sets of parties stay apart. Invented
countries throughout."""

from __future__ import annotations

from eventwire.fuse.events import same_article_verdict, unnamed_lead
from eventwire.fuse.mentions import Mention, participant_keys

MONDAY = ["2031-05-12", "2031-05-12"]
PAST_WEEK = ["2031-05-05", "2031-05-12"]
LATER = ["2031-05-20", "2031-05-20"]


def mention(mid: str, sentence: str, trigger: str, lemma: str, parties: tuple[str, ...] = (),
            rng: list[str] | None = None, source: str = "time_expression",
            position: str = "lead") -> Mention:
    def party(code: str) -> dict:
        return {"text": code, "actor": {"id": "country:" + code, "country": code,
                                        "kind": "state"}}
    at = sentence.index(trigger)
    start = 400 * int(mid[1:])
    data = {"type": "ASSAULT", "mode": "ASSAULT/heavy-weapons", "modality": "asserted",
            "source": [party(c) for c in parties[:1]],
            "target": [party(c) for c in parties[1:]],
            "sentence": {"text": sentence, "start": start, "end": start + len(sentence)},
            "trigger": {"text": trigger, "start": start + at, "end": start + at + len(trigger)},
            "attributes": {"trigger_info": {"lemma": lemma, "position": position}}}
    when = {"range": rng, "from": source, "span": None} if rng else None
    keys = [participant_keys(p) for p in data["source"] + data["target"]]
    return Mention(id=mid, article="a1", root="a1", data=data, story="s1", keys=keys,
                   outlet="wire.example", when=when)


def headline(trigger: str = "Shelling", lemma: str = "shell") -> Mention:
    return mention("m0", f"{trigger} along Varosian border kills at least four", trigger,
                   lemma, rng=PAST_WEEK, source="tense:past")


def lead(rng: list[str] = MONDAY, parties: tuple[str, ...] = ("OST", "VAR"),
         position: str = "lead") -> Mention:
    return mention("m1", "Osterlich forces shelled Varosian positions near the river on Monday, "
                   "killing at least four soldiers, the ministry said.", "shelled", "shell",
                   parties, rng=rng, position=position)


def test_an_unnamed_headline_joins_its_lead_of_one_word_and_a_day_in_its_range() -> None:
    h, d = headline(), lead()
    assert unnamed_lead(h, d) and unnamed_lead(d, h)
    assert same_article_verdict(h, d) != "no"
    assert same_article_verdict(d, h) != "no"


def test_another_word_day_position_or_named_parties_stay_apart() -> None:
    h = headline()
    assert not unnamed_lead(headline("Clashes", "clash"), lead())  # another word
    assert not unnamed_lead(h, lead(rng=LATER))  # a day outside the headline's range
    assert not unnamed_lead(h, lead(position="body"))  # not the article's lead
    named = mention("m0", "Ruritanian shelling kills four", "shelling", "shell", ("RUR",),
                    rng=PAST_WEEK, source="tense:past")
    assert not unnamed_lead(named, lead())  # both name parties: coverage decides
    assert same_article_verdict(h, lead(rng=LATER)) == "no"
