"""Why a planted contradiction of a story set was or was not flagged, one by one.

Reads a record written by ``stories/score.py FOLDER --work DIR`` (``DIR/record.db`` and
``DIR/extract.jsonl``) and the set's ``truth.json``. For every planted contradiction it
prints what became of it (``fusion_misses.planted_conflicts``: found, one record without a
flag, an article without a record, articles apart) and, for each article stating a value,
every mention in the sentence of its quote with its record and what the conflict
comparison reads on it: the numbers and what they count, claims, the outcome read from the
sentence, its own date range, who started or mediated it, durations. Then the flags of
each record holding the articles and the flags the comparison would raise if the
articles' records of an acceptable type were one (``if_one_record``): when that finds the
contradiction the miss is one of merging; when it does not, of reading or comparing. Each
ends with its class (``miss_class``); then every conflict flag on a record holding no
planted contradiction (``false_flag``), a summary of the classes, and for the missed ones,
per class, how many stating articles there are and how many of them have a mention in the
quote's sentence on which the comparison reads each kind of value (numbers, claims by
kind, an outcome, who started or mediated it, a duration; dates left out;
``nothing``: none; ``read_kinds``): counts that say which reading a set's missed
contradictions lack.

    python -m eventwire.evaluation.conflict_misses FOLDER WORKDIR [--only T6 ...]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from eventwire.evaluation.fusion_misses import load_record, planted_conflicts, quote_mentions
from eventwire.fuse import conflicts as fc
from eventwire.fuse.build import LEAD_KEY, SIBLINGS_KEY, event_claims, extractions
from eventwire.fuse.mentions import Mention
from eventwire.fuse.who import mediators, starter
from eventwire.store import Store
from eventwire.store import fuse_tables as ft


def readings(m: Mention, ex: dict[str, Any], record: list[Mention] | None = None
             ) -> dict[str, Any]:
    """What the conflict comparison reads on one mention (empty readings left out), for
    what its own type or the type of its ``record`` (the record's mentions) can state."""
    ents = ex.get("entities") or []
    rtype = fc.record_type(record or [m])
    kinds = tuple(dict.fromkeys(fc.OUTCOME_TYPES.get(m.type, ()) +
                                fc.OUTCOME_TYPES.get(rtype or "", ())))
    out: dict[str, Any] = {
        "numbers": [f"{what}={n:g} {fc.number_range(n, before, (span or {}).get('text') or '')}"
                    for what, n, before, span in
                    fc.counted(m)],
        "claims": [f"{c['kind']}={c['value']}" for c in event_claims(m, ex)],
        "outcome": (o := fc.sentence_outcome(m, kinds)) and f"{o['kind']}={o['value']}",
        "date": m.when and f"{m.range} from {m.when.get('from')}",
        "starter": (s := starter(m, ents, rtype)) and "+".join(s["sides"]),
        "mediators": (d := mediators(m, ents, rtype)) and "+".join(d["sides"]),
        "duration": fc.value_of(m.attributes.get("duration")),
        "territory": m.type in fc.FOUGHT_TYPES and (t := fc.territory(m, ents)) and t["country"],
    }
    return {k: v for k, v in out.items() if v}


def read_kinds(read: list[dict[str, Any]]) -> list[str]:
    """The kinds of value the comparison reads on some of one article's mentions (their
    ``readings``): claims by kind, dates left out; ["nothing"] when none is read."""
    kinds = {f"claim:{r.split('=')[0]}" if k == "claims" else k
             for one in read for k, got in one.items()
             for r in (got if k == "claims" else [k])} - {"date", "claim:date"}
    return sorted(kinds) or ["nothing"]


def flag_lines(flags: list[dict[str, Any]]) -> list[str]:
    """One line per conflict or update flag."""
    return [f"{f['kind']}: {f['message'][:160]}" for f in flags
            if f["kind"].endswith(("conflict", "update"))]


def diagnose(folder: Path, work: Path, only: set[str] | None = None) -> list[str]:
    """Lines describing every planted contradiction (of ``only`` truth events, if given)."""
    truth, texts, groups, shown, event_of = scored(folder, work)
    found = quote_mentions(truth, texts, [m for ms in groups.values() for m in ms])
    truths = {t["id"]: t for t in truth["events"]}
    store = Store(f"sqlite:///{work / 'record.db'}")
    try:
        with store.engine.connect() as conn:
            cache = extractions(conn, {m.article for ms in groups.values() for m in ms})
            stories = {r.id: r.story_id for r in conn.execute(
                select(ft.events.c.id, ft.events.c.story_id))}
    finally:
        store.close()
    lines: list[str] = []
    classes: dict[str, int] = {}
    sides: dict[str, int] = {}  # missed contradictions' stating articles, by class
    read_by: dict[str, dict[str, int]] = {k: {} for k in MISS_CLASSES}  # what those read
    for c in truth.get("conflicts", []):
        if only and c["event"] not in only:
            continue
        verdict: list[str] = []
        planted_conflicts({**truth, "conflicts": [c]}, found, event_of, shown, verdict)
        lines.append(f"== {verdict[0].split()[0]} {c['event']} {c['about']}")
        types = set(truths[c["event"]]["types"])
        records: set[str] = set()
        for v in c["values"]:
            art = v["article"]
            lines.append(f"  {art} states {v['value']!r}")
            ms = found[c["event"]].get(art, [])
            if not ms:
                lines.append("    no mention in the quote's sentence")
            for m in ms:
                eid = event_of[m.id]
                ok = eid in shown and shown[eid]["type"] in types
                if m.type in types and eid in shown:
                    records.add(eid)
                lines.append(f"    {m.id} {m.type}/{m.modality} in {eid} "
                             f"({shown[eid]['type'] if eid in shown else 'not shown'}"
                             f"{'' if ok else ', not acceptable'}) "
                             f"{json.dumps(readings(m, cache[m.article], groups.get(eid)))}")
        for eid in sorted(records, key=lambda e: int(e[1:])):
            arts = sorted(shown[eid]["articles"])
            lines.append(f"  record {eid} {shown[eid]['type']} story {stories.get(eid)} {arts}")
            lines += [f"    {f}" for f in flag_lines(shown[eid].get("flags") or [])]
        lines += apart_lines(found[c["event"]], [v["article"] for v in c["values"]], event_of,
                             shown)
        if len(records) > 1:
            flags = union_flags([groups[eid] for eid in sorted(records)], cache)
            lines.append("  if_one_record: " + (" | ".join(flag_lines(flags)) or "no flag"))
        every = {event_of[m.id] for v in c["values"] for m in found[c["event"]].get(v["article"], [])}
        joined = union_flags([groups[eid] for eid in sorted(every)], cache) if every else []
        together = [eid for eid in records if {v["article"] for v in c["values"]}
                    <= set(shown[eid]["articles"])]
        kind = miss_class(verdict[0].split()[0], joined,
                          [f for eid in together for f in shown[eid].get("flags") or []],
                          [bool(found[c["event"]].get(v["article"])) for v in c["values"]])
        classes[kind] = classes.get(kind, 0) + 1
        lines.append(f"  class: {kind}")
        if kind != "found":
            for v in c["values"]:
                ms = found[c["event"]].get(v["article"], [])
                sides[kind] = sides.get(kind, 0) + 1
                for k in read_kinds([readings(m, cache[m.article], groups.get(event_of[m.id]))
                                     for m in ms]):
                    read_by[kind][k] = read_by[kind].get(k, 0) + 1
    false = false_flags(truth, found, event_of, shown)
    lines += [f"== false_flag {eid} {kind}: {msg[:160]}" for eid, kind, msg in false]
    lines.append("== summary " + json.dumps({**dict(sorted(classes.items())),
                                             "false_flags": len(false)}))
    lines.append("== missed_readings " + json.dumps(
        {k: {"articles": n, **dict(sorted(read_by[k].items()))} for k, n in sorted(sides.items())}))
    return lines


MISS_CLASSES = ("found", "no_mention", "not_one_record", "judged_compatible", "not_read",
                "not_read_apart")


def miss_class(verdict: str, joined: list[dict[str, Any]], together: list[dict[str, Any]],
               stated: list[bool]) -> str:
    """Why a planted contradiction was missed, in one class (``MISS_CLASSES``): ``found``;
    ``no_mention`` (a stating article has no event in the quote's sentence); ``not_one_record``
    (the stating articles' mentions sit in several records, and the comparison flags a
    conflict once their records are one: ``joined`` are the flags of that union);
    ``judged_compatible`` (one record holds them and the comparison read values but judged
    them to agree or one to update the other: ``together`` are that record's flags);
    ``not_read`` (one record holds them, no value compared) and ``not_read_apart`` (apart,
    and even as one record no conflict is read)."""
    if verdict == "found":
        return "found"
    if not all(stated):
        return "no_mention"
    if verdict != "one_record_no_flag":
        return "not_one_record" if any(f["kind"].endswith("conflict") for f in joined) \
            else "not_read_apart"
    return "judged_compatible" if any(f["kind"].endswith("update") for f in together) \
        else "not_read"


def union_flags(groups: list[list[Mention]], cache: dict[str, dict[str, Any]]
                ) -> list[dict[str, Any]]:
    """The flags the comparison raises on the mentions of several records taken as one."""
    union = [m for g in groups for m in g]
    arts = {m.article for m in union}
    return fc.event_conflicts(
        union, [cl for m in union for cl in event_claims(m, cache[m.article])],
        {a: cache[a].get("entities") or [] for a in arts},
        {a: cache[a].get("text") or "" for a in arts},
        {a: cache[a].get(LEAD_KEY) for a in arts},
        {a: cache[a].get(SIBLINGS_KEY) or [] for a in arts})


def false_flags(truth: dict[str, Any], found: dict[str, dict[str, list[Mention]]],
                event_of: dict[str, str], shown: dict[str, dict[str, Any]]
                ) -> list[tuple[str, str, str]]:
    """Conflict flags on shown records that hold no planted contradiction (as the story
    scorer counts: a record of an acceptable type holding a quote's mention of the
    contradiction's event and every article stating a value), as (record, kind, message)."""
    truths = {t["id"]: t for t in truth["events"]}
    planted = set()
    for c in truth.get("conflicts", []):
        types, arts = set(truths[c["event"]]["types"]), {v["article"] for v in c["values"]}
        for a in arts:
            for m in found.get(c["event"], {}).get(a, []):
                eid = event_of[m.id]
                if eid in shown and shown[eid]["type"] in types and \
                        arts <= set(shown[eid]["articles"]):
                    planted.add(eid)
    return [(eid, f["kind"], f.get("message") or "") for eid in sorted(shown, key=lambda e: int(
        e[1:])) for f in shown[eid].get("flags") or [] if f["kind"].endswith("conflict") and
            eid not in planted]


def apart_lines(found: dict[str, list[Mention]], arts: list[str], event_of: dict[str, str],
                shown: dict[str, Any]) -> list[str]:
    """Why the stating articles' mentions sit in different records: for each pair of their
    shown records of one type, both records' date ranges and the "possibly the same" score
    one gives the other (none: no link was scored)."""
    recs = sorted({event_of[m.id] for a in arts for m in found.get(a, [])
                   if event_of[m.id] in shown}, key=lambda e: int(e[1:]))
    out = []
    for i, a in enumerate(recs):
        for b in recs[i + 1:]:
            if shown[a]["type"] != shown[b]["type"] or \
                    set(shown[a]["articles"]) >= set(shown[b]["articles"]) or \
                    set(shown[b]["articles"]) >= set(shown[a]["articles"]):
                continue  # one record holds all the other's articles: nothing apart
            link = next((p["score"] for p in shown[a].get("possibly_same") or []
                         if p["event"] == b), None)
            out.append(f"  apart {a} {shown[a]['type']} {shown[a].get('date_range')} ~ {b} "
                       f"{shown[b]['type']} {shown[b].get('date_range')}: link "
                       f"{'none' if link is None else link}")
    return out


def run(prog: str, diagnose_fn: Callable[[Path, Path, set[str]], list[str]], what: str,
        argv: list[str] | None = None) -> None:
    """The command line of a story-set diagnosis: FOLDER WORKDIR [--only ID ...]."""
    ap = argparse.ArgumentParser(prog=f"python -m eventwire.evaluation.{prog}")
    ap.add_argument("folder", type=Path, help="story set folder (articles.jsonl, truth.json)")
    ap.add_argument("work", type=Path, help="--work folder of a stories/score.py run")
    ap.add_argument("--only", nargs="*", default=[], help=f"truth {what} ids to show")
    a = ap.parse_args(argv)
    for need in (a.folder / "truth.json", a.work / "record.db", a.work / "extract.jsonl"):
        if not need.exists():
            raise SystemExit(f"{prog}: {need} not found")
    for line in diagnose_fn(a.folder, a.work, set(a.only)):
        print(line)


def scored(folder: Path, work: Path) -> tuple[dict[str, Any], dict[str, str],
                                             dict[str, list[Mention]], dict[str, Any],
                                             dict[str, str]]:
    """A scored run: the truth, the cleaned texts, every record's mentions, the shown
    records by id, and the record of every mention."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    texts = {str(o["id"]): o["text"] for o in map(json.loads, (work / "extract.jsonl")
                                                  .read_text(encoding="utf-8").splitlines())}
    groups, shown = load_record(work)
    return truth, texts, groups, shown, {m.id: eid for eid, ms in groups.items() for m in ms}


def main(argv: list[str] | None = None) -> None:
    """Print the diagnosis."""
    run("conflict_misses", diagnose, "event", argv)

if __name__ == "__main__":
    main()
