"""Metadata from the text: publication dates, titles, language, and build_article."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import InputError, build_article
from eventwire.ingest.metadata import detect_language, find_published, parse_date

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"


@pytest.mark.parametrize("text, value", [
    ("Title\n\n5 min read Post on May 19, 2025\nBody.", "2025-05-19"),
    ("Published May 19, 2025\nBody.", "2025-05-19"),
    ("Published: 19 May 2025 10:02 BST\nBody.", "2025-05-19"),
    ("Updated: Sept. 3, 2024, 5:00 p.m. ET\nBody.", "2024-09-03"),
    ("Posted on 2025-06-04\nBody.", "2025-06-04"),
    ("Monday 19 May 2025 10.02 BST\nThe president said.", "2025-05-19"),
    ("WASHINGTON, Jan. 5, 2024 (AP) — The president said.", "2024-01-05"),
    ("Updated June 5, 2025\nPublished June 4, 2025\nBody.", "2025-06-04"),
    ("Ports reopen\n\nBy Jane Roe | Harbour Times | March 3, 2025, 14:20\n\nROME - Ports reopened.",
     "2025-03-03"),
    ("Ports reopen\nHarbour Times · 3 March 2025\nThe ports reopened on Monday.", "2025-03-03"),
    ("By John Doe | Tuesday, April 8, 2025 at 9:15 am\nBody.", "2025-04-08"),
    ("Ports reopen\nBy Jane Roe, Harbour Times\nMarch 3, 2025, 14:20 GMT\n\nROME (PWS) — Ports reopened.",
     "2025-03-03"),
    ("Ports reopen\n4 March 2025, 09:05\nThe ports reopened on Monday.", "2025-03-04"),
])
def test_find_published(text, value):
    found = find_published(text)
    assert found is not None and found.value == value
    assert text[found.span.start:found.span.end] == found.span.text


@pytest.mark.parametrize("text", [
    "MOSCOW, June 4 (Reuters) - Russian President Vladimir Putin said.",
    "Posted on 2025-02-30\nBody.",
    "The summit in May 2025 may bring results.",
    "Trump spoke on a Wednesday, after the June 2023 call.",
    "By Jane Roe | Harbour Times | talks held on March 3, 2025 in Rome\nBody.",
    "Date | Event\nMarch 3, 2025 | Ports reopen\nMarch 9, 2025 | Ports close",
    "Ports reopen\nMarch 3, 2025, 14:20 GMT, the day the strike ended\nBody.",
])
def test_no_date_is_invented(text):
    assert find_published(text) is None


def test_dateline_year_from_url():
    text = "MOSCOW, June 4 (Reuters) - Russian President Vladimir Putin said."
    assert find_published(text, "https://example.com/world/2025/06/04/putin/").value == "2025-06-04"
    assert find_published(text, "https://example.com/world/2025/07/01/putin/") is None


def test_parse_date():
    assert parse_date("2025-06-04T18:00:00Z") == "2025-06-04"
    assert parse_date("Wed, 04 Jun 2025 18:00:00 GMT") == "2025-06-04"
    assert parse_date("June 4, 2025") == "2025-06-04"
    assert parse_date("soon") is None


def test_language():
    english = (SAMPLES / "004_87e02c527b769735.txt").read_text(encoding="utf-8")
    assert detect_language(english)[0] == "en"
    german = ("Der russische Präsident hat am Mittwoch mit dem amerikanischen Präsidenten "
              "telefoniert. Es ist nicht klar, ob die Gespräche zu einem Ergebnis geführt haben, "
              "sagte ein Sprecher der Regierung in Berlin.")
    assert detect_language(german)[0] == "de"
    assert detect_language("Short.")[0] is None


def test_build_article_flags_non_english_without_crashing():
    text = ("Le président russe a parlé avec le président américain mercredi. Selon le Kremlin, "
            "les deux dirigeants ont discuté de la guerre en Ukraine et des sanctions pour la paix.")
    article = build_article(text)
    assert article.language == "fr"
    assert [f.kind for f in article.flags] == ["language"]


def test_build_article_seed_002():
    raw = (SAMPLES / "002_dbe39dbcff0f5a6d.txt").read_text(encoding="utf-8")
    article = build_article(raw, source="002.txt")
    assert article.published == "2025-05-19" and article.published_from == "text"
    assert raw[article.published_span.start:article.published_span.end] == "Post on May 19, 2025"
    assert article.title == "Trump To Speak With Putin Following Stalled Russia-Ukraine Negotiations"
    assert article.text.count(article.title) == 1
    assert article.language == "en" and article.flags == []
    assert len(article.id) == 16
    for b in article.blocks:
        assert article.text[b.start:b.end].strip() == article.text[b.start:b.end]


def test_build_article_given_metadata_wins():
    raw = "Published May 19, 2025\nTalks Resume\nThe delegations met in Istanbul on Monday."
    article = build_article(raw, id="x1", title="Given", published="2025-06-02T09:00:00+03:00")
    assert (article.id, article.title, article.published, article.published_from) == (
        "x1", "Given", "2025-06-02", "input")


def test_build_article_bad_given_date_is_flagged_and_text_date_used():
    article = build_article("Published May 19, 2025\nTalks resumed in Istanbul.", published="soon")
    assert article.published == "2025-05-19" and article.published_from == "text"
    assert any(f.kind == "metadata" for f in article.flags)


def test_build_article_title_guess_only_when_title_like():
    seeds = sorted(SAMPLES.glob("*.txt"))
    titles = [build_article(p.read_text(encoding="utf-8")).title for p in seeds]
    assert titles[0] is None and titles[3] is None and titles[4] is None


def test_build_article_id_is_content_based():
    a = build_article("Putin and Trump spoke for 75 minutes.\nclose")
    b = build_article("Putin and Trump spoke for 75 minutes.")
    assert a.id == b.id


@pytest.mark.parametrize("text", ["", "   \n\t\n", "close\nArticle with TOC\n"])
def test_build_article_empty(text):
    with pytest.raises(InputError) as err:
        build_article(text, source="s.txt")
    assert err.value.source == "s.txt"


def test_headline_above_dateline_is_the_title():
    text = ("Clinton calls health law a ‘crazy system’ at campaign stop.\n\n"
            "DAYTON, Ohio, Oct. 4 (UPI) — Former Governor Jane Miller criticized the law.\n\n"
            "He spoke at a rally.")
    assert build_article(text).title == "Clinton calls health law a ‘crazy system’ at campaign stop."
    plain = "Russia launched 400 drones overnight.\n\nThe attack hit Kyiv and Lviv, officials said."
    assert build_article(plain).title is None
    agency = "Talks end without deal.\n\nKYIV (Reuters) - Talks ended without a deal on Friday."
    assert build_article(agency).title == "Talks end without deal."


def test_detect_language_counts_as_every_language_set_does():
    """The indexed count gives each language the ratio that testing every token in its
    stopword set gives (hand-built texts in several languages, mixed and cut), so the guess
    and its ratio are unchanged."""
    import random
    import re

    from eventwire.ingest.metadata import LANGUAGE_SAMPLE_TOKENS, _stopwords

    def by_sets(text: str) -> tuple[str | None, float]:
        min_ratio, min_tokens, langs = _stopwords()
        tokens = re.findall(r"[^\W\d_]+", text.casefold())[:LANGUAGE_SAMPLE_TOKENS]
        if len(tokens) < min_tokens:
            return None, 0.0
        ratios = {c: sum(t in w for t in tokens) / len(tokens) for c, w in langs.items()}
        if ratios.get("en", 0.0) >= min_ratio:
            return "en", ratios["en"]
        best = max(ratios, key=ratios.__getitem__)
        return (best if ratios[best] >= min_ratio else "und"), ratios[best]

    texts = ["The minister said on Tuesday that the talks would resume in Geneva next week.",
             "Der Minister sagte am Dienstag, dass die Gespräche in Genf weitergehen würden.",
             "Le ministre a déclaré mardi que les pourparlers reprendraient à Genève.",
             "El ministro dijo el martes que las conversaciones se reanudarían en Ginebra.",
             "Il ministro ha detto martedì che i colloqui riprenderanno a Ginevra.", "Kurz."]
    words = " ".join(texts).split()
    rng = random.Random(7)
    for _ in range(200):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(3, 400))))
    texts.append(" ".join(words * 300))  # past the sample's token limit
    for text in texts:
        assert detect_language(text) == by_sets(text)


def test_date_line_under_a_headline_is_not_the_title():
    text = ("Ports reopen after strike\nBy Jane Roe, Harbour Times\nMarch 3, 2025, 14:20 GMT\n\n"
            "ROME (PWS) — The ports reopened on Monday.\n\nDockers returned to work.")
    article = build_article(text)
    assert article.title == "Ports reopen after strike"
    assert article.published == "2025-03-03"
