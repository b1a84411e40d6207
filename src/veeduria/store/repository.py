"""The store: one object over one database, SQLite or PostgreSQL.

Reads open their own short connection. Writes take a connection from
:meth:`Store.transaction` so a caller can group a document and its extraction (or a whole
batch of documents) into one transaction; nothing is committed half-way.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from veeduria.errors import StorageError
from veeduria.models import Document, Extraction
from veeduria.store import _rows, migrate
from veeduria.store._bulk import insert_many
from veeduria.store._engine import WRITE, create_engine, mask_url
from veeduria.store.events import EventRepository
from veeduria.store.schema import (
    EXTRACTION_TABLES,
    TABLES,
    claims,
    doc_warnings,
    documents,
    event_mentions,
    mentions,
    quarantine,
    resolution_docs,
    runs,
    tallies,
)

logger = logging.getLogger(__name__)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


#: Another version points back to this document: it is not the newest at its URL. Built
#: once, so SQLAlchemy's statement cache keeps the queries that use it.
_NEWER = documents.alias("newer")
_IS_HEAD = ~sa.exists().where(_NEWER.c.previous_id == documents.c.id)
#: Values per ``IN (...)`` list.
_IN_CHUNK = 500


@dataclass(frozen=True)
class QuarantineEntry:
    """A source (or one record of it) that could not be ingested or extracted."""

    id: int
    path: str
    record: str | None
    stage: str
    code: str
    message: str
    first_seen: dt.datetime
    last_seen: dt.datetime
    attempts: int
    resolved_at: dt.datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "record": self.record,
            "stage": self.stage,
            "code": self.code,
            "message": self.message,
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "attempts": self.attempts,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
        }


@dataclass(frozen=True)
class StoredExtraction:
    """What the store holds for one document, in the ``veeduria extract`` JSON shapes."""

    extractor_version: str | None
    events: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    tallies: list[dict[str, Any]]
    warnings: list[dict[str, Any]]


class Store:
    """Documents, their extraction rows, quarantine, runs and events in one database.

    Use :meth:`open`; it migrates the schema to the newest revision first. Events,
    their mentions and reviews are read and written through :attr:`events`.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @cached_property
    def events(self) -> EventRepository:
        """The events repository (``events``, ``event_mentions``, ``event_reviews``)."""
        return EventRepository(self)

    # -- lifecycle -----------------------------------------------------------------------

    @classmethod
    def open(cls, url: str, *, migrate_schema: bool = True) -> Store:
        """Connect to ``url`` (``sqlite:///FILE`` or ``postgresql+psycopg://...``).

        Raises:
            StorageError: the URL is invalid, the server unreachable, or the schema newer
                than this version of veeduria.
        """
        engine = create_engine(url)
        try:
            if migrate_schema:
                migrate.upgrade(engine)
            else:
                with engine.connect():
                    pass
        except OperationalError as err:
            engine.dispose()
            raise StorageError(
                f"cannot open database {mask_url(url)}: {_first_line(err)}", code="E305"
            ) from err
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def url(self) -> str:
        """The database URL with any password masked."""
        return mask_url(self.engine.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """A connection inside one write transaction, committed on normal exit."""
        with self.engine.connect().execution_options(**{WRITE: True}) as conn:
            with conn.begin():
                yield conn

    def revision(self) -> str | None:
        return migrate.current_revision(self.engine)

    # -- documents -----------------------------------------------------------------------

    def has_document(self, doc_id: str, *, conn: sa.Connection | None = None) -> bool:
        return bool(self.existing_ids([doc_id], conn=conn))

    def existing_ids(self, ids: Collection[str], *, conn: sa.Connection | None = None) -> set[str]:
        """The subset of ``ids`` already stored."""
        if not ids:
            return set()
        query = sa.select(documents.c.id).where(documents.c.id.in_(list(ids)))
        if conn is not None:
            return set(conn.scalars(query))
        with self.engine.connect() as own:
            return set(own.scalars(query))

    def latest_version(self, conn: sa.Connection, url: str) -> str | None:
        """The newest stored document at ``url``: the one no other version points back to."""
        query = (
            sa.select(documents.c.id)
            .where(documents.c.url == url)
            .where(_IS_HEAD)
            .order_by(documents.c.ingested_at.desc(), documents.c.id)
            .limit(1)
        )
        return conn.scalar(query)

    def _heads(
        self, conn: sa.Connection, urls: Collection[str]
    ) -> dict[str, dict[str, dt.datetime]]:
        """Per URL, the stored versions no other version points back to, with ingested_at."""
        heads: dict[str, dict[str, dt.datetime]] = {url: {} for url in urls}
        ordered = sorted(urls)
        for start in range(0, len(ordered), _IN_CHUNK):
            query = (
                sa.select(documents.c.id, documents.c.url, documents.c.ingested_at)
                .where(documents.c.url.in_(ordered[start : start + _IN_CHUNK]))
                .where(_IS_HEAD)
            )
            for row in conn.execute(query):
                heads[row.url][row.id] = _rows.utc(row.ingested_at) or row.ingested_at
        return heads

    def add_document(
        self,
        conn: sa.Connection,
        doc: Document,
        extraction: Extraction | None,
        *,
        extractor: str | None,
        ingested_at: dt.datetime | None = None,
    ) -> str | None:
        """Insert a document and its extraction rows on ``conn``.

        A changed text at a URL already stored becomes a new version linked to the newest
        one (``previous_id``). One document of :meth:`add_documents`.

        Args:
            conn: a connection from :meth:`transaction`.
            doc: the document; its id must not be stored yet.
            extraction: its extraction, or None to store it unextracted.
            extractor: the extractor name/version; required with an extraction.

        Returns:
            The id of the previous version, if any.
        """
        if extraction is not None and not extractor:
            raise ValueError("an extraction needs the extractor name/version")
        rows = (
            None
            if extraction is None or extractor is None
            else _rows.prepare_extraction(doc.id, extraction, extractor)
        )
        return self.add_documents(conn, [(doc, rows)], ingested_at=ingested_at)[0]

    def add_documents(
        self,
        conn: sa.Connection,
        items: Sequence[tuple[Document, _rows.ExtractionRows | None]],
        *,
        ingested_at: dt.datetime | None = None,
    ) -> list[str | None]:
        """Insert documents, in order, with their extraction rows, in a few statements.

        Gives the same rows as :meth:`add_document` called for each document in turn: a
        changed text at a URL stored before, or earlier in ``items``, becomes a new version
        linked to the newest one. One ``executemany`` per table, so a batch costs a handful
        of round trips, not several per document.

        Args:
            conn: a connection from :meth:`transaction`.
            items: documents (none stored yet) with their rows
                (``veeduria.store._rows.prepare_extraction``), or None for no extraction.
            ingested_at: when they were ingested (default: now).

        Returns:
            The id of each document's previous version, or None.

        Raises:
            sqlalchemy.exc.IntegrityError: a document is already stored (or the rows are
                inconsistent); run the call in a savepoint to keep the transaction usable.
        """
        when = _rows.utc(ingested_at) or now()
        heads = self._heads(conn, {doc.url for doc, _ in items if doc.url})
        previous_ids: list[str | None] = []
        document_rows: list[dict[str, Any]] = []
        table_rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in EXTRACTION_TABLES}
        for doc, rows in items:
            if rows is not None and rows.doc_id != doc.id:
                raise ValueError(f"rows of {rows.doc_id[:12]} given for {doc.id[:12]}")
            previous = None
            if doc.url:
                # as latest_version orders them: newest ingested_at first, then smallest id
                candidates = heads[doc.url]
                if candidates:
                    previous = max(sorted(candidates.items()), key=lambda kv: kv[1])[0]
                    del candidates[previous]
                candidates[doc.id] = when
            previous_ids.append(previous)
            document_rows.append(
                _rows.document_row(
                    doc,
                    ingested_at=when,
                    extractor=rows.extractor if rows is not None else None,
                    previous_id=previous,
                )
            )
            if rows is not None:
                for name, found in rows.tables.items():
                    table_rows[name].extend(found)
        if document_rows:
            insert_many(conn, documents, document_rows)
        for table in EXTRACTION_TABLES:
            if table_rows[table.name]:
                insert_many(conn, table, table_rows[table.name])
        return previous_ids

    def replace_extraction(
        self, conn: sa.Connection, doc_id: str, extraction: Extraction, *, extractor: str
    ) -> None:
        """Delete a document's extraction rows and write new ones, on ``conn``."""
        # a mention that keeps its id stays in its event (reviews follow events through
        # these links); deleting the mention row would drop the link with it
        links = conn.execute(
            sa.select(event_mentions).where(event_mentions.c.doc_id == doc_id)
        ).all()
        for table in EXTRACTION_TABLES:
            conn.execute(table.delete().where(table.c.doc_id == doc_id))
        conn.execute(
            documents.update().where(documents.c.id == doc_id).values(extractor_version=extractor)
        )
        # mention ids can survive a re-extraction with new values: resolve the document again
        conn.execute(
            resolution_docs.update().where(resolution_docs.c.doc_id == doc_id).values(stale=True)
        )
        self._insert_extraction(conn, doc_id, extraction, extractor)
        kept = set(conn.scalars(sa.select(mentions.c.id).where(mentions.c.doc_id == doc_id)))
        if any(r.mention_id in kept for r in links):
            conn.execute(
                event_mentions.insert(),
                [dict(r._mapping) for r in links if r.mention_id in kept],
            )

    def _insert_extraction(
        self, conn: sa.Connection, doc_id: str, extraction: Extraction, extractor: str
    ) -> None:
        rows = _rows.extraction_rows(doc_id, extraction, extractor)
        for table in EXTRACTION_TABLES:
            if rows[table.name]:
                conn.execute(table.insert(), rows[table.name])

    def get_document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).first()
        return _rows.row_to_document(row._mapping) if row else None

    def document_info(self, doc_id: str) -> dict[str, Any] | None:
        """Storage columns of a document (ingested_at, extractor_version, previous_id, ...)."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            return None
        info = dict(row._mapping)
        info["ingested_at"] = _rows.utc(info["ingested_at"])
        return info

    def iter_documents(
        self, *, only_unextracted: bool = False, batch: int = 200
    ) -> Iterator[Document]:
        """Every stored document, in id order, read in batches (keyset pagination)."""
        last = ""
        while True:
            query = (
                sa.select(documents)
                .where(documents.c.id > last)
                .order_by(documents.c.id)
                .limit(batch)
            )
            if only_unextracted:
                query = query.where(documents.c.extractor_version.is_(None))
            with self.engine.connect() as conn:
                rows = [r._mapping for r in conn.execute(query)]
            if not rows:
                return
            for row in rows:
                yield _rows.row_to_document(row)
            last = rows[-1]["id"]

    def versions(self, url: str) -> list[str]:
        """Ids of every stored version of the document at ``url``, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(documents.c.id, documents.c.previous_id).where(documents.c.url == url)
            ).all()
        previous = {r.id: r.previous_id for r in rows}
        heads = set(previous) - {p for p in previous.values() if p}
        chain: list[str] = []
        for head in sorted(heads):
            node: str | None = head
            while node is not None and node in previous and node not in chain:
                chain.append(node)
                node = previous[node]
        return list(reversed(chain))

    def extraction(self, doc_id: str) -> StoredExtraction | None:
        """The stored extraction of one document, or None if the document is unknown."""
        with self.engine.connect() as conn:
            version = conn.execute(
                sa.select(documents.c.extractor_version).where(documents.c.id == doc_id)
            ).first()
            if version is None:
                return None

            def data(table: sa.Table) -> list[dict[str, Any]]:
                query = (
                    sa.select(table.c.data)
                    .where(table.c.doc_id == doc_id)
                    .order_by(table.c.ordinal)
                )
                return [dict(d) for d in conn.scalars(query)]

            warnings = [
                {
                    "code": r.code,
                    "message": r.message,
                    "span": None if r.span_start is None else [r.span_start, r.span_end],
                }
                for r in conn.execute(
                    sa.select(doc_warnings)
                    .where(doc_warnings.c.doc_id == doc_id)
                    .order_by(doc_warnings.c.ordinal)
                )
            ]
            return StoredExtraction(
                extractor_version=version[0],
                events=data(mentions),
                claims=data(claims),
                tallies=data(tallies),
                warnings=warnings,
            )

    # -- quarantine ----------------------------------------------------------------------

    def record_failure(
        self,
        conn: sa.Connection,
        *,
        path: str,
        stage: str,
        code: str,
        message: str,
        record: str | None = None,
        when: dt.datetime | None = None,
    ) -> None:
        """Upsert a quarantine entry keyed on (path, record, code): seen again, attempts + 1.

        An entry resolved earlier and failing again is reopened.
        """
        when = when or now()
        values = {
            "path": path,
            "record": record or "",
            "stage": stage,
            "code": code,
            "message": message,
            "first_seen": when,
            "last_seen": when,
            "attempts": 1,
            "resolved_at": None,
        }
        insert: Any = (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(
            quarantine
        )
        stmt = insert.values(values).on_conflict_do_update(
            index_elements=[quarantine.c.path, quarantine.c.record, quarantine.c.code],
            set_={
                "stage": insert.excluded.stage,
                "message": insert.excluded.message,
                "last_seen": insert.excluded.last_seen,
                "attempts": quarantine.c.attempts + 1,
                "resolved_at": None,
            },
        )
        conn.execute(stmt)

    def quarantine_entries(self, *, include_resolved: bool = False) -> list[QuarantineEntry]:
        query = sa.select(quarantine).order_by(quarantine.c.path, quarantine.c.record)
        if not include_resolved:
            query = query.where(quarantine.c.resolved_at.is_(None))
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            QuarantineEntry(
                id=r.id,
                path=r.path,
                record=r.record or None,
                stage=r.stage,
                code=r.code,
                message=r.message,
                first_seen=_rows.utc(r.first_seen) or r.first_seen,
                last_seen=_rows.utc(r.last_seen) or r.last_seen,
                attempts=r.attempts,
                resolved_at=_rows.utc(r.resolved_at),
            )
            for r in rows
        ]

    def resolve(
        self, conn: sa.Connection, ids: Sequence[int], *, when: dt.datetime | None = None
    ) -> int:
        """Mark quarantine entries as fixed. Returns how many changed."""
        if not ids:
            return 0
        result = conn.execute(
            quarantine.update()
            .where(quarantine.c.id.in_(list(ids)))
            .where(quarantine.c.resolved_at.is_(None))
            .values(resolved_at=when or now())
        )
        return int(result.rowcount)

    # -- runs ----------------------------------------------------------------------------

    def start_run(self, command: str) -> int:
        """Record the start of a run (committed at once, so a killed run stays visible)."""
        with self.transaction() as conn:
            run_id = conn.execute(
                runs.insert()
                .values(started_at=now(), command=command, counts={})
                .returning(runs.c.id)
            ).scalar_one()
        return int(run_id)

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(
                runs.update()
                .where(runs.c.id == run_id)
                .values(finished_at=now(), counts=dict(counts))
            )

    def runs(self, *, limit: int = 20) -> list[dict[str, Any]]:
        """The most recent runs, newest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(runs).order_by(runs.c.id.desc()).limit(limit)).all()
        return [
            {
                "id": r.id,
                "command": r.command,
                "started_at": _rows.utc(r.started_at),
                "finished_at": _rows.utc(r.finished_at),
                "counts": dict(r.counts),
            }
            for r in rows
        ]

    # -- info ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.engine.connect() as conn:
            return {
                table.name: int(conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0)
                for table in TABLES
            }


def _first_line(err: SQLAlchemyError) -> str:
    orig = getattr(err, "orig", None) or err
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
