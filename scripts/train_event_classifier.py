#!/usr/bin/env python3
"""Fit the event-confirmation classifier (``eventwire/data/event_classifier.json``).

Training data are the candidate events the pipeline finds in the TUNING parts
of two evaluation sets (``evaluation/splits.py``), labelled against the gold:

- PLOVER GSR dev sentences (tune part): a candidate is right when its type is
  the sentence's gold type;
- VOA stories (tune part): a candidate is right when a gold event of the same
  type is annotated in the same sentence (as the VOA scorer matches them);
- multi-outlet story sets (``stories/``, tune part): the truth lists one sentence per
  reporting article of each real event, and sentences that are no event. A
  candidate in an event's sentence is right when its type is one the truth accepts
  for an event of that sentence and wrong otherwise; a candidate stated as real in
  a not-event sentence is wrong. Other sentences are not labelled (the truth names
  only one sentence per article and event, so a candidate elsewhere may be a
  further report of a listed event) and give no example.

The model is an L2-regularised logistic regression over the features of
``eventwire.extract.event_classifier.features_of``, fitted with numpy
(Newton steps); the regularisation strength is picked by story/sentence-grouped
cross-validation on the tuning part (``--drop GROUP`` leaves out a feature group, e.g. the
trigger lemmas). Its log-odds are then Platt-scaled (a slope and an intercept fitted on
held-out scores of the tuning part, folded into the weights and bias): by default the scores
of each evaluation set from a model of the other sets, since a set new to the model is what
the checking part is (``--platt story`` uses the grouped folds, ``--platt none`` nothing).
``--report MODEL`` prints a fitted model's reliability table, calibration error and log loss
on today's tuning and checking candidates by evaluation set. The display threshold is the lowest
confidence at which cross-validated precision on the tuning part reaches
``--precision``. The CAMEO floor is the lowest confidence at which the
CAMEO-only candidates kept are, cross-validated on the tuning part, at least as
often right as the curated lexicon's candidates (so they add events without
lowering precision). The checking parts are only scored, never fitted: the script
prints the reliability table (share right per confidence bin) of both parts.

With ``--prior MODEL`` the L2 penalty pulls the weights toward an earlier model's instead
of toward 0 (an update of that model); with ``--prior MODEL --bias-only`` the earlier
weights are kept and only the bias is refitted on the exhaustively labelled tuning
candidates, the display threshold and the CAMEO floor moved with it so that the same
candidates are shown and kept: the model recalibrated to today's candidates, whose share of
right ones drifts as the lexicons and rules change (EVENTS.md, "Recalibrating the
confidence").

    PYTHONPATH=src python scripts/train_event_classifier.py [--out PATH] [--precision 0.7]
    PYTHONPATH=src python scripts/train_event_classifier.py --prior MODEL --bias-only
    PYTHONPATH=src python scripts/train_event_classifier.py --prior MODEL --only FEATURE ...

With ``--prior MODEL --only FEATURE ...`` the earlier model is kept whole and only the
weights of the named (new) features are fitted on the tuning candidates, its score of each
candidate a fixed offset: a new piece of evidence is weighed without moving anything the
model already decides, and the weight's sign says whether the evidence helps at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT_FILE = ROOT / "src" / "eventwire" / "data" / "event_classifier.json"
L2_GRID = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
FOLDS = 5
NEWTON_STEPS = 25
BINS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.8), (0.8, 1.01))
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(13))
MIN_WEIGHT = 1e-4
PLATT_L2 = 1e-3  # a slight pull of the Platt slope toward 1 and intercept toward 0
ECE_BINS = 10
STORY_GROUP = "story:"
ASSERTED = "asserted"
Span = tuple[int, int]


def voa_examples(part: str) -> list[tuple[str, list[str], int]]:
    """(group, features, label) for every candidate event in one part of the VOA stories."""
    from eventwire.evaluation.voa import located_candidates
    from eventwire.extract.event_classifier import features_of

    out = []
    for ex, spans, overlap in located_candidates(part):
        for ev in ex.events:
            sent = (ev.sentence.start, ev.sentence.end)
            right = any(t == ev.type and overlap(sent, gs) for gs, _, t in spans)
            out.append((f"voa:{ex.article.id}", features_of(ev), int(right)))
    return out


def plover_examples(part: str) -> list[tuple[str, list[str], int]]:
    """(group, features, label) for every candidate event in one part of PLOVER GSR dev."""
    from eventwire.evaluation.plover_events import part_candidates
    from eventwire.extract.event_classifier import features_of

    return [(f"plover:{rid}", features_of(ev), int(ev.type == etype))
            for rid, etype, events in part_candidates(part) for ev in events]


def story_examples(part: str) -> list[tuple[str, list[str], int]]:
    """(group, features, label) for the candidates in labelled sentences of the story sets
    of one part (see the module docstring)."""
    from eventwire.corpus import extract
    from eventwire.evaluation.common import eval_path
    from eventwire.evaluation.splits import story_set_part
    from eventwire.extract.event_classifier import features_of
    from eventwire.extract.events import OPTION_ALL_EVENTS
    from eventwire.pipeline import Pipeline

    base = eval_path("stories")
    if base is None:
        return []
    sys.path.insert(0, str(base.parent))
    from scoring import locate, overlap, sentence_of  # noqa: PLC0415

    out = []
    pipeline = Pipeline()
    pipeline.ctx.options[OPTION_ALL_EVENTS] = True
    for folder in sorted(p for p in base.iterdir() if (p / "truth.json").exists()):
        if story_set_part(folder.name) != part:
            continue
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        for ex in extract([str(folder / "articles.jsonl")], pipeline=pipeline):
            art = str(ex.article.id)
            text = ex.to_dict()["text"]

            def spans(items: list[dict[str, Any]], art: str = art,
                      text: str = text) -> list[tuple[tuple[int, int], dict[str, Any]]]:
                return [(sentence_of(text, *loc), it) for it in items
                        if it["article"] == art and (loc := locate(it["quote"], text))]

            events = [(s, m["types"]) for s, m in spans(
                [dict(m, types=e["types"]) for e in truth["events"] for m in e["mentions"]])]
            not_events = [s for s, _ in spans(truth.get("not_events", []))]
            for ev in ex.events:
                label = story_label((ev.sentence.start, ev.sentence.end), ev.type, ev.modality,
                                    events, not_events, overlap)
                if label is not None:
                    out.append((STORY_GROUP + art, features_of(ev), label))
    return out


def story_label(sentence: Span, etype: str, modality: str,
                events: list[tuple[Span, list[str]]], not_events: list[Span],
                overlap: Any) -> int | None:
    """The label of a story-set candidate: 1 in a truth event's sentence when its type is one
    the truth accepts there, 0 with another type or stated as real in a not-event sentence,
    None elsewhere (an unlabelled sentence gives no example)."""
    types = {t for span, ts in events if overlap(sentence, span) for t in ts}
    if types:
        return int(etype in types)
    if modality == ASSERTED and any(overlap(sentence, span) for span in not_events):
        return 0
    return None


def exhaustive(group: str) -> bool:
    """True for examples of a set that labels every event of its sentences (PLOVER, VOA): the
    story sets label only some sentences, so their share of right candidates says nothing
    of the precision of a threshold."""
    return not group.startswith(STORY_GROUP)


def without(examples: list[tuple[str, list[str], int]],
            groups: list[str]) -> list[tuple[str, list[str], int]]:
    """The examples with the features of these groups left out (a feature's group is its
    name before '=': 'lemma' covers 'lemma=strike' and 'lemma=strike|type=ASSAULT')."""
    drop = set(groups)
    return [(g, [f for f in feats if f.partition("=")[0] not in drop], y)
            for g, feats, y in examples]


def matrix(examples: list[tuple[str, list[str], int]], index: dict[str, int]) -> np.ndarray:
    """A dense 0/1 feature matrix (unknown features dropped)."""
    x = np.zeros((len(examples), len(index)))
    for i, (_, feats, _) in enumerate(examples):
        for f in feats:
            if f in index:
                x[i, index[f]] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float,
        prior: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (bias not penalised). With
    ``prior`` (one weight per column), the penalty pulls the weights toward it instead of
    toward 0: the fit updates an earlier model with the examples at hand."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    anchor = np.zeros(xb.shape[1]) if prior is None else np.append(prior, 0.0)
    w = anchor.copy()
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 1e-6
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + reg * (w - anchor)
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:-1], float(w[-1])


def predict(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """Probabilities."""
    return 1.0 / (1.0 + np.exp(-(x @ w + b)))


def cross_validated(examples: list[tuple[str, list[str], int]], l2: float,
                    prior: dict[str, float] | None = None) -> np.ndarray:
    """Out-of-fold probabilities, folds grouped by story / sentence (each fold's fit pulled
    toward the ``prior`` weights when given)."""
    groups = sorted({g for g, _, _ in examples})
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    probs = np.zeros(len(examples))
    for k in range(FOLDS):
        train = [e for e in examples if fold_of[e[0]] != k]
        test_i = [i for i, e in enumerate(examples) if fold_of[e[0]] == k]
        index = feature_index(train, prior)
        w, b = fit(matrix(train, index), np.array([e[2] for e in train], float), l2,
                   prior_vector(index, prior))
        probs[test_i] = predict(matrix([examples[i] for i in test_i], index), w, b)
    return probs


def held_out_by_set(examples: list[tuple[str, list[str], int]], l2: float,
                    prior: dict[str, float] | None = None) -> np.ndarray:
    """Probabilities of each example from a model fitted on the other evaluation sets only
    (PLOVER GSR, VOA, story sets; one set held out at a time): a set's candidates are news of
    other outlets, wording and topics than the rest, as the checking part's stories are new to
    the model, which folds of one set's own stories do not show. With a single set the folds
    are the grouped ones of ``cross_validated``."""
    sets = [set_of(g) for g, _, _ in examples]
    if len(set(sets)) < 2:
        return cross_validated(examples, l2, prior)
    probs = np.zeros(len(examples))
    for held in sorted(set(sets)):
        train = [e for e, s in zip(examples, sets, strict=True) if s != held]
        test_i = [i for i, s in enumerate(sets) if s == held]
        index = feature_index(train, prior)
        w, b = fit(matrix(train, index), np.array([e[2] for e in train], float), l2,
                   prior_vector(index, prior))
        probs[test_i] = predict(matrix([examples[i] for i in test_i], index), w, b)
    return probs


def feature_index(examples: list[tuple[str, list[str], int]],
                  prior: dict[str, float] | None = None) -> dict[str, int]:
    """Column of each feature seen in the examples (and of each weight of the prior)."""
    names = sorted({f for _, feats, _ in examples for f in feats} | set(prior or {}))
    return {f: i for i, f in enumerate(names)}


def prior_vector(index: dict[str, int], prior: dict[str, float] | None) -> np.ndarray | None:
    """The prior weights in column order (None without a prior)."""
    if prior is None:
        return None
    return np.array([prior.get(f, 0.0) for f in sorted(index, key=index.get)])


def logits(p: np.ndarray) -> np.ndarray:
    """The log-odds of probabilities (clipped away from 0 and 1)."""
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Slope and intercept of a logistic fit of the labels on held-out log-odds (Platt
    scaling): a slope below 1 says the model's log-odds are too far from 0 on candidates it
    was not fitted on (over-confident), an intercept that its base rate is off. A small
    penalty keeps the two parameters finite on separable data."""
    x = np.column_stack([z, np.ones(len(z))])
    w = np.array([1.0, 0.0])
    for _ in range(NEWTON_STEPS * 2):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + PLATT_L2 * (w - np.array([1.0, 0.0]))
        hess = (x * (p * (1 - p))[:, None]).T @ x + PLATT_L2 * np.eye(2)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), float(w[1])


