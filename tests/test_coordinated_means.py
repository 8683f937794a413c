"""Coordinated acts of one type told each with its own means are one event per means
('carried out bombings and gun attacks', 'were shot, bombed and raped'), as PLOVER codes one
event per mode; a coordination with one means or none ('attacked and killed them') stays one
event. Rape and sexual violence are ASSAULT, mode sexual; hostages taken beside an attack
are an act of their own."""

from __future__ import annotations

from pipeline_runs import run_texts


def _assaults(text: str) -> list[tuple[str, str | None]]:
    ex = run_texts({"a": text})["a"]
    return sorted((e.trigger.text.split()[0], e.mode) for e in ex.events
                  if e.type == "ASSAULT" and e.modality == "asserted")


def test_two_means_are_two_events() -> None:
    found = _assaults("The rebels carried out bombings and gun attacks in Norland on Monday.")
    assert sorted(m or "" for _, m in found) == ["ASSAULT/explosives", "ASSAULT/firearms"]


def test_listed_participles_are_one_event_each_with_shared_sides() -> None:
    ex = run_texts({"a": "Villagers in Norland were shot, bombed and raped by the militia."})["a"]
    acts = [e for e in ex.events if e.type == "ASSAULT"]
    assert sorted(e.mode or "" for e in acts) == [
        "ASSAULT/aerial", "ASSAULT/firearms", "ASSAULT/sexual"]
    targets = {tuple(p.text for p in e.target) for e in acts}
    assert len(targets) == 1 and targets != {()}


def test_one_means_stays_one_event() -> None:
    found = _assaults("Norland troops attacked and killed ten rebels in the valley on Monday.")
    assert len(found) == 1


def test_same_means_stays_one_event() -> None:
    found = _assaults("Norland warplanes bombed and strafed the convoy on Monday.")
    assert len(found) == 1


def test_rape_is_sexual_assault() -> None:
    assert _assaults("Norland soldiers raped women in the village of Tamar in May.") == [
        ("raped", "ASSAULT/sexual")]


def test_sexual_violence_is_sexual_assault() -> None:
    found = _assaults("Norland troops committed sexual violence against civilians in the "
                      "village of Tamar in May, the United Nations said.")
    assert ("sexual", "ASSAULT/sexual") in found


def test_hostages_taken_beside_an_attack_are_an_act_of_their_own() -> None:
    found = _assaults("Militants attacked a passenger train in Norland on Tuesday, "
                      "taking many hostages.")
    assert [t for t, _ in found] == ["attacked", "taking"]


def test_kidnapping_beside_killing_is_an_act_of_its_own() -> None:
    found = _assaults("Armed men stormed a village in Norland on Sunday, killing 12 people "
                      "and kidnapping 30 others.")
    assert [t for t, _ in found] == ["kidnapping", "stormed"]


def test_a_killing_beside_an_attack_stays_one_event() -> None:
    found = _assaults("Rebels attacked the town of Tamar in Norland on Monday, killing 20 "
                      "people.")
    assert [t for t, _ in found] == ["attacked"]


def test_an_abduction_by_gunmen_keeps_its_mode() -> None:
    assert _assaults("Gunmen kidnapped 30 villagers in the north of Norland on Monday.") == [
        ("kidnapped", "ASSAULT/abduct")]
