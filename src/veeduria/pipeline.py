"""Sources into the store: ingest, extract and record, with failures isolated per document.

``run_ingest`` discovers the sources, reads each into documents, skips the ones already
stored, extracts the rest and writes every document together with its extraction rows in one
transaction (a batch of ``settings.batch_size`` documents per commit). A killed run leaves a
consistent database, and running it again finishes the job.

When anything new was stored (and extraction is on), ``run_ingest`` ends by resolving the
stored mentions into events (``veeduria.events.resolve_store``), so events are there when it
returns; ``reextract`` and ``retry_quarantine`` resolve again too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from veeduria.config import Settings
from veeduria.errors import StorageError
from veeduria.events import resolve_store
from veeduria.extract import Resources, extract, load_resources
from veeduria.extract.pipeline import EXTRACTOR_NAME, EXTRACTOR_VERSION
from veeduria.ingest import SourceFailure, discover, read_source, read_text
from veeduria.models import Document, Extraction, Mention
from veeduria.resolve.components import NodePlan, document_plan
from veeduria.resolve.records import MentionRef
from veeduria.store import Store
from veeduria.store._rows import ExtractionRows, prepare_extraction

logger = logging.getLogger(__name__)

#: The extractor name@version stored with extraction rows, when the extraction names none.
EXTRACTOR = f"{EXTRACTOR_NAME}@{EXTRACTOR_VERSION}"
#: Stage and code of a document whose extraction raised.
STAGE_EXTRACT, CODE_EXTRACT = "extract", "E200"
#: Stage and code of a document the database refused.
STAGE_STORE, CODE_STORE = "store", "E300"
#: Origin of text read from standard input; it cannot be re-read by ``retry_quarantine``.
STDIN = "-"


def extractor_of(extraction: Extraction | None) -> str | None:
    """The extractor name@version an extraction was made with (None: not extracted)."""
    if extraction is None:
        return None
    return extraction.versions.get("extractor") or EXTRACTOR


def extraction_rows(doc: Document, extraction: Extraction) -> ExtractionRows:
    """The rows the store inserts for a document's extraction (pure: runs on any worker)."""
    return prepare_extraction(doc.id, extraction, extractor_of(extraction) or EXTRACTOR)


def document_refs(
    doc: Document, rows: ExtractionRows, mentions: Sequence[Mention]
) -> list[MentionRef]:
    """A document's mentions as resolution reads them (with the ids the store gives them).

    The mentions themselves, not their stored JSON decoded again: a test checks both
    give the same nodes (``tests/unit/test_scale_worker_resolution.py``).
    """
    from veeduria.store.events import source_of

    source = source_of(doc.source_name, doc.url)
    return [
        MentionRef(id=row["id"], doc_id=doc.id, source=source, published=doc.published, mention=m)
        for row, m in zip(rows.tables["mentions"], mentions, strict=True)
    ]


def failure_message(err: BaseException) -> str:
    """What the quarantine records of an exception: its type and first line."""
    text = str(err)
    message = f"{type(err).__name__}: {text.splitlines()[0] if text else ''}"
    return message.rstrip(": ")


@dataclass(frozen=True)
class Extracted:
    """A document's extraction made before it reached the store (on a Dask worker).

    ``rows`` are its rows (``extraction_rows``); ``error`` is the message of the exception
    the extraction raised instead (the quarantine records it, stage ``extract``). Both None:
    the document was not extracted.
    """

    rows: ExtractionRows | None = None
    error: str | None = None


@dataclass(frozen=True)
class ProgressEvent:
    """What a run just did, for progress bars and per-item output.

    ``kind`` is ``discovered`` (``total`` is known), ``ingested``, ``duplicate``,
    ``quarantined``, ``failed``, ``source_done`` or ``reextracted``. ``done`` counts finished
    sources (documents for ``reextract``) out of ``total``.
    """

    kind: str
    done: int
    total: int
    path: str | None = None
    doc_id: str | None = None
    record: str | None = None
    code: str | None = None
    message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {"status": self.kind, "path": self.path, "id": self.doc_id}
        if self.kind in {"quarantined", "failed"}:
            data.update(record=self.record, code=self.code, message=self.message)
        return data


ProgressCallback = Callable[[ProgressEvent], None]


