"""Intent: a stated refusal ('would not withdraw', 'will not accept the offer') is one REJECT
that embeds the refused act, as a pledge embeds the promised one; the refused act is no event
of its own. An act that only the CAMEO dictionary reads keeps its own confirmation."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "withdraw": "Moscow said Russian troops would not withdraw from the island before May.",
    "accept": "Hamas said it would not accept the truce offer.",
    "pledge": "Moscow said Russian troops would withdraw from the island before May.",
    "presence": "The minister said Ghana would not accept the presence of foreign troops.",
    "accepted_presence": "Ghana accepted the presence of UN observers at the border.",
    "other_object": "The minister said Ghana would not accept any delays in the vote.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,embedded", [("withdraw", "RETREAT"), ("accept", "AGREE"),
                                          ("presence", "AGREE")])
def test_refusal_is_one_reject_embedding_the_act(extracted, key, embedded):
    ex = extracted[key]
    (reject,) = of_type(ex, "REJECT")
    assert reject.modality == "asserted"
    assert embedded in {e["type"] for e in reject.attributes["embedded"]}
    assert not [e for e in ex.events if e.type == embedded and e.modality == "negated"]


def test_pledged_act_is_an_agree_not_a_reject(extracted):
    ex = extracted["pledge"]
    assert of_type(ex, "AGREE") and not of_type(ex, "REJECT")


def test_accepting_a_presence_is_an_agree(extracted):
    (agree,) = of_type(extracted["accepted_presence"], "AGREE")
    assert agree.modality == "asserted"


def test_refusing_an_object_outside_the_list_is_no_event(extracted):
    ex = extracted["other_object"]
    assert not of_type(ex, "REJECT") and not of_type(ex, "AGREE")
