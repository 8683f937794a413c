"""The re-typing measurement: labels, the upper bound, the softmax fit and the outcome count."""

import numpy as np

from eventwire.evaluation.retyping import (
    bound,
    candidate,
    fit_softmax,
    grouped_folds,
    outcome,
    retype_features,
    sentence_types,
    softmax,
    study,
    target,
)


def _sentence():
    # one sentence with gold ACCUSE and CONSULT; candidates CONSULT (right) and COERCE (wrong,
    # its trigger inside the ACCUSE quote)
    right = candidate("voa", "voa:1", (0, 80), "CONSULT", ["type=CONSULT", "lemma=meet"],
                      {"ACCUSE", "CONSULT"}, {"CONSULT"})
    wrong = candidate("voa", "voa:1", (0, 80), "COERCE", ["type=COERCE", "lemma=bully",
                                                          "lemma=bully|type=COERCE"],
                      {"ACCUSE", "CONSULT"}, {"ACCUSE"})
    stray = candidate("voa", "voa:1", (90, 140), "ASSAULT", ["type=ASSAULT"], set(), set())
    return right, wrong, stray


def test_target_and_bound():
    right, wrong, stray = _sentence()
    types = sentence_types([right, wrong, stray])
    assert target(right, types) == "CONSULT"
    assert target(wrong, types) == "ACCUSE"
    assert target(stray, types) is None
    b = bound([right, wrong, stray])
    assert (b["wrong_type"], b["gold_type_missing"], b["trigger_in_missing_quote"]) == (1, 1, 1)
    assert b["no_gold_sentence"] == 1
    assert b["pairs"] == {"COERCE->ACCUSE": 1}


def test_a_missing_type_already_found_is_no_fix():
    # the sentence's gold ACCUSE already has a candidate: re-typing COERCE adds nothing
    a = candidate("voa", "voa:2", (0, 50), "ACCUSE", [], {"ACCUSE"}, {"ACCUSE"})
    c = candidate("voa", "voa:2", (0, 50), "COERCE", [], {"ACCUSE"}, {"ACCUSE"})
    assert bound([a, c])["gold_type_missing"] == 0


def test_features_drop_the_type_crossings_and_name_the_other_types():
    right, wrong, stray = _sentence()
    feats = retype_features(wrong, sentence_types([right, wrong, stray]))
    assert "lemma=bully" in feats and "lemma=bully|type=COERCE" not in feats
    assert "type=COERCE" not in feats
    assert {"own=COERCE", "other=CONSULT", "set=voa"} <= set(feats)


def test_outcome_counts_gains_and_losses():
    right, wrong, stray = _sentence()
    types = sentence_types([right, wrong, stray])
    classes = ["ACCUSE", "COERCE", "CONSULT"]
    # the model moves the wrong one to ACCUSE (gain) and the right one to COERCE (loss)
    probs = np.array([[0.1, 0.8, 0.1], [0.7, 0.2, 0.1]])
    assert outcome([right, wrong], probs, classes, types, 0.0) == {"moved": 2, "gain": 1, "loss": 1}
    assert outcome([right, wrong], probs, classes, types, 0.75) == {"moved": 0, "gain": 0, "loss": 0}


def test_softmax_fit_learns_a_separable_toy():
    x = np.array([[1, 0], [1, 0], [0, 1], [0, 1]], float)
    y = np.array([0, 0, 1, 1])
    w, b, keep = fit_softmax(x, y, 2, l2=0.1, steps=300)
    assert (softmax(x @ w + b).argmax(1) == y).all()
    assert keep == 0.0  # no own classes given


def test_the_own_type_weight_keeps_a_type_no_feature_explains():
    # four classes, the own type is the answer, and the only feature is shared by all
    x = np.ones((8, 1))
    own = np.array([0, 1, 2, 3, 0, 1, 2, 3])
    w, b, keep = fit_softmax(x, own, 4, l2=1.0, own=own, steps=500)
    assert keep > 1.0
    assert (softmax(x @ w + b + keep * np.eye(4)[own]).argmax(1) == own).all()


def test_folds_keep_a_group_together():
    groups = ["a", "a", "b", "c", "c", "d", "e", "f"]
    folds = grouped_folds(groups, folds=3)
    assert folds[0] == folds[1] and folds[3] == folds[4]
    assert len(set(folds)) == 3


def test_study_reports_both_parts():
    tune, check = [], []
    for i in range(10):
        # own type right throughout: the re-typer should move nothing at a high margin
        tune.append(candidate("voa", f"voa:t{i}", (0, 9), "AID", ["lemma=give"], {"AID"}, {"AID"}))
        tune.append(candidate("voa", f"voa:u{i}", (0, 9), "ACCUSE", ["lemma=blame"],
                              {"ACCUSE"}, {"ACCUSE"}))
    check.append(candidate("voa", "voa:c", (0, 9), "AID", ["lemma=give"], {"AID"}, {"AID"}))
    report = study(tune, check, margins=(0.5,))
    assert report["examples"] == {"tune": 20, "check": 1}
    assert report["retyped"]["0.5"]["check"] == {"moved": 0, "gain": 0, "loss": 0}
    assert report["accuracy"]["own_type_tune"] == 1.0
