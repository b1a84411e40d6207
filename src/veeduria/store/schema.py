"""Table definitions (SQLAlchemy Core).

This module describes the schema at the current head revision. Migrations under
``migrations/versions/`` are frozen copies written by hand; ``tests/unit/store`` checks that
migrating an empty database to head gives exactly these tables.

Revision 0001 holds documents, quarantine, extraction rows and runs; 0002 adds the events
(``events``, ``event_mentions``, ``event_reviews``: the contract is docs/events-schema.md);
0004 the state of incremental resolution (``resolution_*``, docs/resolution.md).
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

# -- events (revision 0002, docs/events-schema.md) ----------------------------------------


def _int(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer)


events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="deterministic (docs/resolution.md)"),
    sa.Column("family", sa.String(16), nullable=False, index=True),
    sa.Column("event_type", sa.String(64), nullable=False, index=True),
    sa.Column("sub_event_type", sa.String(64), nullable=False),
    sa.Column("mode", sa.String(64)),
    sa.Column("factuality", sa.String(16), nullable=False),
    sa.Column("date", sa.Date, index=True),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("location_name", sa.Text),
    sa.Column("admin1", sa.Text, index=True),
    sa.Column("admin2", sa.Text),
    sa.Column("admin3", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("iso", sa.String(2)),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("actor1", sa.Text),
    sa.Column("actor2", sa.Text),
    _int("actor1_inter"),
    _int("actor2_inter"),
    _int("killed"),
    _int("killed_low"),
    _int("killed_high"),
    _int("injured"),
    _int("injured_low"),
    _int("injured_high"),
    _int("detained"),
    _int("detained_low"),
    _int("detained_high"),
    _int("participants"),
    sa.Column("sources", sa.Integer, nullable=False, comment="independent sources"),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, server_default="machine", index=True),
    sa.Column("notes", json_type(), nullable=False, comment="list of strings: who said what"),
    sa.Column("data", json_type(), nullable=False, comment="alternatives, sources, reviews"),
    sa.Column("first_published", sa.Date),
    _ts("updated_at"),
    sa.Column(
        "content_hash",
        sa.String(64),
        nullable=False,
        comment="sha256 of the row and its mentions; updated_at changes only with it",
    ),
)

event_mentions = sa.Table(
    "event_mentions",
    metadata,
    sa.Column(
        "event_id",
        sa.String(64),
        sa.ForeignKey("events.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column(
        "mention_id",
        sa.String(64),
        sa.ForeignKey("mentions.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    sa.Column("doc_id", sa.String(64), nullable=False, index=True),
)

event_reviews = sa.Table(
    "event_reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "event_id",
        sa.String(64),
        nullable=False,
        index=True,
        comment="no foreign key: a review survives re-resolution",
    ),
    sa.Column("field", sa.String(64), nullable=False),
    sa.Column("value", json_type()),
    sa.Column("before", json_type()),
    sa.Column("reason", sa.Text),
    sa.Column("user", sa.Text),
    _ts("created_at"),
)

# -- resolution state (revision 0004, docs/resolution.md "Incremental runs") --------------
# What incremental resolution needs to re-cluster only the neighbourhood of new mentions.
# Derived data, rebuilt by a full resolution. No foreign keys on purpose: rows must outlive
# the mentions and documents they name, so that the next run knows what disappeared.

resolution_docs = sa.Table(
    "resolution_docs",
    metadata,
    sa.Column("doc_id", sa.String(64), primary_key=True),
    sa.Column(
        "dup_group",
        sa.String(64),
        nullable=False,
        index=True,
        comment="near-duplicate group: the smallest document id of the group",
    ),
    sa.Column(
        "stale",
        sa.Boolean,
        nullable=False,
        server_default=sa.false(),
        comment="the document's extraction was rewritten since it was resolved",
    ),
)

resolution_bands = sa.Table(
    "resolution_bands",
    metadata,
    sa.Column("band", sa.String(32), nullable=False, comment="MinHash LSH band"),
    sa.Column("doc_id", sa.String(64), nullable=False, index=True),
    sa.PrimaryKeyConstraint("band", "doc_id"),
)

resolution_members = sa.Table(
    "resolution_members",
    metadata,
    sa.Column("mention_id", sa.String(64), primary_key=True),
    sa.Column("doc_id", sa.String(64), nullable=False, index=True),
    sa.Column(
        "cluster_id",
        sa.String(64),
        nullable=False,
        index=True,
        comment="the event resolution made of the mention, before reviews",
    ),
    sa.Column(
        "component",
        sa.String(64),
        nullable=False,
        index=True,
        comment="connected component of the compatibility graph (its smallest mention id)",
    ),
)

resolution_blocks = sa.Table(
    "resolution_blocks",
    metadata,
    sa.Column("block", sa.String(200), nullable=False, comment="blocking key of a node"),
    sa.Column("component", sa.String(64), nullable=False, index=True),
    sa.PrimaryKeyConstraint("block", "component"),
)

resolution_meta = sa.Table(
    "resolution_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

#: Incremental resolution's state (``veeduria.events.resolve_store`` writes it).
RESOLUTION_TABLES: tuple[sa.Table, ...] = (
    resolution_docs,
    resolution_bands,
    resolution_members,
    resolution_blocks,
    resolution_meta,
)

#: Tables holding one document's extraction, deleted and rewritten together.
EXTRACTION_TABLES: tuple[sa.Table, ...] = (mentions, claims, tallies, doc_warnings)
#: Tables resolution writes (``veeduria.events.resolve_store`` is their only writer).
EVENT_TABLES: tuple[sa.Table, ...] = (events, event_mentions)
#: Every table the head revision holds, in dependency order.
TABLES: tuple[sa.Table, ...] = (
    documents,
    quarantine,
    *EXTRACTION_TABLES,
    runs,
    *EVENT_TABLES,
    event_reviews,
    *RESOLUTION_TABLES,
)
