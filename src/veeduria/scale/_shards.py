"""Partition shards: what one partition read and extracted, as one Parquet file.

One row per item a reader produced, in reading order: a document (with the rows of its
extraction, or the error its extraction raised) or a source failure. The store loads shards
in partition order, row by row, exactly as the serial pipeline consumes its readers.

The worker turns each extraction into the very rows the store inserts
(``veeduria.pipeline.extraction_rows``), so the single process that writes to the
database only decodes JSON and inserts: it never rebuilds the records.

Columns: ``seq``; ``path`` (the source file, or the path a failure names); ``kind``
(``document`` | ``failure``); ``doc_id``; ``document`` (JSON of
:mod:`veeduria.scale._codec`); ``rows`` (``ExtractionRows.to_shard``: JSON whose JSON columns
are positions in ``texts``, the list of their values encoded as the store encodes them,
which travel apart so that neither side escapes them inside JSON); ``extract_error``;
``mentions`` (how many); ``bands`` (the document's near-duplicate LSH band keys,
``veeduria.resolve.dedup.band_keys``, when the worker computed them: resolution then
does not read and hash the text again); ``nodes`` (the document's mentions clustered
into nodes, with their block keys: ``veeduria.resolve.components.plans_to_json``, so the
resolution ending the run can be split among the workers); and for failures ``stage``, ``code``,
``message``, ``record``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from veeduria.ingest import SourceFailure
from veeduria.models import Document
from veeduria.pipeline import Extracted
from veeduria.scale._codec import decode_document, encode
from veeduria.store._rows import ExtractionRows

KIND_DOCUMENT, KIND_FAILURE = "document", "failure"
#: Rows read from a shard at a time while loading.
READ_BATCH = 256

SCHEMA = pa.schema(
    [
        ("seq", pa.int32()),
        ("path", pa.string()),
        ("kind", pa.string()),
        ("doc_id", pa.string()),
        ("document", pa.large_string()),
        ("rows", pa.large_string()),
        ("texts", pa.list_(pa.large_string())),
        ("extract_error", pa.string()),
        ("mentions", pa.int32()),
        ("bands", pa.list_(pa.string())),
        ("nodes", pa.large_string()),
        ("stage", pa.string()),
        ("code", pa.string()),
        ("message", pa.string()),
        ("record", pa.string()),
    ]
)


@dataclass(frozen=True)
class ShardItem:
    """One row of a shard, decoded."""

    path: str
    document: Document | None = None
    extracted: Extracted | None = None
    failure: SourceFailure | None = None
    bands: tuple[str, ...] | None = None
    nodes: str | None = None


class ShardWriter:
    """Collects a partition's items and serialises them as Parquet bytes."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add_document(
        self,
        path: str,
        doc: Document,
        rows: ExtractionRows | None,
        error: str | None = None,
        bands: tuple[str, ...] | None = None,
    ) -> None:
        text, texts = (None, None) if rows is None else rows.to_shard()
        self.rows.append(
            {
                "seq": len(self.rows),
                "path": path,
                "kind": KIND_DOCUMENT,
                "doc_id": doc.id,
                "document": json.dumps(encode(doc), ensure_ascii=False),
                "rows": text,
                "texts": texts,
                "extract_error": error,
                "mentions": None if rows is None else rows.mentions,
                "bands": None if bands is None else list(bands),
            }
        )

    def set_bands(self, seq: int, bands: tuple[str, ...]) -> None:
        """The band keys of the document at ``seq`` (computed a batch at a time)."""
        self.rows[seq]["bands"] = list(bands)

    def set_nodes(self, seq: int, nodes: str) -> None:
        """The node plans of the document at ``seq`` (``resolve.components``, as JSON)."""
        self.rows[seq]["nodes"] = nodes

    def add_failure(self, failure: SourceFailure) -> None:
        self.rows.append(
            {
                "seq": len(self.rows),
                "path": str(failure.path),
                "kind": KIND_FAILURE,
                "stage": failure.stage,
                "code": failure.code,
                "message": failure.message,
                "record": None if failure.record is None else str(failure.record),
            }
        )

    def to_bytes(self) -> bytes:
        table = pa.Table.from_pylist(self.rows, schema=SCHEMA)
        sink = io.BytesIO()
        pq.write_table(table, sink, compression="zstd")
        return sink.getvalue()


def read_shard(path: Path) -> Iterator[ShardItem]:
    """The items of a shard, in reading order, a batch of rows at a time."""
    shard = pq.ParquetFile(path)
    for batch in shard.iter_batches(batch_size=READ_BATCH):
        for row in batch.to_pylist():
            if row["kind"] == KIND_FAILURE:
                record = row["record"]
                failure = SourceFailure(
                    row["path"],
                    row["stage"],
                    row["code"],
                    row["message"],
                    None if record is None else _record(record),
                )
                yield ShardItem(path=row["path"], failure=failure)
                continue
            rows, texts = row["rows"], row.get("texts")
            bands = row.get("bands")
            yield ShardItem(
                path=row["path"],
                document=decode_document(json.loads(row["document"])),
                extracted=Extracted(
                    rows=_extraction_rows(rows, texts),
                    error=row["extract_error"],
                ),
                bands=None if bands is None else tuple(bands),
                nodes=row.get("nodes"),
            )


def _extraction_rows(text: str | None, texts: list[str] | None) -> ExtractionRows | None:
    """A shard's rows (``ExtractionRows.to_shard``; a shard without the column of texts
    carries ``to_json``)."""
    if text is None:
        return None
    return (
        ExtractionRows.from_json(text) if texts is None else ExtractionRows.from_shard(text, texts)
    )


def _record(value: str) -> int:
    return int(value)  # readers number records (index in a list, line, row or entry)