def calibration_error(y: np.ndarray, p: np.ndarray, bins: int = ECE_BINS) -> float:
    """Expected calibration error: over ten equal-width confidence bins, the gap between the
    mean confidence and the share right, weighted by the bin's events."""
    out = 0.0
    for k in range(bins):
        sel = (p >= k / bins) & ((p < (k + 1) / bins) | (k == bins - 1))
        if sel.any():
            out += float(sel.sum()) / len(y) * abs(float(y[sel].mean()) - float(p[sel].mean()))
    return out


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    """Mean negative log-likelihood."""
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def reliability(y: np.ndarray, p: np.ndarray) -> list[dict[str, Any]]:
    """Per confidence bin: events and the share that are right."""
    rows = []
    for lo, hi in BINS:
        sel = (p >= lo) & (p < hi)
        rows.append({"bin": f"{lo:.1f}-{min(hi, 1.0):.1f}", "events": int(sel.sum()),
                     "confidence": round(float(p[sel].mean()), 3) if sel.any() else None,
                     "right": round(float(y[sel].mean()), 3) if sel.any() else None})
    return rows


def pick_threshold(y: np.ndarray, p: np.ndarray, precision: float) -> float:
    """The lowest threshold whose kept events reach the precision (else the best one)."""
    best, best_prec = THRESHOLDS[-1], 0.0
    for t in THRESHOLDS:
        kept = p >= t
        prec = float(y[kept].mean()) if kept.any() else 0.0
        if prec >= precision:
            return t
        if prec > best_prec:
            best, best_prec = t, prec
    return best


