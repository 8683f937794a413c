"""Fit the cross-document event coreference model (package data ``fuse_coref.json``).

Labelled mention pairs come from the ``tune`` part of the evaluation sets only:
the tune multi-outlet story sets (a mention belongs to a truth event when its
sentence holds one of the event's quotes and its type is acceptable) and the odd
ECB+ topics, extracted here by the pipeline (or read from a store built by
``eventwire.evaluation.ecbplus --db``; a mention belongs to the gold
cross-document chain whose action its trigger overlaps). Which event types may describe one occurrence is also
learned from story-set mentions of another type whose trigger lies inside a truth
quote. Pairs of labelled mentions from different articles with
compatible types are the examples; a logistic regression (Newton's method, L2
strength chosen by held-out log loss over folds: ECB+ topics, story-set pairs of
articles) gives the weights. The thresholds are the lowest probabilities whose
links reach the precision targets among out-of-fold probabilities (each pair scored
by a model that did not see its fold), and the calibration written with the
weights (predicted vs observed rate per probability bin) is of those too. The dated
pairs are also scored out of fold by truth event (``held_out_by_event``: every coreferent
pair of one event held out together, as the events of a story never seen are). The run
is deterministic: on the same extraction it rewrites the shipped file exactly.

    python -m eventwire.evaluation.fit_coref [--ecb-db PATH | --no-ecb] [--out PATH]
        [--extend FEATURE ...] [--type-pairs] [--other-types]

``--extend`` fits only the named features' weights for dated pairs, every other weight,
threshold and type pair held at the shipped model's (the one file this mode reads): a
feature added to a model whose full refit is not shipped. ``--type-pairs`` and
``--other-types`` (``other_type_links``) print how labelled pairs of differing types fare and
write nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.evaluation.common import eval_path
from eventwire.evaluation.splits import TUNE, TUNE_STORY_SETS, ecb_part
from eventwire.fuse import coref
from eventwire.fuse.events import PRIVATE_PARTY_LINK, vaguely_dated
from eventwire.fuse.mentions import Mention, make_mention

PRECISION_TARGET = 0.8  # pair precision of links between mentions dated to the week
VAGUE_PRECISION_TARGET = 0.75  # pair precision of links where dates cannot object
MERGE_PRECISION_TARGET = 0.9  # pair precision of the links that merge two events
TYPE_MIN_POS = 3
TYPE_MIN_LIFT = 0.25
L2 = 0.001
L2_GRID = (0.0003, 0.001, 0.003, 0.01, 0.03, 0.1)  # L2 strengths tried (held-out log loss)
FOLDS = 5  # cross-validation folds (ECB+: by topic; story sets: by pair of articles)
NEWTON_STEPS = 50
HELD_OUT_THRESHOLDS = False  # thresholds from out-of-fold probabilities (else in-sample: on
# the tune story set, out-of-fold thresholds at these targets link less and lose fusion recall)
MIN_LINKS = 5  # a threshold must keep at least this many training links
BINS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.01)
SENT_END = re.compile(r"[.!?]['\"\u201d\u2019)]*\s|\n")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (boundary: end punctuation or a newline)."""
    s = 0
    for m in SENT_END.finditer(text, 0, max(0, start)):
        s = m.end()
    m = SENT_END.search(text, max(start, end - 1))
    return s, max(m.start() + 1 if m else len(text), end)


def locate(quote: str, text: str) -> tuple[int, int] | None:
    """Where a quote occurs in a text, whitespace-insensitively."""
    words = re.sub(r"\s+", " ", quote).strip().split(" ")
    m = re.search(r"\s+".join(re.escape(w) for w in words), text) if words[0] else None
    return (m.start(), m.end()) if m else None


