"""TimeML conventions for seasons, fiscal years, parts of a relative year, decades, the
end of the year and coordinated years."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times

ANCHOR = dt.date(2024, 11, 20)  # a Wednesday in late autumn


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _values(text: str, doc=None, anchor: dt.date = ANCHOR) -> dict[str, str | None]:
    """Expression text -> value."""
    return {t.text: t.value for t in extract_times(text, anchor, doc)}


@pytest.mark.parametrize(("text", "anchor", "expr", "value"), [
    # a season already over takes the next year's under a future verb
    ("The ferry line will reopen in the spring.", ANCHOR, "the spring", "2025-SP"),
    ("The ferry line will reopen this summer.", ANCHOR, "this summer", "2025-SU"),
    # not under a past verb, and not a season still to come
    ("The ferry line reopened in the spring.", ANCHOR, "the spring", "2024-SP"),
    ("The ferry line will reopen in the winter.", ANCHOR, "the winter", "2024-WI"),
    ("The ferry line will reopen in the autumn.", dt.date(2024, 5, 20), "the autumn",
     "2024-FA"),
])
def test_a_season_takes_its_direction_from_the_tense(nlp, text: str, anchor: dt.date,
                                                     expr: str, value: str) -> None:
    assert _values(text, nlp(text), anchor)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The brewer expects to earn more next fiscal year.", "next fiscal year", "2025"),
    ("The brewer earned more last fiscal year.", "last fiscal year", "2023"),
    ("The brewer earned more in the previous fiscal year.", "the previous fiscal year", "2023"),
    ("Fiscal year sales were flat.", "Fiscal year", "P1Y"),
])
def test_a_relative_fiscal_year_is_a_year(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The mill will restart in the first quarter of next year.",
     "the first quarter of next year", "2025-Q1"),
    ("Orders fell in the fourth quarter of last year.", "the fourth quarter of last year",
     "2023-Q4"),
    ("Orders fell in the second half of last year.", "the second half of last year", "2023-H2"),
])
def test_a_part_of_a_relative_year_is_one_expression(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("In the mid-1990s, the port doubled in size.", "the mid-1990s", "199"),
    ("In the late-1980s, the port doubled in size.", "the late-1980s", "198"),
    ("In the early 1970s, the port doubled in size.", "the early 1970s", "197"),
])
def test_a_decade_with_a_part_is_the_decade(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value


def test_the_end_of_the_year_in_the_possessive() -> None:
    assert _values("The bridge should be finished by year's end.")["year's end"] == "2024"


@pytest.mark.parametrize(("text", "years"), [
    ("The levy will raise costs in both 2025 and 2026.", ["2025", "2026"]),
    ("Between 1990 and 1995 the harbour silted up.", ["1990", "1995"]),
    ("Tolls rose in 2019 or 2020.", ["2019", "2020"]),
])
def test_the_first_of_two_coordinated_years_is_a_year(text: str, years: list[str]) -> None:
    found = [t.value for t in extract_times(text, ANCHOR)]
    assert found == years


@pytest.mark.parametrize(("text", "expr", "value"), [
    # an infinitive under a present clause looks ahead, even inside a past report
    ("Talks are set to resume on Monday, officials said.", "Monday", "2024-11-25"),
    ("The union said it has agreed to hold a ballot on Friday.", "Friday", "2024-11-22"),
    # under a past clause it has no tense of its own: the weekday before the anchor
    ("The talks were set to resume on Monday, but they were called off.", "Monday",
     "2024-11-18"),
])
def test_an_infinitive_takes_the_tense_of_the_nearest_finite_clause(nlp, text: str, expr: str,
                                                                     value: str) -> None:
    assert _values(text, nlp(text))[expr] == value


@pytest.mark.parametrize(("text", "expr", "typ", "value"), [
    # "in N units" on a future verb: the date that far after the anchor
    ("The loan will be repaid in five years.", "five years", "DATE", "2029"),
    ("The notes would be redeemed in five years, the bank said.", "five years", "DATE", "2029"),
    ("The vote will take place in three days.", "three days", "DATE", "2024-11-23"),
    ("The mine will reopen in about two weeks.", "about two weeks", "DATE", "2024-W49"),
    # a span, not a point
    ("The mine will reopen within two weeks.", "two weeks", "DURATION", "P2W"),
    ("The mine will reopen in the next two weeks.", "the next two weeks", "DURATION", "P2W"),
    ("The mine will reopen in a few days.", "a few days", "DURATION", "PXD"),
    ("The mine will reopen in a year or two.", "a year", "DURATION", "P1Y"),
    ("The bridge was rebuilt in five years.", "five years", "DURATION", "P5Y"),
    ("It will be the first free vote in 20 years.", "20 years", "DURATION", "P20Y"),
])
def test_in_a_count_of_units_on_a_future_verb_is_a_date(nlp, text: str, expr: str, typ: str,
                                                        value: str) -> None:
    found = {t.text: (t.type, t.value) for t in extract_times(text, ANCHOR, nlp(text))}
    assert found[expr] == (typ, value)


def test_a_passive_under_a_modal_looks_ahead(nlp) -> None:
    text = "The envoy said the prisoners would be freed on Friday."
    assert _values(text, nlp(text))["Friday"] == "2024-11-22"


@pytest.mark.parametrize(("text", "expr", "value"), [
    # "the next <unit>" told in the past counts from the last date named
    ("The pact was signed in 2019. The next year, it fell apart.", "The next year", "2020"),
    ("The pact was signed in March 2019. The next month, it fell apart.", "The next month",
     "2019-04"),
    # a week counted from a month is known only to the month
    ("The pact was signed in March 2019. The next week, it fell apart.", "The next week",
     "2019-03"),
    # not in the future: the year after the anchor
    ("The pact was signed in 2019. The next year will be hard, the envoy said.",
     "The next year", "2025"),
])
def test_the_next_unit_in_a_past_narrative_counts_from_the_reference(nlp, text: str, expr: str,
                                                                     value: str) -> None:
    assert _values(text, nlp(text))[expr] == value



@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The strike began the day before yesterday.", "the day before yesterday", "2024-11-18"),
    ("The strike will end the day after tomorrow.", "the day after tomorrow", "2024-11-22"),
    # a week of a month is the ISO week holding most of its seven days
    ("The strike began in the last week of October.", "the last week of October", "2024-W44"),
    ("The strike began in the first week of November.", "the first week of November",
     "2024-W45"),
    ("The strike began in the first week of March 2022.", "the first week of March 2022",
     "2022-W09"),
])
def test_days_beyond_yesterday_and_weeks_of_a_month(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The strike is set for Tuesday.", "Tuesday", "2024-11-26"),
    ("The strikes are set for Tuesday and Thursday.", "Thursday", "2024-11-21"),
    ("The strike was set for Tuesday.", "Tuesday", "2024-11-19"),
])
def test_a_present_set_for_tells_a_schedule(nlp, text: str, expr: str, value: str) -> None:
    assert _values(text, nlp(text))[expr] == value
