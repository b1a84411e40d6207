"""Initial schema: documents, quarantine, extraction rows, runs.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Written by hand and frozen: later changes go in new revisions, never here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(JSONB(), "postgresql")


def _ts(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _doc_fk(table: str) -> sa.Column[str]:
    return sa.Column(
        "doc_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE", name=f"fk_{table}_doc_id_documents"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), nullable=False, comment="SHA-256 of the normalised text"),
        sa.Column("url", sa.Text),
        sa.Column("source_name", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("published_source", sa.String(16), nullable=False, server_default="none"),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("language_score", sa.Float),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("origin_kind", sa.String(16)),
        _ts("ingested_at"),
        sa.Column(
            "extractor_version",
            sa.String(64),
            comment="name@version of the extractor whose rows are stored; NULL = not extracted",
        ),
        sa.Column(
            "previous_id",
            sa.String(64),
            comment="the earlier version of this document at the same URL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.ForeignKeyConstraint(
            ["previous_id"],
            ["documents.id"],
            ondelete="SET NULL",
            name="fk_documents_previous_id_documents",
        ),
    )
    for column in ("url", "published", "language", "previous_id"):
        op.create_index(f"ix_documents_{column}", "documents", [column])

    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column(
            "record",
            sa.Text,
            nullable=False,
            server_default="",
            comment="record inside the source (row, item, document id); '' for the whole source",
        ),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        _ts("first_seen"),
        _ts("last_seen"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
        _ts("resolved_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_quarantine"),
        sa.UniqueConstraint("path", "record", "code", name="uq_quarantine_path_record_code"),
    )

    op.create_table(
        "mentions",
        sa.Column("id", sa.String(64), nullable=False),
        _doc_fk("mentions"),
        sa.Column("ordinal", sa.Integer, nullable=False, comment="position in the extraction"),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(64), nullable=False),
        sa.Column("mode", sa.String(64)),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("location_text", sa.Text),
        sa.Column("admin1", sa.Text),
        sa.Column("killed", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("detained", sa.Integer),
        sa.Column("participants", sa.Integer),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.Column("lexicon_versions", _json(), nullable=False),
        sa.Column("data", _json(), nullable=False, comment="mention_to_dict output"),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
    )
    for column in ("doc_id", "event_type", "date"):
        op.create_index(f"ix_mentions_{column}", "mentions", [column])

    op.create_table(
        "claims",
        sa.Column("id", sa.String(64), nullable=False),
        _doc_fk("claims"),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("claimant", sa.Text),
        sa.Column("addressee", sa.Text),
        sa.Column("target", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.Column("data", _json(), nullable=False, comment="claim_to_dict output"),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
    )
    op.create_index("ix_claims_doc_id", "claims", ["doc_id"])

    op.create_table(
        "tallies",
        sa.Column("id", sa.String(64), nullable=False),
        _doc_fk("tallies"),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("what", sa.String(32), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("scope", sa.Text),
        sa.Column("since", sa.Date),
        sa.Column("as_of", sa.Date),
        sa.Column("attribution", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.Column("data", _json(), nullable=False, comment="tally_to_dict output"),
        sa.PrimaryKeyConstraint("id", name="pk_tallies"),
    )
    op.create_index("ix_tallies_doc_id", "tallies", ["doc_id"])

    op.create_table(
        "doc_warnings",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        _doc_fk("doc_warnings"),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_doc_warnings"),
    )
    op.create_index("ix_doc_warnings_doc_id", "doc_warnings", ["doc_id"])
    op.create_index("ix_doc_warnings_code", "doc_warnings", ["code"])

    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        _ts("started_at"),
        _ts("finished_at", nullable=True),
        sa.Column("command", sa.Text, nullable=False),
        sa.Column("counts", _json(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_runs"),
    )


def downgrade() -> None:
    for table in ("runs", "doc_warnings", "tallies", "claims", "mentions", "quarantine"):
        op.drop_table(table)
    op.drop_table("documents")
