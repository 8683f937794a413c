"""Casualties listed in parts before one casualty verb count as their total."""

from __future__ import annotations

import copy
import re

import pytest
from test_fuse_coref import ISRAEL, LEBANON, event, mention

from eventwire.fuse.conflicts import (
    count_facts,
    event_conflicts,
    listed_totals,
    number_conflicts,
    number_range,
    number_value,
    text_counts,
)


@pytest.mark.parametrize("text,kind,total", [
    ("The ministry says nine civilians and two police officers were killed in the north.", "killed", 11),
    ("Three soldiers, two police officers and four civilians were wounded in the attack.",
     "wounded", 9),
    ("Five children and two women were killed when the shell hit the market.", "killed", 7),
    ("The shelling hit the depot, killing five guards and three drivers.", "killed", 8),
    ("Mortar fire wounded at least four farmers, two nurses and one teacher on Monday.",
     "wounded", 7),
])
def test_parts_before_one_casualty_verb_add_up(text: str, kind: str, total: int) -> None:
    (found,) = listed_totals(text, 0)
    assert found[0] == kind and found[1] == total


@pytest.mark.parametrize("text", [
    "The strike killed 20 people and wounded 40.",
    "Two hospitals and three schools were damaged.",
    "The raid killed two guards and 40 drones were destroyed on the ground.",
    "The raid killed two guards and three hours later the convoy left.",
])
def test_no_total_without_a_list_of_casualties(text: str) -> None:
    assert listed_totals(text, 0) == []


@pytest.mark.parametrize("text,what", [
    ("The shells landed near the post, killing 14 soldiers.", "killed"),
    ("Officials said 14 soldiers were wounded near the post.", "wounded"),
    ("The army sent 14 soldiers to the post on Monday.", "troops"),
])
def test_soldiers_counted_as_dead_or_wounded_when_a_casualty_word_governs_them(
        text: str, what: str) -> None:
    from eventwire.fuse.conflicts import what_is_counted
    at = text.index("14")
    assert what_is_counted(text, at, at + 2) == what


@pytest.mark.parametrize("text,what", [
    ("The shelling forced 20,000 people from their homes near the border.", "displaced"),
    ("More than 30,000 villagers were uprooted by the fighting.", "displaced"),
    ("The fighting drove some 8,000 families out of their homes.", "displaced"),
    ("The fighting has claimed at least 33 lives in the province.", "killed"),
    ("The toll stands at 43, the ministry said on Monday.", "killed"),
    ("The blast left 12 people hurt near the market.", "wounded"),
    ("The strike destroyed 20 homes and killed four people.", None),
    ("Shelling hit 3 border villages and killed four people.", None),
])
def test_what_a_number_of_people_or_places_counts(text: str, what: str | None) -> None:
    from eventwire.fuse.conflicts import what_is_counted
    m = re.search(r"\d[\d,]*", text)
    assert m is not None and what_is_counted(text, m.start(), m.end()) == what


def strike(aid: str, text: str) -> object:
    """An Israeli strike on Lebanon reported by one outlet."""
    ev = event(text, "strike", "ASSAULT", [("Israel", ISRAEL)], [("Lebanon", LEBANON)])
    return mention(aid, "2025-02-03", f"outlet-{aid}", ev)


def test_a_total_given_in_parts_agrees_with_the_same_total() -> None:
    a = strike("a", "The Israel strike on Lebanon killed 11 civilians and one soldier, "
                    "officials said; 11 civilians and one soldier were killed.")
    b = strike("b", "Twelve people were killed in the Israel strike on Lebanon.")
    c = strike("c", "The Israel strike on Lebanon killed 30 people.")
    assert event_conflicts([a, b], []) == []
    (flag,) = event_conflicts([a, c], [])
    assert flag["kind"] == "number_conflict" and "12" in flag["message"]