def story_examples(folder: Path) -> tuple[list[tuple[Mention, str]], list[tuple[Mention, str]]]:
    """Labelled mentions of one story set: (mention, truth event id) of an acceptable type
    (the label of every unlabelled mention is "": it only counts towards the names'
    frequencies), and apart the mentions of another type whose trigger lies inside a truth
    quote that holds no trigger of an acceptable type (they only show which types describe
    one occurrence; in a quote that does, "the strike came two days after the envoy met the
    premier", the other trigger tells another occurrence)."""
    from eventwire.corpus import extract

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    out, other = [], []
    exs = {ex.article.id: ex.to_dict() for ex in extract([str(folder / "articles.jsonl")])}
    def article(ex: dict[str, Any]) -> dict[str, Any]:
        """The article fields a mention needs."""
        return {"id": ex["id"], "published": ex.get("published"), "url": ex.get("url")}

    out += [(make_mention(f"{ex['id']}#{i}", article(ex), ev, None), "")
            for ex in exs.values() for i, ev in enumerate(ex["events"])]
    found: dict[tuple[str, int], list[tuple[str, bool]]] = {}
    for t in truth["events"]:
        for q in t["mentions"]:
            ex = exs.get(q["article"])
            loc = locate(q["quote"], ex["text"]) if ex else None
            if not loc:
                continue
            lo, hi = sentence_span(ex["text"], *loc)
            for i, ev in enumerate(ex["events"]):
                sent = ev.get("sentence") or {}
                if sent.get("start", 0) < hi and lo < sent.get("end", 0) and \
                        ev["type"] in t["types"]:
                    found.setdefault((ex["id"], i), []).append((t["id"], in_quote(ev, loc)))
            other += [(make_mention(f"{ex['id']}#{i}", article(ex), ex["events"][i], None),
                       t["id"]) for i in retyped_in_quote(ex["events"], set(t["types"]), loc)]
    for (aid, i), labels in found.items():
        label = sentence_label(labels)
        if label:
            out.append((make_mention(f"{aid}#{i}", article(exs[aid]), exs[aid]["events"][i],
                                     None), label))
    return out, other


def sentence_label(labels: list[tuple[str, bool]]) -> str:
    """The truth event of a mention from the events whose quotes its sentence holds, each
    with whether the quote holds the mention's trigger: the one event, or of several (one
    sentence telling an attack and the strikes it drew) the one whose quote holds the
    trigger; "" when that does not decide (the mention is left out of the pairs)."""
    events = {t for t, _ in labels}
    if len(events) == 1:
        return events.pop()
    own = {t for t, inside in labels if inside}
    return own.pop() if len(own) == 1 else ""


def retyped_in_quote(events: list[dict[str, Any]], types: set[str], quote: tuple[int, int]
                     ) -> list[int]:
    """The indexes of the events of another type whose trigger lies inside a truth quote, when
    no trigger of an acceptable type does: such a quote is told by that other type; one that
    holds a trigger of its own type is told by it, and another type's trigger there names
    another occurrence of the sentence ("the strike came two days after the envoy met the
    premier")."""
    if any(ev["type"] in types and in_quote(ev, quote) for ev in events):
        return []
    return [i for i, ev in enumerate(events) if ev["type"] not in types and in_quote(ev, quote)]


def in_quote(ev: dict[str, Any], quote: tuple[int, int]) -> bool:
    """Whether an extracted event's trigger lies inside a truth quote (the quote's event,
    whatever type the extractor gave it)."""
    trig = ev.get("trigger") or {}
    return quote[0] <= trig.get("start", -1) and trig.get("end", 1 << 30) <= quote[1]


def ecb_examples(db: str | None = None) -> list[tuple[Mention, str]]:
    """Labelled mentions of the odd (tune) ECB+ topics: extracted here by the pipeline, or
    read from a store built by the ECB+ evaluation (``db``, faster when it is current)."""
    from eventwire.evaluation.ecbplus import load_docs

    base = eval_path("ecbplus")
    docs = {d.id: d for d in load_docs(base) if ecb_part(d.story.split("_")[0]) == TUNE} \
        if base else {}
    rows = stored_mentions(db, docs) if db else extracted_mentions(docs)
    out = []
    for mid, art, data in rows:
        doc = docs[art["id"]]
        trig = data.get("trigger") or {}
        chain = next((c for s0, e0, c in doc.mentions
                      if s0 < trig.get("end", -1) and e0 > trig.get("start", -1)), None)
        if chain:
            out.append((make_mention(mid, art, data, None), "ecb:" + chain))
    return out


