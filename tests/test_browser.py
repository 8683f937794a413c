"""Browser tests: Debian's chromium driven by Playwright against the app served by uvicorn.

Follows story → event → source article, checks the <mark>ed evidence, keyboard
use, the narrow layout, the local API docs, and that no request leaves the
app's own host. Screenshots go to test-artifacts/ (not committed).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from views_helpers import HOSTILE_ID, corpus_db

from eventwire.store import Store
from eventwire.views.api import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync"]
TIMEOUT_MS = 15_000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed "
                                                     "(make install adds Debian's chromium)"),
]


def _free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The app over the shared corpus, served by uvicorn in a background thread."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(Store(corpus_db())), host="127.0.0.1", port=port,
                            log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        assert time.time() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


class Watch:
    """Every request a page makes, and console errors (CSP violations show up there)."""

    def __init__(self, page: object) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def foreign(self, base_url: str) -> list[str]:
        """Requests that went to a host other than the app's."""
        own = urlsplit(base_url).netloc
        return [u for u in self.requests
                if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != own]


@pytest.fixture()
def page(browser: object, base_url: str) -> Iterator[tuple[object, Watch]]:
    """A fresh page with request/console watching."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    watch = Watch(pg)
    yield pg, watch
    context.close()
    assert not watch.foreign(base_url), watch.foreign(base_url)
    assert not [e for e in watch.errors if "Content Security Policy" in e], watch.errors


def shot(pg: object, name: str) -> None:
    """Save a full-page screenshot into test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_story_event_article_path(page: tuple[object, Watch]) -> None:
    pg, _ = page
    pg.goto("/")
    assert pg.locator("h1").inner_text() == "eventwire"
    shot(pg, "home")
    pg.locator(".cards a").first.click()
    pg.wait_for_url("**/stories/**")
    assert pg.locator("svg.timeline a.ev").count() > 0
    shot(pg, "story")
    pg.locator("svg.timeline a.ev").first.click()
    pg.wait_for_url("**/events/**")
    assert pg.locator("blockquote.excerpt mark").count() > 0
    assert pg.locator("blockquote.excerpt mark").first.is_visible()
    shot(pg, "event")
    pg.locator("article.source h3 a").first.click()
    pg.wait_for_url("**/articles/**")
    evidence = pg.locator(".article-body mark.evidence")
    assert evidence.count() > 0 and evidence.first.is_visible()
    assert pg.locator(".article-body .ent").count() > 0
    shot(pg, "article")


def test_actor_promises_search_and_docs(page: tuple[object, Watch]) -> None:
    pg, _ = page
    pg.goto("/actors")
    pg.locator("table a").first.click()
    pg.wait_for_url("**/actors/**")
    assert pg.locator("svg.network a.node").count() > 0
    shot(pg, "actor")
    pg.goto("/promises")
    assert pg.locator("h1").inner_text() == "Promises"
    shot(pg, "promises")
    pg.goto("/")
    pg.fill("#nav-q", "Kremlin")
    pg.press("#nav-q", "Enter")
    pg.wait_for_url("**/search?q=Kremlin")
    assert pg.locator(f'a[href="/articles/{HOSTILE_ID}"]').count() == 1
    shot(pg, "search")
    pg.goto("/docs")
    pg.wait_for_selector(".swagger-ui .opblock", timeout=TIMEOUT_MS)
    assert pg.locator(".swagger-ui .opblock").count() >= 10
    shot(pg, "docs")


def test_hostile_article_does_not_run_script(page: tuple[object, Watch]) -> None:
    pg, _ = page
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.goto(f"/articles/{HOSTILE_ID}")
    assert "<script>alert(1)</script>" in pg.locator(".article-body").inner_text()
    assert pg.locator(".article-body script, .article-body img").count() == 0
    pg.wait_for_timeout(300)
    assert not dialogs


def test_keyboard_skip_link_and_timeline_legend(page: tuple[object, Watch],
                                                base_url: str) -> None:
    pg, _ = page
    pg.goto("/")
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.className") == "skip"
    pg.keyboard.press("Enter")
    assert pg.evaluate("document.activeElement.id") == "main"
    from playwright.sync_api import expect

    pg.locator(".cards a").first.click()
    pg.wait_for_load_state("load")  # the legend script is wired up on load
    button = pg.locator(".legend-item").first
    kind = button.get_attribute("data-type")
    button.focus()
    pg.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-pressed", "false")
    dots = pg.locator(f'svg.timeline a.ev[data-type="{kind}"]')
    assert dots.count() > 0
    expect(dots.first).to_be_hidden()
    pg.keyboard.press("Enter")
    expect(dots.first).to_be_visible()


def test_narrow_screen_has_no_horizontal_scroll(browser: object, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800}, base_url=base_url)
    pg = context.new_page()
    try:
        for path in ("/", "/events", f"/articles/{HOSTILE_ID}"):
            pg.goto(path)
            overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} overflows by {overflow}px"
        pg.goto("/")
        pg.locator(".cards a").first.click()
        pg.locator("svg.timeline a.ev").first.click()
        pg.wait_for_url("**/events/**")
        assert pg.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
        shot(pg, "event-narrow")
    finally:
        context.close()
