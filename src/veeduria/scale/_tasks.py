"""What runs on a worker: read and extract one partition of the file list into a shard.

``run_partition`` is plain Python over the pure stages (``read_source``, ``extract``, and
``extraction_rows``, which turns an extraction into the rows the store inserts), given the
resources; ``partition_task`` is the Dask task, which takes the resources the worker
loaded once (``veeduria.scale.dask.ResourcesPlugin``), so no document pays for loading
lexicons.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veeduria._memory import release_free_memory
from veeduria.config import Settings
from veeduria.extract import Resources, extract, load_resources
from veeduria.ingest import SourceFailure, read_source
from veeduria.models import Document
from veeduria.pipeline import document_refs, extraction_rows, failure_message
from veeduria.resolve.components import document_plan, plans_to_json
from veeduria.resolve.dedup import band_keys, shingles
from veeduria.scale._shards import ShardWriter

#: Documents whose near-duplicate band keys are hashed together (one ``MinHash.bulk``).
BAND_BATCH = 256

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PartitionTask:
    """One partition: files to read and how. ``settings`` are ``Settings.values``."""

    index: int
    paths: tuple[str, ...]
    settings: Mapping[str, Any]
    published: dt.date | None = None
    language: str | None = None
    extract: bool = True
    #: the part of each file to read (``read_source(lines=...)``; None: the whole file);
    #: empty: every file whole
    lines: tuple[tuple[int, int | None] | None, ...] = ()


@dataclass(frozen=True)
class PartitionResult:
    """A partition's shard (Parquet bytes) and its figures."""

    index: int
    shard: bytes
    documents: int
    failures: int
    text_bytes: int
    seconds: float
    worker: str


def _items(
    path: str, settings: Settings, task: PartitionTask, lines: tuple[int, int | None] | None
) -> Iterator[Any]:
    """A reader's items; a reader that raises ends in a failure, as in the serial pipeline."""
    items = read_source(
        Path(path), settings, published=task.published, language=task.language, lines=lines
    )
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except Exception as err:  # a reader bug must not stop the other sources
            logger.exception("reading %s failed unexpectedly", path)
            yield SourceFailure(path, "read", "E100", f"unexpected error: {err}")
            return
        yield item


class _Bands:
    """Near-duplicate band keys of the extracted documents, set on their shard rows.

    Resolution groups copies of one story by these keys (``veeduria.resolve.dedup``);
    each depends on the document's text alone, so the workers hash them in parallel and
    the process that resolves reads them from the shards instead of hashing every text.
    """

    def __init__(self, shard: ShardWriter) -> None:
        self.shard = shard
        self.pending: list[tuple[int, frozenset[str]]] = []

    def add(self, seq: int, text: str) -> None:
        self.pending.append((seq, shingles(text)))
        if len(self.pending) >= BAND_BATCH:
            self.flush()

    def flush(self) -> None:
        keys = band_keys([s for _, s in self.pending])
        for (seq, _), bands in zip(self.pending, keys, strict=True):
            self.shard.set_bands(seq, bands)
        self.pending.clear()


def run_partition(task: PartitionTask, resources: Resources | None) -> PartitionResult:
    """Read every file of the partition, extract each new document, return the shard.

    A document seen earlier in the partition is not extracted again: the store will count
    it as a duplicate. One whose extraction raised keeps the error, and the store records
    it in the quarantine unless the document is already stored, as the serial run does.
    A document with mentions also gets its near-duplicate band keys (:class:`_Bands`).
    """
    started = time.perf_counter()
    settings = Settings(values=dict(task.settings))
    shard = ShardWriter()
    bands = _Bands(shard)
    extracted: dict[str, str | None] = {}  # doc id -> error of its first extraction
    documents = failures = text_bytes = 0
    parts = task.lines or (None,) * len(task.paths)
    for path, lines in zip(task.paths, parts, strict=True):
        for item in _items(path, settings, task, lines):
            if isinstance(item, SourceFailure):
                failures += 1
                shard.add_failure(item)
                continue
            assert isinstance(item, Document)
            documents += 1
            text_bytes += len(item.text.encode("utf-8"))
            if not task.extract:
                shard.add_document(path, item, None)
                continue
            if item.id in extracted and extracted[item.id] is None:
                shard.add_document(path, item, None)  # a repeat: the store skips it
                continue
            if item.id in extracted:
                shard.add_document(path, item, None, extracted[item.id])
                continue
            assert resources is not None
            try:
                extraction = extract(item, resources)
                rows = extraction_rows(item, extraction)
            except Exception as err:  # isolate failures per document, as the pipeline does
                logger.exception("extraction failed for document %s from %s", item.id[:12], path)
                extracted[item.id] = failure_message(err)
                shard.add_document(path, item, None, extracted[item.id])
                continue
            extracted[item.id] = None
            shard.add_document(path, item, rows)
            if rows.mentions:
                bands.add(len(shard.rows) - 1, item.text)
                plans = document_plan(document_refs(item, rows, extraction.events))
                shard.set_nodes(len(shard.rows) - 1, plans_to_json(plans))
    bands.flush()
    data = shard.to_bytes()
    del shard, bands, extracted
    release_free_memory()  # the partition's texts and rows: a worker runs many partitions
    return PartitionResult(
        index=task.index,
        shard=data,
        documents=documents,
        failures=failures,
        text_bytes=text_bytes,
        seconds=time.perf_counter() - started,
        worker=f"{socket.gethostname()}:{os.getpid()}",
    )


def plugin_name(languages: tuple[str, ...]) -> str:
    return f"veeduria-resources-{'-'.join(languages)}"


def partition_task(task: PartitionTask) -> PartitionResult:
    """The Dask task: ``run_partition`` with the resources this worker loaded."""
    resources = None
    if task.extract:
        from distributed import get_worker

        languages = Settings(values=dict(task.settings)).language_list
        plugin = get_worker().plugins.get(plugin_name(languages))
        resources = getattr(plugin, "resources", None)
        if resources is None:  # the plugin was not registered: load (once per task)
            logger.warning("resources plugin missing on this worker; loading per partition")
            resources = load_resources(languages)
    return run_partition(task, resources)
