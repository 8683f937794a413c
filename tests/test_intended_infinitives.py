"""Modality: a 'to' infinitive completing a noun, or the action a directive orders ('ordered
the garrison to withdraw') is what an actor has yet to do (planned); a 'to' infinitive of
purpose beside a clause is an aim (hypothetical) unless it is said by the act it is the purpose
of ('gathered to demand'); none is a reported deed. A result clause ('only to') and a ranked
noun ('the first envoy to visit') still report one, as does the action done after an order."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

TEXTS = {
    "purpose": "Militia columns moved into the valley to capture the grain depot.",
    "in_order": "Riot police fired tear gas in order to disperse the marchers.",
    "noun_days": "The garrison had thirty days to withdraw from the island.",
    "noun_passive": "The rebels published a list of the prisoners to be freed on Sunday.",
    "handed_passive": "The rebel command says it has passed on the names of the six detainees to "
                      "be released on Friday.",
    "compel": "Varo said it would turn to the court to force Redland to withdraw from the "
              "villages.",
    "plain": "Militia columns captured the grain depot on the plain.",
    "only_to": "The brigade pushed into the suburb, only to retreat at dusk.",
    "first_to": "She was the first envoy to visit Juba since the coup.",
    "ordered": "The junta ordered the garrison to withdraw from the island and to free the "
               "fishermen.",
    "told": "The governor told the militia to withdraw from the market town.",
    "obeyed": "The garrison withdrew from the island after the junta ordered it out.",
    "sent_to_back": "Redland sent envoys to Varo to back the ceasefire talks.",
    "help_fight": "Kenya sent police officers to Haiti to help fight the gangs.",
    "gathered_to_demand": "Protesters gathered outside the embassy to demand the release of the "
                          "reporter.",
}

@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)

@pytest.mark.parametrize("key,trigger", [("noun_days", "withdraw"), ("noun_passive", "freed"),
                                         ("handed_passive", "released")])
def test_noun_infinitives_are_planned(extracted, key, trigger):
    assert by_trigger(extracted[key], trigger).modality == "planned"


def test_an_act_another_is_made_to_do_is_no_aim(extracted):
    assert by_trigger(extracted["compel"], "withdraw").modality != "hypothetical"


@pytest.mark.parametrize("key,trigger", [("purpose", "capture"), ("sent_to_back", "back"),
                                         ("help_fight", "fight")])
def test_a_purpose_beside_a_clause_is_an_aim(extracted, key, trigger):
    assert by_trigger(extracted[key], trigger).modality == "hypothetical"


def test_a_purpose_said_by_its_act_stays_real(extracted):
    """Protesters gathering to demand something: the demand is their protest (PLOVER codes a
    protest's demands as the PROTEST), one asserted event on the gathering."""
    [ev] = extracted["gathered_to_demand"].events
    assert ev.type == "PROTEST" and ev.trigger.text == "gathered" and ev.modality == "asserted"

def test_in_order_to_reports_no_dispersal(extracted):
    assert all(e.modality != "asserted" for e in extracted["in_order"].events
               if e.trigger.text.lower().startswith("disperse"))

@pytest.mark.parametrize("key,trigger", [("ordered", "withdraw"), ("ordered", "free"),
                                         ("told", "withdraw")])
def test_ordered_actions_are_planned(extracted, key, trigger):
    assert by_trigger(extracted[key], trigger).modality == "planned"


@pytest.mark.parametrize("key,trigger", [("plain", "captured"), ("only_to", "retreat"),
                                         ("first_to", "visit"), ("obeyed", "withdrew")])
def test_deeds_stay_asserted(extracted, key, trigger):
    assert by_trigger(extracted[key], trigger).modality == "asserted"
