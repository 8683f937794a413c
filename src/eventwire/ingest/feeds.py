"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: the items, parsed without entity expansion."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from eventwire.ingest.errors import InputError

FEED_ROOTS = frozenset({"rss", "feed", "RDF", "rdf"})
ITEM_TAGS = frozenset({"item", "entry"})
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
CONTENT_TAGS = ("encoded", "content")
SUMMARY_TAGS = ("description", "summary")
DATE_TAGS = ("pubDate", "published", "date", "issued", "updated", "modified")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One feed item: its link and what the feed itself says about it."""

    title: str | None
    link: str | None
    published: str | None
    content: str | None  # full content (content:encoded / atom:content), often HTML
    summary: str | None


def _parser() -> etree.XMLParser:
    """An XML parser that loads no DTD, resolves no entities and never touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True, recover=True)


def _local(tag: object) -> str:
    """The local name of an element tag (namespace or undeclared prefix dropped)."""
    if not isinstance(tag, str):
        return ""
    try:
        return etree.QName(tag).localname
    except ValueError:  # a tag with an undeclared prefix ("media:title" in a recovered feed)
        return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def looks_like_feed(text: str) -> bool:
    """True when the text starts like an RSS/Atom/RDF document."""
    head = XML_DECLARATION.sub("", text[:2000], count=1).lstrip().lower()
    head = re.sub(r"^(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*", "", head, flags=re.DOTALL)
    return head.startswith(("<rss", "<feed", "<rdf:rdf", "<rdf"))


def _parse_root(text: str, source: str) -> etree._Element:
    """The root element of a feed document; InputError when it is not a safe, parseable feed."""
    if ENTITY_DECLARATION.search(text):
        raise InputError(source, "feed declares XML entities (refused)")
    body = XML_DECLARATION.sub("", text, count=1).encode("utf-8")
    try:
        root = etree.fromstring(body, _parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(source, f"malformed feed XML ({exc.msg})") from exc
    if root is None or _local(root.tag) not in FEED_ROOTS:
        raise InputError(source, "not an RSS or Atom feed")
    return root


def _child_text(item: etree._Element, names: tuple[str, ...]) -> str | None:
    """The stripped text of the first child with one of the local ``names`` (in order)."""
    for name in names:
        for child in item:
            if _local(child.tag) == name:
                text = "".join(child.itertext()).strip()
                if text:
                    return text
    return None


def _link(item: etree._Element) -> str | None:
    """The item's article link (RSS <link>, Atom alternate link, or a permalink guid)."""
    for child in item:
        name = _local(child.tag)
        if name == "link":
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate":
                return href.strip()
            if not href and (child.text or "").strip():
                return child.text.strip()
    for child in item:
        if _local(child.tag) == "guid" and child.get("isPermaLink", "true") == "true":
            text = (child.text or "").strip()
            if text.startswith(("http://", "https://")):
                return text
    return None


def parse_feed(text: str, source: str) -> list[FeedItem]:
    """The items of an RSS/Atom/RDF feed, in document order."""
    root = _parse_root(text, source)
    items = []
    for el in root.iter():
        if _local(el.tag) in ITEM_TAGS:
            items.append(FeedItem(
                title=_child_text(el, ("title",)),
                link=_link(el),
                published=_child_text(el, DATE_TAGS),
                content=_child_text(el, CONTENT_TAGS),
                summary=_child_text(el, SUMMARY_TAGS),
            ))
    return items
