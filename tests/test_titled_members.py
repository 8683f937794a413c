"""Registry people out of office on the article's date whom the text titles as officials of
a named body ('UNHCR chief X' in an article written after the registry's term ended)."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of

from eventwire.annotate.actors import link_component
from eventwire.annotate.nlp import load_nlp
from eventwire.model import Article, Extraction

LATE = "2026-06-01"  # after the registry's terms of the people below ended


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def linked_on(nlp, text: str, published: str = LATE) -> Extraction:
    ex = Extraction(article=Article(id="t", text=text, published=published), doc=nlp(text))
    link_component(ex, None)
    return ex


@pytest.mark.parametrize("text, name, body", [
    ("UNHCR chief Filippo Grandi called for more aid to the displaced.", "Filippo Grandi",
     "UNHCR"),
    ("UN aid chief Martin Griffiths criticized the blockade on Tuesday.", "Martin Griffiths",
     "UN"),
    ("African Union Commission chairman Moussa Faki condemned the coup.", "Moussa Faki",
     "African Union Commission"),
])
def test_a_title_at_a_body_makes_the_person_its_member(nlp, text, name, body):
    ref = actor_of(linked_on(nlp, text), name)
    assert ref is not None and ref.country == "IGO"
    assert ref.evidence == f"member of: {body}"


def test_later_mentions_follow(nlp):
    ex = linked_on(nlp, "UN aid chief Martin Griffiths criticized the blockade. "
                        "Griffiths said trucks were waiting at the border.")
    ref = actor_of(ex, "Griffiths", 1)
    assert ref is not None and ref.country == "IGO"


@pytest.mark.parametrize("text, name, country", [
    ("Former UNHCR chief Filippo Grandi called for more aid.", "Filippo Grandi", "ITA"),
    ("Filippo Grandi called for more aid to the displaced.", "Filippo Grandi", "ITA"),
    ("Chad's President Moussa Faki condemned the coup.", "Moussa Faki", "TCD"),
])
def test_past_posts_and_untitled_names_keep_the_registry(nlp, text, name, country):
    ref = actor_of(linked_on(nlp, text), name)
    assert ref is not None and ref.country == country


def test_a_person_in_office_keeps_the_registry_role(nlp):
    ref = actor_of(linked_on(nlp, "UNHCR chief Filippo Grandi called for more aid.",
                             "2020-05-01"), "Filippo Grandi")
    assert ref is not None and ref.country == "IGO" and ref.evidence is None
