"""A noun told as planned that an asserted verb of its own type governs in one sentence ("the
truce was agreed") is the commitment that verb tells, not a second one still to come."""

from __future__ import annotations

from typing import Any

from eventwire.fuse.events import kept_apart_in_article, plan_made, same_article_verdict
from eventwire.fuse.mentions import Mention, make_mention

AGREED = "The truce was agreed at the summit in Lorvan on 3 May, hosted by Kestria."
SIGNED = "Ostria and Velmaria signed a pact on Monday that will take effect next month."
WILL_SIGN = "Ostria will sign the pact that Velmaria accepted on Monday."
KESTRIA = {"id": "country:KES", "name": "Kestria", "country": "KES", "kind": "state"}
OSTRIA = {"id": "country:OST", "name": "Ostria", "country": "OST", "kind": "state"}


def part(text: str, word: str, actor: dict[str, Any]) -> dict[str, Any]:
    i = text.index(word)
    return {"start": i, "end": i + len(word), "text": word, "actor": actor}


def agree(idx: int, text: str, trigger: str, modality: str, parse: tuple[str, str, str],
          target: list[dict[str, Any]] | None = None, kind: str = "AGREE") -> Mention:
    """A mention of article k1 in ``text`` with the parse of its trigger (lemma, tag, head)."""
    i = text.index(trigger)
    lemma, tag, head = parse
    data = {"type": kind, "mode": None, "modality": modality,
            "attributes": {"trigger_info": {"lemma": lemma, "tag": tag, "head": head}},
            "trigger": {"start": i, "end": i + len(trigger), "text": trigger},
            "sentence": {"start": 0, "end": len(text), "text": text},
            "source": [], "target": target or []}
    art = {"id": "k1", "published": "2025-05-04", "url": "https://k1.example/news"}
    return make_mention(f"k1#{idx}", art, data, None)


def test_a_planned_truce_the_asserted_verb_agrees_is_that_agreement() -> None:
    truce = agree(0, AGREED, "truce", "planned", ("truce", "NN", "agree"))
    agreed = agree(1, AGREED, "agreed", "asserted", ("agree", "VBN", "agree"),
                   [part(AGREED, "Kestria", KESTRIA)])
    assert plan_made(agreed, truce) and not plan_made(truce, agreed)
    assert same_article_verdict(truce, agreed) == "merge"
    assert same_article_verdict(agreed, truce) == "merge"


def test_a_signed_pact_to_take_effect_later_is_the_signing() -> None:
    pact = agree(0, SIGNED, "pact", "planned", ("pact", "NN", "sign"))
    signed = agree(1, SIGNED, "signed", "asserted", ("sign", "VBD", "sign"))
    assert same_article_verdict(pact, signed) == "merge"


def test_a_planned_verb_over_an_asserted_noun_stays_apart() -> None:
    pact = agree(0, WILL_SIGN, "pact", "asserted", ("pact", "NN", "sign"))
    sign = agree(1, WILL_SIGN, "sign", "planned", ("sign", "VB", "sign"))
    assert not plan_made(sign, pact) and not plan_made(pact, sign)
    assert same_article_verdict(pact, sign) == "no"


def test_a_planned_noun_governed_by_another_word_stays_apart() -> None:
    truce = agree(0, AGREED, "truce", "planned", ("truce", "NN", "host"))
    agreed = agree(1, AGREED, "agreed", "asserted", ("agree", "VBN", "agree"))
    assert same_article_verdict(truce, agreed) == "no"


def test_a_planned_noun_of_another_type_stays_apart() -> None:
    truce = agree(0, AGREED, "truce", "planned", ("truce", "NN", "agree"), kind="RETREAT")
    agreed = agree(1, AGREED, "agreed", "asserted", ("agree", "VBN", "agree"))
    assert not plan_made(agreed, truce)


HEADLINE = "Analysis: the Ostrian truce was agreed in Lorvan."
BODY = ("On Sunday Kestria's foreign minister told reporters that Ostria and Velmaria had "
        "agreed to a truce.")


def body_mention(idx: int, text: str, trigger: str, modality: str,
                 parse: tuple[str, str, str], start: int, who: str | None = None) -> Mention:
    """A mention of article k1 whose sentence starts at ``start`` (article offsets)."""
    i = text.index(trigger) + start
    lemma, tag, head = parse
    data = {"type": "AGREE", "mode": None, "modality": modality,
            "attributes": {"trigger_info": {"lemma": lemma, "tag": tag, "head": head}},
            "trigger": {"start": i, "end": i + len(trigger), "text": trigger},
            "sentence": {"start": start, "end": start + len(text), "text": text},
            "source": [], "target": []}
    if who:
        j = text.index(who) + start
        data["source"] = [{"start": j, "end": j + len(who), "text": who, "actor": OSTRIA}]
    art = {"id": "k1", "published": "2025-05-04", "url": "https://k1.example/news"}
    return make_mention(f"k1#{idx}", art, data, None)


def test_a_record_holding_the_made_plan_does_not_keep_the_articles_report_out() -> None:
    truce = body_mention(0, HEADLINE, "truce", "planned", ("truce", "NN", "agree"), 0)
    agreed = body_mention(1, HEADLINE, "agreed", "asserted", ("agree", "VBN", "agree"), 0,
                          "Ostrian")
    report = body_mention(2, BODY, "agreed", "asserted", ("agree", "VBN", "tell"), 48, "Ostria")
    assert same_article_verdict(report, truce) == "no"
    assert not kept_apart_in_article(report, [truce, agreed])
    assert kept_apart_in_article(report, [truce])  # without the verb, the plan keeps it out
