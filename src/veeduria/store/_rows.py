"""Records to rows and back. Pure functions; no database access.

:func:`prepare_extraction` turns one document's extraction into the rows the store inserts
(:class:`ExtractionRows`). It is pure, so it runs wherever extraction ran: in the ingesting
process, or on a Dask worker, whose rows travel to the store as JSON
(:meth:`ExtractionRows.to_json` / :meth:`ExtractionRows.from_json`, lossless).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from veeduria.extract.serialize import claim_to_dict, mention_to_dict, tally_to_dict
from veeduria.models import Document, Extraction, Mention
from veeduria.store._bulk import Encoded, encode_json_value
from veeduria.store.schema import EXTRACTION_TABLES

#: Columns holding dates, per extraction table (ISO strings in the JSON of the rows).
DATE_COLUMNS: dict[str, tuple[str, ...]] = {
    table.name: tuple(c.name for c in table.c if isinstance(c.type, sa.Date))
    for table in EXTRACTION_TABLES
}


#: Columns holding JSON, per extraction table.
JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    table.name: tuple(c.name for c in table.c if isinstance(c.type, sa.JSON))
    for table in EXTRACTION_TABLES
}


@dataclass(frozen=True)
class ExtractionRows:
    """One document's extraction as rows: table name -> rows, in insertion order.

    ``extractor`` is the name@version stored with them (the ``extractor_version`` of the
    document row too).
    """

    doc_id: str
    extractor: str
    tables: Mapping[str, list[dict[str, Any]]]

    @property
    def mentions(self) -> int:
        return len(self.tables.get("mentions", ()))

    def to_json(self, *, encode_json: bool = False) -> str:
        """The rows as JSON (dates as ISO strings); :meth:`from_json` reads them back.

        ``encode_json``: the values of JSON columns travel encoded as the store encodes
        them (``Encoded``), so the process that inserts them neither decodes nor encodes
        them again (issue #7: the Dask client does the inserting alone).
        """
        tables = self.tables
        if encode_json:
            tables = {
                name: [_encoded_row(row, JSON_COLUMNS.get(name, ())) for row in rows]
                for name, rows in tables.items()
            }
        data: dict[str, Any] = {
            "doc_id": self.doc_id,
            "extractor": self.extractor,
            "tables": tables,
        }
        if encode_json:
            data["encoded"] = True
        return json.dumps(data, ensure_ascii=False, default=_iso_date)

    @classmethod
    def from_json(cls, text: str) -> ExtractionRows:
        data = json.loads(text)
        tables: dict[str, list[dict[str, Any]]] = data["tables"]
        _dates_back(tables)
        if data.get("encoded"):
            for name, columns in JSON_COLUMNS.items():
                for row in tables.get(name, ()):
                    for column in columns:
                        if column in row:
                            row[column] = Encoded(row[column])
        return cls(doc_id=data["doc_id"], extractor=data["extractor"], tables=tables)

    def to_shard(self) -> tuple[str, list[str]]:
        """The rows as a Dask shard carries them (:meth:`from_shard` reads them back): JSON
        as :meth:`to_json` with ``encode_json`` makes it, except that each JSON column's
        value is a number, the position of its encoded text in the list that comes with
        the JSON.

        The encoded texts are most of a document's rows (70% on the generated corpus);
        inside the JSON they were escaped by the worker and unescaped by the client, the
        one process that stores (issue #7); apart, they travel as they are.
        """
        texts: list[str] = []
        tables: dict[str, list[dict[str, Any]]] = {}
        for name, rows in self.tables.items():
            columns = JSON_COLUMNS.get(name, ())
            if not columns:
                tables[name] = list(rows)
                continue
            out = []
            for row in rows:
                copy = dict(row)
                for column in columns:
                    if column in copy:
                        copy[column] = len(texts)
                        texts.append(encode_json_value(row[column]))
                out.append(copy)
            tables[name] = out
        data = {"doc_id": self.doc_id, "extractor": self.extractor, "tables": tables}
        return json.dumps(data, ensure_ascii=False, default=_iso_date), texts

    @classmethod
    def from_shard(cls, text: str, texts: Sequence[str]) -> ExtractionRows:
        """The rows :meth:`to_shard` made, the JSON columns' texts as ``Encoded`` values."""
        data = json.loads(text)
        tables: dict[str, list[dict[str, Any]]] = data["tables"]
        _dates_back(tables)
        for name, columns in JSON_COLUMNS.items():
            for row in tables.get(name, ()):
                for column in columns:
                    if column in row:
                        row[column] = Encoded(texts[row[column]])
        return cls(doc_id=data["doc_id"], extractor=data["extractor"], tables=tables)


def _dates_back(tables: Mapping[str, list[dict[str, Any]]]) -> None:
    """The date columns of rows read from JSON, ISO strings back to dates."""
    for name, columns in DATE_COLUMNS.items():
        for row in tables.get(name, ()):
            for column in columns:
                if row.get(column) is not None:
                    row[column] = dt.date.fromisoformat(row[column])


def _encoded_row(row: dict[str, Any], columns: Iterable[str]) -> dict[str, Any]:
    out = dict(row)
    for column in columns:
        if column in out:
            out[column] = encode_json_value(out[column])
    return out


def _iso_date(value: object) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__} in extraction rows")


def prepare_extraction(doc_id: str, extraction: Extraction, extractor: str) -> ExtractionRows:
    """The rows :meth:`Store.add_documents` inserts for one document's extraction."""
    return ExtractionRows(doc_id, extractor, extraction_rows(doc_id, extraction, extractor))


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; every stored timestamp is UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def mention_id(doc_id: str, extractor: str, mention: Mention) -> str:
    """sha256 of doc id, extractor name/version, sentence span and trigger span."""
    return _digest(
        doc_id, extractor, mention.sentence[0], mention.sentence[1], *mention.trigger.span
    )


def _unique_ids(base_ids: Iterable[str]) -> list[str]:
    """Keep ids stable but distinct when two records share their hashed parts."""
    seen: dict[str, int] = {}
    out = []
    for base in base_ids:
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.append(base if n == 0 else _digest(base, n))
    return out


def document_row(
    doc: Document, *, ingested_at: dt.datetime, extractor: str | None, previous_id: str | None
) -> dict[str, Any]:
    return {
        "id": doc.id,
        "url": doc.url,
        "source_name": doc.source_name,
        "title": doc.title,
        "author": doc.author,
        "published": doc.published,
        "published_precision": doc.published_precision,
        "published_source": doc.published_source,
        "language": doc.language,
        "language_score": doc.language_score,
        "text": doc.text,
        "origin": doc.origin,
        "origin_kind": doc.origin_kind,
        "ingested_at": ingested_at,
        "extractor_version": extractor,
        "previous_id": previous_id,
    }


def row_to_document(row: Mapping[Any, Any]) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        language=row["language"],
        title=row["title"],
        url=row["url"],
        source_name=row["source_name"],
        author=row["author"],
        published=row["published"],
        published_precision=row["published_precision"],
        published_source=row["published_source"],
        origin=row["origin"],
        origin_kind=row["origin_kind"],
        language_score=row["language_score"],
    )


