"""JSON, JSONL and CSV dumps: one document per record.

Fields: ``text`` (required), ``title``, ``url``, ``published`` (``YYYY-MM-DD``, ISO datetime,
``YYYY-MM`` or ``YYYY``), ``language``, and optionally ``author`` and ``source_name``.
Other fields are ignored. A bad record gives a failure with its index; the other records
are still read.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator, Mapping
from typing import Any

from veeduria.errors import E_CSV, E_EMPTY, E_JSON
from veeduria.ingest.document import ReadContext, SourceFailure, build_document
from veeduria.ingest.langid import normalize_language
from veeduria.ingest.pubdate import parse_published
from veeduria.models import Document

logger = logging.getLogger(__name__)

_STRING_FIELDS = ("title", "url", "author", "source_name")
#: The names other news dumps give our fields (NewsAPI's ``content`` and ``publishedAt``,
#: news-please's ``maintext`` and ``date_publish``, scrapers' ``body``, ``link`` and
#: ``date``), tried in this order when the field's own name is absent or empty. Compared
#: without regard to case, as CSV headers are.
_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "full_text", "fulltext", "article_text", "body", "article", "content"),
    "title": ("headline",),
    "url": ("link", "article_url", "source_url"),
    "published": (
        "published_at",
        "publishedat",
        "date_publish",
        "date_published",
        "datepublished",
        "pubdate",
        "pub_date",
        "publication_date",
        "date",
    ),
    "author": ("authors", "byline", "creator"),
    "source_name": ("source", "sitename", "site_name", "outlet", "publisher", "source_domain"),
    "language": ("lang",),
}

_TEXT_COLUMNS = frozenset(("text", *_ALIASES["text"]))


def _field(record: Mapping[str, Any], name: str) -> tuple[str, Any]:
    """``(key, value)`` of a field in a record: its own name, else the first of its aliases
    with a value (``_ALIASES``). A source or an author given as an object (NewsAPI's
    ``{"id": ..., "name": "Reuters"}``) gives its name; a list of authors, their names joined."""
    if record.get(name) not in (None, ""):
        return name, record[name]
    keys = {str(k).strip().lower(): k for k in record}
    for alias in (name, *_ALIASES.get(name, ())):
        key = keys.get(alias)
        if key is None or record[key] in (None, "", [], {}):
            continue
        value = record[key]
        if isinstance(value, Mapping) and name in ("source_name", "author"):
            value = value.get("name")
        elif (
            isinstance(value, list) and name == "author" and all(isinstance(v, str) for v in value)
        ):
            value = ", ".join(value)
        return str(key), value
    return name, None


#: Delimiters tried, in order, to find a header with a ``text`` column.
_DELIMITERS = (",", ";", "\t")


def record_document(
    record: Mapping[str, Any],
    context: ReadContext,
    *,
    kind: str,
    index: int,
    where: str,
    code: str,
) -> Document | SourceFailure:
    """Turn one record into a document, or a failure that names the record and the field."""

    def fail(message: str) -> SourceFailure:
        return SourceFailure(context.origin, "parse", code, f"{where}: {message}", index)

    key, text = _field(record, "text")
    if text is None:
        if "text" in record:
            return fail("the record's 'text' is empty")
        others = ", ".join(repr(a) for a in _ALIASES["text"])
        return fail(f"the record has no 'text' field (nor {others}); every record needs its text")
    if not isinstance(text, str):
        return fail(f"{key!r} must be a string, got {type(text).__name__}")
    if not text.strip():
        return fail(f"the record's {key!r} is empty")
    values: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        key, value = _field(record, name)
        if value is not None and not isinstance(value, str):
            return fail(f"{key!r} must be a string, got {type(value).__name__}")
        values[name] = value or None
    key, published = _field(record, "published")
    own_date = None
    if published not in (None, ""):
        if not isinstance(published, str):
            return fail(f"{key!r} must be a string such as 2023-01-10, got {published!r}")
        try:
            own_date = parse_published(published)
        except ValueError as err:
            return fail(f"{key!r}: {err}")
    key, language = _field(record, "language")
    own_language = None
    if language not in (None, ""):
        try:
            own_language = normalize_language(str(language))
        except ValueError as err:
            return fail(f"{key!r}: {err}")
    return build_document(
        text,
        context,
        kind=kind,
        record=index,
        override=False,
        title=values["title"],
        url=values["url"],
        author=values["author"],
        source_name=values["source_name"],
        own_date=own_date,
        own_date_source="given",
        own_language=own_language,
        empty_code=code,
        empty_message=f"{where}: the record's text is empty",
    )


def read_json(text: str, context: ReadContext) -> Iterator[Document | SourceFailure]:
    """Read a JSON file holding one record (an object) or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield SourceFailure(
            context.origin,
            "parse",
            E_JSON,
            f"not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}",
        )
        return
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        yield SourceFailure(
            context.origin,
            "parse",
            E_JSON,
            f"the JSON must be an object or a list of objects, not a {type(data).__name__}",
        )
        return
    if not data:
        yield SourceFailure(context.origin, "parse", E_EMPTY, "the JSON list has no records")
        return
    for index, item in enumerate(data):
        where = f"record {index}"
        if not isinstance(item, dict):
            yield SourceFailure(
                context.origin,
                "parse",
                E_JSON,
                f"{where} is a {type(item).__name__}, not an object",
                index,
            )
            continue
        yield record_document(item, context, kind="json", index=index, where=where, code=E_JSON)


