"""Could a learned classifier re-type candidates of the wrong type? A measurement.

The confidence model (``extract/event_classifier.py``) only confirms a candidate: it scores
whether the candidate's own type is right and never proposes another type. This module asks
whether a re-typing model would fix the VOA typing confusions in general. It reads every
candidate (``all_events``) of the VOA stories and PLOVER GSR dev records, labels each with
the gold types of its sentence and the gold types whose annotated quote holds its trigger,
and reports per part:

- ``bound``: candidates of a type the sentence's gold lacks, of which some gold type of the
  sentence has no candidate at all (re-typing could add it), and of which the trigger lies
  inside that gold event's quote (the candidate is most likely that event, typed otherwise:
  the upper bound of what a re-typer could fix), with the (predicted -> gold) pairs those
  fall into and how many of the pairs recur in both parts;
- ``model``: a multinomial logistic regression that predicts a candidate's type from its
  features without its type (``features_of`` values not crossed with the type), its own
  type, the other types of its sentence and its data set; fitted on the tuning part with the
  L2 strength chosen by story/record-grouped cross-validation (one unpenalised weight favours
  the own type, so the model keeps it unless the evidence outweighs it); and the candidates it would
  re-type at a margin (probability of the new type minus that of the own type) on the tuning
  part (cross-validated) and the checking part: how many move, how many move from a wrong
  type to a missing gold type (gain) and how many from a right type to a wrong one (loss).

    python -m eventwire.evaluation.retyping [--margins 0 0.2 0.4] [--cache FILE]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.evaluation.splits import PARTS

L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
FOLDS = 5
SEED = 7
STEPS = 1500
MOMENTUM = 0.9
MARGINS = (0.0, 0.2, 0.4, 0.6)
Candidate = dict[str, Any]


def voa_candidates(part: str) -> list[Candidate]:
    """Every candidate of one part of the VOA stories with the gold types of its sentence
    (``gold``) and of the gold quotes that hold its trigger (``gold_in``)."""
    from eventwire.evaluation.voa import located_candidates
    from eventwire.extract.event_classifier import features_of

    out = []
    for ex, spans, overlap in located_candidates(part):
        for ev in ex.events:
            sent = (ev.sentence.start, ev.sentence.end)
            trig = (ev.trigger.start, ev.trigger.end)
            out.append(candidate(
                "voa", f"voa:{ex.article.id}", sent, ev.type, features_of(ev),
                {t for s, _, t in spans if overlap(sent, s)},
                {t for _, q, t in spans if q[0] <= trig[0] and trig[1] <= q[1]}))
    return out


def plover_candidates(part: str) -> list[Candidate]:
    """Every candidate of one part of PLOVER GSR dev (one sentence, one gold type each)."""
    from eventwire.evaluation.plover_events import part_candidates
    from eventwire.extract.event_classifier import features_of

    return [candidate("plover", f"plover:{rid}", (0, 0), ev.type, features_of(ev), {etype}, {etype})
            for rid, etype, events in part_candidates(part) for ev in events]


def candidate(dataset: str, group: str, sentence: tuple[int, int], etype: str,
              features: list[str], gold: Iterable[str], gold_in: Iterable[str]) -> Candidate:
    """One labelled candidate."""
    return {"set": dataset, "group": group, "sentence": tuple(sentence), "type": etype,
            "features": list(features), "gold": sorted(set(gold)), "gold_in": sorted(set(gold_in))}


def sentence_types(cands: Sequence[Candidate]) -> dict[tuple[str, tuple[int, int]], set[str]]:
    """The candidate types of each sentence (keyed by group and sentence span)."""
    out: dict[tuple[str, tuple[int, int]], set[str]] = defaultdict(set)
    for c in cands:
        out[(c["group"], c["sentence"])].add(c["type"])
    return out


def missing(c: Candidate, types: dict[tuple[str, tuple[int, int]], set[str]],
            inside: bool = False) -> list[str]:
    """The gold types of the candidate's sentence (with ``inside``: of the gold quotes that
    hold its trigger) that no candidate of the sentence has."""
    have = types[(c["group"], c["sentence"])]
    return [t for t in (c["gold_in"] if inside else c["gold"]) if t not in have]


def bound(cands: Sequence[Candidate]) -> dict[str, Any]:
    """Candidates typed otherwise than their sentence's gold, how many a re-typer could fix,
    and the (predicted -> gold) pairs of those whose trigger lies in a missing gold quote."""
    types = sentence_types(cands)
    wrong = [c for c in cands if c["gold"] and c["type"] not in c["gold"]]
    fixable = [c for c in wrong if missing(c, types)]
    inside = [c for c in wrong if missing(c, types, inside=True)]
    pairs = Counter(f"{c['type']}->{missing(c, types, inside=True)[0]}" for c in inside)
    return {"candidates": len(cands), "no_gold_sentence": sum(not c["gold"] for c in cands),
            "wrong_type": len(wrong), "gold_type_missing": len(fixable),
            "trigger_in_missing_quote": len(inside), "pairs": pairs}


def retype_features(c: Candidate, types: dict[tuple[str, tuple[int, int]], set[str]]
                    ) -> list[str]:
    """The re-typer's features: the candidate's features not crossed with its type, its own
    type, the other types of its sentence and its data set."""
    feats = [f for f in c["features"] if "type=" not in f]
    feats.append(f"own={c['type']}")  # with the own-type weight of the model
    feats += sorted(f"other={t}" for t in types[(c["group"], c["sentence"])] if t != c["type"])
    feats.append(f"set={c['set']}")
    return feats


def target(c: Candidate, types: dict[tuple[str, tuple[int, int]], set[str]]) -> str | None:
    """The type a candidate should have: its own when right; else the missing gold type whose
    quote holds its trigger, else any missing gold type, else a gold type; None outside gold
    sentences."""
    if not c["gold"]:
        return None
    if c["type"] in c["gold"]:
        return c["type"]
    return (missing(c, types, inside=True) or missing(c, types) or c["gold"])[0]


def fit_softmax(x: np.ndarray, y: np.ndarray, k: int, l2: float, own: np.ndarray | None = None,
                steps: int = STEPS) -> tuple[np.ndarray, np.ndarray, float]:
    """Multinomial logistic regression with an L2 penalty (``l2`` on the summed log loss),
    fitted by Nesterov-accelerated gradient descent. With ``own`` (each example's own class)
    one unpenalised weight ``keep`` adds to the own class's score: the model keeps the own
    type unless the other features outweigh that."""
    n, d = x.shape
    w, b, keep = np.zeros((d, k)), np.zeros(k), 0.0
    vw, vb, vk = np.zeros_like(w), np.zeros_like(b), 0.0
    onehot = np.eye(k)[y]
    mask = np.eye(k)[own] if own is not None else np.zeros((n, k))
    step = 1.0 / (max(1.0, float(x.sum(1).max())) / 2 + 1.0 + l2 / max(n, 1))
    for _ in range(steps):
        wl, bl, kl = w + MOMENTUM * vw, b + MOMENTUM * vb, keep + MOMENTUM * vk
        err = softmax(x @ wl + bl + kl * mask) - onehot
        vw = MOMENTUM * vw - step * (x.T @ err / n + l2 * wl / n)
        vb = MOMENTUM * vb - step * err.mean(0)
        vk = MOMENTUM * vk - step * float((err * mask).sum() / n)
        w, b, keep = w + vw, b + vb, keep + vk
    return w, b, keep


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def grouped_folds(groups: Sequence[str], folds: int = FOLDS, seed: int = SEED) -> list[int]:
    """A fold number per example; the examples of one group share a fold."""
    names = sorted(set(groups))
    random.Random(seed).shuffle(names)
    fold = {g: i % folds for i, g in enumerate(names)}
    return [fold[g] for g in groups]


def design(rows: Sequence[list[str]], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(index)))
    for i, feats in enumerate(rows):
        for f in feats:
            if f in index:
                x[i, index[f]] = 1.0
    return x


class Model:
    """A fitted re-typer: feature index, weights, bias and the own-type weight."""

    def __init__(self, rows: Sequence[list[str]], y: np.ndarray, own: np.ndarray, k: int,
                 l2: float) -> None:
        self.index = {f: i for i, f in enumerate(sorted({f for feats in rows for f in feats}))}
        self.k = k
        self.w, self.b, self.keep = fit_softmax(design(rows, self.index), y, k, l2, own)

    def probabilities(self, rows: Sequence[list[str]], own: np.ndarray) -> np.ndarray:
        return softmax(design(rows, self.index) @ self.w + self.b
                       + self.keep * np.eye(self.k)[own])


def cross_validated(rows: Sequence[list[str]], y: np.ndarray, own: np.ndarray,
                    groups: Sequence[str], k: int, l2: float) -> np.ndarray:
    """Out-of-fold class probabilities."""
    fold = np.array(grouped_folds(groups))
    out = np.zeros((len(rows), k))
    for f in range(FOLDS):
        train, test = np.flatnonzero(fold != f), np.flatnonzero(fold == f)
        if not len(test) or not len(train):
            continue
        model = Model([rows[i] for i in train], y[train], own[train], k, l2)
        out[test] = model.probabilities([rows[i] for i in test], own[test])
    return out


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    return float(-np.mean(np.log(np.clip(p[np.arange(len(y)), y], 1e-9, 1.0))))


def outcome(cands: Sequence[Candidate], probs: np.ndarray, classes: Sequence[str],
            types: dict[tuple[str, tuple[int, int]], set[str]], margin: float
            ) -> dict[str, int]:
    """What re-typing at ``margin`` does: candidates moved, moved from a wrong type to a gold
    type the sentence lacks (gain), moved from a right type to a wrong one (loss)."""
    col = {t: i for i, t in enumerate(classes)}
    moved = gain = loss = 0
    for c, p in zip(cands, probs, strict=True):
        best, own = int(p.argmax()), col[c["type"]]
        if best == own or p[best] - p[own] < margin:
            continue
        moved += 1
        new = classes[best]
        right_now = new in c["gold"] and new not in types[(c["group"], c["sentence"])]
        gain += int(c["type"] not in c["gold"] and right_now)
        loss += int(c["type"] in c["gold"] and not right_now)
    return {"moved": moved, "gain": gain, "loss": loss}


def study(tune: Sequence[Candidate], check: Sequence[Candidate],
          margins: Sequence[float] = MARGINS) -> dict[str, Any]:
    """The model part of the report (see the module docstring)."""
    types = sentence_types(list(tune) + list(check))
    tune = [c for c in tune if target(c, types)]
    check = [c for c in check if target(c, types)]
    classes = sorted({c["type"] for c in (*tune, *check)} |
                     {t for c in (*tune, *check) for t in c["gold"]})
    col = {t: i for i, t in enumerate(classes)}
    rows_t = [retype_features(c, types) for c in tune]
    rows_c = [retype_features(c, types) for c in check]
    y_t = np.array([col[target(c, types)] for c in tune])
    y_c = np.array([col[target(c, types)] for c in check])
    own_t = np.array([col[c["type"]] for c in tune], dtype=int)
    own_c = np.array([col[c["type"]] for c in check], dtype=int)
    groups = [c["group"] for c in tune]
    oof = {l2: cross_validated(rows_t, y_t, own_t, groups, len(classes), l2) for l2 in L2_GRID}
    losses = {l2: log_loss(p, y_t) for l2, p in oof.items()}
    l2 = min(losses, key=losses.get)
    model = Model(rows_t, y_t, own_t, len(classes), l2)
    p_c = model.probabilities(rows_c, own_c)
    return {
        "examples": {"tune": len(tune), "check": len(check)},
        "cv_log_loss": {str(k): round(v, 3) for k, v in losses.items()}, "l2": l2,
        "own_type_weight": round(model.keep, 2),
        "accuracy": {"tune_cv": round(float((oof[l2].argmax(1) == y_t).mean()), 3),
                     "check": round(float((p_c.argmax(1) == y_c).mean()), 3),
                     "own_type_tune": round(float((own_t == y_t).mean()), 3),
                     "own_type_check": round(float((own_c == y_c).mean()), 3)},
        "check_log_loss": round(log_loss(p_c, y_c), 3),
        "retyped": {str(m): {"tune_cv": outcome(tune, oof[l2], classes, types, m),
                             "check": outcome(check, p_c, classes, types, m)}
                    for m in margins},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--margins", type=float, nargs="+", default=list(MARGINS))
    ap.add_argument("--cache", type=Path, default=None,
                    help="JSON file of the labelled candidates: read if it exists, else written")
    args = ap.parse_args(argv)
    if args.cache is not None and args.cache.exists():
        parts = json.loads(args.cache.read_text(encoding="utf-8"))
        for cands in parts.values():
            for c in cands:
                c["sentence"] = tuple(c["sentence"])
    else:
        parts = {p: voa_candidates(p) + plover_candidates(p) for p in PARTS}
        if args.cache is not None:
            args.cache.write_text(json.dumps(parts), encoding="utf-8")
    pairs = {}
    for part, cands in parts.items():
        for dataset in ("voa", "plover"):
            b = bound([c for c in cands if c["set"] == dataset])
            pairs[(part, dataset)] = b.pop("pairs")
            print(f"{part} {dataset}: {b}")
            print(f"   pairs: {dict(pairs[(part, dataset)].most_common())}")
    shared = set(pairs[("tune", "voa")]) & set(pairs[("check", "voa")])
    print(f"VOA pairs: tune {len(pairs[('tune', 'voa')])}, check {len(pairs[('check', 'voa')])}, "
          f"in both {len(shared)} {sorted(shared)}")
    report = study(parts["tune"], parts["check"], args.margins)
    for key, value in report.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
