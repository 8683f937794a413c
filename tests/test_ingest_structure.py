"""Block structure: headings, paragraphs, list items and pipe tables with exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.ingest.cleanup import clean_text
from eventwire.ingest.structure import find_blocks, is_heading_line, split_cells

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"


def kinds(text: str) -> list[tuple[str, str]]:
    """(kind, text) for every block of ``text``."""
    return [(b.kind, text[b.start:b.end]) for b in find_blocks(text)]


def seed(name: str) -> str:
    """The cleaned text of a sample article."""
    path = next(SAMPLES.glob(f"{name}_*.txt"))
    return clean_text(path.read_text(encoding="utf-8"))[0]


def test_markdown_headings_lists_and_paragraphs():
    text = "# Talks in Istanbul\n\nDelegations met on Monday.\n- first point\n* second point\n1. third\n"
    assert kinds(text) == [
        ("heading", "Talks in Istanbul"), ("paragraph", "Delegations met on Monday."),
        ("list_item", "first point"), ("list_item", "second point"), ("list_item", "third"),
    ]


def test_bare_line_headings():
    text = ("Key Takeaways\nThe call ended without a breakthrough, officials said on Tuesday.\n"
            "Conclusion:\nThe talks will resume next week in Geneva, both sides said.\n"
            "implications of Productive Talks for Global Security\nThe dialogue matters.\n"
            "Key points from the statement include:\n- No ceasefire.")
    assert [k for k, _ in kinds(text)] == [
        "heading", "paragraph", "heading", "paragraph", "heading", "paragraph", "paragraph",
        "list_item"]


@pytest.mark.parametrize("line, expected", [
    ("Analyzing the Implications for US-Russia Relations and Global Diplomacy", True),
    ("Insights and Conclusions", True),
    ("The State of Russia-Ukraine Negotiations: Where Do We Stand?", True),
    ("The call lasted two hours.", False),
    ("Evaluating the substance of the US-Russia communications involves considering several key factors:", False),
    ("Aspect | Outcome |", False),
])
def test_is_heading_line(line, expected):
    assert is_heading_line(line, "A following paragraph with many more words than the line.") is expected


def test_pipe_table_without_outer_pipes():
    text = "Intro text.\nAspect | Outcome |\n---|---|\nTone | Cautious |\nProgress | None |\nAfter."
    blocks = find_blocks(text)
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows == [["Aspect", "Outcome"], ["Tone", "Cautious"], ["Progress", "None"]]
    assert text[table.start:table.end] == "Aspect | Outcome |\n---|---|\nTone | Cautious |\nProgress | None |"
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]


def test_pipe_table_with_outer_pipes_and_alignment():
    text = "| Date | Event |\n|:---|---:|\n| June 1 | Drone attack |\n"
    (table,) = find_blocks(text)
    assert table.rows == [["Date", "Event"], ["June 1", "Drone attack"]]


def test_split_cells():
    assert split_cells("a | b |") == ["a", "b"]
    assert split_cells("| a | b") == ["a", "b"]
    assert split_cells("a|b|c") == ["a", "b", "c"]


def test_hard_wrapped_paragraph_is_one_block():
    text = "Russian and Ukrainian officials met in\nIstanbul earlier in the week.\nA new paragraph."
    assert kinds(text) == [
        ("paragraph", "Russian and Ukrainian officials met in\nIstanbul earlier in the week."),
        ("paragraph", "A new paragraph.")]


def test_run_in_heading_split_from_paragraph():
    text = ("Trump to Speak with Putin: A Turning Point? - The ongoing conflict in Ukraine has "
            "reached a critical juncture, with negotiations seemingly stalled for weeks.")
    assert [k for k, _ in kinds(text)] == ["heading", "paragraph"]
    dateline = "MOSCOW, June 4 (Reuters) - Russian President Vladimir Putin told Trump on Wednesday."
    assert [k for k, _ in kinds(dateline)] == ["paragraph"]


def test_seed_tables():
    tables = [b for name in ("000", "001") for b in find_blocks(seed(name)) if b.kind == "table"]
    assert len(tables) == 6
    first = tables[0]
    assert first.rows == [["Aspect", "Outcome"], ["Diplomatic Tone", "Professional but cautious"],
                          ["Progress Towards Ceasefire", "None"],
                          ["Commitment to Future Talks", "Strong"]]
    assert all(len({len(r) for r in t.rows}) == 1 and len(t.rows) >= 4 for t in tables)


def test_seed_headings_and_lists():
    text = seed("000")
    got = kinds(text)
    assert ("heading", "Key Takeaways") in got
    assert ("heading", "Analyzing the Implications for US-Russia Relations and Global Diplomacy") in got
    assert ("list_item", "No agreement or ceasefire was reached during the conversation.") in got
    text2 = seed("002")
    got2 = kinds(text2)
    assert got2[0] == ("heading", "Trump To Speak With Putin Following Stalled Russia-Ukraine Negotiations")
    assert ("heading", "Conclusion:") in got2
    assert sum(1 for k, _ in got2 if k == "list_item") == 18


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_block_offsets(path):
    text = clean_text(path.read_text(encoding="utf-8"))[0]
    blocks = find_blocks(text)
    assert blocks
    prev_end = 0
    for b in blocks:
        assert 0 <= prev_end <= b.start < b.end <= len(text)
        chunk = text[b.start:b.end]
        assert chunk == chunk.strip() and chunk
        prev_end = b.end
    covered = " ".join(text[b.start:b.end] for b in blocks)
    assert len(covered.split()) >= 0.95 * len(text.split())


LINES = st.lists(st.one_of(
    st.text(alphabet="abc XYZ.,:?-|#*•1", max_size=40),
    st.sampled_from(["a | b |", "---|---|", "| x | y |", "# Head", "- item", "", "Title Line",
                     "1. first", "===", "Long paragraph text that ends here."]),
), max_size=30).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_block_offsets_always_index_the_text(text):
    prev_end = 0
    for b in find_blocks(text):
        assert prev_end <= b.start < b.end <= len(text)
        assert text[b.start:b.end].strip() == text[b.start:b.end]
        if b.kind == "table":
            assert b.rows and all(isinstance(c, str) for row in b.rows for c in row)
        prev_end = b.end


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab Cd.,\u00a0•\t|-:#", max_size=30), max_size=20).map("\n".join))
def test_blocks_of_cleaned_text_index_it(raw):
    text = clean_text(raw)[0]
    for b in find_blocks(text):
        assert 0 <= b.start < b.end <= len(text)


def test_hard_wrapped_text_paragraphs_and_headings():
    text = ("MOSCOW, June 4 (Reuters) - Russian President Vladimir Putin told\n"
            "U.S. President Donald Trump on Wednesday that Moscow would Respond\n"
            "To Ukraine's Attacks On Russian Airfields, Trump said. The call\n"
            "lasted 75 minutes.\n\n"
            "Talks in Istanbul\n\n"
            "Russian and Ukrainian officials met in Istanbul earlier in the\n"
            "week. Both sides left with their positions unchanged, officials\n"
            "said on Tuesday.\n")
    assert [k for k, _ in kinds(text)] == ["paragraph", "heading", "paragraph"]
    assert kinds(text)[2][1].endswith("officials\nsaid on Tuesday.")
