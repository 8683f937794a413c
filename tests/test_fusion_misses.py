"""Reasons the fusion diagnosis gives for an unfused pair of reports of one event."""

from __future__ import annotations

import json
from pathlib import Path

from test_fuse_coref import (
    ARREST,
    ARREST_TOO,
    ISRAEL,
    LEBANON,
    QUAKE_A,
    QUAKE_B,
    QUAKE_C,
    SUSPECT,
    event,
    mention,
)

from eventwire.evaluation.fusion_misses import (
    BatchWords,
    link_bin,
    overlaps,
    pair_reason,
    words_of,
    wrong_type_key,
)
from eventwire.fuse import coref

SAT = "An Israeli air strike on the Basta district of Beirut killed 29 people on Saturday."
FRI = "The Israeli military struck a building in Basta on Friday, killing 11 people."
TALK = "Israel and Lebanon held talks on Saturday about the strike in Basta."


def strike(aid: str, text: str, trigger: str, day: str, day_text: str):
    """A fuse mention of an Israeli strike on Lebanon dated by its own weekday."""
    ev = event(text, trigger, "ASSAULT", [("Israel", ISRAEL)], [("Basta", LEBANON)], day,
               day_text)
    return mention(aid, "2024-11-25", aid, ev)


def test_spans_overlap_only_when_they_share_a_character() -> None:
    assert overlaps((0, 10), (9, 20)) and not overlaps((0, 10), (10, 20))


def test_an_article_without_a_mention_is_no_event() -> None:
    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    assert pair_reason([a], [], {"ASSAULT"}, {}, {}, frozenset())[0] == "no_event"


def test_only_other_types_in_the_quoted_sentence_is_wrong_type() -> None:
    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    talk = mention("a2", "2024-11-25", "a2", event(
        TALK, "talks", "CONSULT", [("Israel", ISRAEL)], [("Lebanon", LEBANON)], "2024-11-23",
        "Saturday"))
    reason, detail = pair_reason([a], [talk], {"ASSAULT"}, {}, {}, frozenset())
    assert reason == "wrong_type" and detail == "CONSULT for ASSAULT | typed differently"
    assert pair_reason([a], [talk], {"ASSAULT"}, {a.id: "e1", talk.id: "e1"}, {},
                       frozenset())[1] == "CONSULT for ASSAULT | one record"
    assert pair_reason([a], [talk], {"AGREE"}, {a.id: "e1", talk.id: "e2"}, {},
                       frozenset())[1] == "ASSAULT for AGREE | both typed otherwise"


def test_wrong_type_pairs_are_counted_by_truth_and_predicted_types() -> None:
    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    talk = mention("a2", "2024-11-25", "a2", event(
        TALK, "talks", "CONSULT", [("Israel", ISRAEL)], [("Lebanon", LEBANON)], "2024-11-23",
        "Saturday"))
    # only the report that the scorer does not count names the predicted types
    assert wrong_type_key([a], [talk], {"ASSAULT"}, {}, {}) == "ASSAULT -> CONSULT"
    assert wrong_type_key([a], [talk], {"AGREE", "CONCEDE"}, {}, {}) == \
        "AGREE/CONCEDE -> ASSAULT/CONSULT"


def test_a_report_typed_otherwise_in_a_record_of_the_type_is_not_wrong_type() -> None:
    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    talk = mention("a2", "2024-11-25", "a2", event(
        TALK, "talks", "CONSULT", [("Israel", ISRAEL)], [("Lebanon", LEBANON)], "2024-11-23",
        "Saturday"))
    event_of = {a.id: "e1", talk.id: "e2"}
    # the talks joined a record typed as the strike: the scorer counts that report found
    reason = pair_reason([a], [talk], {"ASSAULT"}, event_of,
                         {"e1": {"type": "ASSAULT"}, "e2": {"type": "ASSAULT"}}, frozenset())[0]
    assert reason == "types_incompatible"
    # in a record of its own type it stays a typing miss
    assert pair_reason([a], [talk], {"ASSAULT"}, event_of,
                       {"e1": {"type": "ASSAULT"}, "e2": {"type": "CONSULT"}},
                       frozenset())[0] == "wrong_type"


