"""Login, logout, user management (admins) and the audit log."""

from __future__ import annotations

from urllib.parse import urlsplit

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from veeduria.errors import ConfigError, NotFound
from veeduria.store.accounts import ROLES, audit_log
from veeduria.web import users as accounts
from veeduria.web.audit import Actor, audit
from veeduria.web.auth import (
    SESSION_COOKIE,
    Principal,
    check_csrf,
    client_ip,
    login,
    logout,
    principal,
    set_cookie,
)
from veeduria.web.errors import ApiError
from veeduria.web.queries import row_dict
from veeduria.web.routes._deps import Admin, Viewer, get_config, get_db
from veeduria.web.templating import render

router = APIRouter(include_in_schema=False)

AUDIT_PAGE = 100


def _safe_next(target: str | None) -> str:
    """Only local paths: never redirect to another site after login."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, *, next: str = "/") -> Response:  # noqa: A002
    if get_config(request).public:
        return RedirectResponse("/", 303)
    if principal(request) is not None:
        return RedirectResponse(_safe_next(next), 303)
    return render(request, "login.html", {"next": _safe_next(next), "message": None})


@router.post("/login", dependencies=[Depends(check_csrf)])
def login_submit(
    request: Request,
    *,
    name: str = Form(..., max_length=64),
    password: str = Form(..., max_length=1024),
    next: str = Form("/"),  # noqa: A002
) -> Response:
    try:
        token, _who = login(
            get_db(request), get_config(request), name, password, client_ip(request)
        )
    except ApiError as err:
        if err.status not in {401, 429}:
            raise
        page = render(
            request,
            "login.html",
            {"next": _safe_next(next), "message": err.message},
            status=err.status,
        )
        for key, value in err.headers.items():
            page.headers[key] = value
        return page
    response = RedirectResponse(_safe_next(next), 303)
    set_cookie(
        response, request, SESSION_COOKIE, token, max_age=get_config(request).session_hours * 3600
    )
    return response


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout_submit(request: Request) -> Response:
    logout(get_db(request), request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", 303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response


@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, *, who: Admin) -> HTMLResponse:
    with get_db(request).read() as conn:
        people = accounts.list_users(conn)
    return render(request, "users.html", {"users": people, "roles": ROLES, "message": None})


def _actor(request: Request, who: Principal) -> Actor:
    return Actor(who.name, client_ip(request))


@router.post("/users", dependencies=[Depends(check_csrf)])
def users_add(
    request: Request,
    *,
    name: str = Form(..., max_length=64),
    role: str = Form(...),
    password: str = Form(..., max_length=1024),
    who: Admin,
) -> Response:
    with get_db(request).write() as conn:
        try:
            user = accounts.add_user(conn, name.strip(), password, role)
        except ConfigError as err:
            raise ApiError(422, err.message) from err
        audit(
            conn,
            _actor(request, who),
            action="user_add",
            object_type="user",
            object_id=user.name,
            after={"role": user.role, "active": True},
        )
    return RedirectResponse("/users", 303)


@router.post("/users/{name}", dependencies=[Depends(check_csrf)])
def users_change(
    request: Request,
    *,
    name: str,
    role: str | None = Form(None),
    active: str | None = Form(None),
    password: str | None = Form(None, max_length=1024),
    who: Admin,
) -> Response:
    actor = _actor(request, who)
    with get_db(request).write() as conn:
        try:
            if role:
                if name == who.name and role != "admin":
                    raise ApiError(422, "you cannot take the admin role from yourself")
                before, after = accounts.set_role(conn, name, role)
                audit(
                    conn,
                    actor,
                    action="user_role",
                    object_type="user",
                    object_id=name,
                    field="role",
                    before=before.role,
                    after=after.role,
                )
            if active in {"0", "1"}:
                if name == who.name and active == "0":
                    raise ApiError(422, "you cannot disable your own account")
                before, after = accounts.set_active(conn, name, active == "1")
                audit(
                    conn,
                    actor,
                    action="user_active",
                    object_type="user",
                    object_id=name,
                    field="active",
                    before=before.active,
                    after=after.active,
                )
            if password:
                accounts.set_password(conn, name, password)
                audit(
                    conn,
                    actor,
                    action="user_password",
                    object_type="user",
                    object_id=name,
                    field="password",
                    before=None,
                    after="(changed)",
                )
        except ConfigError as err:
            raise ApiError(422, err.message) from err
        except NotFound as err:
            raise ApiError(404, err.message) from err
    return RedirectResponse("/users", 303)


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    *,
    object_id: str | None = Query(None, max_length=64),
    page: int = Query(1, ge=1),
    who: Viewer,
) -> HTMLResponse:
    if who.public:
        raise ApiError(403, "the audit log is not public")
    query = sa.select(audit_log)
    if object_id:
        query = query.where(audit_log.c.object_id == object_id)
    query = query.order_by(audit_log.c.at.desc(), audit_log.c.id.desc())
    with get_db(request).read() as conn:
        total = int(conn.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0)
        rows = [
            row_dict(r)
            for r in conn.execute(query.limit(AUDIT_PAGE).offset((page - 1) * AUDIT_PAGE))
        ]
    return render(
        request,
        "audit.html",
        {
            "rows": rows,
            "total": total,
            "page": page,
            "per_page": AUDIT_PAGE,
            "object_id": object_id,
        },
    )
