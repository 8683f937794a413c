"""The Ray engine: long-lived actors run the pipeline over whole batches, on one machine or a cluster.

Each actor builds the pipeline once (spaCy model, actor registry, components)
and then processes batches of articles. The driver sends each batch to the
actor with the fewest batches queued, keeps at most ``AHEAD_PER_ACTOR``
batches per actor in flight, and yields the results in input order, holding
at most ``HELD_PER_ACTOR`` batches' worth of finished results per actor behind
an unfinished one, so memory stays bounded however long the input is and an
actor that finishes early is not left idle behind a slower one. The last
batches of the input go out in shrinking pieces to whichever actor is free,
so the actors finish together.
Components are pure per article, so the output is the same as the local
engine's. Importing this module imports Ray (an optional dependency,
``pip install eventwire[ray]``); nothing else in eventwire does.
"""

from __future__ import annotations

import logging
import os
import pickle
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

try:
    import ray
except ImportError as exc:  # an optional extra
    raise ImportError("the ray engine needs Ray: pip install 'eventwire[ray]'") from exc

from eventwire.model import Article, Extraction
from eventwire.pipeline import ProcessingError, article_batches

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

MAX_RESTARTS = 3  # an actor whose process dies is started again (model loaded again)
AHEAD_PER_ACTOR = 2  # batches queued on one actor at most
TAIL_AHEAD_PER_ACTOR = 1  # pieces queued on one actor in the tail
HELD_PER_ACTOR = 2  # finished batches held per actor while an earlier batch is unfinished
READ_AHEAD_PER_ACTOR = 2  # batches read from the input per actor before they are sent
ENV_ADDRESS = "RAY_ADDRESS"
ENV_NICENESS = "RAY_worker_niceness"  # Ray lowers workers' priority by default (niceness 15)
ENV_INLINE = "RAY_max_direct_call_object_size"  # results up to this size come back in the reply
SPANS_KEPT = 256  # batches whose start and end an actor remembers (``recent``)
INLINE_BYTES = 4 * 1024 * 1024  # a batch's results are a few hundred KB (Ray's default: 100 KB)

Result = Extraction | ProcessingError


@ray.remote(num_cpus=1, max_restarts=MAX_RESTARTS)
class BatchWorker:
    """A Ray actor holding one pipeline; processes whole batches of articles."""

    def __init__(self, spec: dict[str, Any]) -> None:
        from eventwire.pipeline import Pipeline

        self.pipeline = Pipeline.from_spec(spec)
        nlp = self.pipeline.load_model()  # with the driver's matrix kernel (spec["gemm"])
        if self.pipeline.ctx.registry is not None:
            _ = getattr(self.pipeline.ctx.registry, "matcher", None)  # build it once, up front
        self.pipeline.warm_up(nlp)  # data components load on first use; freezes the heap
        self.busy = 0.0  # wall seconds spent running batches
        self.batch_cpu = 0.0  # CPU seconds of this thread running them (pickling included)
        self.spans: deque[tuple[float, float]] = deque(maxlen=SPANS_KEPT)  # recent batches' times

    def ready(self) -> bool:
        """True once the model and registry are loaded."""
        return True

    def run(self, batch: list[Article]) -> bytes:
        """The results of one batch, in order, pickled (``unpack`` reads them)."""
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return pack(list(self.pipeline._run_here(batch)))
        finally:
            end = time.perf_counter()
            self.busy += end - start
            self.batch_cpu += time.thread_time() - cpu
            self.spans.append((start, end))

    def gemm(self) -> str:
        """The matrix kernel this worker's spaCy model multiplies with."""
        from eventwire.annotate.gemm import model_gemm

        return model_gemm(self.pipeline.load_model())

    def usage(self) -> dict[str, float]:
        """This worker process's peak RSS (MB, Linux units), CPU seconds so far, wall
        seconds spent running batches (the rest of its time it waited for work) and CPU
        seconds spent running them (the rest went to Ray's receiving, replying and polling)."""
        import resource

        ru = resource.getrusage(resource.RUSAGE_SELF)
        return {"peak_rss_mb": ru.ru_maxrss / 1024, "cpu_s": ru.ru_utime + ru.ru_stime,
                "busy_s": self.busy, "batch_cpu_s": self.batch_cpu}

    def recent(self) -> list[tuple[float, float]]:
        """The start and end (``time.perf_counter``: the machine's monotonic clock, comparable
        between processes of one host) of the batches run since the last call, at most
        ``SPANS_KEPT`` of the latest; tells when an actor waited for work."""
        spans = list(self.spans)
        self.spans.clear()
        return spans


