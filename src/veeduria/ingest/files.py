"""Finding source files and reading them: the entry points of the ingest stage.

``discover`` turns paths, directories and glob patterns into a list of files;
``read_source`` reads one file into documents, choosing the reader by suffix;
``read_text`` reads text from stdin. None of them raises for bad input: every problem
becomes a ``SourceFailure`` that names the file, the stage and an E1xx code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import glob
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from veeduria.config import Settings
from veeduria.errors import (
    E_BINARY,
    E_EMPTY,
    E_NOT_FOUND,
    E_TOO_LARGE,
    E_UNSUPPORTED,
    IngestError,
)
from veeduria.ingest._decode import decode
from veeduria.ingest.document import ReadContext, SourceFailure, build_document
from veeduria.ingest.feeds import looks_like_feed, read_feed
from veeduria.ingest.html import read_html
from veeduria.ingest.langid import normalize_language
from veeduria.ingest.tabular import read_csv, read_json, read_jsonl
from veeduria.models import Document

logger = logging.getLogger(__name__)

Reader = Callable[[str, ReadContext], Iterator[Document | SourceFailure]]

#: suffix -> reader kind
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
_GLOB_CHARS = frozenset("*?[")


def _walk(directory: Path) -> list[Path]:
    """Every file under ``directory``, sorted, skipping hidden files and directories."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    return sorted(found)


def discover(inputs: Sequence[str]) -> tuple[list[Path], list[SourceFailure]]:
    """Expand paths, directories and glob patterns into a list of files.

    Directories are walked recursively; glob patterns may use ``**``. Hidden files and
    directories (names starting with a dot) are skipped inside directories and by patterns,
    but a hidden file named explicitly is kept. Files of unsupported types are kept, so that
    ``read_source`` reports them (``E109``) instead of dropping them silently. A file reached
    twice is listed once, in the order first seen.

    Args:
        inputs: Paths, directories and glob patterns.

    Returns:
        ``(files, failures)``; a failure (``E110``, stage ``discover``) for every input that
        matches no file.
    """
    files: list[Path] = []
    failures: list[SourceFailure] = []
    seen: set[Path] = set()
    for raw in inputs:
        if _GLOB_CHARS & set(raw):
            matches = [Path(match) for match in sorted(glob.glob(raw, recursive=True))]
            if not matches:
                failures.append(
                    SourceFailure(raw, "discover", E_NOT_FOUND, f"no file matches {raw!r}")
                )
                continue
        else:
            path = Path(raw)
            if not path.exists():
                failures.append(
                    SourceFailure(raw, "discover", E_NOT_FOUND, "no such file or directory")
                )
                continue
            matches = [path]
        found: list[Path] = []
        for match in matches:
            found.extend(_walk(match) if match.is_dir() else [match])
        if not found:
            failures.append(
                SourceFailure(
                    raw,
                    "discover",
                    E_NOT_FOUND,
                    "no files found (the directory is empty or holds only hidden files)",
                )
            )
        for path in found:
            if path not in seen:
                seen.add(path)
                files.append(path)
    logger.debug("discovered %d files, %d inputs matched nothing", len(files), len(failures))
    return files, failures


def _read_text_kind(text: str, context: ReadContext) -> Iterator[Document | SourceFailure]:
    title = None
    first = text.lstrip().split("\n", 1)[0]
    if context.origin.lower().endswith((".md", ".markdown")) and first.startswith("# "):
        title = first[2:]
    yield build_document(text, context, kind="text", title=title)


_READERS: dict[str, Reader] = {
    "text": _read_text_kind,
    "html": read_html,
    "json": read_json,
    "jsonl": read_jsonl,
    "csv": read_csv,
}


def _context(
    origin: str, settings: Settings, published: dt.date | None, language: str | None
) -> ReadContext:
    if isinstance(published, dt.datetime):
        published = published.date()
    return ReadContext(
        origin=origin,
        settings=settings,
        published=published,
        language=normalize_language(language) if language else None,
    )