def pick_cameo_floor(examples: list[tuple[str, list[str], int]], y: np.ndarray,
                     p: np.ndarray) -> float:
    """The lowest threshold at which kept CAMEO candidates are as precise as curated ones."""
    cameo = np.array(["origin=cameo" in feats for _, feats, _ in examples])
    curated = np.array(["origin=curated" in feats for _, feats, _ in examples])
    target = float(y[curated].mean()) if curated.any() else 0.5
    for t in THRESHOLDS:
        kept = cameo & (p >= t)
        if kept.any() and float(y[kept].mean()) >= target:
            return t
    return THRESHOLDS[-1]


def summary(name: str, y: np.ndarray, p: np.ndarray, threshold: float) -> dict[str, Any]:
    """Printed and stored figures for one part."""
    kept = p >= threshold
    out = {"events": int(len(y)), "right": round(float(y.mean()), 3),
           "kept": int(kept.sum()),
           "precision_kept": round(float(y[kept].mean()), 3) if kept.any() else None,
           "recall_of_right": round(float(y[kept].sum() / max(1, y.sum())), 3),
           "log_loss": round(log_loss(y, p), 3),
           "calibration_error": round(calibration_error(y, p), 3),
           "reliability": reliability(y, p)}
    print(f"{name}: {json.dumps(out)}")
    return out


