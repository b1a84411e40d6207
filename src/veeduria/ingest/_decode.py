"""Bytes to text: binary files, encodings and empty files are caught here (E101-E103)."""

from __future__ import annotations

import codecs
import functools
import logging
import re

from veeduria.errors import E_BINARY, E_EMPTY, E_ENCODING
from veeduria.ingest.document import SourceFailure

logger = logging.getLogger(__name__)

# Byte order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control characters that do not occur in text (tab, newlines, form feed, escape do).
_CONTROL = frozenset(range(32)) - {9, 10, 11, 12, 13, 27}
#: A sample with more than this share of control characters is binary.
_CONTROL_SHARE = 0.05
_SAMPLE = 8192


@functools.cache
def _declaration_patterns() -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    return (
        re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']"""),
        re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9._-]{1,40})""", re.I),
    )


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls > _CONTROL_SHARE * len(sample)


def declared_encoding(data: bytes) -> str | None:
    """The encoding an XML declaration or HTML ``<meta charset>`` names, if Python knows it."""
    head = data[:2048]
    for pattern in _declaration_patterns():
        found = pattern.search(head)
        if found:
            name = found.group(1).decode("ascii")
            try:
                return codecs.lookup(name).name
            except LookupError:
                return None
    return None


def decode(data: bytes, origin: str, *, allow_declared: bool = False) -> str | SourceFailure:
    """Decode a source file, or return the failure.

    UTF-8 (with or without BOM) is read; UTF-16 and UTF-32 are read when they start with a
    byte order mark. With ``allow_declared`` (HTML and XML feeds), bytes that are not UTF-8
    are decoded with the encoding the document declares, as a browser would.
    """
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                return SourceFailure(
                    origin,
                    "decode",
                    E_ENCODING,
                    f"the file starts with a {encoding.upper()} byte order mark but is not "
                    f"valid {encoding.upper()} ({err.reason} at byte {err.start}); "
                    "convert it to UTF-8",
                )
            break
    if text is None:
        if b"\x00" in data or _looks_binary(data):
            return SourceFailure(
                origin,
                "decode",
                E_BINARY,
                "this is a binary file, not text (it contains NUL or control bytes); "
                "convert it to a text format first",
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            declared = declared_encoding(data) if allow_declared else None
            if declared and declared != "utf-8":
                try:
                    text = data.decode(declared)
                    logger.info("%s: not UTF-8, decoded as declared %s", origin, declared)
                except UnicodeDecodeError:
                    text = None
            if text is None:
                return SourceFailure(
                    origin,
                    "decode",
                    E_ENCODING,
                    f"the file is not UTF-8 (invalid byte 0x{data[err.start]:02x} at offset "
                    f"{err.start}); convert it to UTF-8 first, e.g. "
                    f"iconv -f LATIN1 -t UTF-8 {origin} > converted{_suffix(origin)} "
                    "(use the file's real encoding instead of LATIN1 if you know it)",
                )
    if not text.replace("\ufeff", "").strip():
        return SourceFailure(
            origin, "decode", E_EMPTY, "the file is empty or contains only whitespace"
        )
    return text


def _suffix(origin: str) -> str:
    dot = origin.rfind(".")
    return origin[dot:] if dot > origin.rfind("/") else ".txt"
