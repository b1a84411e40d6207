"""Sessions, login with rate limiting, CSRF tokens and role checks.

- The session cookie holds a random token; the database keeps only its SHA-256, so a copy of
  the database does not log anyone in. Cookies are HttpOnly and SameSite=Strict, and Secure
  when the app runs behind https.
- Every POST carries a CSRF token in the form: the session's token once logged in, and before
  that (the login form) a random token that must match the ``veeduria_csrf`` cookie.
- Failed logins are counted per user name and client address in ``login_attempts``: after
  ``login_limit`` failures in ``login_window`` seconds, further attempts get 429 without the
  password being checked.
- Roles: viewer < analyst < admin. In public mode everyone is an anonymous viewer and nothing
  can be changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from fastapi import Request, Response

from veeduria.store.accounts import ROLES, login_attempts, sessions, users
from veeduria.web.config import WebConfig
from veeduria.web.db import Database
from veeduria.web.errors import ApiError, LoginRequired
from veeduria.web.users import now, password_hash_of, verify_password

SESSION_COOKIE = "veeduria_session"
CSRF_COOKIE = "veeduria_csrf"
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True)
class Principal:
    """Who is making the request."""

    name: str
    role: str
    csrf: str | None = None
    user_id: int | None = None
    public: bool = False

    def can(self, role: str) -> bool:
        return not self.public and ROLES.index(self.role) >= ROLES.index(role)


PUBLIC = Principal(name="public", role="viewer", public=True)
_UNSET = object()


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def is_https(request: Request, config: WebConfig) -> bool:
    return config.https or request.url.scheme == "https"


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    config: WebConfig = request.app.state.config
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        httponly=True,
        samesite="strict",
        secure=is_https(request, config),
    )


# -- sessions ------------------------------------------------------------------------------


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def session_principal(db: Database, token: str) -> Principal | None:
    query = (
        sa.select(
            sessions.c.csrf_token, sessions.c.expires_at, users.c.id, users.c.name, users.c.role
        )
        .join(users, users.c.id == sessions.c.user_id)
        .where(sessions.c.id == _digest(token), users.c.active == sa.true())
    )
    with db.read() as conn:
        row = conn.execute(query).first()
    if row is None or _utc(row.expires_at) <= now():
        return None
    return Principal(name=row.name, role=row.role, csrf=row.csrf_token, user_id=row.id)


def principal(request: Request) -> Principal | None:
    """The logged-in user (or the public viewer in public mode), cached per request."""
    cached = getattr(request.state, "principal", _UNSET)
    if isinstance(cached, Principal) or cached is None:
        return cached
    config: WebConfig = request.app.state.config
    found: Principal | None
    if config.public:
        found = PUBLIC
    else:
        token = request.cookies.get(SESSION_COOKIE)
        found = session_principal(request.app.state.db, token) if token else None
    request.state.principal = found
    return found


def require(role: str, request: Request) -> Principal:
    who = principal(request)
    if who is None:
        raise LoginRequired()
    if who.public and role != "viewer":
        raise ApiError(403, "this server is in public read-only mode")
    if not who.public and not who.can(role):
        raise ApiError(403, f"this needs the {role} role; you are {who.role}")
    return who


def viewer(request: Request) -> Principal:
    """Dependency: anyone logged in (or anyone at all in public mode)."""
    return require("viewer", request)


def analyst(request: Request) -> Principal:
    """Dependency: analysts and admins."""
    return require("analyst", request)


def admin(request: Request) -> Principal:
    """Dependency: admins."""
    return require("admin", request)


# -- CSRF ------------------------------------------------------------------------------------


def login_csrf(request: Request) -> str:
    """The pre-login CSRF token (from the cookie, or a new one the caller must set)."""
    return request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)


async def check_csrf(request: Request) -> None:
    """Dependency for every POST: the form's token must match the session's (or the cookie's)."""
    config: WebConfig = request.app.state.config
    if config.public:
        raise ApiError(403, "this server is in public read-only mode")
    form = await request.form()
    sent = form.get(CSRF_FIELD)
    who = principal(request)
    expected = who.csrf if who is not None else request.cookies.get(CSRF_COOKIE)
    if not isinstance(sent, str) or not expected or not hmac.compare_digest(sent, expected):
        raise ApiError(
            403, "missing or wrong CSRF token: reload the page and try again", code="csrf"
        )


# -- login -----------------------------------------------------------------------------------


def _recent_failures(conn: sa.Connection, name: str, ip: str, since: dt.datetime) -> int:
    query = sa.select(sa.func.count()).where(
        login_attempts.c.name == name,
        login_attempts.c.ip == ip,
        login_attempts.c.at >= since,
        login_attempts.c.success == sa.false(),
    )
    return int(conn.scalar(query) or 0)


def login(
    db: Database, config: WebConfig, name: str, password: str, ip: str
) -> tuple[str, Principal]:
    """Check a password and open a session.

    Returns:
        The session token (for the cookie) and the principal.

    Raises:
        ApiError: 429 when the name and address have used up their attempts; 401 when the
            name or password is wrong (the message does not say which).
    """
    name = name.strip()[:64]
    ip = ip[:64]
    at = now()
    with db.write() as conn:
        failures = _recent_failures(conn, name, ip, at - dt.timedelta(seconds=config.login_window))
        if failures >= config.login_limit:
            minutes = max(1, config.login_window // 60)
            raise ApiError(
                429,
                f"too many failed logins for this name from this address: wait {minutes} minutes",
                headers={"Retry-After": str(config.login_window)},
            )
        user, password_hash = password_hash_of(conn, name)
        ok = verify_password(password_hash, password) and user is not None and user.active
        conn.execute(login_attempts.insert().values(name=name, ip=ip, at=at, success=ok))
        # keep the table small: attempts older than a day no longer matter
        conn.execute(login_attempts.delete().where(login_attempts.c.at < at - dt.timedelta(days=1)))
    if not ok or user is None:
        raise ApiError(401, "wrong user name or password", code="bad_login")
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    with db.write() as conn:
        conn.execute(
            sessions.insert().values(
                id=_digest(token),
                user_id=user.id,
                csrf_token=csrf,
                created_at=at,
                expires_at=at + dt.timedelta(hours=config.session_hours),
                ip=ip,
            )
        )
        conn.execute(users.update().where(users.c.id == user.id).values(last_login=at))
        conn.execute(sessions.delete().where(sessions.c.expires_at < at))
    return token, Principal(name=user.name, role=user.role, csrf=csrf, user_id=user.id)


def logout(db: Database, token: str | None) -> None:
    if not token:
        return
    with db.write() as conn:
        conn.execute(sessions.delete().where(sessions.c.id == _digest(token)))
