"""Request guards that run before any body is parsed (pure ASGI middleware).

* Protected routes (``POST /api/ingest``) check the token from the headers
  first: a request without the right token is refused before its body is read.
* Every request body is read up to ``max_body`` bytes and refused with 413
  beyond that (a declared ``Content-Length`` over the limit is refused
  without reading anything); the app then parses the buffered body.
* A JSON body that is not UTF-8 is refused with 422 naming the problem.
* An API query that gives one parameter more than once is refused with 422 naming the
  parameter (every API parameter takes one value; before, the last one silently won).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

from eventwire.views import auth

DEFAULT_MAX_BODY = 16 * 1024 * 1024  # bytes; an article is at most 2,000,000 characters
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
PROTECTED = frozenset({("POST", "/api/ingest")})

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class TooLarge(Exception):
    """The request body exceeds the limit."""


class RequestGuard:
    """Token check on protected routes, then a bounded body read, before the app runs."""

    def __init__(self, app: ASGIApp, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse unauthorised or oversized requests; pass the others on with their body."""
        repeated = _repeated_parameter(scope) if scope["type"] == "http" else None
        if repeated is not None:
            await _answer(send, 422, [{"type": "query_repeated", "loc": ["query", repeated],
                                       "msg": "query parameter given more than once"}])
            return
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await _answer(send, *refusal)
            return
        try:
            body = await _read_body(receive, self.max_body)
        except TooLarge:
            await _answer(send, 413, f"request body over the limit of {self.max_body} bytes")
            return
        if _is_json(scope) and body and not _utf8(body):
            await _answer(send, 422, [{"type": "json_invalid", "loc": ["body"],
                                       "msg": "request body is not valid UTF-8 JSON"}])
            return
        await self.app(scope, _replay(body, receive), send)

    def _refusal(self, scope: Scope) -> tuple[int, str, dict[str, str]] | None:
        """(status, message, headers) when the headers alone decide to refuse the request."""
        request = Request(scope)
        if (scope["method"], scope["path"]) in PROTECTED:
            if not request.app.state.token:
                return 403, "ingest is disabled: the server was started without a token", {}
            if not auth.authorized(request):
                return 401, "a valid Bearer token is required", {
                    "www-authenticate": f'Bearer realm="{auth.REALM}"'}
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                return 400, "invalid Content-Length header", {}
            if int(declared) > self.max_body:
                return 413, f"request body over the limit of {self.max_body} bytes", {}
        return None


def _repeated_parameter(scope: Scope) -> str | None:
    """The first API query parameter given more than once (its name cut to 60 characters)."""
    if not scope["path"].startswith("/api/"):
        return None
    query = scope.get("query_string", b"").decode("latin-1")
    seen: set[str] = set()
    for name, _ in parse_qsl(query, keep_blank_values=True):
        if name in seen:
            return name[:60]
        seen.add(name)
    return None


async def _read_body(receive: Receive, limit: int) -> bytes:
    """The whole request body, or TooLarge as soon as it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives ``body`` once, then waits on the real channel."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _is_json(scope: Scope) -> bool:
    """Whether the request declares a JSON body."""
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            return b"json" in value.lower()
    return False


def _utf8(body: bytes) -> bool:
    """Whether ``body`` decodes as UTF-8."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


async def _answer(send: Send, status: int, message: str | list[dict[str, Any]],
                  headers: dict[str, str] | None = None) -> None:
    """Send a JSON error (one line, or validation errors) and close the exchange."""
    payload = json.dumps({"detail": message}).encode()
    raw = [(b"content-type", b"application/json"),
           (b"content-length", str(len(payload)).encode()), (b"connection", b"close")]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})


class Security:
    """Security headers on every answer; the token check first when reads are private."""

    def __init__(self, app: ASGIApp, headers: dict[str, str], private_reads: bool = False,
                 open_prefixes: tuple[str, ...] = ()) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        self.private_reads = private_reads
        self.open_prefixes = open_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app (or the 401 challenge) with the headers added to its answer."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *(h for h in self.headers if h[0] not in have)]}
            await send(message)

        if self.private_reads and not scope["path"].startswith(self.open_prefixes) \
                and not auth.authorized(Request(scope)):
            await auth.challenge()(scope, receive, with_headers)
            return
        await self.app(scope, receive, with_headers)
