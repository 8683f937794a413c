"""How many people were taken or yielded: one count kind (``captured``) read from a capture,
a detention, a surrender or "taken prisoner", compared across a record's outlets like a toll
(invented countries)."""

from __future__ import annotations

import pytest

from eventwire.fuse.conflicts import number_conflicts, text_counts
from eventwire.fuse.mentions import Mention


def report(aid: str, outlet: str, text: str, day: str = "2031-03-04") -> Mention:
    m = Mention(id=f"{aid}#0", article=aid, root=aid, story=None, published=day,
                data={"type": "COERCE", "sentence": {"start": 0, "end": len(text), "text": text},
                      "trigger": {"start": 0, "end": 1, "text": "x"}})
    m.outlet = outlet
    return m


@pytest.mark.parametrize(("text", "n"), [
    ("18 Bordurian soldiers surrendered to Ruritanian troops on Tuesday.", 18),
    ("Ruritanian troops captured 20 Bordurian soldiers.", 20),
    ("20 were taken prisoner, the ministry said.", 20),
    ("Four Bordurian soldiers were killed and 18 captured.", 18),
])
def test_people_taken_or_yielded_are_one_count_kind(text: str, n: int) -> None:
    assert ("captured", n) in [(w, v) for w, v, *_ in text_counts(text)], text_counts(text)


def kinds(*ms: Mention) -> list[str]:
    return [f["kind"] for f in number_conflicts(list(ms))]


def test_a_surrender_count_and_a_capture_count_agree_or_conflict_across_outlets() -> None:
    yielded = report("a", "wire", "18 Bordurian soldiers surrendered to Ruritanian troops.")
    same = report("b", "radio", "Ruritanian troops captured 18 Bordurian soldiers.")
    other = report("c", "daily", "Ruritanian troops captured 25 Bordurian soldiers.")
    assert kinds(yielded, same) == []
    assert kinds(yielded, other) == ["number_conflict"]
    assert kinds(other, yielded) == ["number_conflict"]  # either order


def test_at_least_and_ranges_of_the_taken_are_compared_like_a_toll() -> None:
    at_least = report("a", "wire", "At least 15 Bordurian soldiers surrendered on Tuesday.")
    more = report("b", "radio", "Ruritanian troops captured 18 Bordurian soldiers.")
    span = report("c", "daily", "Between 20 and 22 Bordurian soldiers were taken prisoner.")
    assert kinds(at_least, more) == []
    assert kinds(more, span) == ["number_conflict"]
    assert kinds(at_least, span) == []


def test_a_risen_count_of_the_taken_on_a_later_day_is_an_update() -> None:
    first = report("a", "wire", "Ruritanian troops captured 18 Bordurian soldiers.", "2031-03-04")
    later = report("b", "radio", "The number of Bordurian soldiers taken prisoner rose to "
                   "24 soldiers captured, the army said.", "2031-03-05")
    same_day = report("c", "daily", "The number of Bordurian soldiers taken prisoner rose "
                      "to 24 soldiers captured, the army said.", "2031-03-04")
    assert kinds(first, later) == ["number_update"]
    assert kinds(first, same_day) == ["number_conflict"]


@pytest.mark.parametrize(("text", "n"), [
    ("The ministry condemned the detention of 20 Bordurian soldiers on Tuesday.", 20),
    ("Borduria confirmed the capture of 18 Ruritanian troops near the pass.", 18),
    ("The surrender of 300 soldiers ended the siege.", 300),
])
def test_a_capture_told_as_a_noun_counts_the_people_taken(text: str, n: int) -> None:
    assert ("captured", n) in [(w, v) for w, v, *_ in text_counts(text)], text_counts(text)


def test_a_force_s_arrival_is_no_capture() -> None:
    assert [w for w, *_ in text_counts("The arrival of 300 troops eased fears.")] == ["troops"]


def in_article(aid: str, outlet: str, text: str, first: str, kind: str, trigger: str,
               mode: str | None = None) -> tuple[Mention, str]:
    start = text.index(first)
    end = text.index(".", start) + 1
    m = Mention(id=f"{aid}#0", article=aid, root=aid, story=None, published="2031-03-04",
                data={"type": kind, "mode": mode,
                      "sentence": {"start": start, "end": end, "text": text[start:end]},
                      "trigger": {"start": start, "end": start + 1, "text": trigger}})
    m.outlet = outlet
    return m, text


def test_the_size_of_a_group_told_in_the_next_sentence_is_how_many_were_taken() -> None:
    from eventwire.fuse.conflicts import taken_after
    yielded, text = in_article(
        "a", "wire", "Ruritania said a group of Bordurian soldiers surrendered to its troops on "
        "Tuesday. Officials there put the figure at 18.", "Ruritania", "CONCEDE", "surrendered")
    assert [(f[0], f[1]) for f in taken_after(yielded, {"a": text})] == [("captured", 18)]
    taken, other = in_article("b", "radio", "Borduria condemned the detention of 20 Bordurian "
                              "soldiers on Tuesday.", "Borduria", "COERCE", "detention",
                              "COERCE/arrest")
    assert [f["kind"] for f in number_conflicts([yielded, taken], {"a": text, "b": other})] == \
        ["number_conflict"]
    # another act's report, or a sentence that gives no size, reads nothing after it
    talks, text2 = in_article("c", "daily", "The ministers met on Tuesday. Officials put the "
                              "number at 18.", "The ministers", "CONSULT", "met")
    assert taken_after(talks, {"c": text2}) == []
    plain, text3 = in_article("d", "daily", "Bordurian soldiers surrendered on Tuesday. Eighteen "
                              "villages lost power.", "Bordurian", "CONCEDE", "surrendered")
    assert taken_after(plain, {"d": text3}) == []