def set_of(group: str) -> str:
    """The evaluation set an example comes from: 'plover', 'voa' or 'story'."""
    return group.partition(":")[0]


def by_set(name: str, examples: list[tuple[str, list[str], int]], y: np.ndarray,
           p: np.ndarray, threshold: float) -> dict[str, Any]:
    """The figures of ``summary`` for each evaluation set of the examples (calibration on
    PLOVER GSR, VOA and the story sets' labelled sentences apart)."""
    sets = np.array([set_of(g) for g, _, _ in examples])
    return {s: summary(f"{name}, {s}", y[sets == s], p[sets == s], threshold)
            for s in sorted(set(sets.tolist()))}


def examples(cache: Path | None) -> tuple[list[Any], list[Any]]:
    """The labelled candidates of the tuning and checking parts (from ``cache`` when given
    and present; written there otherwise)."""
    from eventwire.evaluation.splits import CHECK, TUNE

    if cache is not None and cache.exists():
        doc = json.loads(cache.read_text(encoding="utf-8"))
        return ([tuple(e) for e in doc["tune"]], [tuple(e) for e in doc["check"]])
    tune = plover_examples(TUNE) + voa_examples(TUNE) + story_examples(TUNE)
    check = plover_examples(CHECK) + voa_examples(CHECK) + story_examples(CHECK)
    if cache is not None:
        cache.write_text(json.dumps({"tune": tune, "check": check}), encoding="utf-8")
    return tune, check


def prior_scores(examples: list[tuple[str, list[str], int]], doc: dict[str, Any]) -> np.ndarray:
    """The linear score (log-odds before the bias) of each example under a fitted model."""
    w = doc["weights"]
    return np.array([sum(w.get(f, 0.0) for f in feats) for _, feats, _ in examples])


