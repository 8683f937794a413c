"""Safe HTML from text plus character spans: every text segment is escaped on its own.

A ``Mark`` wraps the characters ``text[start:end]`` in an allow-listed tag.
Overlapping marks are split at every boundary, so the output is always
well-formed and no article-derived character reaches the page unescaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from markupsafe import Markup, escape

ALLOWED_TAGS = frozenset({"span", "mark", "strong", "em"})
ATTR_NAMES = frozenset({"class", "title", "data-type", "data-value", "data-label", "data-event"})


@dataclass(frozen=True)
class Mark:
    """Wrap ``text[start:end]`` in ``<tag attrs>``; wider marks nest outside narrower ones."""

    start: int
    end: int
    tag: str = "span"
    attrs: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        if self.tag not in ALLOWED_TAGS:
            raise ValueError(f"tag {self.tag!r} is not allowed")
        for name, _ in self.attrs:
            if name not in ATTR_NAMES:
                raise ValueError(f"attribute {name!r} is not allowed")

    def open(self) -> str:
        """The opening tag with escaped attribute values."""
        attrs = "".join(f' {name}="{escape(value)}"' for name, value in self.attrs)
        return f"<{self.tag}{attrs}>"

    def close(self) -> str:
        """The closing tag."""
        return f"</{self.tag}>"


def mark(start: int, end: int, tag: str = "span", **attrs: str | None) -> Mark:
    """A Mark; keyword ``class_`` becomes ``class``, ``data_x`` becomes ``data-x``; None is dropped."""
    pairs = tuple((k.rstrip("_").replace("_", "-"), str(v)) for k, v in attrs.items()
                  if v is not None)
    return Mark(start, end, tag, pairs)


def render(text: str, marks: Iterable[Mark], start: int = 0, end: int | None = None,
           anchors: Mapping[int, Iterable[str]] | None = None) -> Markup:
    """HTML of ``text[start:end]`` with marks applied and empty anchors (ids) at given offsets."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    clipped = [Mark(max(m.start, start), min(m.end, end), m.tag, m.attrs) for m in marks
               if m.end > start and m.start < end and m.end > m.start]
    anchor_at = {k: list(v) for k, v in (anchors or {}).items() if start <= k < end}
    cuts = sorted({start, end, *(m.start for m in clipped), *(m.end for m in clipped),
                   *anchor_at})
    ordered = sorted(clipped, key=lambda m: (m.start, -m.end))
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for ident in anchor_at.get(a, ()):
            out.append(f'<span class="anchor" id="{escape(ident)}"></span>')
        active = _active(ordered, a, b)
        out.append("".join(m.open() for m in active))
        out.append(str(escape(text[a:b])))
        out.append("".join(m.close() for m in reversed(active)))
    return Markup("".join(out))


def _active(ordered: list[Mark], a: int, b: int) -> list[Mark]:
    """The marks (sorted by start) that cover the whole segment ``[a, b)``."""
    out = []
    for m in ordered:
        if m.start > a:
            break
        if m.end >= b:
            out.append(m)
    return out
