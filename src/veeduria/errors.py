"""One exception hierarchy with stable codes.

Codes are short and searchable (``E101``). Messages say what went wrong and, where it helps,
what to do next. The CLI turns these into exit code 1; usage problems are exit code 2.
"""

from __future__ import annotations


class VeeduriaError(Exception):
    """Base class; ``code`` is stable across releases."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None, path: str | None = None):
        self.message = message
        self.path = path
        if code is not None:
            self.code = code
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"[{self.code}] {where}{self.message}"


class ConfigError(VeeduriaError):
    code = "E001"


class ResourceError(VeeduriaError):
    """A lexicon or gazetteer file is missing or invalid."""

    code = "E010"


class IngestError(VeeduriaError):
    """A source could not be read into documents.

    Codes: E101 unreadable/binary, E102 encoding, E103 empty, E104 too large,
    E105 malformed HTML, E106 malformed JSON, E107 malformed CSV, E108 malformed feed,
    E109 unsupported file type, E110 not found, E111 no text extracted.
    """

    code = "E100"


class ExtractionError(VeeduriaError):
    code = "E200"


class StorageError(VeeduriaError):
    code = "E300"


class NotFound(VeeduriaError):
    code = "E404"


# Ingest error codes, named for use in code and tests.
E_BINARY = "E101"
E_ENCODING = "E102"
E_EMPTY = "E103"
E_TOO_LARGE = "E104"
E_HTML = "E105"
E_JSON = "E106"
E_CSV = "E107"
E_FEED = "E108"
E_UNSUPPORTED = "E109"
E_NOT_FOUND = "E110"
E_NO_TEXT = "E111"
