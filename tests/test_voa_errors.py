"""The VOA error report: how missed gold events are missed, which predictions are wrong."""

from __future__ import annotations

from types import SimpleNamespace

from eventwire.evaluation.voa_errors import NO_EVENT, OTHER_MODALITY, OTHER_TYPES, story_errors


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind(". ", 0, start)
    hi = text.find(". ", end)
    return (0 if lo < 0 else lo + 2, len(text) if hi < 0 else hi + 1)


def _locate(needle: str, hay: str) -> tuple[int, int] | None:
    i = hay.find(needle)
    return (i, i + len(needle)) if i >= 0 else None


SC = SimpleNamespace(locate=_locate, sentence_of=_sentence_of,
                     overlap=lambda a, b: a[0] < b[1] and b[0] < a[1])
TEXT = "Troops shelled the town. Leaders met in Geneva. Both sides may sign a deal."


def _event(etype: str, sentence: int, modality: str = "asserted") -> dict:
    starts = [0, 25, 48]
    ends = [24, 47, len(TEXT)]
    return {"type": etype, "modality": modality, "trigger": {"text": etype.lower()},
            "sentence": {"start": starts[sentence], "end": ends[sentence], "text": ""}}


def test_missed_events_are_sorted_by_what_the_sentence_holds():
    gold = [{"quote": "Troops shelled", "type": "ASSAULT"},
            {"quote": "Leaders met", "type": "CONSULT"},
            {"quote": "sign a deal", "type": "AGREE"}]
    events = [_event("COOPERATE", 1), _event("AGREE", 2, "hypothetical")]
    missed, wrong, right = story_errors(TEXT, gold, events, SC)
    assert {(kind, etype) for kind, etype, _ in missed} == {
        (OTHER_MODALITY, "AGREE"), (NO_EVENT, "ASSAULT"), (OTHER_TYPES, "CONSULT")}
    assert [e["type"] for e in wrong] == ["COOPERATE"] and right == []


def test_a_matching_prediction_is_right_once():
    gold = [{"quote": "Leaders met", "type": "CONSULT"}]
    events = [_event("CONSULT", 1), _event("CONSULT", 1)]
    missed, wrong, right = story_errors(TEXT, gold, events, SC)
    assert missed == [] and len(right) == 1 and len(wrong) == 1


def test_property_counts_split_matched_predictions_by_kind():
    from eventwire.evaluation.voa_errors import PROPERTIES, property_counts

    strong = dict(_event("ASSAULT", 0), confidence=0.9, source=[{"text": "Troops"}],
                  attributes={"trigger_info": {"tag": "VBD", "quoted": "0"}})
    weak = dict(_event("AGREE", 2, "planned"), confidence=0.3, source=[], target=[{"text": "x"}],
                attributes={"trigger_info": {"tag": "VB", "quoted": "1"}})
    rows = [(strong, 1, len(TEXT)), (weak, 0, len(TEXT))]
    assert property_counts(rows, "modality") == {"asserted": (1, 1), "planned": (0, 1)}
    assert property_counts(rows, "confidence") == {"0.85-1.00": (1, 1), "0.20-0.40": (0, 1)}
    assert property_counts(rows, "quoted") == {"0": (1, 1), "1": (0, 1)}
    assert property_counts(rows, "position") == {"1/4": (1, 1), "3/4": (0, 1)}
    assert property_counts(rows, "args") == {"source=1 target=0": (1, 1),
                                             "source=0 target=1": (0, 1)}
    assert set(PROPERTIES) >= {"type", "shown", "dep", "origin", "repeat", "cameo"}


def test_detailed_misses_name_the_unreal_modality_and_folded_events():
    from eventwire.evaluation.voa_errors import FOLDED, OTHER_UNREAL

    gold = [{"quote": "Troops shelled", "type": "ASSAULT"},
            {"quote": "shelled the town", "type": "ASSAULT"},
            {"quote": "Leaders met", "type": "CONSULT"},
            {"quote": "sign a deal", "type": "AGREE"}]
    events = [_event("ASSAULT", 0), _event("AID", 1, "hypothetical"),
              _event("AGREE", 2, "background")]
    missed, _, right = story_errors(TEXT, gold, events, SC, detail=True)
    assert len(right) == 1
    assert {(kind, etype) for kind, etype, _ in missed} == {
        (FOLDED, "ASSAULT"), (OTHER_UNREAL, "CONSULT"), ("same type, background", "AGREE")}


def test_confusions_count_gold_type_against_the_sentence_types():
    from eventwire.evaluation.voa_errors import (
        OTHER_UNREAL,
        confusion_key,
        story_confusions,
    )

    gold = [{"quote": "Troops shelled", "type": "ASSAULT"},
            {"quote": "Leaders met", "type": "CONSULT"},
            {"quote": "sign a deal", "type": "AGREE"}]
    events = [_event("THREATEN", 0), _event("ACCUSE", 0, "hypothetical"),
              _event("COOPERATE", 1, "hypothetical"), _event("AGREE", 2, "hypothetical")]
    rows = story_confusions(TEXT, gold, events, SC)
    assert [(g, k) for g, k, _, _ in rows] == [("ASSAULT", OTHER_TYPES), ("CONSULT", OTHER_UNREAL)]
    assert confusion_key(rows[0][2]) == "ACCUSE*+THREATEN"
    assert confusion_key(rows[1][2]) == "COOPERATE*"


def test_confusions_on_the_check_part_print_no_words(capsys):
    from eventwire.evaluation.voa_errors import print_confusions, story_confusions

    gold = [{"quote": "Troops shelled", "type": "ASSAULT"}]
    rows = story_confusions(TEXT, gold, [_event("THREATEN", 0)], SC)
    print_confusions(rows, words=False, examples=5)
    out = capsys.readouterr().out
    assert "ASSAULT" in out and "THREATEN 1" in out and "shelled" not in out
    print_confusions(rows, words=True, examples=5)
    assert "shelled" in capsys.readouterr().out


def test_confusions_tell_a_multi_event_sentence_from_a_typing_confusion():
    from eventwire.evaluation.voa_errors import ALL_RIGHT, NONE_RIGHT, _share, story_confusions

    gold = [{"quote": "Troops shelled", "type": "ASSAULT"},
            {"quote": "shelled the town", "type": "COERCE"},
            {"quote": "Leaders met", "type": "CONSULT"}]
    events = [_event("ASSAULT", 0), _event("AGREE", 1)]
    rows = story_confusions(TEXT, gold, events, SC)
    assert [(g, _share(near)) for g, _, near, _ in rows] == [
        ("COERCE", ALL_RIGHT), ("CONSULT", NONE_RIGHT)]


def test_missed_events_are_sorted_by_cause_with_every_candidate_kept():
    from eventwire.evaluation.voa_errors import (
        GATED,
        NO_CANDIDATE,
        OTHER_READING,
        TYPED_OTHERWISE,
        story_causes,
    )

    gold = [{"quote": "Troops shelled", "type": "ASSAULT"},
            {"quote": "Leaders met", "type": "CONSULT"},
            {"quote": "sign a deal", "type": "AGREE"}]
    events = [_event("AGREE", 2, "hypothetical")]
    every = events + [_event("CONSULT", 1), _event("COOPERATE", 0)]
    causes = story_causes(TEXT, gold, events, every, SC)
    assert sorted(causes) == sorted([(TYPED_OTHERWISE, "ASSAULT"), (GATED, "CONSULT"),
                                     (OTHER_READING, "AGREE")])
    assert story_causes(TEXT, gold[:1], [], [], SC) == [(NO_CANDIDATE, "ASSAULT")]