@dataclass(frozen=True)
class IngestReport:
    """Counts of one ingest run; ``documents`` holds the ids of the new documents.

    ``events`` is the number of events in the store when the run ended; ``resolved`` says
    whether the run resolved (it does when it stored something and extraction is on).
    """

    ingested: int
    duplicates: int
    quarantined: int
    failed: int
    documents: tuple[str, ...] = ()
    run_id: int | None = None
    events: int = 0
    resolved: bool = False
    #: wall-clock seconds: ``total``, ``extract`` (in this process), ``store`` (database
    #: writes), ``resolve``; a Dask run adds ``start`` (cluster ready, resources loaded on
    #: the workers), ``workers`` (task time summed over workers) and ``load`` (decoding and
    #: storing shards here)
    seconds: Mapping[str, float] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "failed": self.failed,
            "events": self.events,
        }

    @property
    def nothing_read(self) -> bool:
        """True when no source could be read at all: no document, at least one failure."""
        return self.ingested + self.duplicates == 0 and self.quarantined + self.failed > 0


@dataclass(frozen=True)
class RetryReport:
    """Outcome of ``retry_quarantine``; counts are quarantine entries unless noted."""

    retried: int
    resolved: int
    still_failing: int
    skipped: int
    ingested: int  # new documents
    duplicates: int  # documents already stored

    def summary(self) -> dict[str, int]:
        return {
            "retried": self.retried,
            "resolved": self.resolved,
            "still_failing": self.still_failing,
            "skipped": self.skipped,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
        }


@dataclass(frozen=True)
class ReextractReport:
    """Counts of a re-extraction; ``events`` is the number of events after resolving again."""

    documents: int
    mentions: int
    failed: int
    events: int = 0

    def summary(self) -> dict[str, int]:
        return {"documents": self.documents, "mentions": self.mentions, "failed": self.failed}


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
    extracted: Extracted | None  # None: extract here, when extraction is on


