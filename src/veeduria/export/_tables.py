"""The tables exports read, as lightweight SQLAlchemy constructs (docs/events-schema.md).

Exports only read, and only the columns named here, so they work against any revision that
has the contract's columns. JSON columns are left untyped and decoded by :func:`json_value`:
SQLite hands back text, PostgreSQL (JSONB) hands back Python objects.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

events = sa.table(
    "events",
    sa.column("id", sa.String),
    sa.column("family", sa.String),
    sa.column("event_type", sa.String),
    sa.column("sub_event_type", sa.String),
    sa.column("mode", sa.String),
    sa.column("factuality", sa.String),
    sa.column("date", sa.Date),
    sa.column("date_start", sa.Date),
    sa.column("date_end", sa.Date),
    sa.column("date_precision", sa.String),
    sa.column("location_name", sa.Text),
    sa.column("admin1", sa.Text),
    sa.column("admin2", sa.Text),
    sa.column("admin3", sa.Text),
    sa.column("country", sa.Text),
    sa.column("iso", sa.String),
    sa.column("latitude", sa.Float),
    sa.column("longitude", sa.Float),
    sa.column("geo_precision", sa.Integer),
    sa.column("actor1", sa.Text),
    sa.column("actor2", sa.Text),
    sa.column("actor1_inter", sa.Integer),
    sa.column("actor2_inter", sa.Integer),
    sa.column("killed", sa.Integer),
    sa.column("killed_low", sa.Integer),
    sa.column("killed_high", sa.Integer),
    sa.column("injured", sa.Integer),
    sa.column("injured_low", sa.Integer),
    sa.column("injured_high", sa.Integer),
    sa.column("detained", sa.Integer),
    sa.column("detained_low", sa.Integer),
    sa.column("detained_high", sa.Integer),
    sa.column("participants", sa.Integer),
    sa.column("sources", sa.Integer),
    sa.column("confidence", sa.Float),
    sa.column("status", sa.String),
    sa.column("notes"),  # JSON
    sa.column("data"),  # JSON
    sa.column("first_published", sa.Date),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)

event_mentions = sa.table(
    "event_mentions",
    sa.column("event_id", sa.String),
    sa.column("mention_id", sa.String),
    sa.column("doc_id", sa.String),
)

event_reviews = sa.table(
    "event_reviews",
    sa.column("id", sa.Integer),
    sa.column("event_id", sa.String),
    sa.column("field", sa.String),
    sa.column("user", sa.Text),
    sa.column("created_at", sa.DateTime(timezone=True)),
)

documents = sa.table(
    "documents",
    sa.column("id", sa.String),
    sa.column("url", sa.Text),
    sa.column("source_name", sa.Text),
    sa.column("title", sa.Text),
    sa.column("published", sa.Date),
    sa.column("language", sa.String),
)


def json_value(value: Any) -> Any:
    """A JSON column's value as Python data, whichever driver read it."""
    if isinstance(value, str | bytes):
        return json.loads(value)
    return value
