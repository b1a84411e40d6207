"""HTTP security headers on every response: a strict CSP and friends.

The pages run no inline script or style: JavaScript and CSS come from ``/static`` only, so
the policy needs no ``'unsafe-inline'``. Nothing is loaded from another origin, except map
tiles from a tile server the operator configured (``--tiles``).
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veeduria.web.config import WebConfig


def content_security_policy(config: WebConfig) -> str:
    img = "'self' data:" + (f" {config.tile_origin}" if config.tile_origin else "")
    return "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {img}",
            "connect-src 'self'",
            "font-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        )
    )


def security_headers(config: WebConfig) -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(config),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    }


def add_headers(headers: MutableHeaders, extra: Mapping[str, str], path: str) -> None:
    for key, value in extra.items():
        if key not in headers:
            headers[key] = value
    if "cache-control" not in headers:
        # pages and API answers may hold data only some users may see; static files may be cached
        headers["Cache-Control"] = (
            "public, max-age=3600" if path.startswith("/static/") else "no-store"
        )


class SecurityHeaders:
    """Pure ASGI middleware (works with streamed responses)."""

    def __init__(self, app: ASGIApp, config: WebConfig) -> None:
        self.app = app
        self.headers = security_headers(config)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                add_headers(MutableHeaders(scope=message), self.headers, path)
            await send(message)

        await self.app(scope, receive, send_with_headers)
