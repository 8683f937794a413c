"""Event confidence: the logistic model's inference and the CAMEO confirmation rule."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from eventwire.extract import event_classifier as ec
from eventwire.model import ActorRef, EventMention, Participant, Span


def _event(etype: str = "ASSAULT", origin: str = "curated", linked: bool = True,
           pattern_score: float = 0.9) -> EventMention:
    actor = ActorRef(id="RUS", name="Russia", country="RUS") if linked else None
    src = Participant(start=0, end=7, text="Russian", actor=actor)
    ev = EventMention(type=etype, trigger=Span(15, 22, "shelled"), sentence=Span(0, 40, "x"),
                      source=[src], confidence=pattern_score)
    ev.attributes["trigger_info"] = {"lemma": "shell", "origin": origin, "tag": "VBD",
                                     "dep": "ROOT", "head": "shell"}
    ev.attributes["pattern"] = "verbal"
    return ev


def test_model_file_records_provenance_and_threshold() -> None:
    doc = json.loads(resources.files("eventwire.data").joinpath(ec.WEIGHTS_FILE)
                     .read_text(encoding="utf-8"))
    assert "tune parts" in doc["trained_on"] and doc["built_by"].startswith("scripts/")
    assert 0.0 < doc["threshold"] < 1.0 and doc["weights"]
    assert ec.display_threshold() == doc["threshold"]


def test_features_describe_type_lemma_arguments_and_origin() -> None:
    ev = _event()
    ev.attributes[ec.PRIOR_KEY] = 0.9
    feats = ec.features_of(ev)
    for f in ("type=ASSAULT", "lemma=shell|type=ASSAULT", "origin=curated", "args=10",
              "linked=10", "tag=VBD", "prior=0.9", "src_sector=country"):
        assert f in feats


def test_probability_is_a_logistic_sum_of_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    model = {"bias": -1.0, "weights": {"a": 2.0, "b": 0.5}, "threshold": 0.5}
    monkeypatch.setattr(ec, "fitted_model", lambda: model)
    assert ec.probability([]) == pytest.approx(1 / (1 + 2.718281828 ** 1.0), rel=1e-6)
    assert ec.probability(["a", "b", "unknown"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.5),
                                                                  rel=1e-6)


def test_score_events_keeps_the_pattern_score_and_sets_a_probability() -> None:
    ev = _event(pattern_score=0.9)
    ec.score_events([ev])
    assert ev.attributes[ec.PRIOR_KEY] == 0.9
    assert 0.0 < ev.confidence < 1.0


def test_linked_verbal_event_scores_above_a_bare_unlinked_one() -> None:
    strong, weak = _event(), _event(linked=False, pattern_score=0.35)
    strong.source, weak.source = strong.source, []
    ec.score_events([strong, weak])
    assert strong.confidence > weak.confidence


def test_only_cameo_candidates_need_confirmation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ec, "fitted_model", lambda: {"bias": 0.0, "weights": {}, "cameo_floor": 0.4})
    low_cameo, low_curated = _event(origin="cameo"), _event(origin="curated")
    low_cameo.confidence = low_curated.confidence = 0.2
    assert not ec.confirmed(low_cameo) and ec.confirmed(low_curated)
    low_cameo.confidence = 0.45
    assert ec.confirmed(low_cameo)


def test_pipeline_gives_a_clear_attack_a_confidence_above_the_display_threshold() -> None:
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    [ex] = Pipeline().run([Article(id="t", text="Russian troops shelled the Ukrainian city "
                                   "of Kharkiv on Monday.", published="2024-05-01")])
    [ev] = [e for e in ex.events if e.type == "ASSAULT"]
    assert ev.confidence >= ec.display_threshold()


def test_intents_derived_from_an_unconfirmed_candidate_are_dropped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ec, "fitted_model", lambda: {"bias": 0.0, "weights": {}, "cameo_floor": 0.5})
    cameo, curated = _event(origin="cameo"), _event(origin="curated")
    cameo.confidence = curated.confidence = 0.3
    derived = _event(etype="AGREE")
    derived.attributes = {"intent_of": {"type": "ASSAULT", "trigger": cameo.trigger.to_dict()}}
    kept = ec.confirmed_events([cameo, curated, derived])
    assert kept == [curated]


def test_best_case_bounds_the_probability_of_any_completion(
        monkeypatch: pytest.MonkeyPatch) -> None:
    model = {"bias": -0.5, "cameo_floor": 0.5, "weights": {
        "type=ASSAULT": 0.2, "args=11": 0.4, "args=00": -0.6, "args=11|type=ASSAULT": 0.3,
        "args=11|type=AID": 2.0, "modality=asserted": 0.1, "modality=negated": -1.0}}
    monkeypatch.setattr(ec, "fitted_model", lambda: model)
    ec._group_maxima.cache_clear()
    ec._open_maxima.cache_clear()
    known = ["type=ASSAULT"]
    bound = ec.best_case(known, "ASSAULT")
    best = ec.probability(known + ["args=11", "args=11|type=ASSAULT", "modality=asserted"])
    assert bound == pytest.approx(best)  # the AID-only weight does not count for ASSAULT
    ec._group_maxima.cache_clear()
    ec._open_maxima.cache_clear()


def test_sentence_and_article_context_become_features() -> None:
    first, second, other = _event(), _event(), _event(etype="AID")
    second.sentence = Span(50, 90, "y")
    other.sentence = Span(0, 40, "x")
    for ev in (first, second, other):
        ev.attributes["trigger_info"].update({"position": "lead", "quoted": "0",
                                              "cameo_vote": "same"})
    ec.note_sentence([first, other])  # one sentence with two candidates of two types
    ec.rescore_in_article([first, second, other])
    info = first.attributes["trigger_info"]
    assert (info["candidates"], info["types"], info["repeat"]) == ("2", "2", "1")
    assert other.attributes["trigger_info"]["repeat"] == "0"
    feats = ec.features_of(first)
    for f in ("position=lead", "quoted=0|type=ASSAULT", "candidates=2", "repeat=1|type=ASSAULT",
              "cameo_vote=same|origin=curated"):
        assert f in feats
    assert 0.0 < first.confidence < 1.0


def test_cameo_vote_reads_the_cameo_dictionary() -> None:
    from eventwire.extract.lexicon import load_lexicon

    lex = load_lexicon(())
    assert lex.cameo_vote("verb", "bomb", "ASSAULT") == "same"
    assert lex.cameo_vote("verb", "bomb", "AID") == "other"
    assert lex.cameo_vote("verb", "xyzzy", "AID") == "none"


def _with_partner(evidence: str) -> EventMention:
    ev = _event("AGREE")
    partner = ActorRef(id="TUR", name="Turkey", country="TUR", evidence=evidence)
    ev.target = [Participant(start=30, end=37, text="Erdogan", actor=partner, inherited=True)]
    ev.attributes["target_inherited"] = {"from": evidence.split(":")[0]}
    return ev


def test_partner_of_a_coordinated_verb_counts_as_named_by_the_sentence() -> None:
    feats = ec.features_of(_with_partner("same sentence: Erdogan"))
    assert "args=11" in feats and "linked=11" in feats and "tgt_sector=country" in feats


def test_partner_inherited_from_an_earlier_sentence_is_no_evidence() -> None:
    feats = ec.features_of(_with_partner("previous sentence: Erdogan"))
    assert "args=10" in feats and "linked=10" in feats


@pytest.mark.parametrize("text", [
    "Putin met Erdogan in Sochi on Monday and reached an agreement on grain exports.",
    "Lavrov met Wang Yi in Beijing on Tuesday and agreed to expand cooperation.",
    "Blinken met Netanyahu in Jerusalem on Sunday and reached a deal on humanitarian aid.",
])
def test_agreement_reached_at_a_meeting_is_shown_with_the_meeting(text: str) -> None:
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    [ex] = Pipeline().run([Article(id="t", text=text, published="2025-03-10")])
    types = {e.type: e for e in ex.events}
    assert "CONSULT" in types and "AGREE" in types
    assert types["AGREE"].target and types["AGREE"].confidence >= ec.display_threshold()


def test_same_sentence_participant_not_taken_as_a_partner_is_no_evidence() -> None:
    ev = _with_partner("same sentence: Erdogan")
    del ev.attributes["target_inherited"]  # 'both sides ... refrain from reinforcing'
    assert "args=10" in ec.features_of(ev)
