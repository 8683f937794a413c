"""Acts of no party: a verb whose doer is an abstract cause, a bare fire, a thing released
that is no people, or a weapon naming no party tells no PLOVER event of a party."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

NO_EVENT = {
    "fire_destroyed": "The fire destroyed 200 homes in the old quarter of Varo on Monday.",
    "fire_agent": "Dozens of market stalls in Varo were destroyed by the fire overnight.",
    "fire_damaged": "A fire damaged the main depot of the Varo railway last week.",
    "crisis_hit": "The economic crisis hit the poorest families of Norland hardest.",
    "inflation_hit": "Inflation hit pensioners in Velland hard this winter.",
    "recession_destroyed": "The recession destroyed thousands of jobs in northern Norland.",
    "phone_released": "The new phone was released in Varo on Friday.",
    "song_released": "The band released a new song about the war last month.",
    "famine_threat": "The threat of famine hangs over the villages of northern Norland.",
    "starvation_threat": "Aid workers say the threat of starvation grows each week in Varo.",
    "sanctions_generic": "Sanctions alone will not change their conduct, the Norland envoy said.",
    "airstrikes_generic": "Airstrikes cannot win this war, a Velland general said on Monday.",
    "threats_generic": "Threats will not work, the Norland president told reporters.",
    "scandal_resign": "The bribery scandal forced the Norland defence minister to resign.",
    "crisis_step_down": "The crisis prompted the Velland prime minister to step down.",
    "rules_agreed": "The new rules agreed with the spirit of the old treaty.",
}
KEPT = {
    "army_destroyed": ("The army destroyed 200 homes in the old quarter of Varo.", "COERCE"),
    "prisoners_released": ("Norland released 20 prisoners on Monday.", "RETREAT"),
    "sanctions_imposed": ("Sanctions were imposed on Velland on Monday.", "SANCTION"),
    "party_fire": ("Velland tank fire destroyed 20 homes in Varo on Monday.", "COERCE"),
    "law_bans": ("The new law bans protests near the parliament in Varo.", "COERCE"),
    "hostages_freed": ("The rebels freed three hostages near Varo on Sunday.", "RETREAT"),
    "owned_sanctions": ("Norland sanctions will not change Velland's conduct, he said.",
                        "SANCTION"),
    "talks_resume": ("Talks will not resume until Velland withdraws its troops.", "CONSULT"),
    "protesters_resign": ("Protesters forced the Norland defence minister to resign.", "RETREAT"),
    "pressure_from_party": ("Pressure from the opposition forced the minister to resign.",
                            "RETREAT"),
    "crisis_withdraw": ("The crisis forced Velland to withdraw its troops from Varo.",
                        "RETREAT"),
    # clans, tribes and warlords are parties: their truces and clashes are events
    "clans_truce": ("The two rival clans reached a truce in Varo on Sunday.", "AGREE"),
    "tribes_ceasefire": ("Two rival tribes agreed to a ceasefire after days of fighting.",
                         "AGREE"),
    "clans_clashed": ("Rival clans clashed in the centre of Varo on Sunday.", "ASSAULT"),
    "tribesmen_attacked": ("Armed tribesmen attacked a police post near Varo.", "ASSAULT"),
    "warlords_rejected": ("The warlords rejected the Velland peace plan on Monday.", "REJECT"),
}
INSTRUMENTS = {
    "drone": "The drone struck a police station near Varo on Sunday.",
    "warship": "The warship fired on a fishing boat off the Velland coast.",
    "jet": "A jet bombed the market in Varo on Tuesday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {**NO_EVENT, **{k: v[0] for k, v in KEPT.items()}, **INSTRUMENTS,
             "named_drone": "A Norland army drone struck a police station near Varo."}
    return run_texts(texts)


@pytest.mark.parametrize("key", sorted(NO_EVENT))
def test_acts_of_no_party_are_no_events(results: dict[str, Extraction], key: str) -> None:
    found = [e.type for e in results[key].events]
    assert found == [], f"{NO_EVENT[key]} -> {found}"


@pytest.mark.parametrize("key", sorted(KEPT))
def test_acts_of_parties_stay(results: dict[str, Extraction], key: str) -> None:
    text, etype = KEPT[key]
    assert etype in {e.type for e in results[key].events}, text


@pytest.mark.parametrize("key", sorted(INSTRUMENTS))
def test_weapon_is_no_source(results: dict[str, Extraction], key: str) -> None:
    attacks = [e for e in results[key].events if e.type == "ASSAULT"]
    assert attacks, INSTRUMENTS[key]
    assert all(not e.source for e in attacks), [p.text for e in attacks for p in e.source]


def test_weapon_naming_a_party_names_the_source(results: dict[str, Extraction]) -> None:
    attacks = [e for e in results["named_drone"].events if e.type == "ASSAULT"]
    assert attacks and any(e.source for e in attacks)
