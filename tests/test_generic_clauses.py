"""Rules, side acts and threats: a clause about whoever does something is no act that
happened, a participle set beside a planning verb is no plan, and a threat made now
commits its maker; through the real pipeline."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

DATE = "2025-03-10"
TEXTS = {
    "whoever": "The colonel said the message was simple: whoever threatens our villages and "
               "attacks our patrols will regret it.",
    "anyone_who": "Anyone who attacks the convoy will pay dearly, the governor said.",
    "everyone_who": "The minister thanked everyone who supports the Blueland refugees.",
    "everybody_who": "Redland will punish everybody who attacks its soldiers, the general said.",
    "any_group": "Any militia that fires rockets at the port will be crushed, the admiral said.",
    "past_whoever": "Whoever attacked the depot on Friday fled before dawn, police said.",
    "everyone_past": "Soldiers detained everyone who joined the march on Saturday.",
    "went_further": "On Monday Turkey's interior minister went further, warning that Turkey "
                    "would close its border if the raids continue.",
    "set_up": "The cabinet set up a commission on Friday, inviting the opposition to join "
              "the inquiry.",
    "going_to": "The rebels are going to attack the garrison.",
    "threatened_to": "Iran threatened to close the strait to foreign tankers.",
    "warned_would": "Egypt's premier warned that Egypt would respond with force to any raid.",
    "conditional_on": "The pullout is conditional on the rebel militia disarming, while the "
                      "monitors deploy along the river, the ministry said.",
    "contingent_on": "A prisoner release is contingent on the militia freeing the sailors.",
    "on_condition": "The army withdrew from the town on condition that the rebels disarm.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    """Each text through the real pipeline, published on DATE."""
    return run_texts(TEXTS, DATE)


@pytest.mark.parametrize("key,trigger", [("whoever", "threatens"), ("whoever", "attacks"),
                                         ("anyone_who", "attacks"), ("any_group", "fires"),
                                         ("everyone_who", "supports"),
                                         ("everybody_who", "attacks")])
def test_what_anybody_would_do_is_hypothetical(extracted, key, trigger):
    assert by_trigger(extracted[key], trigger).modality == "hypothetical"


@pytest.mark.parametrize("key,trigger", [("past_whoever", "attacked"),
                                         ("everyone_past", "joined")])
def test_a_past_act_of_someone_unknown_or_of_everyone_happened(extracted, key, trigger):
    assert by_trigger(extracted[key], trigger).modality == "asserted"


@pytest.mark.parametrize("key,trigger", [("went_further", "warning"), ("set_up", "inviting")])
def test_a_participle_beside_a_planning_verb_is_no_plan(extracted, key, trigger):
    assert by_trigger(extracted[key], trigger).modality == "asserted"


def test_going_to_is_still_a_plan(extracted):
    assert by_trigger(extracted["going_to"], "attack").modality == "planned"


@pytest.mark.parametrize("key,trigger", [("threatened_to", "threatened"),
                                         ("warned_would", "warned"),
                                         ("went_further", "warning")])
def test_a_threat_made_now_is_a_threat_commitment(extracted, key, trigger):
    ev = by_trigger(extracted[key], trigger)
    assert ev.type == "THREATEN" and ev.modality == "asserted"
    assert (ev.attributes.get("commitment") or {}).get("kind") == "threat"


@pytest.mark.parametrize("key,trigger", [("conditional_on", "disarming"),
                                         ("conditional_on", "deploy"),
                                         ("contingent_on", "freeing")])
def test_what_a_step_is_conditional_on_is_hypothetical(extracted, key, trigger):
    assert by_trigger(extracted[key], trigger).modality == "hypothetical"


def test_a_step_taken_on_a_condition_happened(extracted):
    assert by_trigger(extracted["on_condition"], "withdrew").modality == "asserted"
