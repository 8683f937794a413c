"""Where the stock spaCy model spends its time, and how much of the parse events could skip.

Runs the model as shipped over the benchmark corpus (``bench/corpus.py``) one
component at a time (batches of 16) and prints each component's share of the
CPU seconds. Then, through eventwire's pipeline of spaCy, counts the sentences
that hold a candidate trigger (a word whose lemma, at the part of speech the
tagger gives it, has an entry in the trigger lexicon: curated or CAMEO) and
those that also hold a speech verb or quotation mark (quotes read the parse
there): the parse is needed in those, so the rest bounds what a parse limited
to them could save.

    .venv/bin/python bench/bench_spacy.py [--docs 300]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as bench_corpus  # noqa: E402

DOC_WORDS = (100, 300)
BATCH = 16
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "state", "announce", "according"})
QUOTE_MARKS = frozenset({'"', "“", "”"})


def component_seconds(texts: list[str]) -> dict[str, float]:
    """CPU seconds of the tokenizer and of each component of the stock model over ``texts``."""
    import spacy

    from eventwire.annotate.nlp import MODEL

    nlp = spacy.load(MODEL)
    took = dict.fromkeys(("tokenizer", *nlp.pipe_names), 0.0)
    for i in range(0, len(texts), BATCH):
        c0 = time.process_time()
        docs = [nlp.make_doc(t) for t in texts[i:i + BATCH]]
        took["tokenizer"] += time.process_time() - c0
        for name, proc in nlp.pipeline:
            c0 = time.process_time()
            docs = list(proc.pipe(docs, batch_size=BATCH))
            took[name] += time.process_time() - c0
    return took


def has_trigger(sent: Any, lexicon: Any) -> bool:
    """True when some word of ``sent`` is a candidate trigger under ``lexicon``."""
    from eventwire.extract.triggers import _lemma, _pos_of

    for tok in sent:
        pos = _pos_of(tok)
        if pos and lexicon.candidates(pos, _lemma(tok)):
            return True
    return False


def has_speech(sent: Any) -> bool:
    """True when ``sent`` holds a speech verb or a quotation mark."""
    return any(t.lemma_ in SPEECH_LEMMAS or t.text in QUOTE_MARKS for t in sent)


def coverage(texts: list[str]) -> dict[str, int]:
    """Sentence and token counts of ``texts``, in all and in sentences needing the parse."""
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.lexicon import load_lexicon

    lexicon, nlp = load_lexicon(()), load_nlp()
    out = dict.fromkeys(("sentences", "tokens", "trigger_sentences", "trigger_tokens",
                         "needed_sentences", "needed_tokens"), 0)
    for doc in nlp.pipe(texts, batch_size=BATCH):
        for sent in doc.sents:
            trigger = has_trigger(sent, lexicon)
            needed = trigger or has_speech(sent)
            for key, flag in (("", True), ("trigger_", trigger), ("needed_", needed)):
                out[key + "sentences"] += flag
                out[key + "tokens"] += len(sent) if flag else 0
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="corpus size")
    args = ap.parse_args(argv)
    texts = [d["text"] for d in bench_corpus.documents(max(args.docs, 1), DOC_WORDS)]
    took = component_seconds(texts)
    total = sum(took.values())
    print(f"stock model       {total:.1f} CPU s: " + ", ".join(
        f"{name} {sec / total:.1%}" for name, sec in took.items()))
    c = coverage(texts)
    print(f"corpus            {len(texts)} documents, {c['sentences']} sentences, "
          f"{c['tokens']} tokens ({bench_corpus.paragraphs()[1]})")
    for key, what in (("trigger_", "a candidate trigger"),
                      ("needed_", "a candidate trigger, speech verb or quotation mark")):
        print(f"with {what}: {c[key + 'sentences'] / c['sentences']:.1%} of sentences, "
              f"{c[key + 'tokens'] / c['tokens']:.1%} of tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