def extracted_mentions(docs: dict[str, Any]) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(mention id, article, event) of every event the pipeline extracts from these ECB+
    documents, in document order (ids as a store numbers them)."""
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline, ProcessingError

    out = []
    articles = (Article(id=d.id, text=d.text, source=d.id) for d in docs.values())
    for result in Pipeline().run(articles):
        if isinstance(result, ProcessingError):
            continue
        art = {"id": result.article.id, "published": None, "url": None}
        out += [(f"{art['id']}#{i}", art, ev)
                for i, ev in enumerate(result.to_dict()["events"])]
    return out


def stored_mentions(db: str, docs: dict[str, Any]
                    ) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(mention id, article, event) of the stored mentions of these ECB+ documents."""
    from sqlalchemy import select

    from eventwire.store import Store
    from eventwire.store import schema as s

    store = Store(db)
    out = []
    with store.engine.connect() as conn:
        q = select(s.mentions.c.id, s.mentions.c.data, s.articles.c.id.label("article_id"),
                   s.articles.c.published, s.articles.c.url).join(
            s.articles, s.articles.c.id == s.mentions.c.article_id).order_by(s.mentions.c.id)
        for r in conn.execute(q):
            if r.article_id in docs:
                out.append((str(r.id), {"id": r.article_id, "published": r.published,
                                        "url": r.url}, r.data))
    store.close()
    return out


def comparable(a: tuple[Mention, str], b: tuple[Mention, str]) -> bool:
    """Two labelled mentions fusion would compare: different articles of one set (for ECB+,
    of one topic)."""
    (ma, ga), (mb, gb) = a, b
    if ma.root == mb.root or ga.startswith("ecb:") != gb.startswith("ecb:"):
        return False
    return not ga.startswith("ecb:") or ma.article.split("_")[0] == mb.article.split("_")[0]


def fitted_types(examples: list[tuple[Mention, str]]) -> list[list[str]]:
    """Pairs of different event types that report one occurrence often enough, per source
    (story sets, ECB+): at least TYPE_MIN_POS coreferent comparable pairs and a coreference
    rate of at least TYPE_MIN_LIFT times the rate of same-type pairs of that source."""
    pos, tot = type_pair_counts(examples)
    out = set()
    for key in tot:
        base = pos[("", "", key[2])] / max(1, tot[("", "", key[2])])
        if key[0] and pos[key] >= TYPE_MIN_POS and pos[key] / tot[key] >= TYPE_MIN_LIFT * base:
            out.add(key[:2])
    return [list(k) for k in sorted(out)]


def type_pair_counts(examples: list[tuple[Mention, str]]
                     ) -> tuple[Counter[tuple[str, str, bool]], Counter[tuple[str, str, bool]]]:
    """Coreferent and all comparable pairs of labelled mentions by (type, type, from ECB+);
    same-type pairs are counted together under ("", "", from ECB+)."""
    pos: Counter[tuple[str, str, bool]] = Counter()
    tot: Counter[tuple[str, str, bool]] = Counter()
    labelled = [(m, g) for m, g in examples if g]
    for i, a in enumerate(labelled):
        for b in labelled[i + 1:]:
            if comparable(a, b):
                ecb = a[1].startswith("ecb:")
                key = (*sorted((a[0].type, b[0].type)), ecb)
                if a[0].type == b[0].type:
                    key = ("", "", ecb)
                tot[key] += 1
                pos[key] += a[1] == b[1]
    return pos, tot


def type_pair_table(examples: list[tuple[Mention, str]]) -> list[dict[str, Any]]:
    """Per source, the type pairs of coreferent comparable mention pairs with how many pairs
    of those types are coreferent and compared, most coreferent first (same-type pairs in one
    row, "same"), and whether the shipped model lists the pair as compatible."""
    pos, tot = type_pair_counts(examples)
    rows = [{"source": "ecbplus" if k[2] else "stories",
             "types": "same" if not k[0] else f"{k[0]}/{k[1]}",
             "coreferent": pos[k], "pairs": tot[k], "rate": round(pos[k] / tot[k], 3),
             "compatible": not k[0] or coref.types_compatible(k[0], k[1])}
            for k in tot if pos[k]]
    return sorted(rows, key=lambda r: (r["source"], r["types"] != "same", -r["coreferent"],
                                       r["types"]))


