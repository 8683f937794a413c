"""Attribution structures: passives, stance, naming, dashes, transcripts, pronoun gender."""

from __future__ import annotations

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.quotes import extract_quotes
from eventwire.extract.quotes_marks import find_quotes
from eventwire.model import Article, Extraction, Quote


@pytest.fixture(scope="module")
def nlp():
    """The spaCy pipeline, loaded once."""
    return load_nlp()


def quotes_of(nlp, text: str) -> list[Quote]:
    """The quotes of ``text``."""
    return extract_quotes(Extraction(Article("t", text), doc=nlp(text)))


def find(quotes: list[Quote], words: str) -> Quote:
    """The quote whose content holds ``words``."""
    hits = [q for q in quotes if words in q.content.text]
    assert hits, f"no quote with {words!r} in {[q.content.text for q in quotes]}"
    return hits[0]


def test_cue_inside_quotation_does_not_claim_it(nlp):
    q = find(quotes_of(nlp, "“I think we will win the state easily,” Smith said on Monday."),
             "we will win")
    assert q.speaker.text == "Smith" and q.cue.text == "said"


def test_continuation_after_attribution_shares_cue(nlp):
    qs = quotes_of(nlp, "“We have no plan for a retreat,” she said. “The troops stay where "
                        "they are.” Ms. Jones left the room.")
    first, second = find(qs, "no plan"), find(qs, "troops stay")
    assert second.cue == first.cue and second.speaker == first.speaker and second.direct


def test_mixed_quotation_keeps_the_paraphrase(nlp):
    q = find(quotes_of(nlp, 'The governor said the ruling "will force us to reopen the rolls."'),
             "force us")
    assert q.content.text.startswith("the ruling") and q.speaker.text == "The governor"


def test_coordinated_attribution_is_cut_from_content(nlp):
    qs = quotes_of(nlp, "Republicans said they are convinced the department erred and "
                        "Democrats accused the party of stoking the issue.")
    said = [q for q in qs if q.cue.text == "said"]
    assert said and "Democrats accused" not in said[0].content.text
    accused = find(qs, "stoking the issue")
    assert accused.speaker.text == "Democrats"


def test_naming_verb_keeps_predicate(nlp):
    q = find(quotes_of(nlp, "Grant called the festival a celebration of music and memory."),
             "the festival")
    assert q.content.text == "the festival a celebration of music and memory"


def test_accuse_keeps_the_charge(nlp):
    q = find(quotes_of(nlp, "Ortega accused the Peruvian government of attempting to silence "
                            "the witnesses."), "Peruvian government")
    assert "of attempting to silence the witnesses" in q.content.text
    assert q.speaker.text == "Ortega"


def test_agentless_passive_has_no_source(nlp):
    qs = quotes_of(nlp, "Mr. Alvarez was accused of spending $20 million on private travel.")
    charge = find(qs, "spending $20 million")
    assert charge.speaker is None and charge.cue.text == "was accused"
    subject = find(qs, "Mr. Alvarez")
    assert subject.cue == charge.cue


def test_told_passive_subject_is_not_the_source(nlp):
    q = find(quotes_of(nlp, "The mayor was told that the bridge would close on Friday."),
             "bridge would close")
    assert q.speaker is None


def test_evidential_verb(nlp):
    q = find(quotes_of(nlp, "The senator seems to have disappeared from public life."),
             "disappeared")
    assert q.speaker is None and "seems" in q.cue.text


def test_stance_adjective(nlp):
    q = find(quotes_of(nlp, "Graham has been critical of the senator since the primaries."),
             "the senator")
    assert q.speaker.text == "Graham"


def test_dash_attribution(nlp):
    text = ("“He does not speak for us and never will.” ― Carla Sanchez\n"
            "“We will vote in record numbers this year.”― Jorge Falcon.\n")
    qs = quotes_of(nlp, text)
    assert find(qs, "speak for us").speaker.text == "Carla Sanchez"
    assert find(qs, "record numbers").speaker.text == "Jorge Falcon"


def test_transcript_line_inside_quotation(nlp):
    text = ('"WALLACE: Will she be there on Monday night?\n\n'
            '"KANE: Well, the real question is about the budget.\n')
    qs = quotes_of(nlp, text)
    assert find(qs, "Will she be there").speaker.text == "WALLACE"
    assert find(qs, "the real question").speaker.text == "KANE"


def test_closing_mark_at_paragraph_start_opens(nlp):
    text = "Intro line.\n”Mr. Trump embodies the legacy of the past.” ― Sonya Herridge\n"
    inner = [text[m.inner_start:m.inner_end] for m in find_quotes(text)]
    assert inner == ["Mr. Trump embodies the legacy of the past."]


def test_nested_curly_quotation_stays_inside(nlp):
    text = "“I’d rather stay in what she calls “exile” than go back there,” he said."
    marks = find_quotes(text)
    assert len(marks) == 1 and text[marks[0].inner_start:marks[0].inner_end].endswith("there,")


def test_pronoun_skips_person_of_other_gender(nlp):
    text = ("Hillary Clinton met voters in Ohio on Monday. Her aide Mike Smith spoke first, "
            "and his remarks were short. Clinton thanked the crowd. "
            "“We will win this state,” he said.")
    q = find(quotes_of(nlp, text), "win this state")
    assert q.speaker.text == "Mike Smith" and q.mention.text == "he"


def test_pronoun_prefers_main_clause_speaker(nlp):
    text = ("McLenney said Clinton does not show consistency on the issue.\n\n"
            "“It only changes when the press gets a photo,” she said.")
    q = find(quotes_of(nlp, text), "press gets a photo")
    assert q.speaker.text == "McLenney"


def test_they_resolves_to_a_group(nlp):
    text = ("Officials at the ministry said the talks failed. "
            "They said a new round would start soon.")
    q = find(quotes_of(nlp, text), "new round")
    assert q.speaker.text.startswith("Officials") and q.mention.text == "They"


def test_parenthetical_attribution_splits_content(nlp):
    qs = quotes_of(nlp, "All of this, she said, would help restore trust in the count.")
    parts = sorted(q.content.text for q in qs if q.cue is not None and q.cue.text == "said")
    assert parts == ["All of this", "would help restore trust in the count"]


def test_trailing_relative_clause_is_not_content(nlp):
    q = find(quotes_of(nlp, "Residents have been demanding that the council publish the report, "
                            "which the council has not done."), "publish the report")
    assert q.content.text == "that the council publish the report"


def test_evidential_before_cue_leaves_it_to_the_cue(nlp):
    qs = quotes_of(nlp, "Anderson seemed to think the outreach to voters was phony.")
    assert not [q for q in qs if q.cue.text.startswith("seemed")]
    assert find(qs, "outreach to voters").speaker.text == "Anderson"
