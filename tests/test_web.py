"""Web UI pages over the real ingest of the sample corpus: links, evidence marks, escaping."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from fastapi.testclient import TestClient
from views_helpers import HOSTILE, HOSTILE_ID, corpus_db

from eventwire.store import Store
from eventwire.views.api import create_app
from eventwire.views.spans import mark, render

PAGE_KINDS = ("/stories/", "/events/", "/articles/", "/actors/", "/promises", "/search",
              "/docs")
MAX_PAGES = 400


class Links(HTMLParser):
    """Collects href/src attributes and <mark> count of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.marks = 0
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for key in ("href", "src"):
            if found.get(key):
                self.urls.append(found[key] or "")
        if tag == "mark":
            self.marks += 1
        if tag == "script":
            self.scripts.append(found.get("src") or "")


def parse(html: str) -> Links:
    """The links of a page."""
    p = Links()
    p.feed(html)
    return p


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """A client of the app over the shared corpus."""
    with TestClient(create_app(Store(corpus_db()))) as c:
        yield c


def crawl(client: TestClient) -> dict[str, str]:
    """Every page reachable from / by links (path+query → HTML); fails on a broken link."""
    seen: dict[str, str] = {}
    queue = ["/"]
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        r = client.get(url)
        assert r.status_code == 200, f"{url} → {r.status_code}"
        if not r.headers["content-type"].startswith("text/html"):
            seen[url] = ""
            continue
        seen[url] = r.text
        for link in parse(r.text).urls:
            parts = urlsplit(urljoin(url, link))
            assert not parts.netloc or parts.netloc == "testserver", f"{url} links off-site: {link}"
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target not in seen:
                queue.append(target)
    return seen


def test_every_page_kind_reachable_and_no_broken_link(client: TestClient) -> None:
    pages = crawl(client)
    for kind in PAGE_KINDS:
        assert any(p.startswith(kind) for p in pages), f"no {kind} page reachable from /"


def test_no_page_loads_anything_from_another_host(client: TestClient) -> None:
    for path in ("/", "/docs", "/events", "/stories"):
        for url in parse(client.get(path).text).urls:
            assert url.startswith(("/", "#", "?")), f"{path}: {url}"


def test_event_page_marks_evidence_in_every_source(client: TestClient) -> None:
    ev = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    html = client.get(f"/events/{ev['id']}").text
    assert parse(html).marks >= 1
    for article_id in ev["articles"]:
        assert f"/articles/{article_id}?event=" in html
    sentence = ev["mentions"][0]["sentence"]["text"]
    first_words = " ".join(sentence.split()[:3])
    assert first_words in re.sub(r"<[^>]+>", "", html)


def test_article_page_highlights_evidence_of_the_event(client: TestClient) -> None:
    ev = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    mention = ev["mentions"][0]
    html = client.get(f"/articles/{mention['article']}", params={"event": ev["id"]}).text
    marked = re.findall(r'<mark class="evidence"[^>]*>(.*?)</mark>', html, re.S)
    assert marked
    assert mention["trigger"]["text"] in re.sub(r"<[^>]+>", "", "".join(marked))
    assert 'class="ent' in html and 'id="m-' in html


def test_article_page_marks_cited_span(client: TestClient) -> None:
    html = client.get(f"/articles/{HOSTILE_ID}", params={"span": "0-16"}).text
    cited = re.findall(r'<mark class="cited">(.*?)</mark>', html, re.S)
    assert re.sub(r"<[^>]+>", "", "".join(cited)) == HOSTILE["text"][:16]
    assert 'id="s-0"' in html