def connect(address: str | None) -> bool:
    """Join the Ray cluster at ``address`` or start a local runtime; True if this call started it.

    ``auto`` or ``ray://host:10001`` join an existing cluster; ``None`` joins
    the cluster in ``$RAY_ADDRESS`` if set, else starts a local runtime with
    this machine's CPUs. Nothing happens when Ray is already initialised in
    this process.
    """
    if ray.is_initialized():
        return False
    address = address or os.environ.get(ENV_ADDRESS) or None
    quiet = {"logging_level": logging.ERROR, "log_to_driver": False}
    if address:
        ray.init(address=address, **quiet)
    else:
        start_local(os.cpu_count() or 1, **quiet)
    return True


def start_local(cpus: int, **options: Any) -> None:
    """Start a local Ray runtime with ``cpus`` CPUs whose workers run at this process's priority.

    The workers do all the extraction work: on a busy machine, Ray's default
    of lowering their priority would make them slower than one local process.
    A batch's results (a few hundred KB) come back inside the task's reply
    rather than through Ray's shared-memory object store, which costs the
    driver and the raylet less CPU on the cores the workers use. Either
    setting already in the environment is kept.
    """
    os.environ.setdefault(ENV_NICENESS, "0")
    os.environ.setdefault(ENV_INLINE, str(INLINE_BYTES))
    ray.init(num_cpus=cpus, include_dashboard=False, **options)


def n_actors(requested: int) -> int:
    """How many actors to start: ``requested`` when above one, else one per CPU of the cluster."""
    if requested > 1:
        return requested
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def start_actors(pipeline: Pipeline, n: int) -> list[Any]:
    """Start ``n`` actors, each loading the pipeline once, and wait until they are ready."""
    spec = pipeline.spec()  # passed by value: a restarted actor gets it again
    actors = [BatchWorker.remote(spec) for _ in range(n)]
    ray.get([a.ready.remote() for a in actors])
    return actors


def stream(actors: list[Any], articles: Iterable[Article], batch_size: int) -> Iterator[Result]:
    """Send each batch to the least busy actor, a bounded number in flight; yield results in input order."""
    return dispatch(actors, article_batches(articles, batch_size),
                    lambda actor, batch: actor.run.remote(batch), _wait_any, results)


def _wait_any(refs: list[Any]) -> Any:
    """The first of ``refs`` to finish."""
    ready, _ = ray.wait(refs, num_returns=1)
    return ready[0]