@pytest.mark.parametrize("text,read", [
    ("Six people lost their lives in the blast at the depot.", [("killed", 6.0)]),
    ("At least 32 people, most of them villagers near the old border crossing, have been "
     "killed since Thursday.", [("killed", 32.0)]),
    ("The army said one of its soldiers was killed near the river.", [("killed", 1.0)]),
    ("11:15 GMT: Medics said at least 15 people were killed in the shelling.",
     [("killed", 15.0)]),
    ("Ruritanian F-16 jets struck the depot, killing four guards.", [("killed", 4.0)]),
    ("Crews fired BM-21 launchers at the town, killing 11.", [("killed", 11.0)]),
    ("\"We are afraid,\" said Marta, 45, who lives near the depot where four were killed.",
     [("killed", 4.0)]),
])
def test_clock_times_ages_and_model_numbers_are_no_counts(text: str,
                                                          read: list[tuple[str, float]]) -> None:
    assert [(what, n) for what, n, _, _ in text_counts(text)] == read


def test_the_day_of_the_month_is_no_toll() -> None:
    a = strike("a", "A soldier was killed in the Israel strike on Lebanon on 28 May.")
    b = strike("b", "One soldier was killed in the Israel strike on Lebanon.")
    c = strike("c", "The Israel strike on Lebanon killed a soldier on May 23.")
    assert event_conflicts([a, b], []) == []
    assert event_conflicts([b, c], []) == []


def test_a_toll_in_thousands_is_no_year() -> None:
    a = strike("a", "The Israel strikes on Lebanon have killed 1,950 people, officials said.")
    b = strike("b", "The Israel strikes on Lebanon have killed 30 people.")
    (flag,) = event_conflicts([a, b], [])
    assert "1950" in flag["message"] or "1,950" in flag["message"]


def dated_strike(aid: str, published: str, text: str) -> object:
    """An Israeli strike on Lebanon reported by one outlet on a given day."""
    ev = event(text, "strike", "ASSAULT", [("Israel", ISRAEL)], [("Lebanon", LEBANON)])
    return mention(aid, published, f"outlet-{aid}", ev)


def test_a_toll_that_rose_in_a_later_report_is_an_update_not_a_conflict() -> None:
    first = dated_strike("a", "2025-02-03", "The Israel strike on Lebanon killed 12 people.")
    risen = dated_strike("b", "2025-02-04",
                         "After the Israel strike on Lebanon the death toll rose to 15.")
    (flag,) = event_conflicts([first, risen], [])
    assert flag["kind"] == "number_update"
    assert [v["articles"] for v in flag["values"]] == [["a"], ["b"]]


def test_a_preliminary_toll_raised_later_is_an_update() -> None:
    first = dated_strike("a", "2025-02-03", "The Israel strike on Lebanon killed 12 people, "
                                            "officials said in a preliminary toll.")
    later = dated_strike("b", "2025-02-05", "The Israel strike on Lebanon killed 20 people.")
    assert [f["kind"] for f in event_conflicts([first, later], [])] == ["number_update"]


@pytest.mark.parametrize("day,text", [
    ("2025-02-03", "After the Israel strike on Lebanon the death toll rose to 15."),  # same day
    ("2025-02-04", "The Israel strike on Lebanon killed 15 people."),  # no update wording
    ("2025-02-04", "After the Israel strike on Lebanon the death toll rose to 9."),  # fell
])
def test_other_differing_tolls_still_conflict(day: str, text: str) -> None:
    first = dated_strike("a", "2025-02-03", "The Israel strike on Lebanon killed 12 people.")
    (flag,) = event_conflicts([first, dated_strike("b", day, text)], [])
    assert flag["kind"] == "number_conflict"


def test_a_number_of_days_or_kilometres_is_no_toll() -> None:
    a = strike("a", "The Israel strike on Lebanon killed 14 people, and the army had 45 days "
                    "to pull back.")
    b = strike("b", "Fourteen people were killed in the Israel strike on Lebanon, 8 kilometres "
                    "from the border.")
    c = strike("c", "The Israel strike on Lebanon killed 30 people.")
    assert event_conflicts([a, b], []) == []
    (flag,) = event_conflicts([a, c], [])
    assert "14" in flag["message"] and "45" not in flag["message"]


