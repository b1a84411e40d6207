"""Jinja2 templates with autoescaping always on, and the context every page gets.

Text from documents is data: templates print it with ``{{ }}`` (escaped) and never mark it
``|safe``. The ``mask`` and ``actor`` filters hide names in public mode.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

import jinja2
import markupsafe
from fastapi import Request
from fastapi.responses import HTMLResponse

from veeduria import __version__
from veeduria.web.auth import CSRF_COOKIE, login_csrf, principal, set_cookie
from veeduria.web.config import WebConfig
from veeduria.web.errors import ApiError
from veeduria.web.masking import mask_actor, mask_names
from veeduria.web.vocab import INTER

TYPE_SLUGS = {
    "Protests": "protests",
    "Riots": "riots",
    "Violence against civilians": "vac",
    "Battles": "battles",
    "Explosions/Remote violence": "explosions",
    "Strategic developments": "strategic",
}


def type_slug(event_type: str | None) -> str:
    """CSS class of an event type (the map script uses the same names)."""
    return TYPE_SLUGS.get(event_type or "", "other")


def make_environment(config: WebConfig) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("veeduria.web", "templates"),
        autoescape=True,  # every template, whatever its extension
        trim_blocks=True,
        lstrip_blocks=True,
    )

    def mask(text: object) -> object:
        if config.public and isinstance(text, str):
            return mask_names(text)
        return text

    def actor(name: str | None, inter: int | None = None) -> str | None:
        return mask_actor(name, inter) if config.public else name

    env.filters["mask"] = mask
    env.filters["actor"] = actor
    env.filters["num"] = lambda v: "–" if v is None else f"{v:,}".replace(",", "\u202f")
    env.filters["day"] = lambda v: v.isoformat()[:10] if isinstance(v, dt.date) else (v or "")
    env.filters["when"] = lambda v: (
        v.strftime("%Y-%m-%d %H:%M") if isinstance(v, dt.datetime) else str(v or "")[:16]
    )
    env.filters["inter"] = lambda code: INTER.get(code, "") if isinstance(code, int) else ""
    env.filters["slug"] = type_slug
    env.globals["urlencode"] = urlencode
    env.globals["version"] = __version__
    return env


def render(
    request: Request, name: str, context: dict[str, Any], *, status: int = 200
) -> HTMLResponse:
    """Render a page with the shared context: who is logged in, their CSRF token, the config."""
    config: WebConfig = request.app.state.config
    env: jinja2.Environment = request.app.state.templates
    who = principal(request)
    new_csrf = None
    if who is None or who.csrf is None:
        csrf = login_csrf(request)
        if CSRF_COOKIE not in request.cookies and not config.public:
            new_csrf = csrf
    else:
        csrf = who.csrf
    page = env.get_template(name).render(
        {
            "request": request,
            "who": who,
            "config": config,
            "csrf": csrf,
            "path": request.url.path,
            **context,
        }
    )
    response = HTMLResponse(page, status_code=status)
    if new_csrf is not None:
        set_cookie(response, request, CSRF_COOKIE, new_csrf, max_age=12 * 3600)
    return response


def render_error(request: Request, err: ApiError) -> HTMLResponse:
    try:
        response = render(request, "error.html", {"error": err}, status=err.status)
    except Exception:  # noqa: BLE001 - the error page must not fail on a broken database
        escaped = markupsafe.escape(err.message)
        response = HTMLResponse(f"<h1>{err.status}</h1><p>{escaped}</p>", status_code=err.status)
    for key, value in err.headers.items():
        response.headers[key] = value
    return response
