"""Publication dates: datelines at the start of a text, and dates given in records.

A dateline is the place and date a wire story opens with::

    Lima, 12 de enero de 2023 (Agencia) — ...
    LIMA, 12 ene (Agencia) - ...          (no year: recognised, but gives no date)
    PUNO, Jan. 10, 2023 — ...
    Jan 10 (Reuters) - ...                (no year: recognised, but gives no date)

Month names come from the ``months`` lexicon of each language; nothing here names a month.
A dateline without a year gives no date: guessing the year from "now" would silently date
an archive in the wrong year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import functools
import re
from dataclasses import dataclass

from veeduria.models import DatePrecision
from veeduria.resources import available_languages, load_lexicon
from veeduria.resources.loader import lexicon_names

#: Only the first lines of a text can hold a dateline.
DATELINE_LINES = 3
#: ... and only this many characters of each line are searched.
DATELINE_LINE_CHARS = 200

_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"


@dataclass(frozen=True)
class Dateline:
    """A dateline found near the start of a text; ``year`` is None when the text omits it."""

    text: str
    span: tuple[int, int]
    language: str
    day: int
    month: int
    year: int | None

    @property
    def date(self) -> dt.date | None:
        """The date, or None when the dateline has no year."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month, self.day)


@functools.cache
def _months(language: str) -> tuple[str, dict[str, int]]:
    """A regex alternation of the month names of ``language`` and a name -> month map.

    A name ending in a dot is an abbreviation; the dot is optional in text ("12 ene").
    """
    lookup: dict[str, int] = {}
    alternatives: list[str] = []
    entries = load_lexicon(language, "months").entries
    names = sorted(
        ((name, entry.month) for entry in entries for name in entry.names),
        key=lambda item: len(item[0]),
        reverse=True,
    )
    for name, month in names:
        stem = name.lower().rstrip(".")
        lookup[stem] = month
        alternatives.append(re.escape(stem) + (r"\.?" if name.endswith(".") else ""))
    return "|".join(alternatives), lookup


@functools.cache
def _date_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    months, _ = _months(language)
    month = rf"(?<![^\W\d_])(?P<month>{months})(?![^\W\d_])"
    forms: tuple[str, ...]
    if language == "en":
        forms = (
            # Jan. 10, 2023 / January 10 2023 / Jan 10
            rf"{month}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_YEAR})?",
            # 10 January 2023
            rf"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{month},?\s+{_YEAR}",
        )
    else:
        forms = (
            # 12 de enero de 2023 / 12 de enero del 2023 / 12 ene / 1.º de mayo
            rf"(?<!\d)(?P<day>[0-3]?\d)(?:\.?[º°]|ro)?\s+(?:de\s+)?{month}"
            rf"(?:,?\s+(?:del?\s+)?{_YEAR})?",
        )
    return tuple(re.compile(form, re.IGNORECASE) for form in forms)


@functools.cache
def _prefix_pattern() -> re.Pattern[str]:
    # one to three place names, each followed by a comma ("PUNO, ", "Juliaca, Puno, "),
    # then an optional weekday ("Lima, lunes 12 de enero").
    place = r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+)*\.?"
    return re.compile(rf"\s*(?:{place},\s*){{1,3}}(?:[^\W\d_]+,?\s+)?")


@functools.cache
def _tail_pattern() -> re.Pattern[str]:
    # what follows a dateline that has no place: an agency in brackets, then a dash, colon
    # or full stop, or the end of the line ("Jan 10 (Reuters) - ...")
    return re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:[-—–:.,]|$)")


@functools.cache
def _month_languages() -> tuple[str, ...]:
    return tuple(lang for lang in available_languages() if "months" in lexicon_names(lang))


def _languages(language: str | None) -> tuple[str, ...]:
    known = _month_languages()
    others = tuple(lang for lang in known if lang != language)
    return (language, *others) if language in known else others


def _valid_day(day: int, month: int, year: int | None) -> bool:
    # without a year, 29 February is allowed (leap year 2000)
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= last


def _match_line(line: str, offset: int, language: str) -> Dateline | None:
    for pattern in _date_patterns(language):
        found = pattern.search(line)
        if found is None:
            continue
        prefix = line[: found.start()]
        if prefix.strip():
            if not _prefix_pattern().fullmatch(prefix):
                continue
        elif not _tail_pattern().match(line, found.end()):
            continue
        _, lookup = _months(language)
        month = lookup[found.group("month").lower().rstrip(".")]
        day = int(found.group("day"))
        year = int(found.group("year")) if found.group("year") else None
        if not _valid_day(day, month, year):
            continue
        start = offset + (len(line) - len(line.lstrip()) if prefix.strip() else found.start())
        end = offset + found.end()
        return Dateline(
            text=line[start - offset : found.end()],
            span=(start, end),
            language=language,
            day=day,
            month=month,
            year=year,
        )
    return None


