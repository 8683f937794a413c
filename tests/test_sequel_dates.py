"""A sentence opening with a time counted from the event told just before ("Hours later",
"The next day", "Minutes later") is dated from that event's resolved day, however the day was
found; with no resolved day before, its event keeps the tense range."""

from __future__ import annotations

from eventwire.model import Article
from eventwire.pipeline import Pipeline

PUBLISHED = "2025-03-20"


def _events(text: str) -> dict:
    (ex,) = Pipeline().run([Article(id="0", text=text, published=PUBLISHED)])
    return {e.trigger.text: e for e in ex.events}


def test_hours_later_counts_from_the_dated_event_before() -> None:
    evs = _events("Rebels attacked an army post near the river on Monday, the ministry said."
                  "\n\nHours later, troops shelled a rebel camp in the hills.")
    later = evs["shelled"]
    assert later.date["range"] == ["2025-03-17", "2025-03-18"]
    assert later.date["range_from"] == "sequel"


def test_a_day_dated_by_an_earlier_mention_is_counted_from() -> None:
    evs = _events("The two foreign ministers spoke by telephone on Tuesday. The call, the first "
                  "contact since Sunday's clash, lasted an hour, an aide said.\n\nHours later, "
                  "soldiers came under fire near the border, the army said on Thursday.")
    assert evs["call"].date["value"] == "2025-03-18"
    fire = evs["came under fire"]
    assert fire.date["range"] == ["2025-03-18", "2025-03-19"]  # not Sunday's, not the week


def test_three_sentence_chain_keeps_counting() -> None:
    evs = _events("Rebels attacked an army post near the river on Monday. The attack lasted two "
                  "hours, an officer said. The next day, troops shelled a rebel camp in the hills.")
    assert evs["shelled"].date["value"] == "2025-03-18"
    evs = _events("Rebels attacked an army post near the river on Monday. Minutes later, troops "
                  "shelled a rebel camp in the hills. Minutes later, gunmen raided a village.")
    assert evs["shelled"].date["value"] == "2025-03-17"
    assert evs["raided"].date["value"] == "2025-03-17"
    assert evs["raided"].date["via"] == "sequel"


def test_no_date_before_keeps_the_tense_range() -> None:
    evs = _events("Rebels attacked an army post near the river, the ministry said.\n\nHours "
                  "later, troops shelled a rebel camp in the hills.")
    assert evs["shelled"].date["range_from"] == "tense:past"
    assert evs["shelled"].date["from"] == "article"
