"""Profile: where the fuse update of the ingest bench spends its CPU, and what it wrote.

Ingests the bench's new articles (``bench_ingest.new_documents``) into a kept record (a
``store-SIZE.db`` that ``bench/bench_ingest.py --keep DIR`` built) inside one transaction
rolled back at the end (``bench_ingest.rolled_back``: the record is left as it was), after
one extract-only run of the same articles (the model and the extraction's tables warm). While
``fuse.update`` runs, a ``SIGVTALRM`` timer samples the Python stack every ``--interval`` ms
of user CPU (no finer than the kernel's tick, about 4 ms here; ``ITIMER_PROF`` is taken by
the fuse budgets, ``budget.py``); the update's process CPU is timed around it. Prints the update's CPU, the share of the samples in which
each function is on the stack (inclusive: a recursive function counted once per sample) and
of those it was running (own), and, with ``--fingerprint``, a digest per table of what the
update wrote (the new and updated events' data, the new articles' mention and story rows, the
touched stories' titles and summaries, the promises), ISO timestamps masked: two trees whose
digests agree wrote the same record, so a change meant to save work without changing a
decision is checked on the update it is measured on. With ``--stages``, the CPU of each
stage of the ingest (``STAGES``: the update's story placement, event fusion and its steps,
summaries and promises, and the articles' storing outside it), inclusive and counted once
however deeply a stage calls itself, in ms an article: the per-phase figures of one run,
which unlike two runs' wall-clock times a shared machine does not blur. A measuring tool,
not a test.

With ``--compared``, what the update compared: the stored events it loaded and how many of
them were ever a candidate of a mention (``Fusion.candidates``), the candidates near each new
mention (before the ``MAX_CANDIDATES`` cap), the distinct mention pairs scored, and where the
pairs of a new mention sit in its candidate order (``Fusion.closeness``, 0 the closest) by
what their score decides (linked: the link threshold; shown: "possibly the same",
``POSSIBLY_SAME_MIN``; below). ``--budget NAME=VALUE`` (repeatable) runs the update with one
of the fuse budgets of ``BUDGETS`` set otherwise, to measure what a smaller budget saves
before asking what it costs in quality.

    .venv/bin/python bench/profile_ingest.py DIR/store-100000.db [--new 32] [--interval 1]
        [--top 40] [--fingerprint] [--stages] [--compared] [--budget candidates.MAX_LOADED=500]
        [--samples OUT.pkl]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import pickle
import re
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_ingest  # noqa: E402

Frame = tuple[str, str]  # (file name, function name)
STAMP_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[+-]\d\d:\d\d|Z)?")


class Sampler:
    """Stacks of the Python frames running at each ``SIGVTALRM`` while switched on."""

    def __init__(self, interval_ms: float) -> None:
        """A sampler firing every ``interval_ms`` of the process's user CPU."""
        self.interval = interval_ms / 1000
        self.samples: list[list[Frame]] = []
        self.on = False

    def handler(self, _sig: int, frame: FrameType | None) -> None:
        """Record the stack, innermost frame first (only while ``on``)."""
        if not self.on:
            return
        stack = []
        while frame is not None:
            stack.append((Path(frame.f_code.co_filename).name, frame.f_code.co_name))
            frame = frame.f_back
        self.samples.append(stack)

    def __enter__(self) -> Sampler:
        """Start sampling."""
        signal.signal(signal.SIGVTALRM, self.handler)
        self.on = True
        signal.setitimer(signal.ITIMER_VIRTUAL, self.interval, self.interval)
        return self

    def __exit__(self, *_exc: Any) -> None:
        """Stop sampling."""
        signal.setitimer(signal.ITIMER_VIRTUAL, 0, 0)
        self.on = False