def fit_bias(z: np.ndarray, y: np.ndarray) -> float:
    """The bias that makes sigmoid(z + bias) match the share of right examples (Newton)."""
    b = 0.0
    for _ in range(NEWTON_STEPS * 2):
        p = 1.0 / (1.0 + np.exp(-(z + b)))
        step = float((p - y).sum() / max(1e-9, (p * (1 - p)).sum()))
        b -= step
        if abs(step) < 1e-8:
            break
    return b


def shifted(p: float, delta: float) -> float:
    """The probability ``p`` with its log-odds moved by ``delta`` (3 decimals)."""
    return round(1.0 / (1.0 + np.exp(-(np.log(p / (1.0 - p)) + delta))), 3)


def recalibrate(args: argparse.Namespace, tune: list[Any], check: list[Any],
                prior_doc: dict[str, Any]) -> None:
    """Keep an earlier model's weights and refit its bias on the exhaustively labelled tuning
    candidates (PLOVER, VOA): the candidates change as the lexicons and rules do, so the share
    of right ones at a given score drifts; the ranking stays the model's. The display threshold
    and the CAMEO floor keep the decisions of the earlier model (their log-odds moved by the
    change of the bias, so the same candidates are shown and kept): chosen again on these
    tuning sentences, which the weights were fitted on, they would pass candidates that are
    right there only. The precision and recall each threshold would give on the tuning part
    are printed, and the model is written."""
    full = [e for e in tune if exhaustive(e[0])]
    y_full = np.array([e[2] for e in full], float)
    b = fit_bias(prior_scores(full, prior_doc), y_full)
    p_full = 1.0 / (1.0 + np.exp(-(prior_scores(full, prior_doc) + b)))
    delta = b - prior_doc["bias"]
    threshold = shifted(float(prior_doc.get("threshold", 0.5)), delta)
    cameo_floor = shifted(float(prior_doc.get("cameo_floor", 0.8)), delta)
    for t in THRESHOLDS:
        kept = p_full >= t
        print(f"  threshold {t:.2f}: tuning precision {y_full[kept].mean():.3f}, "
              f"recall of right {y_full[kept].sum() / y_full.sum():.3f}")
    print(f"bias {prior_doc['bias']} -> {b:.4f}; display threshold {threshold}; "
          f"CAMEO floor {cameo_floor}")
    y_tune, y_check = (np.array([e[2] for e in xs], float) for xs in (tune, check))
    p_tune, p_check = (1.0 / (1.0 + np.exp(-(prior_scores(xs, prior_doc) + b)))
                       for xs in (tune, check))
    report = {"tune": summary("tune (weights fitted on it earlier)", y_tune, p_tune, threshold),
              "check": summary("check", y_check, p_check, threshold),
              "check_by_set": by_set("check", check, y_check, p_check, threshold)}
    doc = dict(prior_doc)
    doc.update({
        "recalibrated": {"built": dt.date.today().isoformat(),
                         "by": "scripts/train_event_classifier.py --prior ... --bias-only",
                         "bias_before": prior_doc["bias"],
                         "examples": {"tune": len(full), "check": len(check)},
                         "fitted_on": "exhaustively labelled tuning candidates (PLOVER GSR "
                                      "dev and VOA stories, tune parts)",
                         "report": report},
        "threshold": threshold, "cameo_floor": cameo_floor,
        "bias": round(b, 4),
    })
    args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: bias {b:.4f}, threshold {threshold}")


def fit_added(examples: list[tuple[str, list[str], int]], prior_doc: dict[str, Any],
              names: list[str], l2: float) -> dict[str, float]:
    """The weights of the features ``names`` fitted on ``examples`` with an earlier model's
    bias and other weights held fixed (its score of each example is an offset): how much a
    new piece of evidence adds to what the model already decides from the rest."""
    fixed = {f: w for f, w in prior_doc["weights"].items() if f not in names}
    x = np.array([[float(f in feats) for f in names] for _, feats, _ in examples]).reshape(
        len(examples), len(names))
    y = np.array([e[2] for e in examples], float)
    z = np.array([sum(fixed.get(f, 0.0) for f in feats) for _, feats, _ in examples]) + \
        prior_doc["bias"]
    w = np.zeros(len(names))
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(z + x @ w)))
        grad = x.T @ (p - y) + l2 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(names))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return {f: round(float(wf), 4) for f, wf in zip(names, w, strict=True)}