@pytest.mark.parametrize("raw,value", [
    ("twenty-two", 22), ("three hundred", 300), ("a dozen", 12), ("1.5 million", 1_500_000),
    ("one hundred and five", 105), ("1,950", 1950), ("seven", 7),
])
def test_numbers_written_in_words_are_read(raw: str, value: float) -> None:
    assert number_value(raw) == value


def test_a_toll_in_words_conflicts_with_another_number_and_agrees_with_its_own() -> None:
    words = strike("a", "Twenty-two people were killed in the Israel strike on Lebanon.")
    same = strike("b", "The Israel strike on Lebanon killed 22 people.")
    other = strike("c", "The Israel strike on Lebanon killed 35 people.")
    assert event_conflicts([words, same], []) == []
    (flag,) = event_conflicts([words, other], [])
    assert flag["kind"] == "number_conflict" and "22" in flag["message"]


def test_a_vague_plural_is_a_range() -> None:
    assert number_range(24, "", "dozens") == (24, 99)
    vague = strike("a", "Dozens of people were killed in the Israel strike on Lebanon.")
    inside = strike("b", "The Israel strike on Lebanon killed 40 people.")
    below = strike("c", "The Israel strike on Lebanon killed 5 people.")
    assert event_conflicts([vague, inside], []) == []
    (flag,) = event_conflicts([vague, below], [])
    assert "dozens" in flag["message"]


def test_two_numbers_within_one_article_never_conflict() -> None:
    one = strike("a", "Twenty-two people were killed in the Israel strike on Lebanon; "
                      "the Israel strike on Lebanon killed 35 people, another count said.")
    assert event_conflicts([one], []) == []


@pytest.mark.parametrize("before,low,high", [
    ("killing no more than ", 0, 20), ("up to ", 0, 20), ("fewer than ", 0, 20),
    ("killing more than ", 20, float("inf")), ("about ", 17, 23),
])
def test_a_qualifier_before_a_number_bounds_its_range(before: str, low: float,
                                                      high: float) -> None:
    lo, hi = number_range(20, before)
    assert round(lo) == low and hi == high


def test_an_upper_bound_conflicts_only_with_a_larger_number() -> None:
    bound = strike("a", "The Israel strike on Lebanon killed no more than five people.")
    fewer = strike("b", "The Israel strike on Lebanon killed 4 people.")
    more = strike("c", "The Israel strike on Lebanon killed 12 people.")
    assert event_conflicts([bound, fewer], []) == []
    (flag,) = event_conflicts([bound, more], [])
    assert "no more than 5" in flag["message"]


def outcome_of(kind: str, text: str) -> tuple[str, str] | None:
    """(group, phrase) of the outcome read from the sentence of one mention of a type."""
    from eventwire.fuse.conflicts import sentence_outcome
    from eventwire.fuse.mentions import make_mention

    m = make_mention("x#0", {"id": "x", "published": "2025-02-03"},
                     {"type": kind, "sentence": {"start": 0, "end": len(text), "text": text}},
                     None)
    found = sentence_outcome(m)
    return (found["group"], found["value"]) if found else None


