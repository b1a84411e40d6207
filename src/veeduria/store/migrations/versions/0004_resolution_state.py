"""Resolution state: near-duplicate groups and LSH bands per document, the cluster and
component of each mention, and the blocking keys of each component, so that a resolution
re-clusters only what new mentions can touch.

Revision ID: 0004
Revises: 0003
Create Date: 2025-02-10

Written by hand and frozen: later changes go in new revisions, never here. The tables are
described in ``veeduria/store/schema.py`` and docs/resolution.md ("Incremental runs"). They
hold derived data: the first resolution after this migration is a full one and fills them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "resolution_docs",
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column(
            "dup_group",
            sa.String(64),
            nullable=False,
            comment="near-duplicate group: the smallest document id of the group",
        ),
        sa.Column(
            "stale",
            sa.Boolean,
            nullable=False,
            server_default=sa.false(),
            comment="the document's extraction was rewritten since it was resolved",
        ),
        sa.PrimaryKeyConstraint("doc_id", name="pk_resolution_docs"),
    )
    op.create_index("ix_resolution_docs_dup_group", "resolution_docs", ["dup_group"])
    op.create_table(
        "resolution_bands",
        sa.Column("band", sa.String(32), nullable=False, comment="MinHash LSH band"),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("band", "doc_id", name="pk_resolution_bands"),
    )
    op.create_index("ix_resolution_bands_doc_id", "resolution_bands", ["doc_id"])
    op.create_table(
        "resolution_members",
        sa.Column("mention_id", sa.String(64), nullable=False),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column(
            "cluster_id",
            sa.String(64),
            nullable=False,
            comment="the event resolution made of the mention, before reviews",
        ),
        sa.Column(
            "component",
            sa.String(64),
            nullable=False,
            comment="connected component of the compatibility graph (its smallest mention id)",
        ),
        sa.PrimaryKeyConstraint("mention_id", name="pk_resolution_members"),
    )
    for column in ("doc_id", "cluster_id", "component"):
        op.create_index(f"ix_resolution_members_{column}", "resolution_members", [column])
    op.create_table(
        "resolution_blocks",
        sa.Column("block", sa.String(200), nullable=False, comment="blocking key of a node"),
        sa.Column("component", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("block", "component", name="pk_resolution_blocks"),
    )
    op.create_index("ix_resolution_blocks_component", "resolution_blocks", ["component"])
    op.create_table(
        "resolution_meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_resolution_meta"),
    )


def downgrade() -> None:
    for table in (
        "resolution_meta",
        "resolution_blocks",
        "resolution_members",
        "resolution_bands",
        "resolution_docs",
    ):
        op.drop_table(table)
