"""RSS and Atom feeds (feedparser): one document per entry."""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import io
import logging
import re
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser

from veeduria.errors import E_FEED, E_NO_TEXT
from veeduria.ingest.document import ReadContext, SourceFailure, build_document
from veeduria.ingest.html import html_to_text
from veeduria.models import DatePrecision, Document

logger = logging.getLogger(__name__)

_MARKUP_TYPES = ("text/html", "application/xhtml+xml")


@functools.cache
def _feed_root() -> re.Pattern[str]:
    return re.compile(r"<(?:[A-Za-z][\w.-]*:)?(?:rss|feed|RDF)[\s>/]")


def looks_like_feed(text: str) -> bool:
    """True when an XML document's root element is ``rss``, ``feed`` (Atom) or ``rdf:RDF``."""
    return _feed_root().search(text[:4096]) is not None


def _as_text(detail: Mapping[str, Any] | None, value: str | None) -> str:
    if not value:
        return ""
    kind = (detail or {}).get("type", "text/html")
    return html_to_text(value) if kind in _MARKUP_TYPES else value


def _entry_text(entry: Mapping[str, Any]) -> str:
    # full content (content:encoded, atom:content) first, the summary only without it
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    contents.sort(key=lambda c: len(c["value"]), reverse=True)
    for content in contents:
        text = _as_text(content, content["value"])
        if text.strip():
            return text
    return _as_text(entry.get("summary_detail"), entry.get("summary"))


def _entry_date(entry: Mapping[str, Any]) -> tuple[dt.date, DatePrecision] | None:
    """The publication (or update) date as written in the feed, in the feed's own offset."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date(), "day"
        except (TypeError, ValueError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.strip()).date(), "day"
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")  # feedparser's UTC struct_time
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday), "day"
    return None


def _entry_source(entry: Mapping[str, Any]) -> str | None:
    """The outlet an entry names as its own (RSS ``<source>``, Atom ``<source><title>``): an
    aggregator's feed (a news search, a planet) gathers entries of many outlets, and the
    outlet, not the aggregator, is the entry's source."""
    source = entry.get("source")
    if not isinstance(source, Mapping):
        return None
    title = source.get("title")
    return title.strip() or None if isinstance(title, str) else None


def read_feed(
    text: str, context: ReadContext, *, suffix: str
) -> Iterator[Document | SourceFailure]:
    """Read an RSS or Atom feed: one document per entry.

    Yields:
        A document per entry; a ``SourceFailure`` (with the entry index) for an entry
        without text; ``E108`` for a feed that cannot be parsed and has no entries.
    """
    # feedparser is given bytes and the encoding: given a str it may fetch it as a URL or
    # open it as a file name.
    parsed = feedparser.parse(
        io.BytesIO(text.encode("utf-8")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
    )
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield SourceFailure(
                context.origin,
                "parse",
                E_FEED,
                f"the feed is malformed and has no readable entries ({problem})",
            )
        else:
            yield SourceFailure(context.origin, "parse", E_NO_TEXT, "the feed has no entries")
        return
    if parsed.get("bozo"):
        logger.info(
            "%s: feed is not well-formed (%s); read %d entries anyway",
            context.origin,
            parsed.get("bozo_exception"),
            len(entries),
        )
    version = str(parsed.get("version") or "")
    kind = "atom" if version.startswith("atom") or (not version and suffix == ".atom") else "rss"
    feed = parsed.get("feed") or {}
    source_name = _as_text(feed.get("title_detail"), feed.get("title")) or None
    for index, entry in enumerate(entries):
        title = _as_text(entry.get("title_detail"), entry.get("title")) or None
        label = f"entry {index}" + (f" ({title!r})" if title else "")
        yield build_document(
            _entry_text(entry),
            context,
            kind=kind,
            record=index,
            override=False,
            title=title,
            url=entry.get("link"),
            author=entry.get("author"),
            source_name=_entry_source(entry) or source_name,
            own_date=_entry_date(entry),
            own_date_source="feed",
            empty_code=E_NO_TEXT,
            empty_message=f"{label} has no content or summary text",
        )
