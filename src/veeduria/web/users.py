"""Accounts: create users, change roles and passwords, list them (CLI and admin page).

Passwords are hashed with argon2id (argon2-cffi); the hash is all the database holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from veeduria.errors import ConfigError, NotFound
from veeduria.store.accounts import ROLES, sessions, users

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8
_HASHER = PasswordHasher()
#: verified against when the user does not exist, so both cases take the same time
_DUMMY_HASH = _HASHER.hash("veeduria-no-such-user")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    active: bool
    created_at: dt.datetime | None
    last_login: dt.datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "active": self.active,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "last_login": self.last_login.isoformat() if self.last_login else None,
        }


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def check_name(name: str) -> str:
    if not NAME_RE.match(name):
        raise ConfigError(
            f"invalid user name {name!r}: use 1-64 letters, digits, '.', '_', '@' or '-'"
        )
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ConfigError(f"invalid role {role!r}: choose one of {', '.join(ROLES)}")
    return role


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"password too short: use at least {MIN_PASSWORD} characters")
    return password


def hash_password(password: str) -> str:
    return _HASHER.hash(check_password(password))


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when the password matches; runs a full verification even for unknown users."""
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def _user(row: Any) -> User:
    return User(row.id, row.name, row.role, bool(row.active), row.created_at, row.last_login)


def get_user(conn: sa.Connection, name: str) -> User | None:
    row = conn.execute(sa.select(users).where(users.c.name == name)).first()
    return _user(row) if row else None


def list_users(conn: sa.Connection) -> list[User]:
    return [_user(r) for r in conn.execute(sa.select(users).order_by(users.c.name))]


def add_user(conn: sa.Connection, name: str, password: str, role: str) -> User:
    """Create a user. Raises ``ConfigError`` for a bad name, role or password, or a taken name."""
    check_name(name)
    check_role(role)
    if get_user(conn, name) is not None:
        raise ConfigError(f"user {name!r} exists already")
    conn.execute(
        users.insert().values(
            name=name,
            password_hash=hash_password(password),
            role=role,
            active=True,
            created_at=now(),
        )
    )
    user = get_user(conn, name)
    assert user is not None
    return user


def _require(conn: sa.Connection, name: str) -> User:
    user = get_user(conn, name)
    if user is None:
        raise NotFound(f"no user {name!r}")
    return user


def set_role(conn: sa.Connection, name: str, role: str) -> tuple[User, User]:
    """Change a user's role; returns the user before and after."""
    before = _require(conn, name)
    conn.execute(users.update().where(users.c.id == before.id).values(role=check_role(role)))
    return before, _require(conn, name)


def set_active(conn: sa.Connection, name: str, active: bool) -> tuple[User, User]:
    """Enable or disable a user; disabling also ends their sessions."""
    before = _require(conn, name)
    conn.execute(users.update().where(users.c.id == before.id).values(active=active))
    if not active:
        conn.execute(sessions.delete().where(sessions.c.user_id == before.id))
    return before, _require(conn, name)


def set_password(conn: sa.Connection, name: str, password: str) -> User:
    """Set a new password and end the user's sessions."""
    user = _require(conn, name)
    conn.execute(
        users.update().where(users.c.id == user.id).values(password_hash=hash_password(password))
    )
    conn.execute(sessions.delete().where(sessions.c.user_id == user.id))
    return user


def password_hash_of(conn: sa.Connection, name: str) -> tuple[User | None, str | None]:
    row = conn.execute(sa.select(users).where(users.c.name == name)).first()
    if row is None:
        return None, None
    return _user(row), str(row.password_hash)
