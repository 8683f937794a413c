"""Main text and metadata of an HTML page, via trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.ingest.errors import InputError


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


def _metadata(html: str, url: str | None) -> HtmlDocument:
    """Title, date, site name and canonical URL stated by the page (text left empty)."""
    import trafilatura

    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None:
        return HtmlDocument("", url=url)
    return HtmlDocument("", title=meta.title or None, published=meta.date or None,
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
    if not text or not text.strip():
        raise InputError(source, "no article text found")
    return HtmlDocument(text, meta.title, meta.published, meta.site, meta.url)
