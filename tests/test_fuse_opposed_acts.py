"""Within one article, an act and the answer to it (one side strikes the other after the
other's fire; a headline telling the answer over a lead telling the act) are two occurrences:
two mentions of one directed type whose sources and targets are swapped never share a record
through their article. Meetings, calls and agreements go both ways and stay one; so do a
fighting episode and a retold toll. Invented countries throughout."""

from __future__ import annotations

from eventwire.fuse.events import opposed_acts, same_article_verdict
from eventwire.fuse.mentions import EPISODE_MARK, Mention, participant_keys


def mention(mid: str, sentence: str, trigger: str, source: str, target: str,
            kind: str = "ASSAULT", rng: list[str] | None = None,
            derived: str = "time_expression") -> Mention:
    def party(code: str) -> list[dict]:
        return [{"text": code, "actor": {"id": "country:" + code, "country": code,
                                         "kind": "state"}}] if code else []
    at = sentence.index(trigger)
    start = 100 * int(mid[1:])
    data = {"type": kind, "modality": "asserted", "source": party(source),
            "target": party(target), "sentence": {"text": sentence, "start": start,
                                                  "end": start + len(sentence)},
            "trigger": {"text": trigger, "start": start + at, "end": start + at + len(trigger)},
            "attributes": {"trigger_info": {"lemma": trigger}}}
    when = {"range": rng, "from": derived, "span": None} if rng else None
    keys = [participant_keys(p) for p in data["source"] + data["target"]]
    return Mention(id=mid, article="a1", root="a1", data=data, story="s1", keys=keys,
                   outlet="wire.example", when=when)


MONDAY = ["2031-03-10", "2031-03-10"]


def test_an_act_and_the_answer_to_it_stay_apart() -> None:
    answer = mention("m0", "Osterlich strikes Ruritanian targets after mortar fire", "strikes",
                     "OST", "RUR")
    act = mention("m1", "Ruritania fired two mortar shells at an Osterlich position on Monday.",
                  "fired", "RUR", "OST", rng=MONDAY)
    assert opposed_acts(answer, act) and opposed_acts(act, answer)
    assert same_article_verdict(answer, act) == "no"
    assert same_article_verdict(act, answer) == "no"
    threat = mention("m2", "Osterlich warned Ruritania of a harsh response.", "warned", "OST",
                     "RUR", kind="THREATEN")
    counter = mention("m3", "Ruritania warned Osterlich against any incursion.", "warned",
                      "RUR", "OST", kind="THREATEN")
    assert same_article_verdict(threat, counter) == "no"


def test_the_same_sides_or_one_side_unnamed_still_join() -> None:
    act = mention("m1", "Ruritania fired two mortar shells at an Osterlich position on Monday.",
                  "fired", "RUR", "OST", rng=MONDAY)
    again = mention("m2", "The Ruritanian shelling of Osterlich posts lasted an hour.",
                    "shelling", "RUR", "OST", rng=MONDAY)
    assert not opposed_acts(act, again)
    assert same_article_verdict(act, again) == "merge"
    untold = mention("m3", "Ruritania also said the attack was a warning.", "attack", "RUR", "",
                     rng=MONDAY)
    assert not opposed_acts(act, untold)


def test_mutual_kinds_episodes_and_retold_tolls_are_no_such_pair() -> None:
    met = mention("m1", "Osterlich's envoy met Ruritania's minister on Monday.", "met", "OST",
                  "RUR", kind="CONSULT", rng=MONDAY)
    met_back = mention("m2", "Ruritania's minister received the Osterlich envoy.", "received",
                       "RUR", "OST", kind="CONSULT", rng=MONDAY)
    assert not opposed_acts(met, met_back)
    clashes = mention("m3", "Fighting between Osterlich and Ruritania went on for a third day.",
                      "Fighting", "OST", "RUR", rng=MONDAY, derived="time_expression"
                      + EPISODE_MARK + "goes-on")
    shelled = mention("m4", "Ruritanian guns shelled Osterlich villages on Monday.", "shelled",
                      "RUR", "OST", rng=MONDAY)
    assert not opposed_acts(clashes, shelled)
    lead = mention("m5", "Osterlich fire killed 22 people and wounded 124 on Monday.", "killed",
                   "OST", "RUR", rng=MONDAY)
    toll = mention("m9", "Ruritania's health ministry raised the toll to 22 killed and 124 "
                   "wounded on Monday.", "killed", "RUR", "OST", rng=MONDAY)
    assert opposed_acts(lead, toll)
    assert same_article_verdict(lead, toll) != "no"  # the same figures: one occurrence retold