def lexicon_versions(extraction: Extraction) -> dict[str, str]:
    return {k: v for k, v in extraction.versions.items() if k != "extractor"}


def extraction_rows(
    doc_id: str, extraction: Extraction, extractor: str
) -> dict[str, list[dict[str, Any]]]:
    """Rows for the mentions, claims, tallies and doc_warnings tables."""
    lexicons = lexicon_versions(extraction)
    mention_ids = _unique_ids(mention_id(doc_id, extractor, m) for m in extraction.events)
    mentions = []
    for ordinal, (mid, m) in enumerate(zip(mention_ids, extraction.events, strict=True)):
        mentions.append(
            {
                "id": mid,
                "doc_id": doc_id,
                "ordinal": ordinal,
                "event_type": m.event_type,
                "sub_event_type": m.sub_event_type,
                "mode": m.mode,
                "factuality": m.factuality,
                "date": m.date.value if m.date else None,
                "date_precision": m.date.precision if m.date else None,
                "location_text": m.location.text if m.location else None,
                "admin1": m.location.admin1 if m.location else None,
                "killed": m.killed.value if m.killed else None,
                "injured": m.injured.value if m.injured else None,
                "detained": m.detained.value if m.detained else None,
                "participants": m.participants.value if m.participants else None,
                "confidence": m.confidence,
                "extractor_version": extractor,
                "lexicon_versions": lexicons,
                "data": mention_to_dict(m),
            }
        )
    claim_ids = _unique_ids(
        _digest(doc_id, extractor, "claim", c.kind, *c.span) for c in extraction.claims
    )
    claims = [
        {
            "id": cid,
            "doc_id": doc_id,
            "ordinal": ordinal,
            "kind": c.kind,
            "topic": c.topic,
            "factuality": c.factuality,
            "claimant": c.claimant,
            "addressee": c.addressee,
            "target": c.target,
            "text": c.text,
            "span_start": c.span[0],
            "span_end": c.span[1],
            "extractor_version": extractor,
            "data": claim_to_dict(c),
        }
        for ordinal, (cid, c) in enumerate(zip(claim_ids, extraction.claims, strict=True))
    ]
    tally_ids = _unique_ids(
        _digest(doc_id, extractor, "tally", t.what, *t.span) for t in extraction.tallies
    )
    tallies = [
        {
            "id": tid,
            "doc_id": doc_id,
            "ordinal": ordinal,
            "what": t.what,
            "value": t.value,
            "qualifier": t.qualifier,
            "scope": t.scope,
            "since": t.since,
            "as_of": t.as_of,
            "attribution": t.attribution,
            "text": t.text,
            "span_start": t.span[0],
            "span_end": t.span[1],
            "extractor_version": extractor,
            "data": tally_to_dict(t),
        }
        for ordinal, (tid, t) in enumerate(zip(tally_ids, extraction.tallies, strict=True))
    ]
    warnings = [
        {
            "doc_id": doc_id,
            "ordinal": ordinal,
            "code": w.code,
            "message": w.message,
            "span_start": w.span[0] if w.span else None,
            "span_end": w.span[1] if w.span else None,
            "extractor_version": extractor,
        }
        for ordinal, w in enumerate(extraction.warnings)
    ]
    return {"mentions": mentions, "claims": claims, "tallies": tallies, "doc_warnings": warnings}
