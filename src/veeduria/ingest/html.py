"""HTML pages (trafilatura) and HTML fragments (feed entries) to text.

Pages go through trafilatura with ``include_comments=False``: its default appends reader
comments to the text, and a reader's comment is not reporting. Title, canonical URL, author,
site name and date come from the page metadata. The date search is limited to markup
(``extensive_search=False``): htmldate's text search dates a page whose only date is
"12 de enero de 2023" in its body as 2023-01-01, so body dates are left to the dateline.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Iterator

import lxml.html
import trafilatura
from lxml import etree

from veeduria.errors import E_HTML, E_NO_TEXT
from veeduria.ingest.document import ReadContext, SourceFailure, build_document
from veeduria.ingest.normalize import normalize_text
from veeduria.models import DatePrecision, Document

logger = logging.getLogger(__name__)

_BLOCK = frozenset(
    "address article aside blockquote caption dd div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_DROP = frozenset("script style noscript template iframe object embed svg head".split())


@functools.cache
def _spaces() -> re.Pattern[str]:
    return re.compile(r"\s+")


def html_to_text(markup: str) -> str:
    """Turn an HTML fragment (a feed entry's content, a title) into plain text.

    Block elements become paragraph breaks, ``<br>`` a line break; scripts, styles and HTML
    comments are dropped and entities decoded. Plain text passes through unchanged apart from
    whitespace. This is for fragments that are all content; whole pages go through
    :func:`read_html`, which finds the main text and leaves boilerplate and comments out.
    """
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError) as err:
        logger.debug("fragment not parsed as HTML, kept as text: %s", err)
        return normalize_text(markup)
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if event == "start":
            if tag is None or tag in _DROP:
                walker.skip_subtree()
                continue
            if tag == "br":
                parts.append("\n")
            elif tag in _BLOCK:
                parts.append("\n\n")
            if element.text:
                parts.append(_spaces().sub(" ", element.text))
        else:
            if tag in _BLOCK:
                parts.append("\n\n")
            if element.tail and element is not root:
                parts.append(_spaces().sub(" ", element.tail))
    lines = "".join(parts).split("\n")
    return normalize_text("\n".join(line.strip() for line in lines))


def _paragraphs(text: str) -> str:
    """Trafilatura's text with its blocks as paragraphs.

    Trafilatura writes one line per block of the page (the headline, the standfirst, each
    paragraph, each list item) and separates them by a single line break, the break a
    plain-text file uses inside a paragraph. The blocks are paragraphs: a headline with no
    full stop is not the start of the first sentence under it ("Peru protest deaths rise to
    17 as clashes erupt near airport" over "LIMA, Jan 9 - At least 17 people ..."), and the
    extractor's paragraph rules (a story's place, what was told long ago) need them.
    """
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def _looks_truncated(markup: str) -> bool:
    lowered = markup[-4096:].lower()
    return "</html>" not in lowered and "</body>" not in lowered


def _metadata_date(value: str | None) -> tuple[dt.date, DatePrecision] | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]), "day"
    except ValueError:
        logger.debug("unusable metadata date %r", value)
        return None


def read_html(markup: str, context: ReadContext) -> Iterator[Document | SourceFailure]:
    """Read one HTML page into one document.

    Yields:
        The document, or a ``SourceFailure``: ``E105`` when the page cannot be parsed or is
        truncated and has no text, ``E111`` when a complete page has no main text.
    """
    try:
        extracted = trafilatura.bare_extraction(
            markup,
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, etree.LxmlError) as err:
        yield SourceFailure(
            context.origin, "parse", E_HTML, f"the HTML could not be parsed ({err})"
        )
        return
    text = _paragraphs(getattr(extracted, "text", None) or "")
    if not normalize_text(text):
        if _looks_truncated(markup):
            yield SourceFailure(
                context.origin,
                "parse",
                E_HTML,
                "the HTML is truncated or malformed (no closing </body> or </html> tag) "
                "and no text could be extracted from it",
            )
        else:
            yield SourceFailure(
                context.origin,
                "parse",
                E_NO_TEXT,
                "no main text was found in the page (it may be an index page, or its text "
                "may be loaded by JavaScript)",
            )
        return
    yield build_document(
        text,
        context,
        kind="html",
        title=getattr(extracted, "title", None),
        url=getattr(extracted, "url", None),
        author=getattr(extracted, "author", None),
        source_name=getattr(extracted, "sitename", None),
        own_date=_metadata_date(getattr(extracted, "date", None)),
        own_date_source="metadata",
    )
