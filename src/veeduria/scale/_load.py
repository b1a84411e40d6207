"""Shards into the store, through the same storage calls as the serial pipeline.

:class:`ShardLoader` consumes shard items in partition order and does what
``veeduria.pipeline`` does with a reader's items: it buffers ``batch_size`` documents, skips
the ones already stored or seen earlier in the run, and writes each batch in one
transaction with ``Store.add_document`` (one savepoint per document) and
``Store.record_failure``. The extraction comes from the shard instead of being computed
here; a document whose extraction raised on a worker is quarantined (stage ``extract``,
E200) unless it is a duplicate, as in a serial run. So both engines store the same rows.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from veeduria.config import Settings
from veeduria.errors import StorageError
from veeduria.ingest import SourceFailure
from veeduria.models import Document, Extraction
from veeduria.pipeline import (
    CODE_EXTRACT,
    CODE_STORE,
    STAGE_EXTRACT,
    STAGE_STORE,
    STDIN,
    ProgressCallback,
    ProgressEvent,
    extractor_of,
)
from veeduria.scale._shards import ShardItem
from veeduria.store import Store

logger = logging.getLogger(__name__)


@dataclass
class _Failure:
    path: str
    stage: str
    code: str
    message: str
    record: str | None = None


@dataclass
class _Pending:
    doc: Document
    extraction: Extraction | None
    error: str | None


@dataclass
class ShardLoader:
    """Writes shard items to the store a batch at a time; counts like ``run_ingest``."""

    store: Store
    settings: Settings
    do_extract: bool
    progress: ProgressCallback | None
    total: int = 0
    done: int = 0
    ingested: list[str] = field(default_factory=list)
    duplicates: int = 0
    quarantined: int = 0
    failed: int = 0
    failed_records: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _seen: set[str] = field(default_factory=set)
    _docs: list[_Pending] = field(default_factory=list)
    _failures: list[_Failure] = field(default_factory=list)

    def emit(self, kind: str, **kwargs: object) -> None:
        if self.progress is not None:
            self.progress(ProgressEvent(kind, self.done, self.total, **kwargs))  # type: ignore[arg-type]

    def add_failure(self, failure: SourceFailure) -> None:
        record = None if failure.record is None else str(failure.record)
        self._failures.append(
            _Failure(str(failure.path), failure.stage, failure.code, failure.message, record)
        )
        self.failed_records[str(failure.path)].add(record or "")

    def add(self, item: ShardItem) -> None:
        if item.failure is not None:
            self.add_failure(item.failure)
            return
        assert item.document is not None
        self._docs.append(_Pending(item.document, item.extraction, item.extract_error))
        if len(self._docs) >= max(1, int(self.settings.batch_size)):
            self.flush()

    def source_done(self, path: str) -> None:
        self.done += 1
        self.emit("source_done", path=path)

    def flush(self) -> None:
        """Write the buffered documents and failures in one transaction."""
        docs, failures = self._docs, self._failures
        self._docs, self._failures = [], []
        if not docs and not failures:
            return
        existing = self.store.existing_ids({p.doc.id for p in docs})
        prepared: list[tuple[Document, Extraction | None]] = []
        duplicates: list[Document] = []
        for pending in docs:
            doc = pending.doc
            if doc.id in existing or doc.id in self._seen:
                duplicates.append(doc)
                continue
            if self.do_extract and pending.error is not None:
                failures.append(self._doc_failure(doc, STAGE_EXTRACT, CODE_EXTRACT, pending.error))
                continue
            if self.do_extract and pending.extraction is None:
                raise StorageError(
                    f"shard holds no extraction for new document {doc.id[:12]} "
                    f"from {doc.origin}: the partition was processed without extraction",
                    code="E340",
                )
            self._seen.add(doc.id)
            prepared.append((doc, pending.extraction if self.do_extract else None))
        stored: list[Document] = []
        when = dt.datetime.now(dt.UTC)
        try:
            with self.store.transaction() as conn:
                for doc, extraction in prepared:
                    try:
                        with conn.begin_nested():
                            self.store.add_document(
                                conn,
                                doc,
                                extraction,
                                extractor=extractor_of(extraction),
                                ingested_at=when,
                            )
                    except IntegrityError as err:
                        if self.store.has_document(doc.id, conn=conn):
                            duplicates.append(doc)
                        else:
                            failures.append(
                                self._doc_failure(doc, STAGE_STORE, CODE_STORE, _message(err))
                            )
                        continue
                    except OperationalError:
                        raise
                    except SQLAlchemyError as err:
                        logger.exception("storing document %s failed", doc.id[:12])
                        failures.append(
                            self._doc_failure(doc, STAGE_STORE, CODE_STORE, _message(err))
                        )
                        continue
                    stored.append(doc)
                for f in failures:
                    self.store.record_failure(
                        conn,
                        path=f.path,
                        stage=f.stage,
                        code=f.code,
                        message=f.message,
                        record=f.record,
                        when=when,
                    )
        except SQLAlchemyError as err:
            raise StorageError(
                f"writing to {self.store.url} failed: {str(err).splitlines()[0]}"
            ) from err
        for doc in stored:
            self.ingested.append(doc.id)
            self.emit("ingested", path=doc.origin, doc_id=doc.id)
        for doc in duplicates:
            self.duplicates += 1
            self.emit("duplicate", path=doc.origin, doc_id=doc.id)
        for f in failures:
            kind = "quarantined" if f.stage not in {STAGE_EXTRACT, STAGE_STORE} else "failed"
            if kind == "failed":
                self.failed += 1
            else:
                self.quarantined += 1
            where = f" record {f.record}" if f.record else ""
            logger.warning(
                "quarantined %s%s: [%s] %s (stage %s)", f.path, where, f.code, f.message, f.stage
            )
            self.emit(kind, path=f.path, record=f.record, code=f.code, message=f.message)

    def _doc_failure(self, doc: Document, stage: str, code: str, message: str) -> _Failure:
        path = doc.origin or STDIN
        self.failed_records[path].add(doc.id)
        return _Failure(path, stage, code, message, doc.id)

    def counts(self) -> dict[str, int]:
        return {
            "ingested": len(self.ingested),
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "failed": self.failed,
        }


def _message(err: Exception) -> str:
    message = f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"
    return message.rstrip(": ")