def other_type_links(examples: list[tuple[Mention, str]]) -> list[dict[str, Any]]:
    """Per source and kind of dates (dated, vague), the labelled comparable pairs whose types
    differ and no listed pair covers, scored by the model in use as if their types were
    compatible: how many are coreferent, and how many of them and of all would link at the
    thresholds by probability alone (dated pairs: the link and the merge threshold; vague
    pairs: the vague threshold, without its shared-content test). What linking any two types
    on strong participant, date and name evidence would add, and at what precision."""
    common = coref.vocabulary([m.sentence for m, _ in examples])
    labelled = [(m, g) for m, g in examples if g]
    compatible = coref.FEATURES.index("compatible_type")
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for i, (a, ga) in enumerate(labelled):
        for b, gb in labelled[i + 1:]:
            if not comparable((a, ga), (b, gb)) or coref.types_compatible(a.type, b.type):
                continue
            vector = coref.features(a, b, common)
            vector[compatible] = 1.0
            vague = vaguely_dated(a, b)
            p = coref.probability(vector, coref.model()["vague_weights" if vague else "weights"])
            key = ("ecbplus" if ga.startswith("ecb:") else "stories", "vague" if vague else "dated")
            row = rows.setdefault(key, {"source": key[0], "dates": key[1], "pairs": 0,
                                        "coreferent": 0, "best_coreferent": 0.0, "links": {}})
            same = ga == gb
            row["pairs"] += 1
            row["coreferent"] += same
            if same:
                row["best_coreferent"] = round(max(row["best_coreferent"], p), 3)
            limits = {"vague": coref.vague_threshold()} if vague else \
                {"dated": coref.threshold(), "merge": coref.merge_threshold()}
            for name, t in limits.items():
                got = row["links"].setdefault(name, {"threshold": t, "links": 0, "coreferent": 0})
                if p >= t:
                    got["links"] += 1
                    got["coreferent"] += same
    return [rows[k] for k in sorted(rows)]


def pairs(examples: list[tuple[Mention, str]]
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray,
                     np.ndarray]:
    """Feature matrix, labels, vague-date marks, marks of vague pairs without a shared
    number or distinctive name (never linked, or only from ``PRIVATE_PARTY_LINK`` when they
    share an unregistered party: ``private``), the fold of every comparable pair with
    compatible types (``fold_of``) and its fold by truth event (``event_fold``)."""
    common = coref.vocabulary([m.sentence for m, _ in examples])
    examples = [(m, g) for m, g in examples if g]
    xs, ys, vague, blind, private, folds, events = [], [], [], [], [], [], []
    for i, (a, ga) in enumerate(examples):
        for b, gb in examples[i + 1:]:
            if not comparable((a, ga), (b, gb)) or not coref.types_compatible(a.type, b.type):
                continue
            xs.append(coref.features(a, b, common))
            ys.append(float(ga == gb))
            vague.append(vaguely_dated(a, b))
            blind.append(vague[-1] and (coref.modality_group(a) != coref.modality_group(b) or
                                        not coref.shares_distinctive(a, b, common)))
            private.append(blind[-1] and coref.modality_group(a) == coref.modality_group(b)
                           and coref.shares_private_party(a, b, common))
            folds.append(fold_of(a, b, ga.startswith("ecb:")))
            events.append(event_fold(a, ga, gb))
    return (np.array(xs, dtype=float), np.array(ys, dtype=float), np.array(vague, dtype=bool),
            np.array(blind, dtype=bool), np.array(private, dtype=bool),
            np.array(folds, dtype=int), np.array(events, dtype=int))


