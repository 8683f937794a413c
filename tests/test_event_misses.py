"""Classes the story-set diagnosis gives a truth event that is not in the shown record."""

from __future__ import annotations

from test_fuse_coref import ISRAEL, LEBANON, event, mention

from eventwire.evaluation.event_misses import classify

RAID = "An Israeli drone strike hit a car near Tyre on Tuesday."
TALK = "Israeli and Lebanese officers held talks in Naqoura on Tuesday."


def _strike():
    return mention("a1", "2024-12-03", "a1", event(
        RAID, "strike", "ASSAULT", [("Israeli", ISRAEL)], [("Tyre", LEBANON)], "2024-12-03",
        "Tuesday"))


def _talk():
    return mention("a1", "2024-12-03", "a1", event(
        TALK, "talks", "CONSULT", [("Israeli", ISRAEL)], [("Lebanese", LEBANON)], "2024-12-03",
        "Tuesday"))


def test_an_acceptable_mention_only_in_hidden_records_is_not_shown() -> None:
    m = _strike()
    assert classify({"ASSAULT"}, [m], {m.id: "e1"}, {}, None) == "not_shown"


def test_an_acceptable_mention_in_a_shown_record_of_another_type_is_record_type() -> None:
    m = _strike()
    shown = {"e1": {"type": "CONSULT"}}
    assert classify({"ASSAULT"}, [m], {m.id: "e1"}, shown, None) == "record_type"


def test_other_types_only_is_wrong_type_unless_a_left_out_candidate_fits() -> None:
    m = _talk()
    shown = {"e1": {"type": "CONSULT"}}
    assert classify({"ASSAULT"}, [m], {m.id: "e1"}, shown, None) == "wrong_type"
    assert classify({"ASSAULT"}, [m], {m.id: "e1"}, shown, [{"type": "ASSAULT"}]) == "dropped"


def test_no_mention_is_no_event_unless_a_left_out_candidate_fits() -> None:
    assert classify({"ASSAULT"}, [], {}, {}, []) == "no_event"
    assert classify({"ASSAULT"}, [], {}, {}, [{"type": "ASSAULT"}]) == "dropped"