# The stages ``--stages`` times: (label, module, attribute: a function or ``Class.method``); a
# label's "/" places it inside the stage named before it (the stages are called through these
# names, so wrapping them there times every call).
STAGES: list[tuple[str, str, str]] = [
    ("store the articles", "eventwire.store", "Store.add_many"),
    ("update", "eventwire.fuse", "_update"),
    ("update/story placement", "eventwire.fuse.stories", "assign"),
    ("update/story repair and save", "eventwire.fuse.stories", "StoryIndex.save"),
    ("update/events", "eventwire.fuse.events", "fuse_mentions"),
    ("update/events/load candidates", "eventwire.fuse.events", "load_groups"),
    ("update/events/rank candidates", "eventwire.fuse.candidates", "ranked_candidates"),
    ("update/events/load candidates by id", "eventwire.fuse.events", "load_candidates_by_id"),
    ("update/events/place mentions", "eventwire.fuse.events", "place"),
    ("update/events/join linked", "eventwire.fuse.events", "join_linked"),
    ("update/events/write events", "eventwire.fuse.events", "write_events"),
    ("update/events/refresh related links", "eventwire.fuse.events", "refresh_related"),
    ("update/events/record candidate keys", "eventwire.fuse.candidates", "record"),
    # what the link model reads of each mention, from wherever it is first asked (place, join,
    # links, records): the per-mention features a stored copy could save recomputing
    ("update/events/mention features", "eventwire.fuse.coref", "derived"),
    ("update/summaries", "eventwire.fuse.summary", "refresh_stories"),
    ("update/promises", "eventwire.fuse.promises", "refresh_promises"),
]


class StageClock:
    """Process CPU and calls per stage while ``timing``: each stage function wrapped where it
    is looked up, its calls timed inclusively, a call inside a running call of the same
    stage (recursion) not timed again."""

    def __init__(self) -> None:
        """No stage timed yet."""
        self.cpu: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.depth: dict[str, int] = {}

    def wrap(self, label: str, func: Callable[..., Any]) -> Callable[..., Any]:
        """``func`` timed under ``label``."""
        def timed(*args: Any, **kwargs: Any) -> Any:
            depth = self.depth.get(label, 0)
            self.calls[label] = self.calls.get(label, 0) + 1
            if depth:
                return func(*args, **kwargs)
            self.depth[label] = 1
            c0 = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.cpu[label] = self.cpu.get(label, 0.0) + time.process_time() - c0
                self.depth[label] = 0
        return timed

    @contextmanager
    def timing(self, stages: list[tuple[str, Any, str]]) -> Iterator[StageClock]:
        """Within the block, the stages ``(label, owner, attribute)`` (an owner: a module, or a
        class whose attribute is a plain method) are timed; their functions are put back on
        leaving."""
        saved = []
        try:
            for label, owner, name in stages:
                func = owner.__dict__[name]
                if not callable(func) or isinstance(func, (staticmethod, classmethod)):
                    raise TypeError(f"{name}: not a plain function or method")
                saved.append((owner, name, func))
                setattr(owner, name, self.wrap(label, func))
            yield self
        finally:
            for owner, name, func in reversed(saved):
                setattr(owner, name, func)

    def lines(self, n_articles: int, order: list[str]) -> list[str]:
        """The stages timed, in ``order``, as CPU ms an article, calls and label (indented
        by nesting)."""
        out = []
        for label in order:
            if label in self.calls:
                name = label.rsplit("/", 1)[-1]
                out.append(f"{1000 * self.cpu.get(label, 0.0) / max(1, n_articles):8.2f} ms "
                           f"{self.calls[label]:6d}  {'  ' * label.count('/')}{name}")
        return out


def stage_owners(stages: list[tuple[str, str, str]]) -> list[tuple[str, Any, str]]:
    """``STAGES`` with each module (and class) imported: ``(label, owner, attribute)``."""
    out = []
    for label, module, attr in stages:
        owner: Any = importlib.import_module(module)
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        out.append((label, owner, name))
    return out


def shares(samples: list[list[Frame]]) -> tuple[Counter[Frame], Counter[Frame]]:
    """Per function, the samples it is on the stack in (once per sample) and running in."""
    inclusive: Counter[Frame] = Counter()
    own: Counter[Frame] = Counter()
    for stack in samples:
        inclusive.update(set(stack))
        if stack:
            own[stack[0]] += 1
    return inclusive, own


