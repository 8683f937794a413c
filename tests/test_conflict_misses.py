"""What the contradiction and promise diagnoses read on one mention and show of a promise."""

from __future__ import annotations

from types import SimpleNamespace

from test_fuse_coref import ISRAEL, LEBANON, event, mention

from eventwire.evaluation.conflict_misses import apart_lines, flag_lines, readings
from eventwire.evaluation.promise_misses import promise_line

TOLL = "An Israeli strike on the port killed at least 14 people on Sunday."
TALKS = "Envoys from Israel and Lebanon held talks that made no progress on Sunday."


def test_readings_show_counted_numbers_as_ranges_and_the_own_date() -> None:
    m = mention("a1", "2025-03-10", "a1", event(TOLL, "strike", "ASSAULT", [("Israeli", ISRAEL)],
                                                 [("port", LEBANON)], "2025-03-09", "Sunday"))
    found = readings(m, {"entities": []})
    assert found["numbers"] == ["killed=14 (14.0, inf)"]
    assert "2025-03-09" in found["date"] and "outcome" not in found


def test_readings_show_an_outcome_read_from_the_sentence_of_talks() -> None:
    m = mention("a2", "2025-03-10", "a2", event(TALKS, "talks", "CONSULT", [("Israel", ISRAEL)],
                                                 [("Lebanon", LEBANON)]))
    found = readings(m, {"entities": []})
    assert found["outcome"] == "outcome=no progress" and "numbers" not in found


def test_only_conflict_and_update_flags_are_listed() -> None:
    flags = [{"kind": "number_conflict", "message": "sources disagree"},
             {"kind": "low_confidence", "message": "one source"}]
    assert flag_lines(flags) == ["number_conflict: sources disagree"]


def test_a_promise_line_names_its_status_promiser_window_and_deciding_report() -> None:
    line = promise_line({"id": "p-e1", "status": "broken", "commitment": "plan", "kind": "do",
                         "promiser": [{"name": "Israel"}], "made": "2025-03-01",
                         "start": "2025-03-01", "end": "2025-03-30", "action": "withdraw",
                         "decided_by": {"kind": "not_done", "event": "e9", "article": "a7",
                                        "text": "troops were still in the villages"}})
    assert line.startswith("p-e1 broken plan/do by [Israel] made 2025-03-01")
    assert "2025-03-01..2025-03-30" in line and "not_done e9 a7" in line


def test_apart_lines_show_same_type_records_that_split_the_stating_articles() -> None:
    found = {"a1": [SimpleNamespace(id="a1#0")], "a2": [SimpleNamespace(id="a2#0")],
             "a3": [SimpleNamespace(id="a3#0")]}
    event_of = {"a1#0": "e1", "a2#0": "e2", "a3#0": "e3"}
    shown = {"e1": {"type": "ASSAULT", "articles": ["a1"], "date_range": ["2025-01-26"] * 2,
                    "possibly_same": [{"event": "e2", "score": 0.4}]},
             "e2": {"type": "ASSAULT", "articles": ["a2"], "date_range": ["2025-01-27"] * 2},
             "e3": {"type": "AGREE", "articles": ["a3"], "date_range": None}}
    (line,) = apart_lines(found, ["a1", "a2", "a3"], event_of, shown)
    assert line.startswith("  apart e1 ASSAULT") and "~ e2 ASSAULT" in line
    assert line.endswith("link 0.4")
    shown["e2"]["articles"] = ["a1", "a2"]  # one record holds the other's articles
    assert apart_lines(found, ["a1", "a2"], event_of, shown) == []


def test_a_missed_contradiction_gets_one_class() -> None:
    from eventwire.evaluation.conflict_misses import miss_class
    conflict = [{"kind": "number_conflict"}]
    update = [{"kind": "number_update"}]
    assert miss_class("found", [], conflict, [True, True]) == "found"
    assert miss_class("article_without_record", conflict, [], [True, False]) == "no_mention"
    assert miss_class("articles_apart", conflict, [], [True, True]) == "not_one_record"
    assert miss_class("articles_apart", update, [], [True, True]) == "not_read_apart"
    assert miss_class("one_record_no_flag", update, update, [True, True]) == \
        "judged_compatible"
    assert miss_class("one_record_no_flag", [], [], [True, True]) == "not_read"


def test_false_flags_are_conflicts_on_records_without_a_planted_contradiction() -> None:
    from eventwire.evaluation.conflict_misses import false_flags
    truth = {"events": [{"id": "T1", "types": ["ASSAULT"]}],
             "conflicts": [{"event": "T1", "values": [{"article": "a1"}, {"article": "a2"}]}]}
    found = {"T1": {"a1": [SimpleNamespace(id="a1#0")], "a2": [SimpleNamespace(id="a2#0")]}}
    event_of = {"a1#0": "e1", "a2#0": "e1"}
    flag = {"kind": "number_conflict", "message": "sources disagree"}
    shown = {"e1": {"type": "ASSAULT", "articles": ["a1", "a2"], "flags": [flag]},
             "e2": {"type": "ASSAULT", "articles": ["a3", "a4"],
                    "flags": [flag, {"kind": "number_update", "message": "raised"}]}}
    assert false_flags(truth, found, event_of, shown) == [("e2", "number_conflict",
                                                           "sources disagree")]
    shown["e1"]["type"] = "AGREE"  # a record of another type holds no planted contradiction
    assert [e for e, *_ in false_flags(truth, found, event_of, shown)] == ["e1", "e2"]


def test_read_kinds_name_what_is_read_besides_dates() -> None:
    from eventwire.evaluation.conflict_misses import read_kinds

    toll = {"numbers": ["killed=29 (29.0, 29.0)"], "claims": ["date=2024-11-23",
                                                             "casualties={'killed': 29}"],
            "date": "['2024-11-23', '2024-11-23'] from date_claim"}
    assert read_kinds([toll]) == ["claim:casualties", "numbers"]
    dated = {"claims": ["date=2024-11-23"], "date": "['2024-11-23', '2024-11-23'] from text"}
    assert read_kinds([dated]) == ["nothing"] and read_kinds([]) == ["nothing"]
    assert read_kinds([dated, {"starter": "LBN"}]) == ["starter"]
