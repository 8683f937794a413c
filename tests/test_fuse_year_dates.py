"""Own dates in different years keep two reports of one kind of event apart (two ceremonies
hosted, two raids on one town years apart), however their undated neighbours link."""

from __future__ import annotations

from test_fuse_coref import ISRAEL, LEBANON, event, mention

from eventwire.fuse.events import dates_contradict, groups_compatible, years_contradict

OLD = "Corvan jets bombed the Varesh depot in November 2011, officials recalled."
LATER = "Corvan jets bombed the Varesh depot in 2017, officials recalled."
SAME_YEAR = "Corvan jets bombed the Varesh depot on 3 November 2011, officials said."
UNDATED = "Corvan jets bombed the Varesh depot, officials said."


def raid(aid: str, outlet: str, text: str, date: str | None = None,
         date_text: str | None = None):
    """A fuse-stage ASSAULT mention over ``text``, dated by ``date_text`` when given."""
    ev = event(text, "bombed", "ASSAULT", [("Corvan", ISRAEL)], [("Varesh", LEBANON)], date,
               date_text)
    return mention(aid, "2024-05-02", outlet, ev)


def test_own_dates_in_different_years_contradict() -> None:
    old = raid("y1", "wire", OLD, "2011-11", "November 2011")
    later = raid("y2", "paper", LATER, "2017", "2017")
    assert years_contradict(old, later) and years_contradict(later, old)
    assert dates_contradict(old, later)
    assert not groups_compatible([old], [later])


def test_dates_in_one_year_or_an_undated_report_do_not() -> None:
    old = raid("y1", "wire", OLD, "2011-11", "November 2011")
    day = raid("y3", "post", SAME_YEAR, "2011-11-03", "3 November 2011")
    undated = raid("y4", "daily", UNDATED)
    assert not years_contradict(old, day) and not dates_contradict(old, day)
    assert not years_contradict(old, undated) and not dates_contradict(undated, old)
    assert groups_compatible([old], [day])


def test_a_bare_year_before_a_noun_is_no_time_told() -> None:
    """'his 2008 sedan' dates nothing: a bare year counts only after 'in', 'during' and the like
    (a month with its year always does)."""
    text = "Corvan police stopped the driver of a 2008 sedan near the Varesh depot."
    model = mention("y5", "2024-05-02", "daily",
                    event(text, "stopped", "ASSAULT", [("Corvan", ISRAEL)],
                          [("Varesh", LEBANON)], "2008", "2008"))
    later = raid("y2", "paper", LATER, "2017", "2017")
    old = raid("y1", "wire", OLD, "2011-11", "November 2011")
    assert model.range == ["2008-01-01", "2008-12-31"]
    assert not years_contradict(model, later) and not years_contradict(model, old)
    assert years_contradict(old, later)