@dataclass
class _Ingester:
    """Buffers documents and failures and writes them a batch at a time.

    The one storing path of every ingest: ``run_ingest`` and ``retry_quarantine`` give it
    documents to extract here; the Dask loader (``veeduria.scale._load``) gives it documents
    with their extraction made on a worker (:class:`Extracted`). Either way a batch is one
    transaction: new documents with their rows in a few statements
    (``Store.add_documents``), failures to the quarantine.
    """

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
    #: records that failed, per path ("" = the whole source)
    failed_records: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: documents per transaction (default: ``settings.batch_size``)
    batch_size: int | None = None
    #: wall-clock seconds spent extracting and writing (see ``IngestReport.seconds``)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    #: near-duplicate band keys computed elsewhere (Dask workers), per document id: the
    #: resolution that ends the run uses them instead of hashing those texts again
    known_bands: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: node plans (``resolve.components``) of the documents extracted here, when the run
    #: is the store's first: its full resolution then reads the mentions back a bucket of
    #: node groups at a time (``veeduria.scale._resolve.WorkerFullRun``, in this process)
    #: instead of holding every mention, which halves its peak memory
    bucket_plans: dict[str, list[NodePlan]] = field(default_factory=dict)
    _planning: bool | None = None
    _resources: Resources | None = None
    _seen: set[str] = field(default_factory=set)
    _docs: list[_Pending] = field(default_factory=list)
    _failures: list[_Failure] = field(default_factory=list)

    def emit(self, kind: str, **kwargs: Any) -> None:
        if self.progress is not None:
            self.progress(ProgressEvent(kind, self.done, self.total, **kwargs))

    def resources(self) -> Resources:
        # Loaded on first use: a re-run where everything is a duplicate never pays for it.
        if self._resources is None:
            self._resources = load_resources(self.settings.language_list)
        return self._resources

    def add_failure(self, failure: SourceFailure) -> None:
        record = None if failure.record is None else str(failure.record)
        self._failures.append(
            _Failure(str(failure.path), failure.stage, failure.code, failure.message, record)
        )
        self.failed_records[str(failure.path)].add(record or "")

    def add_document(self, doc: Document, extracted: Extracted | None = None) -> None:
        """Buffer a document; ``extracted`` carries an extraction made elsewhere."""
        self._docs.append(_Pending(doc, extracted))
        if len(self._docs) >= max(1, int(self.batch_size or self.settings.batch_size)):
            self.flush()

    def source_done(self, path: str) -> None:
        self.done += 1
        self.emit("source_done", path=path)

    def read(self, items: Iterator[Document | SourceFailure], path: str) -> None:
        """Consume one reader; a reader that raises is quarantined, not fatal."""
        while True:
            try:
                item = next(items)
            except StopIteration:
                break
            except Exception as err:  # a reader bug must not stop the other sources
                logger.exception("reading %s failed unexpectedly", path)
                self.add_failure(SourceFailure(path, "read", "E100", f"unexpected error: {err}"))
                break
            if isinstance(item, SourceFailure):
                self.add_failure(item)
            else:
                self.add_document(item)

    def _rows_of(self, pending: _Pending, failures: list[_Failure]) -> ExtractionRows | None:
        """The extraction rows of a new document; None with a failure added when it failed."""
        doc = pending.doc
        if pending.extracted is not None:
            if pending.extracted.error is not None:
                failures.append(
                    self._doc_failure(doc, STAGE_EXTRACT, CODE_EXTRACT, pending.extracted.error)
                )
                return None
            if pending.extracted.rows is None:
                raise StorageError(
                    f"no extraction was made for new document {doc.id[:12]} from "
                    f"{doc.origin}: its partition was processed without extraction",
                    code="E340",
                )
            return pending.extracted.rows
        resources = self.resources()
        started = time.perf_counter()
        try:
            extraction = extract(doc, resources)
            rows = extraction_rows(doc, extraction)
        except Exception as err:  # isolate failures per document
            logger.exception("extraction failed for document %s from %s", doc.id[:12], doc.origin)
            failures.append(
                self._doc_failure(doc, STAGE_EXTRACT, CODE_EXTRACT, failure_message(err))
            )
            return None
        finally:
            self.seconds["extract"] += time.perf_counter() - started
        if self._first_resolution():
            started = time.perf_counter()
            refs = document_refs(doc, rows, extraction.events)
            self.bucket_plans[doc.id] = document_plan(refs)
            self.seconds["plan"] += time.perf_counter() - started
        return rows

    def _first_resolution(self) -> bool:
        """Whether the resolution that ends this run will be the store's first (no event
        stored yet): asked once per run."""
        if self._planning is None:
            self._planning = self.store.events.count() == 0
        return self._planning

    def flush(self) -> None:
        """Extract the buffered documents that need it and write everything in one transaction."""
        docs, failures = self._docs, self._failures
        self._docs, self._failures = [], []
        if not docs and not failures:
            return
        existing = self.store.existing_ids({p.doc.id for p in docs})
        prepared: list[tuple[Document, ExtractionRows | None]] = []
        duplicates: list[Document] = []
        for pending in docs:
            doc = pending.doc
            if doc.id in existing or doc.id in self._seen:
                duplicates.append(doc)
                continue
            rows = None
            if self.do_extract:
                rows = self._rows_of(pending, failures)
                if rows is None:
                    continue
            self._seen.add(doc.id)
            prepared.append((doc, rows))
        stored: list[Document] = []
        when = dt.datetime.now(dt.UTC)
        writing = time.perf_counter()
        try:
            with self.store.transaction() as conn:
                try:
                    with conn.begin_nested():
                        self.store.add_documents(conn, prepared, ingested_at=when)
                    stored = [doc for doc, _ in prepared]
                except OperationalError:
                    raise  # the database itself is in trouble: stop the run
                except SQLAlchemyError:
                    # The database refused something: find which document, one at a time.
                    stored = self._one_by_one(conn, prepared, when, duplicates, failures)
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
        self.seconds["store"] += time.perf_counter() - writing
        # Counted only once committed, so the report matches the database.
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

    def _one_by_one(
        self,
        conn: Any,
        prepared: list[tuple[Document, ExtractionRows | None]],
        when: dt.datetime,
        duplicates: list[Document],
        failures: list[_Failure],
    ) -> list[Document]:
        """Store a refused batch one document per savepoint; the refused ones are reported."""
        stored: list[Document] = []
        for doc, rows in prepared:
            try:
                with conn.begin_nested():
                    self.store.add_documents(conn, [(doc, rows)], ingested_at=when)
            except IntegrityError as err:
                if self.store.has_document(doc.id, conn=conn):
                    duplicates.append(doc)  # another process stored it meanwhile
                else:
                    failures.append(
                        self._doc_failure(doc, STAGE_STORE, CODE_STORE, failure_message(err))
                    )
                continue
            except OperationalError:
                raise
            except SQLAlchemyError as err:
                logger.exception("storing document %s failed", doc.id[:12])
                failures.append(
                    self._doc_failure(doc, STAGE_STORE, CODE_STORE, failure_message(err))
                )
                continue
            stored.append(doc)
        return stored

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

    def finish(
        self,
        run_id: int,
        started: float,
        *,
        resolve_events: bool = True,
        command: str = "ingest",
    ) -> IngestReport:
        """Flush, resolve when something new was stored, log the run: the run's report.

        ``started`` is the run's ``time.perf_counter()`` at its start.

        A run that stored nothing still resolves when an earlier run stopped before it could.
        """
        self.flush()
        resolved = (
            resolve_events
            and self.do_extract
            and (bool(self.ingested) or self.store.events.unresolved() > 0)
        )
        resolving = time.perf_counter()
        with contextlib.ExitStack() as stack:
            if resolved and self.bucket_plans:
                from veeduria.events import full_runs_with
                from veeduria.scale._resolve import WorkerFullRun, in_process

                runner = WorkerFullRun(self.bucket_plans, in_process, 1, threads=1)
                runner.where = "in buckets"
                stack.enter_context(full_runs_with(runner))
            events = _events_after(
                self.store, self.settings, resolve=resolved, known_bands=self.known_bands
            )
        self.known_bands = {}
        self.bucket_plans = {}
        self.seconds["resolve"] = time.perf_counter() - resolving
        self.seconds["total"] = time.perf_counter() - started
        self.store.finish_run(run_id, {**self.counts(), "events": events})
        report = IngestReport(
            ingested=len(self.ingested),
            duplicates=self.duplicates,
            quarantined=self.quarantined,
            failed=self.failed,
            documents=tuple(self.ingested),
            run_id=run_id,
            events=events,
            resolved=resolved,
            seconds=dict(self.seconds),
        )
        logger.info(
            "%s run %d: %d ingested, %d duplicates, %d quarantined, %d failed "
            "from %d sources, %d events, in %.1fs (%s)",
            command,
            run_id,
            report.ingested,
            report.duplicates,
            report.quarantined,
            report.failed,
            self.total,
            report.events,
            self.seconds["total"],
            ", ".join(f"{k} {v:.1f}s" for k, v in self.seconds.items() if k != "total"),
        )
        return report