def fold_of(a: Mention, b: Mention, ecb: bool) -> int:
    """The cross-validation fold of a pair: its ECB+ topic, or for a story set its pair of
    articles, spread over FOLDS by a stable hash."""
    key = a.article.split("_")[0] if ecb else "|".join(sorted((a.root, b.root)))
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def event_fold(a: Mention, ga: str, gb: str) -> int:
    """The fold of a pair by truth event: a story-set pair goes with the first (in id
    order) of its two truth events, so every coreferent pair of one event is held out
    together and scored by a model that saw no pair of that event, as a new story's
    events are; ECB+ pairs stay by topic."""
    key = a.article.split("_")[0] if ga.startswith("ecb:") else min(ga, gb)
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Logistic regression weights by Newton's method with an L2 penalty on all but the bias
    (deterministic; unweighted so that the probabilities stay calibrated)."""
    w = np.zeros(x.shape[1])
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    n = max(1, len(y))
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) / n + penalty @ w
        hess = (x.T * (p * (1 - p))) @ x / n + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def fit_offset(x: np.ndarray, y: np.ndarray, offset: np.ndarray, l2: float = L2) -> np.ndarray:
    """Logistic regression weights of ``x``'s columns added to a fixed logit per pair
    (``offset``: the held weights' sum), by Newton's method with an L2 penalty on all."""
    w = np.zeros(x.shape[1])
    n = max(1, len(y))
    eye = np.eye(x.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + np.exp(-np.clip(offset + x @ w, -30, 30)))
        grad = x.T @ (p - y) / n + l2 * w
        step = np.linalg.solve((x.T * (p * (1 - p))) @ x / n + (l2 + 1e-9) * eye, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def extended_model(examples: list[tuple[Mention, str]], names: list[str],
                   vague_too: bool = False) -> dict[str, Any]:
    """The shipped model with the dated-pair weights of the named features fitted on the
    labelled pairs, the other weights held (L2 strength by out-of-fold log loss), and the
    out-of-fold calibration and in-sample precision of its dated links; with ``vague_too``
    their vague-pair weights too, fitted the same way on the vague pairs."""
    shipped = coref.shipped_model()
    cols = [coref.FEATURES.index(n) for n in names]
    x, y, vague, _, _, folds, events = pairs(examples)
    model = dict(shipped)
    prov = dict(shipped.get("provenance") or {})
    for key in ("extended", "extended_vague"):  # an earlier extension's report is kept
        if key in prov:
            prov["earlier_extensions"] = [*prov.get("earlier_extensions", []), prov.pop(key)]
    kinds = [("weights", ~vague, "threshold")]
    if vague_too:
        kinds.append(("vague_weights", vague, "vague_threshold"))
    for key, mask, limit in kinds:
        held = np.array(shipped[key], dtype=float)
        held[cols] = 0.0
        weights, report = extended_weights(x[mask], y[mask], folds[mask], events[mask], held,
                                           cols, float(shipped[limit]))
        model[key] = [round(float(v), 4) for v in weights]
        report = {"features": names, **report,
                  "pairs_with_feature": {n: int(x[mask][:, c].sum())
                                         for n, c in zip(names, cols, strict=True)},
                  "positive_with_feature": {n: int((x[mask][:, c] * y[mask]).sum())
                                            for n, c in zip(names, cols, strict=True)}}
        prov["extended" if key == "weights" else "extended_vague"] = report
    model["provenance"] = prov
    return model


def extended_weights(x: np.ndarray, y: np.ndarray, folds: np.ndarray, events: np.ndarray,
                     held: np.ndarray, cols: list[int], threshold: float
                     ) -> tuple[np.ndarray, dict[str, Any]]:
    """The held weights with the ``cols`` weights fitted on the pairs ``x``, ``y`` (L2
    strength by out-of-fold log loss), with a report of the links at ``threshold``."""
    offset = x @ held

    def out_of_fold(l2: float, by: np.ndarray = folds) -> np.ndarray:
        """Every pair scored with the free weights fitted without its fold (of ``by``)."""
        p = np.zeros(len(y))
        for f in range(FOLDS):
            test = by == f
            if test.any() and (~test).any():
                w = fit_offset(x[~test][:, cols], y[~test], offset[~test], l2)
                p[test] = 1 / (1 + np.exp(-np.clip(offset[test] + x[test][:, cols] @ w,
                                                   -30, 30)))
        return p
    l2 = min(L2_GRID, key=lambda v: (round(log_loss(out_of_fold(v), y), 6), -v))
    free = fit_offset(x[:, cols], y, offset, l2)
    weights = held.copy()
    weights[cols] = free
    p, out = predict(x, weights), out_of_fold(l2)
    return weights, {"l2": l2, "pairs": int(len(y)), "positive_pairs": int(y.sum()),
                     "links": at(p, y, threshold), "held_out_links": at(out, y, threshold),
                     "held_out_by_event": at(out_of_fold(l2, events), y, threshold),
                     "calibration": calibration(out, y)}


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The model's probabilities for a feature matrix."""
    return 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))