def find_dateline(text: str, language: str | None = None) -> Dateline | None:
    """Find a dateline in the first lines of ``text``.

    A dateline is a date, optionally preceded by one to three place names each followed by a
    comma, at the start of one of the first ``DATELINE_LINES`` non-empty lines. A date with
    no place before it must be followed by an agency in brackets, a dash, colon, full stop
    or the end of the line, so that a sentence opening with a date is not taken for one.

    Args:
        text: The (normalised) document text.
        language: The document language; its month names are tried first, then those of
            every other language with a ``months`` lexicon.

    Returns:
        The first dateline found, or None. Its ``date`` is None when the year is missing.
    """
    languages = _languages(language)
    seen = 0
    offset = 0
    while seen < DATELINE_LINES and offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end == -1 else end
        window = text[offset : min(end, offset + DATELINE_LINE_CHARS)]
        if window.strip():
            seen += 1
            # every dateline has a day number: skip the regexes on lines without digits
            if any(char.isdigit() for char in window):
                for lang in languages:
                    found = _match_line(window, offset, lang)
                    if found is not None:
                        return found
        offset = end + 1
    return None


#: how many of the last non-empty lines may hold a statement's closing date
SIGNATURE_LINES = 3


def find_signature_date(text: str, language: str | None = None) -> Dateline | None:
    """The closing date of a statement, a communiqué or a letter: a line among the last
    ``SIGNATURE_LINES`` non-empty ones that holds nothing but a date with its year, after up
    to three place names ("Lima, 10 de enero de 2023", "Puno, Perú, 9 de enero de 2023",
    "January 10, 2023"). Unions, rights groups and the Ombudsman sign their statements so;
    such a text has no dateline, and its dates ("el lunes 9 de enero") need the year.

    Returns:
        The date line found (its ``date`` is set), or None.
    """
    lines: list[tuple[int, str]] = []
    end = len(text)
    while end > 0 and len(lines) < SIGNATURE_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            lines.append((start, line))
        end = start - 1
    for offset, line in lines:
        if len(line) > DATELINE_LINE_CHARS or not any(c.isdigit() for c in line):
            continue
        for lang in _languages(language):
            found = _match_line(line, offset, lang)
            if (
                found is not None
                and found.date is not None
                and not line[found.span[1] - offset :].strip(" .")
            ):
                return found
    return None


def dateline_date(text: str, language: str | None = None) -> dt.date | None:
    """The date of the dateline of ``text``, or None (no dateline, or no year in it)."""
    found = find_dateline(text, language)
    return found.date if found else None


@functools.cache
def _given_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(r"\d{4}-\d{2}"), re.compile(r"\d{4}")


def parse_published(value: str) -> tuple[dt.date, DatePrecision]:
    """Parse a publication date given in a record or on the command line.

    Accepts ``YYYY-MM-DD`` and ISO 8601 datetimes (precision ``day``; a datetime keeps the
    calendar date as written, whatever its offset), ``YYYY-MM`` (``month``) and ``YYYY``
    (``year``).

    Raises:
        ValueError: the value is none of these.
    """
    raw = value.strip()
    month_form, year_form = _given_patterns()
    try:
        if month_form.fullmatch(raw):
            return dt.date(int(raw[:4]), int(raw[5:7]), 1), "month"
        if year_form.fullmatch(raw):
            return dt.date(int(raw), 1, 1), "year"
        if len(raw) >= 10:
            return dt.datetime.fromisoformat(raw).date(), "day"
    except ValueError:
        pass
    if "," in raw and raw[:1].isalpha():
        # the form of RSS and e-mail ("Tue, 10 Jan 2023 14:32:00 GMT"), as feeds and the
        # dumps made from them write it: the calendar date as written
        try:
            return email.utils.parsedate_to_datetime(raw).date(), "day"
        except (TypeError, ValueError, IndexError):
            pass
    raise ValueError(
        f"{value!r} is not a date; use YYYY-MM-DD or an ISO datetime such as "
        "2023-01-10T08:30:00-05:00 (or RSS's Tue, 10 Jan 2023 08:30:00 -0500)"
    )
