"""API documentation at /docs: Swagger UI served from the installed swagger-ui-py package, never a CDN.

The page also lists every endpoint from the OpenAPI schema server-side, so it
is useful without JavaScript or when the Swagger UI package is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse

SWAGGER_FILES = {
    "swagger-ui-bundle.js": "application/javascript",
    "swagger-ui.css": "text/css",
    "favicon-32x32.png": "image/png",
}
SWAGGER_PACKAGE = "swagger_ui"  # PyPI: swagger-ui-py (Swagger UI 5, reads OpenAPI 3.1)
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def swagger_dir() -> Path | None:
    """The Swagger UI assets folder of the installed swagger-ui-py package, if any.

    Located without importing the package (only its static files are used).
    """
    spec = importlib.util.find_spec(SWAGGER_PACKAGE)
    for base in (spec.submodule_search_locations or []) if spec else []:
        path = Path(base) / "static"
        if (path / "swagger-ui-bundle.js").is_file():
            return path
    return None


def endpoints(schema: dict[str, Any]) -> list[dict[str, str]]:
    """[{method, path, summary, tag}] for every operation of an OpenAPI schema."""
    out = []
    for path, item in schema.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op:
                out.append({"method": method.upper(), "path": path,
                            "summary": op.get("summary") or "",
                            "description": (op.get("description") or "").strip(),
                            "tag": (op.get("tags") or [""])[0]})
    return out


def router() -> APIRouter:
    """The /docs page and the vendored Swagger UI assets."""
    r = APIRouter(include_in_schema=False)

    @r.get("/docs", response_class=HTMLResponse)
    def docs_page(request: Request) -> HTMLResponse:
        from eventwire.views import web

        return web.render(request, "docs.html", endpoints=endpoints(request.app.openapi()),
                          swagger=swagger_dir() is not None)

    @r.get("/vendor/swagger-ui/{name}")
    def swagger_asset(name: str) -> FileResponse:
        folder = swagger_dir()
        if folder is None or name not in SWAGGER_FILES:
            raise HTTPException(status_code=404, detail="not found")
        return FileResponse(folder / name, media_type=SWAGGER_FILES[name])

    return r
