"""The per-article pipeline: spaCy once per batch, then small components in order.

A component is a function ``component(ex: Extraction, ctx: Context) -> None``
that reads what earlier components put on the Extraction and adds its own
part (entities, times, quotes, events, claims, flags). Components are pure
per article, so the pipeline runs the same in one process, several, or on
Ray workers.
"""

from __future__ import annotations

import importlib
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from eventwire.budget import budget_for, cpu_seconds, remaining, time_budget
from eventwire.heap import TrimCounter, collector_threshold, settle_heap, unsettle_heap
from eventwire.model import Article, Extraction

Component = Callable[[Extraction, "Context"], None]

# Components in running order, as "module:function". Extensible: pass
# ``components=`` to Pipeline to add or replace.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "eventwire.annotate.actors:link_component",
    "eventwire.annotate.times:times_component",
    "eventwire.extract.quotes:quotes_component",
    "eventwire.extract.events:events_component",
    "eventwire.extract.claims:claims_component",
    "eventwire.extract.attributes:date_ranges_component",
    "eventwire.extract.responses:responses_component",
    "eventwire.extract.flags:flags_component",
)

DEFAULT_BATCH_SIZE = 16
LOCAL, RAY = "local", "ray"
ENGINES = (LOCAL, RAY)
FORK = "fork"
AHEAD_PER_PROCESS = 2  # batches queued per worker process before results are awaited
MAX_BATCH_CHARS = 100_000  # characters of text per spaCy batch (bounds memory and time)
WARM_UP_TEXT = ("Officials from Russia and Ukraine met in Geneva on Monday and agreed to "
                "resume talks next week, the foreign ministry said in a statement.")

_FORKED: Pipeline | None = None  # the pipeline forked worker processes run
_TRIM = TrimCounter()  # documents parsed in this process since the free C heap was returned


@dataclass
class ProcessingError:
    """An article the components could not process, with a one-line reason."""

    article_id: str
    source: str
    message: str

    @classmethod
    def of(cls, article: Article, exc: Exception) -> ProcessingError:
        """The error for ``article`` raised as ``exc``."""
        first = str(exc).splitlines()[0] if str(exc) else ""
        return cls(article.id, article.source or article.id,
                   f"extraction failed ({exc.__class__.__name__}: {first})")


@dataclass
class Context:
    """Shared, read-only state for components: the registry and options."""

    registry: Any = None
    options: dict[str, Any] = field(default_factory=dict)


def resolve(name: str) -> Component:
    """Import ``module:function`` and return the function."""
    module, _, attr = name.partition(":")
    return getattr(importlib.import_module(module), attr)