def test_a_mention_only_in_a_hidden_record_is_not_shown() -> None:
    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    b = strike("a2", FRI, "struck", "2024-11-23", "Friday")
    event_of = {a.id: "e1", b.id: "e2"}
    shown = {"e1": {"type": "ASSAULT"}}
    assert pair_reason([a], [b], {"ASSAULT"}, event_of, shown, frozenset())[0] == "not_shown"


def test_own_single_days_that_differ_contradict() -> None:
    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    b = strike("a2", FRI, "struck", "2024-11-22", "Friday")
    event_of = {a.id: "e1", b.id: "e2"}
    shown = {"e1": {"type": "ASSAULT"}, "e2": {"type": "ASSAULT"}}
    reason, detail = pair_reason([a], [b], {"ASSAULT"}, event_of, shown, frozenset())
    assert reason == "dates_contradict" and "2024-11-22" in detail


def test_a_link_under_the_threshold_is_below_threshold() -> None:
    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    b = strike("a2", FRI, "struck", "2024-11-23", "Friday")
    event_of = {a.id: "e1", b.id: "e2"}
    shown = {"e1": {"type": "ASSAULT"}, "e2": {"type": "ASSAULT"}}
    reason, detail = pair_reason([a], [b], {"ASSAULT"}, event_of, shown, frozenset())
    expected = "below_threshold" if float(detail.split()[0]) < coref.threshold() \
        else "linked_not_merged"
    assert reason == expected


def test_planted_contradictions_are_counted_by_what_became_of_them() -> None:
    from types import SimpleNamespace

    from eventwire.evaluation.fusion_misses import planted_conflicts
    truth = {"events": [{"id": "T1", "types": ["ASSAULT"]}],
             "conflicts": [{"event": "T1", "values": [{"article": "a1"}, {"article": "a2"}]},
                           {"event": "T1", "values": [{"article": "a1"}, {"article": "a3"}]},
                           {"event": "T1", "values": [{"article": "a2"}, {"article": "a4"}]}]}
    found = {"T1": {a: [SimpleNamespace(id=a + "#0", type="ASSAULT", modality="asserted")]
                    for a in ("a1", "a2", "a3", "a4")}}
    event_of = {"a1#0": "e1", "a2#0": "e1", "a3#0": "e2", "a4#0": "e9"}
    shown = {"e1": {"type": "ASSAULT", "articles": ["a1", "a2"],
                    "flags": [{"kind": "number_conflict"}]},
             "e2": {"type": "ASSAULT", "articles": ["a3"], "flags": []}}
    details: list[str] = []
    assert planted_conflicts(truth, found, event_of, shown, details) == {
        "found": 1, "articles_apart": 1, "article_without_record": 1}
    assert details[2] == ("article_without_record T1 a2: ASSAULT/asserted in e1 (ASSAULT) | "
                          "a4: ASSAULT/asserted in e9 (-)")
    shown["e1"]["flags"] = []
    assert planted_conflicts(truth, found, event_of, shown)["one_record_no_flag"] == 1


def test_a_linked_pair_names_the_mention_that_keeps_the_records_apart() -> None:
    from eventwire.evaluation.fusion_misses import kept_apart_by

    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    b = strike("a2", SAT, "strike", "2024-11-23", "Saturday")
    friday = strike("a1", FRI, "struck", "2024-11-22", "Friday")
    friday.id = "a1#1"
    event_of = {a.id: "e1", b.id: "e2", friday.id: "e2"}
    groups = {"e1": [a], "e2": [b, friday]}
    assert kept_apart_by(a, b, event_of, groups) == "a1#0 kept apart from a1#1 of its own article"
    assert kept_apart_by(a, b, event_of, {"e1": [a], "e2": [b]}) == \
        "nothing in the records rules it out"


