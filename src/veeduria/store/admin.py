"""Database administration: migrate, and describe what a database holds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from veeduria.errors import StorageError
from veeduria.store import migrate
from veeduria.store._engine import create_engine, mask_url, parse_url
from veeduria.store.schema import TABLES


@dataclass(frozen=True)
class DatabaseInfo:
    url: str  # password masked
    backend: str
    server_version: str
    revision: str | None
    head: str
    tables: dict[str, int]  # rows per table present in the database

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "backend": self.backend,
            "server_version": self.server_version,
            "revision": self.revision,
            "head": self.head,
            "up_to_date": self.up_to_date,
            "tables": dict(self.tables),
        }


def migrate_database(url: str, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate the database at ``url``; returns the revisions before and after."""
    engine = create_engine(url)
    try:
        return migrate.upgrade(engine, revision)
    except OperationalError as err:
        raise StorageError(f"cannot migrate {mask_url(url)}: {err.orig}", code="E305") from err
    finally:
        engine.dispose()


def describe(url: str) -> DatabaseInfo:
    """URL (password masked), backend, schema revision and rows per table; changes nothing.

    Raises:
        StorageError: a SQLite file that does not exist, or a server that cannot be reached.
    """
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in {None, "", ":memory:"}:
        if not Path(str(parsed.database)).exists():
            raise StorageError(
                f"no database at {mask_url(parsed)}: run 'veeduria db migrate' or ingest first",
                code="E306",
            )
    engine = create_engine(parsed)
    try:
        with engine.connect() as conn:
            present = set(sa.inspect(conn).get_table_names())
            counts = {
                t.name: int(conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0)
                for t in TABLES
                if t.name in present
            }
            version = conn.dialect.server_version_info or ()
        return DatabaseInfo(
            url=mask_url(parsed),
            backend=engine.dialect.name,
            server_version=".".join(str(v) for v in version),
            revision=migrate.current_revision(engine),
            head=migrate.head_revision(),
            tables=counts,
        )
    except OperationalError as err:
        raise StorageError(
            f"cannot open database {mask_url(parsed)}: {err.orig}", code="E305"
        ) from err
    finally:
        engine.dispose()
