"""Events: resolved events, their mentions, and the reviews people make.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01

The contract of these tables is docs/events-schema.md. Written by hand and frozen: later
changes go in new revisions, never here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(JSONB(), "postgresql")


def _ts(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _ints(*names: str) -> list[sa.Column[int]]:
    return [sa.Column(name, sa.Integer) for name in names]


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column(
            "id", sa.String(64), nullable=False, comment="deterministic (docs/resolution.md)"
        ),
        sa.Column("family", sa.String(16), nullable=False),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(64), nullable=False),
        sa.Column("mode", sa.String(64)),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("location_name", sa.Text),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("admin3", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("iso", sa.String(2)),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
        *_ints("actor1_inter", "actor2_inter"),
        *_ints("killed", "killed_low", "killed_high"),
        *_ints("injured", "injured_low", "injured_high"),
        *_ints("detained", "detained_low", "detained_high"),
        *_ints("participants"),
        sa.Column("sources", sa.Integer, nullable=False, comment="independent sources"),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="machine"),
        sa.Column("notes", _json(), nullable=False, comment="list of strings: who said what"),
        sa.Column("data", _json(), nullable=False, comment="alternatives, sources, reviews"),
        sa.Column("first_published", sa.Date),
        _ts("updated_at"),
        sa.Column(
            "content_hash",
            sa.String(64),
            nullable=False,
            comment="sha256 of the row and its mentions; updated_at changes only with it",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    for column in ("family", "event_type", "date", "admin1", "status"):
        op.create_index(f"ix_events_{column}", "events", [column])

    op.create_table(
        "event_mentions",
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("mention_id", sa.String(64), nullable=False),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("event_id", "mention_id", name="pk_event_mentions"),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            ondelete="CASCADE",
            name="fk_event_mentions_event_id_events",
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mentions.id"],
            ondelete="CASCADE",
            name="fk_event_mentions_mention_id_mentions",
        ),
    )
    op.create_index("ix_event_mentions_mention_id", "event_mentions", ["mention_id"])
    op.create_index("ix_event_mentions_doc_id", "event_mentions", ["doc_id"])

    op.create_table(
        "event_reviews",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column(
            "event_id",
            sa.String(64),
            nullable=False,
            comment="no foreign key: a review survives re-resolution",
        ),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("value", _json()),
        sa.Column("before", _json()),
        sa.Column("reason", sa.Text),
        sa.Column("user", sa.Text),
        _ts("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_event_reviews"),
    )
    op.create_index("ix_event_reviews_event_id", "event_reviews", ["event_id"])


def downgrade() -> None:
    op.drop_table("event_reviews")
    op.drop_table("event_mentions")
    op.drop_table("events")
