"""URL and feed readers against a real local HTTP server; address checks and redirects."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.ingest import InputError, read_sources
from eventwire.ingest import fetch as fetch_module
from eventwire.ingest.fetch import check_url, fetch_url, is_public_address
from eventwire.model import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
ARTICLE_HTML = (FIXTURES / "article.html").read_bytes()
STORY = ("Ukrainian and Russian delegations met in Istanbul on Monday and agreed to exchange "
         "prisoners of war, but made no progress towards a ceasefire, officials said.")


def rss(base: str) -> bytes:
    """An RSS feed whose items link to pages of the test server."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Test wire</title>
<item><title>From the page</title><link>{base}/article.html</link>
<pubDate>Thu, 05 Jun 2025 08:00:00 GMT</pubDate></item>
<item><title>Page gone, content kept</title><link>{base}/gone</link>
<content:encoded><![CDATA[<p>{STORY}</p>]]></content:encoded></item>
<item><title>Page gone, nothing kept</title><link>{base}/gone-too</link>
<description>Short teaser.</description></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    """An Atom feed with one entry linking to the test server."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>Atom entry</title><link rel="alternate" href="{base}/plain.txt"/>
<published>2025-06-02T10:00:00Z</published><id>urn:1</id></entry>
</feed>""".encode()


ROUTES = {
    "/article.html": (200, "text/html; charset=utf-8", lambda base: ARTICLE_HTML),
    "/plain.txt": (200, "text/plain; charset=utf-8", lambda base: STORY.encode()),
    "/feed.rss": (200, "application/rss+xml", rss),
    "/atom.xml": (200, "application/atom+xml", atom),
    "/image.png": (200, "image/png", lambda base: b"\x89PNG\r\n\x1a\n"),
    "/big.txt": (200, "text/plain", lambda base: b"word " * 400_000),
    "/latin1.txt": (200, "text/plain; charset=iso-8859-1",
                    lambda base: "Le président a parlé à Poutine, a-t-il déclaré.".encode("latin-1")),
}
REDIRECTS = {
    "/to-article": "/article.html",
    "/to-metadata": "http://169.254.169.254/latest/meta-data/",
    "/to-private": "http://10.0.0.1/admin",
    "/to-ipv6-loopback": "http://[::1]:1/x",
    "/loop": "/loop",
}


class Handler(BaseHTTPRequestHandler):
    """Serves ROUTES and REDIRECTS; anything else is 404."""

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[self.path])
            self.end_headers()
            return
        if self.path not in ROUTES:
            self.send_error(404, "Not Found")
            return
        status, ctype, body = ROUTES[self.path]
        data = body(base)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if self.path != "/big.txt":
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 in a thread; yields its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def read_all(*sources: str, **kwargs) -> list[Article | InputError]:
    """All items read from ``sources``."""
    return list(read_sources(list(sources), **kwargs))


def test_url_html_page(server):
    (article,) = read_all(f"{server}/article.html", allow_private=True)
    assert isinstance(article, Article)
    assert article.source == f"{server}/article.html"
    assert article.title == "Putin tells Trump Russia will respond to drone attack"
    assert article.published == "2025-06-04" and article.published_from == "html"
    assert "75 minutes" in article.text


def test_url_plain_text_and_declared_charset(server):
    plain, latin = read_all(f"{server}/plain.txt", f"{server}/latin1.txt", allow_private=True)
    assert plain.text == STORY
    assert latin.text == "Le président a parlé à Poutine, a-t-il déclaré."


def test_redirect_followed_and_rechecked(server):
    (article,) = read_all(f"{server}/to-article", allow_private=True)
    assert "75 minutes" in article.text
    (err,) = read_all(f"{server}/loop", allow_private=True)
    assert err.message.startswith("too many redirects")


def test_rss_feed_items_fetched_with_content_fallback(server):
    items = read_all(f"{server}/feed.rss", allow_private=True)
    page, kept, gone = items
    assert page.title == "From the page" and "75 minutes" in page.text
    assert page.published == "2025-06-05" and page.published_from == "input"
    assert kept.title == "Page gone, content kept" and kept.text == STORY
    assert isinstance(gone, InputError) and gone.source == f"{server}/gone-too"
    assert gone.message.startswith("HTTP 404")


def test_atom_feed(server):
    (entry,) = read_all(f"{server}/atom.xml", allow_private=True)
    assert entry.title == "Atom entry" and entry.text == STORY
    assert entry.published == "2025-06-02"


def test_feed_file_fetches_item_links(server, tmp_path):
    feed = tmp_path / "saved.rss"
    feed.write_bytes(rss(server))
    items = read_all(str(feed), allow_private=True)
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputError"]


def test_bad_urls_named_and_others_read(server):
    sources = [f"{server}/image.png", f"{server}/big.txt", f"{server}/missing",
               "http://127.0.0.1:9/closed", "ftp://example.com/a.txt", f"{server}/plain.txt"]
    items = read_all(*sources, allow_private=True, max_bytes=1024 * 1024)
    assert [i.source for i in items] == sources
    png, big, missing, closed, ftp, ok = items
    assert png.message == "unsupported content type 'image/png'"
    assert big.message.startswith("too large")
    assert missing.message == "HTTP 404 Not Found"
    assert closed.message.startswith("unreachable")
    assert ftp.message.startswith("unsupported URL scheme")
    assert isinstance(ok, Article)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/", "http://localhost/", "http://0.0.0.0/", "http://192.168.1.1/",
    "http://172.16.0.1/", "http://100.64.0.1/", "http://224.0.0.1/", "http://[::ffff:127.0.0.1]/",
    "http://[fe80::1]/", "http://240.0.0.1/",
])
def test_private_addresses_refused(url):
    with pytest.raises(InputError, match="refused"):
        check_url(url, url)
    (err,) = read_all(url)
    assert err.source == url and err.message.startswith("refused")


def test_public_addresses_allowed():
    assert check_url("https://8.8.8.8/news", "x").host == "8.8.8.8"
    assert is_public_address(ipaddress.ip_address("2606:4700:4700::1111"))
    assert not is_public_address(ipaddress.ip_address("2002:7f00:1::"))  # 6to4 of 127.0.0.1


def test_private_server_refused_without_allow_private(server):
    (err,) = read_all(f"{server}/article.html")
    assert err.message.startswith("refused: 127.0.0.1")


@pytest.mark.parametrize("path, address", [
    ("/to-metadata", "169.254.169.254"), ("/to-private", "10.0.0.1"), ("/to-ipv6-loopback", "::1"),
])
def test_redirect_to_private_address_refused(server, monkeypatch, path, address):
    real = fetch_module.is_public_address
    test_server = ipaddress.ip_address("127.0.0.1")
    monkeypatch.setattr(fetch_module, "is_public_address",
                        lambda ip: ip == test_server or real(ip))
    assert fetch_url(f"{server}/plain.txt").body == STORY.encode()
    with pytest.raises(InputError) as err:
        fetch_url(f"{server}{path}")
    assert err.value.source == f"{server}{path}"
    assert err.value.message.startswith("refused") and address in err.value.message
