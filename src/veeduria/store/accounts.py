"""Tables for dashboard accounts and the audit trail (migration ``0003_accounts``).

They live on the store's :data:`~veeduria.store.schema.metadata`, so comparing the migrated
database with the metadata covers them once this module is imported (``veeduria.web`` imports
it; so does anything that imports :data:`ACCOUNT_TABLES`).

- ``users``: one row per person; the password is an argon2id hash, never the password.
- ``sessions``: the SHA-256 of each session token (the cookie holds the token itself), the
  per-session CSRF token, and when it expires.
- ``login_attempts``: every login attempt by name and client address, for rate limiting.
- ``audit_log``: every change a person makes through the dashboard: who, when, what, the
  value before and after, and the reason they gave.

The revision also adds ``ix_events_dashboard`` to ``events``: a covering index over the
columns the dashboard filters, sorts and aggregates on, so the table, the timeline and the
map read a narrow index instead of the wide rows (with their JSON) at 100,000 events and more.
"""

from __future__ import annotations

import sqlalchemy as sa

from veeduria.store.schema import events, json_type, metadata

#: Roles, weakest first: viewers read, analysts review events, admins also manage users.
ROLES: tuple[str, ...] = ("viewer", "analyst", "admin")


def _ts(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False, comment="argon2id hash"),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    _ts("created_at"),
    _ts("last_login", nullable=True),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="SHA-256 of the session token"),
    sa.Column(
        "user_id",
        sa.Integer,
        sa.ForeignKey("users.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    _ts("created_at"),
    _ts("expires_at"),
    sa.Column("ip", sa.String(64)),
)

login_attempts = sa.Table(
    "login_attempts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False),
    sa.Column("ip", sa.String(64), nullable=False),
    _ts("at"),
    sa.Column("success", sa.Boolean, nullable=False),
    sa.Index("ix_login_attempts_name_ip_at", "name", "ip", "at"),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _ts("at"),
    sa.Column("user", sa.Text, nullable=False),
    sa.Column("action", sa.String(32), nullable=False, comment="accept, edit, merge, split, ..."),
    sa.Column("object_type", sa.String(16), nullable=False, comment="event, user"),
    sa.Column("object_id", sa.String(64), nullable=False),
    sa.Column("field", sa.String(64)),
    sa.Column("before", json_type()),
    sa.Column("after", json_type()),
    sa.Column("reason", sa.Text),
    sa.Column("ip", sa.String(64)),
    sa.Index("ix_audit_log_object_type_object_id", "object_type", "object_id"),
    sa.Index("ix_audit_log_at", "at"),
)

#: The dashboard's covering index on ``events`` (date first, then id: the table's default order).
DASHBOARD_INDEX_COLUMNS: tuple[str, ...] = (
    "date",
    "id",
    "factuality",
    "status",
    "event_type",
    "admin1",
    "latitude",
    "longitude",
    "killed",
    "injured",
    "detained",
    "actor1",
    "actor2",
)
events_dashboard_index = sa.Index(
    "ix_events_dashboard", *(events.c[name] for name in DASHBOARD_INDEX_COLUMNS)
)

#: Every table of this revision, in dependency order.
ACCOUNT_TABLES: tuple[sa.Table, ...] = (users, sessions, login_attempts, audit_log)
