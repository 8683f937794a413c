"""Why cross-outlet fusion missed: classify the unfused article pairs of a story set.

Reads a record written by ``stories/score.py FOLDER --work DIR`` (``DIR/record.db`` and
``DIR/extract.jsonl``) and the set's ``truth.json``. For every pair of articles that report
one truth event but whose mentions sit in no common shown record of an acceptable type (any
mention in the sentence of the quote counts, as in ``score.py``: a mention typed differently
that joined a record of an acceptable type does), the first reason that applies is counted:

- ``no_event``: an article has no mention in the sentence of its truth quote;
- ``wrong_type``: its mentions there all have a type the truth event does not accept, none of
  them in a shown record of an acceptable type (which the scorer counts: then the pair is
  classed by the other report and the link; counted apart as ``one record``: the two reports already share a record typed otherwise,
  ``typed differently``: the other report has an acceptable mention, or ``both typed
  otherwise``);
- ``not_shown``: its acceptable mentions are only in records below the display threshold;
- ``record_type``: they are only in shown records whose type (another mention's) is not
  acceptable;
- ``types_incompatible``, ``dates_contradict`` (own day-level ranges share no day),
  ``people_contradict``, ``vague_dates`` (the vague-date rule blocks the link),
  ``below_threshold`` (the best link is under the threshold), ``linked_not_merged``
  (the link reaches the threshold but another record won or a rule kept them apart; the
  example names the mention pair that rules the merge out, if any).

For the pairs of the classes the best link decides (from ``types_incompatible`` on),
``missing_evidence`` counts per class what the link model got no help from on that best
pair (``missing_evidence``: participants unresolved or sharing no one, no own date or own
dates apart, types or modalities that differ, few shared words, no shared number or
distinctive name) and ``best_link`` how strong that link is (``link_bin``: probability bins):
class counts that say which comparison a set's misses lack, and whether weak evidence
could bridge them.

``extra_records`` counts the records beyond the first of each truth event (what
``records_per_event`` counts over one) by class: whether the record also hits another truth
event, has the type of the event's main record, holds one article or several, and reaches an
article the main record does not (``extra_records``).

Planted contradictions are counted by what became of them (flagged, on one record without
a flag, an article without a listed record, articles in different records); ``--show
conflicts`` lists each with what every article has in the quote's sentence.
Records that hit several truth events are listed as false merges; those with a mention
whose one sentence holds the quotes of several of them (a merge the sentence-level
scoring cannot tell from a real one) are listed apart, and so are those beyond what the
sentences explain (``false_merges_beyond_sentences``: the mentions that hit one truth event
each hit several between them), with the merge precision counting only those as false
(``merge_precision_beyond_sentences``). ``two_event_sentences`` counts the mentions of those
sentences in false merges by whether the extractor gave the sentence one trigger or several
and whether the mention sits in its own event's record, in a record built only of such
sentences, or in another event's record (``one_sentence_classes``).

``--features`` lists instead, one JSON line per unfused pair of a link class whose best link
joins two mentions of one type (``same_type_splits``), what the link model made of that pair:
each feature's share of the log-odds (weight times value, ``feature_terms``; the bias
included, zero terms left out), the probability, the missing evidence and how each side's
date range was derived (``when_from``): which comparison scores low, and why. With
``--ecb-db PATH --features``, the ECB+ tune topics' labelled same-type pairs are grouped by
coreferent or other and the rule that decides their link, with each feature's mean term
(``mean_terms_by_rule``).

With ``--ecb-db PATH`` (a store written by ``eventwire.evaluation.ecbplus --db``) it counts
instead the labelled mention pairs of the ECB+ tune topics (different documents of one
topic) by the rule that decides their link (``events.link_verdict``; a scored pair under its
threshold is ``dated_below``, a pair that links ``linked``), apart for coreferent and
other pairs: how many true links each rule costs, and how many false ones it prevents.

    python -m eventwire.evaluation.fusion_misses FOLDER WORKDIR [--show CLASS ...]
    python -m eventwire.evaluation.fusion_misses FOLDER WORKDIR --features
    python -m eventwire.evaluation.fusion_misses --ecb-db PATH
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select

from eventwire.evaluation.fit_coref import comparable, ecb_examples, locate, sentence_span
from eventwire.fuse import candidates as cands
from eventwire.fuse import coref
from eventwire.fuse import events as fev
from eventwire.fuse.cli import ALL
from eventwire.fuse.dates import range_overlap
from eventwire.fuse.mentions import Mention
from eventwire.fuse.queries import list_events
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.views.visibility import min_confidence

Span = tuple[int, int]


def overlaps(a: Span, b: Span) -> bool:
    """Whether two character spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def mention_span(m: Mention) -> Span:
    """The character span of a mention's sentence."""
    s = m.data.get("sentence") or {}
    return int(s.get("start") or 0), int(s.get("end") or 0)