def _read(path: Path, context: ReadContext) -> Iterator[Document | SourceFailure]:
    origin = context.origin
    suffix = path.suffix.lower()
    kind = SUFFIXES.get(suffix)
    if path.is_dir():
        yield SourceFailure(
            origin, "detect", E_UNSUPPORTED, "this is a directory; pass it to discover()"
        )
        return
    if kind is None:
        supported = ", ".join(sorted(SUFFIXES))
        what = f"files of type {suffix!r}" if suffix else "files without a suffix"
        yield SourceFailure(
            origin,
            "detect",
            E_UNSUPPORTED,
            f"{what} are not supported; supported suffixes: {supported}",
        )
        return
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        yield SourceFailure(origin, "read", E_NOT_FOUND, "the file does not exist")
        return
    except OSError as err:
        yield SourceFailure(origin, "read", E_BINARY, f"the file cannot be read: {err.strerror}")
        return
    limit = context.settings.max_file_bytes
    if size > limit:
        yield SourceFailure(
            origin,
            "read",
            E_TOO_LARGE,
            f"the file has {size:,} bytes, more than max_file_bytes={limit:,}; split it or "
            "raise the setting (--set max_file_bytes=...)",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield SourceFailure(origin, "read", E_BINARY, f"the file cannot be read: {err.strerror}")
        return
    text = decode(data, origin, allow_declared=kind in ("html", "feed"))
    if isinstance(text, SourceFailure):
        yield text
        return
    if kind == "feed":
        if suffix == ".xml" and not looks_like_feed(text):
            yield SourceFailure(
                origin,
                "detect",
                E_UNSUPPORTED,
                "this XML file is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> "
                "root element); other XML is not supported",
            )
            return
        yield from read_feed(text, context, suffix=suffix)
        return
    yield from _READERS[kind](text, context)


def _guarded(
    source: Iterator[Document | SourceFailure], origin: str
) -> Iterator[Document | SourceFailure]:
    """Turn an unexpected error into a failure so that one source cannot stop a batch."""
    index = 0
    try:
        for item in source:
            yield item
            index += 1
    except Exception as err:  # per-source isolation (STYLE.md §4); logged with traceback
        logger.exception("unexpected error while reading %s", origin)
        yield SourceFailure(
            origin,
            "parse",
            IngestError.code,
            f"unexpected error after {index} items ({type(err).__name__}: {err}); "
            "please report it with the file",
        )


def read_source(
    path: Path,
    settings: Settings,
    *,
    published: dt.date | None = None,
    language: str | None = None,
    lines: tuple[int, int | None] | None = None,
) -> Iterator[Document | SourceFailure]:
    """Read one source file into documents.

    The reader is chosen by suffix: ``.txt``/``.md`` text; ``.html``/``.htm`` pages;
    ``.json`` (one record or a list), ``.jsonl``, ``.csv`` records; ``.rss``/``.atom`` feeds,
    and ``.xml`` files whose root is a feed. Bad input never raises: it yields a
    ``SourceFailure``; a bad record inside a JSON, JSONL, CSV or feed yields a failure with
    its index and the other records are still read.

    Args:
        path: The file.
        settings: Resolved settings (``max_file_bytes``, ``max_text_chars``).
        published: Publication date the caller knows. It overrides the date a text or HTML
            file carries; records and feed entries keep their own date and get this one
            only when they have none.
        language: Language code the caller knows (same precedence as ``published``);
            detected when None.
        lines: A part of a JSON Lines file (``.jsonl``, ``.ndjson``): the 0-based line
            indexes ``[start, stop)`` (stop None: to the end). The parts of a file read
            one after the other give what the whole file gives; a failure of the whole
            file (missing, too large, undecodable) comes with the part starting at line 0
            only. Dask partitions split large dumps this way.

    Yields:
        ``Document`` or ``SourceFailure`` items.

    Raises:
        ValueError: ``language`` is not a language code, or ``lines`` is given for a file
            that is not JSON Lines or is not a range (caller errors, not bad input).
    """
    context = _context(str(path), settings, published, language)
    if lines is None:
        return _guarded(_read(path, context), context.origin)
    start, stop = lines
    if SUFFIXES.get(path.suffix.lower()) != "jsonl":
        raise ValueError(f"only JSON Lines files are read in parts, not {path}")
    if start < 0 or (stop is not None and stop < start):
        raise ValueError(f"lines {lines!r} of {path} are not a range")
    context = dataclasses.replace(context, lines=(start, stop))
    items = _guarded(_read(path, context), context.origin)
    return items if start == 0 else _without_file_failures(items)


def _without_file_failures(
    items: Iterator[Document | SourceFailure],
) -> Iterator[Document | SourceFailure]:
    """A later part of a file: the failures of the whole file (found, read or decoded:
    no record index) are the first part's to report."""
    for item in items:
        if isinstance(item, SourceFailure) and item.record is None and item.stage in _FILE:
            continue
        yield item


#: Stages whose failures concern a whole file.
_FILE = frozenset({"detect", "read", "decode"})


def _is_jsonl(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(lines) and all(line.startswith("{") and line.endswith("}") for line in lines)


def read_text(
    text: str,
    settings: Settings,
    *,
    origin: str = "-",
    published: dt.date | None = None,
    language: str | None = None,
) -> list[Document | SourceFailure]:
    """Read text that did not come from a file (stdin).

    When every non-empty line is a JSON object (it starts with ``{`` and ends with ``}``)
    the text is read as JSON Lines records, otherwise as one plain-text document.

    Args:
        text: The text.
        settings: Resolved settings (``max_text_chars``).
        origin: Name recorded as the document origin; ``-`` for stdin.
        published: As for :func:`read_source`.
        language: As for :func:`read_source`.

    Returns:
        Documents and failures, in order.

    Raises:
        ValueError: ``language`` is not a language code.
    """
    context = _context(origin, settings, published, language)
    if not text.replace("\ufeff", "").strip():
        return [SourceFailure(origin, "decode", E_EMPTY, "the input is empty")]
    reader: Reader = read_jsonl if _is_jsonl(text) else _read_text_kind
    return list(_guarded(reader(text, context), origin))
