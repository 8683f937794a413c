"""Of several date claims of one mention, the one that dates it wins over one that only
bounds it through an ordering cue ("extended to 9 May after fire killed 14 people last
month"), but not a date past a comma that dates the next clause."""

from __future__ import annotations

from eventwire.fuse.dates import mention_range

PUBLISHED = "2025-05-12"


def mention(sentence: str, trigger: str, *dates: tuple[str, str]) -> dict:
    """Mention data over one sentence: the trigger and date claims (text, value) in it."""
    at = sentence.index(trigger)
    claims = [{"kind": "date", "value": value,
               "span": {"start": sentence.index(text), "end": sentence.index(text) + len(text),
                        "text": text}} for text, value in dates]
    return {"modality": "asserted", "date": {"value": PUBLISHED, "from": "article"},
            "sentence": {"start": 0, "end": len(sentence), "text": sentence},
            "trigger": {"start": at, "end": at + len(trigger), "text": trigger},
            "claims": claims}


def test_the_own_date_after_the_trigger_wins_over_a_bound() -> None:
    data = mention("The deadline was extended to 9 May after shelling killed 14 people in "
                   "the valley last month.", "killed", ("9 May", "2025-05-09"),
                   ("last month", "2025-04"))
    r = mention_range(data, PUBLISHED)
    assert r["range"] == ["2025-04-01", "2025-04-30"] and r["from"] == "date_claim"


def test_a_date_past_a_comma_dates_the_next_clause_not_the_event() -> None:
    data = mention("The capital expelled the envoy on Wednesday after a mine wounded five "
                   "soldiers, and the neighbour answered on Thursday.", "wounded",
                   ("Wednesday", "2025-05-07"), ("Thursday", "2025-05-08"))
    r = mention_range(data, PUBLISHED)
    assert r["range"] == ["2025-04-30", "2025-05-07"] and r["from"] == "tense:before-date"


def test_a_single_bounding_date_still_bounds() -> None:
    data = mention("The deadline was extended to 9 May after shelling killed 14 people.",
                   "killed", ("9 May", "2025-05-09"))
    assert mention_range(data, PUBLISHED)["from"] == "tense:before-date"
