"""The per-article pipeline: spaCy once per batch, then small components in order.

A component is a function ``component(ex: Extraction, ctx: Context) -> None``
that reads what earlier components put on the Extraction and adds its own
part (entities, times, quotes, events, claims, flags). Components are pure
per article, so the pipeline runs the same in one process, several, or on
Ray workers.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

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
    "eventwire.extract.flags:flags_component",
)

DEFAULT_BATCH_SIZE = 16


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
    ) -> None:
        names = DEFAULT_COMPONENTS if components is None else components
        self.components = [resolve(c) if isinstance(c, str) else c for c in names]
        if registry is None:
            registry = load_registry(actors_files)
        self.ctx = Context(registry=registry)
        self.batch_size = batch_size
        self.n_process = n_process

    def run(self, articles: Iterable[Article]) -> Iterator[Extraction | ProcessingError]:
        """Yield one Extraction (or ProcessingError) per article, in input order, streaming."""
        from eventwire.annotate.nlp import load_nlp

        nlp = load_nlp()
        pairs = ((a.text, a) for a in articles)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size,
                                     n_process=self.n_process):
            try:
                yield self.process(article, doc)
            except Exception as exc:  # one bad article must not stop the stream
                yield ProcessingError.of(article, exc)

    def process(self, article: Article, doc: Any) -> Extraction:
        """Run the components over one parsed article."""
        ex = Extraction(article=article, doc=doc)
        for component in self.components:
            component(ex, self.ctx)
        ex.doc = None
        return ex


def load_registry(actors_files: Iterable[str] = ()) -> Any:
    """The actor registry: package data plus the user's files."""
    from eventwire.annotate.actors import Registry

    return Registry.load(extra=list(actors_files))