def masked(value: Any) -> str:
    """``value`` as text with its ISO timestamps (the update's clock) masked."""
    return STAMP_RE.sub("T", repr(value))


def digest(value: Any) -> str:
    """A short digest of ``value`` with its timestamps masked."""
    return hashlib.sha1(masked(value).encode("utf-8")).hexdigest()[:12]


def fingerprint(conn: Any, fused: dict[str, Any], articles: list[str]) -> dict[str, str]:
    """Digests of what one update wrote (``fused``: its report; ``articles``: the new ids)."""
    from sqlalchemy import select

    from eventwire.store import fuse_tables as ft
    from eventwire.store import in_chunks
    from eventwire.store import schema as s

    def rows(table: Any, column: Any, ids: list[str], *cols: Any) -> list[tuple[Any, ...]]:
        out = []
        for part in in_chunks(sorted(ids)):
            out += [tuple(r) for r in conn.execute(select(*cols).where(column.in_(part)))]
        return sorted(out, key=repr)

    e, st, sa, m, em = ft.events.c, ft.stories.c, ft.story_articles.c, s.mentions.c, \
        ft.event_mentions.c
    events = fused.get("events_new", []) + fused.get("events_updated", [])
    stories = fused.get("stories_new", []) + fused.get("stories_updated", [])
    mention_ids = [r[0] for r in rows(s.mentions, m.article_id, articles, m.id)]
    p = ft.promises.c
    return {
        "events": digest(rows(ft.events, e.id, events, e.id, e.story_id, e.type, e.date_min,
                              e.date_max, e.data)),
        "event_mentions": digest(rows(ft.event_mentions, em.mention_id, mention_ids,
                                      em.mention_id, em.event_id)),
        "story_articles": digest(rows(ft.story_articles, sa.article_id, articles,
                                      sa.article_id, sa.story_id, sa.score)),
        "stories": digest(rows(ft.stories, st.id, stories, st.id, st.title, st.summary,
                               st.date_min, st.date_max)),
        "promises": digest(sorted((tuple(r) for r in conn.execute(
            select(p.id, p.event_id, p.mention_id, p.status, p.data))), key=repr)),
    }


# The fuse budgets ``--budget`` may set: name -> the module's attributes set to the value
# times a factor (a key lookup loads twice the candidates a mention compares).
BUDGETS: dict[str, tuple[str, list[tuple[str, int]]]] = {
    "candidates.MAX_LOADED": ("eventwire.fuse.candidates", [("MAX_LOADED", 1)]),
    "candidates.MAX_CANDIDATES": ("eventwire.fuse.candidates",
                                  [("MAX_CANDIDATES", 1), ("LOADED_CANDIDATES", 2)]),
    "stories.RETRIEVED": ("eventwire.fuse.stories", [("RETRIEVED", 1)]),
    "stories.MAX_LOADED": ("eventwire.fuse.stories", [("MAX_LOADED", 1)]),
}


@contextmanager
def budgets(settings: list[str]) -> Iterator[None]:
    """Within the block, each ``NAME=VALUE`` of ``settings`` (a name of ``BUDGETS``) set; the
    old values put back on leaving."""
    saved = []
    try:
        for item in settings:
            name, _, value = item.partition("=")
            if name not in BUDGETS or not value.strip().isdigit():
                raise ValueError(f"{item}: not NAME=VALUE with NAME one of {sorted(BUDGETS)}")
            module = importlib.import_module(BUDGETS[name][0])
            for attr, factor in BUDGETS[name][1]:
                saved.append((module, attr, getattr(module, attr)))
                setattr(module, attr, factor * int(value))
        yield
    finally:
        for module, attr, old in reversed(saved):
            setattr(module, attr, old)


def quantiles(values: list[int]) -> str:
    """``n``, the median, the 90th percentile and the largest of some ranks, as text."""
    if not values:
        return "n=0"
    xs = sorted(values)
    return (f"n={len(xs)} median={xs[len(xs) // 2]} p90={xs[min(len(xs) - 1, 9 * len(xs) // 10)]}"
            f" max={xs[-1]}")