def dispatch(workers: list[Any], batches: Iterable[list[Article]],
             submit: Callable[[Any, list[Article]], Any], wait_any: Callable[[list[Any]], Any],
             collect: Callable[[list[Article], Any], list[Result]]) -> Iterator[Result]:
    """Run ``batches`` on ``workers`` and yield their results in input order.

    ``submit(worker, batch)`` starts a batch and returns a handle,
    ``wait_any(handles)`` blocks until one of them is finished and returns it,
    ``collect(batch, handle)`` gives a finished batch's results. Each batch goes
    to the worker with the fewest batches queued (at most ``AHEAD_PER_ACTOR``),
    so a worker that finishes early takes the next batch instead of waiting
    behind a slower one; finished results held for an earlier batch are
    bounded (``HELD_PER_ACTOR`` batches' worth per worker), which bounds memory.

    The input is read ``READ_AHEAD_PER_ACTOR`` batches per worker ahead. Once
    it is used up, the batches left go out in shrinking pieces (a share of
    what is left, ``tail_piece``), each only to a worker with nothing queued:
    the workers then finish within about one small piece of each other,
    instead of one idling while the other runs its last full batches.
    """
    n = len(workers)
    source = iter(batches)
    ahead: deque[list[Article]] = deque()  # batches read from the input, not yet sent
    queued = {id(w): 0 for w in workers}
    pending: deque[tuple[list[Article], Any]] = deque()  # batches and handles, in input order
    running: dict[Any, Any] = {}  # unfinished handle -> its worker
    held = 0  # articles of the batches in ``pending``
    largest = 1  # the longest batch read: the bound on ``held`` is in such batches

    def read() -> bool:
        """Fill ``ahead``; True once the input is used up (``ahead`` holds all that is left)."""
        nonlocal largest
        while len(ahead) < READ_AHEAD_PER_ACTOR * n:
            batch = next(source, None)
            if batch is None:
                return True
            ahead.append(batch)
            largest = max(largest, len(batch))
        return False

    def finish_one() -> None:
        done = wait_any(list(running))
        queued[id(running.pop(done))] -= 1

    while True:
        last = read()
        if not ahead:
            break
        depth = TAIL_AHEAD_PER_ACTOR if last else AHEAD_PER_ACTOR
        limit = (AHEAD_PER_ACTOR + HELD_PER_ACTOR) * n * largest
        while pending and (held + len(ahead[0]) > limit or min(queued.values()) >= depth):
            if pending[0][1] not in running:  # the oldest batch is finished: hand it on
                batch, handle = pending.popleft()
                held -= len(batch)
                yield from collect(batch, handle)
            else:
                finish_one()
        batch = ahead.popleft()
        if last:
            size = tail_piece(len(batch) + sum(map(len, ahead)), n)
            if size < len(batch):
                ahead.appendleft(batch[size:])
                batch = batch[:size]
        worker = min(workers, key=lambda w: queued[id(w)])
        handle = submit(worker, batch)
        queued[id(worker)] += 1
        running[handle] = worker
        pending.append((batch, handle))
        held += len(batch)
    while pending:
        yield from collect(*pending.popleft())


def tail_piece(left: int, workers: int) -> int:
    """How many of the ``left`` last articles the next piece takes: a ``1 / (2 * workers)``
    share, at least one, so the pieces shrink as the input runs out."""
    return max(1, -(-left // (2 * workers)))


def pack(results: list[Result]) -> bytes:
    """A batch's results as one pickle. Ray would serialise the list itself with its
    cloudpickle, which calls back into Python for every object of the extractions (about
    three times the standard pickler's CPU); the bytes of one pickle pass through as they are."""
    return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(data: bytes) -> list[Result]:
    """The results ``pack`` pickled."""
    return pickle.loads(data)  # noqa: S301 - our own actors' results


def results(batch: list[Article], ref: Any) -> list[Result]:
    """A batch's results, or one error per article when its actor failed (it is restarted)."""
    try:
        return unpack(ray.get(ref))
    except Exception as exc:  # a lost worker costs only the batches it held
        return [ProcessingError.of(a, exc) for a in batch]


def run_ray(pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Result]:
    """Run ``pipeline`` over ``articles`` on Ray actors, in input order, streaming."""
    started = connect(pipeline.ray_address)
    actors: list[Any] = []
    try:
        actors = start_actors(pipeline, n_actors(pipeline.n_process))
        yield from stream(actors, articles, pipeline.batch_size)
    finally:
        for actor in actors:
            ray.kill(actor)
        if started:
            ray.shutdown()
