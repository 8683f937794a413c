"""Rows of a chronology table ("| 3 Mar | X meets Y |") are read as dated sentences; rows of
other tables stay data."""

from __future__ import annotations

from pipeline_runs import of_type, run_texts

from eventwire.extract.tables import chronology_rows, date_cell
from eventwire.ingest.structure import find_blocks

TIMELINE = ("Background to the border dispute.\n\n"
            "| Date | Event |\n"
            "|---|---|\n"
            "| 3 March 2019 | Ruritanian troops attack the Freedonian border post of Lutz |\n"
            "| 12 May | Ruritania's foreign minister meets Freedonia's president in Vienna |\n"
            "| 20 May | Ruritanian troops attack the Freedonian town of Osterfeld |\n"
            "| 9 Jun | Ceasefire talks resume in Geneva |\n"
            "| 14 Jul | Deadline for the withdrawal of Ruritanian troops |\n")

FIGURES = ("Losses so far.\n\n"
           "| Side | Losses |\n"
           "|---|---|\n"
           "| Ruritania | troops killed in the shelling of the border posts |\n"
           "| Freedonia | civilians wounded in air raids on the capital |\n")


def test_a_date_cell_names_a_day_month_or_year() -> None:
    assert date_cell("12 May")
    assert date_cell("3-4 March, 06:00")
    assert date_cell("2019")
    assert not date_cell("Ruritania")
    assert not date_cell("the army shelled the town on the morning of 12 May")


def test_only_a_table_of_dated_rows_is_a_chronology() -> None:
    rows = chronology_rows(find_blocks(TIMELINE), TIMELINE)
    assert len(rows) == 5
    for start, end, text in rows:
        assert len(text) == end - start and "|" not in text
        assert "May" not in text and "Jun" not in text[:12]  # the date cell is blanked
    assert chronology_rows(find_blocks(FIGURES), FIGURES) == []


def test_chronology_rows_give_events_dated_by_their_cell() -> None:
    ex = run_texts({"t": TIMELINE, "f": FIGURES}, published="2025-06-20")
    [meet] = of_type(ex["t"], "CONSULT")[:1]
    assert meet.modality == "asserted"
    assert meet.date["value"] == "2025-05-12" and meet.date.get("via") == "table row"
    attacks = of_type(ex["t"], "ASSAULT")
    assert [e.date["value"] for e in attacks] == ["2019-03-03", "2025-05-20"]
    assert [e.modality for e in attacks] == ["background", "asserted"]  # an old row is history
    row = TIMELINE.index("| 12 May")
    assert row <= meet.sentence.start < meet.sentence.end <= TIMELINE.index("\n", row)
    later = [e for e in ex["t"].events if e.date.get("value") == "2025-07-14"]
    assert later and all(e.modality == "planned" for e in later)  # scheduled after publication
    assert ex["f"].events == []  # a table of figures holds no sentence


def test_a_table_with_more_columns_is_data() -> None:
    text = ("Who said what.\n\n| Date | Speaker | Theme |\n|---|---|---|\n"
            "| 4 May 2025 | Ruritania's president | Talks with Freedonia on the border |\n"
            "| 9 May 2025 | Freedonia's premier | Call for an end to the shelling |\n")
    assert chronology_rows(find_blocks(text), text) == []


ENTRIES = ("Key dates in the border dispute.\n\n"
           "- May 19-20: Ruritania's foreign minister meets Freedonia's president in Vienna\n"
           "- 3 June — Ruritanian troops attack the Freedonian town of Osterfeld\n\n"
           "Jun. 12 — Ruritania's cabinet approves the truce; Freedonia's premier announces it.\n\n"
           "On June 2: the two ministers will meet in Vienna.\n\n"
           "Talks with Freedonia resumed in Geneva on 12 May, officials said.\n")


def test_timeline_entries_are_rows_dated_by_their_prefix() -> None:
    rows = chronology_rows(find_blocks(ENTRIES), ENTRIES)
    assert len(rows) == 3  # "On June 2:" and a sentence naming a day inside are no entries
    for start, end, text in rows:
        assert len(text) == end - start
        assert not any(m in text for m in ("May", "June", "Jun."))  # the prefix is blanked


def test_timeline_entries_give_asserted_events_dated_by_the_row() -> None:
    ex = run_texts({"t": ENTRIES}, published="2025-06-20")["t"]
    [meet] = [e for e in of_type(ex, "CONSULT") if "meets" in e.sentence.text]
    assert meet.modality == "asserted"
    assert meet.date["value"] == "2025-05-19..2025-05-20" and meet.date.get("via") == "table row"
    [attack] = of_type(ex, "ASSAULT")
    assert attack.modality == "asserted" and attack.date["value"] == "2025-06-03"
    truce = [e for e in ex.events if e.date.get("value") == "2025-06-12"]
    assert truce and all(e.modality == "asserted" for e in truce)
    future = [e for e in ex.events if ENTRIES.index("On June 2") <= e.sentence.start]
    future = [e for e in future if e.sentence.start < ENTRIES.index("Talks with")]
    assert future and all(e.date.get("via") != "table row" for e in future)
    assert [e.modality for e in of_type(ex, "CONSULT") if e in future] == ["planned"]
    resumed = [e for e in ex.events if e.sentence.start >= ENTRIES.index("Talks with")]
    assert all(e.date.get("via") != "table row" for e in resumed)


def test_entry_prefixes_of_several_forms() -> None:
    for text in ("Tuesday, 21 Nov: Ruritania's envoy meets the premier",
                 "Nov. 26 - the cabinet approves the deal",
                 "**12 March 2024** — Freedonian troops cross the river",
                 "Saturday: the two armies exchange fire again"):
        [(start, end, row)] = chronology_rows(find_blocks(text), text)
        assert (start, end) == (0, len(text)) and row.split()[0] in ("Ruritania's", "the",
                                                                     "Freedonian")
    for text in ("Nov. 26 - agreed", "Talks on 26 Nov: the cabinet approves the deal",
                 "Mayor Lutz: the council approves the budget",
                 "may 19: the council approves the budget"):  # the verb, not the month
        assert chronology_rows(find_blocks(text), text) == []