@pytest.mark.parametrize("kind,text,found", [
    ("CONSULT", "The envoys made little headway on the border line.", ("negative", "little headway")),
    ("CONSULT", "The envoys made headway on the border line.", ("positive", "made headway")),
    ("CONSULT", "The talks on the border line broke down after two hours.",
     ("negative", "broke down")),
    ("CONSULT", "The talks on the border line lasted two hours.", None),
    ("CONSULT", "Both envoys called the meeting a step forward.", ("positive", "step forward")),
    ("CONSULT", "The envoys said it was not a step forward at all.", ("negative", "step forward")),
    ("CONSULT", "The meeting of the envoys went nowhere, an aide said.",
     ("negative", "went nowhere")),
    ("CONSULT", "Two rounds of talks in the capital yielded nothing on the border line.",
     ("negative", "yielded nothing")),
    ("CONSULT", "The envoys failed to bridge their differences on the border line.",
     ("negative", "failed to bridge")),
    ("RETREAT", "The troops have fully withdrawn from the ridge.", ("positive", "fully withdrawn")),
    ("AGREE", "The ministry denied that the government had agreed to the truce.",
     ("negative", "had agreed")),
    ("AGREE", "The ministry said that the government had agreed to the truce.",
     ("positive", "had agreed")),
    ("CONSULT", "The two delegations reached no consensus on the border line.",
     ("negative", "no consensus")),
    ("CONSULT", "The talks reached a consensus on the border line.",
     ("positive", "reached a consensus")),
    ("CONSULT", "The envoys' meeting yielded little on the border line.",
     ("negative", "yielded little")),
    ("CONSULT", "The two delegations remained far apart after the talks.",
     ("negative", "remained far apart")),
    ("CONSULT", "Officials said progress was made at the meeting of the envoys.",
     ("positive", "progress was made")),
    ("CONSULT", "Both sides agreed to hold talks on Monday.", None),
    # a truce or pullout is agreed to or not, besides being carried out or not
    ("RETREAT", "The government did not agree to extend the pullout.",
     ("negative", "did not agree")),
    ("RETREAT", "The premier confirmed the country has agreed to the extension of the truce.",
     ("positive", "has agreed")),
    ("RETREAT", "The troops completed the pullout, and the army has agreed to the monitors.",
     ("positive", "completed")),
])
def test_outcome_read_from_a_sentence(kind: str, text: str, found: tuple[str, str] | None
                                      ) -> None:
    assert outcome_of(kind, text) == found


def test_number_facts_are_read_once_per_mention_and_give_the_same_flags() -> None:
    first = dated_strike("a", "2025-02-03", "The Israel strike on Lebanon killed "
                                            "eight people, medics said in an early toll.")
    later = dated_strike("b", "2025-02-06", "The toll of the Israel strike on Lebanon has "
                                            "climbed to 14 dead.")
    other = dated_strike("c", "2025-02-03", "The Israel strike on Lebanon killed 40 people.")
    flags = [number_conflicts([first, later]), number_conflicts([first, other])]
    facts = count_facts(first)
    assert count_facts(first) is facts  # kept on the mention, not read again
    assert [number_conflicts([first, later]), number_conflicts([first, other])] == flags
    expected = copy.deepcopy(flags)
    for f in flags[0] + flags[1]:  # adding a value's sentence leaves the mention's spans alone
        for v in f["values"]:
            for span in v["spans"]:
                span["sentence"] = {"text": "changed"}
    assert all("sentence" not in (fact[3] or {}) for fact in count_facts(first))
    assert [number_conflicts([first, later]), number_conflicts([first, other])] == expected
    assert expected[0] and expected[1]  # an update and a conflict


@pytest.mark.parametrize("text,kind,total", [
    ("A soldier lost a foot and two other soldiers were hurt.", "wounded", 3),
    ("Sergeant Varo lost a leg and two other soldiers were wounded.", "wounded", 3),
    ("Sergeant Varo was wounded along with two other soldiers.", "wounded", 3),
    ("Private Lenko lost an arm, and three other soldiers were injured.", "wounded", 4),
])
def test_others_beside_one_named_count_the_one(text: str, kind: str, total: int) -> None:
    assert [(w, v) for w, v, *_ in text_counts(text) if w == kind] == [(kind, total)]


@pytest.mark.parametrize("text,counts", [
    ("One soldier was killed and two others were wounded.", [("killed", 1), ("wounded", 2)]),
    ("Ruritanian troops killed a villager and wounded two others.", [("wounded", 2)]),
    ("Two other soldiers were wounded in a separate attack.", [("wounded", 2)]),
    ("One villager died in the blast and four others were killed.", [("killed", 1), ("killed", 4)]),
    ("Kestan shelling wounded two other soldiers.", [("wounded", 2)]),
    ("Three soldiers were wounded and two others were wounded later.",
     [("wounded", 3), ("wounded", 2)]),
])
def test_others_are_not_counted_twice_or_beside_another_hurt(text: str, counts: list) -> None:
    assert [(w, v) for w, v, *_ in text_counts(text)] == counts
