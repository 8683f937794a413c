"""Precision rules for event candidates: senses of a trigger word that are no event, doubted
or hedged predictions, and one event per trigger phrase."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "decline_decrease": "Exports from Norland continued to decline in the spring, the bank said.",
    "decline_offer": "Velland declined the invitation from Ostrava on Monday.",
    "decline_to_join": "The Ruritanian government declined to join the trade bloc.",
    "month_no_march": "Farm incomes continued to fall in March across Velland.",
    "hold_march": "Farmers held a march through the capital of Velland on Friday.",
    "search_for": "Soldiers searched for survivors in the rubble of Varo on Tuesday.",
    "search_offices": "Police searched the offices of the opposition party in Varo on Monday.",
    "little_reason": 'Harlan Moss said he saw little reason to think Norland\'s president '
                     'would meet the Velland premier before the vote.',
    "not_believe": '"I do not believe there will be an arrest of Varo Lintz," the lawyer said.',
    "believe_plan": "Officials in Ostrava believe the two presidents will meet in June.",
    "will_likely": "The vote will likely add to pressure on Velland to impose sanctions on "
                   "Ostrava.",
    "will_impose": "Velland will impose sanctions on Ostrava next week, its minister said.",
    "aid_deliveries": "Relief officials suspended aid deliveries to Varo on Wednesday.",
    "mediation_efforts": "Norland ended its mediation efforts between the rival militias.",
    "fires_burning": "Fires are burning out of control in the hills near Varo.",
    "burned_villages": "Rebels burned three villages near Varo on Sunday.",
    "blew_themselves_up": "Two fighters blew themselves up when soldiers surrounded the hotel "
                          "in Varo.",
    "blew_up_bridge": "Militants blew up a bridge near Varo on Monday.",
    "given_as_preposition": "Many families are leaving Varo, given the changes in the "
                            "political climate there.",
    "willing_to_withdraw": "The Norland cabinet is willing to withdraw all of its soldiers "
                           "from the Velland border.",
    "plans_to_impose": "Norland plans to impose restrictions on imports from Velland.",
    "will_withdraw": "Norland will withdraw its troops from Velland next month, the minister "
                     "said.",
    "will_support": "Norland officials said that Norland would support the Velland peace plan.",
    "must_cooperate": "The Velland president said Ostrava must cooperate fully with the "
                      "inspectors.",
    "met_demands": "The rebels in Varo rejected the offer until their demands are met.",
    "met_envoy": "The rebels in Varo met the Velland envoy on Monday.",
    "protest_to_demand": "Thousands of students in Norland staged demonstrations on Saturday "
                         "to demand reforms.",
    "sat_down_with": "The envoy sat down with the Norland prime minister in Varo on Tuesday.",
    "sat_on_road": "Protesters sat on the road near the parliament in Varo.",
    "calls_to_lift": "There were renewed calls from Velland to lift the blockade of Varo.",
    "held_calls": "The Velland and Norland presidents held two calls last week.",
    "report_which_released": "The report, which was released on Monday, says Norland troops "
                             "crossed the border.",
    "report_to_be_released": "A report to be released next month says Norland kept buying "
                             "missiles.",
    "prisoners_released": "The prisoners who were released by Norland on Monday returned to "
                          "Varo.",
    "fighting_accusing": "The Varo rebels have been fighting Norland troops for years, accusing "
                         "the government of stealing the region's oil.",
    "threatened_attack_occupy": "The Varo rebels threatened to attack and occupy the city.",
    "pledged_withdraw_release": "Norland pledged to withdraw its troops from Varo and release "
                                "the prisoners.",
    "attacked_and_seized": "The Varo rebels attacked the town and seized the bridge.",
    "pause_in_aid": "Norland officials said the pause in aid for Velland would end soon.",
    "freeze_on_trade": "Norland announced a freeze on trade with Velland on Monday.",
    "pause_in_fighting": "Velland and Norland agreed on a pause in the fighting in Varo.",
    "generic_concessions": "The envoy wondered which concessions were possible.",
    "hunting_concessions": "Hunters pay for access to community concessions near Varo.",
    "made_concessions": "Norland made concessions to Velland on the border.",
    "have_partnership": "The website says the two have a strategic partnership.",
    "began_partnership": "Norland began a partnership with Velland on border security in May.",
    "demonstrated_demanding": "Students demonstrated in Varo on Friday, demanding the release "
                              "of their leaders.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _events(results: dict[str, Extraction], key: str, etype: str) -> list:
    return [e for e in results[key].events if e.type == etype]


def test_intransitive_decline_is_a_decrease_not_a_rejection(results) -> None:
    assert not _events(results, "decline_decrease", "REJECT")
    assert _events(results, "decline_offer", "REJECT")
    assert _events(results, "decline_to_join", "REJECT")


def test_a_month_is_no_object_of_a_trigger(results) -> None:
    assert not results["month_no_march"].events
    assert _events(results, "hold_march", "PROTEST")


def test_searching_for_people_is_no_coercion(results) -> None:
    assert not _events(results, "search_for", "COERCE")
    assert _events(results, "search_offices", "COERCE")


@pytest.mark.parametrize("key,etype", [("little_reason", "CONSULT"), ("not_believe", "COERCE")])
def test_doubted_belief_makes_its_content_hypothetical(results, key, etype) -> None:
    found = _events(results, key, etype)
    assert found and all(e.modality == "hypothetical" for e in found)
    assert not _events(results, key, "AGREE")  # a doubted meeting promises nothing


def test_held_belief_keeps_a_plan(results) -> None:
    assert [e.modality for e in _events(results, "believe_plan", "CONSULT")] == ["planned"]


def test_hedged_future_is_a_prediction(results) -> None:
    assert [e.modality for e in _events(results, "will_likely", "SANCTION")] == ["hypothetical"]
    assert [e.modality for e in _events(results, "will_impose", "SANCTION")] == ["planned"]


@pytest.mark.parametrize("key,kept,dropped", [("aid_deliveries", "SANCTION", "AID"),
                                              ("mediation_efforts", "SANCTION", "CONSULT")])
def test_a_noun_modifying_a_trigger_phrase_is_part_of_its_event(results, key, kept,
                                                                dropped) -> None:
    assert _events(results, key, kept)
    assert not [e for e in _events(results, key, dropped)
                if e.trigger.text.lower() in ("aid", "mediation")]


def test_intransitive_burning_is_a_fire_not_a_destruction(results) -> None:
    assert not _events(results, "fires_burning", "COERCE")
    assert _events(results, "burned_villages", "COERCE")


def test_blowing_oneself_up_is_a_suicide_attack(results) -> None:
    assert [e.mode for e in _events(results, "blew_themselves_up", "ASSAULT")] == [
        "ASSAULT/suicide-attack"]
    assert _events(results, "blew_up_bridge", "COERCE")


def test_a_participle_used_as_a_preposition_is_no_trigger(results) -> None:
    assert not results["given_as_preposition"].events


@pytest.mark.parametrize("key,intent,action", [("willing_to_withdraw", "AGREE", "RETREAT"),
                                               ("plans_to_impose", "THREATEN", "COERCE"),
                                               ("must_cooperate", "REQUEST", "COOPERATE")])
def test_an_offer_plan_or_obligation_is_one_event(results, key, intent, action) -> None:
    found = _events(results, key, intent)
    assert len(found) == 1 and not _events(results, key, action)
    assert [e["type"] for e in found[0].attributes["embedded"]] == [action]


def test_a_promised_retreat_is_only_the_promise(results) -> None:
    """The PLOVER codebook counts only retreats that occur as RETREAT: 'will withdraw' is
    the AGREE, with the withdrawal as its embedded action."""
    assert not _events(results, "will_withdraw", "RETREAT")
    found = _events(results, "will_withdraw", "AGREE")
    assert [e["type"] for e in found[0].attributes["embedded"]] == ["RETREAT"]


def test_a_promised_support_is_only_the_promise(results) -> None:
    """The PLOVER codebook counts only support expressed as SUPPORT: 'would support' is the
    AGREE, with the support as its embedded action."""
    assert not _events(results, "will_support", "SUPPORT")
    found = _events(results, "will_support", "AGREE")
    assert [e["type"] for e in found[0].attributes["embedded"]] == ["SUPPORT"]


def test_meeting_demands_is_no_meeting(results) -> None:
    assert not _events(results, "met_demands", "CONSULT")
    assert _events(results, "met_envoy", "CONSULT")


def test_purpose_of_a_light_verb_belongs_to_its_noun(results) -> None:
    assert [e.type for e in results["protest_to_demand"].events] == ["PROTEST"]


def test_sitting_down_with_someone_is_a_meeting(results) -> None:
    assert _events(results, "sat_down_with", "CONSULT")
    assert not _events(results, "sat_on_road", "CONSULT")


def test_a_call_to_act_is_a_request_not_a_phone_call(results) -> None:
    assert _events(results, "calls_to_lift", "REQUEST")
    assert not _events(results, "calls_to_lift", "CONSULT")
    assert not _events(results, "calls_to_lift", "CONCEDE")  # the content of the call
    assert _events(results, "held_calls", "CONSULT")


@pytest.mark.parametrize("key", ["report_which_released", "report_to_be_released"])
def test_a_released_publication_in_a_passive_clause_is_no_release(results, key) -> None:
    assert not _events(results, key, "RETREAT")


def test_released_people_in_a_passive_clause_are_a_release(results) -> None:
    assert [e.mode for e in _events(results, "prisoners_released", "RETREAT")] == [
        "RETREAT/release"]


def test_a_speech_act_beside_a_material_act_is_its_own_event(results) -> None:
    assert _events(results, "fighting_accusing", "ASSAULT")
    assert _events(results, "fighting_accusing", "ACCUSE")
    assert [e.type for e in results["demonstrated_demanding"].events] == ["PROTEST"]


@pytest.mark.parametrize("key,etype,embedded", [
    ("threatened_attack_occupy", "THREATEN", ["ASSAULT", "ASSAULT"]),
    ("pledged_withdraw_release", "AGREE", ["RETREAT", "RETREAT"])])
def test_coordinated_complements_belong_to_their_governor(results, key, etype, embedded) -> None:
    assert [e.type for e in results[key].events] == [etype]
    assert [e["type"] for e in results[key].events[0].attributes["embedded"]] == embedded


def test_coordinated_main_clauses_stay_two_acts(results) -> None:
    assert _events(results, "attacked_and_seized", "ASSAULT")
    assert _events(results, "attacked_and_seized", "COERCE")


@pytest.mark.parametrize("key", ["pause_in_aid", "freeze_on_trade", "aid_deliveries"])
def test_stopping_aid_or_trade_is_a_sanction_as_noun_and_verb(results, key) -> None:
    assert _events(results, key, "SANCTION")
    assert not _events(results, key, "RETREAT")


def test_a_pause_in_the_fighting_is_no_sanction(results) -> None:
    assert not _events(results, "pause_in_fighting", "SANCTION")


@pytest.mark.parametrize("key,etype", [("generic_concessions", "CONCEDE"),
                                       ("hunting_concessions", "CONCEDE"),
                                       ("have_partnership", "COOPERATE")])
def test_a_vague_noun_without_a_party_is_no_event(results, key, etype) -> None:
    assert not _events(results, key, etype)


@pytest.mark.parametrize("key,etype", [("made_concessions", "CONCEDE"),
                                       ("began_partnership", "COOPERATE")])
def test_a_vague_noun_with_its_parties_is_an_event(results, key, etype) -> None:
    assert _events(results, key, etype)


STRIKES = {
    "air_strikes": ("Norland launched air strikes on Varo on Monday, officials said.", "ASSAULT"),
    "missile_strikes": ("Norland's navy carried out missile strikes against the Velland coast.",
                        "ASSAULT"),
    "launched_strikes": ("The Velland army launched strikes on rebel camps near Varo.",
                         "ASSAULT"),
    "teachers_strike": ("Teachers in Norland launched a strike on Monday over pay.", "PROTEST"),
    "held_strike": ("Dock workers held a strike in the port of Varo.", "PROTEST"),
    "general_strike": ("The union called a general strike across Norland.", "PROTEST"),
}


@pytest.fixture(scope="module")
def strikes() -> dict[str, Extraction]:
    return run_texts({k: text for k, (text, _) in STRIKES.items()})


@pytest.mark.parametrize("key", sorted(STRIKES))
def test_a_strike_is_an_attack_or_a_protest_by_its_phrase(strikes, key) -> None:
    types = {e.type for e in strikes[key].events}
    wanted = STRIKES[key][1]
    other = "PROTEST" if wanted == "ASSAULT" else "ASSAULT"
    assert wanted in types and other not in types


GENERIC = {
    "calls_for": ("The Varo analyst wrote a column about calls for sanctions.", "REQUEST", False),
    "at_one_summit": ('"We will help with repatriation," the Norland premier said at one '
                      'summit.', "CONSULT", False),
    "against_bans": ("The Varo hunter has campaigned against trophy import bans for years.",
                     "SANCTION", False),
    "evacuation_camps": ("About 3,000 people now live in six evacuation camps near Varo.",
                         "RETREAT", False),
    "fighting_erupted": ("Fighting erupted near Varo on Monday.", "ASSAULT", True),
    "talks_resumed": ("Talks resumed on Monday, the Norland ministry said.", "CONSULT", True),
    "calls_from_party": ("The Varo analyst wrote a column about calls from Norland for "
                         "sanctions.", "REQUEST", True),
    "potential_ceasefire": ("Norland will judge within two weeks the prospects of a potential "
                            "ceasefire.", "RETREAT", True),
    "accounts_of_arrests": ("Residents of Varo gave accounts of abductions and arbitrary "
                            "arrests.", "COERCE", True),
    "accounts_of_abductions": ("Residents of Varo gave accounts of abductions and arbitrary "
                               "arrests.", "ASSAULT", True),
    "survivors_of_violence": ("The clinic in Varo treats survivors of sexual violence.",
                              "ASSAULT", True),
    "law_against_kidnapping": ("Norland passed a law against kidnapping on Monday.", "ASSAULT",
                               False),
    "one_arrest": ("The report from Varo mentions one arrest.", "COERCE", False),
}


@pytest.fixture(scope="module")
def generic() -> dict[str, Extraction]:
    return run_texts({k: text for k, (text, _, _) in GENERIC.items()})


@pytest.mark.parametrize("key", sorted(GENERIC))
def test_a_nominal_mention_without_party_or_clause_of_its_own_is_no_event(generic, key) -> None:
    _, etype, kept = GENERIC[key]
    assert any(e.type == etype for e in generic[key].events) == kept


PUSHES = {
    "pushing_to_mediate": ("Norland is pushing to mediate a deal between the Varo militias.",
                           False),
    "pressing_to_finish": ("Velland is pressing to finish the border fence before winter.",
                           False),
    "pressed_to_accept": ("Norland pressed Velland to accept the ceasefire.", True),
    "pushing_for": ("Norland is pushing for a ceasefire in Varo.", True),
}


@pytest.fixture(scope="module")
def pushes() -> dict[str, Extraction]:
    return run_texts({k: text for k, (text, _) in PUSHES.items()})


@pytest.mark.parametrize("key", sorted(PUSHES))
def test_pushing_to_act_oneself_is_an_effort_not_a_request(pushes, key) -> None:
    assert any(e.type == "REQUEST" for e in pushes[key].events) == PUSHES[key][1]
