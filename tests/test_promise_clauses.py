"""Clauses that promise nothing and the dates and scope of a pledge: the purpose of an act
reported done, a clause another act awaits ('until', 'once'), what the speaker's own side
undergoes in a passive; a date written before a past agreement dates its making, not a term;
a deadline never dates the promise; a place phrase is no part of a pledge's scope."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

TEXTS = {
    "purpose": "Villagers have set up barricades to protest against the arrest of two farmers.",
    "purpose_came": "The opposition leader came to the capital to accuse the government of "
                    "fraud.",
    "purpose_plan": "The government said it would send troops to the border to protect the "
                    "villages.",
    "until": "Protesters said they would stay in the square until the government resigns.",
    "until_rebels": "The rebels said they would not lay down their arms until the army "
                    "withdraws from the valley.",
    "passive": '"Ukraine will not be intimidated," President Volodymyr Zelensky said.',
    "passive_other": "Hamas said the hostages would be released on Sunday.",
    "passive_party": "Detained fishermen will be freed and sent home after the talks end, the "
                     "Indonesian foreign ministry said in a statement.",
    "took_effect": "The ceasefire that took effect before dawn on Sunday has largely held.",
    "made_year": "Under the 2015 accord, the two governments agreed to build a bridge across "
                 "the river.",
    "made_month": "In March the two governments agreed to build a bridge across the river.",
    "deadline": "The militia promised to hand over its weapons by March 20, the mediator said.",
    "locative": "The army agreed to reduce the number of checkpoints in the south.",
    "compelled": "Chile said it would use sanctions to compel Peru to withdraw its fishing "
                 "fleet.",
}


@pytest.fixture(scope="module")
def runs() -> dict[str, Extraction]:
    arts = [Article(id=k, text=v, published="2025-03-12", published_from="input")
            for k, v in TEXTS.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def committed(ex: Extraction, trigger: str) -> list[dict]:
    return [e.attributes["commitment"] for e in ex.events
            if trigger in e.trigger.text and "commitment" in e.attributes]


def found(ex: Extraction, trigger: str) -> bool:
    return any(trigger in e.trigger.text for e in ex.events)


def test_the_purpose_of_an_act_reported_done_is_no_plan(runs) -> None:
    for key, trigger in (("purpose", "protest"), ("purpose_came", "accuse")):
        assert found(runs[key], trigger), key
        assert not committed(runs[key], trigger), key
    # a purpose under a stated future act leaves that act a commitment
    assert committed(runs["purpose_plan"], "send")


def test_what_another_act_awaits_is_no_commitment_of_its_actor(runs) -> None:
    assert found(runs["until"], "resigns") and not committed(runs["until"], "resigns")
    assert found(runs["until_rebels"], "withdraws")
    assert not committed(runs["until_rebels"], "withdraws")


def test_who_is_to_be_made_to_act_promises_nothing(runs) -> None:
    """'X would use sanctions to compel Peru to withdraw': Peru withdraws, but the plan is
    the one who announced it, not Peru's."""
    evs = [e for e in runs["compelled"].events if "withdraw" in e.trigger.text]
    assert evs and {p.actor.country for p in evs[0].source if p.actor} == {"PER"}
    assert all("country:PER" not in made["promiser"]
               for made in committed(runs["compelled"], "withdraw"))


def test_what_the_speakers_side_undergoes_in_a_passive_is_no_promise(runs) -> None:
    assert found(runs["passive"], "intimidated")
    assert not committed(runs["passive"], "intimidated")
    # another side's act told in the passive stays the speaker's plan, and so does one
    # whose undergoers the reading made its doers
    assert committed(runs["passive_other"], "released")
    assert committed(runs["passive_party"], "freed")


def test_a_date_before_a_past_agreement_dates_its_making_not_a_term(runs) -> None:
    for key in ("made_year", "made_month"):
        (c,) = committed(runs[key], "agreed")
        assert c["start"] is None, key
        assert c["scope"] == ["bridge"], key


def test_a_deadline_does_not_date_the_promise(runs) -> None:
    (ev,) = [e for e in runs["deadline"].events if e.trigger.text == "promised"]
    assert ev.attributes["commitment"]["deadline"] == "2025-03-20"
    assert ev.date.get("value") != "2025-03-20"
    assert ev.date["range"][1] <= "2025-03-12"


def test_a_time_phrase_of_what_took_effect_is_no_deadline(runs) -> None:
    # published on Wednesday 12 March: Sunday is the 9th, the truce's own day
    (ev,) = [e for e in runs["took_effect"].events if e.trigger.text == "ceasefire"]
    assert (ev.attributes.get("commitment") or {}).get("deadline") is None
    assert ev.date["range"][0] <= "2025-03-09" <= ev.date["range"][1]


def test_a_place_phrase_is_no_part_of_a_pledges_scope(runs) -> None:
    (c,) = committed(runs["locative"], "agreed")
    assert "south" not in c["scope"] and "checkpoint" in c["scope"]
