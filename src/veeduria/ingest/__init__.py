"""Ingest: sources (files, feeds, JSON/CSV dumps, stdin) -> ``Document`` records.

Pure of any database: the store and pipeline take the documents and failures from here.
Modules: ``files`` (discover, dispatch by suffix, stdin), ``html``, ``feeds``, ``tabular``
(JSON, JSONL, CSV), ``pubdate`` (datelines, given dates), ``langid``, ``normalize``
(text normalisation and ids), ``document`` (records and the shared rules).
"""

from veeduria.ingest.document import SourceFailure, make_document
from veeduria.ingest.files import discover, read_source, read_text
from veeduria.ingest.langid import detect_language
from veeduria.ingest.normalize import document_id, normalize_text
from veeduria.ingest.pubdate import Dateline, find_dateline, parse_published

__all__ = [
    "Dateline",
    "SourceFailure",
    "detect_language",
    "discover",
    "document_id",
    "find_dateline",
    "make_document",
    "normalize_text",
    "parse_published",
    "read_source",
    "read_text",
]
