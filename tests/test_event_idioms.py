"""Verb idioms of news reports read as PLOVER events (an exchange of fire, holding detainees,
speaking up for or railing against someone, developing weapons, blocking a sale, mending
relations, sealing a border (not by snow; closing a shop or a meeting is no event),
sentencing or convicting someone, designating a group as terrorist, a siege), next to the
same verbs used otherwise ('ended the siege' is no concession, nor is a report 'submitted
to' a body), and the scope of 'call': a with-phrase of the clause is no content of a call."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

EVENT = {
    "traded_fire": ("Border guards of the two states traded fire overnight near the pass.",
                    "ASSAULT"),
    "exchanged_fire": ("Soldiers and smugglers exchanged fire in the hills on Friday.", "ASSAULT"),
    "exchange_of_fire": ("There was a brief exchange of fire between the militia and police.",
                         "ASSAULT"),
    "held_detainees": ("The camp in the desert held some 300 detainees last winter.", "COERCE"),
    "held_prisoners": ("Rebels kept dozens of prisoners in a school building.", "COERCE"),
    "spoke_up_for": ("Several senators spoke up for the jailed reporter on Tuesday.", "SUPPORT"),
    "railed_against": ("The opposition leader railed against the budget cuts.", "ACCUSE"),
    "lashed_out_at": ("The foreign minister lashed out at Oslo over the visa rules.", "ACCUSE"),
    "spoke_out_against": ("Church leaders spoke out against the new mining law.", "ACCUSE"),
    "improves_missile_capability": ("Pyongyang keeps improving its ballistic missile capability.",
                                    "MOBILIZE"),
    "expands_nuclear_programme": ("Tehran is expanding its nuclear programme, diplomats say.",
                                  "MOBILIZE"),
    "develops_warheads": ("The regime develops new warheads at a desert site.", "MOBILIZE"),
    "blocked_sale": ("Congress blocked the sale of the drones to the emirate.", "SANCTION"),
    "halted_sales": ("Berlin halted arms sales to the junta in May.", "SANCTION"),
    "mended_relations": ("Hanoi and Manila mended relations after the fishing dispute.",
                         "SUPPORT"),
    "sentenced": ("A court in Minsk sentenced the blogger to six years in prison.", "SANCTION"),
    "convicted": ("Judges in Lima convicted two former ministers of bribery.", "SANCTION"),
    "designated_terrorist": ("Canada designated the militia as a terrorist entity in June.",
                             "COERCE"),
    "submitted_to_pressure": ("The junta finally submitted to pressure from Abuja.", "CONCEDE"),
    "siege_ended": ("Police said the siege of the embassy ended at dawn.", "ASSAULT"),
    "sealed_border": ("Austria sealed its border with Slovenia overnight.", "COERCE"),
    "elevated_ties": ("Jakarta and Canberra elevated their ties to a strategic partnership.",
                      "SUPPORT"),
}
NO_EVENT = {
    "exchange_of_views": ("The envoys held an exchange of views on river rights.", "ASSAULT"),
    "exchanged_gifts": ("The two kings exchanged gifts at the palace.", "ASSAULT"),
    "held_meeting_no_arrest": ("The council held a meeting with the farmers.", "COERCE"),
    "spoke_up_alone": ("A farmer spoke up at the village gathering.", "SUPPORT"),
    "spoke_out_alone": ("The actor spoke out after the ceremony.", "ACCUSE"),
    "improves_economy": ("The island wants to improve its tourism capability.", "MOBILIZE"),
    "develops_software": ("The start-up will develop new software for clinics.", "MOBILIZE"),
    "designated_successor": ("The party designated her as its candidate for mayor.", "COERCE"),
    "report_submitted_to": ("The report submitted to the senate last month shows a deficit.",
                            "CONCEDE"),
    "submitted_proposal": ("Quito submitted a draft to the assembly on Friday.", "CONCEDE"),
    "ended_siege": ("Commandos ended the siege of the embassy at dawn.", "CONCEDE"),
    "sealed_deal": ("The two firms sealed the merger in March.", "COERCE"),
    "shop_closed": ("The shop closed early because of the heat.", "COERCE"),
    "closed_meeting": ("The chairman closed the meeting with a short prayer.", "COERCE"),
    "closed_the_gap": ("The challenger closed the gap in the polls.", "COERCE"),
    "border_sealed_by_snow": ("Snow sealed the border crossing for a week.", "COERCE"),
    "frontier_sealed_by_blizzard": ("A blizzard sealed the frontier for three days.", "COERCE"),
    "relationship_built_on": ("Their friendship is built on trust, the coach said.", "SUPPORT"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {k: v[0] for k, v in {**EVENT, **NO_EVENT}.items()}
    texts["called_with"] = ("The mayor called the stoppage a disgrace, with the union being "
                            "accused of blocking roads.")
    texts["called_for"] = "The envoy called for the rebels to be charged with war crimes."
    return run_texts(texts)


@pytest.mark.parametrize("key", sorted(EVENT))
def test_idioms_are_events(results: dict[str, Extraction], key: str) -> None:
    text, etype = EVENT[key]
    assert etype in {e.type for e in results[key].events}, text


@pytest.mark.parametrize("key", sorted(NO_EVENT))
def test_same_verbs_otherwise_are_not(results: dict[str, Extraction], key: str) -> None:
    text, etype = NO_EVENT[key]
    assert etype not in {e.type for e in results[key].events}, text


def test_with_phrase_is_no_content_of_a_call(results: dict[str, Extraction]) -> None:
    accused = [e for e in results["called_with"].events if e.type == "ACCUSE"]
    assert accused and accused[0].modality == "asserted"


def test_called_for_stays_hypothetical(results: dict[str, Extraction]) -> None:
    charged = [e for e in results["called_for"].events if e.type == "ACCUSE"]
    assert all(e.modality != "asserted" for e in charged)