def pair_bands(scores: dict[tuple[str, str], float], new: set[str], owner: dict[str, str],
               ranks: dict[str, dict[str, int]], linked: float, shown: float
               ) -> dict[str, list[int]]:
    """The scored mention pairs with a new mention (``new``), by what their score decides
    ("linked" at ``linked``, "shown" at ``shown``, else "below"): the place of the other
    mention's event (``owner``) in the new mention's candidate order (``ranks``); a pair whose
    event is not in that order counts under "unranked", a pair of two stored mentions under
    "stored"."""
    out: dict[str, list[int]] = {"linked": [], "shown": [], "below": [], "unranked": [],
                                 "stored": []}
    for (a, b), p in scores.items():
        mine, other = (a, b) if a in new else (b, a) if b in new else (None, None)
        if mine is None:
            out["stored"].append(0)
            continue
        place = ranks.get(mine, {}).get(owner.get(other, ""))
        if place is None:
            out["unranked"].append(0)
        else:
            out["linked" if p >= linked else "shown" if p >= shown else "below"].append(place)
    return out


class Compared:
    """What one update compares (``--compared``): the stored events loaded, the candidates
    asked, and the pair scores remembered when the records are written."""

    def __init__(self) -> None:
        """Nothing seen yet."""
        self.fusion: Any = None
        self.mentions: list[Any] = []
        self.asked: set[str] = set()
        self.scores: dict[tuple[str, str], float] = {}
        self.ranks: dict[str, dict[str, int]] = {}
        self.near: list[int] = []

    @contextmanager
    def watching(self) -> Iterator[Compared]:
        """Within the block, the update's fusion state is followed (functions put back on
        leaving)."""
        from eventwire.fuse import events as ev

        load, cands, write = ev.load_groups, ev.Fusion.candidates, ev.write_events

        def load_groups(conn: Any, mentions: list[Any]) -> Any:
            self.fusion, self.mentions = load(conn, mentions), list(mentions)
            return self.fusion

        def candidates(fusion: Any, m: Any) -> list[str]:
            found = cands(fusion, m)
            self.asked.update(found)
            return found

        def write_events(conn: Any, fusion: Any, *args: Any, **kwargs: Any) -> Any:
            self.scores = dict(fusion.scores)
            self.order(fusion)
            return write(conn, fusion, *args, **kwargs)

        ev.load_groups, ev.Fusion.candidates, ev.write_events = \
            load_groups, candidates, write_events
        try:
            yield self
        finally:
            ev.load_groups, ev.Fusion.candidates, ev.write_events = load, cands, write

    def order(self, fusion: Any) -> None:
        """Each new mention's near candidates (``Fusion.candidates`` before its cap), in the
        order of ``Fusion.closeness``."""
        from eventwire.fuse import events as ev

        for m in self.mentions:
            found: set[str] = set()
            for t in ev.compatible_with(m.type):
                for k in ev.index_keys(m):
                    found |= fusion.by_key.get((t, k), set())
            near = sorted(fusion.near_ids(m, found), key=fusion.closeness_to(m))
            self.ranks[m.id] = {e: i for i, e in enumerate(near)}
            self.near.append(len(near))

    def lines(self) -> list[str]:
        """The counts, as text."""
        from eventwire.fuse import candidates as cands
        from eventwire.fuse import coref
        from eventwire.fuse import events as ev

        f = self.fusion
        if f is None:
            return ["compared: no update"]
        owner = {m.id: f.resolve(eid) for eid, group in f.groups.items() for m in group}
        stored = set(f.groups) - set(f.new)
        new = {m.id for m in self.mentions}
        bands = pair_bands(self.scores, new, owner, self.ranks, coref.threshold(),
                           ev.POSSIBLY_SAME_MIN)
        out = [f"compared: {f.loaded} stored events loaded, {len(self.asked & stored)} of the "
               f"held ever a candidate; {len(new)} new mentions, near candidates each "
               f"{quantiles(self.near)} (over {cands.MAX_CANDIDATES}: "
               f"{sum(n > cands.MAX_CANDIDATES for n in self.near)}); "
               f"{len(self.scores)} distinct pairs scored"]
        for band in ("linked", "shown", "below"):
            out.append(f"compared: pairs {band}: place in the candidate order "
                       f"{quantiles(bands[band])}")
        out.append(f"compared: pairs unranked {len(bands['unranked'])}, "
                   f"of two stored mentions {len(bands['stored'])}")
        return out