def read_jsonl(text: str, context: ReadContext) -> Iterator[Document | SourceFailure]:
    """Read JSON Lines: one object per line; blank lines are skipped.

    The record index of a failure is the 0-based line index (line number minus one).
    With ``context.lines``, only the lines of that range are read.
    """
    lines = text.split("\n")
    start, stop = context.lines or (0, None)
    for index, line in enumerate(lines[start:stop], start=start):
        if not line.strip():
            continue
        where = f"line {index + 1}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield SourceFailure(
                context.origin,
                "parse",
                E_JSON,
                f"{where} is not valid JSON: {err.msg} at column {err.colno}",
                index,
            )
            continue
        if not isinstance(item, dict):
            yield SourceFailure(
                context.origin,
                "parse",
                E_JSON,
                f"{where} is a JSON {type(item).__name__}, not an object",
                index,
            )
            continue
        yield record_document(item, context, kind="jsonl", index=index, where=where, code=E_JSON)


def _header(line: str) -> tuple[str, list[str]]:
    """Pick the delimiter whose header row names a ``text`` column, or one of its aliases
    (comma by default)."""
    for delimiter in _DELIMITERS:
        names = [name.strip().lower() for name in next(csv.reader([line], delimiter=delimiter))]
        if _TEXT_COLUMNS.intersection(names):
            return delimiter, names
    return ",", [name.strip().lower() for name in next(csv.reader([line]))]


def read_csv(text: str, context: ReadContext) -> Iterator[Document | SourceFailure]:
    """Read a CSV file with a header row naming a ``text`` column.

    Comma, semicolon and tab delimiters are recognised from the header. The record index
    of a failure is the 0-based data row index (the header row is not counted).
    """
    body = text.lstrip("\ufeff")
    delimiter, _ = _header(body.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, strict=True)
    index = -1
    try:
        header = [name.strip().lower() for name in next(reader)]
        if not _TEXT_COLUMNS.intersection(header):
            others = ", ".join(repr(a) for a in _ALIASES["text"])
            yield SourceFailure(
                context.origin,
                "parse",
                E_CSV,
                f"the CSV has no 'text' column (its header is: {', '.join(header)}); "
                f"the first row must name the columns, one of them 'text' (or {others})",
            )
            return
        for index, row in enumerate(reader):
            if not any(cell.strip() for cell in row):
                continue
            where = f"row {index + 1} (line {reader.line_num})"
            if len(row) != len(header):
                yield SourceFailure(
                    context.origin,
                    "parse",
                    E_CSV,
                    f"{where} has {len(row)} fields but the header has {len(header)}",
                    index,
                )
                continue
            record = dict(zip(header, row, strict=True))
            yield record_document(record, context, kind="csv", index=index, where=where, code=E_CSV)
    except csv.Error as err:
        yield SourceFailure(
            context.origin,
            "parse",
            E_CSV,
            f"the CSV is malformed at line {reader.line_num} ({err}); the rest of the file "
            "was not read",
            index + 1 if index >= 0 else None,
        )
