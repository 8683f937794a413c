"""Readers over real files: text, Markdown, directories, HTML, JSONL, feeds, stdin, bad input."""

from __future__ import annotations

import io
import json
import os
import random
import time
from pathlib import Path

import pytest

from eventwire.ingest import InputError, read_sources
from eventwire.ingest.readers import decode_bytes, sniff_kind
from eventwire.model import Article

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
STORY = ("Russian President Vladimir Putin spoke by telephone with U.S. President Donald Trump "
         "on Wednesday, the Kremlin said. The call lasted 75 minutes and covered Ukraine and Iran.")


def read_all(*sources: str, **kwargs) -> list[Article | InputError]:
    """All items read from ``sources``."""
    return list(read_sources(list(sources), **kwargs))


def errors(items) -> list[InputError]:
    """The InputErrors among ``items``."""
    return [i for i in items if isinstance(i, InputError)]


def articles(items) -> list[Article]:
    """The Articles among ``items``."""
    return [i for i in items if isinstance(i, Article)]


def test_input_error_format():
    err = InputError("a.txt", "too large\n(50 MB > 20 MB cap)")
    assert str(err) == "a.txt: too large (50 MB > 20 MB cap)"
    assert err.source == "a.txt" and "\n" not in err.message


def test_text_and_markdown_files(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Putin and Trump talk\n\n" + STORY, encoding="utf-8")
    (tmp_path / "c.markdown").write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    items = read_all(*(str(tmp_path / n) for n in ("a.txt", "b.md", "c.markdown")))
    assert [a.source for a in items] == [str(tmp_path / n) for n in ("a.txt", "b.md", "c.markdown")]
    assert items[1].title == "Putin and Trump talk"
    assert items[2].text == STORY and items[0].id == items[2].id


def test_directory_recursive_sorted_by_extension(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(STORY + " Second.", encoding="utf-8")
    (tmp_path / "1.md").write_text(STORY + " First.", encoding="utf-8")
    (tmp_path / "3.html").write_text(f"<html><body><article><p>{STORY} Third.</p></article></body></html>",
                                     encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    items = read_all(str(tmp_path))
    assert [Path(a.source).name for a in items] == ["1.md", "3.html", "2.txt"]
    assert all(isinstance(a, Article) for a in items)


def test_seed_directory(tmp_path):
    items = read_all(str(SAMPLES))
    assert len(articles(items)) == 5 and not errors(items)
    by_name = {Path(a.source).name[:3]: a for a in items}
    assert by_name["002"].published == "2025-05-19"


def test_html_file_metadata(tmp_path):
    page = FIXTURES / "article.html"
    (article,) = read_all(str(page))
    assert article.title == "Putin tells Trump Russia will respond to drone attack"
    assert article.published == "2025-06-04" and article.published_from == "html"
    assert article.site == "Example Wire"
    assert article.url == "https://news.example.com/world/2025/06/04/putin-trump-call"
    assert "Subscribe" not in article.text and "75 minutes" in article.text
    assert any(b.kind == "table" and b.rows[0] == ["Date", "Event"] for b in article.blocks)
    assert any(b.kind == "list_item" for b in article.blocks)


def test_jsonl_records_and_malformed_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": STORY, "title": "Call", "published": "2025-06-04",
                    "url": "https://example.com/a1"}),
        "{not json",
        "",
        json.dumps({"id": "a3", "text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": STORY + " Again."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(str(path))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError",
                                                  "InputError", "Article"]
    a1, bad, empty, notobj, a7 = items
    assert (a1.id, a1.title, a1.published, a1.published_from, a1.url) == (
        "a1", "Call", "2025-06-04", "input", "https://example.com/a1")
    assert bad.source == f"{path}:2" and "malformed JSON" in bad.message
    assert empty.source == f"{path}:4" and notobj.source == f"{path}:5"
    assert a7.id == "7"


def test_jsonl_invalid_utf8_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"id": "1", "text": "caf\xe9 talks"}\n' + json.dumps({"id": "2", "text": STORY}).encode())
    items = read_all(str(path))
    assert isinstance(items[0], InputError) and items[0].source == f"{path}:1"
    assert isinstance(items[1], Article) and items[1].id == "2"


def test_feed_file_with_full_content(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire</title>
<item><title>Putin and Trump speak</title><pubDate>Wed, 04 Jun 2025 18:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{STORY}</p>]]></content:encoded></item>
</channel></rss>""", encoding="utf-8")
    (article,) = read_all(str(feed))
    assert article.title == "Putin and Trump speak"
    assert article.published == "2025-06-04" and article.published_from == "input"
    assert "75 minutes" in article.text


def test_feed_refuses_entities(tmp_path):
    feed = tmp_path / "evil.xml"
    feed.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    "<rss><channel><item><title>&x;</title></item></channel></rss>", encoding="utf-8")
    (err,) = read_all(str(feed))
    assert isinstance(err, InputError) and "entities" in err.message


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text("<catalog><book>One</book></catalog>", encoding="utf-8")
    (err,) = read_all(str(path))
    assert err.message == "not an RSS or Atom feed"


@pytest.mark.parametrize("data, kind", [
    (b"<!DOCTYPE html><html><body><p>" + STORY.encode() + b"</p></body></html>", "html"),
    (json.dumps({"id": "s1", "text": STORY}).encode() + b"\n", "jsonl"),
    (STORY.encode(), "text"),
])
def test_stdin_autodetect(data, kind):
    items = read_all("-", stdin=io.BytesIO(data))
    (article,) = items
    assert isinstance(article, Article) and "75 minutes" in article.text
    assert article.source == "stdin" if kind != "jsonl" else article.source == "stdin:1"
    assert sniff_kind(data.decode()) == kind


def test_stdin_text_stream():
    (article,) = read_all("-", stdin=io.StringIO(STORY))
    assert article.text == STORY


def test_cp1252_decodes_random_bytes_fail():
    text = "Trump’s call with Putin — “no progress”, café naïve. The Kremlin said talks continue."
    assert decode_bytes(text.encode("cp1252"), "x") == text
    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(InputError, match="not valid text"):
        decode_bytes(data, "x")


def test_bad_inputs_each_named_and_others_still_read(tmp_path):
    good1, good2 = tmp_path / "good1.txt", tmp_path / "good2.txt"
    good1.write_text(STORY, encoding="utf-8")
    good2.write_text(STORY + " Later, Trump posted about it.", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"abc\x00def" * 10)
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Trump’s call: “no progress”, the café owner said of the talks.".encode("cp1252"))
    noise = tmp_path / "noise.txt"
    rng = random.Random(3)
    noise.write_bytes(bytes(rng.randrange(1, 256) for _ in range(5000)))
    empty = tmp_path / "empty.md"
    empty.write_text(" \n\t\n", encoding="utf-8")
    broken = tmp_path / "broken.html"
    broken.write_text("<html><head><script>var x = '<p>';</script></head><body><div></div></body>",
                      encoding="utf-8")
    bad_jsonl = tmp_path / "bad.jsonl"
    bad_jsonl.write_text('{"id": "j1", "text": "' + STORY + '"}\n{"id": oops}\n', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    sources = [good1, binary, nul, legacy, noise, empty, broken, bad_jsonl, missing, good2]
    items = read_all(*(str(s) for s in sources))
    got = [(i.source, i.message) if isinstance(i, InputError) else ("OK", Path(i.source).name)
           for i in items]
    assert got[0] == ("OK", "good1.txt") and got[-1] == ("OK", "good2.txt")
    assert got[1][0] == str(binary) and "binary" in got[1][1]
    assert got[2][0] == str(nul) and "binary" in got[2][1]
    assert got[3] == ("OK", "legacy.txt")
    assert got[4] == (str(noise), "not valid text (binary or unknown encoding)")
    assert got[5] == (str(empty), "empty")
    assert got[6] == (str(broken), "no article text found")
    assert got[7] == ("OK", "bad.jsonl:1")
    assert got[8][0] == f"{bad_jsonl}:2" and got[8][1].startswith("malformed JSON")
    assert got[9] == (str(missing), "no such file or directory")
    for item in errors(items):
        assert "\n" not in str(item) and str(item).startswith(item.source + ": ")


def test_fifty_megabyte_file_refused_quickly(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    small = tmp_path / "small.txt"
    small.write_text(STORY, encoding="utf-8")
    start = time.perf_counter()
    items = read_all(str(big), str(small))
    assert time.perf_counter() - start < 1.0
    assert items[0].source == str(big) and items[0].message == "too large (50.0 MB > 20.0 MB cap)"
    assert isinstance(items[1], Article)


def test_max_bytes_is_configurable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    (err,) = read_all(str(path), max_bytes=100)
    assert err.message.startswith("too large")
    big_line = tmp_path / "lines.jsonl"
    big_line.write_text(json.dumps({"id": "1", "text": "x " * 200}) + "\n"
                        + json.dumps({"id": "2", "text": "short story text"}) + "\n", encoding="utf-8")
    first, second = read_all(str(big_line), max_bytes=100)
    assert first.source == f"{big_line}:1" and first.message.startswith("too large")
    assert second.id == "2"


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    (err,) = read_all(str(path))
    assert err.message == "permission denied"


def test_html_saved_as_txt_is_read_as_html(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_bytes((FIXTURES / "article.html").read_bytes())
    (article,) = read_all(str(path))
    assert "<p>" not in article.text and "75 minutes" in article.text
    assert article.published_from == "html"