def fit_only(args: argparse.Namespace, tune: list[Any], check: list[Any],
             prior_doc: dict[str, Any]) -> None:
    """Keep an earlier model's bias, weights, display threshold and CAMEO floor and fit only
    the weights of ``args.only`` (features the model did not have) on all the tuning
    candidates (``fit_added``; the L2 strength is the earlier model's unless ``--l2`` is
    given). Each feature's weight and how many tuning candidates carry it are printed with
    the tuning and checking reports, and the model is written."""
    names = list(args.only)
    l2 = float(args.l2 if args.l2 is not None else prior_doc.get("l2", 10.0))
    added = fit_added(tune, prior_doc, names, l2)
    for f in names:
        carry = [e[2] for e in tune if f in e[1]]
        print(f"{f}: weight {added[f]} ({len(carry)} tuning candidates, {sum(carry)} right)")
    weights = {f: w for f, w in prior_doc["weights"].items() if f not in names}
    weights.update({f: w for f, w in added.items() if abs(w) >= MIN_WEIGHT})
    model = dict(prior_doc, weights=dict(sorted(weights.items())))
    threshold = float(prior_doc.get("threshold", 0.5))
    y_tune, y_check = (np.array([e[2] for e in xs], float) for xs in (tune, check))
    p_tune, p_check = (1.0 / (1.0 + np.exp(-(prior_scores(xs, model) + prior_doc["bias"])))
                       for xs in (tune, check))
    model["added"] = {"built": dt.date.today().isoformat(),
                      "by": "scripts/train_event_classifier.py --prior ... --only ...",
                      "features": names, "l2": l2,
                      "examples": {"tune": len(tune), "check": len(check)},
                      "report": {"tune": summary("tune", y_tune, p_tune, threshold),
                                 "check": summary("check", y_check, p_check, threshold),
                                 "check_by_set": by_set("check", check, y_check, p_check,
                                                        threshold)}}
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


