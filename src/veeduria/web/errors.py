"""One exception handler and one error shape for the whole web app.

Every error, from the JSON API or a page, is described by the same four fields::

    {"error": {"status": 404, "code": "not_found", "message": "no event 'abc'", "details": []}}

API paths (``/api/...``, ``/healthz``, ``/openapi.json``) and clients that ask for JSON get
that object; browsers get the same fields rendered in ``error.html``. A page that needs a
login redirects to ``/login``. ``tests/web/test_errors.py`` locks the shape.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from veeduria.errors import VeeduriaError

logger = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid",
    429: "too_many_requests",
    500: "internal",
    501: "not_implemented",
    503: "unavailable",
}


class ApiError(Exception):
    """An error with an HTTP status and a stable code; raise it anywhere in the app."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        details: list[Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.details = details or []
        self.headers = headers or {}


class LoginRequired(ApiError):
    """No valid session: pages redirect to the login form, the API answers 401."""

    def __init__(self) -> None:
        super().__init__(401, "log in first", code="login_required")


def error_body(status: int, code: str, message: str, details: list[Any]) -> dict[str, Any]:
    """The one error shape."""
    return {"error": {"status": status, "code": code, "message": message, "details": details}}


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path in {"/healthz", "/openapi.json"}:
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _normalise(exc: Exception) -> ApiError:
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, RequestValidationError):
        details = [
            {"loc": [str(p) for p in e.get("loc", ())], "message": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        return ApiError(422, "invalid request parameters", details=details)
    if isinstance(exc, StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else _CODES.get(exc.status_code, "")
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page"
        return ApiError(exc.status_code, message, headers=dict(exc.headers or {}))
    if isinstance(exc, VeeduriaError):
        status = 404 if exc.code == "E404" else 500
        return ApiError(status, str(exc), code=exc.code)
    return ApiError(500, "internal error: the server logged the details")


async def handle_error(request: Request, exc: Exception) -> Response:
    """The app's only exception handler (registered for every exception type)."""
    err = _normalise(exc)
    if err.status >= 500:
        logger.error(
            "%s %s failed: %s", request.method, request.url.path, err.message, exc_info=exc
        )
    if isinstance(err, LoginRequired) and not wants_json(request) and request.method == "GET":
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        response: Response = RedirectResponse(f"/login?next={quote(target, safe='')}", 303)
    elif wants_json(request):
        response = JSONResponse(
            error_body(err.status, err.code, err.message, err.details),
            status_code=err.status,
            headers=err.headers,
        )
    else:
        from veeduria.web.templating import render_error  # the templates import this module

        response = render_error(request, err)
    # the 500 handler answers outside the middleware stack: add the headers here too
    from veeduria.web.security import add_headers, security_headers

    add_headers(response.headers, security_headers(request.app.state.config), request.url.path)
    return response
