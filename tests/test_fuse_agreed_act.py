"""Within one article, an agreement to an act and the act it agrees to ("the truce will
remain in effect until 18 May" and "the government has agreed to the extension"; "signed the
deal" and "the deal"; "agreed to withdraw" and "the withdrawal") are one occurrence, unless
the article tells them apart: another or a second act, own dates sharing no day, parties of
other countries. Invented countries throughout."""

from __future__ import annotations

from eventwire.fuse.events import agreed_act, one_stem, same_article_verdict
from eventwire.fuse.mentions import Mention


def mention(mid: str, sentence: str, trigger: str, lemma: str, head: str = "",
            action: str = "", source: str = "", target: str = "",
            rng: list[str] | None = None, modality: str = "asserted") -> Mention:
    def party(code: str) -> list[dict]:
        return [{"text": code, "actor": {"id": "country:" + code, "country": code,
                                         "kind": "state"}}] if code else []
    at = sentence.index(trigger)
    attributes: dict = {"trigger_info": {"lemma": lemma, "head": head}}
    if action:
        attributes["commitment"] = {"kind": "agreement", "action": {"text": action}}
    data = {"type": "AGREE", "modality": modality, "source": party(source),
            "target": party(target), "sentence": {"text": sentence, "start": 100 * int(mid[1:]),
                                                  "end": 100 * int(mid[1:]) + len(sentence)},
            "trigger": {"text": trigger, "start": 100 * int(mid[1:]) + at,
                        "end": 100 * int(mid[1:]) + at + len(trigger)},
            "attributes": attributes}
    when = {"range": rng, "from": "time_expression", "span": None} if rng else None
    return Mention(id=mid, article="a1", root="a1", data=data, story="s1",
                   outlet="wire.example", when=when)


def extension() -> Mention:
    return mention("m1", "Tonight the envoy said the ceasefire would remain in effect until "
                   "18 May.", "ceasefire", "ceasefire", "remain")


def test_an_agreement_to_the_extension_joins_the_extended_truce() -> None:
    agreed = mention("m9", "Later the premier confirmed Ruritania has agreed to the extension.",
                     "agreed", "agree", "confirm", action="the extension", source="RUR")
    assert agreed_act(agreed, extension()) and not agreed_act(extension(), agreed)
    assert same_article_verdict(agreed, extension()) == "merge"
    assert same_article_verdict(extension(), agreed) == "merge"


def test_a_verb_and_its_nominalisation() -> None:
    extended = mention("m2", "The truce was extended by a month.", "truce", "truce", "extend",
                       source="BOR")
    agreed = mention("m5", "Borduvia accepted the extension on Sunday.", "accepted", "accept",
                     action="the extension", source="BOR")
    assert same_article_verdict(agreed, extended) == "merge"
    withdraw = mention("m3", "Ruritania agreed to withdraw its troops.", "agreed", "agree",
                       action="withdraw its troops", source="RUR")
    pullout = mention("m7", "The accord sets out the withdrawal.", "withdrawal", "withdrawal",
                      "set", source="RUR")
    assert same_article_verdict(withdraw, pullout) == "merge"
    signed = mention("m4", "The two sides signed the deal in the capital.", "signed", "sign",
                     action="the deal", source="RUR", target="BOR")
    deal = mention("m8", "Under the agreement, prisoners are exchanged.", "agreement",
                   "agreement", "under", source="BOR")
    assert same_article_verdict(signed, deal) == "merge"
    truce = mention("m6", "The truce took hold along the border.", "truce", "truce", "take",
                    source="RUR")
    immediate = mention("m1", "Both sides agreed to an immediate truce from midnight.", "agreed",
                        "agree", action="an immediate truce from midnight", source="BOR",
                        target="RUR")
    assert agreed_act(immediate, truce)  # the content's noun before its prepositional phrase
    assert one_stem("extension", "extend") and one_stem("withdrawal", "withdraw")
    assert not one_stem("extension", "extreme") and not one_stem("truce", "trace")


def test_what_the_article_tells_as_distinct_stays_apart() -> None:
    another = mention("m2", "A second ceasefire would remain in effect until June.",
                      "ceasefire", "ceasefire", "remain")
    agreed = mention("m9", "Ruritania has agreed to the extension.", "agreed", "agree",
                     action="the extension", source="RUR")
    assert not agreed_act(agreed, another)
    new = mention("m8", "Ruritania has agreed to a new extension.", "agreed", "agree",
                  action="a new extension", source="RUR")
    assert not agreed_act(new, extension())
    # other parties' truce
    other = mention("m3", "The Vandorian truce would remain in effect until May.", "truce",
                    "truce", "remain", source="VAN", target="ZEM")
    assert not agreed_act(agreed, other)
    # own dates sharing no day
    dated = mention("m4", "On 2 May Ruritania agreed to the extension.", "agreed", "agree",
                    action="the extension", source="RUR", rng=["2031-05-02", "2031-05-02"])
    earlier = mention("m5", "On 20 April the truce was extended.", "truce", "truce", "extend",
                      rng=["2031-04-20", "2031-04-20"])
    assert not agreed_act(dated, earlier)
    # an agreement that did not happen is no telling of one that did
    refused = mention("m6", "Ruritania did not agree to the extension.", "agree", "agree",
                      action="the extension", source="RUR", modality="negated")
    assert not agreed_act(refused, extension())
    # two agreeings: the one is not what the other agrees to
    also = mention("m3", "The leaders also agreed to meet if both sides agree.", "agreed", "agree",
                   action="meet if both sides agree", source="RUR")
    assert not agreed_act(also, agreed) and not agreed_act(agreed, also)
    # a truce merely in effect is the halt, not its extension
    holding = mention("m7", "The ceasefire held through the night.", "ceasefire", "ceasefire",
                      "hold")
    assert not agreed_act(agreed, holding)
