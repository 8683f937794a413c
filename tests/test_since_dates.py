"""A date after "since" opens a period reaching up to the report: it bounds the event from
below and is not its day."""

from __future__ import annotations

from test_fuse_coref import ISRAEL, LEBANON, event

from eventwire.fuse.dates import mention_range

PUBLISHED = "2025-03-12"


def test_a_date_after_since_bounds_the_mention_from_below() -> None:
    text = "Hundreds of people have been killed in raids on the border since 2009."
    ev = event(text, "killed", "ASSAULT", [], [("border", LEBANON)], "2009", "2009")
    r = mention_range(ev.to_dict(), PUBLISHED)
    assert r["range"] == ["2009-01-01", PUBLISHED] and r["from"] == "tense:since-date"


def test_a_dated_noun_after_since_does_not_date_the_mention() -> None:
    text = "The talks between the two armies were the first since the 2019 crisis."
    ev = event(text, "talks", "CONSULT", [("armies", ISRAEL)], [], "2019", "2019")
    assert mention_range(ev.to_dict(), PUBLISHED)["range"] == ["2019-01-01", PUBLISHED]


def test_a_date_without_since_stays_the_mention_day() -> None:
    text = "The talks between the two armies collapsed in 2019."
    ev = event(text, "talks", "CONSULT", [("armies", ISRAEL)], [], "2019", "2019")
    assert mention_range(ev.to_dict(), PUBLISHED)["range"] == ["2019-01-01", "2019-12-31"]


def test_a_date_naming_the_mention_itself_after_since_is_its_day() -> None:
    """'since Sunday's skirmish': the period is the contact's; the skirmish was on Sunday."""
    text = "It was the first contact between the two armies since Sunday's skirmish."
    ev = event(text, "skirmish", "ASSAULT", [], [("armies", ISRAEL)], "2025-03-09", "Sunday")
    r = mention_range(ev.to_dict(), PUBLISHED)
    assert r["range"] == ["2025-03-09", "2025-03-09"] and r["from"] != "tense:since-date"


def test_a_year_naming_the_mention_itself_after_since_is_its_year() -> None:
    text = "The two armies have not met since the 2019 border crisis."
    ev = event(text, "crisis", "ASSAULT", [("armies", ISRAEL)], [], "2019", "2019")
    assert mention_range(ev.to_dict(), PUBLISHED)["range"] == ["2019-01-01", "2019-12-31"]


def test_last_weeks_dated_accord_after_since_is_on_its_date() -> None:
    text = "No shots have been fired since the March 3 truce between the two armies."
    ev = event(text, "truce", "AGREE", [("armies", ISRAEL)], [], "2025-03-03", "March 3")
    assert mention_range(ev.to_dict(), PUBLISHED)["range"] == ["2025-03-03", "2025-03-03"]


def test_a_verb_after_since_and_its_date_still_spans_the_period() -> None:
    """'since Monday troops have shelled': the shelling is the period's, not Monday's."""
    text = "Since Monday troops have shelled the border villages."
    ev = event(text, "shelled", "ASSAULT", [("troops", ISRAEL)], [], "2025-03-10", "Monday")
    assert mention_range(ev.to_dict(), PUBLISHED)["range"] == ["2025-03-10", PUBLISHED]