def held_out(x: np.ndarray, y: np.ndarray, folds: np.ndarray, l2: float) -> np.ndarray:
    """Out-of-fold probabilities: every pair scored by a model fitted without its fold."""
    p = np.zeros(len(y))
    for f in range(FOLDS):
        test = folds == f
        if test.any() and (~test).any():
            p[test] = predict(x[test], fit(x[~test], y[~test], l2))
    return p


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    """Mean negative log-likelihood of labels under probabilities."""
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(q) + (1 - y) * np.log(1 - q)).mean()) if len(y) else 0.0


def regularised(x: np.ndarray, y: np.ndarray, folds: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray, float]:
    """Weights fitted on all pairs with the L2 strength (of ``L2_GRID``) whose out-of-fold
    probabilities have the lowest log loss; also those probabilities and the strength."""
    best = min(L2_GRID, key=lambda l2: (round(log_loss(held_out(x, y, folds, l2), y), 6), -l2))
    return fit(x, y, best), held_out(x, y, folds, best), best


def choose_threshold(p: np.ndarray, y: np.ndarray, target: float = PRECISION_TARGET) -> float:
    """The lowest probability whose links keep precision at the target."""
    best = 0.99
    for t in sorted(set(np.round(p, 3)), reverse=True):
        sel = p >= t
        if sel.sum() >= MIN_LINKS and y[sel].mean() >= target:
            best = float(t)
    return best


def at(p: np.ndarray, y: np.ndarray, t: float) -> dict[str, Any]:
    """Pairs, precision and recall of the links at one threshold."""
    sel = p >= t
    return {"threshold": round(t, 3), "pairs": int(len(y)), "positive_pairs": int(y.sum()),
            "precision": round(float(y[sel].mean()), 3) if sel.any() else None,
            "recall": round(float(y[sel].sum() / max(1, y.sum())), 3)}


def calibration(p: np.ndarray, y: np.ndarray) -> list[dict[str, Any]]:
    """Mean predicted probability and observed rate per probability bin."""
    out = []
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        sel = (p >= lo) & (p < hi)
        if sel.any():
            out.append({"bin": [lo, min(hi, 1.0)], "pairs": int(sel.sum()),
                        "predicted": round(float(p[sel].mean()), 3),
                        "observed": round(float(y[sel].mean()), 3)})
    return out


def labelled(ecb_db: str | None, ecb: bool) -> tuple[list[tuple[Mention, str]],
                                                    list[tuple[Mention, str]], list[str]]:
    """Labelled mentions (story sets, then ECB+ odd topics), the story mentions typed
    otherwise inside a truth quote, and the names of the sources."""
    examples, retyped, sources = [], [], []
    for name in sorted(TUNE_STORY_SETS):
        folder = eval_path("stories", name)
        if folder is None:
            sys.exit(f"story set {name} not found")
        typed, other = story_examples(folder)
        examples += typed
        retyped += other
        sources.append(f"stories/{name}")
    if ecb_db or ecb:
        examples += ecb_examples(ecb_db)
        sources.append("ecbplus odd topics (tune)")
    return examples, retyped, sources


def unlinked(blind: np.ndarray, private: np.ndarray, p: np.ndarray) -> np.ndarray:
    """The pairs fusion never links at these probabilities: vague pairs without shared
    distinctive content, unless they share an unregistered party and reach
    ``PRIVATE_PARTY_LINK`` (``events.cross_link``)."""
    return blind & ~(private & (p >= PRIVATE_PARTY_LINK))