def test_hostile_article_renders_inert(client: TestClient) -> None:
    for path in (f"/articles/{HOSTILE_ID}", "/articles", "/search?q=onerror", "/"):
        html = client.get(path).text
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
        assert "<b>tension</b>" not in html, path
        assert all(src.startswith("/static/") or src.startswith("/vendor/")
                   for src in parse(html).scripts)
    html = client.get(f"/articles/{HOSTILE_ID}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert HOSTILE["text"][:40] in re.sub(r"<[^>]+>", "", html)


def test_hostile_event_pages_render_inert(client: TestClient) -> None:
    events = client.get("/api/events", params={"q": "Kremlin", "limit": 50}).json()["items"]
    for ev in events:
        html = client.get(f"/events/{ev['id']}").text
        assert "<script>alert" not in html and "<img src=x" not in html


@pytest.mark.parametrize("path", ["/events/nope", "/articles/nope", "/stories/nope",
                                  "/actors/nope"])
def test_unknown_ids_give_html_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "nope" in r.text


def test_bad_filter_gives_400_page(client: TestClient) -> None:
    r = client.get("/events", params={"date_from": "<script>"})
    assert r.status_code == 400 and "<script>" not in r.text


def test_events_filter_and_pagination(client: TestClient) -> None:
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    html = client.get("/events", params={"type": "CONSULT"}).text
    assert "t-CONSULT" in html
    assert f"of {total}" in client.get("/events").text


def test_story_page_has_timeline_linked_to_events(client: TestClient) -> None:
    story = client.get("/api/stories").json()["items"][0]
    html = client.get(f"/stories/{story['id']}").text
    if any(True for _ in story["events"]):
        assert '<svg class="timeline"' in html
        dots = re.findall(r'<a class="ev t-(\w+)[^"]*" href="/events/([^"]+)"', html)
        assert dots and {d[1] for d in dots} <= set(story["events"])
    assert '<script src="/static/timeline.js"' in html


def test_actor_page_has_network(client: TestClient) -> None:
    actor = client.get("/api/actors").json()["items"][0]
    html = client.get(f"/actors/{actor['id']}").text
    assert '<svg class="network"' in html and 'href="/actors/' in html


def test_docs_page_is_local(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/api/events" in html
    for src in parse(html).scripts:
        assert src.startswith(("/vendor/", "/static/"))
        assert client.get(src).status_code == 200


def test_render_escapes_every_segment_and_nests_overlaps() -> None:
    text = "a <b> & c"
    html = render(text, [mark(0, 5, "mark"), mark(2, 9, "span", class_='x" onclick="y')])
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert 'onclick="y' not in html and "&#34;" in html
    assert html.count("<mark>") == html.count("</mark>") == 2
    assert re.sub(r"<[^>]+>", "", html) == "a &lt;b&gt; &amp; c"


def test_render_rejects_unknown_tags() -> None:
    with pytest.raises(ValueError):
        mark(0, 1, "script")
    with pytest.raises(ValueError):
        mark(0, 1, "span", onclick="x")


def test_charts_escape_labels_and_link_every_node() -> None:
    from eventwire.views import svg

    evil = "<script>x</script>"
    events = [{"id": "e/1", "type": "CONSULT", "date": "2025-03-18", "n_sources": 2,
               "source": [{"id": "a", "name": evil}], "target": [],
               "flags": [{"kind": "outcome_conflict", "values": [{}, {}]}]},
              {"id": "e2", "type": "ASSAULT", "date": "2025-W12", "source": [], "target": []},
              {"id": "e3", "type": "AID", "date": None}]
    timeline = str(svg.timeline(events))
    assert "<script>" not in timeline and 'href="/events/e%2F1"' in timeline
    assert timeline.count('class="ev ') == 2 and "conflict-ring" in timeline
    net = str(svg.network({"name": evil}, [{"id": "b", "name": evil, "count": 3},
                                           {"id": "c", "name": "C", "count": 1}]))
    assert "<script>" not in net and net.count('<a class="node"') == 2
    assert str(svg.timeline([{"id": "x", "type": "AID"}])) == ""


def test_promise_text_reads_as_a_phrase() -> None:
    from eventwire.views.present import promise_text

    assert promise_text({"kind": "refrain", "action": "refrain from attacks"}) == \
        "refrain from attacks"
    assert promise_text({"kind": "refrain", "action": "treat the date as a deadline,"}) == \
        "not to treat the date as a deadline"
    assert promise_text({"kind": "do", "action": "stop shooting at each other,"}) == \
        "stop shooting at each other"
    assert promise_text({"kind": "do", "action": None, "scope": None}) == ""


def test_article_label_falls_back_to_heading_or_sentence() -> None:
    from eventwire.views.present import article_label

    assert article_label("  Talks  resume ", "x") == "Talks resume"
    assert article_label(None, "Leaders meet in Geneva\n\nThe leaders met. More.") == \
        "Leaders meet in Geneva"
    assert article_label("", "The envoy met Dr. Roe on Monday. Then he left.") == \
        "The envoy met Dr. Roe on Monday."
    long = "word " * 60 + "end."
    label = article_label(None, long)
    assert label.endswith("…") and len(label) <= 101
    assert article_label(None, "   ") is None
