"""An armed attack told with a destruction of property or an abduction beside it is one
ASSAULT per act (PLOVER codes one event per mode); destruction told alone stays
COERCE/destroy, and one attack told by a noun and its verb, or with two victim groups of
one verb, stays one event."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TWO_ACTS = {
    "blown_up_and_hostages": "The militants said they had blown up the railway tracks and "
                             "taken 40 passengers hostage.",
    "shelled_and_burned": "Rebels shelled the town and burned the market.",
    "attacked_torching": "Militants attacked the village, torching dozens of homes.",
    "blew_up_and_killed": "Rebels blew up a railway line and killed three guards.",
    "abducted_then_killed": "Insurgents abducted six aid workers and killed their driver.",
    "killed_then_kidnapped": "Gunmen killed three villagers and kidnapped 20 others.",
}
ONE_ACT = {
    "noun_and_verb": "The attack on the convoy killed six soldiers.",
    "killed_and_wounded": "The rebels killed five soldiers and wounded three civilians.",
    "attacked_and_killed": "Rebels attacked and killed three soldiers near the border.",
    "ambush_and_result": "Insurgents ambushed a bus near the border and killed 18 of those "
                         "on board.",
}
ALONE = {
    "blew_up_bridge": "Rebels blew up a bridge near the border town of Varo on Monday.",
    "torched_homes": "Soldiers torched dozens of homes in the village.",
    "set_fire_offices": "Settlers set fire to the offices of the local council overnight.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**TWO_ACTS, **ONE_ACT, **ALONE})


def _assaults(ex: Extraction) -> list[tuple[str, str | None]]:
    return [(e.trigger.text, e.mode) for e in ex.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("key", sorted(TWO_ACTS))
def test_attack_with_another_act_is_two_assaults(results: dict[str, Extraction],
                                                 key: str) -> None:
    found = _assaults(results[key])
    assert len(found) == 2, f"{TWO_ACTS[key]} -> {found}"
    assert len({m for _, m in found}) == 2, found


@pytest.mark.parametrize("key", ["blown_up_and_hostages", "shelled_and_burned",
                                 "attacked_torching", "blew_up_and_killed"])
def test_destruction_in_an_attack_is_assault_destroy(results: dict[str, Extraction],
                                                     key: str) -> None:
    ex = results[key]
    assert "ASSAULT/destroy" in {m for _, m in _assaults(ex)}, _assaults(ex)
    assert not [e for e in ex.events if e.type == "COERCE"], TWO_ACTS[key]


@pytest.mark.parametrize("key", sorted(ONE_ACT))
def test_one_attack_stays_one_event(results: dict[str, Extraction], key: str) -> None:
    found = _assaults(results[key])
    assert len(found) == 1, f"{ONE_ACT[key]} -> {found}"


@pytest.mark.parametrize("key", sorted(ALONE))
def test_destruction_alone_stays_coerce(results: dict[str, Extraction], key: str) -> None:
    ex = results[key]
    assert [e.mode for e in ex.events if e.type == "COERCE"] == ["COERCE/destroy"], ALONE[key]
    assert not _assaults(ex), ALONE[key]


def test_destruction_takes_no_victims_of_the_killing(results: dict[str, Extraction]) -> None:
    ex = run_texts({"t": "Gunmen shot dead two policemen and set fire to a school."})["t"]
    burned = [e for e in ex.events if e.mode == "ASSAULT/destroy"]
    assert burned, [(e.type, e.trigger.text) for e in ex.events]
    assert not any("policemen" in p.text for p in burned[0].target)


CARRIED_OFF = {
    "took_captive": "Gunmen took four villagers captive.",
    "militants_captured": "Militants captured two soldiers during the raid.",
    "held_as_hostages": "The fighters held the passengers as hostages.",
}
ARRESTS = {
    "police_captured": "Police captured the suspect after a chase.",
    "troops_captured": "Troops captured a rebel commander near the border.",
}
KILLED_AND_CARRIED_OFF = {
    "killed_took_captive": "Gunmen killed four villagers and took six others captive.",
    "killed_held_as_hostages": "The militants killed the driver and held the passengers as "
                               "hostages.",
    "killed_captured": "Militants killed a soldier and captured two others during the raid.",
}


@pytest.fixture(scope="module")
def carried() -> dict[str, Extraction]:
    return run_texts({**CARRIED_OFF, **ARRESTS, **KILLED_AND_CARRIED_OFF})


@pytest.mark.parametrize("key", sorted(CARRIED_OFF))
def test_people_carried_off_by_armed_men_is_abduction(carried: dict[str, Extraction],
                                                      key: str) -> None:
    assert ("ASSAULT/abduct" in {m for _, m in _assaults(carried[key])}), CARRIED_OFF[key]


@pytest.mark.parametrize("key", sorted(ARRESTS))
def test_capture_by_police_or_troops_stays_arrest(carried: dict[str, Extraction],
                                                  key: str) -> None:
    ex = carried[key]
    assert [e.mode for e in ex.events] == ["COERCE/arrest"], ARRESTS[key]


@pytest.mark.parametrize("key", sorted(KILLED_AND_CARRIED_OFF))
def test_killing_and_abduction_are_two_acts(carried: dict[str, Extraction], key: str) -> None:
    found = _assaults(carried[key])
    assert len(found) == 2, f"{KILLED_AND_CARRIED_OFF[key]} -> {found}"
    assert sum(m == "ASSAULT/abduct" for _, m in found) == 1, found


def test_abduction_keeps_no_victims_of_the_killing(carried: dict[str, Extraction]) -> None:
    ex = carried["killed_took_captive"]
    taken = [e for e in ex.events if e.mode == "ASSAULT/abduct"]
    assert taken and not any("villagers" in p.text for p in taken[0].target)