def model_report(path: Path, tune: list[Any], check: list[Any]) -> dict[str, Any]:
    """The reliability (share right per confidence bin, calibration error, log loss) of the
    model at ``path`` on the tuning and checking candidates, overall and by evaluation set;
    printed and returned. The tuning figures are not held out when the model was fitted on
    these candidates."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    threshold = float(doc.get("threshold", 0.5))
    out = {}
    for name, xs in (("tune", tune), ("check", check)):
        y = np.array([e[2] for e in xs], float)
        p = 1.0 / (1.0 + np.exp(-(prior_scores(xs, doc) + doc["bias"])))
        out[name] = {"all": summary(name, y, p, threshold), **by_set(name, xs, y, p, threshold)}
    return out


def main() -> None:
    """Collect examples, pick the regularisation, fit, report and write the model."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT_FILE)
    ap.add_argument("--precision", type=float, default=0.7)
    ap.add_argument("--examples", type=Path, default=None,
                    help="JSON file of the labelled candidates: read if it exists, else written")
    ap.add_argument("--prior", type=Path, default=None,
                    help="an earlier model (event_classifier.json) whose weights the fit is "
                         "pulled toward: an update of that model on today's candidates")
    ap.add_argument("--bias-only", action="store_true",
                    help="with --prior: keep its weights and refit only the bias (recalibrate "
                         "the earlier model to today's candidates)")
    ap.add_argument("--only", nargs="+", default=None, metavar="FEATURE",
                    help="with --prior: keep its bias and weights and fit only the weights of "
                         "these features (new ones) on the tuning candidates")
    ap.add_argument("--drop", nargs="+", default=None, metavar="GROUP",
                    help="leave out the features of these groups (their name before '=', "
                         "e.g. 'lemma'): fewer lexical features when they do not generalise")
    ap.add_argument("--report", type=Path, default=None, metavar="MODEL",
                    help="print the reliability of a fitted model on today's tuning and "
                         "checking candidates, by evaluation set, and write nothing")
    ap.add_argument("--platt", choices=("set", "story", "none"), default="set",
                    help="the held-out scores the Platt scaling is fitted on: each evaluation "
                         "set predicted by a model of the others (default), the story-grouped "
                         "folds, or none (raw logistic scores)")
    ap.add_argument("--l2", type=float, default=None,
                    help="the L2 strength (default: chosen by grouped cross-validation)")
    args = ap.parse_args()
    tune, check = examples(args.examples)
    if args.drop:
        tune, check = without(tune, args.drop), without(check, args.drop)
    prior_doc = json.loads(args.prior.read_text(encoding="utf-8")) if args.prior else None
    prior = prior_doc["weights"] if prior_doc else None
    y_tune = np.array([e[2] for e in tune], float)
    if args.report:
        model_report(args.report, tune, check)
        return
    if args.bias_only:
        if prior_doc is None:
            ap.error("--bias-only needs --prior")
        recalibrate(args, tune, check, prior_doc)
        return
    if args.only:
        if prior_doc is None:
            ap.error("--only needs --prior")
        fit_only(args, tune, check, prior_doc)
        return
    if args.l2 is None:
        losses = {l2: log_loss(y_tune, cross_validated(tune, l2, prior)) for l2 in L2_GRID}
        l2 = min(losses, key=losses.get)
        print(f"cross-validated log loss by L2: {losses}; chosen {l2}")
    else:
        l2 = args.l2
    oof = cross_validated(tune, l2, prior)
    if args.platt == "none":
        slope, intercept = 1.0, 0.0
    else:
        held = held_out_by_set(tune, l2, prior) if args.platt == "set" else oof
        slope, intercept = platt(logits(held), y_tune)
    raw_oof, oof = oof, 1.0 / (1.0 + np.exp(-(slope * logits(oof) + intercept)))
    print(f"Platt scaling ({args.platt} held out): slope {slope:.3f}, intercept "
          f"{intercept:.3f}; cross-validated log loss {log_loss(y_tune, raw_oof):.3f} -> "
          f"{log_loss(y_tune, oof):.3f}")
    full = np.array([exhaustive(g) for g, _, _ in tune])  # every event of the sentence labelled
    threshold = pick_threshold(y_tune[full], oof[full], args.precision)
    cameo_floor = pick_cameo_floor([e for e, f in zip(tune, full, strict=True) if f],
                                   y_tune[full], oof[full])
    print(f"display threshold {threshold}; CAMEO floor {cameo_floor}")
    index = feature_index(tune, prior)
    w, b = fit(matrix(tune, index), y_tune, l2, prior_vector(index, prior))
    w, b = slope * w, slope * b + intercept  # the calibration folded into the weights
    p_check = predict(matrix(check, index), w, b)
    y_check = np.array([e[2] for e in check], float)
    report = {"tune_cross_validated": summary("tune (cross-validated)", y_tune, oof, threshold),
              "check": summary("check", y_check, p_check, threshold),
              "check_by_set": by_set("check", check, y_check, p_check, threshold)}
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= MIN_WEIGHT}
    doc = {
        "model": "logistic regression (L2) over event features "
                 "(eventwire.extract.event_classifier.features_of)",
        "trained_on": "tune parts (evaluation/splits.py) of PLOVER GSR dev "
                      "(plover_gsr_dev.jsonl), VOA dev stories (voa/dev_*.jsonl) and the "
                      "labelled sentences of the story sets (stories/*/truth.json)",
        "built_by": "scripts/train_event_classifier.py",
        "built": dt.date.today().isoformat(),
        "examples": {"tune": len(tune), "check": len(check)},
        **({"prior": {"built": prior_doc.get("built"), "trained_on": prior_doc.get("trained_on"),
                      "examples": prior_doc.get("examples"), "l2": prior_doc.get("l2")}}
           if prior_doc else {}),
        "calibration": {"method": "Platt scaling of held-out log-odds on the tuning part "
                                  f"({args.platt} held out), folded into weights and bias",
                        "slope": round(slope, 4), "intercept": round(intercept, 4),
                        **({"dropped_groups": args.drop} if args.drop else {})},
        "l2": l2, "threshold": threshold, "cameo_floor": cameo_floor, "threshold_precision_target": args.precision,
        "report": report, "bias": round(b, 4), "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(weights)} weights, threshold {threshold}")


if __name__ == "__main__":
    main()
