"""Browser tests of what an analyst reads: descriptions, charts that agree with lists,
readable values, one actor per person, a colour-blind-usable legend, ordered lists,
useful promise rows, highlighted search hits and the narrow layout."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import insert
from test_browser import CHROMIUM, TIMEOUT_MS, _free_port, base_url, browser  # noqa: F401
from test_scale_promises import write

from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.views import present
from eventwire.views.api import create_app

PYTHON_REPR = re.compile(r"\{'[^']*': |\[\{'|\['[^']*'\]")

MIN_DELTA_E = 20  # CIE76 distance between any two type colours (near-identical blues: ~13)


def lab(rgb: tuple[int, ...]) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour."""
    def linear(c: float) -> float:
        """sRGB channel to linear light."""
        return ((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92

    r, g, b = (linear(c / 255) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(v: float) -> float:
        """The CIELAB companding function."""
        return v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]


VIKRAM = {"id": "person:vikram-misri", "name": "Vikram Misri", "country": "IND",
          "sector": "GOV", "kind": "person"}
MISRI = {"id": "person:misri", "name": "Misri", "country": "IND", "sector": "GOV",
         "kind": "person"}
PAKISTAN = {"id": "country:PAK", "name": "Pakistan", "country": "PAK", "kind": "state"}
INJURED = {"injured": 46}


def crafted_event(seq: int, day: str | None, rng: list[str] | None,
                  participants: list[dict], **extra: object) -> dict:
    """A fused-event dict as the fuse stage stores it."""
    return {"id": f"e{seq}", "type": "CONSULT", "mode": None, "date": day,
            "date_range": rng or ([day, day] if day else None), "modality": "asserted",
            "participants": participants, "source": participants[:1],
            "target": participants[1:], "articles": [f"a{seq}"], "n_sources": 1,
            "mentions": [{"mention": f"a{seq}#0", "article": f"a{seq}",
                          "sentence": {"text": "Misri met the envoy."}}],
            "flags": [], "claims": [], "commitments": {}, **extra}


@pytest.fixture(scope="module")
def crafted_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a small hand-built record with the shapes that once went wrong: a
    person also named by surname, dict-valued claims, undated events with a range,
    promises without promiser or content."""
    import threading
    import time

    import uvicorn

    store = Store(str(tmp_path_factory.mktemp("crafted") / "crafted.db"))
    conflict = {"kind": "casualties_conflict", "message": "sources disagree on casualties",
                "values": [{"value": INJURED, "articles": ["a1"]},
                           {"value": {"injured": 40}, "articles": ["a2"]}]}
    events = [
        crafted_event(1, "2025-05-10", None, [VIKRAM, PAKISTAN, MISRI],
                      attributes={"casualties": INJURED}, flags=[conflict],
                      claims=[{"kind": "casualties", "value": INJURED, "article": "a1"}]),
        crafted_event(2, None, ["2025-04-28", "2025-05-02"], [VIKRAM, PAKISTAN]),
        crafted_event(3, "2025-05-12", None, [MISRI, {"name": "Misri"}, PAKISTAN]),
        crafted_event(4, "2025-03-01", None, [PAKISTAN, VIKRAM]),
    ]
    write(store, events, "t1")
    promises = [{"id": "p-e1", "event": "e1", "promiser": [], "promisee": [], "kind": "do",
                 "action": None, "scope": None, "status": "open", "evidence": []},
                {"id": "p-e3", "event": "e3", "promiser": [MISRI], "promisee": [PAKISTAN],
                 "kind": "refrain", "action": "refrain from strikes", "scope": None,
                 "start": "2025-05-12", "status": "open", "evidence": []}]
    with store.begin() as conn:
        for pr in promises:
            conn.execute(insert(ft.promises).values(id=pr["id"], event_id=pr["event"],
                                                    mention_id=pr["event"] + "#0",
                                                    status=pr["status"], data=pr,
                                                    updated_at="t1"))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        assert time.time() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def pg(browser: object, base_url: str) -> Iterator[object]:  # noqa: F811
    """A fresh desktop-sized page."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


@pytest.mark.parametrize("site", ["corpus", "crafted"])
def test_actor_histogram_counts_equal_the_listed_events(pg: object, crafted_url: str,
                                                         site: str) -> None:
    pg.goto((crafted_url if site == "crafted" else "") + "/actors")
    for href in pg.locator("table a").evaluate_all("els => els.slice(0, 4).map(e => e.href)"):
        pg.goto(href)
        bars = {b.get_attribute("data-period"): int(b.get_attribute("data-count"))
                for b in pg.locator("svg.histogram rect").all()}
        listed = Counter(r.get_attribute("data-month")
                         for r in pg.locator("table.events tbody tr").all())
        total = int(pg.locator("dl.facts dt:text('Events') + dd").inner_text())
        assert sum(bars.values()) == total
        if total <= len(pg.locator("table.events tbody tr").all()):  # one page lists them all
            assert bars == dict(listed), href


@pytest.mark.parametrize("site", ["corpus", "crafted"])
def test_no_python_reprs_on_any_page(pg: object, crafted_url: str, site: str) -> None:
    root = crafted_url if site == "crafted" else ""
    pages = ["/", "/events", "/stories", "/actors", "/promises", "/search?q=Putin"]
    pg.goto(root + "/events")
    pages += pg.locator("table.events a.desc").evaluate_all(
        "els => els.slice(0, 25).map(e => new URL(e.href).pathname)")
    for path in pages:
        pg.goto(root + path)
        text = pg.locator("main").inner_text()
        assert not PYTHON_REPR.search(text), (path, PYTHON_REPR.search(text).group(0))


def test_event_lists_show_descriptions_in_date_order(pg: object) -> None:
    pg.goto("/events")
    descs = pg.locator("table.events a.desc").all_inner_texts()
    assert descs and all(d.strip() and d.strip() not in present.QUADS for d in descs)
    months = [m for m in pg.locator("table.events tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.month)") if m != "undated"]
    assert months == sorted(months)
    pg.goto("/")
    home = [m for m in pg.locator("table.events tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.month)") if m != "undated"]
    assert home == sorted(home, reverse=True)


@pytest.mark.parametrize("site", ["corpus", "crafted"])
def test_one_actor_per_person_in_participant_lists(pg: object, crafted_url: str,
                                                   site: str) -> None:
    root = crafted_url if site == "crafted" else ""
    pg.goto(root + "/events?all=true")
    if site == "crafted":
        assert "Misri" in pg.locator("table.events").inner_text()
    for cell in pg.locator("table.events td[data-label='Participants']").all()[:60]:
        names = [n.strip() for n in cell.locator("a").all_inner_texts()]
        for short in names:
            assert not any(o != short and o.endswith(" " + short) for o in names), names
    pg.goto(root + "/actors?all=true")
    names = pg.locator("table tbody td:first-child a").all_inner_texts()
    assert names
    for short in names:
        assert not any(o != short and o.endswith(" " + short) for o in names), short


def test_type_colours_are_distinct_and_not_alone(pg: object) -> None:
    pg.goto("/")
    colours = pg.evaluate("""types => types.map(t => {
        const el = document.createElement('span'); el.className = 'badge t-' + t;
        document.body.appendChild(el); const c = getComputedStyle(el).backgroundColor;
        el.remove(); return c; })""", list(present.QUADS))
    labs = [lab(tuple(int(x) for x in re.findall(r"\d+", c)[:3])) for c in colours]
    for i, a in enumerate(labs):
        for j in range(i + 1, len(labs)):
            distance = sum((x - y) ** 2 for x, y in zip(a, labs[j], strict=True)) ** 0.5
            assert distance > MIN_DELTA_E, (list(present.QUADS)[i], list(present.QUADS)[j])
    pg.locator(".cards a").first.click()
    pg.wait_for_url("**/stories/**")
    items = pg.locator(".legend-item")
    assert items.count() > 0
    for item in items.all():
        assert item.inner_text().split(" (")[0] in present.QUADS  # labelled, not colour only
    shapes = set(pg.locator("svg.timeline a.ev .mk").evaluate_all(
        "els => els.map(e => e.tagName + ':' + e.getAttribute('class'))"))
    kinds = {present.quad(t) for t in pg.locator("svg.timeline a.ev").evaluate_all(
        "els => els.map(e => e.dataset.type)")}
    assert len({s.split(" ")[-1] for s in shapes}) == len(kinds)  # one marker shape per quad


def test_promise_rows_have_promiser_and_content(pg: object, crafted_url: str) -> None:
    pg.goto(crafted_url + "/promises")
    assert pg.locator("table.promises tbody tr").count() == 1
    assert "refrain refrain" not in pg.locator("main").inner_text()
    for path in ("/promises", "/", crafted_url + "/promises", crafted_url + "/"):
        pg.goto(path)
        for row in pg.locator("table.promises tbody tr").all():
            assert row.locator("td.promiser a, td.promiser").first.inner_text().strip() \
                not in ("", "—")
            assert row.locator("td.promise").inner_text().strip()


def test_search_results_have_highlighted_snippets(pg: object) -> None:
    pg.goto("/search?q=Kremlin")
    marks = pg.locator(".snippet mark")
    assert marks.count() > 0
    assert {m.lower() for m in marks.all_inner_texts()} == {"kremlin"}


def test_narrow_home_keeps_the_event_description(browser: object,  # noqa: F811
                                                 base_url: str) -> None:  # noqa: F811
    context = browser.new_context(viewport={"width": 400, "height": 800}, base_url=base_url)
    page = context.new_page()
    try:
        page.goto("/")
        desc = page.locator("table.events a.desc").first
        assert desc.is_visible() and desc.inner_text().strip()
        box = desc.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 400 + 1
        for label in ("Participants", "Sources"):
            cell = page.locator(f"table.events td[data-label='{label}']").first
            assert cell.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    finally:
        context.close()
