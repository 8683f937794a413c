"""Several acts of one type in one sentence: coordinated verbs each set in a place or on a day
of their own, acts introduced as separate, and meetings each with a partner of its own stand as one event
each; a result told with the same subject, the dead and the wounded of one attack, an
arrest and the custody that follows it, or a meeting told twice with one partner, stays
one. Meetings told by a meal ('had dinner with X') and a host receiving an office holder
('received the Brazilian president') are CONSULT."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

APART = {  # text: (type, triggers, one per act)
    "two_cities": ("Russian drones killed three people in Kharkiv and wounded five in Odesa on "
                   "Tuesday.", "ASSAULT", ["killed", "wounded"]),
    "two_states": ("Gunmen killed two farmers in Benue state and abducted 10 villagers in "
                   "Zamfara.", "ASSAULT", ["killed", "abducted"]),
    "border_and_capital": ("The army shelled villages near the border and bombed a market in "
                           "the capital.", "ASSAULT", ["shelled", "bombed"]),
    "separate": ("In separate attacks, gunmen killed four soldiers and bombed a police "
                 "station.", "ASSAULT", ["killed", "bombed"]),
    "two_days": ("Rebels attacked an army post on Monday and ambushed a convoy on Wednesday.",
                 "ASSAULT", ["attacked", "ambushed"]),
    "struck_then_hit": ("Israeli jets struck targets in Lebanon on Sunday and hit Gaza on Monday.",
                        "ASSAULT", ["struck", "hit"]),
    "lunch_elsewhere": ("Macron met Scholz in Berlin on Monday and had lunch with Meloni in "
                        "Rome on Tuesday.", "CONSULT", ["met", "lunch with"]),
    "talks_with_another": ("The foreign minister met his Chinese counterpart and held talks "
                           "with the Indian ambassador.", "CONSULT", ["met", "held talks"]),
}
ONE = {  # text: type told once
    "result": ("Militants ambushed a bus and killed 18 passengers.", "ASSAULT"),
    "one_day": ("Rebels stormed the base on Monday and killed six soldiers.", "ASSAULT"),
    "one_place": ("Militants attacked a police post in Kano and killed four officers in Kano.",
                  "ASSAULT"),
    "one_partner": ("Biden met Xi and held talks with him on Taiwan.", "CONSULT"),
    "no_partner": ("The two leaders met and held talks on trade.", "CONSULT"),
    "rejected_charge": ("Ruritania accused Freedonia of laying mines on its side of the border, "
                        "and Freedonia rejected the accusation.", "ACCUSE"),
    # the dead and the wounded of one attack are one event, as the VOA annotation codes them
    "killed_and_injured": ("A car bomb killed at least 12 people and injured 40 others in the "
                           "capital on Sunday.", "ASSAULT"),
    "killed_and_wounded_at": ("A suicide bomber killed nine people and wounded 30 others at a "
                              "market.", "ASSAULT"),
    "attack_killing_wounding": ("Rebels attacked a military convoy, killing four soldiers and "
                                "wounding six.", "ASSAULT"),
    "operation_and_killed": ("The army completed a rescue operation and killed 20 militants on "
                             "Friday.", "ASSAULT"),
    "arrested_and_held": ("Police arrested the opposition leader and held him overnight at a "
                          "police station.", "COERCE"),
}
MET = {  # text: (trigger, guest)
    "had_dinner": ("Trump had dinner with Xi at Mar-a-Lago on Thursday.", "dinner", "Xi"),
    "had_lunch": ("The prime minister had lunch with the Japanese ambassador.", "lunch",
                  "ambassador"),
    "dined": ("Blinken dined with his Saudi counterpart in Riyadh.", "dined", "Saudi"),
    "hosted_office": ("The Indian prime minister hosted the Japanese prime minister in New "
                      "Delhi.", "hosted", "Japanese prime minister"),
    "received_office": ("Xi received the Brazilian president in Beijing.", "received",
                        "Brazilian president"),
    "welcomed_office": ("Erdogan welcomed the Hungarian prime minister to Ankara.", "welcomed",
                        "Hungarian prime minister"),
}
NOT_MET = {
    "meal_alone": "We had lunch at noon.",
    "meal_before": "The soldiers had breakfast before the patrol.",
    "decision": "The opposition welcomed the president's decision.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {k: v[0] for k, v in {**APART, **ONE, **MET}.items()}
    return run_texts({**texts, **NOT_MET})


@pytest.mark.parametrize("key", sorted(APART))
def test_acts_apart_are_one_event_each(results: dict[str, Extraction], key: str) -> None:
    _, etype, triggers = APART[key]
    found = [e.trigger.text for e in of_type(results[key], etype)]
    assert len(found) == len(triggers), found
    for trig, got in zip(triggers, found, strict=True):
        assert got.startswith(trig), found


@pytest.mark.parametrize("key", sorted(ONE))
def test_one_act_told_twice_stays_one(results: dict[str, Extraction], key: str) -> None:
    _, etype = ONE[key]
    assert len(of_type(results[key], etype)) == 1, \
        [e.trigger.text for e in results[key].events]


def test_acts_apart_keep_their_own_places(results: dict[str, Extraction]) -> None:
    first, second = of_type(results["two_cities"], "ASSAULT")
    assert first.location and first.location["text"] == "Kharkiv"
    assert second.location and second.location["text"] == "Odesa"


def test_meetings_apart_keep_their_own_partners(results: dict[str, Extraction]) -> None:
    first, second = of_type(results["lunch_elsewhere"], "CONSULT")
    assert [p.text for p in first.target] == ["Scholz"]
    assert [p.text for p in second.target] == ["Meloni"]


@pytest.mark.parametrize("key", sorted(MET))
def test_meals_and_received_office_holders_are_meetings(results: dict[str, Extraction],
                                                        key: str) -> None:
    _, trigger, guest = MET[key]
    found = [e for e in of_type(results[key], "CONSULT") if trigger in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in results[key].events]
    assert guest in [p.text for p in found[0].target]


@pytest.mark.parametrize("key", sorted(NOT_MET))
def test_meals_alone_and_welcomed_things_are_no_meeting(results: dict[str, Extraction],
                                                        key: str) -> None:
    assert not of_type(results[key], "CONSULT")


def test_acts_apart_keep_their_own_days(results: dict[str, Extraction]) -> None:
    first, second = of_type(results["two_days"], "ASSAULT")
    assert first.date and second.date and first.date["value"] != second.date["value"]


DOOR_OPEN = {  # text: the side ready for talks
    "left_door_open": ("Ruritania left the door open to talks with Freedonia.", "Ruritania"),
    "kept_door_open": ("The minister kept the door open to negotiations with the rebels.",
                       "minister"),
    "open_to_dialogue": ("Seoul is open to dialogue with Pyongyang.", "Seoul"),
}


@pytest.fixture(scope="module")
def doors() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in DOOR_OPEN.items()})


@pytest.mark.parametrize("key", sorted(DOOR_OPEN))
def test_a_door_left_open_to_talks_is_an_intent_of_its_side(doors: dict[str, Extraction],
                                                            key: str) -> None:
    found = of_type(doors[key], "AGREE")
    assert found, [(e.type, e.trigger.text) for e in doors[key].events]
    assert DOOR_OPEN[key][1] in [p.text for p in found[0].source]


AGAIN = {  # text: (type, the two days)
    "sanctioned_twice": ("Washington imposed sanctions on the militia leader in 2021 and again in "
                         "March.", "SANCTION", ["2021", "March"]),
    "arrested_twice": ("Police arrested the activist in March and again in May.", "COERCE",
                       ["March", "May"]),
    "struck_twice": ("Israeli jets struck the port on Monday and again on Wednesday.", "ASSAULT",
                     ["Monday", "Wednesday"]),
    "met_twice": ("The two foreign ministers met in Geneva in June and again last week.",
                  "CONSULT", ["June", "last week"]),
}
ONCE = {  # text: type told once
    "again_no_day": ("Israeli jets struck the port again on Wednesday.", "ASSAULT"),
    "again_another_verb": ("The army attacked the town on Monday and again shelled it.",
                           "ASSAULT"),
    "again_a_place": ("Police arrested the activist in March and again in the capital.",
                      "COERCE"),
}


@pytest.fixture(scope="module")
def repeated() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in {**AGAIN, **ONCE}.items()})


@pytest.mark.parametrize("key", sorted(AGAIN))
def test_an_act_told_again_on_another_day_is_two_events(repeated: dict[str, Extraction],
                                                        key: str) -> None:
    _, etype, days = AGAIN[key]
    found = of_type(repeated[key], etype)
    assert [e.date.get("span", {}).get("text") for e in found] == days, \
        [(e.trigger.text, e.date) for e in found]
    assert found[1].date["via"] == "again"
    assert found[0].source[0].text == found[1].source[0].text


@pytest.mark.parametrize("key", sorted(ONCE))
def test_again_without_a_day_of_its_own_adds_no_event(repeated: dict[str, Extraction],
                                                 key: str) -> None:
    _, etype = ONCE[key]
    assert len([e for e in of_type(repeated[key], etype)
                if e.date.get("via") == "again"]) == 0