def profile(db: Path, n_new: int, interval_ms: float, prints: bool,
            clock: StageClock | None = None, compared: Compared | None = None
            ) -> tuple[float, list[list[Frame]], dict[str, Any], dict[str, str]]:
    """The update's CPU seconds, its samples, its report and (``prints``) its fingerprint;
    with ``clock``, the ingest's ``STAGES`` timed on it; with ``compared``, what it compared
    followed."""
    import eventwire.fuse as fuse
    from eventwire.annotate.nlp import load_nlp
    from eventwire.corpus import ingest
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    load_nlp()
    docs = bench_ingest.new_documents(n_new)
    bench_ingest.extract_docs(docs)
    sampler = Sampler(interval_ms)
    took = [0.0]
    inner = fuse._update

    def sampled(store: Any, ids: list[str]) -> dict[str, Any]:
        c0 = time.process_time()
        try:
            with sampler:
                return inner(store, ids)
        finally:
            took[0] = time.process_time() - c0

    found: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="eventwire-profile-") as tmp:
        path = Path(tmp) / "new.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        store, pipeline = Store(str(db)), Pipeline()
        bench_ingest.import_fusion()
        fuse._update = sampled
        try:
            with bench_ingest.rolled_back(store), (
                    clock.timing(stage_owners(STAGES)) if clock else nullcontext()), (
                    compared.watching() if compared else nullcontext()):
                report = ingest([str(path)], store, pipeline=pipeline)
                if prints:
                    with store.engine.connect() as conn:
                        found = fingerprint(conn, report.fused, [d["id"] for d in docs])
        finally:
            fuse._update = inner
            store.close()
    return took[0], sampler.samples, report.fused, found


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path, help="a kept record (bench_ingest.py --keep DIR)")
    ap.add_argument("--new", type=int, default=bench_ingest.NEW_DOCS)
    ap.add_argument("--interval", type=float, default=1.0, help="ms of CPU between samples")
    ap.add_argument("--top", type=int, default=40, help="functions listed")
    ap.add_argument("--fingerprint", action="store_true",
                    help="digests of what the update wrote (timestamps masked)")
    ap.add_argument("--stages", action="store_true",
                    help="also the CPU of each stage of the ingest, in ms an article")
    ap.add_argument("--compared", action="store_true",
                    help="also what the update compared: loaded events, candidates, pairs "
                         "and where the pairs sit in the candidate order")
    ap.add_argument("--budget", action="append", default=[], metavar="NAME=VALUE",
                    help=f"run with a fuse budget set otherwise (one of {sorted(BUDGETS)})")
    ap.add_argument("--samples", type=Path, help="also pickle the sampled stacks here")
    args = ap.parse_args(argv)
    clock = StageClock() if args.stages else None
    compared = Compared() if args.compared else None
    with budgets(args.budget):
        took, samples, fused, found = profile(args.db, args.new, args.interval,
                                              args.fingerprint, clock, compared)
    if args.samples:
        args.samples.write_bytes(pickle.dumps(samples))
    n = max(1, len(samples))
    print(f"update: {took:.3f} s of CPU, {len(samples)} samples; "
          f"{len(fused.get('events_new', []))} new events, "
          f"{len(fused.get('events_updated', []))} updated")
    inclusive, own = shares(samples)
    for title, counts in (("inclusive", inclusive), ("own", own)):
        print(f"-- {title}")
        for (name, func), k in counts.most_common(args.top):
            print(f"{100 * k / n:5.1f} % {name}:{func}")
    if clock is not None:
        print(f"-- stages (CPU an article of {args.new}, inclusive; calls)")
        for line in clock.lines(args.new, [label for label, _, _ in STAGES]):
            print(line)
    if compared is not None:
        for line in compared.lines():
            print(line)
    for table, value in found.items():
        print(f"fingerprint {table}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
