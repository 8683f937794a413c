"""Per-document values computed once and reused by every component.

spaCy rebuilds ``Doc.text`` from its tokens on each access and walks the
whole document for ``Doc.sents``; components that ask for them per token
would pay that cost many times per article. These helpers keep the result in
``Doc.user_data`` so each document pays it once.
"""

from __future__ import annotations

from typing import Any

TEXT_KEY = ("eventwire", "text")


def doc_text(doc: Any) -> str:
    """The document text, built once per document."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text
