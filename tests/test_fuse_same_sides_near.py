"""Within one article, one side's act told twice a few lines apart names its parties by other
words (a leader for his state, a unit for its army, the dead for the group struck): when the
sources share a country through the actor registry and so do the targets, key sets that share
only half their keys do not keep the two apart (``same_sides_near``); dates, modes and
modality still decide, and two acts told as two ("another", an ordinal), sides that differ or
mentions far apart stay two. Invented countries and people throughout."""

from __future__ import annotations

from eventwire.fuse.events import NEAR_CHARS, same_article_verdict, same_sides_near
from eventwire.fuse.mentions import Mention, participant_keys

OST, RUR = "OST", "RUR"


def state(code: str) -> dict:
    return {"text": code, "actor": {"id": "country:" + code, "country": code, "kind": "state"}}


def leader(name: str, code: str) -> dict:
    return {"text": name, "actor": {"id": "Q9" + str(len(name)), "name": name, "country": code,
                                    "kind": "person"}}


def group(name: str, code: str) -> dict:
    return {"text": name, "actor": {"id": "org:" + name.lower(), "name": name,
                                    "country": code, "kind": "org"}}


def unit(word: str, code: str) -> dict:
    return {"text": word, "actor": {"id": "country:" + code, "country": code, "kind": "state"}}


def mention(mid: str, sentence: str, trigger: str, source: list[dict], target: list[dict],
            at: int, kind: str = "ASSAULT", rng: list[str] | None = None,
            derived: str = "time_expression", modality: str = "asserted") -> Mention:
    i = sentence.index(trigger)
    data = {"type": kind, "modality": modality, "source": source, "target": target,
            "sentence": {"text": sentence, "start": at, "end": at + len(sentence)},
            "trigger": {"text": trigger, "start": at + i, "end": at + i + len(trigger)},
            "attributes": {"trigger_info": {"lemma": trigger}}}
    when = {"range": rng, "from": derived, "span": None} if rng else None
    keys = [participant_keys(p) for p in source + target]
    return Mention(id=mid, article="a1", root="a1", data=data, story="s1", keys=keys,
                   outlet="wire.example", when=when)


WEEK = ["2031-03-03", "2031-03-09"]
NIGHT = ["2031-03-10", "2031-03-11"]
PAST = ["2031-03-04", "2031-03-11"]


def test_a_leader_for_his_state_in_one_sentence_is_one_threat() -> None:
    text = "Premier Varga repeated his warning last week that Osterlich would attack the Militia."
    warning = mention("m0", text, "warning", [leader("Varga", OST)],
                      [group("Militia", RUR)], 0, kind="THREATEN", rng=WEEK)
    attack = mention("m1", text, "attack", [state(OST)], [group("Militia", RUR)], 0,
                     kind="THREATEN", rng=WEEK)
    assert same_sides_near(warning, attack)
    assert same_article_verdict(warning, attack) == "merge"


def test_a_unit_and_the_dead_of_the_group_struck_are_one_raid() -> None:
    lead = "Osterlich jets struck dozens of Militia targets across the south overnight."
    toll = "Regional officials said at least eleven residents were killed in three hamlets."
    struck = mention("m0", lead, "struck", [unit("jets", OST)], [group("Militia", RUR)], 0,
                     rng=NIGHT, derived="cue:overnight")
    killed = mention("m1", toll, "killed", [unit("jets", OST)], [unit("people", RUR)],
                     len(lead) + 1, rng=PAST, derived="tense:past")
    assert same_sides_near(struck, killed)
    assert same_article_verdict(struck, killed) == "merge"


def test_sides_that_differ_far_apart_or_counted_as_two_stay_apart() -> None:
    lead = "Osterlich jets struck dozens of Militia targets across the south overnight."
    struck = mention("m0", lead, "struck", [unit("jets", OST)], [group("Militia", RUR)], 0,
                     rng=NIGHT, derived="cue:overnight")
    fired = "The Militia fired rockets at an Osterlich base, killing two soldiers."
    answer = mention("m1", fired, "killing", [group("Militia", RUR)], [unit("soldiers", OST)],
                     len(lead) + 1, rng=PAST, derived="tense:past")
    assert not same_sides_near(struck, answer)
    assert same_article_verdict(struck, answer) == "no"
    later = mention("m2", "At least nine people were killed in the raid on the villages.",
                    "killed", [unit("jets", OST)], [unit("people", RUR)], 3 * NEAR_CHARS,
                    rng=PAST, derived="tense:past")
    assert not same_sides_near(struck, later)
    assert same_article_verdict(struck, later) == "no"
    again = "Osterlich jets carried out another strike on the villages, killing nine people."
    another = mention("m3", again, "strike", [unit("jets", OST)], [unit("people", RUR)],
                      len(lead) + 1, rng=PAST, derived="tense:past")
    assert not same_sides_near(struck, another)
    assert same_article_verdict(struck, another) == "no"
    unnamed = mention("m4", "The strikes drew condemnation.", "strikes", [unit("jets", OST)], [],
                      len(lead) + 1, rng=PAST, derived="tense:past")
    assert not same_sides_near(struck, unnamed)


def test_own_days_apart_still_tell_two_acts() -> None:
    text = "Osterlich jets struck Militia posts on Monday."
    monday = mention("m0", text, "struck", [unit("jets", OST)], [group("Militia", RUR)], 0,
                     rng=["2031-03-10", "2031-03-10"])
    friday = mention("m1", "Three people were killed in a raid on Friday.", "killed",
                     [unit("jets", OST)], [unit("people", RUR)], len(text) + 1,
                     rng=["2031-03-14", "2031-03-14"])
    assert same_sides_near(monday, friday)
    assert same_article_verdict(monday, friday) == "no"


def test_one_country_on_both_sides_leaves_the_coverage_test_to_decide() -> None:
    text = "A bomb exploded outside the Osterlich court, killing a police officer."
    blast = mention("m0", text, "exploded", [unit("bomb", OST)], [unit("court", OST)], 0)
    killed = mention("m1", text, "killing", [leader("Varga", OST)],
                     [unit("officer", OST)], 0)
    assert not same_sides_near(blast, killed)
    riot = "Osterlich police clashed with youths after the funeral."
    clashed = mention("m2", riot, "clashed", [unit("police", OST)], [group("Youths", OST)],
                      len(text) + 1)
    assert not same_sides_near(killed, clashed)
