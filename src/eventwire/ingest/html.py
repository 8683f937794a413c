"""Main text and metadata of an HTML page, via trafilatura."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from eventwire.ingest.errors import InputError

DOCUMENT_TAG = re.compile(r"<\s*(?:html|body)\b", re.IGNORECASE)
BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "blockquote",
              "section", "article", "ul", "ol", "table", "pre")
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg")

# trafilatura logs every page it cannot parse; keep that out of stderr unless the
# application configures logging itself.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    """The article text of an HTML page and the metadata the page states."""

    text: str
    title: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None


def _extract_text(html: str, url: str | None) -> str | None:
    """Main text with lists and pipe tables; a recall-oriented retry when nothing is found."""
    import trafilatura

    options = dict(output_format="txt", include_tables=True, include_comments=False,
                   include_images=False, url=url)
    text = trafilatura.extract(html, **options)
    if not text or not text.strip():
        text = trafilatura.extract(html, favor_recall=True, **options)
    return text


# A publication timestamp with its time of day, as pages state it: a meta tag
# (article:published_time, og:published_time, datePublished, pubdate) or JSON-LD.
STAMP_META_RE = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|"
    r"og:published_time|datepublished|pubdate|publish[-_]date)[\"'][^>]*?\bcontent\s*=\s*"
    r"[\"'](?P<a>[^\"']+)[\"']|<meta\b[^>]*?\bcontent\s*=\s*[\"'](?P<b>[^\"']+)[\"'][^>]*?"
    r"(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|og:published_time|"
    r"datepublished|pubdate|publish[-_]date)[\"']|\"datePublished\"\s*:\s*\"(?P<c>[^\"]+)\"",
    re.IGNORECASE)
STAMP_RE = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?"
                      r"(?:Z|[+-]\d\d:?\d\d)?")


def _published_stamp(html: str, day: str | None) -> str | None:
    """The page's publication timestamp with its time of day, when it states one for the
    same day as the date found (``day``) or no date was found."""
    for m in STAMP_META_RE.finditer(html):
        stamp = STAMP_RE.fullmatch((m["a"] or m["b"] or m["c"] or "").strip())
        if stamp and (day is None or stamp[0][:10] == day[:10]):
            return stamp[0]
    return None


def _metadata(html: str, url: str | None) -> HtmlDocument:
    """Title, date, site name and canonical URL stated by the page (text left empty); the
    date keeps the time of day of a publication timestamp the page states."""
    import trafilatura

    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None:
        return HtmlDocument("", url=url)
    published = meta.date or None
    return HtmlDocument("", title=meta.title or None,
                        published=_published_stamp(html, published) or published,
                        site=meta.sitename or None, url=meta.url or url)


def extract_html(html: str, source: str, url: str | None = None) -> HtmlDocument:
    """The main text and metadata of an HTML page; InputError when no article text is found."""
    if not html.strip():
        raise InputError(source, "empty")
    try:
        text = _extract_text(html, url)
        meta = _metadata(html, url)
    except InputError:
        raise
    except Exception as exc:  # trafilatura/lxml on hostile markup: report, never crash
        raise InputError(source, f"malformed HTML ({exc.__class__.__name__})") from exc
    if (not text or not text.strip()) and not DOCUMENT_TAG.search(html):
        text = fragment_text(html)
    if not text or not text.strip():
        raise InputError(source, "no article text found")
    return HtmlDocument(text, meta.title, meta.published, meta.site, meta.url)


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (e.g. feed content): one line per block element."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in list(root.iter(*DROP_TAGS)):
        el.drop_tree()
    for el in root.iter(*BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag == "li":
            el.text = "- " + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
