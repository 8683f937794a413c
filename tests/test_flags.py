"""Per-article consistency flags: dates against the article's date, one event's dates,
tables against their own text."""

from __future__ import annotations

from fuse_helpers import PUTIN, TRUMP

from eventwire.extract.flags import flags_component
from eventwire.model import Article, Block, EventMention, Extraction, Participant, Span, TimeExpr


def call(text: str, date: str | None, sentence: tuple[int, int] | None = None,
         modality: str = "asserted") -> EventMention:
    """A Trump–Putin call mention over the first sentence of ``text``."""
    lo, hi = sentence or (0, text.index(".") + 1)
    trig = text.index("call", lo)
    return EventMention("CONSULT", Span.of(text, trig, trig + 4), Span.of(text, lo, hi),
                        mode="CONSULT/phone",
                        source=[Participant(0, 5, "Trump", TRUMP)],
                        target=[Participant(0, 5, "Putin", PUTIN)],
                        date={"value": date}, modality=modality)


def kinds(ex: Extraction) -> list[str]:
    """Flag kinds after running the component."""
    flags_component(ex, None)
    return [f.kind for f in ex.flags]


def test_event_after_publication_is_flagged() -> None:
    text = "Trump held a call with Putin in June 2025. It was long."
    ex = Extraction(article=Article(id="x", text=text, published="2025-03-01"))
    ex.events = [call(text, "2025-06")]
    assert kinds(ex) == ["date_after_publication"]


def test_recent_event_dated_years_earlier_is_flagged() -> None:
    text = "The recent call between Trump and Putin in June 2023 was tense. More later."
    ex = Extraction(article=Article(id="x", text=text, published="2025-05-19"))
    ex.events = [call(text, "2023-06")]
    (flag,) = (flags_component(ex, None), ex.flags)[1]
    assert flag.kind == "stale_recent_date" and "2023-06" in flag.message


def test_consistent_dates_give_no_flag() -> None:
    text = "Trump held a call with Putin on Tuesday. The call lasted long."
    ex = Extraction(article=Article(id="x", text=text, published="2025-03-19"))
    ex.events = [call(text, "2025-03-18")]
    assert kinds(ex) == []


def test_one_event_with_two_dates_in_one_article() -> None:
    text = "Trump held a call with Putin in March 2025. The call in June 2023 was long."
    second = text.index("The call")
    ex = Extraction(article=Article(id="x", text=text))
    ex.events = [call(text, "2025-03"), call(text, "2023-06", (second, len(text)))]
    assert kinds(ex) == ["event_date_inconsistent"]


TABLE_TEXT = ("The productive talks between Trump and Putin took place in March 2025.\n"
              "Date | Participant | Key theme |\n---|---|---|\n"
              "October 2023 | Donald Trump | Productive talks with Putin |\n")


def table_extraction(cell: str) -> Extraction:
    """An article with one prose sentence and one pipe table whose date cell is ``cell``."""
    text = TABLE_TEXT.replace("October 2023", cell)
    start = text.index("Date |")
    rows = [["Date", "Participant", "Key theme"],
            [cell, "Donald Trump", "Productive talks with Putin"]]
    art = Article(id="t", text=text, blocks=[Block("paragraph", 0, start - 1),
                                             Block("table", start, len(text), rows)])
    ex = Extraction(article=art)
    i = text.index("March 2025")
    ex.times = [TimeExpr(i, i + 10, "March 2025", "DATE", "2025-03")]
    return ex


def test_table_contradicting_its_text_is_flagged() -> None:
    ex = table_extraction("October 2023")
    flags_component(ex, None)
    (flag,) = ex.flags
    assert flag.kind == "table_text_conflict"
    assert flag.span.text == "October 2023" and flag.spans[0].text == "March 2025"


def test_table_agreeing_with_its_text_is_not_flagged() -> None:
    assert kinds(table_extraction("March 2025")) == []
