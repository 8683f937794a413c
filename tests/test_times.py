"""Time expressions: each pattern with and without an anchor, and the component."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times, find_candidates, normalize, times_component
from eventwire.model import Article, Extraction

ANCHOR = dt.date(2025, 5, 19)  # a Monday


@pytest.mark.parametrize(("text", "typ", "anchored", "unanchored"), [
    ("May 19, 2025", "DATE", "2025-05-19", "2025-05-19"),
    ("19 May 2025", "DATE", "2025-05-19", "2025-05-19"),
    ("2025-06-04", "DATE", "2025-06-04", "2025-06-04"),
    ("June 2023", "DATE", "2023-06", "2023-06"),
    ("June 4", "DATE", "2025-06-04", None),
    ("October", "DATE", "2025-10", None),
    ("March", "DATE", "2025-03", None),
    ("2025-W23", "DATE", "2025-W23", "2025-W23"),
    ("summer 2025", "DATE", "2025-SU", "2025-SU"),
    ("this summer", "DATE", "2025-SU", None),
    ("the third quarter of 2024", "DATE", "2024-Q3", "2024-Q3"),
    ("the 1990s", "DATE", "199", "199"),
    ("nineteen ninety-six", "DATE", "1996", "1996"),
    ("the 20th century", "DATE", "19", "19"),
    ("last month", "DATE", "2025-04", None),
    ("next year", "DATE", "2026", None),
    ("this week", "DATE", "2025-W21", None),
    ("earlier in the week", "DATE", "2025-W21", None),
    ("the preceding weekend", "DATE", "2025-W20-WE", None),
    ("two weeks ago", "DATE", "2025-W19", None),
    ("three years ago", "DATE", "2022", None),
    ("today", "DATE", "2025-05-19", None),
    ("yesterday", "DATE", "2025-05-18", None),
    ("this evening", "TIME", "2025-05-19TEV", None),
    ("3 p.m.", "TIME", "2025-05-19T15:00", None),
    ("Friday", "DATE", "2025-05-16", None),
    ("next Tuesday", "DATE", "2025-05-20", None),
    ("last Tuesday", "DATE", "2025-05-13", None),
    ("75-minute", "DURATION", "PT75M", "PT75M"),
    ("30 days", "DURATION", "P30D", "P30D"),
    ("a two-week timeframe", "DURATION", "P2W", "P2W"),
    ("three years", "DURATION", "P3Y", "P3Y"),
    ("several months", "DURATION", "PXM", "PXM"),
    ("weeks", "DURATION", "PXW", "PXW"),
    ("recently", "DATE", "PAST_REF", "PAST_REF"),
    ("now", "DATE", "PRESENT_REF", "PRESENT_REF"),
    ("currently", "DATE", "PRESENT_REF", "PRESENT_REF"),
    ("the future", "DATE", "FUTURE_REF", "FUTURE_REF"),
    ("every week", "SET", "P1W", "P1W"),
    ("every two weeks", "SET", "P2W", "P2W"),
    ("daily", "SET", "P1D", "P1D"),
])
def test_normalize(text: str, typ: str, anchored: str, unanchored: str | None) -> None:
    assert normalize(text, ANCHOR) == (typ, anchored)
    assert normalize(text, None) == (typ, unanchored)


def test_far_months_follow_tense() -> None:
    assert normalize("October", ANCHOR, "past") == ("DATE", "2024-10")
    assert normalize("January", dt.date(2025, 10, 1), "future") == ("DATE", "2026-01")


def test_weekday_direction_follows_tense() -> None:
    assert normalize("Wednesday", ANCHOR, "past") == ("DATE", "2025-05-14")
    assert normalize("Wednesday", ANCHOR, "future") == ("DATE", "2025-05-21")
    friday = dt.date(2025, 5, 16)
    assert normalize("Friday", friday, "past") == ("DATE", "2025-05-16")


def test_weekday_of_a_named_week() -> None:
    """'Monday of last week' is the Monday of the week before the anchor's, whatever the tense;
    a bare weekday still follows the tense."""
    thursday = dt.date(2025, 3, 13)
    assert normalize("Monday of last week", thursday, "past") == ("DATE", "2025-03-03")
    assert normalize("Monday of last week", thursday) == ("DATE", "2025-03-03")
    assert normalize("Friday of next week", thursday, "future") == ("DATE", "2025-03-21")
    assert normalize("Tuesday of the following week", thursday) == ("DATE", "2025-03-18")
    assert normalize("Saturday of this week", thursday, "past") == ("DATE", "2025-03-15")
    assert normalize("Monday", thursday, "past") == ("DATE", "2025-03-10")


def test_weekday_shift_at_a_sentence_start() -> None:
    """'Last Wednesday' opening a sentence is last week's Wednesday, as mid-sentence: the
    shift word is read capitalised too, so the weekday alone (the anchor itself when it is a
    Wednesday) is not taken for it."""
    wednesday = dt.date(2025, 7, 23)
    for text in ("Last Wednesday two guards were hurt.", "Officials said last Wednesday two guards were hurt."):
        (start, end, _rule, _m), = find_candidates(text)
        assert text[start:end].lower() == "last wednesday"
    assert normalize("Last Wednesday", wednesday, "past") == ("DATE", "2025-07-16")
    assert normalize("Next Friday", ANCHOR) == normalize("next Friday", ANCHOR)
    assert normalize("This Friday", ANCHOR) == normalize("this Friday", ANCHOR)
    assert [c[2].name for c in find_candidates("Lastly, Wednesday was quiet.")] == ["weekday"]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_extract_with_tense_from_the_verb(nlp) -> None:
    text = ("Putin spoke with Trump on a Wednesday. They will meet again on Friday. "
            "The 75-minute call followed a pledge to pause strikes for 30 days.")
    found = {t.text: t.value for t in extract_times(text, ANCHOR, nlp(text))}
    assert found["a Wednesday"] == "2025-05-14"
    assert found["Friday"] == "2025-05-23"
    assert found["75-minute"] == "PT75M"
    assert found["30 days"] == "P30D"


def test_month_naming_a_noun_takes_no_tense_from_the_clause(nlp) -> None:
    anchor = dt.date(2025, 11, 20)
    text = "Both airlines will merge their routes under the June pact between them."
    found = {t.text: t.value for t in extract_times(text, anchor, nlp(text))}
    assert found["June"] == "2025-06"  # the nearest June: the pact already exists
    text = "The lender will sign an agreement with its owners in June."
    found = {t.text: t.value for t in extract_times(text, anchor, nlp(text))}
    assert found["June"] == "2026-06"  # a far month after a future verb: next year's


def test_weekday_of_a_named_week_is_no_repeat_of_a_bare_weekday(nlp) -> None:
    """A bare weekday named again is the day of its first mention; 'Monday of last week'
    names a day of its own."""
    text = ("Talks resumed on Monday in Geneva. The only attack since the truce, on Monday of "
            "last week, drew strikes. Monday's session ended early.")
    anchor = dt.date(2024, 12, 12)  # a Thursday
    found = [(t.text, t.value) for t in extract_times(text, anchor, nlp(text))]
    assert found == [("Monday", "2024-12-09"), ("Monday of last week", "2024-12-02"),
                     ("Monday", "2024-12-09")]


def test_component_without_anchor_keeps_text_and_no_value(nlp) -> None:
    text = "Russian and Ukrainian officials met in Istanbul earlier in the week."
    ex = Extraction(article=Article(id="t", text=text), doc=nlp(text))
    times_component(ex, None)
    assert [(t.text, t.value) for t in ex.times] == [("earlier in the week", None)]
    assert all(text[t.start:t.end] == t.text for t in ex.times)


def test_may_the_verb_is_not_a_month() -> None:
    assert extract_times("He may visit Moscow. Talks stalled in May.", ANCHOR) and [
        t.text for t in extract_times("He may visit Moscow. Talks stalled in May.", ANCHOR)
    ] == ["May"]


@settings(deadline=None)
@given(st.text(max_size=200))
def test_normalize_never_crashes(text: str) -> None:
    typ, value = normalize(text, ANCHOR)
    assert typ in ("DATE", "TIME", "DURATION", "SET")
    assert value is None or isinstance(value, str)


@settings(deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_written_dates_round_trip(d: dt.date) -> None:
    text = f"{d.strftime('%B')} {d.day}, {d.year}"
    assert normalize(text, None) == ("DATE", d.isoformat())


def test_words_that_only_look_like_times() -> None:
    text = "Prices fall. About three-quarters voted. It was previously agreed. A second call."
    assert extract_times(text, ANCHOR) == []
    assert [t.value for t in extract_times("In the fall of 2024 and this fall", ANCHOR)] == [
        "2024-FA", "2025-FA"]


def test_comparison_with_a_reporting_quarter() -> None:
    text = "Third-quarter profit rose, compared with a loss a year earlier."
    assert [t.value for t in extract_times(text, dt.date(1989, 11, 2), None)] == [
        "1989-Q3", "1988-Q3"]


def test_weekly_sets() -> None:
    found = [(t.text, t.type, t.value) for t in extract_times(
        "They meet every Thursday and on Mondays; they met on Thursday.", ANCHOR)]
    assert found == [("every Thursday", "SET", "XXXX-WXX-4"), ("Mondays", "SET", "XXXX-WXX-1"),
                     ("Thursday", "DATE", "2025-05-15")]


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a bare definite year is the anchor's calendar year
    ("Revenue for the full year should reach $2 billion.", "the full year", "2025"),
    ("The shares touched a low for the year in March.", "the year", "2025"),
    ("Margins will narrow over the rest of the fiscal year.", "the fiscal year", "2025"),
    # a year closed by a date, or counted from an event, is a twelve-month period
    ("For the year ended March 31, the chain lost $8 million.", "the year", "P1Y"),
    ("Profit for the fiscal year ending June 30 may fall.", "the fiscal year", "P1Y"),
    ("In the year since the flood, rents doubled.", "the year", "P1Y"),
    ("Fiscal year sales were flat.", "Fiscal year", "P1Y"),
])
def test_definite_year_is_a_date_unless_closed_by_a_date(text: str, expr: str,
                                                         value: str) -> None:
    found = {t.text: t.value for t in extract_times(text, ANCHOR)}
    assert found[expr] == value


def test_rules_skipped_without_their_words_find_the_same():
    """A rule is not searched in a text lacking every word its matches need; a text with a
    letter that folds to an ASCII one ('ſ' for 's') is still searched by the rules that
    ignore case, and a case-sensitive rule still needs its word as written."""
    from eventwire.annotate.times import find_candidates

    def found(text: str) -> list[tuple[str, str]]:
        return [(c[2].name, text[c[0]:c[1]]) for c in find_candidates(text)]

    assert found("We met la\u017ft week.") == [("relative_unit", "la\u017ft week")]
    assert found("The parties met on monday, in the nineties.") == [
        ("decade_word", "the nineties")]
    assert found("We met last week on Monday, 3 March.") == [
        ("relative_unit", "last week"), ("weekday", "on Monday"), ("day_month_year", "3 March")]


@pytest.mark.parametrize("text", [
    "Talks resumed on MONDAY, two Weeks after the March 3 ceasefire; they end Next Year.",
    "İstanbul talks began last Tuesday, three days ago, at 10:30 a.m.",
    "The \u212aremlin said on Friday that the deal expires in the ſpring of 2026.",
    "In the 1990s and Early 2000s, mid-2024, Q3 2025 and the Past Five Years.",
    "EARLIER THIS MONTH the army said the truce would last 72 HOURS from 6 PM.",
    "\u201cToday\u201d (March 3) \u2014last week\u2014 'next month'\nTuesday:\t2 days/3 weeks.",
    "Yesterday.Tomorrow,today;\n\nlast year\u00a0next year [2024] \"every Monday\"",
])
def test_lower_cased_scan_finds_the_same_candidates(text: str) -> None:
    def key(cands: list) -> list:
        return [(s, e, rule.name, m.span(), m.groups()) for s, e, rule, m in cands]
    fast = find_candidates(text)
    assert fast and key(fast) == key(find_candidates(text, lower_scan=False))
