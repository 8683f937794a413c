"""Title-case headlines re-parsed in one batch give the sentences one-by-one re-parsing gives."""

from __future__ import annotations

from pathlib import Path

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.event_context import EventContext
from eventwire.extract.headlines import article_sentences, headline_sentences, reparse_texts
from eventwire.extract.lexicon import load_lexicon
from eventwire.model import Article, Extraction

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"


def _context(text: str) -> EventContext:
    """An event context over a freshly parsed article."""
    ex = Extraction(article=Article(id="t", text=text, published="2025-05-19"),
                    doc=load_nlp()(text))
    return EventContext.build(ex, load_lexicon(), None)


def _spans(sents: list) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Comparable sentence spans with their tags and dependencies."""
    return [(s.start_char, s.end_char, s.text, tuple(t.tag_ + t.dep_ for t in s)) for s in sents]


def test_batched_reparse_matches_one_by_one() -> None:
    text = sorted(SAMPLES.glob("*.txt"))[0].read_text(encoding="utf-8")
    ctx = _context(text)
    sents = list(ctx.ex.doc.sents)
    assert any(reparse_texts(ctx, s) for s in sents)  # the sample has title-case headlines
    one = [p for s in sents for p in headline_sentences(ctx, s, load_nlp())]
    batched = list(article_sentences(ctx, sents, load_nlp()))
    assert _spans(batched) == _spans(one)


def test_reparse_keeps_offsets() -> None:
    text = "Intro line here.\nTrump To Speak With Putin On Monday"
    ctx = _context(text)
    parts = list(article_sentences(ctx, list(ctx.ex.doc.sents), load_nlp()))
    last = parts[-1]
    assert last.end_char == len(text)
    assert last.start_char == text.index("Trump")  # the padding before the line is no part of it
    assert last.text.strip().lower() == text[text.index("Trump"):].lower()


def test_padded_doc_tokenizes_as_the_tokenizer() -> None:
    from spacy.attrs import IDX, NORM, ORTH, SPACY

    from eventwire.extract.headlines import padded_doc

    nlp = load_nlp()
    attrs = [ORTH, NORM, SPACY, IDX]
    for text in [" " * 700 + "Trump To Speak With Putin: Don't Expect Much", " Talks resume",
                 " " * 40 + "\n" + "| 12 May | Ceasefire takes effect |",
                 " " * 9 + "\n  indented row", "\n" + "no padding", "no padding at all",
                 " " * 5, " " * 30 + "U.S. envoy can't visit (again)?"]:
        fast, slow = padded_doc(nlp, text), nlp.make_doc(text)
        assert fast.text == text
        assert fast.to_array(attrs).tolist() == slow.to_array(attrs).tolist()
    assert len(padded_doc(nlp, " " * 700 + "Talks resume")) == 3  # the padding is one token


HEADLINED = [
    "Rebels Attack Army Base Near Border\nRebels attacked an army base on Sunday, officials said.",
    "Ministers met in Oslo on Monday to discuss fishing quotas.",
    "Government Signs Truce With Militia\nThe two sides agreed to stop fighting, a spokesman "
    "said.\nPresident Vows To Rebuild Town",
]


def test_pipeline_reparses_a_batch_in_one_call(monkeypatch) -> None:
    """The re-parses of all a batch's articles run as one call of the model, and each article
    gets the events it gets alone."""
    from eventwire.extract import headlines
    from eventwire.pipeline import Pipeline

    articles = [Article(id=f"a{i}", text=t, published="2025-05-19")
                for i, t in enumerate(HEADLINED)]
    pipe = Pipeline(batch_size=8)
    alone = [pipe.process(a, load_nlp()(a.text)).to_dict() for a in articles]
    calls: list[int] = []
    parse = headlines.parse_plans

    def counted(nlp, plans):
        calls.append(len(plans))
        return parse(nlp, plans)

    monkeypatch.setattr("eventwire.extract.events.parse_plans", counted)
    together = [ex.to_dict() for ex in pipe.run(articles)]
    assert together == alone
    assert calls == [len(articles)]  # one step over the whole batch
    first_line = HEADLINED[0].index("\n")
    assert any(ev["trigger"]["start"] < first_line for ev in together[0]["events"])  # headline