def run_ingest(
    inputs: Sequence[str],
    settings: Settings,
    store: Store,
    *,
    published: dt.date | None = None,
    language: str | None = None,
    extract: bool | None = None,
    stdin_text: str | None = None,
    progress: ProgressCallback | None = None,
    resolve_events: bool = True,
) -> IngestReport:
    """Ingest files and directories (and optionally text from stdin) into the store.

    When it stored new documents with extraction on (or an earlier run stopped before it
    could resolve), it ends by resolving the stored mentions into events
    (``veeduria.events.resolve_store``).

    Args:
        inputs: Paths of files or directories; ``-`` stands for ``stdin_text``.
        settings: Resolved settings (``batch_size``, ``languages``, ``extract``, limits).
        store: An open store.
        published: Publication date to use when a source gives none.
        language: Force this language instead of detecting it (None = detect).
        extract: Extract events from new documents; None follows ``settings.extract``.
        stdin_text: The text read from standard input, when ``-`` is among the inputs.
        progress: Called after each stored batch item and each finished source.
        resolve_events: False skips the resolution (a bulk load of several batches can
            resolve once at the end).

    Returns:
        The counts of the run; failures are in the quarantine table.

    Raises:
        StorageError: The database failed; what was committed before stays consistent.
    """
    started = time.perf_counter()
    do_extract = bool(settings.extract if extract is None else extract)
    paths, discover_failures = discover([i for i in inputs if i != STDIN])
    use_stdin = STDIN in inputs
    run_id = store.start_run("ingest")
    state = _Ingester(store, settings, do_extract, progress, total=len(paths) + use_stdin)
    state.emit("discovered")
    for failure in discover_failures:
        state.add_failure(failure)
    if use_stdin:
        items = read_text(
            stdin_text or "", settings, origin=STDIN, published=published, language=language
        )
        state.read(iter(items), STDIN)
        state.source_done(STDIN)
    for path in paths:
        state.read(read_source(path, settings, published=published, language=language), str(path))
        state.source_done(str(path))
    return state.finish(run_id, started, resolve_events=resolve_events)


def _events_after(
    store: Store,
    settings: Settings,
    *,
    resolve: bool,
    known_bands: MutableMapping[str, tuple[str, ...]] | None = None,
) -> int:
    """Resolve the stored mentions when asked; the number of events in the store."""
    if resolve and known_bands:
        return resolve_store(store, settings, known_bands=known_bands).events
    if resolve:
        return resolve_store(store, settings).events
    return store.events.totals()["events"]


