"""Classes the story-set diagnosis gives a truth event that is not in the shown record."""

from __future__ import annotations

from test_fuse_coref import ISRAEL, LEBANON, event, mention

from eventwire.evaluation.event_misses import classify, describe, not_event_mentions

RAID = "An Israeli drone strike hit a car near Tyre on Tuesday."
TALK = "Israeli and Lebanese officers held talks in Naqoura on Tuesday."
HANDOVER = ("Lebanese troops moved into the town as Israeli units pulled back, the first "
            "handover since the truce began.")
SCENARIO = "If the truce fails, Israel could strike the town again."


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


def _handover(merged: bool):
    ev = event(HANDOVER, "truce", "RETREAT", [("Israeli", ISRAEL)], [], "2024-12-03")
    if merged:
        i = HANDOVER.index("pulled back")
        ev.attributes["also_triggers"] = [{"start": i, "end": i + 11, "text": "pulled back"}]
    return mention("a2", "2024-12-03", "a2", ev)


def test_description_names_the_triggers_merged_into_a_mention() -> None:
    merged, alone = _handover(True), _handover(False)
    shown = {"e1": {"type": "AGREE"}}
    assert describe([merged], {merged.id: "e1"}, shown, {"e1": "s1"}).endswith(
        "'truce' +'pulled back'")
    assert describe([alone], {alone.id: "e1"}, shown, {"e1": "s1"}).endswith("'truce'")


def test_not_event_mentions_split_recorded_and_hidden_assertions() -> None:
    real = mention("a3", "2024-12-03", "a3", event(
        SCENARIO, "strike", "ASSAULT", [("Israel", ISRAEL)], [], None, None))
    guess = mention("a4", "2024-12-03", "a4", event(
        SCENARIO, "strike", "ASSAULT", [("Israel", ISRAEL)], [], None, None, "hypothetical"))
    event_of = {real.id: "e1", guess.id: "e2"}
    assert not_event_mentions([real, guess], event_of, {"e1": {}}) == ([real], [])
    assert not_event_mentions([real, guess], event_of, {}) == ([], [real])
    assert not_event_mentions([guess], event_of, {"e2": {}}) == ([], [])