def undated(aid: str, text: str, trigger: str, modality: str = "asserted"):
    """An undated ASSAULT-typed report without participants."""
    return mention(aid, None, aid, event(text, trigger, "ASSAULT", [], [], modality=modality))


def test_link_verdict_names_the_rule_that_decides_and_cross_link_follows_it() -> None:
    from eventwire.fuse.events import BLOCKED, cross_link, link_verdict
    a, b = undated("t1_a", QUAKE_A, "killed"), undated("t1_b", QUAKE_B, "killed")
    flood = undated("t1_c", QUAKE_C, "flooded")
    denied = undated("t1_d", QUAKE_B, "killed", modality="negated")
    talk = mention("t1_e", None, "t1_e", event(
        "Israel and Lebanon held talks about the earthquake.", "talks", "CONSULT",
        [("Israel", ISRAEL)], [("Lebanon", LEBANON)]))
    sat = strike("s1", SAT, "strike", "2024-11-23", "Saturday")
    sat_too = strike("s2", SAT.replace("29", "30"), "strike", "2024-11-23", "Saturday")
    verdicts = {name: link_verdict(a, other)[0] for name, other in
                (("same quake", b), ("flood", flood), ("denied", denied), ("talks", talk))}
    assert verdicts == {"same quake": "vague", "flood": "vague_below", "denied": "negation",
                        "talks": "types"}
    assert link_verdict(sat, sat_too)[0] == "dated"
    known = [mention(aid, None, aid, event(text, "arrested", "COERCE", [("Police", None)],
                                           [("Darren Pemberly", SUSPECT)]))
             for aid, text in (("k1", ARREST), ("k2", ARREST_TOO))]
    assert link_verdict(*known)[0] == "vague_blind"  # a registered party names no occurrence
    for x, y in ((a, b), (a, flood), (a, denied), (a, talk), (sat, sat_too)):
        verdict, p = link_verdict(x, y)
        assert cross_link(x, y) == (0.0 if verdict in BLOCKED else p)


def test_labelled_pairs_are_counted_by_rule_within_one_topic_only() -> None:
    from eventwire.evaluation.fusion_misses import link_classes
    examples = [(undated("t1_a", QUAKE_A, "killed"), "ecb:quake"),
                (undated("t1_b", QUAKE_B, "killed"), "ecb:quake"),
                (undated("t1_c", QUAKE_C, "flooded"), "ecb:flood"),
                (undated("t2_a", QUAKE_B, "killed"), "ecb:quake")]  # another topic
    assert link_classes(examples) == {"coreferent": {"linked": 1},
                                      "other": {"vague_below": 2}}


def test_missing_evidence_names_what_the_link_model_gets_no_help_from() -> None:
    from eventwire.evaluation.fusion_misses import missing_evidence

    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    same = strike("a2", SAT.replace("An Israeli", "One Israeli"), "strike", "2024-11-23",
                  "Saturday")
    assert missing_evidence(a, same, frozenset()) == []
    told = "Rescuers dug through rubble after a raid flattened a building, officials said."
    bare = mention("a3", "2024-11-25", "a3", event(told, "raid", "ASSAULT", [], []))
    assert set(missing_evidence(a, bare, frozenset())) == {
        "participants_unresolved", "no_own_date", "few_shared_words",
        "no_shared_number_or_name"}
    b = strike("a4", FRI, "struck", "2024-11-22", "Friday")
    assert "own_dates_apart" in missing_evidence(a, b, frozenset())


def test_a_best_link_is_counted_in_the_bin_of_its_probability() -> None:
    assert [link_bin(p) for p in (0.0, 0.09, 0.1, 0.25, 0.3, 0.9)] == \
        ["<0.1", "<0.1", "0.1-0.2", "0.2-0.3", ">=0.3", ">=0.3"]


