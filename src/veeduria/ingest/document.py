"""Building ``Document`` records, and the ``SourceFailure`` readers yield instead of raising.

Every reader ends in :func:`build_document`, so the rules for the text limit, the choice of
publication date and the language are written once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, replace

from veeduria.config import Settings
from veeduria.errors import E_EMPTY, E_NO_TEXT, E_TOO_LARGE, IngestError
from veeduria.ingest.langid import detect_language
from veeduria.ingest.normalize import normalize_text
from veeduria.ingest.pubdate import find_dateline, find_signature_date
from veeduria.models import DatePrecision, Document

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceFailure:
    """A source, or one record inside it, that did not become a ``Document``.

    ``stage`` is where it failed (``discover``, ``read``, ``decode``, ``parse``, ``detect``),
    ``code`` one of the E1xx codes of ``veeduria.errors``, and ``record`` the 0-based index
    of the record inside a JSON list, JSONL file (line index), CSV file (data row index,
    header excluded) or feed (entry index); None when the whole source failed.
    """

    path: str
    stage: str
    code: str
    message: str
    record: int | None = None

    def __str__(self) -> str:
        where = f" record {self.record}" if self.record is not None else ""
        return f"[{self.code}] {self.path}{where}: {self.message}"


@dataclass(frozen=True)
class ReadContext:
    """What a reader needs besides the text: where it came from and what the caller said."""

    origin: str
    settings: Settings
    published: dt.date | None = None
    language: str | None = None
    #: JSON Lines only: read the lines of these 0-based indexes, ``[start, stop)`` (stop
    #: None: to the end), as a part of the file (``read_source(lines=...)``)
    lines: tuple[int, int | None] | None = None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def make_document(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    published_precision: DatePrecision | None = None,
    published_source: str = "none",
    language: str | None = None,
    origin: str | None = None,
    origin_kind: str | None = None,
    author: str | None = None,
    source_name: str | None = None,
) -> Document:
    """Make a ``Document``: normalise the text, compute its id, detect its language if needed.

    Args:
        text: The document text; it is normalised with ``normalize_text``.
        title: Title; whitespace is collapsed, empty becomes None.
        url: Canonical URL.
        published: Publication date (a datetime is reduced to its date).
        published_precision: ``day``, ``week``, ``month`` or ``year``; defaults to ``day``
            when ``published`` is set.
        published_source: Where the date came from: ``metadata``, ``dateline``, ``given``,
            ``feed`` or ``none``; ``none`` with a date becomes ``given``.
        language: Language code; detected from the text when None.
        origin: The path, feed or ``-`` the text came from.
        origin_kind: ``text``, ``html``, ``json``, ``jsonl``, ``csv``, ``rss`` or ``atom``.
        author: Author, if known.
        source_name: Name of the publication or site.

    Returns:
        The document.

    Raises:
        IngestError: ``E103`` if the normalised text is empty.
    """
    body = normalize_text(text)
    if not body:
        raise IngestError("the text is empty", code=E_EMPTY, path=origin)
    score: float | None = None
    if language is None:
        language, score = detect_language(body)
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is None:
        published_precision, published_source = None, "none"
    else:
        published_precision = published_precision or "day"
        if published_source == "none":
            published_source = "given"
    return Document(
        # body is already normalised: this is document_id(text) without normalising twice
        id=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        text=body,
        language=language,
        title=_clean(title),
        url=_clean(url),
        source_name=_clean(source_name),
        author=_clean(author),
        published=published,
        published_precision=published_precision,
        published_source=published_source,
        origin=origin,
        origin_kind=origin_kind,
        language_score=score,
    )


def build_document(
    text: str,
    context: ReadContext,
    *,
    kind: str,
    record: int | None = None,
    override: bool = True,
    title: str | None = None,
    url: str | None = None,
    own_date: tuple[dt.date, DatePrecision] | None = None,
    own_date_source: str = "given",
    own_language: str | None = None,
    author: str | None = None,
    source_name: str | None = None,
    empty_code: str = E_NO_TEXT,
    empty_message: str = "no text was found",
) -> Document | SourceFailure:
    """Apply the shared rules and make the document, or say why not.

    The date is chosen in this order (the language likewise):

    - ``override=True`` (one document per file: text, HTML): the caller's ``published``,
      then the source's own date (``own_date``, e.g. HTML metadata), then the dateline;
    - ``override=False`` (records: JSON, JSONL, CSV, feed entries): the record's own date,
      then the caller's ``published``, then the dateline.
    """
    body = normalize_text(text)
    if not body:
        return SourceFailure(context.origin, "parse", empty_code, empty_message, record)
    limit = context.settings.max_text_chars
    if len(body) > limit:
        return SourceFailure(
            context.origin,
            "parse",
            E_TOO_LARGE,
            f"the text has {len(body):,} characters, more than max_text_chars={limit:,}; "
            "split the source or raise the setting",
            record,
        )
    languages = (context.language, own_language) if override else (own_language, context.language)
    language = next((lang for lang in languages if lang), None)
    score: float | None = None
    if language is None:
        language, score = detect_language(body)

    given: tuple[dt.date, DatePrecision] | None = (
        (context.published, "day") if context.published else None
    )
    if override:
        choices = ((given, "given"), (own_date, own_date_source))
    else:
        choices = ((own_date, own_date_source), (given, "given"))
    published: dt.date | None = None
    precision: DatePrecision | None = None
    source = "none"
    for choice, choice_source in choices:
        if choice is not None:
            (published, precision), source = choice, choice_source
            break
    else:
        dateline = find_dateline(body, language)
        if dateline is not None and dateline.date is not None:
            published, precision, source = dateline.date, "day", "dateline"
        elif (signed := find_signature_date(body, language)) is not None and signed.date:
            published, precision, source = signed.date, "day", "signature"
    document = make_document(
        body,
        title=title,
        url=url,
        published=published,
        published_precision=precision,
        published_source=source,
        language=language,
        origin=context.origin,
        origin_kind=kind,
        author=author,
        source_name=source_name,
    )
    if score is not None:
        document = replace(document, language_score=score)
    logger.debug("document %s from %s (%s)", document.id[:12], context.origin, kind)
    return document
