"""Units of the event extractor: lexicon data, durations, numbers, headlines, evaluation scoring."""

from __future__ import annotations

import json

from eventwire.evaluation.plover_events import gold_countries, gold_type, score
from eventwire.extract.attributes import duration_value, number_value
from eventwire.extract.headlines import is_headline
from eventwire.extract.lexicon import build_lexicon, load_lexicon
from eventwire.model import PLOVER_TYPES, ActorRef, EventMention, Participant, Span


def test_lexicon_data_is_valid() -> None:
    lex = load_lexicon()
    assert lex.entries
    for entries in lex.entries.values():
        for e in entries:
            assert e.type in PLOVER_TYPES or (e.type is None and e.conditional)  # known non-event
            assert e.pos in ("verb", "noun", "adj")
    assert set(lex.modes) <= set(PLOVER_TYPES)
    assert lex.places["istanbul"] == "TUR"
    assert "say" in lex.cue("reporting_verbs")


def test_conditional_entries_come_first() -> None:
    lex = load_lexicon()
    calls = lex.candidates("noun", "call")
    assert calls[0].conditional and calls[0].type == "REQUEST"
    assert calls[-1].type == "CONSULT" and calls[-1].mode == "phone"


def test_user_lexicon_file_extends(tmp_path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({
        "entries": [{"pos": "verb", "lemmas": ["snub"], "type": "ACCUSE", "mode": "disapprove"}],
        "places": {"Zaporizhzhia Oblast": "UKR"},
    }), encoding="utf-8")
    lex = build_lexicon((str(extra),))
    assert lex.candidates("verb", "snub")[0].type == "ACCUSE"
    assert lex.places["zaporizhzhia oblast"] == "UKR"


def test_durations_and_numbers() -> None:
    assert duration_value("75-minute") == "PT75M"
    assert duration_value("for 30 days") == "P30D"
    assert duration_value("a two-week timeframe") == "P2W"
    assert duration_value("two hours") == "PT2H"
    assert duration_value("a second dialogue") is None
    assert number_value("41") == 41
    assert number_value("1,000") == 1000
    assert number_value("580 million") == 580_000_000


def test_number_words_of_counts() -> None:
    # a count opening a sentence is capitalised; tens and units are joined by a hyphen, or
    # split into tokens by the parser ("Twenty - one")
    assert number_value("Eighteen") == 18
    assert number_value("eighteen") == 18
    assert number_value("Twenty-one") == 21
    assert number_value("Twenty - one") == 21
    assert number_value("forty-two") == 42
    assert number_value("Seventy") == 70
    assert number_value("thirteen") == 13
    assert number_value("a hundred") == 100
    assert number_value("twenty-five million") == 25_000_000
    assert number_value("several") is None


def test_headline_detection() -> None:
    assert is_headline("Trump To Speak With Putin Following Stalled Russia-Ukraine Negotiations")
    assert not is_headline("Trump will speak with Putin on Monday.")
    assert not is_headline("Key points")


def test_gold_label_mapping() -> None:
    assert gold_type({"event": "DEMAND"}) == ("REQUEST", None)
    assert gold_type({"event": "DISAPPROVE"}) == ("ACCUSE", "disapprove")
    assert gold_type({"event": "FIGHT", "mode": "firearms"}) == ("ASSAULT", "firearms")
    assert gold_countries([{"code": "usa"}, {"code": "RUS"}]) == {"USA", "RUS"}
    assert gold_countries("") == set()


def _event(etype: str, country: str | None) -> EventMention:
    actor = ActorRef(id=f"country:{country}", name=country, country=country) if country else None
    return EventMention(type=etype, trigger=Span(0, 1, "x"), sentence=Span(0, 1, "x"),
                        source=[Participant(0, 1, "x", actor)])


def test_score_counts_gold_among_predicted() -> None:
    records = [
        {"event": "AGREE", "source": [{"code": "USA"}], "target": ""},
        {"event": "DEMAND", "source": [{"code": "FRA"}], "target": ""},
    ]
    preds = [[_event("AGREE", "USA"), _event("CONSULT", None)], [_event("REJECT", "FRA")]]
    res = score(records, preds)
    assert res["gold_type_among_predicted"] == 0.5
    assert res["events_per_sentence"] == 1.5
    assert res["source_country_accuracy"] == 1.0
    assert res["per_type"]["REQUEST"]["recall"] == 0.0
    assert res["per_type"]["AGREE"]["precision"] == 1.0


def test_score_orders_tied_confusions_by_type() -> None:
    # A gold type among several predicted others: the confusion list must not depend on set
    # iteration order (string hashing differs between processes).
    records = [{"event": "AGREE", "source": "", "target": ""}] * 2
    preds = [[_event(t, None) for t in ("SUPPORT", "CONSULT", "AID", "REJECT")]] * 2
    res = score(records, preds)
    assert [(c["gold"], c["predicted"], c["count"]) for c in res["top_confusions"]] == [
        ("AGREE", "AID", 2), ("AGREE", "CONSULT", 2), ("AGREE", "REJECT", 2),
        ("AGREE", "SUPPORT", 2)]


def test_calibration_bins() -> None:
    from eventwire.evaluation.plover_events import calibration

    records = [{"event": "AGREE"}, {"event": "REJECT"}]
    high, low = _event("AGREE", "USA"), _event("CONSULT", None)
    high.confidence, low.confidence = 0.9, 0.3
    bins = {b["bin"]: b for b in calibration(records, [[high, low], []])}
    assert bins["0.8-1.0"]["events"] == 1 and bins["0.8-1.0"]["gold_type_share"] == 1.0
    assert bins["0.0-0.4"]["gold_type_share"] == 0.0