def load_record(work: Path) -> tuple[dict[str, list[Mention]], dict[str, dict[str, Any]]]:
    """Every fused event's mentions, and the shown events by id, of a scored record."""
    store = Store(f"sqlite:///{work / 'record.db'}")
    try:
        with store.engine.connect() as conn:
            ids = [r.id for r in conn.execute(select(ft.events.c.id))]
            groups: dict[str, list[Mention]] = defaultdict(list)
            for eid, m in cands.event_mentions(conn, ids):
                groups[eid].append(m)
        shown = {e["id"]: e for e in list_events(store, limit=ALL,
                                                 min_confidence=min_confidence(False))}
    finally:
        store.close()
    return dict(groups), shown


def quote_mentions(truth: dict[str, Any], texts: dict[str, str],
                   mentions: list[Mention]) -> dict[str, dict[str, list[Mention]]]:
    """truth event id -> article -> the mentions in the sentence of its quote."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    out: dict[str, dict[str, list[Mention]]] = {}
    for t in truth["events"]:
        out[t["id"]] = {}
        for q in t["mentions"]:
            text = texts.get(q["article"], "")
            loc = locate(q["quote"], text)
            span = sentence_span(text, *loc) if loc else (0, 0)
            out[t["id"]][q["article"]] = [m for m in by_article[q["article"]]
                                          if loc and overlaps(mention_span(m), span)]
    return out


def pair_reason(ma: list[Mention], mb: list[Mention], types: set[str], event_of: dict[str, str],
                shown: dict[str, dict[str, Any]], common: frozenset[str],
                groups: dict[str, list[Mention]] | None = None) -> tuple[str, str]:
    """The class of one unfused article pair, with the best link's detail. A mention typed
    otherwise that sits in a shown record of an acceptable type counts as the scorer counts
    it: its report is found, and the miss lies with the other report or the link."""
    for ms in (ma, mb):
        if not ms:
            return "no_event", ""
    ok = lambda m: scored_as(m, types, event_of, shown)  # noqa: E731
    for ms in (ma, mb):
        if not any(ok(m) for m in ms):
            return "wrong_type", "/".join(sorted({m.type for m in ms})) + " for " + \
                "/".join(sorted(types)) + " | " + wrong_type_kind(ma, mb, types, event_of)
    for ms in (ma, mb):
        if not any(ok(m) and event_of[m.id] in shown for m in ms):
            return "not_shown", ""
    for ms in (ma, mb):
        if not any(shown[event_of[m.id]]["type"] in types for m in ms
                   if ok(m) and event_of[m.id] in shown):
            return "record_type", ""
    score, a, b = best_link(ma, mb, ok, common)
    detail = f"{score:.3f} {a.type}/{b.type} {a.range}/{b.range} | {a.sentence[:90]} | " \
             f"{b.sentence[:90]}"
    if not coref.types_compatible(a.type, b.type):
        return "types_incompatible", detail
    if fev.dates_contradict(a, b):
        return "dates_contradict", detail
    if coref.contradictory(a, b):
        return "people_contradict", detail
    if fev.vaguely_dated(a, b) and score == 0.0:
        return "vague_dates", detail
    if score < coref.threshold():
        return "below_threshold", detail
    return "linked_not_merged", detail + " | " + kept_apart_by(a, b, event_of, groups or {})


LINK_CLASSES = ("types_incompatible", "dates_contradict", "people_contradict", "vague_dates",
                "below_threshold", "linked_not_merged")  # classes decided by the best link
WEAK_WORDS = 0.1  # sentence cosine under which two reports share hardly any words
LINK_BINS = (0.1, 0.2, 0.3)  # edges of the best link's probability bins (``link_bin``)


def best_link(ma: list[Mention], mb: list[Mention], ok: Any, common: frozenset[str]
              ) -> tuple[float, Mention, Mention]:
    """The strongest cross-article link between two reports' mentions that the scorer counts
    (``ok``), with the two mentions."""
    pairs = [(fev.cross_link(a, b, words_of(common, a, b)), a, b)
             for a in ma for b in mb if ok(a) and ok(b)]
    return max(pairs, key=lambda p: p[0])


def link_bin(score: float) -> str:
    """The bin of a best link's probability (``LINK_BINS``: "<0.1", "0.1-0.2", "0.2-0.3",
    ">=0.3"): how far under the threshold a class's pairs lie, a count that says whether
    weak evidence could bridge them without reading the pairs."""
    low = 0.0
    for edge in LINK_BINS:
        if score < edge:
            return f"<{edge:g}" if low == 0.0 else f"{low:g}-{edge:g}"
        low = edge
    return f">={low:g}"


def resolved(m: Mention) -> bool:
    """Whether a mention has a participant linked to an actor (an id or a country)."""
    return any((p.get("actor") or {}).get("id") or (p.get("actor") or {}).get("country")
               for p in m.participants())


def missing_evidence(a: Mention, b: Mention, common: frozenset[str]) -> list[str]:
    """What the link model gets no help from on a pair of reports of one event: participants
    unresolved (a side has no participant linked to an actor) or resolved but sharing no one,
    a side without its own date (tense bounds only, or none), own dates apart, types or
    modalities that differ, hardly a shared word, no shared number or distinctive name."""
    common = words_of(common, a, b)
    da, db = coref.derived(a), coref.derived(b)
    out = []
    if not (resolved(a) and resolved(b)):
        out.append("participants_unresolved")
    elif not da["parties"] & db["parties"]:
        out.append("participants_disjoint")
    if not (fev.own_dated(a) and fev.own_dated(b)):
        out.append("no_own_date")
    elif not range_overlap(a.range, b.range):
        out.append("own_dates_apart")
    if a.type != b.type:
        out.append("types_differ")
    if coref.modality_group(a) != coref.modality_group(b):
        out.append("modality_differs")
    if coref.cosine(da["words"], db["words"]) < WEAK_WORDS:
        out.append("few_shared_words")
    if not coref.shares_distinctive(a, b, common):
        out.append("no_shared_number_or_name")
    return out


def scored_as(m: Mention, types: set[str], event_of: dict[str, str],
              shown: dict[str, dict[str, Any]]) -> bool:
    """Whether the story scorer counts a mention for a truth event of these types: its own
    type is acceptable, or it sits in a shown record of an acceptable type (a ceasefire
    taking effect, typed RETREAT, in the record of the agreed ceasefire)."""
    eid = event_of.get(m.id)
    return m.type in types or (eid in shown and shown[eid]["type"] in types)


def wrong_type_kind(ma: list[Mention], mb: list[Mention], types: set[str],
                    event_of: dict[str, str]) -> str:
    """What a wrong-type pair is: ``one record`` (the two reports already share a record,
    typed otherwise: typing, not fusion), ``typed differently`` (one report has an acceptable
    mention, the other only other types: a link across types would need them related) or
    ``both typed otherwise`` (neither has an acceptable mention)."""
    if {event_of.get(m.id) for m in ma} & {event_of.get(m.id) for m in mb} - {None}:
        return "one record"
    if any(m.type in types for m in ma + mb):
        return "typed differently"
    return "both typed otherwise"


def wrong_type_key(ma: list[Mention], mb: list[Mention], types: set[str],
                   event_of: dict[str, str], shown: dict[str, dict[str, Any]]) -> str:
    """A wrong-type pair as "TRUTH TYPES -> PREDICTED TYPES": the types the truth event accepts
    and those of the mentions of the report (or reports) that the scorer does not count --
    a count with no text, so it can be read on a checking set ("AGREE -> RETREAT": the agreed
    ceasefire's report typed as the withdrawal it sets)."""
    ok = lambda m: scored_as(m, types, event_of, shown)  # noqa: E731
    wrong = {m.type for ms in (ma, mb) if not any(ok(m) for m in ms) for m in ms}
    return "/".join(sorted(types)) + " -> " + "/".join(sorted(wrong))


def kept_apart_by(a: Mention, b: Mention, event_of: dict[str, str],
                  groups: dict[str, list[Mention]]) -> str:
    """Why two linked mentions sit in different records: a mention of one record that rules
    the other out (its own article's mention kept apart, own days that differ, people of
    other countries, a negation), else neither ruled out (another record linked more
    strongly, or the records were never compared after both existed)."""
    for m, other in ((a, event_of[b.id]), (b, event_of[a.id])):
        apart = fev.kept_apart_in_article(m, groups.get(other, []))
        for o in groups.get(other, []):
            if apart and o.root == m.root and fev.same_article_verdict(m, o) == "no":
                return f"{m.id} kept apart from {o.id} of its own article"
            if fev.dates_contradict(m, o):
                return f"{m.id} and {o.id} have own days that differ"
            if coref.contradictory(m, o):
                return f"{m.id} and {o.id} name people of other countries"
            if "negated" in (m.modality, o.modality) and m.modality != o.modality:
                return f"{m.id} and {o.id} differ in negation"
    return "nothing in the records rules it out"


def planted_conflicts(truth: dict[str, Any], found: dict[str, dict[str, list[Mention]]],
                      event_of: dict[str, str], shown: dict[str, dict[str, Any]],
                      details: list[str] | None = None) -> dict[str, int]:
    """Each planted contradiction by what became of it: ``found`` (flagged on a shown record
    holding every article that states a value), ``one_record_no_flag``,
    ``article_without_record`` (an article's quote has no shown record of an acceptable
    type) or ``articles_apart`` (they sit in different records)."""
    truths = {t["id"]: t for t in truth["events"]}
    out: Counter[str] = Counter()
    for c in truth.get("conflicts", []):
        types, arts = set(truths[c["event"]]["types"]), {v["article"] for v in c["values"]}
        recs = {a: {event_of[m.id] for m in found[c["event"]].get(a, [])
                    if event_of[m.id] in shown and shown[event_of[m.id]]["type"] in types}
                for a in arts}
        together = [e for e in set().union(*recs.values()) if arts <= set(shown[e]["articles"])]
        if any(str(f.get("kind", "")).endswith("conflict") for e in together
               for f in shown[e].get("flags") or []):
            kind = "found"
        elif together:
            kind = "one_record_no_flag"
        elif not all(recs.values()):
            kind = "article_without_record"
        else:
            kind = "articles_apart"
        out[kind] += 1
        if details is not None:
            details.append(f"{kind} {c['event']} " + " | ".join(
                f"{a}: {conflict_side(found[c['event']].get(a, []), event_of, shown)}"
                for a in sorted(arts)))
    return dict(out.most_common())


def conflict_side(ms: list[Mention], event_of: dict[str, str],
                  shown: dict[str, dict[str, Any]]) -> str:
    """What one article of a planted contradiction has in the quote's sentence: each mention's
    type and modality, its record, and that record's type ("-" when not shown)."""
    if not ms:
        return "no mention"
    return ", ".join(f"{m.type}/{m.modality} in {event_of[m.id]} "
                     f"({shown[event_of[m.id]]['type'] if event_of[m.id] in shown else '-'})"
                     for m in ms)


class BatchWords:
    """The word statistics the live run linked two mentions with, replayed from a scored
    record: ``score.py`` ingests its articles in batches (``WORK/batchN.jsonl``), and the
    update of a batch weighs words by the mentions of the articles stored so far (this batch
    and the earlier ones) of the event types compatible with a new mention's type
    (``events.compatible_with`` of every type of the batch), so the link of two mentions is
    the one computed with the statistics of the later article's batch. The sentences of the
    whole record (``coref.vocabulary`` of every mention) weigh the words otherwise: a link
    computed with them is not the one the run computed (0.695 against 0.464 on one pair of
    the checking set). Without batch files, every article counts as in one batch."""

    def __init__(self, work: Path, mentions: list[Mention]) -> None:
        self.batch: dict[str, int] = {}
        for path in sorted(work.glob("batch*.jsonl")):
            k = int(path.stem[len("batch"):] or 0)
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    self.batch[str(json.loads(line)["id"])] = k
        self.mentions = mentions
        self.cache: dict[int, coref.Vocabulary] = {}

    def __call__(self, a: Mention, b: Mention) -> coref.Vocabulary:
        """The vocabulary the link of ``a`` and ``b`` was computed with."""
        k = max(self.batch.get(a.article, 0), self.batch.get(b.article, 0))
        vocab = self.cache.get(k)
        if vocab is None:
            upto = [m for m in self.mentions if self.batch.get(m.article, 0) <= k]
            types = {t for m in upto if self.batch.get(m.article, 0) == k
                     for t in fev.compatible_with(m.type)}
            vocab = self.cache[k] = coref.vocabulary([m.sentence for m in upto
                                                      if m.type in types])
        return vocab


def words_of(common: Any, a: Mention, b: Mention) -> Any:
    """The vocabulary two mentions are linked with: ``common`` itself, or what it gives for
    the pair when it is a ``BatchWords``."""
    return common(a, b) if callable(common) else common


@dataclass
class Scored:
    """A story set's truth and a scored run's record, read once for the pair diagnoses."""
    truth: dict[str, Any]
    groups: dict[str, list[Mention]]  # record id -> its mentions
    shown: dict[str, dict[str, Any]]  # shown record id -> its row
    event_of: dict[str, str]  # mention id -> its record id
    common: Any  # the run's word statistics per pair (``BatchWords``)
    per_event: dict[str, Any]  # truth event id -> its quotes' mentions (``quote_mentions``)
    texts: dict[str, str]  # article id -> its text
    mentions: list[Mention]  # every mention of the record


def read_scored(folder: Path, work: Path) -> Scored:
    """The truth of ``folder`` and the record ``score.py --work`` left in ``work``."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    texts = {str(o["id"]): o["text"] for o in map(json.loads, (work / "extract.jsonl")
                                                  .read_text(encoding="utf-8").splitlines())}
    groups, shown = load_record(work)
    event_of = {m.id: eid for eid, ms in groups.items() for m in ms}
    mentions = [m for ms in groups.values() for m in ms]
    return Scored(truth, groups, shown, event_of, BatchWords(work, mentions),
                  quote_mentions(truth, texts, mentions), texts, mentions)


def diagnose(folder: Path, work: Path) -> dict[str, Any]:
    """Counted reasons of the unfused pairs, their examples, and the false merges."""
    run = read_scored(folder, work)
    truth, groups, shown, event_of, common = run.truth, run.groups, run.shown, run.event_of, run.common
    found = run.per_event
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()  # wrong-type pairs by ``wrong_type_kind``
    typed_as: Counter[str] = Counter()  # wrong-type pairs by ``wrong_type_key``
    absent: dict[str, Counter[str]] = defaultdict(Counter)  # link classes: ``missing_evidence``
    strength: dict[str, Counter[str]] = defaultdict(Counter)  # link classes: ``link_bin``
    examples: dict[str, list[str]] = defaultdict(list)
    hits: dict[str, set[str]] = defaultdict(set)  # shown record -> truth events it hits
    by_mention: dict[str, set[str]] = defaultdict(set)  # mention -> truth events it hits
    fused = pairs = 0
    records_of: dict[str, dict[str, set[str]]] = {}  # truth event -> article -> its records
    for t in truth["events"]:
        types, per = set(t["types"]), found[t["id"]]
        listed = {a: {event_of[m.id] for m in ms if event_of[m.id] in shown
                      and shown[event_of[m.id]]["type"] in types} for a, ms in per.items()}
        records_of[t["id"]] = listed
        for recs in listed.values():
            for r in recs:
                hits[r].add(t["id"])
        for ms in per.values():
            for m in ms:
                by_mention[m.id].add(t["id"])
        arts = sorted(per)
        for i, a in enumerate(arts):
            for b in arts[i + 1:]:
                pairs += 1
                if listed[a] & listed[b]:
                    fused += 1
                    continue
                reason, detail = pair_reason(per[a], per[b], types, event_of, shown, common,
                                             groups)
                counts[reason] += 1
                examples[reason].append(f"{t['id']} {a}-{b} {detail}")
                if reason == "wrong_type":
                    kinds[detail.rsplit(" | ", 1)[-1]] += 1
                    typed_as[wrong_type_key(per[a], per[b], types, event_of, shown)] += 1
                if reason in LINK_CLASSES:
                    score, x, y = best_link(per[a], per[b], partial(
                        scored_as, types=types, event_of=event_of, shown=shown), common)
                    absent[reason].update(missing_evidence(x, y, common))
                    strength[reason][link_bin(score)] += 1
    merges = {r: sorted(ts) for r, ts in hits.items() if len(ts) > 1}
    details: list[str] = []
    conflicts = planted_conflicts(truth, found, event_of, shown, details)
    examples["conflicts"] = details
    one_sentence = sorted(r for r in merges if any(
        len(by_mention[m.id] & hits[r]) > 1 for m in groups[r]))
    beyond = beyond_sentences(merges, groups, by_mention)
    two_events = one_sentence_classes(merges, groups, by_mention, run.mentions)
    return {"pairs": pairs, "fused": fused, "missed": dict(counts.most_common()),
            "wrong_type": dict(kinds.most_common()),
            "wrong_type_by_types": dict(typed_as.most_common()),
            "missing_evidence": {k: dict(v.most_common()) for k, v in absent.items()},
            "best_link": {k: dict(sorted(v.items())) for k, v in strength.items()},
            "examples": dict(examples), "false_merges": merges,
            "false_merges_one_sentence": one_sentence,
            "false_merges_beyond_sentences": beyond,
            "two_event_sentences": dict(two_events.most_common()),
            "merge_precision_beyond_sentences": round(
                1 - len(beyond) / len(hits), 3) if hits else 0.0,
            "records_hitting_truth": len(hits),
            "extra_records": dict(extra_records(records_of, hits, groups, shown).most_common()),
            "conflicts": conflicts}


def beyond_sentences(merges: dict[str, list[str]], groups: dict[str, list[Mention]],
                     by_mention: dict[str, set[str]]) -> list[str]:
    """The false merges that the sentence-level scoring does not explain: records in which
    the mentions hitting only one of the record's truth events hit several between them.
    A mention whose sentence holds the quotes of several truth events ("X stopped buying
    fruit and then halted fuel imports") hits them all wherever it goes, and a mention of
    one event in a sentence quoted for another hits that other; a record is a false merge
    beyond its sentences only when reports told one event a sentence disagree on which."""
    out = []
    for r, events in merges.items():
        alone: set[str] = set()
        for m in groups[r]:
            hit = by_mention.get(m.id, set()) & set(events)
            if len(hit) == 1:
                alone |= hit
        if len(alone) > 1:
            out.append(r)
    return sorted(out)


def trigger_span(m: Any) -> Span:
    """The character span of a mention's trigger (its sentence's when it has none)."""
    trig = m.data.get("trigger") or {}
    if "start" in trig and "end" in trig:
        return int(trig["start"]), int(trig["end"])
    return mention_span(m)


def one_sentence_classes(merges: dict[str, list[str]], groups: dict[str, list[Mention]],
                         by_mention: dict[str, set[str]], mentions: list[Mention]
                         ) -> Counter[str]:
    """What fusion did with each mention of a false merge whose sentence holds the quotes of
    several of the record's truth events, as "SENTENCE/PLACE": ``one mention`` when the
    sentence gives those events one trigger between them (every mention of the sentence, in
    any record, on one span: extraction), ``own mentions`` when it gives them several; and
    where the mention sits: ``in its event's record`` (the record's reports told one event a
    sentence hit one of this sentence's events), ``in a record of such sentences`` (no report
    of the record was told one event a sentence: a record a sentence-level scorer counts
    false wherever it goes) or ``in another event's record`` (its reports of one event tell
    another: fusion joined the wrong record)."""
    mates: dict[tuple[str, Span], set[Span]] = defaultdict(set)
    for m in mentions:
        mates[(m.article, mention_span(m))].add(trigger_span(m))
    out: Counter[str] = Counter()
    for r, events in merges.items():
        own: set[str] = set()
        for m in groups[r]:
            hit = by_mention.get(m.id, set()) & set(events)
            if len(hit) == 1:
                own |= hit
        for m in groups[r]:
            hit = by_mention.get(m.id, set()) & set(events)
            if len(hit) < 2:
                continue
            span = mention_span(m)
            spans = set().union(*(s for (a, sp), s in mates.items()
                                  if a == m.article and overlaps(sp, span)))
            place = ("in its event's record" if own & hit else
                     "in a record of such sentences" if not own else "in another event's record")
            out[f"{'one mention' if len(spans) < 2 else 'own mentions'}/{place}"] += 1
    return out


def extra_records(records_of: dict[str, dict[str, set[str]]], hits: dict[str, set[str]],
                  groups: dict[str, list[Mention]], shown: dict[str, dict[str, Any]]
                  ) -> Counter[str]:
    """The records beyond the first of each truth event (what ``records_per_event`` counts
    over one), by class: the event's main record is the one most of its articles reach (then
    the one of more articles); every other record of it is counted as "TRUTHS/TYPE/SIZE/
    ARTICLES": ``other truth`` when it also hits another truth event (a sentence holding two
    events' quotes, which a sentence-level scorer counts against any record) or ``one
    truth``, ``same type`` or ``other type`` as the main record, ``one article`` or
    ``several articles``, and ``new article`` when it reaches an article the main record
    does not (a report that should have joined it) or ``articles in main`` (a second
    record of articles the main record already holds)."""
    out: Counter[str] = Counter()
    for tid, listed in records_of.items():
        recs = set().union(*listed.values()) if listed else set()
        if len(recs) < 2:
            continue
        reach = {r: {a for a, rs in listed.items() if r in rs} for r in recs}
        size = {r: len({m.article for m in groups.get(r, [])}) for r in recs}
        main = max(sorted(recs), key=lambda r: (len(reach[r]), size[r]))
        for r in sorted(recs - {main}):
            out["/".join((
                "other truth" if hits.get(r, set()) - {tid} else "one truth",
                "same type" if shown[r]["type"] == shown[main]["type"] else "other type",
                "one article" if size[r] == 1 else "several articles",
                "new article" if reach[r] - reach[main] else "articles in main"))] += 1
    return out


def feature_terms(a: Mention, b: Mention, common: frozenset[str]) -> dict[str, float]:
    """Each feature's share of the log-odds the link model gives a pair (weight times value,
    rounded; the weights of the dated or the vague pairs as the pair is dated), zero terms
    left out: which comparisons carry a link and which give it nothing."""
    vector = coref.features(a, b, words_of(common, a, b))
    vague = vector[coref.UNDATED] or vector[coref.VAGUE]
    weights = coref.model()["vague_weights" if vague else "weights"]
    return {f: round(v * w, 3) for f, v, w in zip(coref.FEATURES, vector, weights, strict=True)
            if v * w}


def same_type_splits(folder: Path, work: Path) -> list[dict[str, Any]]:
    """The unfused article pairs of a scored record whose class the best link decides and
    whose best link joins two mentions of one type: truth event, articles, class, the link's
    probability, its ``feature_terms``, the ``missing_evidence`` and how each side's date
    range was derived (``tense:...`` when only the tense bounds it)."""
    run = read_scored(folder, work)
    out = []
    for t in run.truth["events"]:
        types, per = set(t["types"]), run.per_event[t["id"]]
        ok = partial(scored_as, types=types, event_of=run.event_of, shown=run.shown)
        listed = {a: {run.event_of[m.id] for m in ms if run.event_of[m.id] in run.shown
                      and run.shown[run.event_of[m.id]]["type"] in types}
                  for a, ms in per.items()}
        arts = sorted(per)
        for i, a in enumerate(arts):
            for b in arts[i + 1:]:
                if listed[a] & listed[b]:
                    continue
                reason, _ = pair_reason(per[a], per[b], types, run.event_of, run.shown,
                                        run.common, run.groups)
                if reason not in LINK_CLASSES:
                    continue
                score, x, y = best_link(per[a], per[b], ok, run.common)
                if x.type != y.type:
                    continue
                out.append({"event": t["id"], "articles": [a, b], "class": reason,
                            "type": x.type, "p": round(score, 3),
                            "terms": feature_terms(x, y, run.common),
                            "missing": missing_evidence(x, y, run.common),
                            "when_from": [(m.when or {}).get("from") for m in (x, y)]})
    return out


def link_class(a: Mention, b: Mention, common: frozenset[str]) -> str:
    """The rule that decides the link of two mentions of different articles: a verdict of
    ``events.link_verdict`` that keeps them apart, ``dated_below`` / ``vague_below`` under
    the threshold, else ``linked``."""
    verdict, p = fev.link_verdict(a, b, common)
    if verdict in fev.BLOCKED:
        return verdict
    return "dated_below" if verdict == "dated" and p < coref.threshold() else "linked"


def link_classes(examples: list[tuple[Mention, str]]) -> dict[str, dict[str, int]]:
    """Labelled mention pairs of different documents of one topic (``fit_coref.comparable``)
    counted by ``link_class``, for coreferent (same label) and other pairs."""
    common = coref.vocabulary([m.sentence for m, _ in examples])
    out: dict[str, Counter[str]] = {"coreferent": Counter(), "other": Counter()}
    for i, (a, ga) in enumerate(examples):
        for b, gb in examples[i + 1:]:
            if comparable((a, ga), (b, gb)):
                out["coreferent" if ga == gb else "other"][link_class(a, b, common)] += 1
    return {k: dict(v.most_common()) for k, v in out.items()}


def mean_terms_by_rule(examples: list[tuple[Mention, str]]) -> dict[str, dict[str, Any]]:
    """Labelled same-type mention pairs of different documents of one topic, by coreferent or
    other and ``link_class``: how many, and each feature's mean ``feature_terms`` (which
    comparisons the pairs a rule keeps apart lack against the pairs that link)."""
    common = coref.vocabulary([m.sentence for m, _ in examples])
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    counts: Counter[str] = Counter()
    for i, (a, ga) in enumerate(examples):
        for b, gb in examples[i + 1:]:
            if a.type != b.type or not comparable((a, ga), (b, gb)):
                continue
            key = f"{'coreferent' if ga == gb else 'other'} {link_class(a, b, common)}"
            counts[key] += 1
            for f, v in feature_terms(a, b, common).items():
                sums[key][f] += v
    return {k: {"pairs": n, "terms": {f: round(v / n, 2) for f, v in sorted(
        sums[k].items(), key=lambda x: -abs(x[1])) if round(v / n, 2)}}
        for k, n in counts.most_common()}


def main(argv: list[str] | None = None) -> None:
    """Print the counts (and the examples of the classes asked for)."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.evaluation.fusion_misses")
    ap.add_argument("folder", type=Path, nargs="?",
                    help="story set folder (articles.jsonl, truth.json)")
    ap.add_argument("work", type=Path, nargs="?", help="--work folder of a stories/score.py run")
    ap.add_argument("--show", nargs="*", default=[], help="classes whose examples to print")
    ap.add_argument("--features", action="store_true",
                    help="list the same-type pairs the best link decides, with the link "
                         "model's terms")
    ap.add_argument("--ecb-db", help="count the ECB+ tune topics' labelled pairs by the rule "
                                     "that decides their link instead (a store written by "
                                     "`eventwire.evaluation.ecbplus --db PATH`)")
    a = ap.parse_args(argv)
    if a.ecb_db:
        if not Path(a.ecb_db).exists():
            raise SystemExit(f"fusion_misses: {a.ecb_db} not found")
        examples = ecb_examples(a.ecb_db)
        if a.features:
            for key, row in mean_terms_by_rule(examples).items():
                print(json.dumps({"pairs_of": key, **row}))
            return
        print(json.dumps(link_classes(examples)))
        return
    if a.folder is None or a.work is None:
        ap.error("FOLDER and WORK are needed without --ecb-db")
    require_run("fusion_misses", a.folder, a.work)
    if a.features:
        for row in same_type_splits(a.folder, a.work):
            print(json.dumps(row))
        return
    report(diagnose(a.folder, a.work), a.show)


def require_run(prog: str, folder: Path, work: Path) -> None:
    """Stop unless the story set and a scored run's record and extraction are there."""
    for need in (folder / "truth.json", work / "record.db", work / "extract.jsonl"):
        if not need.exists():
            raise SystemExit(f"{prog}: {need} not found")


def report(r: dict[str, Any], show: list[str]) -> None:
    """Print a diagnosis's figures as one JSON line, then the examples of the classes asked."""
    print(json.dumps({k: v for k, v in r.items() if k != "examples"}))
    for cls in show:
        for line in r["examples"].get(cls, []):
            print(cls, line)


if __name__ == "__main__":
    main()
