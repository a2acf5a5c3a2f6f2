"""The web layer's one exception handler: every error becomes an HTML error page, or JSON under ``/api/`` (or
where the client asks for JSON), with a code from the library's catalogue and a one-line message."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from uprkit.errors import UprkitError

__all__ = ["ErrorBody", "ErrorResponse", "NotFound", "install_error_handler", "wants_json"]

log = logging.getLogger("uprkit.web")


class NotFound(UprkitError):
    code = "not-found"


class ErrorBody(BaseModel):
    code: str
    message: str
    status: int


class ErrorResponse(BaseModel):
    """What every API error returns."""

    error: ErrorBody


#: HTTP status by error code (anything else the library raises on purpose is the client's problem: 400).
_STATUS = {
    "not-found": 404, "too-large": 413, "unsupported-type": 415, "store": 500, "query": 400, "review": 400,
}


def wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _classify(exc: Exception) -> tuple[int, str, str]:
    if isinstance(exc, UprkitError):
        status = _STATUS.get(exc.code, 400)
        return status, exc.code, exc.message
    if isinstance(exc, RequestValidationError):
        problems = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path"))
            problems.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid")))
        return 422, "invalid-request", "; ".join(problems) or "invalid request"
    if isinstance(exc, StarletteHTTPException):
        code = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http")
        message = str(exc.detail) if exc.detail else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page"
        return exc.status_code, code, message
    log.exception("unexpected error", exc_info=exc)
    return 500, "internal", "an unexpected error occurred (see the server log)"


async def handle_error(request: Request, exc: Exception) -> Response:
    status, code, message = _classify(exc)
    headers = getattr(exc, "headers", None) if isinstance(exc, StarletteHTTPException) else None
    if status == 405:
        headers = {**(headers or {}), "Allow": ", ".join(_allowed_methods(request))}
    if wants_json(request):
        body = ErrorResponse(error=ErrorBody(code=code, message=message, status=status))
        return JSONResponse(body.model_dump(), status_code=status, headers=headers)
    from uprkit.web.templating import templates

    return templates.TemplateResponse(
        request, "error.html", {"status": status, "code": code, "message": message}, status_code=status,
        headers=headers,
    )


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route accepts at this path (FastAPI makes one route per method)."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def install_error_handler(app: FastAPI) -> None:
    """Register :func:`handle_error` for every kind of exception the app can meet."""
    for kind in (UprkitError, RequestValidationError, StarletteHTTPException, Exception):
        app.add_exception_handler(kind, handle_error)