class Pipeline:
    """Run spaCy with ``nlp.pipe`` and the components over a stream of articles."""

    def __init__(
        self,
        components: Iterable[str | Component] | None = None,
        registry: Any = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        n_process: int = 1,
        actors_files: Iterable[str] = (),
        engine: str = LOCAL,
        ray_address: str | None = None,
        gemm: str | None = None,
        encode: str | None = None,
    ) -> None:
        from eventwire.annotate.gemm import resolve_gemm

        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r} ({', '.join(ENGINES)})")
        names = DEFAULT_COMPONENTS if components is None else components
        self.components = [resolve(c) if isinstance(c, str) else c for c in names]
        self.actors_files = list(actors_files)
        self._own_registry = registry is None
        if registry is None:
            registry = load_registry(self.actors_files)
        self.ctx = Context(registry=registry)
        self.batch_size = batch_size
        self.n_process = n_process
        self.engine = engine
        self.ray_address = ray_address
        self.gemm = resolve_gemm(gemm)  # the matrix kernel: blis, or numpy (annotate/gemm.py)
        # "module:function" run on each Extraction in the process that made it (a worker's),
        # whose result the stream yields instead: the consumer gets it ready-made
        self.encode = encode
        self._encoder: Callable[[Extraction], Any] | None = resolve(encode) if encode else None
        self._warm = False

    def release(self) -> None:
        """Free the language model and the actor registry this pipeline loaded; both are
        loaded again when it next runs (an ingest that is done extracting fuses with that
        memory free)."""
        from eventwire.annotate.nlp import unload_nlp

        unsettle_heap()  # the model's reference cycles must be collectable again
        unload_nlp()
        if self._own_registry:
            self.ctx.registry = None

    def spec(self) -> dict[str, Any]:
        """What another process needs to build the same pipeline (registry by its files)."""
        return {"components": self.components, "batch_size": self.batch_size,
                "actors_files": self.actors_files, "options": dict(self.ctx.options),
                "registry": None if self._own_registry else self.ctx.registry,
                "gemm": self.gemm, "encode": self.encode}

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> Pipeline:
        """The pipeline ``spec()`` describes (loads the registry here)."""
        pipe = cls(components=spec["components"], registry=spec["registry"],
                   batch_size=spec["batch_size"], actors_files=spec["actors_files"],
                   gemm=spec.get("gemm"), encode=spec.get("encode"))
        pipe.ctx.options.update(spec["options"])
        return pipe

    def run(self, articles: Iterable[Article]) -> Iterator[Extraction | ProcessingError]:
        """Yield one Extraction (or ProcessingError) per article, in input order, streaming;
        with ``encode``, what that function made of each Extraction.

        With ``n_process > 1`` each worker process runs spaCy and the
        components over whole batches (forked workers where the platform has
        fork; elsewhere spaCy's own multi-process ``nlp.pipe``). With the
        ``ray`` engine, long-lived Ray actors run the batches
        (``eventwire.scale.ray_engine``).
        """
        if self.ctx.registry is None and self._own_registry:  # released: load it again
            self.ctx.registry = load_registry(self.actors_files)
        if self.engine == RAY:
            from eventwire.scale.ray_engine import run_ray

            yield from run_ray(self, articles)
        elif self.n_process > 1 and FORK in multiprocessing.get_all_start_methods():
            yield from self._run_forked(articles)
        else:
            yield from self._run_here(articles, self.n_process)

    def _run_here(self, articles: Iterable[Article], n_process: int = 1
                  ) -> Iterator[Extraction | ProcessingError]:
        """Run spaCy and the components in this process (spaCy may use ``n_process``)."""
        nlp = self.load_model()
        if n_process > 1:  # spaCy's own worker processes (platforms without fork)
            pairs = ((a.text, a) for a in articles)
            for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size,
                                         n_process=n_process):
                yield self._process_one(article, doc)
            return
        self.warm_up(nlp)
        with collector_threshold():
            for batch in article_batches(articles, self.batch_size):
                yield from self._run_batch(nlp, batch)

    def load_model(self) -> Any:
        """This process's spaCy model, loaded with this pipeline's matrix kernel."""
        from eventwire.annotate.gemm import select_gemm
        from eventwire.annotate.nlp import load_nlp

        select_gemm(self.gemm)  # process-wide: components that ask for the model get this one
        return load_nlp()

    def warm_up(self, nlp: Any) -> None:
        """Run one short text through everything once, so data the components load on
        first use is loaded outside any article's time budget."""
        if self._warm:
            return
        self._warm = True
        try:
            self.process(Article(id="warm-up", text=WARM_UP_TEXT), nlp(WARM_UP_TEXT))
        except Exception:  # noqa: S110 - a component that fails here fails again on articles
            pass
        settle_heap()  # what is loaded now lives as long as the pipeline

    def _run_batch(self, nlp: Any, batch: list[Article]) -> Iterator[Extraction | ProcessingError]:
        """One batch through ``nlp.pipe``; when the batch fails, each article alone.

        Each article's components get what is left of its budget after its
        share (by characters) of the batch's parsing time.
        """
        chars = sum(len(a.text) for a in batch)
        _TRIM.count(len(batch))
        try:
            start = cpu_seconds()
            with time_budget(budget_for(chars)):
                docs = list(nlp.pipe([a.text for a in batch], batch_size=len(batch)))
            spent = cpu_seconds() - start
        except Exception as exc:  # isolate the bad article: parse the batch one article at a time
            if len(batch) == 1:
                yield ProcessingError.of(batch[0], exc)
                return
            docs = None
        if docs is not None:
            yield from self._process_batch(
                batch, docs, [spent * len(a.text) / max(chars, 1) for a in batch])
            return
        for article in batch:
            try:
                start = cpu_seconds()
                with time_budget(budget_for(len(article.text))):
                    doc = nlp(article.text)
                spent = cpu_seconds() - start
            except Exception as exc:  # one bad article must not stop the stream
                yield ProcessingError.of(article, exc)
                continue
            yield self._process_one(article, doc, spent)

    def _process_one(self, article: Article, doc: Any, spent: float = 0.0
                     ) -> Extraction | ProcessingError:
        """The components over one parsed article within what is left of its budget, then
        the pipeline's ``encode`` if it has one."""
        return self._process_batch([article], [doc], [spent])[0]

    def _process_batch(self, batch: list[Article], docs: list[Any], spent: list[float]
                       ) -> list[Extraction | ProcessingError]:
        """``_process_one`` of each parsed article, the components run in stages: a component
        with a ``prepare_batch(exs, ctx)`` step starts a stage, that step runs once over the
        batch's articles (its CPU shared out by characters), then the stage's components over
        each article within what is left of its budget."""
        from eventwire.annotate.doccache import seed_text

        spent = list(spent)
        out: list[Extraction | ProcessingError] = []
        for article, doc in zip(batch, docs, strict=True):
            if doc is not None:
                seed_text(doc, article.text)
            out.append(Extraction(article=article, doc=doc))
        starts = [i for i, c in enumerate(self.components)
                  if i == 0 or hasattr(c, "prepare_batch")]
        for begin, end in zip(starts, [*starts[1:], len(self.components)], strict=True):
            self._prepare(self.components[begin], out, spent)
            for i, ex in enumerate(out):
                if isinstance(ex, ProcessingError):
                    continue
                start = cpu_seconds()
                try:
                    with time_budget(remaining(len(ex.article.text), spent[i])):
                        for component in self.components[begin:end]:
                            component(ex, self.ctx)
                except Exception as exc:  # one bad article must not stop the stream
                    ex.doc = None
                    out[i] = ProcessingError.of(ex.article, exc)
                spent[i] += cpu_seconds() - start
        for i, ex in enumerate(out):
            if isinstance(ex, Extraction):
                ex.doc = None
                try:
                    out[i] = ex if self._encoder is None else self._encoder(ex)
                except Exception as exc:  # one bad article must not stop the stream
                    out[i] = ProcessingError.of(ex.article, exc)
        return out

    def _prepare(self, component: Component, out: list[Extraction | ProcessingError],
                 spent: list[float]) -> None:
        """A component's ``prepare_batch`` step over the batch's live articles, if it has one;
        when it fails, the component does that work on each article itself."""
        step = getattr(component, "prepare_batch", None)
        live = [ex for ex in out if isinstance(ex, Extraction)]
        if step is None or not live:
            return
        chars = sum(len(ex.article.text) for ex in live)
        start = cpu_seconds()
        try:
            with time_budget(budget_for(chars)):
                step(live, self.ctx)
        except Exception:  # noqa: S110 - each article then fails (or not) on its own
            pass
        used = cpu_seconds() - start
        for i, ex in enumerate(out):
            if isinstance(ex, Extraction):
                spent[i] += used * len(ex.article.text) / max(chars, 1)

    def _run_forked(self, articles: Iterable[Article]) -> Iterator[Extraction | ProcessingError]:
        """Run whole batches in forked worker processes, a bounded number ahead, in order."""
        global _FORKED

        self.load_model()  # loaded once here, shared with the forked workers
        _FORKED = self
        context = multiprocessing.get_context(FORK)
        with ProcessPoolExecutor(max_workers=self.n_process, mp_context=context) as pool:
            pending: deque[tuple[list[Article], Future[list[Extraction | ProcessingError]]]] = \
                deque()
            for batch in article_batches(articles, self.batch_size):
                pending.append((batch, pool.submit(_run_forked_batch, batch)))
                if len(pending) >= AHEAD_PER_PROCESS * self.n_process:
                    yield from _batch_results(*pending.popleft())
            while pending:
                yield from _batch_results(*pending.popleft())

    def process(self, article: Article, doc: Any) -> Extraction:
        """Run the components over one parsed article."""
        from eventwire.annotate.doccache import seed_text

        ex = Extraction(article=article, doc=doc)
        if doc is not None:
            seed_text(doc, article.text)
        for component in self.components:
            component(ex, self.ctx)
        ex.doc = None
        return ex


def article_batches(articles: Iterable[Article], size: int,
             max_chars: int = MAX_BATCH_CHARS) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` articles and about ``max_chars`` characters."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and chars + len(article.text) > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
        if len(batch) >= size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _batch_results(batch: list[Article], future: Future[list[Extraction | ProcessingError]]
                   ) -> list[Extraction | ProcessingError]:
    """A forked batch's results, or one error per article when its worker failed."""
    try:
        return future.result()
    except Exception as exc:  # a worker that died costs only its own batch
        return [ProcessingError.of(a, exc) for a in batch]


def _run_forked_batch(batch: list[Article]) -> list[Extraction | ProcessingError]:
    """In a forked worker: the results of one batch, from the pipeline the parent forked with."""
    if _FORKED is None:
        raise RuntimeError("no pipeline in this worker process")
    return list(_FORKED._run_here(batch))


def load_registry(actors_files: Iterable[str] = ()) -> Any:
    """The actor registry: package data plus the user's files."""
    from eventwire.annotate.actors import Registry

    return Registry.load(extra=list(actors_files))
