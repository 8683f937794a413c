"""Fetching a URL safely: http(s) only, public addresses only, bounded time and size.

Every address the host name resolves to must be public (not private,
loopback, link-local, multicast, reserved or unspecified) unless
``allow_private`` is set; redirects are followed by hand so each hop is
checked again. The body is streamed and cut off at ``max_bytes``.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass

import httpx

from eventwire.ingest.errors import InputError

MAX_URL_BYTES = 10 * 1024 * 1024
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
TOTAL_TIMEOUT = 60.0
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
USER_AGENT = "eventwire/0.1 (+https://github.com/eventwire)"
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/xml;q=0.9,text/plain;q=0.8"
ALLOWED_TYPES = ("html", "text/", "xml", "rss", "atom")
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched document: final URL, content type, declared charset and body bytes."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


def _embedded_v4(ip: Address) -> Address:
    """The IPv4 address inside an IPv4-mapped, 6to4 or NAT64 IPv6 address (else ``ip``)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip.sixtofour is not None:
            return ip.sixtofour
        if ip in NAT64_PREFIX:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def is_public_address(ip: Address) -> bool:
    """True for a globally routable unicast address."""
    ip = _embedded_v4(ip)
    blocked = (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
               or ip.is_reserved or ip.is_unspecified)
    return ip.is_global and not blocked


def resolve(host: str, port: int, source: str) -> list[Address]:
    """All addresses ``host`` resolves to (an IP literal resolves to itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise InputError(source, f"cannot resolve host {host!r}") from exc
    addresses = []
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise InputError(source, f"cannot resolve host {host!r}")
    return addresses


def check_url(url: str, source: str, *, allow_private: bool = False) -> httpx.URL:
    """The parsed URL when its scheme is http(s) and every address of its host is allowed."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InputError(source, "invalid URL") from exc
    if parsed.scheme not in SCHEMES:
        raise InputError(source, f"unsupported URL scheme {parsed.scheme!r} (only http, https)")
    if not parsed.host:
        raise InputError(source, "URL has no host")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    addresses = resolve(parsed.host, port, source)
    if not allow_private:
        refused = [str(ip) for ip in addresses if not is_public_address(ip)]
        if refused:
            raise InputError(source, f"refused: {parsed.host} resolves to a private or local "
                                     f"address ({', '.join(refused)}); --allow-private permits it")
    return parsed


def _content_type(response: httpx.Response) -> str:
    """The media type of a response, lower-case, without parameters."""
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _check_type(content_type: str, source: str) -> None:
    """InputError unless the content type is HTML, text, XML, RSS or Atom (or absent)."""
    if content_type and not any(t in content_type for t in ALLOWED_TYPES):
        raise InputError(source, f"unsupported content type {content_type!r}")


def _read_body(response: httpx.Response, source: str, max_bytes: int, deadline: float) -> bytes:
    """The streamed body, refused beyond ``max_bytes`` or after the deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(source, f"too large ({_mb(int(declared))} > {_mb(max_bytes)} cap)")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(source, f"too large (> {_mb(max_bytes)} cap)")
        if time.monotonic() > deadline:
            raise InputError(source, f"download took longer than {TOTAL_TIMEOUT:.0f} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _mb(n: int) -> str:
    """A byte count as megabytes for messages."""
    return f"{n / (1024 * 1024):.1f} MB"


def _client() -> httpx.Client:
    """An HTTP client with bounded timeouts that follows no redirects by itself."""
    timeout = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
    return httpx.Client(timeout=timeout, follow_redirects=False, headers=headers, trust_env=False)


def fetch_url(url: str, *, allow_private: bool = False, max_bytes: int = MAX_URL_BYTES,
              source: str | None = None) -> Fetched:
    """GET ``url`` with every redirect hop checked; InputError on any failure."""
    source = source or url
    deadline = time.monotonic() + TOTAL_TIMEOUT
    current = url
    try:
        with _client() as client:
            for _ in range(MAX_REDIRECTS + 1):
                target = check_url(current, source, allow_private=allow_private)
                with client.stream("GET", target) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        current = str(target.join(location))
                        continue
                    return _fetched(response, source, max_bytes, deadline)
    except httpx.TimeoutException as exc:
        raise InputError(source, f"timed out ({exc.__class__.__name__})") from exc
    except httpx.HTTPError as exc:
        raise InputError(source, f"unreachable ({exc.__class__.__name__}: {exc})") from exc
    raise InputError(source, f"too many redirects (> {MAX_REDIRECTS})")


def _fetched(response: httpx.Response, source: str, max_bytes: int, deadline: float) -> Fetched:
    """Check status and type, then read the body of a final (non-redirect) response."""
    if response.status_code >= 400:
        raise InputError(source, f"HTTP {response.status_code} {response.reason_phrase}".strip())
    content_type = _content_type(response)
    _check_type(content_type, source)
    body = _read_body(response, source, max_bytes, deadline)
    return Fetched(str(response.url), content_type, response.charset_encoding, body)