def retry_quarantine(
    settings: Settings, store: Store, *, progress: ProgressCallback | None = None
) -> RetryReport:
    """Read every quarantined source again; entries that no longer fail are resolved.

    A source is re-read whole. An entry is resolved when the source could be opened and
    that record (or the whole source) did not fail again; failing again adds one to its
    ``attempts``. Text that came from standard input cannot be re-read and is skipped.
    """
    entries = store.quarantine_entries()
    by_path: dict[str, list[Any]] = defaultdict(list)
    for entry in entries:
        by_path[entry.path].append(entry)
    skipped = [e for e in by_path.pop(STDIN, [])]
    for entry in skipped:
        logger.warning(
            "cannot retry %s record %s: it came from standard input", entry.path, entry.record
        )
    run_id = store.start_run("quarantine retry")
    state = _Ingester(store, settings, bool(settings.extract), progress, total=len(by_path))
    state.emit("discovered")
    for path in by_path:
        # Discover again: a quarantined input may be a directory or pattern that now exists.
        files, failures = discover([path])
        for failure in failures:
            state.add_failure(failure)
        for file in files:
            state.read(read_source(file, settings), str(file))
        state.done += 1
        state.emit("source_done", path=path)
    state.flush()
    _events_after(store, settings, resolve=bool(settings.extract) and bool(state.ingested))
    fixed: list[int] = []
    still = 0
    for path, group in by_path.items():
        failing = state.failed_records.get(path, set())
        for entry in group:
            if "" in failing or (entry.record or "") in failing:
                still += 1
            else:
                fixed.append(entry.id)
    with store.transaction() as conn:
        resolved = store.resolve(conn, fixed)
    report = RetryReport(
        retried=sum(len(g) for g in by_path.values()),
        resolved=resolved,
        still_failing=still,
        skipped=len(skipped),
        ingested=len(state.ingested),
        duplicates=state.duplicates,
    )
    store.finish_run(run_id, report.summary())
    logger.info("quarantine retry run %d: %s", run_id, report.summary())
    return report


def reextract(
    store: Store,
    settings: Settings,
    *,
    only_unextracted: bool = False,
    progress: ProgressCallback | None = None,
) -> ReextractReport:
    """Extract stored documents again and replace their mentions, claims, tallies, warnings.

    Run it after a lexicon or extractor change. Each batch of ``settings.batch_size``
    documents is one transaction; a document whose extraction raises keeps its old rows and
    is quarantined (stage ``extract``). The events are resolved again at the end.

    Args:
        only_unextracted: Only documents stored without extraction (``--no-extract``).
    """
    resources = load_resources(settings.language_list)
    run_id = store.start_run("reextract")
    total = store.counts()["documents"]
    done = mentions = failed = 0
    batch: list[tuple[Document, Extraction]] = []
    failures: list[_Failure] = []

    def write() -> None:
        nonlocal failures
        if not batch and not failures:
            return
        with store.transaction() as conn:
            for doc, extraction in batch:
                store.replace_extraction(
                    conn, doc.id, extraction, extractor=extractor_of(extraction) or EXTRACTOR
                )
            for f in failures:
                store.record_failure(
                    conn,
                    path=f.path,
                    stage=f.stage,
                    code=f.code,
                    message=f.message,
                    record=f.record,
                )
        for doc, _ in batch:
            if progress is not None:
                progress(ProgressEvent("reextracted", done, total, doc.origin, doc.id))
        batch.clear()
        failures = []

    for doc in store.iter_documents(only_unextracted=only_unextracted):
        done += 1
        try:
            extraction = extract(doc, resources)
        except Exception as err:  # isolate failures per document
            logger.exception("re-extraction failed for document %s", doc.id[:12])
            failed += 1
            failures.append(
                _Failure(
                    doc.origin or STDIN,
                    STAGE_EXTRACT,
                    CODE_EXTRACT,
                    f"{type(err).__name__}: {err}",
                    doc.id,
                )
            )
            continue
        mentions += len(extraction.events)
        batch.append((doc, extraction))
        if len(batch) >= max(1, int(settings.batch_size)):
            write()
    write()
    events = _events_after(store, settings, resolve=True)
    report = ReextractReport(
        documents=done - failed, mentions=mentions, failed=failed, events=events
    )
    store.finish_run(run_id, report.summary())
    logger.info("reextract run %d: %s", run_id, report.summary())
    return report
