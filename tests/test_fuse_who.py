"""Who mediated and who started an event: read per outlet, compared across outlets."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.fuse.conflicts import event_conflicts
from eventwire.fuse.mentions import Mention, make_mention
from eventwire.fuse.who import mediators, starter

ACTORS = {
    "Norway": {"id": "country:NOR", "name": "Norway", "country": "NOR", "kind": "state"},
    "Oslo": {"id": "country:NOR", "name": "Norway", "country": "NOR", "kind": "state"},
    "Sweden": {"id": "country:SWE", "name": "Sweden", "country": "SWE", "kind": "state"},
    "Finland": {"id": "country:FIN", "name": "Finland", "country": "FIN", "kind": "state"},
    "Ruritanian troops": {"id": "country:RUR", "name": "Ruritania", "country": "RUR",
                          "kind": "state"},
    "Ruritania": {"id": "country:RUR", "name": "Ruritania", "country": "RUR", "kind": "state"},
    "Borduria": {"id": "country:BOR", "name": "Borduria", "country": "BOR", "kind": "state"},
    "the Front": {"id": "org:front", "name": "the Front", "country": "BOR", "kind": "group"},
}


def entities(text: str) -> list[dict[str, Any]]:
    """Linked entities of ``text`` for every known name (each occurrence)."""
    out = []
    for name, actor in ACTORS.items():
        i = text.find(name)
        while i >= 0:
            if not any(e["start"] <= i < e["end"] for e in out):
                out.append({"start": i, "end": i + len(name), "text": name, "label": "GPE",
                            "actor": actor})
            i = text.find(name, i + 1)
    return out


def mention(aid: str, outlet: str, text: str, trigger: str, kind: str) -> Mention:
    """A fuse-stage mention whose sentence is the whole ``text``."""
    i = text.index(trigger)
    data = {"type": kind, "trigger": {"start": i, "end": i + len(trigger), "text": trigger},
            "sentence": {"start": 0, "end": len(text), "text": text}, "source": [], "target": []}
    art = {"id": aid, "published": "2025-03-02", "url": f"https://{outlet}.example/{aid}"}
    return make_mention(f"{aid}#0", art, data, None)


def conflicts(*items: tuple[str, str, str, str, str]) -> list[dict[str, Any]]:
    """Conflict flags of one record built from (article, outlet, text, trigger, type)."""
    ms = [mention(*it) for it in items]
    return event_conflicts(ms, [], {m.article: entities(m.sentence) for m in ms})


def test_mediators_are_read_as_a_list_and_alone_marks_it_complete() -> None:
    text = "The truce, brokered by Norway, Sweden and Finland, took effect on Sunday."
    got = mediators(mention("a1", "wire", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["FIN", "NOR", "SWE"] and not got["complete"]
    text = "The deal was brokered by Oslo alone, with Sweden joining the monitors later."
    got = mediators(mention("a1", "wire", text, "deal", "AGREE"), entities(text))
    assert got["sides"] == ["NOR"] and got["complete"]
    text = "Ruritania accepted the Norway-brokered truce on Sunday."
    got = mediators(mention("a1", "wire", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["NOR"]


def test_mediators_belong_to_talks_and_deals_near_the_phrase() -> None:
    text = "The truce brokered by Norway in March ended a war that Borduria started in 2019."
    assert mediators(mention("a1", "wire", text, "war", "ASSAULT"), entities(text)) is None


def test_mediator_lists_conflict_only_when_they_cannot_both_be_true() -> None:
    alone = ("a1", "wire", "The deal was brokered by Oslo alone, diplomats said.", "deal", "AGREE")
    both = ("a2", "paper", "The deal, brokered by Norway and Sweden, holds.", "deal", "AGREE")
    one = ("a3", "radio", "The deal brokered by Norway took effect on Sunday.", "deal", "AGREE")
    (flag,) = conflicts(alone, both)
    assert flag["kind"] == "mediator_conflict"
    assert {v["value"] for v in flag["values"]} == {"NOR alone", "NOR and SWE"}
    assert all(v["spans"] and v["outlets"] for v in flag["values"])
    assert {v["spans"][0]["sentence"]["text"] for v in flag["values"]} == {alone[2], both[2]}
    assert conflicts(both, one) == []  # naming fewer mediators is no contradiction
    assert conflicts(alone, one) == []
    same_outlet = ("a4", "wire", "The deal, brokered by Norway and Sweden, holds.", "deal",
                   "AGREE")
    assert conflicts(alone, same_outlet) == []  # one outlet never conflicts with itself


def test_starter_is_the_actor_before_the_phrase_not_a_negated_or_speaking_one() -> None:
    text = "Officials said Ruritanian troops fired first near the pass."
    assert starter(mention("a1", "w", text, "fired", "ASSAULT"), entities(text))["sides"] == \
        ["RUR"]
    text = "Borduria accused Ruritania of opening fire first at dawn."
    assert starter(mention("a1", "w", text, "fire", "ASSAULT"), entities(text))["sides"] == \
        ["RUR"]
    text = "Ruritania insisted that the Front, and not Borduria, started the fighting."
    assert starter(mention("a1", "w", text, "fighting", "ASSAULT"), entities(text))["sides"] == \
        ["org:front"]
    text = "Ruritania began firing at the border posts in 2019."
    assert starter(mention("a1", "w", text, "firing", "ASSAULT"), entities(text)) is None


def test_different_starters_across_outlets_conflict() -> None:
    one = ("a1", "wire", "Officials said Ruritanian troops fired first near the pass.", "fired",
           "ASSAULT")
    two = ("a2", "paper", "Ruritania accused Borduria of starting the clashes at the pass.",
           "clashes", "ASSAULT")
    three = ("a3", "radio", "Borduria said Ruritania started the clashes at the pass.",
             "clashes", "ASSAULT")
    (flag,) = conflicts(one, two)
    assert flag["kind"] == "starter_conflict"
    assert {v["value"] for v in flag["values"]} == {"RUR", "BOR"}
    assert conflicts(one, three) == []


def test_strongly_possibly_same_records_show_where_their_outlets_disagree() -> None:
    from test_fuse_coref import STRIKE_A, STRIKE_C, strike
    from test_fuse_coref import mention as dated

    from eventwire.fuse.conflicts import linked_disagreements
    a = dated("a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"))
    c = dated("a3", "2024-11-24", "radio", strike(STRIKE_C, "strike", "Israel"))
    (flag,) = linked_disagreements([a], [c])  # 29 against "about 12"
    assert flag["kind"] == "number_conflict"
    assert {v["articles"][0] for v in flag["values"]} == {"a1", "a3"}
    same_outlet = dated("a4", "2024-11-24", "wire", strike(STRIKE_C, "strike", "Israel"))
    assert linked_disagreements([a], [same_outlet]) == []
    assert linked_disagreements([a, c], [same_outlet]) == []  # already a flag of one record


def test_records_flags_are_remembered_by_their_mentions() -> None:
    from test_fuse_coref import STRIKE_A, STRIKE_C, strike
    from test_fuse_coref import mention as dated

    from eventwire.fuse.conflicts import flag_keys, linked_disagreements
    a = dated("a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"))
    c = dated("a3", "2024-11-24", "radio", strike(STRIKE_C, "strike", "Israel"))
    same_outlet = dated("a4", "2024-11-24", "wire", strike(STRIKE_C, "strike", "Israel"))
    memo: dict = {}
    assert linked_disagreements([a], [c], memo) == linked_disagreements([a], [c])
    assert set(memo) == {(a.id,), (c.id,)} and memo[(a.id,)] == frozenset()
    # a record that grew is another key: its own flag is found, the link shows none
    assert linked_disagreements([a, c], [same_outlet], memo) == []
    assert memo[(a.id, c.id)] == flag_keys([a, c]) != frozenset()
    # a remembered record is not read again (a wrong entry would show)
    memo[(c.id,)] = flag_keys([a, c])
    assert linked_disagreements([a], [c], memo) == []


def test_possibly_same_records_on_different_days_are_no_date_disagreement() -> None:
    from test_fuse_coref import ISRAEL, LEBANON, STRIKE_A, event, strike
    from test_fuse_coref import mention as dated

    from eventwire.fuse.conflicts import linked_disagreements
    a = dated("a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"))
    sunday = STRIKE_A.replace("Saturday", "Sunday")
    b = dated("a2", "2024-11-18", "paper", event(sunday, "strike", "ASSAULT",
                                                 [("Israeli", ISRAEL)], [("Basta", LEBANON)],
                                                 "2024-11-17", "Sunday"))
    assert linked_disagreements([a], [b]) == []


def test_more_ways_of_naming_mediators_and_starters() -> None:
    text = "Norway and Sweden mediated the talks that produced the truce on Sunday."
    got = mediators(mention("a1", "w", text, "talks", "CONSULT"), entities(text))
    assert got["sides"] == ["NOR", "SWE"]
    text = "The truce came after weeks of Finland's mediation between the two capitals."
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["FIN"]
    text = "Witnesses said the first shots were fired by Borduria near the bridge."
    assert starter(mention("a1", "w", text, "shots", "ASSAULT"), entities(text))["sides"] == \
        ["BOR"]
    text = "Officials said Ruritanian troops fired the first shots near the pass."
    assert starter(mention("a1", "w", text, "shots", "ASSAULT"), entities(text))["sides"] == \
        ["RUR"]


def test_mediators_named_after_the_word_mediation() -> None:
    text = "The two sides agreed to a truce under the mediation of Norway and Sweden."
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["NOR", "SWE"]
    text = "Ruritania and Borduria signed the truce with mediation from Finland alone."
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["FIN"] and got["complete"]
    text = "The truce followed months of mediation between the two capitals."
    assert mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text)) is None


@pytest.mark.parametrize(("text", "side"), [
    ("Ruritania blamed Borduria for the clashes near the bridge.", "BOR"),
    ("Observers held Ruritania responsible for the fighting along the river.", "RUR"),
    ("The two armies traded fire in fighting that Borduria started, observers said.", "BOR"),
    ("It was the clash which the Front had provoked, residents said.", "org:front"),
])
def test_phrases_of_blame_name_who_started_it(text: str, side: str) -> None:
    assert starter(mention("a1", "w", text, text.split()[1], "ASSAULT"),
                   entities(text))["sides"] == [side]


@pytest.mark.parametrize(("text", "side"), [
    ("Ruritania blamed Borduria for the outbreak of fighting near the bridge.", "BOR"),
    ("Borduria accused Ruritania of launching an unprovoked attack on its posts.", "RUR"),
    ("The clashes began when Ruritanian troops fired on a Bordurian post, officials said.",
     "RUR"),
    ("The army said it had been responding to Bordurian shelling of its posts.", "BOR"),
    ("Ruritania said its strikes came in retaliation for Borduria's rocket attacks.", "BOR"),
])
def test_unprovoked_attacks_onsets_and_responses_name_who_started_it(text: str,
                                                                      side: str) -> None:
    assert starter(mention("a1", "w", text, text.split()[1], "ASSAULT"),
                   entities(text))["sides"] == [side]


def test_responding_to_something_other_than_an_attack_names_no_starter() -> None:
    text = "Ruritania said it was responding to Borduria's proposal for talks."
    assert starter(mention("a1", "w", text, "said", "ASSAULT"), entities(text)) is None


def test_helping_to_mediate_or_a_clause_of_brokering_names_the_mediators() -> None:
    text = "Norway and Sweden helped mediate the truce that took effect on Sunday."
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["NOR", "SWE"]
    text = "The truce that Norway brokered in March held through the summer."
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["NOR"]
    text = "The truce Norway and Finland had mediated, officials said, held."
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["FIN", "NOR"]
    text = "Norway brokered grain sales to Finland after the truce."
    assert mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text)) is None


def test_blame_for_something_other_than_fighting_names_no_starter() -> None:
    text = "Ruritania blamed Borduria for the drought and held Sweden responsible for prices."
    assert starter(mention("a1", "w", text, "blamed", "ASSAULT"), entities(text)) is None


def test_people_who_fled_are_not_counted_as_dead() -> None:
    from eventwire.fuse.conflicts import counted
    text = "The clashes have killed 12 people and more than 40,000 residents have fled."
    got = {(what, n) for what, n, _, _ in counted(mention("a1", "w", text, "clashes", "ASSAULT"))}
    assert ("killed", 12) in got and ("displaced", 40000) in got and ("killed", 40000) not in got


def test_a_value_outside_the_mentions_sentences_gets_the_sentence_around_it() -> None:
    from eventwire.fuse.conflicts import sentence_around
    text = "Talks ended on Monday. Aides said they made progress? Nobody knows.\nNext line."
    at = text.index("progress")
    got = sentence_around(text, at)
    assert got["text"] == "Aides said they made progress?" and text[got["start"]:got["end"]] == \
        got["text"]


def test_a_denied_side_counts_when_the_accused_is_not_named() -> None:
    text = "Sources said it was the enemy, and not Ruritania, that broke the truce first."
    got = starter(mention("a1", "w", text, "broke", "ASSAULT"), entities(text))
    assert got["sides"] == ["not:RUR"]
    from eventwire.fuse.who import starters_compatible
    assert not starters_compatible("RUR", "not:RUR")
    assert starters_compatible("BOR", "not:RUR") and starters_compatible("not:BOR", "not:RUR")


def test_a_short_name_of_an_organisation_named_in_full_is_its_actor() -> None:
    from eventwire.fuse.who import stated_starter
    text = "The Northern Front shelled the pass. Officials said the Front fired first."
    front = {"id": "org:front", "name": "the Northern Front", "country": "BOR", "kind": "group"}
    ents = [{"start": 0, "end": 18, "text": "The Northern Front", "label": "ORG", "actor": front}]
    at = text.index("Officials")
    assert stated_starter(text[at:], at, ents)["sides"] == ["org:front"]
    assert stated_starter(text[at:], at, []) is None


def article_mention(aid: str, outlet: str, text: str, trigger: str) -> Mention:
    """The lead attack of an article whose text is ``text`` (its sentence: the first)."""
    end = text.index(". ") + 1
    i = text.index(trigger)
    data = {"type": "ASSAULT", "modality": "asserted",
            "trigger": {"start": i, "end": i + len(trigger), "text": trigger},
            "sentence": {"start": 0, "end": end, "text": text[:end]}, "source": [], "target": []}
    art = {"id": aid, "published": "2025-03-02", "url": f"https://{outlet}.example/{aid}"}
    return make_mention(f"{aid}#0", art, data, None)


def test_an_article_s_own_sentence_on_who_started_it_belongs_to_its_lead_attack() -> None:
    one = ("Ruritania shelled a post at the pass on Monday. No one was hurt. Officials "
           "said Borduria had started the exchange.")
    two = ("Borduria fired two shells at the pass on Monday. It said Ruritania fired first "
           "at the pass.")
    ms = [article_mention("a1", "wire", one, "shelled"), article_mention("a2", "paper", two,
                                                                         "fired")]
    texts = {m.article: t for m, t in zip(ms, (one, two), strict=True)}
    ents = {m.article: entities(texts[m.article]) for m in ms}
    leads = {m.article: {"trigger": m.data["trigger"]["start"],
                         "sentences": [(0, m.data["sentence"]["end"])]} for m in ms}
    (flag,) = event_conflicts(ms, [], ents, texts, leads)
    assert flag["kind"] == "starter_conflict"
    assert {v["value"] for v in flag["values"]} == {"BOR", "RUR"}
    not_lead = {a: {**lead, "trigger": -1} for a, lead in leads.items()}
    assert event_conflicts(ms, [], ents, texts, not_lead) == []


def test_auspices_and_intervention_name_mediators_and_a_host_does_not() -> None:
    text = "The truce was signed under the auspices of Sweden and Finland."
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["FIN", "SWE"]
    text = "The truce came after Norway's intervention with both capitals."
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["NOR"]
    text = "The talks between Ruritania and Borduria were hosted by Norway on Monday."
    assert mediators(mention("a1", "w", text, "talks", "CONSULT"), entities(text)) is None


def test_a_mention_typed_otherwise_is_read_for_what_its_record_can_state() -> None:
    clash = ("a1", "wire", "Officials said Ruritanian troops fired first near the pass.",
             "fired", "ASSAULT")
    blame = ("a2", "paper", "Ruritania accused Borduria of opening fire first at the pass.",
             "accused", "ACCUSE")
    (flag,) = conflicts(clash, blame)
    assert flag["kind"] == "starter_conflict"
    talks = ("a1", "wire", "The envoys of Ruritania and Borduria made progress in Oslo.",
             "envoys", "CONSULT")
    deal = ("a2", "paper", "Ruritania and Borduria failed to agree a truce, with no progress "
            "in Oslo.", "truce", "AGREE")
    kinds = {f["kind"] for f in conflicts(talks, deal)}
    assert "outcome_conflict" in kinds
    assert conflicts(blame, ("a3", "radio", "Ruritania accused Borduria of lying.", "accused",
                             "ACCUSE")) == []  # no attack in the record: nobody started it



def test_an_article_s_starter_phrases_are_found_once_per_text_in_order() -> None:
    from eventwire.fuse.conflicts import sentence_around
    from eventwire.fuse.who import article_starter, starter_hits
    text = ("Ruritania shelled a post on Monday. The first shots were fired by Borduria. "
            "Officials said Borduria had started the exchange.")
    starter_hits.cache_clear()
    hits = starter_hits(text)
    assert list(hits) == sorted(hits) and len(hits) == 2
    assert text.index("The first shots") <= hits[0] < text.index("Officials")
    assert text.index("Officials") <= hits[1]
    ents = entities(text)
    first = article_starter(text, ents, [], sentence_around)
    assert first is not None and first["sides"] == ["BOR"]
    skipped = article_starter(text, ents, [(0, text.index("Officials"))], sentence_around)
    assert skipped is not None and skipped["sides"] == ["BOR"]
    assert starter_hits.cache_info().hits >= 2  # the later reads of the text found it held


def test_starter_named_before_a_target_and_first_or_an_opening_blow() -> None:
    text = "Officials said Ruritanian troops opened fire on Bordurian posts first, near the pass."
    assert starter(mention("a1", "w", text, "fire", "ASSAULT"), entities(text))["sides"] == \
        ["RUR"]
    text = "Borduria says Ruritania attacked its border villages first on Thursday."
    assert starter(mention("a1", "w", text, "attacked", "ASSAULT"), entities(text))["sides"] == \
        ["RUR"]
    text = "Ruritania struck the first blow at the pass, the ministry said."
    assert starter(mention("a1", "w", text, "struck", "ASSAULT"), entities(text))["sides"] == \
        ["RUR"]
    text = "Ruritania fired on the first day of the clashes near the pass."
    assert starter(mention("a1", "w", text, "fired", "ASSAULT"), entities(text)) is None


def test_a_denied_or_self_defence_side_is_said_not_to_have_started_it() -> None:
    text = "Ruritania denied firing first and called for talks."
    assert starter(mention("a1", "w", text, "firing", "ASSAULT"), entities(text))["sides"] == \
        ["not:RUR"]
    text = "Ruritania said its soldiers had acted in self-defence after the clash at the pass."
    assert starter(mention("a1", "w", text, "clash", "ASSAULT"), entities(text))["sides"] == \
        ["not:RUR"]
    text = "Ruritanian troops only returned fire, the army spokesman said of the clash."
    assert starter(mention("a1", "w", text, "clash", "ASSAULT"), entities(text))["sides"] == \
        ["not:RUR"]
    fired = ("a1", "wire", "Officials said Ruritanian troops fired first near the pass.",
             "fired", "ASSAULT")
    defence = ("a2", "paper", "Ruritania said its troops acted in self-defence at the pass.",
               "pass", "ASSAULT")
    other = ("a3", "radio", "Borduria said its troops acted in self-defence at the pass.",
             "pass", "ASSAULT")
    (flag,) = conflicts(fired, defence)
    assert flag["kind"] == "starter_conflict"
    assert conflicts(fired, other) == []  # a Bordurian answer agrees that Ruritania began it



def test_outlets_placing_a_clash_on_different_sides_of_the_border_conflict() -> None:
    from eventwire.fuse.conflicts import territory
    text = "Ruritanian troops opened fire on a patrol inside Borduria's territory on Monday."
    got = territory(mention("a1", "w", text, "fire", "ASSAULT"), entities(text))
    assert got["country"] == "BOR" and got["span"]["text"] == "inside Borduria's territory"
    text = "The clash was not on Ruritanian soil, the ministry insisted."
    assert territory(mention("a1", "w", text, "clash", "ASSAULT"), entities(text)) is None
    inside = ("a1", "wire", "Troops clashed on Bordurian soil near the pass on Monday.",
              "clashed", "ASSAULT")
    side = ("a2", "paper", "The clash took place on the Ruritanian side of the border.",
            "clash", "ASSAULT")
    same = ("a3", "radio", "Soldiers clashed inside Bordurian territory on Monday.", "clashed",
            "ASSAULT")
    ACTORS["Bordurian"] = ACTORS["Borduria"]
    try:
        (flag,) = conflicts(inside, side)
        assert flag["kind"] == "place_conflict"
        assert {v["value"] for v in flag["values"]} == {
            "on Bordurian soil", "on the Ruritanian side of the border"}
        assert conflicts(inside, same) == []
    finally:
        del ACTORS["Bordurian"]


def test_blame_placed_on_a_side_an_accused_first_act_or_an_aggressor_names_the_starter() -> None:
    cases = [
        ("Borduria blamed the clashes on Ruritania, which denied it.", "clashes", ["RUR"]),
        ("Borduria accused Ruritanian troops of opening fire on a patrol near the pass.",
         "fire", ["RUR"]),
        ("The fighting, sparked by Ruritania, spread along the border on Monday.", "fighting",
         ["RUR"]),
        ("Borduria said Ruritania was the aggressor in the clash at the pass.", "clash",
         ["RUR"]),
        ("Both governments accused each other of opening fire near the pass.", "fire", None),
    ]
    for text, trigger, sides in cases:
        got = starter(mention("a1", "w", text, trigger, "ASSAULT"), entities(text))
        assert (got and got["sides"]) == sides, text


def test_a_credited_or_self_credited_role_in_brokering_names_the_mediator() -> None:
    cases = [
        ("Diplomats credited Norway with brokering the truce on Sunday.", "truce", ["NOR"]),
        ("Norway's role in brokering the truce was praised on Sunday.", "truce", ["NOR"]),
        ("Sweden played a key role in securing the truce, officials said.", "truce", ["SWE"]),
        ("Norway claimed credit for the truce that took effect on Sunday.", "truce", ["NOR"]),
        ("Norway helped secure the truce between the two sides.", "truce", ["NOR"]),
        ("Diplomats credited the truce with saving lives in Norway.", "truce", None),
    ]
    for text, trigger, sides in cases:
        got = mediators(mention("a1", "w", text, trigger, "AGREE"), entities(text))
        assert (got and got["sides"]) == sides, text


def test_a_mediator_claiming_the_deal_itself_or_described_as_brokering_it() -> None:
    cases = [
        ("Norway said it had brokered the truce between the two sides.", "truce", ["NOR"]),
        ("Sweden, which mediated the truce, said it took hold on Sunday.", "truce", ["SWE"]),
        ("Norway said it had rejected the truce between the two sides.", "truce", None),
    ]
    for text, trigger, sides in cases:
        got = mediators(mention("a1", "w", text, trigger, "AGREE"), entities(text))
        assert (got and got["sides"]) == sides, text


def test_a_clash_placed_inside_a_named_country_or_one_of_its_provinces() -> None:
    from eventwire.fuse.conflicts import territory
    cases = [
        ("Ruritanian troops shelled a border post deep inside Borduria on Monday.", "shelled",
         "BOR", "inside Borduria"),
        ("The mine exploded in Ruritania's Varo Hills province on Monday, the army said.",
         "exploded", "RUR", "in Ruritania's Varo Hills province"),
    ]
    for text, trigger, country, span in cases:
        got = territory(mention("a1", "w", text, trigger, "ASSAULT"), entities(text))
        assert got and got["country"] == country and got["span"]["text"] == span, text
    text = "Ruritanian troops shelled a post, officials in Borduria said."
    assert territory(mention("a1", "w", text, "shelled", "ASSAULT"), entities(text)) is None
    inside = ("a1", "wire", "Troops clashed deep inside Borduria on Monday.", "clashed",
              "ASSAULT")
    province = ("a2", "paper", "The clash took place in Ruritania's Varo Hills province.",
                "clash", "ASSAULT")
    (flag,) = conflicts(inside, province)
    assert flag["kind"] == "place_conflict"
    assert {v["value"] for v in flag["values"]} == {
        "inside Borduria", "in Ruritania's Varo Hills province"}


def test_mediators_who_stepped_in_played_the_role_or_co_mediated() -> None:
    cases = [
        ("The two sides agreed to the truce after Norway stepped in to mediate.", "truce",
         ["NOR"]),
        ("Norway played the role of mediator in the talks on Monday.", "talks", ["NOR"]),
        ("Norway and Sweden co-mediated the talks.", "talks", ["NOR", "SWE"]),
        ("Norway played a role in the fighting on Monday.", "fighting", None),
    ]
    for text, trigger, sides in cases:
        kind = "ASSAULT" if trigger == "fighting" else "CONSULT"
        got = mediators(mention("a1", "w", text, trigger, kind), entities(text))
        assert (got and got["sides"]) == sides, text


def test_a_response_to_an_attack_by_a_side_or_fire_returned_after_it_names_the_starter():
    ACTORS["Bordurian"] = ACTORS["Borduria"]
    try:
        cases = [
            ("Ruritania said it was responding to an attack by Bordurian forces at the pass.",
             "attack", ["BOR"]),
            ("Ruritania said its troops fired back after Bordurian soldiers attacked a post.",
             "fired", ["BOR"]),
            ("Ruritania said it was responding to the attack, without naming anyone.",
             "attack", None),
        ]
        for text, trigger, sides in cases:
            got = starter(mention("a1", "w", text, trigger, "ASSAULT"), entities(text))
            assert (got and got["sides"]) == sides, text
    finally:
        del ACTORS["Bordurian"]


@pytest.mark.parametrize(("text", "side"), [
    ("The crisis began in late May, when Ruritanian troops opened fire on a Bordurian patrol "
     "that had come to talk, and Bordurian soldiers returned fire.", "RUR"),
    ("The war began on June 13, when Borduria launched strikes on Ruritanian sites.", "BOR"),
    ("The minister recalled how Ruritanian soldiers had fired without provocation at a "
     "Bordurian post in the spring.", "RUR"),
    ("Officials said Borduria shelled the border villages without any provocation.", "BOR"),
    ("Ruritania wrote to the council accusing Borduria of \"unprovoked\" attacks.", "BOR"),
])
def test_a_conflict_begun_by_an_attack_or_an_attack_without_provocation_names_the_starter(
        text: str, side: str) -> None:
    assert starter(mention("a1", "w", text, text.split()[1], "ASSAULT"),
                   entities(text))["sides"] == [side]


def test_a_dispute_begun_by_words_or_provocation_named_otherwise_names_no_starter() -> None:
    for text in ("The dispute began when Borduria said the island was its own.",
                 "Ruritania said the march went ahead without provocation from Borduria."):
        assert starter(mention("a1", "w", text, text.split()[1], "ASSAULT"),
                       entities(text)) is None, text


def test_a_deal_opening_its_sentence_is_the_subject_of_its_brokering_however_far() -> None:
    text = ("The truce signed last Friday in the old hunting lodge of the Ruritanian king, far "
            "from the front, was brokered by Norway, with Swedish and Finnish envoys present as "
            "observers.")
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["NOR"] and got["complete"]
    text = ("The ceasefire held for a week in the hills of the north until Borduria said the "
            "talks were brokered by Norway.")
    assert mediators(mention("a1", "w", text, "ceasefire", "AGREE"), entities(text)) is None
    text = "The truce, brokered by Norway and Sweden, took effect on Sunday."
    assert not mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))["complete"]


def test_a_clash_placed_in_a_linked_province_or_on_its_border_is_on_its_country_s_ground():
    from eventwire.fuse.conflicts import territory
    varo = {"id": "place:varo", "name": "Varo", "country": "BOR", "kind": "place"}

    def placed(text: str, trigger: str) -> str | None:
        i = text.index("Varo")
        ents = entities(text) + [{"start": i, "end": i + 4, "text": "Varo", "label": "LOC",
                                  "actor": varo}]
        found = territory(mention("a1", "w", text, trigger, "ASSAULT"), ents)
        return found and found["country"]

    assert placed("Five soldiers were wounded by a mine on the Varo border on Sunday.",
                  "wounded") == "BOR"
    text = "Five soldiers were wounded by a mine on the Varo border on Sunday."
    ents = [{"start": text.index("Varo"), "end": text.index("Varo") + 4, "text": "Varo",
             "label": "LOC", "actor": varo}]
    found = territory(mention("a1", "w", text, "wounded", "ASSAULT"), ents)
    assert found["span"]["text"] == "on the Varo border"
    assert placed("Shells hit a market in the northern Varo district, officials said.",
                  "hit") == "BOR"
    assert placed("Shells hit a market on the Varo road, officials said.", "hit") is None
    assert placed("The clash was not in Varo province, officials said.", "clash") is None


@pytest.mark.parametrize(("text", "trigger", "kind", "sides"), [
    ("Norway brokered the negotiations between the two capitals on Sunday.", "negotiations",
     "CONSULT", ["NOR"]),
    ("Norway and Sweden mediated the discussions in Oslo last week.", "discussions", "CONSULT",
     ["NOR", "SWE"]),
    ("Finland facilitated the prisoner exchange between Ruritania and Borduria on Monday.",
     "exchange", "COOPERATE", ["FIN"]),
    ("Sweden brokered the new arrangement that took effect at midnight.", "arrangement", "AGREE",
     ["SWE"]),
])
def test_mediators_of_negotiations_and_other_arrangements(text: str, trigger: str, kind: str,
                                                          sides: list[str]) -> None:
    got = mediators(mention("a1", "w", text, trigger, kind), entities(text))
    assert got and got["sides"] == sides


@pytest.mark.parametrize("text", [
    "Ruritanian troops shelled positions inside Borduria's territory on Monday, and after a "
    "long night of heavy exchanges of artillery along the whole frontier both armies clashed "
    "again at dawn.",
    "Artillery fire hit villages deep inside Borduria on Monday night, and by the following "
    "morning, after hours of shelling along much of the frontier, the two armies clashed "
    "again near the pass.",
])
def test_a_side_of_the_border_told_for_one_attack_holds_for_another_of_the_sentence(
        text: str) -> None:
    first = "shelled" if "shelled" in text else "fire"
    ms = [mention("a1", "wire", text, "clashed", "ASSAULT"),
          mention("a2", "radio", "The two armies clashed on Ruritanian soil on Tuesday.",
                  "clashed", "ASSAULT")]
    i = text.index(first)
    ents = {m.article: entities(m.sentence) for m in ms}
    assert event_conflicts(ms, [], ents) == []  # the phrase is too far from the trigger
    flags = event_conflicts(ms, [], ents, siblings={"a1": [(0, "ASSAULT", i, i + len(first))]})
    assert [f["kind"] for f in flags] == ["place_conflict"]
    assert flags[0]["values"][0]["spans"][0]["article"] == "a1"


@pytest.mark.parametrize(("text", "trigger", "side"), [
    ("Fighting erupted on Monday along the border when Ruritanian troops opened fire on a "
     "patrol.", "opened fire", "RUR"),
    ("The clashes broke out near the old bridge when Bordurian soldiers shelled a village.",
     "shelled", "BOR"),
    ("Witnesses said Ruritanian troops started the shelling on Friday near the pass.",
     "shelling", "RUR"),
    ("Officials said Borduria provoked the exchange of fire near the bridge.", "fire", "BOR"),
    ("Borduria accused Ruritanian troops of instigating the clashes on Thursday.", "clashes",
     "RUR"),
    ("The clashes on Thursday were initiated by Bordurian troops, the ministry said.",
     "clashes", "BOR"),
    ("The fighting near the pass was instigated by Ruritanian troops, officials said.",
     "fighting", "RUR"),
    ("Officials said Bordurian troops had ignited the fighting near the pass.", "fighting",
     "BOR"),
])
def test_more_ways_of_saying_who_started_it(text: str, trigger: str, side: str) -> None:
    got = starter(mention("a1", "w", text, trigger, "ASSAULT"), entities(text))
    assert got and got["sides"] == [side]


def test_a_mediator_said_to_act_alone_before_the_verb_is_a_complete_list() -> None:
    text = "Norway alone brokered the truce that took effect on Sunday."
    got = mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))
    assert got["sides"] == ["NOR"] and got["complete"]
    text = "Norway brokered the truce that took effect on Sunday."
    assert not mediators(mention("a1", "w", text, "truce", "AGREE"), entities(text))["complete"]


def test_the_fighting_started_by_something_other_than_a_side_names_no_starter() -> None:
    for text in ("The clashes on Thursday were triggered by a dispute over the temple.",
                 "Officials said the rains had ignited the fighting over water rights."):
        assert starter(mention("a1", "w", text, "clashes" if "clashes" in text else "fighting",
                               "ASSAULT"), entities(text)) is None


# Phrases each alternative of STARTER_RE / STARTER_NAMED_RE matches, in several spellings, to
# build texts whose matches begin at every kind of first word.
STARTER_PHRASES = [
    "Ruritania started the fighting", "the troops began this latest exchange",
    "they had INITIATED that border clash", "Borduria provoked the escalation",
    "sparking the deadly shelling", "who triggered the cross-border exchanges of fire",
    "Ruritanian troops fired first", "the Front opened fire first", "Borduria broke the truce first",
    "breaking the ceasefire first", "the first to open fire", "first to violate",
    "opened fire on Bordurian posts first, officials said", "attacked the border posts first and",
    "struck the first blow", "landing the first blow", "fired the opening salvo",
    "firing the first rounds", "initiated the assault", "began hostilities", "starting the hostilities",
    "launched the first strike", "Ruritania was the aggressor", "had been the aggressors",
    "launched an unprovoked attack", "carried out the unprovoked shelling",
    "staging unprovoked strikes", "shelled a village without any provocation",
    "opened fire on the post without provocation",
    "blamed Ruritania for starting the clashes", "faulting the Front for the violence",
    "held Borduria responsible for the latest fighting", "holds them accountable for this escalation",
    "blamed the clashes on Ruritania", "pinning the renewed fighting on the Front",
    "accused Ruritanian troops of opening fire on a patrol", "accusing Borduria of an unprovoked",
    "the fighting, which Borduria had started", "the outbreak of the clashes that the Front began",
    "The clashes began on Thursday when Ruritanian troops fired",
    "the border crisis began when the Front crossed", "the stand-off erupted along the border when the Front attacked",
    "a cross-border conflict broke out when troops shelled", "Tensions-- crisis started when the Front raided",
    "clashed on Friday after Ruritanian troops fired on a post",
    "returned fire after the Front launched an artillery attack",
    "fighting resumed after Borduria ambushed", "in response to an attack by Ruritania",
    "responding to shelling by the Front", "in retaliation for Ruritanian shelling",
    "retaliated against the Front's rocket attacks", "retaliating for Borduria's initial incursions",
]
FILLERS = ["", " ", ", ", ". ", "; ", " and ", " said officials ", "\n\n", " - ", " (", ") ",
           "Ruritania", "the", "first", "in", "war", "fired", "crisis", "-", "'s ", "\u201c", "\u201d",
           "\u017ftarted the fighting", "\u0130N response to an attack by the Front"]


def generated_texts(count: int, seed: int) -> list[str]:
    import random
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            piece = rng.choice(STARTER_PHRASES if rng.random() < 0.5 else FILLERS)
            if rng.random() < 0.2:
                piece = piece.upper() if rng.random() < 0.5 else piece.title()
            if piece and rng.random() < 0.2:  # cut a phrase: matches that almost happen
                lo = rng.randrange(len(piece))
                piece = piece[lo:lo + rng.randint(1, len(piece))]
            parts.append(piece)
        out.append("".join(parts))
    return out


def real_texts() -> list[str]:
    import json
    from pathlib import Path

    from eventwire.evaluation.common import eval_dir
    samples = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
    out = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    root = eval_dir()
    for path in sorted(root.glob("stories/*/articles.jsonl")) if root else []:
        out += [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    return out


def test_starter_offsets_from_lead_words_equal_a_full_scan() -> None:
    from eventwire.fuse.who import (
        STARTER_LEAD_RE,
        STARTER_NAMED_LEAD_RE,
        STARTER_NAMED_RE,
        STARTER_RE,
        lead_starts,
    )
    texts = generated_texts(3000, 7) + real_texts() + [
        " ".join(STARTER_PHRASES), ". ".join(STARTER_PHRASES).upper(), "", "first"]
    found = 0
    for pattern, lead in ((STARTER_RE, STARTER_LEAD_RE), (STARTER_NAMED_RE, STARTER_NAMED_LEAD_RE)):
        for text in texts:
            full = [m.start() for m in pattern.finditer(text)]
            assert lead_starts(pattern, lead, text) == full, text
            found += len(full)
    assert found > 2000  # the texts do say who started it, often
    # every phrase is found alone by one pattern (so a lead word missing for it would fail)
    for phrase in STARTER_PHRASES:
        assert STARTER_RE.search(phrase) or STARTER_NAMED_RE.search(phrase), phrase


def test_lead_starts_misses_what_its_lead_does_not_name() -> None:
    import re

    from eventwire.fuse.who import STARTER_RE, lead_starts
    text = "Ruritania started the fighting; Borduria fired first."
    assert lead_starts(STARTER_RE, re.compile(r"\b(?=fir)"), text) == [text.index("fired")]
    assert [m.start() for m in STARTER_RE.finditer(text)] == [10, text.index("fired")]


def test_remembered_searches_read_each_mention_as_a_fresh_search_does() -> None:
    import eventwire.fuse.who as who
    text = ("Ruritania and Borduria met for talks on Monday, and weeks later the truce was "
            "brokered by Norway and Sweden after long rounds of haggling over the border.")
    views = [mention("a1", "w", text, word, kind)
             for word, kind in (("talks", "CONSULT"), ("truce", "AGREE"), ("rounds", "AGREE"))]
    who.searched.cache_clear()
    fresh = [mediators(v, entities(text)) for v in views]
    remembered = [mediators(v, entities(text)) for v in views]  # now from the memo
    assert who.searched.cache_info().hits > 0
    assert remembered == fresh and fresh[1]["sides"] == ["NOR", "SWE"]
    for pattern in (who.MEDIATED_BY_RE, who.MEDIATOR_AFTER_RE, who.NAMED_MEDIATION_RE):
        got, plain = who.searched(pattern, text), pattern.search(text)
        assert (got and got.span()) == (plain and plain.span())
