"""Accounts and the audit trail (users, sessions, login_attempts, audit_log), and the
dashboard's covering index on events.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03

Written by hand and frozen: later changes go in new revisions, never here. The tables are
described in ``veeduria/store/accounts.py`` and ``docs/dashboard.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(JSONB(), "postgresql")


def _ts(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False, comment="argon2id hash"),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        _ts("created_at"),
        _ts("last_login", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(64), nullable=False, comment="SHA-256 of the session token"),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        _ts("created_at"),
        _ts("expires_at"),
        sa.Column("ip", sa.String(64)),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], ondelete="CASCADE", name="fk_sessions_user_id_users"
        ),
    )
    op.create_index("ix_sessions_user_id", "sessions", ["user_id"])
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("ip", sa.String(64), nullable=False),
        _ts("at"),
        sa.Column("success", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_login_attempts"),
    )
    op.create_index("ix_login_attempts_name_ip_at", "login_attempts", ["name", "ip", "at"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        _ts("at"),
        sa.Column("user", sa.Text, nullable=False),
        sa.Column(
            "action", sa.String(32), nullable=False, comment="accept, edit, merge, split, ..."
        ),
        sa.Column("object_type", sa.String(16), nullable=False, comment="event, user"),
        sa.Column("object_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(64)),
        sa.Column("before", _json()),
        sa.Column("after", _json()),
        sa.Column("reason", sa.Text),
        sa.Column("ip", sa.String(64)),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_object_type_object_id", "audit_log", ["object_type", "object_id"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    # the columns the dashboard filters, sorts and aggregates on (veeduria/store/accounts.py)
    op.create_index(
        "ix_events_dashboard",
        "events",
        [
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
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_events_dashboard", table_name="events")
    for table in ("audit_log", "login_attempts", "sessions", "users"):
        op.drop_table(table)