def test_feature_terms_add_up_to_the_link_models_log_odds() -> None:
    import math

    from eventwire.evaluation.fusion_misses import feature_terms

    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    b = strike("a2", FRI, "struck", "2024-11-23", "Friday")
    terms = feature_terms(a, b, frozenset())
    p = coref.link_probability(a, b, frozenset())
    assert abs(sum(terms.values()) - math.log(p / (1 - p))) < 0.01
    assert "bias" in terms and terms["same_day"] > 0 and "role_clash" not in terms
    told = "Rescuers dug through rubble after a raid flattened a building, officials said."
    bare = mention("a3", "2024-11-25", "a3", event(told, "raid", "ASSAULT", [], []))
    assert "same_day" not in feature_terms(a, bare, frozenset())


def test_mean_terms_group_same_type_pairs_by_label_and_rule() -> None:
    from eventwire.evaluation.fusion_misses import mean_terms_by_rule

    a = strike("t1_a", SAT, "strike", "2024-11-23", "Saturday")
    b = strike("t1_b", FRI, "struck", "2024-11-23", "Friday")
    c = strike("t1_c", SAT, "strike", "2024-11-23", "Saturday")
    elsewhere = strike("t2_a", SAT, "strike", "2024-11-23", "Saturday")  # another topic
    talk = mention("t1_d", "2024-11-25", "t1_d", event(
        TALK, "talks", "CONSULT", [("Israel", ISRAEL)], [("Lebanon", LEBANON)], "2024-11-23",
        "Saturday"))
    rows = mean_terms_by_rule([(a, "ecb:x"), (b, "ecb:x"), (c, "ecb:y"), (elsewhere, "ecb:x"),
                               (talk, "ecb:x")])
    # three strike pairs of topic 1; the talks and the other topic's strike pair with none
    assert sum(r["pairs"] for r in rows.values()) == 3
    assert sum(r["pairs"] for k, r in rows.items() if k.startswith("coreferent")) == 1
    assert all("bias" in r["terms"] for r in rows.values())


def test_a_pair_is_weighed_with_the_words_of_its_later_batch(tmp_path: Path) -> None:
    a = strike("a1", SAT, "strike", "2024-11-23", "Saturday")
    b = strike("a2", FRI, "struck", "2024-11-22", "Friday")
    talk = mention("a3", "2024-11-25", "a3", event(
        TALK, "talks", "CONSULT", [("Israel", ISRAEL)], [("Lebanon", LEBANON)], "2024-11-23",
        "Saturday"))
    for k, ids in enumerate((["a1", "a3"], ["a2"])):
        (tmp_path / f"batch{k}.jsonl").write_text(
            "".join(json.dumps({"id": i}) + "\n" for i in ids), encoding="utf-8")
    words = BatchWords(tmp_path, [a, b, talk])
    first, later = words(a, a), words(a, b)
    assert first.n == 2  # the first batch's strike and talks, the types of that batch
    assert later.n == 2  # both strikes: no mention of the later batch is compared with talks
    assert set(first.df) - set(later.df) and set(later.df) - set(first.df)
    assert words_of(later, a, b) is later and words_of(words, a, b) is later


def test_extra_records_are_counted_by_class_beside_each_events_main_record() -> None:
    from eventwire.evaluation.fusion_misses import extra_records

    class M:  # what ``extra_records`` reads of a mention: its article
        def __init__(self, article: str) -> None:
            self.article = article

    groups = {"r1": [M("a"), M("b"), M("c")], "r2": [M("d")], "r3": [M("a"), M("e")],
              "r4": [M("b")]}
    shown = {"r1": {"type": "ASSAULT"}, "r2": {"type": "ASSAULT"}, "r3": {"type": "ASSAULT"},
             "r4": {"type": "COERCE"}}
    records_of = {
        # the strike: r1 reaches three articles (main); r2 a report that did not join; r4 a
        # second record of an article r1 holds, of another type
        "T1": {"a": {"r1"}, "b": {"r1", "r4"}, "c": {"r1"}, "d": {"r2"}},
        # the shelling: r3 alone, no extra record
        "T2": {"a": {"r3"}, "e": {"r3"}},
        # the raid: its main record r3 (two articles), r1 also hits it through article a
        "T3": {"a": {"r1", "r3"}, "e": {"r3"}},
    }
    hits = {"r1": {"T1", "T3"}, "r2": {"T1"}, "r3": {"T2", "T3"}, "r4": {"T1"}}
    out = extra_records(records_of, hits, groups, shown)
    assert out == {
        "one truth/same type/one article/new article": 1,
        "one truth/other type/one article/articles in main": 1,
        "other truth/same type/several articles/articles in main": 1,
    }
    assert extra_records({"T9": {"a": {"r2"}}}, hits, groups, shown) == {}


