"""Event date ranges: a night runs into the next day, and a date that belongs to the
statement reporting an event (its own clause) does not date the event."""

from __future__ import annotations

from eventwire.fuse.dates import mention_range, statement_date

PUBLISHED = "2025-05-12"  # a Monday


def mention(sentence: str, trigger: str, *dates: tuple[str, str], modality: str = "asserted",
            attached: tuple[str, str] | None = None) -> dict:
    """Mention data over one sentence: the trigger, date claims (text, value) in it and the
    time expression the parse attached to it, if any."""
    at = sentence.index(trigger)

    def span(text: str) -> dict:
        return {"start": sentence.index(text), "end": sentence.index(text) + len(text),
                "text": text}

    claims = [{"kind": "date", "value": value, "span": span(text)} for text, value in dates]
    date = {"value": PUBLISHED, "from": "article"}
    if attached:
        date = {"value": attached[1], "from": "text", "span": span(attached[0])}
    return {"modality": modality, "date": date,
            "sentence": {"start": 0, "end": len(sentence), "text": sentence},
            "trigger": {"start": at, "end": at + len(trigger), "text": trigger},
            "claims": claims}


def test_a_named_night_runs_into_the_next_day_and_a_plain_day_does_not() -> None:
    night = mention("Rebels attacked a police post on Saturday night, the ministry said.",
                    "attacked", attached=("Saturday night", "2025-05-10TNI"))
    r = mention_range(night, PUBLISHED)
    assert r["range"] == ["2025-05-10", "2025-05-11"] and r["from"] == "time_expression+night"
    day = mention("Rebels attacked a police post on Saturday, the ministry said.",
                  "attacked", attached=("Saturday", "2025-05-10"))
    assert mention_range(day, PUBLISHED)["range"] == ["2025-05-10", "2025-05-10"]
    evening = mention("Rebels attacked a police post on Saturday evening.", "attacked",
                      attached=("Saturday evening", "2025-05-10TEV"))
    assert mention_range(evening, PUBLISHED)["range"] == ["2025-05-10", "2025-05-10"]


def test_a_planned_event_is_not_dated_by_the_day_it_was_announced() -> None:
    soon = mention("The minister said on Sunday that the truce would take effect soon.",
                   "truce", ("Sunday", "2025-05-11"), modality="planned",
                   attached=("soon", "FUTURE_REF"))
    r = mention_range(soon, PUBLISHED)
    assert r["range"] == ["2025-05-11", "2025-05-25"] and r["from"] == "tense:after-statement"
    own = mention("The minister said on Sunday that the truce would begin on Wednesday.",
                  "truce", ("Sunday", "2025-05-11"), ("Wednesday", "2025-05-14"),
                  modality="planned", attached=("Wednesday", "2025-05-14"))
    assert mention_range(own, PUBLISHED)["range"] == ["2025-05-14", "2025-05-14"]


def test_an_event_before_its_report_happened_on_or_before_the_report() -> None:
    data = mention("Gunmen burned two schools near the lake, the governor told reporters on "
                   "Sunday.", "burned", ("Sunday", "2025-05-11"))
    r = mention_range(data, PUBLISHED)
    assert r["range"] == ["2025-05-04", "2025-05-11"] and r["from"] == "tense:before-statement"
    night = mention("Jets bombed two depots overnight, the army said on Sunday.", "bombed",
                    ("Sunday", "2025-05-11"))
    r = mention_range(night, PUBLISHED)
    assert r["range"] == ["2025-05-10", "2025-05-11"] and r["from"] == "cue:overnight"


def test_the_reported_thing_keeps_the_date_of_its_announcement() -> None:
    truce = mention("The truce was announced late on Sunday by the two foreign ministers.",
                    "truce", attached=("Sunday", "2025-05-11"))
    assert not statement_date(truce, truce["date"]["span"])
    assert mention_range(truce, PUBLISHED)["range"] == ["2025-05-11", "2025-05-11"]
    sanctions = mention("The bloc announced new sanctions on Sunday.", "sanctions",
                        ("Sunday", "2025-05-11"))
    assert not statement_date(sanctions, sanctions["claims"][0]["span"])
    quoted = mention("\"We heard 'soon' in March,\" said a relative at a protest.",
                     "protest", ("March", "2025-03"))
    assert not statement_date(quoted, quoted["claims"][0]["span"])


def test_a_night_later_in_the_trigger_clause_dates_it_but_not_one_past_a_comma() -> None:
    far = mention("Jets struck what the army said were dozens of rocket sites across the "
                  "southern hills overnight.", "struck")
    r = mention_range(far, PUBLISHED)
    assert r["range"] == ["2025-05-11", "2025-05-12"] and r["from"] == "cue:overnight"
    other = mention("Jets struck two rocket sites in the southern hills on the border, and "
                    "the rebels answered with drones overnight.", "struck")
    assert mention_range(other, PUBLISHED)["from"] == "tense:past"


def test_a_claim_of_the_event_own_day_beats_the_statement_day_before_it() -> None:
    # no time expression attached: of the two claims, the statement's day comes first
    both = mention("Officials said on Sunday that the truce would begin at 8 a.m. on Tuesday.",
                   "truce", ("Sunday", "2025-05-11"), ("8 a.m. on Tuesday", "2025-05-13T08:00"),
                   modality="planned")
    r = mention_range(both, PUBLISHED)
    assert r["range"] == ["2025-05-13", "2025-05-13"] and r["from"] == "date_claim", r
    told = mention("The army said on Sunday that its troops withdrew from the valley on Friday.",
                   "withdrew", ("Sunday", "2025-05-11"), ("Friday", "2025-05-09"))
    assert mention_range(told, PUBLISHED)["range"] == ["2025-05-09", "2025-05-09"]
    # the statement's day alone still bounds the event from the statement
    alone = mention("Officials said on Sunday that the truce would begin soon.", "truce",
                    ("Sunday", "2025-05-11"), modality="planned")
    assert mention_range(alone, PUBLISHED)["from"] == "tense:after-statement"
