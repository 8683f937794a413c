"""Token checks: Bearer (API clients) or HTTP Basic with the token as password (browsers)."""

from __future__ import annotations

import base64
import binascii
import hmac

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse

REALM = "eventwire"


def presented_token(request: Request) -> str | None:
    """The token in the Authorization header (Bearer, or Basic password), if any."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    scheme = scheme.lower()
    if scheme == "bearer":
        return value.strip() or None
    if scheme == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.partition(":")[2] or None
    return None


def authorized(request: Request) -> bool:
    """Whether the request carries the app's token."""
    expected: str | None = request.app.state.token
    given = presented_token(request)
    return bool(expected and given and hmac.compare_digest(given.encode(), expected.encode()))


def require_write(request: Request) -> None:
    """403 when the operator set no token; 401 when the request lacks the right one."""
    if not request.app.state.token:
        raise HTTPException(status_code=403,
                            detail="ingest is disabled: the server was started without a token")
    if not authorized(request):
        raise HTTPException(status_code=401, detail="a valid Bearer token is required",
                            headers={"WWW-Authenticate": f'Bearer realm="{REALM}"'})


def challenge() -> JSONResponse:
    """The 401 answer for private reads (browsers then ask for the token as a password)."""
    return JSONResponse({"detail": "this server's reads are private: send the token"},
                        status_code=401,
                        headers={"WWW-Authenticate": f'Basic realm="{REALM}", charset="UTF-8"'})