def test_a_false_merge_is_beyond_its_sentences_only_when_single_event_reports_disagree() -> None:
    from eventwire.evaluation.fusion_misses import beyond_sentences

    class M:  # what ``beyond_sentences`` reads of a mention: its id
        def __init__(self, mid: str) -> None:
            self.id = mid

    groups = {
        # one sentence tells both trade bans; the other report tells the first only
        "r1": [M("both"), M("first")],
        # two reports, each told one event, of two different strikes: a real false merge
        "r2": [M("monday"), M("friday"), M("untold")],
        # a sentence quoted for two calls, and nothing else
        "r3": [M("calls")],
    }
    by_mention = {"both": {"T1", "T2"}, "first": {"T1"}, "monday": {"T3"},
                  "friday": {"T4"}, "calls": {"T5", "T6"}}
    merges = {"r1": ["T1", "T2"], "r2": ["T3", "T4"], "r3": ["T5", "T6"]}
    assert beyond_sentences(merges, groups, by_mention) == ["r2"]


def test_two_event_sentences_are_counted_by_extraction_and_by_the_record_a_mention_joined(
) -> None:
    from eventwire.evaluation.fusion_misses import one_sentence_classes

    class M:  # what ``one_sentence_classes`` reads of a mention: id, article, spans
        def __init__(self, mid: str, article: str, sentence: tuple[int, int],
                     trigger: tuple[int, int]) -> None:
            self.id, self.article = mid, article
            self.data = {"sentence": {"start": sentence[0], "end": sentence[1]},
                         "trigger": {"start": trigger[0], "end": trigger[1]}}

    # "the shelling on Monday drew air strikes that night": one trigger each, each in the
    # record of its own strike, which other reports tell alone
    shelled, struck = M("shelled", "a", (0, 60), (4, 12)), M("struck", "a", (0, 60), (30, 36))
    alone_1, alone_2 = M("alone1", "b", (0, 40), (5, 10)), M("alone2", "c", (0, 40), (5, 10))
    # "the two leaders spoke twice": one trigger for two calls, in a record of its own
    both = M("both", "d", (100, 150), (110, 115))
    # "the minister met the envoy and then called his counterpart": the call's trigger joined
    # the record of a third meeting, which another report tells alone
    met, called = M("met", "e", (0, 80), (13, 16)), M("called", "e", (0, 80), (40, 46))
    third = M("third", "f", (0, 50), (3, 9))
    groups = {"r1": [shelled, alone_1], "r2": [struck, alone_2], "r3": [both],
              "r4": [met], "r5": [called, third]}
    by_mention = {"shelled": {"T1", "T2"}, "struck": {"T1", "T2"}, "alone1": {"T1"},
                  "alone2": {"T2"}, "both": {"T3", "T4"}, "met": {"T5", "T6"},
                  "called": {"T5", "T6"}, "third": {"T7"}}
    merges = {"r1": ["T1", "T2"], "r2": ["T1", "T2"], "r3": ["T3", "T4"],
              "r5": ["T5", "T6", "T7"]}
    mentions = [m for ms in groups.values() for m in ms]
    assert one_sentence_classes(merges, groups, by_mention, mentions) == {
        "own mentions/in its event's record": 2,
        "one mention/in a record of such sentences": 1,
        "own mentions/in another event's record": 1,
    }