def fitted_model(examples: list[tuple[Mention, str]], retyped: list[tuple[Mention, str]],
                 sources: list[str]) -> dict[str, Any]:
    """Fit types, weights (dated and vague pairs apart) and thresholds; return the model."""
    types = fitted_types(examples + retyped)
    with coref.fitting({"compatible_types": types}):
        x, y, vague, blind, private, folds, events = pairs(examples)
    w, p_dated, l2 = regularised(x[~vague], y[~vague], folds[~vague])
    by_event = held_out(x[~vague], y[~vague], events[~vague], l2)
    wv, p_vague, l2v = regularised(x[vague], y[vague], folds[vague])
    out = np.zeros(len(y))
    out[~vague], out[vague] = p_dated, p_vague
    p = out.copy()
    if not HELD_OUT_THRESHOLDS:
        p[~vague], p[vague] = predict(x[~vague], w), predict(x[vague], wv)
    linkable = np.where(unlinked(blind, private, p), 0.0, p)  # what fusion can link
    t = choose_threshold(p[~vague], y[~vague], PRECISION_TARGET)
    tv = max(t, choose_threshold(linkable[vague], y[vague], VAGUE_PRECISION_TARGET))
    tm = max(t, choose_threshold(p[~vague], y[~vague], MERGE_PRECISION_TARGET))
    out_linkable = np.where(unlinked(blind, private, out), 0.0, out)
    return {
        "_doc": "Cross-document event coreference model: logistic weights over the features "
                "of eventwire.fuse.coref (FEATURES order; vague_weights for pairs whose dates "
                "cannot object), the link thresholds (dated pairs, "
                "pairs with vague or no dates, links that merge two events), the event types "
                "that may describe one occurrence, and calibration. Written by python -m "
                "eventwire.evaluation.fit_coref; see data/FUSE.md.",
        "features": list(coref.FEATURES), "weights": [round(float(v), 4) for v in w],
        "vague_weights": [round(float(v), 4) for v in wv],
        "threshold": round(t, 3), "vague_threshold": round(tv, 3),
        "merge_threshold": round(tm, 3), "compatible_types": types,
        "provenance": {"sources": sources, "mentions": len(examples), "pairs": int(len(y)),
                       "positive_pairs": int(y.sum()),
                       "l2": {"dated": l2, "vague": l2v}, "folds": FOLDS,
                       "precision_targets": {"dated": PRECISION_TARGET,
                                             "vague": VAGUE_PRECISION_TARGET,
                                             "merge": MERGE_PRECISION_TARGET},
                       "thresholds_from": "out-of-fold probabilities" if HELD_OUT_THRESHOLDS
                       else "in-sample probabilities",
                       "dated_pairs": at(p[~vague], y[~vague], t),
                       "vague_pairs": at(linkable[vague], y[vague], tv),
                       "merge_links": at(p[~vague], y[~vague], tm),
                       "held_out": {"dated_pairs": at(out[~vague], y[~vague], t),
                                    "vague_pairs": at(out_linkable[vague], y[vague], tv),
                                    "merge_links": at(out[~vague], y[~vague], tm)},
                       "held_out_by_event": {"dated_pairs": at(by_event, y[~vague], t),
                                             "calibration": calibration(by_event, y[~vague])},
                       "calibration": calibration(out[~vague], y[~vague]),
                       "vague_calibration": calibration(out[vague], y[vague]),
                       "calibration_of": "out-of-fold probabilities (each pair scored by a "
                                         "model fitted without its fold)"},
    }


def main(argv: list[str] | None = None) -> None:
    """Build the examples, fit, and write the model JSON."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.evaluation.fit_coref")
    ap.add_argument("--ecb-db", help="read the ECB+ odd topics' mentions from a store built by "
                                     "`python -m eventwire.evaluation.ecbplus --db PATH` "
                                     "instead of extracting them (faster; same result only "
                                     "when that store's extraction is current)")
    ap.add_argument("--no-ecb", action="store_true", help="fit on the story sets only")
    ap.add_argument("--out", type=Path, default=Path(str(
        resources.files("eventwire.data").joinpath(coref.MODEL_FILE))))
    ap.add_argument("--extend", nargs="+", metavar="FEATURE", choices=coref.FEATURES,
                    help="fit only these features' dated-pair weights, holding the shipped "
                         "model's other weights and thresholds")
    ap.add_argument("--vague-too", action="store_true",
                    help="with --extend, fit those features' vague-pair weights as well")
    ap.add_argument("--type-pairs", action="store_true",
                    help="print the type pairs of the coreferent labelled pairs (mentions typed "
                         "otherwise inside a truth quote included) and write no model")
    ap.add_argument("--other-types", action="store_true",
                    help="print how the labelled pairs of types no listed pair covers would "
                         "link if their types were compatible, and write no model")
    a = ap.parse_args(argv)
    examples, retyped, sources = labelled(a.ecb_db, not a.no_ecb)
    if a.type_pairs or a.other_types:
        rows = type_pair_table(examples + retyped) if a.type_pairs else \
            other_type_links(examples + retyped)
        for row in rows:
            print(json.dumps(row))
        return
    if a.extend:
        result = extended_model(examples, a.extend, a.vague_too)
    else:
        result = fitted_model(examples, retyped, sources)
    a.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "_doc"}, indent=1))


if __name__ == "__main__":
    main()
