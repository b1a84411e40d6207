"""Accounts: argon2 passwords, cookie flags, CSRF on every POST, rate limits, roles."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from web_helpers import PASSWORD, MakeClient, TestClient, csrf_of, login

from veeduria.store.accounts import audit_log, login_attempts, sessions, users
from veeduria.web.db import Database
from veeduria.web.users import verify_password


def post_login(client: TestClient, name: str, password: str, **extra: str) -> object:
    token = csrf_of(client.get("/login").text)
    data = {"name": name, "password": password, "csrf_token": token, "next": "/", **extra}
    return client.post("/login", data=data, follow_redirects=False)


def test_auth_passwords_are_argon2_hashes(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        with db.read() as conn:
            stored = conn.scalar(sa.select(users.c.password_hash).where(users.c.name == "ana"))
    finally:
        db.close()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert verify_password(stored, PASSWORD) and not verify_password(stored, PASSWORD + "x")


def test_auth_session_cookie_flags(client: TestClient, db_url: str) -> None:
    response = post_login(client, "ana", PASSWORD)
    assert response.status_code == 303  # type: ignore[attr-defined]
    cookie = next(
        c
        for c in response.headers.get_list("set-cookie")
        if c.startswith("veeduria_session=")  # type: ignore[attr-defined]
    )
    flags = {part.strip().lower() for part in cookie.split(";")}
    assert "httponly" in flags and "samesite=strict" in flags and "secure" not in flags
    token = cookie.split(";")[0].split("=", 1)[1]
    db = Database.open(db_url)
    try:
        with db.read() as conn:
            ids = list(conn.scalars(sa.select(sessions.c.id)))
    finally:
        db.close()
    assert token not in ids and len(ids) == 1  # only its SHA-256 is stored


def test_auth_cookies_are_secure_over_https(make_client: MakeClient) -> None:
    client = make_client(base_url="https://testserver")
    page = client.get("/login")
    assert "secure" in page.headers["set-cookie"].lower()  # the pre-login CSRF cookie
    response = post_login(client, "ana", PASSWORD)
    cookie = response.headers["set-cookie"].lower()  # type: ignore[attr-defined]
    assert "secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_auth_wrong_password_is_refused_without_saying_which(client: TestClient) -> None:
    for name in ("ana", "nobody"):
        response = post_login(client, name, "wrong password")
        assert response.status_code == 401  # type: ignore[attr-defined]
        assert "wrong user name or password" in response.text  # type: ignore[attr-defined]
    assert client.get("/api/events").status_code == 401


def test_auth_rate_limits_failed_logins_per_name_and_address(
    client: TestClient, db_url: str
) -> None:
    for _ in range(5):
        assert post_login(client, "ana", "guess").status_code == 401  # type: ignore[attr-defined]
    blocked = post_login(client, "ana", PASSWORD)  # even the right password now
    assert blocked.status_code == 429  # type: ignore[attr-defined]
    assert blocked.headers["retry-after"] == "300"  # type: ignore[attr-defined]
    assert post_login(client, "vic", PASSWORD).status_code == 303  # type: ignore[attr-defined]
    db = Database.open(db_url)
    try:
        with db.write() as conn:
            rows = conn.execute(
                sa.select(login_attempts).where(login_attempts.c.name == "ana")
            ).all()
            assert len(rows) == 5 and not any(r.success for r in rows)
            # once the window has passed, the user can log in again
            past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=6)
            conn.execute(login_attempts.update().values(at=past))
    finally:
        db.close()
    client.cookies.clear()
    assert post_login(client, "ana", PASSWORD).status_code == 303  # type: ignore[attr-defined]


@pytest.mark.parametrize("token", [None, "", "forged-token"])
def test_auth_every_post_needs_the_csrf_token(
    analyst: tuple[TestClient, str], token: str | None
) -> None:
    client, _ = analyst
    event = client.get("/api/events").json()["items"][0]["id"]
    data = {"reason": "checked"} if token is None else {"reason": "checked", "csrf_token": token}
    for path in (f"/events/{event}/accept", "/logout", "/users"):
        response = client.post(path, data=data, follow_redirects=False)
        assert response.status_code == 403, path
        assert "CSRF" in response.text
    assert client.get(f"/api/events/{event}").json()["event"]["status"] == "machine"


def test_auth_login_form_needs_the_csrf_cookie_token(client: TestClient) -> None:
    client.get("/login")
    response = client.post(
        "/login",
        data={"name": "ana", "password": PASSWORD, "csrf_token": "x"},
        follow_redirects=False,
    )
    assert response.status_code == 403


def test_auth_roles(client: TestClient) -> None:
    event = None
    login(client, "vic")
    assert client.get("/").status_code == 200
    event = client.get("/api/events").json()["items"][0]["id"]
    token = csrf_of(client.get(f"/events/{event}").text)
    assert "/events/" + event + "/accept" not in client.get(f"/events/{event}").text
    assert client.post(f"/events/{event}/accept", data={"csrf_token": token}).status_code == 403
    assert client.get("/users").status_code == 403
    assert client.get("/api/audit").status_code == 200  # viewers read, the audit log too
    client.cookies.clear()
    login(client, "ana")
    assert client.get("/users").status_code == 403
    assert client.get("/api/audit").status_code == 200
    assert client.get("/api/users").status_code == 403
    client.cookies.clear()
    login(client, "ada")
    assert client.get("/users").status_code == 200
    listed = client.get("/api/users").json()["users"]
    assert {u["name"]: u["role"] for u in listed} == {
        "ada": "admin",
        "ana": "analyst",
        "vic": "viewer",
    }
    assert "password" not in str(listed)


def test_auth_admin_manages_users_with_audit(client: TestClient, db_url: str) -> None:
    token = login(client, "ada")
    added = client.post(
        "/users",
        data={
            "name": "nina",
            "role": "viewer",
            "password": "another password",
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert added.status_code == 303
    client.post("/users/nina", data={"role": "analyst", "csrf_token": token})
    client.post("/users/nina", data={"active": "0", "csrf_token": token})
    assert client.post("/users/ada", data={"active": "0", "csrf_token": token}).status_code == 422
    page = client.get("/users").text
    assert "nina" in page
    other = TestClient(client.app)
    assert post_login(other, "nina", "another password").status_code == 401  # type: ignore[attr-defined]
    db = Database.open(db_url)
    try:
        with db.read() as conn:
            actions = [
                (r.action, r.user, r.before, r.after)
                for r in conn.execute(
                    sa.select(audit_log)
                    .where(audit_log.c.object_id == "nina")
                    .order_by(audit_log.c.id)
                )
            ]
    finally:
        db.close()
    assert actions == [
        ("user_add", "ada", None, {"role": "viewer", "active": True}),
        ("user_role", "ada", "viewer", "analyst"),
        ("user_active", "ada", True, False),
    ]


def test_auth_logout_ends_the_session(client: TestClient) -> None:
    token = login(client, "vic")
    assert (
        client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code
        == 303
    )
    assert client.get("/api/events").status_code == 401


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example"])
def test_auth_login_never_redirects_off_site(client: TestClient, target: str) -> None:
    response = post_login(client, "vic", PASSWORD, next=target)
    assert response.headers["location"] == "/"  # type: ignore[attr-defined]
