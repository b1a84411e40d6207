"""Text normalisation and document ids.

The id of a document is the SHA-256 of its normalised text, so the same article saved with
CRLF line ends, trailing spaces or extra blank lines gets the same id and re-ingesting it is
a no-op.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

# \x0b and \x0c, and the Unicode line and paragraph separators, are line breaks too.
_NEWLINES = ("\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


@functools.cache
def _blank_runs() -> re.Pattern[str]:
    return re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Normalise a text so that trivial variations give the same string.

    Applies Unicode NFC, turns every kind of line break into ``\\n``, drops a leading byte
    order mark, strips trailing whitespace from every line, collapses two or more blank lines
    into one (a paragraph break), and strips the whole text. Spaces inside a line and leading
    indentation are kept.

    Args:
        text: Any text.

    Returns:
        The normalised text; an empty string if ``text`` held only whitespace.
    """
    text = unicodedata.normalize("NFC", text)
    for newline in _NEWLINES:
        if newline in text:
            text = text.replace(newline, "\n")
    text = text.replace("\ufeff", "")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _blank_runs().sub("\n\n", text).strip()


def document_id(text: str) -> str:
    """Return the document id: the SHA-256 hex digest of ``normalize_text(text)`` in UTF-8."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
