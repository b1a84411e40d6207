"""Table definitions (SQLAlchemy Core).

This module describes the schema at the current head revision. Migrations under
``migrations/versions/`` are frozen copies written by hand; ``tests/unit/store`` checks that
migrating an empty database to head gives exactly these tables.

Events and the audit trail arrive with later migrations.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

#: Constraint names are explicit so later migrations (and SQLite batch mode) can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def json_type() -> sa.types.TypeEngine[Any]:
    """JSON on SQLite (stored as text), JSONB on PostgreSQL."""
    return sa.JSON().with_variant(JSONB(), "postgresql")


def _ts(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _doc_fk() -> sa.Column[str]:
    return sa.Column(
        "doc_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="SHA-256 of the normalised text"),
    sa.Column("url", sa.Text, index=True),
    sa.Column("source_name", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("published_precision", sa.String(8)),
    sa.Column("published_source", sa.String(16), nullable=False, server_default="none"),
    sa.Column("language", sa.String(16), nullable=False, index=True),
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
        sa.ForeignKey("documents.id", ondelete="SET NULL"),
        index=True,
        comment="the earlier version of this document at the same URL",
    ),
)

quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
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
    sa.UniqueConstraint("path", "record", "code"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    _doc_fk(),
    sa.Column("ordinal", sa.Integer, nullable=False, comment="position in the extraction"),
    sa.Column("event_type", sa.String(64), nullable=False, index=True),
    sa.Column("sub_event_type", sa.String(64), nullable=False),
    sa.Column("mode", sa.String(64)),
    sa.Column("factuality", sa.String(16), nullable=False),
    sa.Column("date", sa.Date, index=True),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("location_text", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("killed", sa.Integer),
    sa.Column("injured", sa.Integer),
    sa.Column("detained", sa.Integer),
    sa.Column("participants", sa.Integer),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("extractor_version", sa.String(64), nullable=False),
    sa.Column("lexicon_versions", json_type(), nullable=False),
    sa.Column("data", json_type(), nullable=False, comment="mention_to_dict output"),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    _doc_fk(),
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
    sa.Column("data", json_type(), nullable=False, comment="claim_to_dict output"),
)

tallies = sa.Table(
    "tallies",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    _doc_fk(),
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
    sa.Column("data", json_type(), nullable=False, comment="tally_to_dict output"),
)

doc_warnings = sa.Table(
    "doc_warnings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("code", sa.String(64), nullable=False, index=True),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
    sa.Column("extractor_version", sa.String(64), nullable=False),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _ts("started_at"),
    _ts("finished_at", nullable=True),
    sa.Column("command", sa.Text, nullable=False),
    sa.Column("counts", json_type(), nullable=False),
)

#: Tables holding one document's extraction, deleted and rewritten together.
EXTRACTION_TABLES: tuple[sa.Table, ...] = (mentions, claims, tallies, doc_warnings)
#: Every table this revision creates, in dependency order.
TABLES: tuple[sa.Table, ...] = (documents, quarantine, *EXTRACTION_TABLES, runs)
