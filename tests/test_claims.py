"""Claims: outcome, agreement, tone, numbers and dates from text, tables and lists."""

from __future__ import annotations

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.claims import extract_claims
from eventwire.extract.quotes import extract_quotes
from eventwire.model import Article, Claim, EventMention, Extraction, Span


@pytest.fixture(scope="module")
def nlp():
    """The spaCy pipeline, loaded once."""
    return load_nlp()


def claims_of(nlp, text: str, events: list[EventMention] | None = None) -> list[Claim]:
    """The claims of ``text`` (with quotes, and optional event mentions)."""
    ex = Extraction(Article("t", text), doc=nlp(text))
    ex.quotes = extract_quotes(ex)
    ex.events = events or []
    return extract_claims(ex)


def kinds(claims: list[Claim]) -> set[tuple[str, object]]:
    """(kind, value) pairs of hashable claims."""
    return {(c.kind, c.value) for c in claims if not isinstance(c.value, dict)}


def event_at(text: str, word: str, etype: str = "CONSULT") -> EventMention:
    """An event mention whose trigger is the first ``word`` in ``text``."""
    i = text.index(word)
    return EventMention(etype, Span.of(text, i, i + len(word)), Span.of(text, 0, len(text)))


def test_no_progress_from_text(nlp):
    claims = claims_of(nlp, "The phone call yielded no progress on a ceasefire.")
    assert ("outcome", "no_progress") in kinds(claims)


def test_productive_tone_and_negated_tone(nlp):
    assert ("tone", "productive") in kinds(claims_of(nlp, "Both sides held productive talks."))
    got = kinds(claims_of(nlp, "The talks were not productive at all."))
    assert ("tone", "unproductive") in got and ("tone", "productive") not in got


def test_agreement_none_from_bullet_list(nlp):
    text = "Key points:\n- No agreement or ceasefire was reached during the conversation.\n"
    assert ("agreement", "none") in kinds(claims_of(nlp, text))


def test_agreement_reached(nlp):
    assert ("agreement", "reached") in kinds(claims_of(nlp, "The ministers reached an agreement "
                                                            "on grain exports."))


def test_table_row_claim_with_row_span(nlp):
    text = ("Summary of the call\nAspect | Outcome |\n---|---|\nDiplomatic Tone | Cordial |\n"
            "Progress Towards Ceasefire | None |\n")
    claims = claims_of(nlp, text)
    row = [c for c in claims if c.span.text == "Progress Towards Ceasefire | None"]
    assert row and row[0].kind == "outcome" and row[0].value == "no_progress"
    assert ("tone", "cordial") in kinds(claims)


def test_hedged_progress_is_not_a_claim(nlp):
    got = kinds(claims_of(nlp, "Will this conversation bring about a breakthrough?"))
    assert ("outcome", "breakthrough") not in got
    assert ("outcome", "progress") not in kinds(claims_of(nlp, "The talks could make progress."))


def test_numbers_duration_and_counts(nlp):
    claims = claims_of(nlp, "During the 75-minute call they discussed the strike that hit "
                            "approximately 41 Russian aircraft, and 12 civilians were killed.")
    values = [c.value for c in claims]
    assert "PT75M" in values
    assert {"of": "aircraft", "n": 41} in values
    assert {"killed": 12} in values


def test_claim_keeps_speaker_inside_quote(nlp):
    claims = claims_of(nlp, "Trump said that the call with Putin yielded no progress.")
    claim = next(c for c in claims if c.value == "no_progress")
    assert claim.speaker is not None and claim.speaker.text == "Trump"


def test_claim_attached_to_event_in_sentence_or_referred_to(nlp):
    text = "Trump spoke with Putin by phone on Tuesday. The call yielded no progress."
    claims = claims_of(nlp, text, [event_at(text, "spoke")])
    claim = next(c for c in claims if c.value == "no_progress")
    assert claim.event == 0


def test_claim_without_event_reference_stays_unattached(nlp):
    text = "Trump spoke with Putin by phone on Tuesday. Markets were in a stalemate."
    claims = claims_of(nlp, text, [event_at(text, "spoke")])
    claim = next(c for c in claims if c.value == "no_progress")
    assert claim.event is None


def test_claim_refers_to_the_earlier_talks_held_on_the_day_named_before_it(nlp):
    from eventwire.annotate.times import extract_times
    text = ("Smith held talks with Jones on Monday. Smith met Jones again on Tuesday to review "
            "the draft.\n\nMonday's session ran late. An aide said the talks had made "
            "\"further progress\" on the text.")
    ex = Extraction(Article("t", text, published="2024-03-06"), doc=nlp(text))
    ex.times = extract_times(text, ex.article.published_date, ex.doc)
    ex.quotes = extract_quotes(ex)
    first, second = event_at(text, "held"), event_at(text, "met")
    first.date = {"value": "2024-03-04", "from": "time_expression"}
    second.date = {"value": "2024-03-05", "from": "time_expression"}
    ex.events = [first, second]
    claim = next(c for c in extract_claims(ex) if c.kind == "outcome")
    assert claim.value == "progress" and claim.event == 0
    anaphor = event_at(text, "talks had")  # "the talks" itself is a bare reference
    anaphor.date = {"value": "2024-03-06", "from": "article"}
    ex.events = [first, second, anaphor]
    claim = next(c for c in extract_claims(ex) if c.kind == "outcome")
    assert claim.event == 0


def test_further_progress_outcomes(nlp):
    assert ("outcome", "progress") in kinds(claims_of(nlp, "Both sides made further progress."))
    assert ("outcome", "progress") in kinds(claims_of(nlp, 'He said the talks made "good progress".'))
    got = kinds(claims_of(nlp, "The meeting brought no further progress."))
    assert ("outcome", "no_progress") in got and ("outcome", "progress") not in got



def casualty_values(nlp, text: str) -> list[object]:
    """The values of the casualty claims found in a text."""
    return [c.value for c in claims_of(nlp, text) if c.kind == "casualties"]


@pytest.mark.parametrize("text", [
    "Border clashes on 28 May killed a soldier.",
    "The clashes of May 28 killed a soldier.",
    "The Oct. 7 attacks killed many.",
    "The 2019 attack killed a soldier.",
])
def test_day_or_year_is_not_a_casualty_count(nlp, text):
    assert casualty_values(nlp, text) == []


def test_count_beside_a_date_is_kept(nlp):
    values = casualty_values(nlp, "On 28 May, 12 people were killed and 1900 soldiers wounded.")
    assert {"killed": 12} in values
    assert {"wounded": 1900} in values


@pytest.mark.parametrize("text", [
    "The raid killed 22 people and wounded 124, the ministry said.",
    "Shelling killed 9 civilians or injured dozens more, witnesses said.",
])
def test_count_of_one_casualty_verb_is_not_read_across_a_conjunction(nlp, text):
    assert casualty_values(nlp, text) == []


def test_count_before_its_own_casualty_verb_is_kept(nlp):
    values = casualty_values(nlp, "At least 22 people were killed and 124 others wounded.")
    assert {"killed": 22} in values
    assert {"wounded": 124} in values
