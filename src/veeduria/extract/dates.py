"""Dates in news text, resolved against the publication date (never against today).

``compile_dates(lang)`` reads ``date_words.yaml``, ``months.yaml`` and ``number_words.yaml``
once into an immutable :class:`DateRules`; ``find_dates`` and ``read_dates`` are pure
functions over it.

How matching works (Python's ``re`` costs ~50 ns per text position for any non-trivial
pattern, so the text is scanned once and everything else is done per hit):

1. a *scanner* finds anchors in the lower-cased text: a digit, a month or weekday name,
   "hace", or the longest word of a fixed phrase ("semana" in "la semana pasada");
2. at each anchor, the *alternatives* that may start there are tried with one anchored
   match (a written date, a month with its year, a weekday, "hace tres días", a relative
   period or day, a bare month, a year, or a phrase to ignore); phrases anchored on a
   later word are searched for in a short window and must cover the anchor;
3. the words *before* the match ("el pasado", "la madrugada del", "a fines de", "en el año")
   are read with one match on the reversed text before it.

Resolution (``prefer='past'``; ``'future'`` mirrors it):

- a bare weekday ("el lunes", "on Monday") is the most recent such day on or before
  publication; "este lunes" / "this Monday" too; "el pasado lunes" / "last Monday" is the
  most recent strictly before; "el próximo lunes" / "next Monday" only with ``'future'``;
- a weekday with its week ("on Wednesday last week", "el miércoles de la semana pasada") is
  that week's day;
- a day and month without a year take the year that puts them on or before publication;
  a weekday given with them ("el lunes 9 de enero") picks the year where the two agree;
- a month without a year: the latest such month (or part of it) starting on or before
  publication; "last March", "el pasado mes de marzo": the latest one ended before it;
- weeks, months and years get ``start`` and ``end`` and their ``value`` is ``start``, except
  "hace dos semanas" (value: the day two weeks before publication, start/end ±3 days) and
  "hace dos meses" / "hace un año" (the same day shifted; start/end: that month or year);
- a day and month without a year more than 300 days back, when the coming one is at most 60
  days ahead, do not resolve with ``'past'`` ("previsto para el 13 de marzo" on 6 March);
- "A year ago today", "hoy hace un año": one day, a year before publication;
- a day range ("del 10 al 12 de enero") is its first day, with ``start`` and ``end``;
- without a publication date only dates that carry their year resolve.

Shifts ("dos días después", "a day after", "al día siguiente") count from another date of
the story and are returned apart by :func:`read_dates` (:class:`Shift`), never as dates.

Dates written with their year keep their value even after publication (the caller warns,
``W_DATE_AFTER_PUBLICATION``); nothing else is ever after publication with ``'past'``.

Choosing (``choose_event_date``, ``DateTrail``): which of a sentence's dates is an event's,
and what an undated event inherits; see docs/lexicons-dates-counts.md.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Literal

from veeduria.extract.numbers import (
    NumberRules,
    PhraseTable,
    WordScanner,
    compile_numbers,
    compile_phrases,
    lower_slice,
    normalize,
    parse_number,
    reversed_source,
    window_holds_any,
)
from veeduria.extract.terms import TermMatcher, hint_misses, phrase_hint
from veeduria.models import DateValue
from veeduria.resources.loader import load_lexicon

Prefer = Literal["past", "future"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_DAY_DIGITS = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_MNUM = r"(?:1[0-2]|0?[1-9])(?!\d)"
_GLUED_BEFORE = r"(?<![\w/.,:$-])"  # not "1/15/2022", "v2022", "$2022"
_GLUED_BEFORE_NONWORD = r"(?<![/.,:$-])"  # after a non-word character: _GLUED_BEFORE
#: after a phrase that ends its clause: no word, quote or bracket follows it
_ENDS_CLAUSE = r"(?![ \t]*[\w\"“«'‘(])"
_WINDOW = 48  # how far before an anchor a date expression may start
#: a day and month without a year this far back, when the coming one is near, is the coming one
_FAR_BACK_DAYS = 300
_SOON_DAYS = 60


@dataclass(frozen=True)
class _Alt:
    """One alternative: a kind of date expression with its own anchored regex."""

    kind: str  # ignore|day|month|weekday|ago|period|relday|month_bare|year
    index: int
    has_year: bool = False


@dataclass(frozen=True, eq=False)
class _Candidates:
    """What to try at one kind of anchor."""

    #: alternatives searched for in a window around the anchor (tried first)
    around: tuple[int, ...]
    #: the alternatives that start at the anchor, in priority order, as one regex whose
    #: top-level groups are named ``k<index>``
    at: re.Pattern[str] | None


@dataclass(frozen=True, eq=False)
class DateRules:
    """Compiled date words of one language. Build with :func:`compile_dates`."""

    language: str
    #: finds anchors in lower-cased text; group ``d`` is a digit
    scanner: re.Pattern[str]
    #: ``scanner``'s matches, found faster (the search ``_matches`` runs)
    scan: WordScanner
    anchors: PhraseTable[_Candidates]
    digits: _Candidates
    alts: tuple[_Alt, ...]
    #: one regex per alternative (lower-cased text), for the window search
    alt_regex: tuple[re.Pattern[str], ...]
    #: per kind, a regex over the reversed lower-cased text before a match; groups
    #: ``wd``, ``mod``, ``lead``, ``dp``, ``dp2``, ``edge``
    back: Mapping[str, re.Pattern[str]]
    back_not_before: re.Pattern[str]
    #: words right after a day and month that make them a name ("the 13 May Square"); None
    #: when the language has none (Spanish puts the word before: "plaza 13 de Mayo")
    not_after: re.Pattern[str] | None
    #: the first day of a range before a day ("del 10 al", "between 10 and"); group ``first``
    range_before: re.Pattern[str] | None
    weekdays: PhraseTable[int]
    months: PhraseTable[int]
    modifiers: PhraseTable[str]
    leads: PhraseTable[str | None]
    edges: PhraseTable[str]
    relative_days: PhraseTable[int]
    periods: PhraseTable[tuple[str, int]]
    units: PhraseTable[str]
    day_words: PhraseTable[int]
    #: shift words: (direction sign, governs the clause after it, days of a whole phrase or 0)
    shifts: PhraseTable[tuple[int, bool, int]]
    #: words that open a clause told as what came before the sentence's main event ("after
    #: students occupied the campus on Wednesday"): the governing shifts back, without amount
    after_words: WordScanner | None
    #: right after a day or a month, words that give it the year the story named last
    #: ("de aquel año", "of that year"); matched at the start of the text after the date
    that_year: re.Pattern[str] | None
    numbers: NumberRules
    #: lexicon fingerprints, for provenance
    versions: tuple[str, ...]
    #: the words that open an anniversary ("se cumple", "mañana se cumple", "marks"): the days
    #: from publication to the day it falls on
    anniversaries: PhraseTable[int]
    #: shifts with no amount ("días después", "days later"): the days past their offset they
    #: may reach
    shift_windows: PhraseTable[int] | None = None
    #: weekday words that name more than one day ("el fin de semana", "the weekend"): the
    #: days past their weekday they reach (their day is the first, at week precision)
    weekday_windows: PhraseTable[int] | None = None
    #: right before a weekday, words that point at the day the story is at ("ese jueves",
    #: "that Thursday"); matched at the end of the text before the weekday
    that_weekday: re.Pattern[str] | None = None
    #: at the start of a lower-cased date, the small hours of its day ("early on", "la
    #: madrugada del"): a clause opened by "after" in its sentence tells of the day before
    small_hours: re.Pattern[str] | None = None
    #: at the start of a lower-cased date, a deadline ("by Thursday morning", the leads whose id
    #: ends in ``.bound``): the day bounds an event told in the past, it does not date it
    bound: re.Pattern[str] | None = None
    #: before a day, a restrictive relative clause on a noun with its verb ("del paro que las
    #: bases reanudaron", "the campus that students occupied"), matched at the end of the text
    #: before the day
    relative_clause: re.Pattern[str] | None = None
    #: a word that opens a relative clause ("que", "which"), anywhere in a stretch of text
    relative_word: re.Pattern[str] | None = None
    #: right after the comma that closes a clause opened by "after", the word of a clause that
    #: goes on telling that earlier time (", cuando", ", when"), matched at the comma
    after_when: re.Pattern[str] | None = None
    #: at the start of a sentence, a word that opens a clause of what came before only there
    #: ("Tras el operativo del jueves, ..."): matched at the sentence's start
    after_opening: re.Pattern[str] | None = None
    #: a preposition and the determiner of a noun that names an earlier event ("tras la",
    #: "luego de los", "after the"): :func:`earlier_phrases`
    earlier_phrase: re.Pattern[str] | None = None
    #: the words before and after a time of day in four digits ("a las 1930", "1930 horas"):
    #: :func:`clock_time`, matched at the end of the text before the digits and right after them
    clock_before: re.Pattern[str] | None = None
    clock_after: re.Pattern[str] | None = None
    #: a night named with no day of its own ("de la noche", "overnight"): :func:`night_named`
    night: re.Pattern[str] | None = None
    #: a day named by pointing back at the one the story is at ("that night", "ese mismo día"):
    #: :meth:`DateTrail.date_for`'s ``same_day``
    same_day: re.Pattern[str] | None = None
    #: words that name what happened on the day that follows them ("what happened last night",
    #: "lo ocurrido el martes"): the story goes to that day (:func:`happened_on`)
    what_happened: re.Pattern[str] | None = None
    #: the funeral of someone the text told dead ("at her burial", "en su sepelio"): a day
    #: after the death, not the death's (:class:`veeduria.extract.pipeline`)
    funeral: re.Pattern[str] | None = None
    #: a death in hospital ("died in hospital", "falleció en el hospital"): told on a day after
    #: the one the story is at, it is a death of the incident that wounded the person, and the
    #: day of the death is not the event's (:class:`veeduria.extract.pipeline`)
    hospital_death: re.Pattern[str] | None = None
    #: after a comma, the words that open a clause telling what happened at a noun ("donde",
    #: "en los que", "where", "in which"): :func:`scene_head_day`
    scene_relative: re.Pattern[str] | None = None
    #: right after a shift that governs what follows, the determiner of a noun naming a past
    #: event ("ten days after the massacre"): the shift counts from the sentence's own day or the
    #: day the text is written (:attr:`Shift.written`), matched at the shift's end
    past_event: re.Pattern[str] | None = None
    #: the nouns of a count of people ("muertos", "fallecidos", "deaths", "killed") and up to
    #: five words after them, matched at the end of the text before a day that opens a period
    #: ("la cifra de fallecidos en las protestas desde el 7 de diciembre"): the day opens the
    #: count's period and is no event's (:func:`tally_period`; twenty-fourth session, dates13)
    tally_period: re.Pattern[str] | None = None
    #: the dead a day qualifies, after a definite determiner ("those killed last year", "los
    #: comuneros muertos el miércoles", "los fallecidos de diciembre"), matched at the end of
    #: the text before the day: :func:`dates_the_dead` (twenty-sixth session, dates15)
    dead_of_day: re.Pattern[str] | None = None
    #: the auxiliaries that make such a participle a clause's own verb ("were killed on
    #: Wednesday", "fueron asesinados el lunes"), matched at the end of the text before it
    dead_auxiliary: re.Pattern[str] | None = None
    #: the small hours named with no day at a sentence's opening ("En la madrugada,", "Pasada la
    #: medianoche,", "After midnight,"): :func:`past_midnight` (twenty-fourth session, dates13)
    after_midnight: re.Pattern[str] | None = None
    #: right after a day, the month or the year it falls in, counted from publication ("el 18
    #: del presente mes", "el 9 de enero del año pasado", "on January 9 last year"): group
    #: ``rel`` (:func:`_days_of_periods`; twenty-fifth session, dates14)
    period_of_day: re.Pattern[str] | None = None
    #: ``period_of_day``'s phrases: (unit, offset)
    periods_of_day: PhraseTable[tuple[str, int]] | None = None
    #: ``duration`` words, matched at the end of the text before an amount of hours ("un paro
    #: de 48 horas", "a strike for 48 hours"): a length, not a distance in time
    duration: re.Pattern[str] | None = None
    #: the last words of ``period_of_day``'s phrases, a cheap test on lower-cased text first
    period_of_day_hint: re.Pattern[str] | None = None
    #: the words of ``daypart`` entries ("la mañana del", "early", "the early hours of"),
    #: anywhere in a date's text
    daypart_words: re.Pattern[str] | None = None
    #: the words of ``modifier`` entries ("este", "el pasado", "this", "last"), anywhere in a
    #: date's text: a day so pointed at is the one nearest publication
    #: (:meth:`veeduria.extract.pipeline` ``_year_of_day_told``)
    modifier_words: re.Pattern[str] | None = None
    #: for ``after_words`` and ``earlier_phrase``, a word every match of theirs holds, in
    #: folded text (:func:`~veeduria.extract.terms.phrase_hint`): a sentence with none needs no
    #: search
    after_hint: TermMatcher | None = None
    earlier_hint: TermMatcher | None = None


# --------------------------------------------------------------------------------------------
# compiling
# --------------------------------------------------------------------------------------------


def _literal(chunk: str) -> str:
    return "".join(
        r"\s+" if piece.isspace() else re.escape(piece.lower())
        for piece in re.split(r"(\s+)", chunk)
        if piece
    )


def _template(pattern: str, i: int, *, day_words: str, month: str, ordinal: str) -> str:
    """The anchored regex of a format template ("{day} de {month} de {year}")."""
    out: list[str] = [_GLUED_BEFORE]
    pos = 0
    for m in _PLACEHOLDER.finditer(pattern):
        out.append(_literal(pattern[pos : m.start()]))
        name = m.group(1)
        if name == "day":
            suffix = f"(?:{ordinal})?" if ordinal else ""
            words = f"|(?P<dayw_{i}>{day_words})" if day_words else ""
            out.append(rf"(?:(?P<day_{i}>{_DAY_DIGITS}){suffix}(?!\w){words})")
        elif name == "month":
            out.append(f"(?P<month_{i}>{month})")
        elif name == "mnum":
            out.append(f"(?P<mnum_{i}>{_MNUM})")
        else:
            out.append(rf"(?<!\d)(?P<year_{i}>{_YEAR})")
        pos = m.end()
    out.append(_literal(pattern[pos:]))
    return "".join(out)


def _range_before(joiners: list[str], ordinal: str) -> re.Pattern[str] | None:
    """ "10 al " / "10, 11 y " / "10 to " at the end of the text before a day."""
    if not joiners:
        return None
    words = "|".join(_literal(j) for j in sorted(joiners, key=len, reverse=True))
    suffix = f"(?:{ordinal})?" if ordinal else ""
    day = rf"{_DAY_DIGITS}{suffix}(?!\d)"
    return re.compile(
        rf"{_GLUED_BEFORE}(?P<first>{_DAY_DIGITS}){suffix}(?!\d)(?:\s*,\s*{day})*"
        rf"\s*(?:{words})\s*\Z"
    )


def _after_words(patterns: list[str]) -> WordScanner | None:
    r"""``(?<!\w)(?:words)(?!\w)``, case-insensitive, as a :class:`WordScanner`: ``re`` tries a
    pattern that begins with a lookbehind at every position of a sentence, and this one for
    every sentence with an event."""
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return WordScanner.from_source(rf"(?<!\w)(?i:{words})(?!\w)")


def _small_hours(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?:{words})(?!\w)")


def _after_when(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf",\s*(?:{words})(?!\w)", re.IGNORECASE)


def _after_opening(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"\s*(?:{words})(?!\w)", re.IGNORECASE)


def _earlier_phrase(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _that_year(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"\s*,?\s*(?:{words})(?!\w)", re.IGNORECASE)


def _that_weekday(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\s+\Z", re.IGNORECASE)


def _clock_before(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})[ \t]+\Z", re.IGNORECASE)


def _clock_after(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:{words})(?!\w)", re.IGNORECASE)


def _night(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    # "de la noche del martes", "la noche anterior", "the night of the vote": a night of its own
    return re.compile(
        rf"(?<!\w)(?:{words})(?!\w)(?![ \t]+(?:del?|anterior|previa|siguiente|of|before)\b)",
        re.IGNORECASE,
    )


def _scene_relative(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf",[ \t]*(?:{words})(?!\w)", re.IGNORECASE)


def _past_event(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:{words})[ \t]", re.IGNORECASE)


#: how many words may stand between the verb of a death in hospital and the rest of its words
#: ("died yesterday in hospital", "falleció el lunes en el hospital")
_HOSPITAL_GAP = 4
#: how far a "where" clause may follow the hospital it is on ("en el hospital Hugo Pesce de
#: Andahuaylas, donde murió")
_HOSPITAL_WHERE = 80


def _hospital_death(patterns: list[str], places: list[str]) -> re.Pattern[str] | None:
    """A death in hospital: the words of a pattern, with up to four words after its verb ("died
    yesterday in hospital"), or a "where" clause whose verb is one of theirs on a hospital
    named before it ("Fue operado en el hospital regional, donde murió el lunes")
    (twenty-fourth session, dates13)."""
    if not patterns:
        return None
    pairs = [p.split(maxsplit=1) for p in patterns]
    verbs = sorted({v for v, *_ in pairs}, key=len, reverse=True)
    alts = []
    for verb, *rest in pairs:
        if rest:
            gap = rf"(?:\s+[^\s,;:.()]+){{0,{_HOSPITAL_GAP}}}?"
            alts.append(rf"{_literal(verb)}{gap}\s+{_literal(rest[0])}")
        else:
            alts.append(_literal(verb))
    where = ""
    if places:
        nouns = "|".join(_literal(p) for p in sorted(places, key=len, reverse=True))
        verb = "|".join(_literal(v) for v in verbs)
        where = (
            rf"|(?:{nouns})(?!\w)[^.;:]{{0,{_HOSPITAL_WHERE}}}?,\s+(?:en\s+)?(?:donde|where)\s+"
            rf"(?:(?:he|she|they|later|finally|finalmente)\s+)?(?:{verb})"
        )
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)}{where})(?!\w)", re.IGNORECASE)


#: the words a count may name after its noun before the "since" word ("en las protestas contra
#: el Gobierno", "in the unrest"): no more than five, no punctuation
_TALLY_WORDS = 5


def _tally_period(patterns: list[str], since: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    opening = "|".join(_literal(p) for p in sorted(since, key=len, reverse=True))
    tail = rf"(?:\s+(?:{opening}))?" if opening else ""
    return re.compile(
        rf"(?<!\w)(?:{words})(?:\s+[^\W\d_]+){{0,{_TALLY_WORDS}}}?{tail}\s*\Z",
        re.IGNORECASE,
    )


#: the words that may stand between the determiner and the word of the dead ("los dos
#: comuneros muertos", "the two young farmers killed")
_DEAD_WORDS = 3


def _dead_of_day(patterns: list[str], determiners: list[str]) -> re.Pattern[str] | None:
    if not patterns or not determiners:
        return None
    words = "|".join(_literal(p) for p in sorted(patterns, key=len, reverse=True))
    dets = "|".join(_literal(p) for p in sorted(determiners, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:{dets})(?:\s+[^\W\d_]+){{0,{_DEAD_WORDS}}}?\s+(?P<dead>{words})\s*\Z",
        re.IGNORECASE,
    )


def _items(
    entries: Iterable[Any], role: str, attr: str | None = None, /, **where: object
) -> list[tuple[str, Any]]:
    """``(pattern, payload)`` pairs of the entries with ``role`` (and the ``where`` fields)."""
    out: list[tuple[str, Any]] = []
    for entry in entries:
        if entry.role != role or any(getattr(entry, k) != v for k, v in where.items()):
            continue
        payload = getattr(entry, attr) if attr else True
        out.extend((p, payload) for p in entry.patterns)
    return out


def _opt(name: str, patterns: list[str], sep: str = r"\s+") -> str:
    """Optional ``sep`` + one of ``patterns``, reversed, as group ``name`` ('' if none)."""
    if not patterns:
        return ""
    return f"(?:{sep}(?P<{name}>{reversed_source(patterns)}))?"


def _lead_or_daypart(leads: list[str], dayparts: list[str]) -> str:
    """Reversed "[daypart] [lead]" before a weekday or a day: "la noche del", "early on"."""
    if not dayparts:
        return _opt("lead", leads)
    dp = reversed_source(dayparts)
    if not leads:
        return rf"(?:\s+(?P<dp>{dp}))?"
    return rf"(?:\s+(?P<dp>{dp})|\s+(?P<lead>{reversed_source(leads)})(?:\s+(?P<dp2>{dp}))?)?"


class _Builder:
    """Collects the alternatives and their anchors while compiling."""

    def __init__(self) -> None:
        self.alts: list[_Alt] = []
        self.sources: list[str] = []
        self.anchor_items: list[tuple[str, int]] = []  # (word, code); code < 0: "around"
        self.digit_codes: list[int] = []

    @property
    def next_index(self) -> int:
        return len(self.alts)

    def add(
        self,
        kind: str,
        source: str,
        first: Iterable[str] = (),
        *,
        phrases: Iterable[str] = (),
        digit: bool = False,
        has_year: bool = False,
    ) -> None:
        """Register an alternative. ``first``: words it starts with; ``phrases``: whole
        phrases, anchored on their longest word (anchoring on "la" or "the" would be slow)."""
        index = len(self.alts)
        self.alts.append(_Alt(kind, index, has_year))
        self.sources.append(source)
        self.anchor_items.extend((w.split()[0], index) for w in first)
        for phrase in phrases:
            words = phrase.split()
            key = max(words, key=len)
            self.anchor_items.append((key, index if key == words[0] else -1 - index))
        if digit:
            self.digit_codes.append(index)

    def candidates(self, codes: Iterable[int]) -> _Candidates:
        codes = set(codes)
        around = tuple(sorted(-1 - c for c in codes if c < 0))
        at = sorted(c for c in codes if c >= 0)
        regex = re.compile("|".join(f"(?P<k{c}>{self.sources[c]})" for c in at)) if at else None
        return _Candidates(around=around, at=regex)


#: how many words a noun phrase may take between its determiner and a relative word, and a
#: relative clause before its day
_REL_NOUN_WORDS = 3
_REL_CLAUSE_WORDS = 10


def _words_pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alt = "|".join(_literal(p) for p in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def _ends_with(words: list[str]) -> re.Pattern[str] | None:
    """One of ``words`` and the spaces after it, ending the text searched."""
    if not words:
        return None
    alt = "|".join(_literal(p) for p in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})\s+$", re.IGNORECASE)


def _last_words(phrases: list[str]) -> re.Pattern[str] | None:
    """The last words of ``phrases``, found anywhere in lower-cased text."""
    words = sorted({p.split()[-1].lower() for p in phrases if p.split()}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


def _relative_clause(heads: list[str], words: list[str]) -> re.Pattern[str] | None:
    if not heads or not words:
        return None

    def alt(items: list[str]) -> str:
        return "|".join(_literal(p) for p in sorted(items, key=len, reverse=True))

    word = r"[^\s,;:.()\[\]\"“”«»]+"
    return re.compile(
        rf"(?<!\w)(?:{alt(heads)})\s+(?P<noun>(?:{word}\s+){{1,{_REL_NOUN_WORDS}}}?)"
        rf"(?:{alt(words)})\s+(?:{word}\s+){{1,{_REL_CLAUSE_WORDS}}}\Z",
        re.IGNORECASE,
    )


@functools.cache
def compile_dates(language: str) -> DateRules:
    """Compile the date lexicons of ``language`` into :class:`DateRules`.

    Raises:
        ResourceError: a lexicon is missing or invalid.
    """
    words = load_lexicon(language, "date_words")
    months_lex = load_lexicon(language, "months")
    numbers = compile_numbers(language)
    entries = words.entries

    def patterns(role: str, **where: object) -> list[str]:
        return [p for p, _ in _items(entries, role, **where)]

    def leads(*scopes: str) -> list[str]:
        return [
            p
            for e in entries
            if e.role == "lead" and set(scopes) & set(e.scope)
            for p in e.patterns
        ]

    month_items = [(name, e.month) for e in months_lex.entries for name in e.names]
    month_names = [name for name, _ in month_items]
    months_dotted = compile_phrases(month_items, optional_final_dot=True)
    months_strict = compile_phrases(month_items)
    weekdays = compile_phrases(_items(entries, "weekday", "weekday"))
    day_words = compile_phrases(_items(entries, "day_word", "value"))
    ignore = compile_phrases(_items(entries, "ignore"))
    units = compile_phrases(_items(entries, "unit", "unit"))
    period_items = [
        (p, (e.unit, e.offset)) for e in entries if e.role == "relative_period" for p in e.patterns
    ]
    periods = compile_phrases(period_items)
    relative_days = compile_phrases(_items(entries, "relative_day", "offset"))
    mod_after = compile_phrases(_items(entries, "modifier", "direction", position="after"))
    dp_after = compile_phrases(_items(entries, "daypart", position="after"))
    ago_before = compile_phrases(_items(entries, "ago", position="before"))
    ago_after = compile_phrases(_items(entries, "ago", position="after"))
    ordinal = "|".join(
        re.escape(s.lower()) for s in sorted(patterns("ordinal_suffix"), key=len, reverse=True)
    )
    wd_suffix = "|".join(re.escape(s.lower()) for s in patterns("weekday_suffix"))
    word = numbers.words.lowered_source
    amount = (
        rf"(?:\d{{1,4}}(?!\d)|{word}(?:\s+{numbers.connectors.lowered_source}\s+{word}"
        rf"|\s*-\s*{word}|\s+{word})?)"
    )

    b = _Builder()
    if ignore.exact:
        b.add("ignore", ignore.lowered_source, phrases=patterns("ignore"))
    formats = patterns("format")
    # most specific first: day and year, day, then month and year
    for fmt in sorted(
        (f for f in formats if "{day}" in f), key=lambda f: ("{year}" not in f, -len(f))
    ):
        first = _PLACEHOLDER.match(fmt)
        starts = first.group(1) if first else ""
        source = _template(
            fmt,
            b.next_index,
            day_words=day_words.lowered_source if day_words.exact else "",
            month=months_dotted.lowered_source,
            ordinal=ordinal,
        )
        b.add(
            "day",
            source,
            month_names if starts == "month" else patterns("day_word") if starts == "day" else (),
            digit=starts in ("day", "mnum", "year"),
            has_year="{year}" in fmt,
        )
    for fmt in sorted((f for f in formats if "{day}" not in f), key=lambda f: -len(f)):
        source = _template(
            fmt, b.next_index, day_words="", month=months_dotted.lowered_source, ordinal=""
        )
        starts_with_month = fmt.startswith("{month}")
        b.add(
            "month",
            source,
            month_names if starts_with_month else (),
            digit=not starts_with_month,
            has_year=True,
        )
    i = b.next_index
    b.add(
        "weekday",
        f"(?P<wd_{i}>{weekdays.lowered_source})"
        + (f"(?:{wd_suffix})?" if wd_suffix else "")
        + (f"(?:\\s+(?P<moda_{i}>{mod_after.lowered_source}))?" if mod_after.exact else "")
        + (f"(?:\\s+{dp_after.lowered_source})?" if dp_after.exact else ""),
        patterns("weekday"),
    )
    if ago_before.exact and units.exact:
        i = b.next_index
        b.add(
            "ago",
            rf"{ago_before.lowered_source}\s+(?P<num_{i}>{amount})\s+(?P<unit_{i}>{units.lowered_source})",
            patterns("ago", position="before"),
        )
    marks = [(p, e.offset or 0) for e in entries if e.role == "anniversary" for p in e.patterns]
    if marks and units.exact:
        # "Mañana se cumple un año desde que ...", "Kenya marks a year since ...": the day the
        # anniversary falls on, counted back by months or years (twentieth session, factuality3)
        long_units = compile_phrases(
            [(p, u) for p, u in _items(entries, "unit", "unit") if u in ("month", "year")]
        )
        i = b.next_index
        b.add(
            "anniversary",
            rf"(?P<lead_{i}>{compile_phrases(marks).lowered_source})\s+(?P<num_{i}>{amount})"
            rf"\s+(?P<unit_{i}>{long_units.lowered_source})",
            phrases=[p for p, _ in marks],
        )
    if ago_after.exact and units.exact:
        i = b.next_index
        b.add(
            "ago",
            rf"(?P<num_{i}>{amount})\s+(?P<unit_{i}>{units.lowered_source})\s+{ago_after.lowered_source}",
            # anchored on the "ago" word: a window search finds the amount before it
            phrases=[f"0 {w}" for w in patterns("ago", position="after")],
        )
    shift_items = [
        (p, (1 if e.direction == "future" else -1, e.position == "before", abs(e.offset or 0)))
        for e in entries
        if e.role == "shift"
        for p in e.patterns
    ]
    shifts = compile_phrases(shift_items)
    amount_shifts = compile_phrases([(p, v) for p, v in shift_items if not v[2]])
    if amount_shifts.exact and units.exact:
        i = b.next_index
        b.add(
            "shift",
            rf"(?P<num_{i}>{amount})\s+(?P<unit_{i}>{units.lowered_source})\s+"
            rf"(?P<shift_{i}>{amount_shifts.lowered_source})(?!\w)",
            phrases=[f"0 {p}" for p, v in shift_items if not v[2]],
        )
        # "doce días después de la balacera y ocho después del desbloqueo": the unit of a
        # second amount is the first one's (read_dates drops it without a shift before it)
        i = b.next_index
        b.add(
            "shift",
            rf"(?P<num_{i}>{amount})\s+(?P<shift_{i}>{amount_shifts.lowered_source})(?!\w)",
            phrases=[f"0 {p}" for p, v in shift_items if not v[2]],
        )
    # "the day before": "before" also governs a clause ("the day before the vote"); so ended,
    # the phrase names a day only when it ends its clause ("The night before, ...")
    clause_words = {normalize(p) for p, v in shift_items if v[1] and not v[2] and " " not in p}
    whole_items = [(p, v) for p, v in shift_items if v[2]]
    for closing in (False, True):
        items = [
            (p, v) for p, v in whole_items if (normalize(p).split()[-1] in clause_words) == closing
        ]
        if not items:
            continue
        table = compile_phrases(items)
        i = b.next_index
        b.add(
            "shift",
            f"(?P<shift_{i}>{table.lowered_source})" + (_ENDS_CLAUSE if closing else "(?!\\w)"),
            phrases=[p for p, _ in items],
        )
    if period_items:
        b.add("period", periods.lowered_source, phrases=[p for p, _ in period_items])
    if relative_days.exact:
        b.add("relday", relative_days.lowered_source, phrases=patterns("relative_day"))
    i = b.next_index
    b.add("month_bare", f"(?P<month_{i}>{months_strict.lowered_source})", month_names)
    i = b.next_index
    b.add(
        "year", rf"{_GLUED_BEFORE}(?P<year_{i}>{_YEAR})(?![%°º]|[.,]\d)", digit=True, has_year=True
    )

    merged: dict[str, set[int]] = {}
    for anchor, code in b.anchor_items:
        merged.setdefault(normalize(anchor), set()).add(code)
    anchors = compile_phrases(
        [(w, b.candidates(codes)) for w, codes in merged.items()], optional_final_dot=True
    )
    dp_before = patterns("daypart", position="before")
    mod_before = patterns("modifier", position="before")
    back = {
        "day": _opt("wd", patterns("weekday"), r"\s+,?")
        + _opt("mod", mod_before)
        + _lead_or_daypart(leads("date", "month"), dp_before),
        "weekday": _opt("mod", mod_before) + _lead_or_daypart(leads("weekday"), dp_before),
        "month": _opt("edge", patterns("edge"), r"(?:\s+|-)") + _opt("lead", leads("month")),
        "year": _opt("lead", leads("year")),
    }
    back["month_bare"] = back["month"]
    after_items = [p for p, v in shift_items if v == (-1, True, 0)]
    return DateRules(
        language=language,
        anniversaries=compile_phrases(marks),
        scanner=re.compile(rf"(?P<d>{_GLUED_BEFORE}\d)|{anchors.lowered_source}"),
        scan=_anchor_scanner(anchors.lowered_source),
        anchors=anchors,
        digits=b.candidates(b.digit_codes),
        alts=tuple(b.alts),
        alt_regex=tuple(re.compile(source) for source in b.sources),
        back=MappingProxyType({k: re.compile(v) for k, v in back.items()}),
        back_not_before=re.compile(rf"\s*(?:{reversed_source(patterns('not_before'))})"),
        not_after=_not_after(patterns("not_after")),
        range_before=_range_before(patterns("range"), ordinal),
        weekdays=weekdays,
        months=months_dotted,
        modifiers=compile_phrases(_items(entries, "modifier", "direction")),
        leads=compile_phrases(
            [(p, e.direction) for e in entries if e.role == "lead" for p in e.patterns]
        ),
        edges=compile_phrases(_items(entries, "edge", "edge")),
        relative_days=relative_days,
        periods=periods,
        units=units,
        day_words=day_words,
        shifts=shifts,
        shift_windows=compile_phrases(
            [(p, e.window) for e in entries if e.role == "shift" and e.window for p in e.patterns]
        ),
        weekday_windows=compile_phrases(
            [(p, e.window) for e in entries if e.role == "weekday" and e.window for p in e.patterns]
        ),
        after_words=_after_words(after_items),
        after_hint=phrase_hint(after_items),
        that_year=_that_year(patterns("that_year")),
        that_weekday=_that_weekday(patterns("that_weekday")),
        after_when=_after_when(patterns("after_when")),
        after_opening=_after_opening(patterns("after_opening")),
        earlier_phrase=_earlier_phrase(patterns("earlier_phrase")),
        earlier_hint=phrase_hint(patterns("earlier_phrase")),
        relative_clause=_relative_clause(patterns("relative_head"), patterns("relative_word")),
        relative_word=_words_pattern(patterns("relative_word")),
        numbers=numbers,
        small_hours=_small_hours(
            [p for e in entries if e.id.endswith(".small_hours") for p in e.patterns]
        ),
        bound=_small_hours([p for e in entries if e.id.endswith(".bound") for p in e.patterns]),
        clock_before=_clock_before(patterns("clock", position="before")),
        clock_after=_clock_after(patterns("clock", position="after")),
        night=_night(patterns("night")),
        same_day=_words_pattern(patterns("same_day")),
        what_happened=_words_pattern(patterns("what_happened")),
        funeral=_words_pattern(patterns("funeral")),
        hospital_death=_hospital_death(
            [
                p
                for e in entries
                if e.role == "hospital_death" and not e.id.endswith(".place")
                for p in e.patterns
            ],
            [p for e in entries if e.id.endswith(".hospital_death.place") for p in e.patterns],
        ),
        scene_relative=_scene_relative(patterns("scene_relative")),
        past_event=_past_event(patterns("past_event")),
        after_midnight=_words_pattern(patterns("after_midnight")),
        tally_period=_tally_period(
            [
                p
                for e in entries
                if e.role == "tally_period" and not e.id.endswith(".opening")
                for p in e.patterns
            ],
            [p for e in entries if e.id.endswith(".tally_period.opening") for p in e.patterns],
        ),
        dead_of_day=_dead_of_day(
            [
                p
                for e in entries
                if e.role == "dead_of_day" and not e.id.endswith((".determiner", ".auxiliary"))
                for p in e.patterns
            ],
            [p for e in entries if e.id.endswith(".dead_of_day.determiner") for p in e.patterns],
        ),
        dead_auxiliary=_ends_with(
            [p for e in entries if e.id.endswith(".dead_of_day.auxiliary") for p in e.patterns]
        ),
        modifier_words=_words_pattern(patterns("modifier")),
        daypart_words=_words_pattern(patterns("daypart")),
        duration=_ends_with(patterns("duration")),
        period_of_day=_words_pattern(patterns("period_of_day")),
        period_of_day_hint=_last_words(patterns("period_of_day")),
        periods_of_day=compile_phrases(
            [
                (p, (e.unit, e.offset))
                for e in entries
                if e.role == "period_of_day"
                for p in e.patterns
            ]
        ),
        versions=(words.fingerprint, months_lex.fingerprint, *numbers.versions),
    )


# --------------------------------------------------------------------------------------------
# matching
# --------------------------------------------------------------------------------------------


@dataclass
class _Hit:
    """A match with the words read before it (offsets in the lower-cased chunk)."""

    alt: _Alt
    m: re.Match[str]
    start: int
    end: int
    before: dict[str, str]


def _anchor_scanner(anchor_source: str) -> WordScanner:
    """``DateRules.scanner`` as a :class:`WordScanner` (every anchor begins a word)."""
    if anchor_source.startswith(r"(?<!\w)"):
        words = anchor_source[len(r"(?<!\w)") :]
        return WordScanner(rf"{_GLUED_BEFORE_NONWORD}(?P<d>\d)|{words}")
    return WordScanner(rf"(?P<d>{_GLUED_BEFORE}\d)|{anchor_source}", fast=False)


def _matches(low: str, pos: int, rules: DateRules) -> Iterator[tuple[_Alt, re.Match[str]]]:
    """Alternative matches left to right, from anchor to anchor."""
    scan, alts, alt_regex = rules.scan, rules.alts, rules.alt_regex
    floor = pos  # a phrase found around an anchor may not start before the last match
    while True:
        anchor = scan.search(low, pos)
        if anchor is None:
            return
        a_start, a_end, a_match = anchor
        if a_match.group("d"):
            cands: _Candidates | None = rules.digits
        else:
            found = rules.anchors.lookup(low[a_start:a_end])
            cands = found[0] if found else None
        hit: tuple[_Alt, re.Match[str]] | None = None
        if cands is not None:
            for index in cands.around:
                m = alt_regex[index].search(low, max(floor, a_start - _WINDOW), a_end + _WINDOW)
                if m is not None and m.start() <= a_start < m.end():
                    hit = (alts[index], m)
                    break
            if hit is None and cands.at is not None:
                m = cands.at.match(low, a_start)
                if m is not None and m.lastgroup is not None:
                    hit = (alts[int(m.lastgroup[1:])], m)
        if hit is None:
            pos = a_end
            continue
        yield hit
        pos = floor = max(hit[1].end(), a_start + 1)


def _read_back(
    kind: str, low: str, pos: int, floor: int, rules: DateRules
) -> tuple[int, dict[str, str]]:
    """Read the words before ``pos`` (not before ``floor``) that belong to the date."""
    regex = rules.back.get(kind)
    if regex is None or pos <= floor:
        return pos, {}
    m = regex.match(low[max(floor, pos - _WINDOW) : pos][::-1])
    if m is None or not m.end():
        return pos, {}
    found = {k: v[::-1] for k, v in m.groupdict().items() if v}
    if "dp2" in found:
        found["dp"] = found.pop("dp2")
    return pos - m.end(), found


def _capital_ok(
    table: PhraseTable[Any], m: re.Match[str], group: str, text: str, offset: int
) -> bool:
    """A name written "May" in the lexicon must be capitalised in the text."""
    if group not in m.re.groupindex or not table.capitalized:
        return True
    words = m.group(group)
    if words is None or normalize(words) not in table.capitalized:
        return True
    return text[offset + m.start(group)].isupper()


#: how far before four digits the words of a time of day may start ("hasta las ")
_CLOCK_REACH = 12
#: the hours of a day, the minutes of an hour: "1930" may be a time, "1975" may not
_CLOCK_HOURS, _CLOCK_MINUTES = 24, 60


def clock_time(text: str, start: int, end: int, rules: DateRules) -> bool:
    """The four digits at ``text[start:end]`` are a time of day as armies and police write it
    ("a las 1930", "1930 horas", "at 0600 hours"), not a year: the hour and minute make a time
    and the words around it say so."""
    digits = text[start:end]
    if len(digits) != 4 or not digits.isdigit():
        return False
    if int(digits[:2]) >= _CLOCK_HOURS or int(digits[2:]) >= _CLOCK_MINUTES:
        return False
    before, after = rules.clock_before, rules.clock_after
    return bool(
        (before is not None and before.search(text, max(0, start - _CLOCK_REACH), start))
        or (after is not None and after.match(text, end))
    )


#: how far from an event word a night with no day may stand
_NIGHT_REACH = 40


def night_named(
    text: str, trigger: tuple[int, int], sentence: tuple[int, int], rules: DateRules
) -> bool:
    """A night with no day of its own stands right by the event word ("los disturbios de la
    noche", "clashes overnight"), in the same clause."""
    if rules.night is None:
        return False
    lo = max(sentence[0], trigger[0] - _NIGHT_REACH)
    hi = min(sentence[1], trigger[1] + _NIGHT_REACH)
    for m in rules.night.finditer(text, lo, hi):
        between = text[min(m.end(), trigger[1]) : max(m.start(), trigger[0])]
        if not any(c in between for c in ",;:.()"):
            return True
    return False


def _hits(text: str, low: str, offset: int, floor0: int, rules: DateRules) -> list[_Hit]:
    hits: list[_Hit] = []
    for alt, m in _matches(low, floor0, rules):
        kind, i = alt.kind, alt.index
        if kind == "ignore":
            hits.append(_Hit(alt, m, m.start(), m.end(), {}))
            continue
        if not _capital_ok(rules.months, m, f"month_{i}", text, offset) or not _capital_ok(
            rules.weekdays, m, f"wd_{i}", text, offset
        ):
            continue
        if kind == "relday" and _masthead_name(text, offset + m.start(), offset + m.end()):
            continue  # "EL ALTIPLANO HOY – Crónica": the outlet's name on its masthead
        prev = hits[-1] if hits else None
        start, before = _read_back(kind, low, m.start(), prev.start if prev else floor0, rules)
        if prev is not None and prev.start < start < prev.end:
            # the words before belong to the previous match: read them again, after it
            start, before = _read_back(kind, low, m.start(), prev.end, rules)
        if kind == "month_bare" and not ({"lead", "edge"} & before.keys()):
            continue  # a month name alone ("Mayo") is too often a name
        if kind == "year" and "lead" not in before:
            continue  # a bare "2000" is too often a count
        if kind == "year" and clock_time(low, m.start(f"year_{i}"), m.end(f"year_{i}"), rules):
            continue  # "desde 2100 horas": a time of day
        if kind == "day" and rules.range_before is not None and f"day_{i}" in m.re.groupindex:
            start, before = _range(low, start, m, i, prev.end if prev else floor0, before, rules)
        if kind == "day" and start > floor0:
            # the street word right before the day itself, no preposition of time between:
            # "avenida 28 de julio" is a name, "on the bridge on 19 January" a date
            day_at = max(start, m.start())
            window = low[max(floor0, day_at - _WINDOW) : day_at][::-1]
            if rules.back_not_before.match(window):
                continue  # "avenida 28 de julio"
        if kind == "day" and rules.not_after is not None and rules.not_after.match(low, m.end()):
            continue  # "the 13 May Square"
        if prev is not None and start <= prev.start:
            hits.pop()  # "el pasado mes" + "de diciembre": the month covers the period
        hits.append(_Hit(alt, m, start, m.end(), before))
    return hits


def _not_after(words: Sequence[str]) -> re.Pattern[str] | None:
    """The words that, right after a day and month, make them a name ("the 13 May Square",
    "28 July Avenue"), as a pattern anchored where the date ends; None when there are none."""
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"[ \t]+(?:{alternation})\b")


#: on a masthead, what may follow the outlet's name on its line: a separator or nothing
_MASTHEAD_END = re.compile(r"[ \t]*(?:[-–—|·•][^\n]*)?$", re.MULTILINE)
#: right before a day word on a masthead, another word of the name in capitals
_MASTHEAD_WORD = re.compile(r"[^\W\d_]{2,}[ \t]+\Z")


def _masthead_name(text: str, start: int, end: int) -> bool:
    """A day word ("HOY", "TODAY") that ends an outlet's name on the text's first line, all in
    capitals ("EL ALTIPLANO HOY – Crónica", "USA TODAY"): a name, not the day. On a later line,
    first on its line ("HOY: paro en Juliaca") or followed by more words of a headline ("PARO
    NACIONAL HOY EN PUNO"), it stays a day."""
    if "\n" in text[:start].lstrip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    word = text[start:end]
    if not word.isupper() or _MASTHEAD_END.match(text, end) is None:
        return False
    before = text[line_start:start]
    return before.isupper() and _MASTHEAD_WORD.search(before) is not None


def _range(
    low: str,
    start: int,
    m: re.Match[str],
    i: int,
    floor: int,
    before: dict[str, str],
    rules: DateRules,
) -> tuple[int, dict[str, str]]:
    """ "del 10 al 12 de enero": the range's first day joins the date (kept as ``range``)."""
    last = m.group(f"day_{i}")
    if last is None or rules.range_before is None:
        return start, before
    r = rules.range_before.search(low, max(floor, start - 32), start)
    if r is None or int(r.group("first")) >= int(last):
        return start, before
    new_start, found = _read_back("day", low, r.start(), floor, rules)
    return new_start, {**found, "range": r.group("first")}


# --------------------------------------------------------------------------------------------
# resolution
# --------------------------------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _edge_range(year: int, month: int, edge: str | None) -> tuple[dt.date, dt.date]:
    if edge == "start":
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if edge == "mid":
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if edge == "end":
        return dt.date(year, month, 21), _month_end(year, month)
    return dt.date(year, month, 1), _month_end(year, month)


def _lookup(table: PhraseTable[Any], words: str | None) -> Any:
    if not words:
        return None
    found = table.lookup(words)
    return found[0] if found else None


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _direction(before: dict[str, str], rules: DateRules, after: str | None = None) -> str | None:
    """past ("pasado", "last"), this ("este"), future ("próximo", "next") or None."""
    for words, table in (
        (before.get("mod"), rules.modifiers),
        (after, rules.modifiers),
        (before.get("lead"), rules.leads),
    ):
        value = _lookup(table, words)
        if value is not None:
            return str(value)
    return None


def _weekday(
    weekday: int, direction: str | None, published: dt.date, prefer: Prefer
) -> dt.date | None:
    back = (published.weekday() - weekday) % 7  # to the latest such day on or before
    ahead = (weekday - published.weekday()) % 7  # to the next such day on or after
    if direction == "past":
        return published - dt.timedelta(days=back or 7)
    if direction == "future":
        return published + dt.timedelta(days=ahead or 7) if prefer == "future" else None
    if prefer == "future":
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def _capitalised_name(hit: _Hit, text: str, offset: int) -> bool:
    """A day written as a word and its month, both capitalised inside a sentence ("el
    municipio Diez de Octubre", "la avenida Primero de Mayo"), name a place or a group: a day
    told in words is not capitalised in running text (twenty-sixth session, dates15)."""
    m, i = hit.m, hit.alt.index
    day_group, month_group = f"dayw_{i}", f"month_{i}"
    if (
        hit.alt.kind != "day"
        or day_group not in m.re.groupindex
        or month_group not in m.re.groupindex
        or m.start(day_group) < 0
        or m.start(month_group) < 0
    ):
        return False
    delta = offset + hit.start - m.start()  # the match's offsets into the text
    day_at, month_at = m.start(day_group) + delta, m.start(month_group) + delta
    if not (text[day_at : day_at + 1].isupper() and text[month_at : month_at + 1].isupper()):
        return False
    before = text[:day_at].rstrip()
    return bool(before) and before[-1] not in ".!?¡¿:;\n\"«“'–—-|(["


def _day(hit: _Hit, published: dt.date | None, rules: DateRules, prefer: Prefer) -> dt.date | None:
    m, i = hit.m, hit.alt.index
    day_text = _group(m, f"day_{i}")
    day = int(day_text) if day_text else _lookup(rules.day_words, _group(m, f"dayw_{i}"))
    month_text = _group(m, f"month_{i}")
    month = _lookup(rules.months, month_text) if month_text else int(m.group(f"mnum_{i}"))
    if day is None or month is None:
        return None
    year_text = _group(m, f"year_{i}")
    if year_text:
        return dt.date(int(year_text), month, day)
    if published is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue  # 29 February
    weekday = _lookup(rules.weekdays, hit.before.get("wd"))
    if weekday is not None:
        candidates = [c for c in candidates if c.weekday() == weekday] or candidates
    direction = _direction(hit.before, rules)
    mode = direction if direction in ("past", "future") else prefer
    past = max((c for c in candidates if c <= published), default=None)
    coming = min((c for c in candidates if c >= published), default=None)
    if mode == "past":
        if (
            direction is None
            and past is not None
            and coming is not None
            and (published - past).days > _FAR_BACK_DAYS
            and (coming - published).days <= _SOON_DAYS
        ):
            return None  # "previsto para el 13 de marzo" a week before it: last year's would say so
        return past
    return coming


def _month(
    hit: _Hit, published: dt.date | None, rules: DateRules, prefer: Prefer
) -> DateValue | None:
    m, i = hit.m, hit.alt.index
    month = _lookup(rules.months, _group(m, f"month_{i}"))
    if month is None:
        return None
    edge = _lookup(rules.edges, hit.before.get("edge"))
    year_text = _group(m, f"year_{i}")
    if year_text:
        year = int(year_text)
    elif published is None:
        return None
    else:
        direction = _direction(hit.before, rules)
        mode = direction if direction in ("past", "future") else prefer
        year = published.year
        first, last = _edge_range(year, month, edge)
        if mode == "past" and (first > published or (direction == "past" and last >= published)):
            year -= 1  # "last March" in March is a year back
        elif mode == "future" and last < published:
            year += 1
    first, last = _edge_range(year, month, edge)
    return DateValue(first, "month", "", (0, 0), first, last)


def _whole_days(amount: int | None, unit: str | None) -> tuple[int | None, str | None]:
    """Hours as days: "48 horas después", "24 hours ago" are two days and one; an amount of
    hours that makes no whole day ("dos horas después") is no day (twenty-fifth session)."""
    if unit != "hour" or amount is None:
        return amount, unit
    if amount <= 0 or amount % 24:
        return None, None
    return amount // 24, "day"


def _ago(hit: _Hit, published: dt.date, rules: DateRules) -> DateValue | None:
    m, i = hit.m, hit.alt.index
    amount, unit = _whole_days(
        parse_number(m.group(f"num_{i}"), rules.numbers), _lookup(rules.units, m.group(f"unit_{i}"))
    )
    if amount is None or unit is None or amount > 3000:
        return None
    if unit == "day":
        return DateValue(published - dt.timedelta(days=amount), "day", "", (0, 0))
    if unit == "week":
        value = published - dt.timedelta(weeks=amount)
        end = min(value + dt.timedelta(days=3), published)
        return DateValue(value, "week", "", (0, 0), value - dt.timedelta(days=3), end)
    if unit == "month":
        value = _shift_months(published, -amount)
        return DateValue(
            value, "month", "", (0, 0), value.replace(day=1), _month_end(value.year, value.month)
        )
    value = _shift_months(published, -12 * amount)
    return DateValue(
        value, "year", "", (0, 0), dt.date(value.year, 1, 1), dt.date(value.year, 12, 31)
    )


def _anniversary_day(hit: _Hit, published: dt.date, rules: DateRules) -> DateValue | None:
    """ "Mañana se cumple un año desde que el Ejército disparó", "Kenya marks a year since
    parliament was stormed": the day the anniversary falls on (publication, or the day after
    for "mañana", "tomorrow"), that many months or years back: one day."""
    m, i = hit.m, hit.alt.index
    amount = parse_number(m.group(f"num_{i}"), rules.numbers)
    unit = _lookup(rules.units, m.group(f"unit_{i}"))
    offset = _lookup(rules.anniversaries, m.group(f"lead_{i}"))
    if amount is None or unit not in ("month", "year") or offset is None or amount > 100:
        return None
    falls_on = published + dt.timedelta(days=offset)
    months = amount if unit == "month" else 12 * amount
    return DateValue(_shift_months(falls_on, -months), "day", "", (0, 0))


def _period(hit: _Hit, published: dt.date, rules: DateRules, prefer: Prefer) -> DateValue | None:
    found = _lookup(rules.periods, hit.m.group())
    if found is None:
        return None
    unit, offset = found
    if offset > 0 and prefer == "past":
        return None
    if unit == "week":
        first = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
        return DateValue(first, "week", "", (0, 0), first, first + dt.timedelta(days=6))
    if unit == "month":
        first = _shift_months(published.replace(day=1), offset)
        return DateValue(first, "month", "", (0, 0), first, _month_end(first.year, first.month))
    first = dt.date(published.year + offset, 1, 1)
    return DateValue(first, "year", "", (0, 0), first, dt.date(first.year, 12, 31))


def _resolve(
    hit: _Hit, published: dt.date | None, rules: DateRules, prefer: Prefer
) -> DateValue | None:
    kind, m, i = hit.alt.kind, hit.m, hit.alt.index
    if kind == "day":
        day = _day(hit, published, rules, prefer)
        if day is None:
            return None
        opens = int(hit.before.get("range", 0))
        if 0 < opens < day.day:  # "del 10 al 12 de enero": the first day, ending on the last
            begin = day.replace(day=opens)
            return DateValue(begin, "day", "", (0, 0), begin, day)
        return DateValue(day, "day", "", (0, 0))
    if kind in ("month", "month_bare"):
        return _month(hit, published, rules, prefer)
    if kind == "year":
        first = dt.date(int(m.group(f"year_{i}")), 1, 1)
        return DateValue(first, "year", "", (0, 0), first, dt.date(first.year, 12, 31))
    if published is None:
        return None
    if kind == "weekday":
        weekday = _lookup(rules.weekdays, m.group(f"wd_{i}"))
        if weekday is None:
            return None
        direction = _direction(hit.before, rules, _group(m, f"moda_{i}"))
        value = _weekday(weekday, direction, published, prefer)
        if value is None:
            return None
        window = (
            _lookup(rules.weekday_windows, m.group(f"wd_{i}"))
            if rules.weekday_windows is not None
            else None
        )
        if window:
            # "el fin de semana", "over the weekend": its Saturday, at week precision, ending on
            # its Sunday (twenty-fifth session, dates14)
            last = value + dt.timedelta(days=window)
            return DateValue(value, "week", "", (0, 0), value, last)
        return DateValue(value, "day", "", (0, 0))
    if kind == "ago":
        return _ago(hit, published, rules)
    if kind == "anniversary":
        return _anniversary_day(hit, published, rules)
    if kind == "period":
        return _period(hit, published, rules, prefer)
    if kind == "relday":
        offset = _lookup(rules.relative_days, m.group())
        if offset is None or (offset > 0 and prefer == "past"):
            return None
        return DateValue(published + dt.timedelta(days=offset), "day", "", (0, 0))
    return None


def find_dates(
    text: str,
    start: int,
    end: int,
    published: dt.date | None,
    rules: DateRules,
    *,
    prefer: Prefer = "past",
) -> list[DateValue]:
    """Every date expression inside ``text[start:end]``, resolved against ``published``.

    Args:
        text: the whole document text; spans in the result are offsets into it.
        start: where to start looking.
        end: where to stop looking.
        published: the publication date; ``None`` resolves only dates with a year.
        rules: from :func:`compile_dates` for the text's language.
        prefer: which way an ambiguous date ("el lunes", "9 de enero") resolves.

    Returns:
        The dates in text order, each with its text and span. An expression that does not
        resolve (a relative date without ``published``, "next Monday" with ``'past'``,
        "30 de febrero") is left out.

    Raises:
        ValueError: ``prefer`` is neither ``'past'`` nor ``'future'``.
    """
    if prefer not in ("past", "future"):
        raise ValueError(f"prefer must be 'past' or 'future', not {prefer!r}")
    return _find(text, start, end, published, rules, (prefer,))[0]


@dataclass(frozen=True)
class Shift:
    """A day counted from another date of the story: "dos días después", "a day after",
    "al día siguiente". ``governs``: it dates the clause that follows it ("un día después de
    decretar la emergencia"), which happened ``amount`` units before (``sign`` -1) or after
    the date of the rest of the sentence."""

    text: str
    span: tuple[int, int]
    amount: int
    unit: str
    sign: int
    governs: bool
    #: a shift with no amount ("días después", "days later"): how many days past ``amount``
    #: it may reach (its day is at week precision)
    window: int = 0
    #: it governs a noun naming a past event ("a diez días de la masacre", "ten days after the
    #: massacre"): counted from the sentence's own day, else the day the text is written, never
    #: from the day the story carried on from an earlier sentence
    written: bool = False

    def apply(self, reference: dt.date) -> dt.date:
        """The day this shift names, counted from ``reference``."""
        n = self.sign * self.amount
        if self.unit == "day":
            return reference + dt.timedelta(days=n)
        if self.unit == "week":
            return reference + dt.timedelta(weeks=n)
        return _shift_months(reference, n * (12 if self.unit == "year" else 1))


@dataclass(frozen=True)
class SentenceDates:
    """The dates of a stretch of text read once: resolved to the past, to the future, and the
    days it counts from other dates (:class:`Shift`)."""

    past: list[DateValue]
    future: list[DateValue]
    shifts: list[Shift]


def read_dates(
    text: str, start: int, end: int, published: dt.date | None, rules: DateRules
) -> SentenceDates:
    """:func:`find_dates` with ``prefer='past'`` and with ``prefer='future'``, and the shifts,
    reading the text once."""
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return SentenceDates([], [], [])
    offset = start - 1 if start > 0 else 0  # one character of context for word boundaries
    low = lower_slice(text, offset, end)
    hits = [h for h in _hits(text, low, offset, start - offset, rules) if h.alt.kind != "ignore"]
    shifts: list[Shift] = []
    for h in hits:
        if h.alt.kind == "shift":
            x = _shift(h, text, offset, rules, shifts[-1] if shifts else None)
            if x is not None:
                if (
                    x.governs
                    and rules.past_event is not None
                    and rules.past_event.match(text, x.span[1]) is not None
                ):
                    x = replace(x, written=True)
                shifts.append(x)
    taken = [(h.start + offset, h.end + offset) for h in hits]
    if _AT_DISTANCE_GUARD.search(low):
        shifts.extend(_at_distance(text, start, end, rules, taken))
        shifts.sort(key=lambda s: s.span)
    past, future = (
        _resolve_hits(hits, text, offset, published, rules, prefer) for prefer in ("past", "future")
    )
    if published is not None and _BARE_DAY_HINT.search(low) and _BARE_DAY_CUE.search(low):
        past, future = _with_bare_days(text, start, end, published, taken, past, future)
    if (
        published is not None
        and rules.period_of_day is not None
        and rules.period_of_day_hint is not None
        and rules.period_of_day_hint.search(low)
    ):
        told = list(rules.period_of_day.finditer(text, start, end))
        if told:
            past, future = _days_of_periods(text, told, published, rules, past, future)
    if published is not None and any(d.precision == "day" for d in past):
        past, future = (_numbered_weekdays(text, ds, published, rules) for ds in (past, future))
    if len(past) > 1:
        past, future = (_weekday_appositions(text, ds, rules) for ds in (past, future))
    if published is not None and _YEAR_RANGE_CUE.search(low):
        ranges = _year_ranges(text, start, end, published, taken)
        if ranges:
            past = sorted([*past, *ranges], key=lambda d: d.span)
            future = sorted([*future, *ranges], key=lambda d: d.span)
    return SentenceDates(past, future, shifts)


#: what sets a weekday beside the date it names: "18 January (Wednesday)", "el 18 de enero, un
#: miércoles", "Wednesday (18 January)"
_APPOSITION_AFTER = re.compile(r"\s*[(,]\s*(?:(?:a|an|un|una)\s+)?$", re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(r"\s*[(,]\s*$")


def _weekday_appositions(text: str, dates: list[DateValue], rules: DateRules) -> list[DateValue]:
    """A weekday set beside a day of the month in a parenthesis or after a comma ("18 January
    (Wednesday)", "el 18 de enero, un miércoles", "Wednesday (18 January)") names that day
    when the two agree: it is no other Wednesday (a dated entry of a report is not the week of
    its publication). A weekday that does not agree keeps its own day."""
    out = list(dates)
    for i, d in enumerate(dates):
        words = d.text.lower().split()
        weekday = _lookup(rules.weekdays, words[-1]) if d.precision == "day" and words else None
        if weekday is None:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(dates) or dates[j].precision != "day":
                continue
            e = dates[j]
            if (
                e.value.weekday() != weekday
                or _lookup(rules.weekdays, (e.text.lower().split() or [""])[-1]) is not None
            ):
                continue
            gap, pattern = (
                (text[e.span[1] : d.span[0]], _APPOSITION_AFTER)
                if j < i
                else (text[d.span[1] : e.span[0]], _APPOSITION_BEFORE)
            )
            if pattern.fullmatch(gap):
                out[i] = DateValue(e.value, "day", d.text, d.span)
                break
    return out


#: a day number right after a weekday ("el martes 17", "on Tuesday 17th"), then a stop, a date
#: lead or another weekday ("participar el martes 17 en una jornada", "martes 17, miércoles 18")
_WEEKDAY_NUMBER = re.compile(r"[ \t]+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|º|ª|°)?(?!\w)")
_WEEKDAY_NUMBER_STOP = re.compile(r"\s*(?:[,.;:)\]—–]|\s-|$)|\s+(?P<word>[^\W\d]+)")
#: how far from publication a weekday with its day number is looked for
_WEEKDAY_NUMBER_DAYS = 62


def _numbered_weekdays(
    text: str, dates: list[DateValue], published: dt.date, rules: DateRules
) -> list[DateValue]:
    """A weekday followed by its day of the month ("el martes 17", "Tuesday 17th") is that
    day, the one nearest publication on which the weekday and the number agree, ahead as well
    as behind ("Convocamos a participar el martes 17", written on Sunday the 15th): not the
    last Tuesday. The number must end the date ("El martes 17 personas murieron" counts)."""
    out = []
    for d in dates:
        words = d.text.lower().split()
        weekday = _lookup(rules.weekdays, words[-1]) if d.precision == "day" and words else None
        m = _WEEKDAY_NUMBER.match(text, d.span[1]) if weekday is not None else None
        stop = _WEEKDAY_NUMBER_STOP.match(text, m.end()) if m is not None else None
        if (
            m is None
            or stop is None
            or not (
                stop.group("word") is None
                or rules.leads.lookup(stop.group("word").lower())
                or rules.weekdays.lookup(stop.group("word").lower())
            )
        ):
            out.append(d)
            continue
        day = int(m.group("day"))
        found = [
            c
            for k in range(-_WEEKDAY_NUMBER_DAYS, _WEEKDAY_NUMBER_DAYS + 1)
            if (c := published + dt.timedelta(days=k)).day == day and c.weekday() == weekday
        ]
        if not found:
            out.append(d)
            continue
        value = min(found, key=lambda c: abs((c - published).days))
        out.append(DateValue(value, "day", text[d.span[0] : m.end()], (d.span[0], m.end())))
    return out


#: a weekday and its day number as a date's whole text ("el viernes 15", "Tuesday 17th")
_NUMBERED_TEXT = re.compile(
    r"(?P<wd>[^\W\d]+)[ \t]+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|º|ª|°)?$"
)
#: how far from a day told before it a weekday with its day number is looked for
_TOLD_WEEKDAY_DAYS = 31


def numbered_weekday(d: DateValue, text: str, rules: DateRules) -> tuple[int, int, int] | None:
    """(weekday, day of the month, end) of a weekday told with its day number ("el viernes 15",
    "On Wednesday 11"), whether the number was read into the date or left after it (no day
    near the writing agreed with both); None for any other date."""
    if d.precision != "day":
        return None
    m = _NUMBERED_TEXT.search(d.text.strip())
    if m is not None:
        weekday = _lookup(rules.weekdays, m.group("wd").lower())
        return None if weekday is None else (weekday, int(m.group("day")), d.span[1])
    words = d.text.lower().split()
    weekday = _lookup(rules.weekdays, words[-1]) if words else None
    after = _WEEKDAY_NUMBER.match(text, d.span[1]) if weekday is not None else None
    if weekday is None or after is None:
        return None
    stop = _WEEKDAY_NUMBER_STOP.match(text, after.end())
    if stop is None or stop.group("word") is not None:
        return None  # "On Wednesday 17 people died": a count
    return weekday, int(after.group("day")), after.end()


def numbered_weekday_near_told_day(
    d: DateValue,
    text: str,
    earlier: Sequence[DateValue],
    published: dt.date | None,
    rules: DateRules,
) -> DateValue:
    """ "Hace un año, el martes 19 de noviembre de 2019, soldados dispararon ... Cuatro días
    antes, el viernes 15, en el puente de Huayllani ...": a weekday with its day number told
    after a day long past (more than two months from the writing) is the day near that one on
    which the two agree, not the one nearest the writing (twenty-sixth session, dev-texts22).
    Else ``d``."""
    found_wd = numbered_weekday(d, text, rules) if published is not None else None
    if published is None or found_wd is None:
        return d
    weekday, day, end = found_wd
    told = [
        e
        for e in earlier
        if e.precision == "day"
        and e.span[1] <= d.span[0]
        and any(ch.isdigit() for ch in e.text)
        and numbered_weekday(e, text, rules) is None
    ]
    if not told:
        return d
    anchor = told[-1].value
    if abs((published - anchor).days) <= _WEEKDAY_NUMBER_DAYS:
        return d
    found = [
        c
        for k in range(-_TOLD_WEEKDAY_DAYS, _TOLD_WEEKDAY_DAYS + 1)
        if (c := anchor + dt.timedelta(days=k)).day == day and c.weekday() == weekday
    ]
    if not found:
        return d
    value = min(found, key=lambda c: abs((c - anchor).days))
    if value == d.value and end == d.span[1]:
        return d
    return DateValue(value, "day", text[d.span[0] : end], (d.span[0], end))


#: a day of the month with no month ("el pasado 15", "el día 3", "el próximo 20", "on the 15th"):
#: the month of the story's writing, or the one before when that day has not come yet
_BARE_DAY = re.compile(
    r"\b(?:(?:d?el\s+(?P<when>pasado|pr[oó]ximo)\s+(?:d[ií]a\s+)?|d?el\s+d[ií]a\s+)"
    r"(?P<day>3[01]|[12]\d|0?[1-9])|on\s+the\s+(?P<nth>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b"
    # "el día 15 de paro", "the 15th of ...": a count or a month that the dates already read
    r"(?![ \t]*(?:de|del|of|[/.:,-]?\d|%|º|°))",
    re.IGNORECASE,
)
_BARE_DAY_CUE = re.compile(r"\b(?:pasado|pr[oó]ximo|d[ií]a|the)\s+\d")
#: ``_BARE_DAY_CUE`` without its "\b": it finds every match of the cue, and more, much faster
#: (a pattern that opens on a word boundary is tried at every position; this one only where
#: "p", "d" or "t" stands)
_BARE_DAY_HINT = re.compile(r"(?:pasado|pr[oó]ximo|d[ií]a|the)\s+\d")


#: a day number alone before the month it falls in ("el 18 del presente mes", "el día 28 del
#: mes pasado", "on the 28th of last month")
_DAY_BEFORE_PERIOD = re.compile(
    r"(?:\b(?:d?el\s+(?:d[ií]a\s+)?|(?:on\s+)?the\s+))?(?P<day>3[01]|[12]\d|0?[1-9])"
    r"(?:st|nd|rd|th|º|°)?\s+$",
    re.IGNORECASE,
)
#: what may stand between a day and the month or year it falls in
_PERIOD_GAP = re.compile(r"\s*,?\s*")
_HAS_YEAR = re.compile(r"\d{4}")


def _days_of_periods(
    text: str,
    told: Sequence[re.Match[str]],
    published: dt.date,
    rules: DateRules,
    past: list[DateValue],
    future: list[DateValue],
) -> tuple[list[DateValue], list[DateValue]]:
    """A day followed by the month or the year it falls in, counted from publication: "el 18 del
    presente mes", "el 28 del mes pasado", "the 28th of last month" (the day of that month),
    "el 9 de enero del año pasado", "on January 9 last year" (that day and month of that year).
    The period is no date of its own."""
    out = [list(past), list(future)]
    for m in told:
        found = _lookup(rules.periods_of_day, m.group()) if rules.periods_of_day else None
        if found is None:
            continue
        unit, offset = found
        lo, hi = m.span()
        day: DateValue | None = None
        near = [d for d in past if d.precision == "day" and d.span[1] <= lo]
        last = max(near, key=lambda d: d.span[1], default=None)
        if (
            unit == "year"
            and last is not None
            and _PERIOD_GAP.fullmatch(text, last.span[1], lo)
            and re.search(r"\d", last.text)
            and not _HAS_YEAR.search(last.text)
        ):
            try:
                value = last.value.replace(year=published.year + offset)
            except ValueError:
                continue
            day = DateValue(value, "day", text[last.span[0] : hi], (last.span[0], hi))
            drop = last.span
        elif unit == "month":
            bare = _DAY_BEFORE_PERIOD.search(text, max(0, lo - 16), lo)
            if bare is None or any(d.span[0] < lo and d.span[1] > bare.start() for d in past):
                continue
            first = _shift_months(published.replace(day=1), offset)
            try:
                value = first.replace(day=int(bare.group("day")))
            except ValueError:
                continue
            day = DateValue(value, "day", text[bare.start() : hi], (bare.start(), hi))
            drop = day.span
        if day is None:
            continue
        for ds in out:
            ds[:] = sorted(
                [d for d in ds if not (d.span[0] < hi and d.span[1] > drop[0])] + [day],
                key=lambda d: d.span,
            )
    return out[0], out[1]


def _bare_day(published: dt.date, day: int, ahead: bool) -> dt.date | None:
    """The day ``day`` of the month of ``published`` or the one before (``ahead``: the month
    after), whichever is the nearest not after (not before) it."""
    year, month = published.year, published.month
    for _ in range(3):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            value = None
        if value is not None and (value >= published if ahead else value <= published):
            return value
        month += 1 if ahead else -1
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return None


#: a bare day told with "el día" or "on the", not pointed from the writing ("el pasado 15")
_TOLD_BARE_DAY = re.compile(
    r"(?:d?el\s+d[ií]a|on\s+the)\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?", re.IGNORECASE
)


def bare_day_told(text: str) -> bool:
    """``text`` is a bare day told with "el día" or "on the" ("el día 10", "on the 15th")."""
    return _TOLD_BARE_DAY.fullmatch(text.strip()) is not None


def bare_day_in_told_month(
    d: DateValue, earlier: Sequence[DateValue], published: dt.date | None
) -> DateValue:
    """ "El 8 de febrero, comuneros bloquearon la vía. El bloqueo se levantó el día 10", in a
    report written in March: a bare day after a day and month the paragraph told is a day of
    that month, when it falls after that day and not after the writing. Else ``d``."""
    if published is None or d.precision != "day" or not _TOLD_BARE_DAY.fullmatch(d.text.strip()):
        return d
    told = [
        e
        for e in earlier
        if e.precision == "day"
        and e.span[1] <= d.span[0]
        and any(ch.isdigit() for ch in e.text)
        and not _TOLD_BARE_DAY.fullmatch(e.text.strip())
    ]
    if not told:
        return d
    last = told[-1].value
    try:
        value = last.replace(day=d.value.day)
    except ValueError:
        return d
    if value == d.value or not last < value <= published:
        return d
    return replace(d, value=value)


def _with_bare_days(
    text: str,
    start: int,
    end: int,
    published: dt.date,
    taken: Sequence[tuple[int, int]],
    past: list[DateValue],
    future: list[DateValue],
) -> tuple[list[DateValue], list[DateValue]]:
    added = False
    for m in _BARE_DAY.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        when = (m.group("when") or "").lower()
        day = int(m.group("day") or m.group("nth"))
        for ahead, out in ((False, past), (True, future)):
            # "el pasado 15" is only behind, "el próximo 20" only ahead
            if (when == "pasado" and ahead) or (when.startswith("pr") and not ahead):
                continue
            value = _bare_day(published, day, ahead)
            if value is not None:
                out.append(DateValue(value, "day", m.group(), m.span()))
                added = True
    if added:
        past.sort(key=lambda d: d.span)
        future.sort(key=lambda d: d.span)
    return past, future


#: "entre 1983 y 1984", "between 1984 and 1995", "de 1984 a 1995", "from 1980 to 2000": a
#: stretch of years, dated by its first year with a window to the end of the last
_YEAR_RANGE = re.compile(
    rf"\b(?:entre|between|from|de)\s+(?:los\s+años\s+|the\s+years\s+)?(?P<first>{_YEAR})\s*"
    rf"(?:y|and|to|a|al|hasta|until|-|–)\s*(?P<last>{_YEAR})",
    re.IGNORECASE,
)
#: a cheap test before :data:`_YEAR_RANGE`: two four-digit years close together
_YEAR_RANGE_CUE = re.compile(r"(?:1[89]|20)\d\d\D{1,12}(?:1[89]|20)\d\d")


def _year_ranges(
    text: str, start: int, end: int, published: dt.date, taken: Sequence[tuple[int, int]]
) -> list[DateValue]:
    out = []
    for m in _YEAR_RANGE.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        first, last = int(m.group("first")), int(m.group("last"))
        if not first < last <= published.year:
            continue
        begin = dt.date(first, 1, 1)
        out.append(DateValue(begin, "year", m.group(), m.span(), begin, dt.date(last, 12, 31)))
    return out


#: "A un mes de la masacre", "a los tres días del desalojo", "al cumplirse un año de las
#: muertes": what follows happened that long before the day of the sentence, as with
#: "después de" (the amount and the unit are read with the lexicon's words)
_AT_DISTANCE = re.compile(
    r"\b(?:a|al\s+cumplirse|a\s+los|a\s+las)\s+(?P<num>[\w.]+)\s+(?P<unit>\w+)\s+(?:del|de\s+(?:la|los|las))\s",
    re.IGNORECASE,
)
#: in the sentence's lower case, what every match of ``_AT_DISTANCE`` holds ("del", "de la",
#: "de los", "de las"; no letter of them has a case that ``re`` reads otherwise than ``lower``)
_AT_DISTANCE_GUARD = re.compile(r"de\s*l")


#: a lasting action after "a los 24 días del": how long it has lasted ("al cumplirse 24 días
#: del paro"), not how long ago it was
_LASTING_NOUN = re.compile(
    r"(?:paro|huelga|bloqueo|bloqueos|toma|plant[oó]n|vigilia|campamento|acampe|ocupaci[oó]n|"
    r"estado\s+de|toque\s+de|cierre|corte|movilizaci[oó]n\s+indefinida)\b",
    re.IGNORECASE,
)


def _at_distance(
    text: str, start: int, end: int, rules: DateRules, taken: Sequence[tuple[int, int]]
) -> list[Shift]:
    out = []
    for m in _AT_DISTANCE.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken) or _LASTING_NOUN.match(
            text, m.end()
        ):
            continue
        amount, unit = _whole_days(
            parse_number(m.group("num"), rules.numbers), _lookup(rules.units, m.group("unit"))
        )
        if amount is None or unit is None or not 0 < amount <= 366:
            continue
        span = (m.start(), m.end() - 1)
        # "a diez días de la masacre": how long ago it was, as of the day of the writing
        out.append(Shift(text[span[0] : span[1]], span, amount, unit, -1, True, written=True))
    return out


#: how far before an amount of hours its ``duration`` word is looked for
_DURATION_LOOK = 12
#: how far an amount without its unit ("y ocho después") may follow the shift it shares it with
_ELIDED_REACH = 80


def _shift(
    hit: _Hit, text: str, offset: int, rules: DateRules, previous: Shift | None = None
) -> Shift | None:
    m, i = hit.m, hit.alt.index
    found = _lookup(rules.shifts, m.group(f"shift_{i}"))
    if found is None:
        return None
    sign, governs, days = found
    span = (hit.start + offset, hit.end + offset)
    amount: int | None
    unit: str | None  # None from the lookup: compiled code checks the declared type
    window = 0
    if days and rules.shift_windows is not None:
        window = _lookup(rules.shift_windows, m.group(f"shift_{i}")) or 0
        if window and _governs_after(text, span[1], rules):
            return None  # "Días después de la marcha, ...": counted back from what follows
    if days:
        amount, unit = days, "day"
    else:
        amount = parse_number(m.group(f"num_{i}"), rules.numbers)
        unit = _lookup(rules.units, _group(m, f"unit_{i}"))
        if unit is None and f"unit_{i}" not in m.re.groupindex and previous is not None:
            # "twelve days after the shooting and eight after the clearing"
            if 0 <= span[0] - previous.span[1] <= _ELIDED_REACH:
                unit = previous.unit
        if (
            unit == "hour"
            and rules.duration is not None
            and rules.duration.search(text, max(0, span[0] - _DURATION_LOOK), span[0])
        ):
            return None  # "un paro de 48 horas antes de la marcha": how long, not when
        amount, unit = _whole_days(amount, unit)
        if amount is None or unit is None or not 0 < amount <= 366:
            return None
    return Shift(text[span[0] : span[1]], span, amount, unit, sign, governs, window)


#: how many words may stand between a shift and the event word of the past event it names: the
#: determiner and two more ("ten days after the airport massacre")
_PAST_EVENT_WORDS = 3


def names_past_event(shift: Shift, at: int, text: str) -> bool:
    """``shift`` governs the noun of a past event whose word starts at ``at`` ("a diez días de
    la masacre", "ten days after the massacre"), not a clause ("a day after the government
    declared a state of emergency")."""
    return (
        shift.written
        and shift.span[1] <= at
        and len(text[shift.span[1] : at].split()) <= _PAST_EVENT_WORDS
    )


def _governs_after(text: str, end: int, rules: DateRules) -> bool:
    """The last word before ``end`` and the word after it make a shift that governs the clause
    after it ("después de", "luego de")."""
    start = text.rfind(" ", 0, end) + 1
    nxt = text[end:].split(maxsplit=1)
    if not nxt:
        return False
    found = _lookup(rules.shifts, f"{text[start:end]} {nxt[0]}".lower())
    return bool(found and found[1])


def _find(
    text: str,
    start: int,
    end: int,
    published: dt.date | None,
    rules: DateRules,
    prefers: tuple[Prefer, ...],
) -> list[list[DateValue]]:
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return [[] for _ in prefers]
    offset = start - 1 if start > 0 else 0  # one character of context for word boundaries
    low = lower_slice(text, offset, end)
    hits = [h for h in _hits(text, low, offset, start - offset, rules) if h.alt.kind != "ignore"]
    return [_resolve_hits(hits, text, offset, published, rules, prefer) for prefer in prefers]


def _resolve_hits(
    hits: Sequence[_Hit],
    text: str,
    offset: int,
    published: dt.date | None,
    rules: DateRules,
    prefer: Prefer,
) -> list[DateValue]:
    found: list[DateValue] = []
    kinds: list[str] = []
    last: _Hit | None = None  # the hit before, resolved or not ("tomorrow" is no past date)
    for hit in hits:
        before, last = last, hit
        if _capitalised_name(hit, text, offset):
            continue  # "en el municipio Diez de Octubre": a name, not a day
        try:
            value = _resolve(hit, published, rules, prefer)
        except (ValueError, OverflowError):
            continue  # "31 de febrero de 2023"; arithmetic beyond year 9999
        if value is None:
            continue
        if (
            prefer == "past"
            and published is not None
            and not hit.alt.has_year
            and value.value > published
        ):
            continue  # safety net: a relative date never lands after publication
        span = (hit.start + offset, hit.end + offset)
        date = DateValue(
            value.value, value.precision, text[span[0] : span[1]], span, value.start, value.end
        )
        if (
            before is not None
            and published is not None
            and before.alt.kind == "relday"
            and hit.alt.kind == "anniversary"
            and _ANNIVERSARY_GAP.fullmatch(text, before.end + offset, span[0])
            and (shift := _lookup(rules.relative_days, before.m.group())) is not None
        ):
            # "Tomorrow marks a year since ...": the anniversary falls on the day named
            span = (before.start + offset, span[1])
            date = DateValue(
                date.value + dt.timedelta(days=shift), "day", text[span[0] : span[1]], span
            )
            if found and kinds[-1] == "relday" and found[-1].span[0] == span[0]:
                found.pop(), kinds.pop()
        if found and published is not None:
            merged = _anniversary(found[-1], kinds[-1], date, hit.alt.kind, text, published)
            if merged is not None:
                found[-1], kinds[-1] = merged, "ago"
                continue
            merged = _weekday_of_week(found[-1], kinds[-1], date, hit.alt.kind, text)
            if merged is not None:
                if prefer == "past" and merged.value > published:
                    found.pop(), kinds.pop()  # "on Friday this week" on Wednesday: a plan
                    continue
                found[-1], kinds[-1] = merged, "day"
                continue
        found.append(date)
        kinds.append(hit.alt.kind)
    return found


#: what may stand between a weekday and the week it falls in: "Wednesday last week",
#: "Wednesday of last week", "el miércoles de la semana pasada"
_WEEK_JOINERS = frozenset({"", "of", "de"})


def _weekday_of_week(
    a: DateValue, a_kind: str, b: DateValue, b_kind: str, text: str
) -> DateValue | None:
    """ "On Wednesday last week", "el miércoles de la semana pasada", "last week on Wednesday":
    the weekday of the week named, not the latest such weekday."""
    if {a_kind, b_kind} != {"weekday", "period"}:
        return None
    if text[a.span[1] : b.span[0]].strip().lower() not in _WEEK_JOINERS:
        return None
    day, week = (a, b) if a_kind == "weekday" else (b, a)
    if week.precision != "week" or week.start is None:
        return None
    value = week.start + dt.timedelta(days=day.value.weekday() - week.start.weekday())
    span = (a.span[0], b.span[1])
    return DateValue(value, "day", text[span[0] : span[1]], span)


#: what may stand between "today" and "a year ago" that are one day: a space, or a comma ("Un
#: día como hoy, hace un año", "Today, a year ago")
_ANNIVERSARY_GAP = re.compile(r"\s*,?\s+")


def _anniversary(
    a: DateValue, a_kind: str, b: DateValue, b_kind: str, text: str, published: dt.date
) -> DateValue | None:
    """ "A year ago today", "hoy hace un año", "un día como hoy, hace un año": the same day one
    year (or month, or week) before publication, a day and not a whole year."""
    kinds = {a_kind, b_kind}
    if kinds not in ({"ago", "relday"}, {"ago", "period"}) or not _ANNIVERSARY_GAP.fullmatch(
        text, a.span[1], b.span[0]
    ):
        return None
    ago, today = (a, b) if a_kind == "ago" else (b, a)
    if ago.precision == "day":
        return None
    span = (a.span[0], b.span[1])
    if "period" in kinds:
        if ago.precision == "week":
            return None
        # "a year ago this week", "hace un año esta semana": that week, a year before
        if today.precision != "week" or today.start is None or today.end is None:
            return None
        if not today.start <= published <= today.end:
            return None
        back = published - ago.value
        return DateValue(
            ago.value, "week", text[span[0] : span[1]], span, today.start - back, today.end - back
        )
    if today.value != published:
        return None
    return DateValue(ago.value, "day", text[span[0] : span[1]], span)


# --------------------------------------------------------------------------------------------
# choosing the date of an event
# --------------------------------------------------------------------------------------------

#: where the date of an event comes from: its own sentence ("own"); a date that opens a period
#: ("since Jan. 4": the day the blockade began); the day a source spoke ("said on Monday that ..."),
#: or, when the source's words follow the event (", police said on Monday"), only a bound
#: ("weak": the event happened on that day or before); a day counted in an aside ("aside":
#: "a day after he was arrested", "who had been deployed a day earlier"), not where the story is;
#: the day of what came before, in a clause opened by "after" ("after"): the event happened on it
#: or later
DateSource = Literal["own", "since", "report", "weak", "aside", "after", "earlier"]
_CLAUSE_BREAK = ";"
#: how much farther a date on the other side of a semicolon counts
_BREAK_PENALTY = 1000
#: a comma and a conjunction that opens another clause: "On December 15, the families will
#: hold a vigil, and a march is planned on January 9"; "el lunes marcharon los docentes, y
#: el jueves, los médicos"
_COORDINATION = re.compile(
    r",\s+(?:and|but|while|whereas|y|e|pero|mientras)\s"
    # a second fact with its own "that", comma or not (twenty-third session, blind18): "murieron
    # en Juliaca y que el miércoles un dirigente falleció en el Cusco"
    r"|,?\s+(?:and\s+that|y\s+que|e\s+que)\s",
    re.IGNORECASE,
)
#: farther than any date of the event's own clause, nearer than one past a semicolon
_COORDINATION_PENALTY = 500


def _since_other_noun(
    date: DateValue,
    trigger: tuple[int, int],
    text: str,
    after: Sequence[tuple[int, int]],
    lasting: bool = False,
) -> bool:
    """A day that opens a period inside a relative clause on another noun than the event
    word ("ingresaron a la ciudad universitaria, donde se alojaban desde el miércoles las
    delegaciones"): it tells since when that noun's state lasts, not the event's day.
    ``lasting``: the event is an action that lasts (a blockade): a participle on its own
    complement ("el bloqueo de la carretera a Moho, interrumpida desde el jueves 2") tells
    since when the blockade holds."""
    if date.span[0] > trigger[1]:
        # "intentaron reabrir la vía, cerrada desde el miércoles por los trabajadores": a
        # participle set off by a comma tells the state of its noun
        p = _SINCE_PARTICIPLE.search(text, max(trigger[1], date.span[0] - 60), date.span[0])
        if p is not None and text[trigger[1] : p.start()].strip():
            return not (lasting and _COMPLEMENT.fullmatch(text, trigger[1], p.start()))
    m = _other_relative(date.span, trigger, text)
    if m is None or _relative_goes_on(date.span, trigger, text, after):
        return False
    # "el bloqueo del cruce de Santiago, que mantienen desde el lunes": the clause is on the
    # event word with its complement
    between = text[trigger[1] : m.start()]
    return bool(between.strip()) and _COMPLEMENT.fullmatch(between) is None


#: a complement of the event word: "del cruce de Santiago", "of the bridge"
_COMPLEMENT = re.compile(r"\s+(?:de|del|of)\s[^,;:.()]{0,60}", re.IGNORECASE)


#: a past participle set off by a comma, with at most three words before the day after it
#: (", cerrada desde el miércoles", ", bloqueada al tránsito desde", ", closed since")
_SINCE_PARTICIPLE = re.compile(
    r",\s+[^\W\d_]{3,}(?:ad[oa]s?|id[oa]s?|ed)(?:\s+[^\W\d_,;:.()]+){0,3}\s+\Z", re.IGNORECASE
)


def _opens_later_coordinate(date: DateValue, trigger: tuple[int, int], text: str) -> bool:
    """The date comes right after a comma and a conjunction past the event word ("fue
    detenido en el lugar, y ayer un juez ...", "was arrested at the scene, and on Wednesday a
    judge ..."): it opens the next coordinated clause and dates what that clause tells."""
    if date.span[0] < trigger[1]:
        return False
    lo = max(trigger[1], date.span[0] - 16)
    return any(
        not text[m.end() : date.span[0]].strip()
        for m in _COORDINATION.finditer(text, lo, date.span[0] + 1)
    )


@dataclass(frozen=True)
class DateChoice:
    """The date of one event word, and where it came from (``None``: the sentence gives none)."""

    date: DateValue | None
    source: DateSource | None
    #: the day of the sentence a shift counted from ("on Wednesday, three days after ..."):
    #: where the story is, though no event word took it
    anchor: DateValue | None = None


def nearest_date(
    dates: Sequence[DateValue], trigger: tuple[int, int], text: str
) -> DateValue | None:
    """The date closest to the event word ``trigger``.

    A date beyond a semicolon belongs to another clause and counts as farther ("desató el
    viernes una ola de evasiones ...; en la madrugada del sábado, el presidente decretó ...").
    A week or month that contains a day also given is replaced by the day ("travelling to
    Lima this week for a march planned for Thursday").
    """
    if not dates:
        return None

    def distance(d: DateValue) -> int:
        lo, hi = sorted((trigger[0], d.span[0]))
        gap = text[lo:hi]
        if _CLAUSE_BREAK in gap:
            return abs(d.span[0] - trigger[0]) + _BREAK_PENALTY
        if _COORDINATION.search(gap):
            return abs(d.span[0] - trigger[0]) + _COORDINATION_PENALTY
        return abs(d.span[0] - trigger[0])

    best = min(dates, key=distance)
    if best.precision != "day" and best.start is not None and best.end is not None:
        inside = [d for d in dates if d.precision == "day" and best.start <= d.value <= best.end]
        if inside:
            return min(inside, key=distance)
    return best


def _statement(
    date: DateValue,
    trigger: tuple[int, int],
    reporting: Sequence[tuple[int, int]],
    sourced: Collection[tuple[int, int]] | None,
    text: str,
) -> DateSource | None:
    """ "said on Monday", "confirmó hoy": the date of a reporting verb is the day a source spoke.

    Before the event, when the verb has its source ("X said on Friday that ..."), it dates the
    statement ("report"); after it and set off by a comma (", police said on Monday") it only
    bounds the event ("weak"). A verb after the event without a comma ("no clashes were
    reported on Monday"), or before it without a source ("se registraron el lunes
    enfrentamientos"), reports the event itself: that date is the event's.
    """
    for start, end in reporting:
        if end > date.span[0] or (end < date.span[0] and not text[end : date.span[0]].isspace()):
            continue
        if end <= trigger[0]:
            if sourced is None or (start, end) in sourced:
                return "report"
            continue
        if start >= trigger[1] and "," in text[trigger[1] : start]:
            return "weak"
    return None


#: a period's opening may be a clause: "since the protests began in December"
_SINCE_CLAUSE_WORDS = 6


#: how long before the day of its report a strike told as going on ("entered its second
#: month", "continuará") may have begun
ONGOING_REACH = dt.timedelta(days=60)
#: characters between a trigger and an ``ongoing`` cue that governs it
_ONGOING_NEAR = 60


def ongoing(
    date: DateValue, cues: Sequence[tuple[int, int]], trigger: tuple[int, int]
) -> DateValue | None:
    """The window of a durative action told as going on near ``trigger``, else None.

    "In Puno, the regional strike entered its second month", "el paro regional indefinido
    continuará": the day the sentence gives is a day the strike was under way, not the day
    it began, so the action may be the one that began any day in the ``ONGOING_REACH``
    before. The date keeps its day and text; its precision becomes a month and its window
    runs from that reach to the day. None without an ``ongoing`` cue within
    ``_ONGOING_NEAR`` characters of the trigger.
    """
    near = any(
        -_ONGOING_NEAR <= a - trigger[1] <= _ONGOING_NEAR
        or -_ONGOING_NEAR <= trigger[0] - b <= _ONGOING_NEAR
        for a, b in cues
    )
    if not near:
        return None
    day = date.end if date.end is not None else date.value
    return DateValue(day, "month", date.text, date.span, day - ONGOING_REACH, day)


def period_starts(
    dates: Iterable[DateValue], since: Sequence[tuple[int, int]], text: str
) -> set[tuple[int, int]]:
    """Spans of the dates that open a period rather than date an event.

    A date right after a "since" word ("desde el miércoles", "since Dec. 7"; the word may be
    part of the date's text), or a month or year closing a short clause opened by one ("since
    the protests began in December", "desde que estallaron las protestas en diciembre"). A day
    is not looked for that far: "desde" is also "from" a place ("marcharon desde la plaza el
    lunes").
    """
    out: set[tuple[int, int]] = set()
    for start, end in since:
        for d in dates:
            gap = d.span[0] - end
            if -(end - start) <= gap <= 12:
                out.add(d.span)
            elif (
                d.precision != "day"
                and 0 < gap <= 80
                and not any(ch in text[end : d.span[0]] for ch in ',;:.()—–"“”«»')
                and len(text[end : d.span[0]].split()) <= _SINCE_CLAUSE_WORDS
            ):
                out.add(d.span)
    return out


def period_ends(
    dates: Iterable[DateValue], until: Sequence[tuple[int, int]], text: str
) -> set[tuple[int, int]]:
    """Spans of the dates that close a period rather than date an event: a date right after an
    "until" word ("a federal intervention until 31 January", "volverán a marchar hasta el 28 de
    julio"; the word may be part of the date's text). ``until``: the spans of the ``condition``
    cues ("until", "hasta el"); a range that holds the word ("del 2 hasta el 6 de enero") opens
    before it and is no end."""
    out: set[tuple[int, int]] = set()
    for start, end in until:
        words = text[max(0, start - 12) : start].split()
        if words and words[-1][:1].isdigit():
            continue  # "del 2 hasta el 6 de enero": a range
        for d in dates:
            if start <= d.span[0] and d.span[0] - end <= 1:
                out.add(d.span)
    return out


_CLAUSE_ENDS = ",;:.!?()\n"
#: how far an event word may follow the word that opens its clause
_AFTER_REACH = 80


def after_clauses(
    text: str, start: int, end: int, rules: DateRules, folded: str | None = None
) -> list[tuple[int, int]]:
    """Clauses of ``text[start:end]`` opened by "after", "después de", a sentence's opening
    "Tras" ("... ordered after students occupied the campus on Wednesday"): from the word to
    the next punctuation,
    or past a comma to the next one when a "when" clause goes on telling that earlier time
    ("en calma después de los hechos de ayer, cuando dos pobladores murieron baleados": the
    deaths are of yesterday, as the clause says).

    ``folded``, when given, is ``fold(text)`` of a text that ``case_guard`` accepts: the words
    are searched only where their hint finds one."""
    if rules.after_words is None:
        return []
    out = []
    opening = rules.after_opening.match(text, start, end) if rules.after_opening else None
    if opening is not None:
        # "Tras el operativo del jueves, la carretera está expedita"
        stop = _clause_stop(text, opening.end(), end)
        out.append((opening.end() - len(opening.group().lstrip()), stop))
    if hint_misses(rules.after_hint, folded, start, end):
        return out
    for a, b, _ in rules.after_words.finditer(text, start, end):
        stop = _clause_stop(text, b, end)
        if rules.after_when is not None and (goes_on := rules.after_when.match(text, stop, end)):
            stop = _clause_stop(text, goes_on.end(), end)
        out.append((a, stop))
    return out


#: how far the event word may stand from the preposition of its earlier phrase: the head of the
#: noun, after a determiner and an adjective or two ("tras las violentas protestas")
_EARLIER_REACH = 40


def earlier_phrases(
    text: str, start: int, end: int, rules: DateRules, folded: str | None = None
) -> list[tuple[int, int]]:
    """Noun phrases of ``text[start:end]`` that name an event before the clause around them
    ("Los comuneros bloquearon la vía el jueves luego de los enfrentamientos en Juliaca", "tras
    la muerte de dos manifestantes", "after the clashes in Juliaca"): from the preposition to the
    next punctuation. ``folded`` as for :func:`after_clauses`."""
    if rules.earlier_phrase is None or hint_misses(rules.earlier_hint, folded, start, end):
        return []
    return [
        (m.start(), _clause_stop(text, m.end(), end))
        for m in rules.earlier_phrase.finditer(text, start, end)
    ]


def _outside_earlier(
    date: DateValue, trigger: tuple[int, int], earlier: Sequence[tuple[int, int]], text: str
) -> bool:
    """The event word heads an earlier phrase (:func:`earlier_phrases`) and the date stands
    outside it: the date is the clause's around it, a later one ("bloquearon la vía el jueves
    luego de los enfrentamientos"), not the earlier event's. A date set off by a comma right
    after the phrase is its own ("tras la renuncia de Evo Morales, el 10 de noviembre")."""
    return any(
        a <= trigger[0] < b
        and trigger[0] - a <= _EARLIER_REACH
        and not a <= date.span[0] < b
        and not (date.span[0] >= b and text[b : date.span[0]].strip() == ",")
        for a, b in earlier
    )


def _clause_stop(text: str, start: int, end: int) -> int:
    """The first punctuation that closes a clause in ``text[start:end]``, else ``end``; the
    stop of an abbreviation followed by a number or a lowercase word ("after the Nov. 1
    killing", "tras la Av. Grau") does not."""
    at = start
    while True:
        stop = min((i for ch in _CLAUSE_ENDS if (i := text.find(ch, at, end)) >= 0), default=end)
        if stop >= end or text[stop] != "." or not _ABBREVIATION_GOES_ON.match(text, stop + 1):
            return stop
        at = stop + 1


#: what follows the stop of an abbreviation inside a clause: a number or a lowercase word
_ABBREVIATION_GOES_ON = re.compile(r" (?:\d|[a-záéíóúñü])")


def told_before(
    date: DateValue, trigger: tuple[int, int], clauses: Sequence[tuple[int, int]]
) -> bool:
    """The event word and its date sit in one clause opened by "after" (:func:`after_clauses`):
    the clause looks back from the sentence's main event, it does not move the story."""
    return any(
        a <= trigger[0] < b and a <= date.span[0] < b and trigger[0] - a <= _AFTER_REACH
        for a, b in clauses
    )


def night_before(
    choice: DateChoice,
    trigger: tuple[int, int],
    clauses: Sequence[tuple[int, int]],
    rules: DateRules,
    others: Sequence[int] = (),
) -> DateChoice:
    """An event word in a clause opened by "after", dated by its sentence's day told in the
    small hours ("Congress voted early on Friday, hours after a worker was shot dead during
    clashes", "en la madrugada del sábado, después de que la turba incendiara el Congreso"):
    the day before; the sentence's day stays where the story is (the choice's anchor). Not
    when another event word (at ``others``) comes before the clause: the main clause then tells
    an event of the small hours ("A protester was shot dead early on Saturday, hours after the
    crowd set fire to Congress"), which the clause's word may stand for."""
    date = choice.date
    if (
        choice.source != "own"
        or date is None
        or date.precision != "day"
        or rules.small_hours is None
        or rules.small_hours.match(date.text.lower()) is None
        or not any(
            date.span[1] <= a <= trigger[0] < b
            and trigger[0] - a <= _AFTER_REACH
            and not any(o < a for o in others)
            for a, b in clauses
        )
    ):
        return choice
    before = date.value - dt.timedelta(days=1)
    return DateChoice(DateValue(before, "day", date.text, date.span), "own", anchor=date)


def _in_other_after(
    date: DateValue, trigger: tuple[int, int], clauses: Sequence[tuple[int, int]]
) -> bool:
    """The date sits in a clause opened by "after" that does not hold the event word: it dates
    what came before ("la intervención fue ordenada después de que los estudiantes tomaron
    el campus el miércoles"), not the event."""
    return any(a <= date.span[0] < b and not a <= trigger[0] < b for a, b in clauses)


def _in_own_after(
    date: DateValue, trigger: tuple[int, int], clauses: Sequence[tuple[int, int]]
) -> bool:
    """The date sits in the clause opened by "after" that holds the event word ("after
    Congress removed Vizcarra on Monday")."""
    return any(a <= date.span[0] < b and a <= trigger[0] < b for a, b in clauses)


def _when_of_after(
    date: DateValue, trigger: tuple[int, int], clauses: Sequence[tuple[int, int]], text: str
) -> bool:
    """The date names the earlier time of a clause opened by "after" and the event word is in
    the "when" clause that goes on with it past a comma ("tras los hechos de ayer, en los que
    dos comuneros murieron", "after the unrest on Tuesday, when two farmers were shot"): the
    day is the event's own, though it qualifies a noun."""
    return told_before(date, trigger, clauses) and "," in text[date.span[1] : trigger[0]]


#: how far a clause governed by a shift ("a day after Congress voted down ...") may run
_SHIFT_REACH = 120
#: how far punctuation is looked for around a shift
_CLAUSE_LOOK = 300
#: room for "del", "of" between a shift and the day it counts from
_OF_GAP = 5


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch between punctuation marks around ``text[start:end]`` (looked for no
    farther than a long clause)."""
    floor, ceiling = max(0, start - _CLAUSE_LOOK), min(len(text), end + _CLAUSE_LOOK)
    lo = max((text.rfind(ch, floor, start) for ch in _CLAUSE_ENDS), default=-1)
    ends = [i for ch in _CLAUSE_ENDS if (i := text.find(ch, end, ceiling)) >= 0]
    return (lo + 1 if lo >= 0 else floor), min(ends, default=ceiling)


#: what may stand before a shift that opens its clause: nothing, or a modifier of the time;
#: a list item's bullet first ("* The day before, protesters burned ...")
_LEAD_IN = re.compile(
    r"\s*(?:[*•·–—-]\s+)?(?:(?:very|early|late|later|then|and|but|y|pero|muy|ya|temprano)\s+)*"
    # "In the early hours of the next day, ..." (not "en": "Ayer, en la víspera, ..." is the
    # day named before; the Spanish shifts hold their "en")
    r"(?:(?:in|during)\s+)?",
    re.IGNORECASE,
)
#: days in a unit of a shift, to tell whether a shift stays within a month
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
#: a place or time set off by commas after a shift that opens its sentence ("Two days later,
#: in Cusco, ...", "Al día siguiente, en la madrugada, ...")
_ADJUNCT = re.compile(r"\s*(?:in|at|near|outside|en|cerca\s+de|frente\s+a|on|por)\s", re.IGNORECASE)
_ADJUNCT_WORDS = 8
#: how many short stretches between commas may stand between a shift and its clause
_SHORT_SEGMENTS = 2


#: the words that open a clause on a time noun past its comma ("..., when thousands marched",
#: "..., cuando miles marcharon", "..., en la que murieron dos comuneros")
_WHEN_CLAUSE = re.compile(
    r"\s*(?:when|during\s+which|in\s+which|cuando|en\s+(?:la|el|los|las)\s+que|"
    r"en\s+(?:la|el)\s+cual|durante\s+(?:la|el)\s+cual)\s",
    re.IGNORECASE,
)


def _shifted(
    shift: Shift,
    trigger: tuple[int, int],
    past: Sequence[DateValue],
    since: Collection[tuple[int, int]],
    text: str,
    published: dt.date | None,
    story: DateValue | None,
) -> tuple[DateValue, bool, DateValue | None] | None:
    """The day ``shift`` gives the event at ``trigger``, if it reaches it, and whether the shift
    opens its clause (the story moves on: "Al día siguiente, la policía desalojó ...") rather
    than telling an aside ("a day after he was arrested", "who had been deployed a day earlier").

    A shift that governs a clause dates the event words in it ("a day after Congress voted");
    any other dates the event words of its own clause ("and released a day later"), or of the
    next one when it opens the sentence. It counts from the nearest day of the sentence
    outside that stretch, else the story's day.
    """
    # "dos días después del 9 de enero", "two days after Jan. 9": counted from that day
    named = [d for d in past if d.precision == "day" and 0 <= d.span[0] - shift.span[1] <= _OF_GAP]
    governs = shift.governs and not named
    if named and shift.governs:
        # the words read as written: "two days after Jan. 9" is Jan. 11
        shift = replace(shift, sign=-shift.sign)
    lo, hi = _clause_bounds(text, *shift.span)
    # "Early the next morning, ...", "Ya al día siguiente, ...": a modifier before it still
    # lets the shift open its clause
    opens = not governs and bool(_LEAD_IN.fullmatch(text, lo, shift.span[0]))
    if governs:
        lo, hi = shift.span[1], min(hi, shift.span[1] + _SHIFT_REACH)
        if trigger[0] >= hi and hi < len(text) and text[hi] == ",":
            # "The raid came two days after the Great March, when thousands marched through the
            # capital": a "when" clause on the noun the shift governs tells what happened on
            # that noun's day (twenty-fourth session, dates13)
            when = _WHEN_CLAUSE.match(text, hi + 1)
            if when is not None and trigger[0] >= when.end():
                hi = _clause_bounds(text, when.end(), when.end())[1]
    elif opens and hi < len(text) and text[hi] == ",":
        start = hi + 1
        hi = _clause_bounds(text, start, start)[1]  # "Two days later, police cleared ..."
        for _ in range(_SHORT_SEGMENTS):
            if not (
                hi < len(text)
                and text[hi] == ","
                and len(text[start:hi].split()) <= _ADJUNCT_WORDS
                and not trigger[0] < hi
                # "La víspera, el miércoles, ...": a day of its own between the commas
                and not any(start <= d.span[0] < hi for d in past)
            ):
                break
            # "Four days earlier, in Andahuaylas, two teenagers were killed", "Al día
            # siguiente, en Juliaca, la policía ...", "The next day, Abu Sayed, a student, was
            # shot dead": the clause after a place, a name or an apposition between commas is
            # still the shift's
            start = hi + 1
            hi = _clause_bounds(text, start, start)[1]
    elif hi < len(text) and text[hi] == "," and trigger[0] > hi:
        # "Ocho personas murieron la víspera en Huamanga, cuando soldados abrieron fuego contra
        # los manifestantes", "were killed the previous day, when troops fired": the "when"
        # clause after the shift's own tells what happened at its time (twenty-fifth session)
        when = _WHEN_CLAUSE.match(text, hi + 1)
        if when is not None:
            hi = _clause_bounds(text, when.end(), when.end())[1]
    if not lo <= trigger[0] < hi:
        return None
    days = [
        d
        for d in past
        if d.precision == "day"
        and d.span not in since
        and not lo <= d.span[0] < hi
        and (governs or d.span[0] < shift.span[0])
    ]
    # "La vigilia se realizó a diez días de la masacre": how long ago the massacre was as of
    # the writing, not as of the day the story carried on from the sentence before
    reference = (
        named[0]
        if named
        else min(
            days,
            key=lambda d: abs(d.span[0] - shift.span[0]),
            default=None if governs and names_past_event(shift, trigger[0], text) else story,
        )
    )
    written = False
    if reference is None and not governs and shift.sign < 0 and published is not None:
        # "Tres manifestantes murieron la víspera en Juliaca, informó este jueves la Defensoría",
        # "were killed the previous day": a day back told before the story has a day counts
        # from the sentence's own day after it, else from the day the text is written (its
        # dateline's), as a wire's "la víspera" does (twenty-fifth session, dates14)
        # and the story goes on from it, the first day it tells, not from the day counted from
        opens, written = True, True
        reference = min(
            (d for d in past if d.precision == "day" and d.span not in since),
            key=lambda d: abs(d.span[0] - shift.span[0]),
            default=DateValue(published, "day", "", (0, 0)),
        )
    if reference is None and governs and published is not None:
        # "Doce días después de la balacera, las preguntas siguen sin respuesta": with no day
        # of the story yet, the sentence speaks from the day it is written
        reference, written = DateValue(published, "day", "", (0, 0)), True
    if reference is not None and reference.precision == "month" and reference is story:
        # "In July 2000, ... He resigned four months later", "In November 2020 ... Days later,
        # Merino resigned": counted from a month told, it gives a month
        try:
            first = (
                shift.apply(reference.value).replace(day=1)
                if shift.unit in ("month", "year")
                else reference.value
            )
        except (ValueError, OverflowError):
            return None
        if shift.unit not in ("month", "year") and shift.amount * _UNIT_DAYS[shift.unit] > 31:
            return None
        if published is not None and first > published:
            return None
        last = _month_end(first.year, first.month)
        return DateValue(first, "month", shift.text, shift.span, first, last), opens, None
    if reference is None or reference.precision != "day":
        return None
    try:
        value = shift.apply(reference.value)
    except (ValueError, OverflowError):
        return None
    if published is not None and value > published:
        return None
    anchor = reference if reference is not story and not written else None
    if shift.window:
        # "Días después, ...", "Days later, ...": some day in the week after the one told
        last = value + dt.timedelta(days=shift.window)
        if published is not None:
            last = min(last, published)
        return DateValue(value, "week", shift.text, shift.span, value, last), opens, anchor
    return DateValue(value, "day", shift.text, shift.span), opens, anchor


# a relative clause set off by commas: ", who resigned on Sunday and flew to Mexico,", ", que
# fue detenido el 7 de diciembre,"
_RELATIVE = re.compile(
    r",\s+(?:who|whom|whose|which|where|que|quien|quienes|cuyo|cuya|cuyos|cuyas|el cual|la cual|"
    r"los cuales|las cuales|donde|en donde)\s+[^,;:.()]{3,160}(?=[,;:.)]|$)",
    re.IGNORECASE,
)


#: the matches of ``_RELATIVE`` in the last stretches read, ``(text, {(lo, hi): matches})``: an
#: event word's 400 characters are read for the clause that holds it and again for the place
#: clause that holds it (``holding_relative``, ``holding_place_clause``), and the next event word
#: of the sentence often reads the same stretch (extract-perf8). Replaced whole for another text,
#: so a reader never takes another text's matches; at most ``_RELATIVES_KEPT`` stretches.
_RELATIVES_SEEN: list[tuple[str, dict[tuple[int, int], tuple[re.Match[str], ...]]]] = [("", {})]
_RELATIVES_KEPT = 256


def _relatives(text: str, lo: int, hi: int) -> tuple[re.Match[str], ...]:
    """``tuple(_RELATIVE.finditer(text, lo, hi))``, kept for the last text read."""
    seen = _RELATIVES_SEEN[0]
    if seen[0] is not text:
        seen = (text, {})
        _RELATIVES_SEEN[0] = seen
    kept = seen[1]
    found = kept.get((lo, hi))
    if found is None:
        if len(kept) >= _RELATIVES_KEPT:
            kept.clear()
        found = kept[(lo, hi)] = tuple(_RELATIVE.finditer(text, lo, hi))
    return found


#: a relative pronoun of persons, which opens no clause of what was said: ", a man who died in
#: hospital on December 21" is a relative clause even when its noun opens the clause
_PERSON_RELATIVE = re.compile(r"\b(?:who|quien|quienes)\b", re.IGNORECASE)
#: how far back a restrictive relative clause and its noun are looked for before a day
_REL_LOOK = 160


def in_restrictive_relative(
    date: DateValue, text: str, rules: DateRules, reporting: Sequence[tuple[int, int]] = ()
) -> bool:
    """The day ends a restrictive relative clause on a noun ("La medida forma parte del paro
    que los gremios reanudaron el miércoles 4 de enero", "students remain inside the campus
    that they occupied on Thursday"): it dates what the clause tells of its noun, and the
    story does not move to it. A "que" or "that" after a reporting verb opens what was said,
    not a relative clause ("el vocero de la policía informó que los manifestantes bloquearon
    la vía el lunes"), and so may one after a noun phrase that opens its clause."""
    if rules.relative_clause is None or date.precision != "day":
        return False
    lo = max(0, date.span[0] - _REL_LOOK)
    stops = [text.rfind(ch, lo, date.span[0]) for ch in (*_CLAUSE_ENDS, "\n")]
    lo = max([lo, *(i + 1 for i in stops if i >= 0)])
    m = rules.relative_clause.search(text, lo, date.span[0])
    if (
        m is not None
        and not text[lo : m.start()].strip()
        and not _PERSON_RELATIVE.search(m.group(0))
    ):
        # a noun phrase that opens its clause is the subject of a verb a "que" may follow
        # ("La Alcaldía recordó que el toque de queda decretado el viernes ..."); a later one
        # may still have its relative clause ("la toma del puente que iniciaron el lunes")
        m = rules.relative_clause.search(text, m.start() + 1, date.span[0])
    if m is None:
        return False
    return not any(m.start() <= a and b <= date.span[0] for a, b in reporting)


def _other_relative(
    span: tuple[int, int], trigger: tuple[int, int], text: str
) -> re.Match[str] | None:
    """The relative clause set off by commas that holds the date at ``span`` and not the event
    word, if any."""
    lo = max(0, min(span[0], trigger[0]) - 200)
    hi = min(len(text), max(span[1], trigger[1]) + 200)
    for m in _relatives(text, lo, hi):
        a, b = m.span()
        if a <= span[0] < b and not a <= trigger[0] < b and not _scene_clause(text, m):
            return m
    return None


def holding_relative(trigger: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The relative clause set off by commas that holds the event word and that a comma closes
    before the sentence goes on ("Teachers, who have been on strike since April 23, said they
    would march on Monday"): what the main clause says, its day, its plan, is not the event's.
    A place clause (", where ...") tells of the scene, and is not one."""
    lo = max(0, trigger[0] - 200)
    hi = min(len(text), trigger[1] + 200)
    for m in _relatives(text, lo, hi):
        a, b = m.span()
        if a <= trigger[0] < b and text[b : b + 1] == "," and not _place_clause(m):
            return a, b
    return None


def holding_place_clause(trigger: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The place clause set off by commas (", donde ...,", ", where ...,") that holds the event
    word, when a comma closes it before the sentence goes on."""
    lo = max(0, trigger[0] - 200)
    hi = min(len(text), trigger[1] + 200)
    for m in _relatives(text, lo, hi):
        a, b = m.span()
        if a <= trigger[0] < b and text[b : b + 1] == "," and _place_clause(m):
            return a, b
    return None


#: two days joined as one span of days: "el jueves 19 y el viernes 20 de enero", "on Thursday
#: and Friday"
_PAIR_JOIN = re.compile(r"\s*(?:\d{1,2}\s+)?(?:y|e|and)\s+", re.IGNORECASE)
#: right before the first of two days, the word that makes them the ends of a span ("entre el
#: lunes y el miércoles", "between Monday and Wednesday")
_BETWEEN = re.compile(r"(?:^|\W)(?:between|entre)\s+$", re.IGNORECASE)
#: the same word read as the lead of the first day's own text ("Entre el lunes")
_BETWEEN_LEAD = re.compile(r"(?:between|entre)\s", re.IGNORECASE)
#: how many days apart the ends of such a span may be
_BETWEEN_DAYS = 6


def _first_of_pair(
    best: DateValue, dates: Sequence[DateValue], trigger: tuple[int, int], text: str
) -> DateValue:
    """The first of two days joined by "y", "and" ("El jueves 19 y el viernes 20 de enero se
    realizaron movilizaciones", "Thousands marched on Thursday and Friday"), when the nearest
    is the second: the event began on the first, where it is coded (twenty-fourth session,
    dates13). Not past a colon or a semicolon: a list after one gives each day its own ("el
    domingo 11 y el lunes 12 fallecieron seis personas: dos en Andahuaylas y cuatro más en
    Chincheros")."""
    lo, hi = sorted((best.span[1], trigger[0]))
    if best.precision != "day" or any(ch in text[lo:hi] for ch in ":;"):
        return best
    for d in dates:
        if (
            d.precision == "day"
            and d.span[1] <= best.span[0]
            and d.value < best.value
            and _PAIR_JOIN.fullmatch(text, d.span[1], best.span[0])
            and (
                (best.value - d.value).days == 1
                # "Entre el lunes y el miércoles, los transportistas bloquearon ...", "Between
                # Monday and Wednesday, ...": the span began on its first day (twenty-fifth
                # session, dates14)
                or (
                    (best.value - d.value).days <= _BETWEEN_DAYS
                    and (
                        _BETWEEN.search(text, max(0, d.span[0] - 12), d.span[0]) is not None
                        or _BETWEEN_LEAD.match(d.text) is not None
                    )
                )
            )
        ):
            return d
    return best


def _in_other_relative(span: tuple[int, int], trigger: tuple[int, int], text: str) -> bool:
    """A date inside a relative clause set off by commas that does not hold the event word:
    it dates what the clause tells of its noun ("Morales, who resigned on Sunday, called the
    killings a massacre"), not the event."""
    return _other_relative(span, trigger, text) is not None


def _place_clause(m: re.Match[str]) -> bool:
    """The relative clause is opened by "where", "donde", "en donde"."""
    words = m.group(0)[1:].lstrip().split(maxsplit=2)
    opener = (
        " ".join(words[:2]).lower() if words[:1] == ["en"] else (words[0].lower() if words else "")
    )
    return opener in _SCENE_WORDS


#: between a relative clause and a clause opened by "after" that goes on with it: nothing, or
#: an apposition to the place it named (", capital of the Cauca department,")
_APPOSITION = re.compile(r"\s*,\s*(?:(?:[^\s,;:.()]+\s+){1,7}[^\s,;:.()]+\s*,\s*)?")


def _relative_goes_on(
    span: tuple[int, int],
    trigger: tuple[int, int],
    text: str,
    after: Sequence[tuple[int, int]],
) -> bool:
    """The event word is in a clause opened by "after" right after the relative clause that
    holds the date, or after an apposition to it: the clause goes on telling what led to the
    relative's event ("the death of a student, who died on Friday night in Popayán, capital of
    the Cauca department, after being hit by a stun grenade"), and its day is the event's."""
    m = _other_relative(span, trigger, text)
    if m is None or _place_clause(m):
        # "taken to the hospital in Puno, where he died on February 2, after being shot": the
        # shooting came before the transfer
        return False
    return any(
        a <= trigger[0] < b and a >= m.end() and _APPOSITION.fullmatch(text, m.end(), a)
        for a, b in after
    )


#: a sentence that opens on the town a "where" clause tells of: "En Juliaca, donde 18 civiles
#: murieron el 9 de enero, ...", "In Ayacucho, where soldiers killed ten people on Dec. 15, ..."
_SCENE_HEAD = re.compile(
    r"(?:^|[.!?:\n]\s*|\d\.\s+)(?:[Ee]n|[Ii]n)\s+(?:(?:la|el|the)\s+)?(?:(?:ciudad|localidad|"
    r"distrito|provincia|city|town|district|province)\s+(?:de|of)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*"
    r"(?:\s+(?:de|del|la|el|[A-ZÁÉÍÓÚÑ][\w'’-]*)){0,3}\s*$"
)
_SCENE_WORDS = frozenset({"donde", "where", "en donde"})


def _scene_clause(text: str, m: re.Match[str]) -> bool:
    """A "where" clause after the town a sentence opens on tells the incident of that scene,
    whose day the rest of the sentence speaks of; a "where" clause after a hospital ("..., where
    he died on Thursday night") or a person's clause stays an aside."""
    if not _place_clause(m):
        return False
    return _SCENE_HEAD.search(text, max(0, m.start() - 80), m.start()) is not None


#: a participle that tells when a report came out, after its noun: "el informe, presentado este
#: miércoles, ...", "the report, released on Wednesday, ...", "el comunicado difundido el
#: martes"; a decree is not one ("el decreto publicado anoche" is the act itself)
#: a word every match of ``_PUBLISHED`` holds (its participle; ``window_holds_any``)
_PUBLISHED_WORDS = (
    "presentad",
    "publicad",
    "difundid",
    "divulgad",
    "emitid",
    "conocer",
    "públic",
    "public",
    "released",
    "published",
    "issued",
    "presented",
)
_PUBLISHED = re.compile(
    r"\b(?:informe|informes|reporte|reportes|comunicado|comunicados|estudio|documento|"
    r"pronunciamiento|report|reports|statement|study|findings|communiqu[eé])\b"
    r"[^.;:()]{0,60}?\b(?:presentad[oa]s?|publicad[oa]s?|difundid[oa]s?|divulgad[oa]s?|emitid[oa]s?|"
    r"dad[oa]s? a conocer|hech[oa]s? públic[oa]s?|released|published|issued|presented|"
    r"made public)\s+(?:(?:el|la|este|esta|on|this|last)\s+)?\Z",
    re.IGNORECASE,
)


def _publication_day(date: DateValue, trigger: tuple[int, int], text: str) -> bool:
    """A day that a participle of publication governs ("el informe, presentado este miércoles,
    ...", "the report, released on Wednesday, said police fired ...") dates the report, not the
    incident it tells of: the incident happened on that day or before."""
    if trigger[0] < date.span[1] and trigger[1] > date.span[0] - 110:
        return False
    window = text[max(0, date.span[0] - 110) : date.span[0]]
    if not window_holds_any(window, _PUBLISHED_WORDS):
        return False  # no participle of publication: the pattern cannot match
    return _PUBLISHED.search(window) is not None


#: words that make a day qualify the noun before it: "las víctimas del lunes", "the
#: clashes of Wednesday"
_OF_WORDS = re.compile(r"(?:\b(?:de|del|de la|of|of the)\s+)\Z", re.IGNORECASE)
#: the possessive that makes a day qualify the noun after it: "Wednesday's clashes"
_POSSESSIVE = ("'s", "’s")
#: how many words (adjectives) may stand between an event noun and the day that qualifies it
_NOUN_REACH = 4


#: a noun phrase after one of these is when the clause happened: "murieron en los
#: enfrentamientos del lunes", "hit by pellets during Friday's march"
_DURING = re.compile(r"\b(?:durante|en|during|in|amid|at)\s+\Z", re.IGNORECASE)
_DURING_PHRASE = re.compile(
    rf"\b(?:durante|en|during|in|amid|at)\s+(?:[^\s,;:.()]+\s+){{1,{_NOUN_REACH}}}\Z",
    re.IGNORECASE,
)


def _dates_other_noun(date: DateValue, trigger: tuple[int, int], text: str) -> bool:
    """A day that qualifies a noun ("las víctimas del lunes", "Wednesday's clashes", "the
    clashes of Wednesday") dates what that noun names; it is another noun than the event word
    when the event word is not within a few words of it, unless the noun phrase says when
    the clause happened ("durante la manifestación del viernes")."""
    if date.precision != "day":
        return False
    if date.text.endswith(_POSSESSIVE):
        if trigger[0] >= date.span[1] and _short(text[date.span[1] : trigger[0]]):
            return False
        return not _DURING.search(text[max(0, date.span[0] - 12) : date.span[0]])
    head = text[max(0, date.span[0] - 12) : date.span[0]]
    m = _OF_WORDS.search(head)
    if m is None:
        return False
    start = date.span[0] - (len(head) - m.start())
    if trigger[1] <= start and _short(text[trigger[1] : start]):
        return False
    # the noun phrase before "del", a few words long, after a preposition of time?
    return _DURING_PHRASE.search(text, max(0, start - 80), start) is None


def _called_for_later(
    today: DateValue,
    coming: Sequence[DateValue],
    trigger: tuple[int, int],
    text: str,
    published: dt.date,
) -> DateValue | None:
    """The publication day told before a planned event word is the day of the call ("El FUT
    convocó este miércoles a una movilización nacional para el miércoles 17 de abril"): a later
    day after the event word, in its own noun phrase (no punctuation between), is the event's
    (twenty-third session, blind18)."""
    if today.span[1] > trigger[0]:
        return None
    later = [
        d
        for d in coming
        if d.span[0] >= trigger[1]
        and d.value > published
        and not any(ch in text[trigger[1] : d.span[0]] for ch in ",;:.()")
    ]
    return min(later, key=lambda d: d.span[0]) if later else None


#: how far before a day a count's noun is looked for
_TALLY_LOOK = 80


def tally_period(date: DateValue, text: str, tally: re.Pattern[str] | None) -> bool:
    """The day opens the period of a count of people: a noun of the count stands right before
    the "since" word, or a few words before it ("la cifra de fallecidos en las protestas desde
    el 7 de diciembre", "the number of people killed in the unrest since December 7"). The
    count runs from that day; no event word of the sentence happened on it (twenty-fourth
    session, dates13)."""
    if tally is None:
        return False
    return tally.search(text, max(0, date.span[0] - _TALLY_LOOK), date.span[0]) is not None


#: how far before a day the dead it qualifies are looked for
_DEAD_LOOK = 80


def dates_the_dead(
    date: DateValue,
    trigger: tuple[int, int],
    text: str,
    dead: re.Pattern[str] | None,
    auxiliary: re.Pattern[str] | None = None,
) -> bool:
    """The day qualifies the dead, right after their word with a definite determiner a few
    words before ("carrying portraits of those killed last year", "velan a los dos comuneros
    muertos el miércoles", "retratos de los fallecidos de diciembre y enero"): it dates their
    deaths, not an event word told before them (the march, the vigil that remembers them),
    which takes the story's day. A participle after an auxiliary is its clause's own verb ("two
    farmers were killed on Wednesday"); an event word inside the phrase or after it keeps the
    day (twenty-sixth session, dates15)."""
    if dead is None:
        return False
    m = dead.search(text, max(0, date.span[0] - _DEAD_LOOK), date.span[0])
    if m is None or trigger[0] >= m.start():
        # an event word inside the phrase or after it ("nueve de las diez víctimas del 15 de
        # diciembre murieron por disparos") tells those deaths: the day is its own
        return False
    return (
        auxiliary is None
        or auxiliary.search(text, max(0, m.start("dead") - 30), m.start("dead")) is None
    )


def _since_on_word(
    past: Sequence[DateValue],
    since: Collection[tuple[int, int]],
    trigger: tuple[int, int],
    text: str,
) -> DateValue | None:
    """A day that opens a period right after the event word, nothing but a space between
    ("bloqueado desde el lunes", "blocked since Monday", "en huelga desde el 4 de enero"):
    the day the event began (twenty-third session, blind18)."""
    for d in past:
        if (
            d.span in since
            and d.precision == "day"
            and d.span[0] > trigger[1]
            and not text[trigger[1] : d.span[0]].strip()
        ):
            return d
    return None


def _short(gap: str) -> bool:
    """A stretch of a few words with no punctuation: one noun phrase."""
    return len(gap.split()) <= _NOUN_REACH and not any(ch in gap for ch in ",;:.()")


#: how many words may stand between an event word and the date after its "began" verb
#: ("the strike began on", "el paro agrario que empezó el", "protests that broke out on")
_BEGAN_REACH = 6
#: a comma that opens a relative clause: "El paro, que empezó el lunes, ..."
_COMMA_RELATIVE = re.compile(r"^\s*,\s*")


def began_on(
    past: Sequence[DateValue],
    began: Sequence[tuple[int, int]],
    trigger: tuple[int, int],
    text: str,
    published: dt.date | None,
    relative: re.Pattern[str] | None,
) -> DateValue | None:
    """The day the event word's own action began: a date right after a "began" verb that
    follows the event word in its clause ("the national strike began on April 28", "el paro
    agrario que empezó el lunes en Ica", "El paro, que se inició el 4 de enero, ..."). Only
    a relative word may open a clause between (after a comma); no other punctuation, no later
    day than publication."""
    for a, b in began:
        if a < trigger[1]:
            continue
        head = text[trigger[1] : a]
        if len(head.split()) > _BEGAN_REACH - 2:
            continue
        rest = _COMMA_RELATIVE.sub("", head, count=1) if "," in head else head
        if "," in head and (relative is None or relative.match(rest.lstrip()) is None):
            continue
        if any(ch in rest for ch in ',;:.()—–\n"“”«»'):
            continue
        for d in past:
            if d.span[0] < b or (published is not None and d.value > published):
                continue
            tail = text[b : d.span[0]]
            if len(tail.split()) <= 1 and not any(ch in tail for ch in ",;:.()"):
                return d
    return None


def choose_event_date(
    past: Sequence[DateValue],
    future: Sequence[DateValue],
    trigger: tuple[int, int],
    text: str,
    published: dt.date | None,
    *,
    ahead: bool = False,
    since: Collection[tuple[int, int]] = (),
    reporting: Sequence[tuple[int, int]] = (),
    sourced: Collection[tuple[int, int]] | None = None,
    shifts: Sequence[Shift] = (),
    story: DateValue | None = None,
    after: Sequence[tuple[int, int]] = (),
    settled: bool = False,
    bound: re.Pattern[str] | None = None,
    earlier: Sequence[tuple[int, int]] = (),
    relative: re.Pattern[str] | None = None,
    began: Sequence[tuple[int, int]] = (),
    scene: re.Pattern[str] | None = None,
    tally: re.Pattern[str] | None = None,
    lasting: bool = False,
    dead: re.Pattern[str] | None = None,
    dead_auxiliary: re.Pattern[str] | None = None,
) -> DateChoice:
    """The date of the event named at ``trigger``, among the dates of its sentence.

    Args:
        past: the sentence's dates resolved with ``prefer='past'``.
        future: the same dates resolved with ``prefer='future'``.
        trigger: the span of the event word.
        text: the document text.
        published: the publication date.
        ahead: the event is planned or called for: its date is the coming one.
        since: spans of dates that open a period ("desde el lunes", "since Jan. 4").
        reporting: spans of reporting verbs ("said", "informó", "in a statement").
        sourced: those of ``reporting`` that have their source ("the command said"); ``None``:
            all of them.
        shifts: days the sentence counts from other dates ("un día después de", "two days
            later"), from :func:`read_dates`.
        story: the day the story is at (:class:`DateTrail`), what a shift counts from when the
            sentence gives no other day.
        after: clauses opened by "after" (:func:`after_clauses`); a date in one that does not
            hold the event word is not the event's.
        settled: the sentence names no plan, call, hedge or condition: a day and month that
            only the future holds is last year's (:func:`told_back`).
        bound: :attr:`DateRules.bound`: a date it opens after the event word is a deadline
            ("had been detained by Thursday morning"), which only bounds it (source ``weak``).
        relative: :attr:`DateRules.relative_word`: a "began" verb past a comma opens the
            event word's own clause only after one (:func:`began_on`).
        began: spans of "began" verbs ("began", "empezó"); the day right after one that
            follows the event word is the day it began (:func:`began_on`).
        earlier: noun phrases naming an earlier event (:func:`earlier_phrases`); an event word
            at the head of one does not take a date outside it.
        scene: :attr:`DateRules.scene_relative`: an event word in a clause it opens after a noun
            dated by "del", "of" takes that noun's day (:func:`scene_head_day`).
        tally: :attr:`DateRules.tally_period`: a day that opens a count's period ("los muertos
            en protestas desde el 7 de diciembre") dates no event word (:func:`tally_period`).
        lasting: the event is an action that lasts (a blockade): a participle set off by a comma
            on its own complement ("el bloqueo de la carretera, interrumpida desde el jueves 2")
            tells since when it holds (:func:`_since_other_noun`).
        dead: :attr:`DateRules.dead_of_day`, ``dead_auxiliary`` its auxiliaries: a day that
            qualifies the dead ("portraits of those killed last year") is not the event's
            (:func:`dates_the_dead`).

    Returns:
        The nearest ordinary date: one resolved to the past, or one that can only be in the
        future ("el próximo lunes", "este miércoles 4 de enero" two days before it). A month or
        year after publication ("adelanta las elecciones a abril de 2024") is what an event is
        about, not when it happened, and is skipped. Before all, a shift that reaches the
        event word ("two days later, police ..."; "a day after Congress voted"), counted from
        the sentence's other day or the story's. Failing an ordinary date, a day that opens a
        period (source ``since``), then the day of a statement (``report`` or ``weak``).
    """
    statements = {
        d.span: source
        for d in (*past, *future)
        if (source := _statement(d, trigger, reporting, sourced, text)) is not None
    }
    statements.update(
        {
            d.span: "weak"
            for d in (*past, *future)
            if d.span not in statements and _publication_day(d, trigger, text)
        }
    )
    # "eleva a 46 el número de muertos en protestas desde el 7 de diciembre": the day a count
    # runs from is neither the day of the protests it counts in nor of the death that raised it
    counted = {d.span for d in past if d.span in since and tally_period(d, text, tally)}
    if counted:
        since = [s for s in since if s not in counted]
        past = [d for d in past if d.span not in counted]
        future = [d for d in future if d.span not in counted]
    if ahead:
        coming = [d for d in future if d.span not in statements]
        best = nearest_date(coming, trigger, text)
        if best is not None and published is not None and best.value == published:
            best = _called_for_later(best, coming, trigger, text, published) or best
        return DateChoice(best, "own" if best is not None else None)
    begun = _since_on_word(past, since, trigger, text)
    if begun is not None:
        # "el puente Sullana, bloqueado desde el lunes", "the highway, blocked since Monday": the
        # day right after the event word is the day it began, not the day the sentence reports
        return DateChoice(begun, "since")
    opened = began_on(past, began, trigger, text, published, relative)
    if opened is not None:
        # "the national strike began on April 28 against a reform the president withdrew four
        # days later": the day the event word's own action began
        return DateChoice(opened, "own")
    if bound is not None:
        # "Police said 14 people had been detained by Thursday morning": on that day or before;
        # one that opens the clause before the event word tells where the story is ("By Monday,
        # roadblocks had cut most of the highways")
        statements.update(
            {
                d.span: "weak"
                for d in past
                if d.span not in statements
                and d.span[0] >= trigger[1]
                and bound.match(d.text.lower())
            }
        )
    for shift in reversed(shifts):  # the nearest before the event word governs it
        shifted = _shifted(shift, trigger, past, since, text, published, story)
        if shifted is not None:
            date, opens, anchor = shifted
            return DateChoice(date, "own" if opens else "aside", anchor)
    head = scene_head_day(past, trigger, text, scene)
    if head is not None:
        # "los hechos del lunes 9 de enero, en los que perdieron la vida dieciocho ciudadanos":
        # what the clause tells happened on the day of its noun
        return DateChoice(head, "own")
    past_spans = {d.span for d in past}
    ordinary = [
        d
        for d in past
        if d.span not in since
        and d.span not in statements
        and (published is None or d.value <= published or d.precision == "day")
    ]
    ordinary += [
        told_back(d, published) if settled else d
        for d in future
        if d.span not in past_spans and d.span not in since and d.span not in statements
    ]
    # "Morales, who resigned on Sunday, called the killings a massacre": the clause's day is
    # its own
    # "..., who died on Friday night in Popayán, ..., after being hit by a stun grenade": a
    # clause opened by "after" goes on with the relative clause before it
    ordinary = [
        d
        for d in ordinary
        if not _in_other_relative(d.span, trigger, text)
        or _relative_goes_on(d.span, trigger, text, after)
    ]
    held = holding_relative(trigger, text)
    if held is not None:
        # "Teachers, who have been on strike since April 23, said they would march on Monday":
        # the main clause's day is not the relative clause's
        # the main clause's day is not the relative clause's ("..., quien asumió tras la renuncia
        # de Evo Morales, el 10 de noviembre": a day right after its comma is still the clause's)
        ordinary = [
            d
            for d in ordinary
            if held[0] <= d.span[0] < held[1] or not text[held[1] : d.span[0]].strip(" ,")
        ]
    else:
        scene_clause = holding_place_clause(trigger, text)
        own = (
            [d for d in ordinary if scene_clause[0] <= d.span[0] < scene_clause[1]]
            if scene_clause is not None
            else []
        )
        if own:
            # "En Andahuaylas, donde el domingo los manifestantes tomaron la pista, el ambiente
            # seguía tenso este martes": a place clause that names its own day tells what
            # happened there on it (twenty-fourth session, dates13)
            ordinary = own
    ordinary = [d for d in ordinary if not _in_other_after(d, trigger, after)]
    within = [d for d in ordinary if _in_own_after(d, trigger, after)]
    if within:
        # "Merino, who was sworn in on Tuesday after Congress removed Vizcarra on Monday": an
        # event word told in a clause opened by "after" that names its own day happened on it,
        # not on the day of the clause it follows (twenty-fourth session, dates13)
        ordinary = within
    ordinary = [d for d in ordinary if not _outside_earlier(d, trigger, earlier, text)]
    # "marched ... carrying portraits of those killed last year": the day of the dead is not
    # the march's (twenty-sixth session, dates15)
    ordinary = [d for d in ordinary if not dates_the_dead(d, trigger, text, dead, dead_auxiliary)]
    # "El agresor fue detenido en el lugar, y ayer un juez le impuso prisión preventiva": a day
    # that opens the next coordinated clause is that clause's, not the event word's before it
    ordinary = [d for d in ordinary if not _opens_later_coordinate(d, trigger, text)]
    # "acompañaron este miércoles los féretros de las víctimas del lunes en un cortejo": the
    # day of another noun is not the event's when the sentence has a day of its own
    adverbial = [
        d
        for d in ordinary
        if not _dates_other_noun(d, trigger, text) or _when_of_after(d, trigger, after, text)
    ]
    if adverbial:
        ordinary = adverbial
    best = nearest_date(ordinary, trigger, text)
    if best is not None:
        best = _first_of_pair(best, ordinary, trigger, text)
        stated = [d for d in past if d.span in statements]
        finer = nearest_date([best, *stated], trigger, text) if best.precision != "day" else best
        if finer is not None and finer is not best:
            # "said on Friday ... proposals to bring elections forward to this year"
            return DateChoice(finer, statements[finer.span])
        return DateChoice(best, "own")
    best = nearest_date(
        [
            d
            for d in past
            if d.span in since
            and d.precision == "day"
            # "los agentes ingresaron al campus, donde se alojaban desde el miércoles las
            # delegaciones": the day the relative clause's stay began is not the event's; one
            # on the event word itself is ("El estado de excepción, que rige desde el lunes")
            and not _since_other_noun(d, trigger, text, after, lasting)
            and not _opens_later_coordinate(d, trigger, text)
        ],
        trigger,
        text,
    )
    if best is not None:
        return DateChoice(best, "since")
    best = nearest_date(
        [
            d
            for d in past
            if d.precision == "day" and d.span not in since and _in_other_after(d, trigger, after)
        ],
        trigger,
        text,
    )
    if best is not None:
        return DateChoice(best, "after")
    best = nearest_date([d for d in past if d.span in statements], trigger, text)
    if best is not None:
        return DateChoice(best, statements[best.span])
    if any(_outside_earlier(d, trigger, earlier, text) for d in past):
        # "bloquearon la vía el jueves luego de los enfrentamientos en Juliaca": the clashes are
        # earlier than the sentence's day, which they must not take (source ``earlier``)
        return DateChoice(None, "earlier")
    return DateChoice(None, None)


#: how far an event word may follow the words that open its scene clause, and how many words
#: may stand between the noun's day and the comma before them ("del lunes 9 de enero en
#: Juliaca (Puno), donde")
_SCENE_REACH = 80
_SCENE_GAP_WORDS = 5
#: a day that qualifies a noun by "del", "of" at its own start
_OF_START = re.compile(r"(?:de|del|de la|of|of the)\s", re.IGNORECASE)


def scene_head_day(
    past: Sequence[DateValue],
    trigger: tuple[int, int],
    text: str,
    scene: re.Pattern[str] | None,
) -> DateValue | None:
    """The day of the noun whose clause tells the event at ``trigger``: "los hechos del lunes 9
    de enero en Juliaca, donde fallecieron diecisiete civiles", "the clashes of 15 December, in
    which ten people were killed". The clause, opened after a comma by a ``scene_relative``
    word, holds the event word with no punctuation before it and names no day of its own; the
    day qualifies the noun ("del", "of", "Monday's") and ends a few words before the comma. A
    day told as when something else happened ("marcharon el lunes hasta la plaza, donde") is
    no noun's and gives nothing here.
    """
    if scene is None:
        return None
    opener = None
    for m in scene.finditer(text, max(0, trigger[0] - _SCENE_REACH), trigger[0]):
        opener = m
    if opener is None or any(ch in text[opener.end() : trigger[0]] for ch in _CLAUSE_ENDS):
        return None
    stop = _clause_stop(text, trigger[1], len(text))
    if any(opener.end() <= d.span[0] < stop for d in past):
        return None  # ", donde murió el lunes por la tarde": the clause's own day
    comma = opener.start()
    for d in sorted(past, key=lambda d: d.span[1], reverse=True):
        if d.span[1] > comma:
            continue
        gap = text[d.span[1] : comma]
        if (
            d.precision != "day"
            or any(ch in gap for ch in ",;:.!?\n")
            or len(gap.split()) > _SCENE_GAP_WORDS
        ):
            return None
        low = d.text.lower()
        if (
            _OF_START.match(low)
            or low.endswith(_POSSESSIVE)
            or _OF_WORDS.search(text, max(0, d.span[0] - 12), d.span[0])
        ):
            return d
        return None
    return None


def told_back(date: DateValue, published: dt.date | None) -> DateValue:
    """A day and month a few weeks after publication, in a sentence that names no plan, call,
    hedge or condition, is last year's: "On December 15, soldiers fired on crowds near the
    airport" in a story of 7 December a year later ("have called for a vigil on December 15",
    "podrían iniciar una huelga para el 13 de marzo" keep the coming day)."""
    if (
        published is None
        or date.precision != "day"
        or not _DIGIT.search(date.text)
        or not 0 < (date.value - published).days <= _SOON_DAYS
    ):
        return date
    try:
        back = date.value.replace(year=date.value.year - 1)
    except ValueError:  # 29 February
        return date
    return DateValue(back, date.precision, date.text, date.span)


_DIGIT = re.compile(r"\d")


#: a live blog's entry begins with the time it was posted: "22:05 | ...", "09:15 Outside ...",
#: "21:48 - He is ..."
_STAMP = re.compile(
    # a numbered entry's number before its time: "3. 12:40 – ...", "3) 12:40 ..."
    r"[ \t]*(?P<num>\d{1,3}[.)][ \t]+)?\[?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)\]?"
    # "10:45 a.m.", "10.45am", "14:30 h", "14:30 horas", "14:30 hs."
    r"(?:[ \t]?(?:[ap]\.?[ \t]?m\b\.?|h\b\.?|hrs\b\.?|horas\b|hs\b\.?))?"
    r"[ \t]*(?:[|–—:-][ \t]*)?(?=[\"“«'‘¿¡(]?[^\W\d_])",
    re.IGNORECASE,
)
#: what may open an entry's first word: quotes, inverted marks, a bracket
_OPENERS = "\"“«'‘¿¡("
_WRITTEN_YEAR = re.compile(_YEAR)
#: how far into its line a dateline's day may stand
_DATELINE_REACH = 60


def _near_line_start(text: str, at: int) -> bool:
    """The position lies within :data:`_DATELINE_REACH` characters of the start of its line."""
    return at - (text.rfind("\n", 0, at) + 1) <= _DATELINE_REACH


#: a day this far before the story's day is background, not the story going back a step
_BACKGROUND_DAYS = 7
#: factualities whose date moves the story on (a plan, a call or history does not)
_CARRIES = frozenset({"asserted", "reported", "possible", "negated"})
#: the key of :attr:`DateTrail.by_kind` for the last deadly demonstration or riot
_LETHAL = "lethal"
#: kinds of a source's account that speak of the forces' fire
_FORCE_KINDS = frozenset({"Excessive force against protesters", "Protest with intervention"})
#: factualities of a source's account of an incident ("police said ...", "denied that ...")
_ACCOUNTS = frozenset({"reported", "negated"})


def entry_stamp(
    text: str, pos: int, published: dt.date | None, headers: Sequence[DateValue] = ()
) -> DateValue | None:
    """The day of the live-blog entry ("22:05 | ...") on the line holding ``pos``, if it is one:
    the day of the last day header above it (:func:`day_headers`), else the publication day.

    Live entries tell what happens on the day they are posted; the time stamp is the text
    behind that date.
    """
    if published is None:
        return None
    line = text.rfind("\n", 0, pos) + 1
    m = _STAMP.match(text, line, min(len(text), line + 40))
    if m is None or not text[m.end() : m.end() + 2].lstrip(_OPENERS)[:1].isupper():
        m = _time_above(text, line) or _time_alone(text, line)
        if m is None:
            return None  # "10.50 soles"
    start = m.end("num") if m.re is _STAMP and m.group("num") else m.start()
    stamp = text[start : m.end()].strip(" \t|–—:-")
    at = text.index(stamp, start)
    day = header_above(headers, line)
    return DateValue(day.value if day else published, "day", stamp, (at, at + len(stamp)))


#: a time alone on its line, over the entry it stamps: "10:45 a.m.", "14:30 h", "09:15 GMT"
_TIME_LINE = re.compile(
    r"[ \t]*\[?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)\]?"
    r"(?:[ \t]?(?:[ap]\.?[ \t]?m\b\.?|h\b\.?|hrs\b\.?|horas\b|hs\b\.?))?"
    r"(?:[ \t]+(?-i:[A-Z]{2,4})\b)?",
    re.IGNORECASE,
)


def _time_above(text: str, line: int) -> re.Match[str] | None:
    """The time alone on the line above ``line`` (blank lines between allowed): an entry whose
    stamp was set apart from its text."""
    end = len(text[max(0, line - 80) : line].rstrip()) + max(0, line - 80)
    start = text.rfind("\n", 0, end) + 1
    if end <= start or end - start > 40 or not text[line : line + 2].lstrip(_OPENERS)[:1].isupper():
        return None
    return _TIME_LINE.fullmatch(text, start, end)


def _time_alone(text: str, line: int) -> re.Match[str] | None:
    """The time alone on the line starting at ``line``, when an entry starts below it."""
    end = text.find("\n", line, line + 41)
    if end < 0 or not text[end : end + 80].lstrip().lstrip(_OPENERS)[:1].isupper():
        return None
    return _TIME_LINE.fullmatch(text, line, len(text[line:end].rstrip()) + line)


#: a line this long at most may be a day header
_HEADER_CHARS = 48
_LINE = re.compile(rf"^[ \t]*([^\n]{{4,{_HEADER_CHARS}}}?)[ \t]*$", re.MULTILINE)


def _short_lines(text: str) -> list[re.Match[str]]:
    """What ``_LINE.finditer(text)`` finds, trying ``_LINE`` only at the start of a line that
    can hold a match: 4 characters or more, and 48 at most once spaces and tabs are stripped
    from its ends (a search tries every position of the text)."""
    out = []
    pos, size = 0, len(text)
    while pos <= size:
        stop = text.find("\n", pos)
        if stop < 0:
            stop = size
        if stop - pos >= 4 and len(text[pos:stop].strip(" \t")) <= _HEADER_CHARS:
            m = _LINE.match(text, pos)
            if m is not None:
                out.append(m)
        pos = stop + 1
    return out


def day_headers(text: str, published: dt.date | None, rules: DateRules) -> tuple[DateValue, ...]:
    """Lines that are only a day ("Thursday, March 14", "Jueves 14 de marzo", "14/03/2024"):
    in a live blog, the day of the entries below them, up to the next such line."""
    if published is None:
        return ()
    out = []
    for m in _short_lines(text):
        found = find_dates(text, m.start(1), m.end(1), published, rules)
        if len(found) != 1 or found[0].precision != "day" or found[0].value > published:
            continue
        d = found[0]
        rest = text[m.start(1) : d.span[0]] + text[d.span[1] : m.end(1)]
        digits = "".join(ch for ch in rest if ch.isdigit())
        if digits and int(digits) == d.value.day:
            rest = rest.replace(digits, "")  # "Jueves 14": a weekday with its day of the month
        if not any(ch.isalnum() for ch in rest):
            out.append(d)
    return tuple(out)


def happened_on(
    text: str, start: int, end: int, dates: Sequence[DateValue], rules: DateRules
) -> DateValue | None:
    """The day a sentence names as the day of what happened, right after the words that say so
    ("they have come because of what happened last night in Pejompongan", "Empezamos con lo
    que ocurrió ayer en Caravelí"): the events told next are of that day."""
    if rules.what_happened is None:
        return None
    for m in rules.what_happened.finditer(text, start, end):
        for d in dates:
            if d.precision != "day" or d.span[0] < m.end():
                continue
            if len(text[m.end() : d.span[0]].split()) <= 1:
                return d
    return None


def header_above(headers: Sequence[DateValue], pos: int) -> DateValue | None:
    """The last day header (:func:`day_headers`) before ``pos``."""
    above = [h for h in headers if h.span[1] <= pos]
    return above[-1] if above else None


@dataclass
class DateTrail:
    """The dates an undated sentence inherits, read in document order.

    An event with no date of its own takes the day the story was last at ("last"): the
    latest date its sentence gave, unless that is a vaguer look back (a month or year before
    a day already told). A planned event takes the date of the last plan instead, if there
    was one, and a live-blog entry the day it was posted. Dates that open a period ("since
    Jan. 4"), date a statement, or belong to a plan or to history are not where the story is.
    """

    published: dt.date | None
    last: DateValue | None = None
    #: the day the text last spoke of, whatever its kind: what "the next day" counts from (a
    #: month or a week told since is no day to count from)
    mentioned: DateValue | None = None
    planned: DateValue | None = None
    #: a month the text named after its last day ("In July 2000"): what "four months later"
    #: counts from
    month_told: DateValue | None = None
    #: the day the head of the text names before any event ("Minuto a minuto tras la jornada
    #: del viernes 28 de mayo"): what the entries of a live blog tell of, when it is not theirs
    head: DateValue | None = None
    #: index of the event → the day a source spoke after it (", police said on Monday"): the
    #: event happened then or before; filled at the end of the document
    weak: dict[int, DateValue] = field(default_factory=dict)
    #: the day of the last event of each kind (ACLED sub-event type) the text dated itself
    by_kind: dict[str, DateValue] = field(default_factory=dict)
    #: the lines of a live blog that are only a day (:func:`day_headers`): an entry under one
    #: tells of that day, whatever the head of the text says
    headers: tuple[DateValue, ...] = ()
    #: the day the story was at when a later paragraph went back to an earlier day ("On January
    #: 12, the same groups had occupied the airport"), and that paragraph: the story comes back
    #: to it in the next paragraph that gives no day
    resume: DateValue | None = None
    #: :attr:`DateRules.daypart_words`: a "since" day told from a time of it ("desde la mañana
    #: del jueves", "since early Monday") is where a story with no day yet is (dates14)
    daypart: re.Pattern[str] | None = None
    _back_paragraph: int = -1
    _sentence: int = -1
    _entry: int | None = None
    #: the paragraph of the last deadly incident (``by_kind[_LETHAL]``), and the last paragraph
    #: that dated an event of its own (-1: none)
    _lethal_paragraph: int = -1
    _own_paragraph: int = -1
    #: a relative clause told a day before the story had one of its own (:func:`date_for`'s
    #: ``carry``): the story is where the report is
    _held: bool = False
    #: the story went on to a day it does not give (:meth:`later_unknown`)
    unknown: bool = False
    #: the day the story went on to past midnight (:meth:`date_for`'s ``midnight``)
    _small_hours: DateValue | None = None

    def date_for(
        self,
        choice: DateChoice,
        fact: str,
        *,
        sentence: int,
        entry: DateValue | None,
        index: int,
        kind: str | None = None,
        lethal: bool = False,
        look_back: bool = False,
        paragraph: int = -1,
        carry: bool = True,
        same_day: bool = False,
        lasting: bool = True,
        that_day: DateValue | None = None,
        midnight: DateValue | None = None,
        night_hours: DateValue | None = None,
    ) -> tuple[DateValue | None, bool]:
        """The date of the event ``index`` (in document order) of the sentence starting at
        ``sentence``, and whether the sentence gave it. ``entry``: from :func:`entry_stamp`;
        ``kind``: the event's sub-event type; ``lethal``: the event is a demonstration or a
        riot its sentence counts dead in; ``look_back``: the event is told in a clause
        opened by "after" (:func:`told_before`), which does not take the story back to an
        earlier day; ``paragraph``: the index of the sentence's paragraph (:attr:`resume`);
        ``carry``: false when the date ends a restrictive relative clause
        (:func:`in_restrictive_relative`), which dates the event but does not move the story;
        ``same_day``: the sentence points back at the story's day ("that night", "ese mismo
        día"), so a source's account it holds is of that day, not of an earlier incident;
        ``lasting``: the event is an action that lasts (a strike, a blockade): one a relative
        clause dates before the story has a day of its own ("el paro que reanudaron el miércoles
        4 de enero") leaves the story at the report's day; an incident so dated ("las personas
        que murieron tras los enfrentamientos del jueves") does not; ``that_day``: the sentence
        opens by pointing back ("That afternoon", "Esa tarde") right after a sentence that
        closed on this day (:func:`closing_day`): a sentence with no day of its own is of it,
        and the story goes on from it; ``midnight``: the sentence opens on the small hours
        with no day (:func:`past_midnight`, the words it names): after a night or a yesterday
        the story told, they are the next day's, and the story goes on from it;
        ``night_hours``: the sentence names the small hours with no day anywhere in it
        (:func:`small_hours`): in a story with no day told yet, they are the report's own day
        ("la Policía desbloqueó en la madrugada la vía" in a midday newscast), and the story
        goes on from it."""
        entry_at = entry.span[0] if entry is not None else None
        if choice.source == "since" and entry is not None:
            return entry, False  # a live entry tells the day it is posted, not when a period began
        if (
            choice.source == "report"
            and choice.date is not None
            and fact == "negated"
            and entry is None
            and self.last is not None
            and self.last.precision == "day"
            and self.last.value < choice.date.value
        ):
            # "Sheinbaum said on Sunday that ... and rejected claims that police had repressed
            # anyone", "negó el lunes que la policía haya disparado": a denial of what happened
            # is of the day the story told, the statement's day only bounds it
            return self.last, False
        if choice.date is not None and choice.source in ("own", "since", "report", "aside"):
            back = look_back and self.last is not None and choice.date.value < self.last.value
            if choice.source == "own" and not back:
                if carry:
                    self._look_back(choice.date, fact, sentence, paragraph)
                    self._carry(choice.date, fact, sentence, entry_at)
                elif self.last is None and entry is None and lasting:
                    self._held = True
                if (
                    carry
                    and kind is not None
                    and fact in _CARRIES
                    and choice.date.precision == "day"
                    and (self.published is None or choice.date.value <= self.published)
                ):
                    self.by_kind[kind] = choice.date
                    if lethal:
                        self.by_kind[_LETHAL] = choice.date
                        self._lethal_paragraph = paragraph
                if carry and fact in _CARRIES:
                    self._own_paragraph = paragraph
            if (
                choice.source == "since"
                and carry
                and choice.date.precision == "day"
                and self.last is not None
                and self.last.precision == "day"
                and self.last.value < choice.date.value
            ):
                # "... las elecciones del domingo 28 de julio. Desde la mañana del lunes 29,
                # vecinos marcharon hacia el centro. La GNB los dispersó": what began on a later
                # day than the story's is where the story goes on
                self._carry(choice.date, fact, sentence, entry_at)
            if (
                choice.source == "since"
                and carry
                and choice.date.precision == "day"
                and self.last is None
                and entry is None
                and self.daypart is not None
                and self.daypart.search(choice.date.text) is not None
            ):
                # "Rondas campesinas bloquearon desde la mañana del jueves la carretera": a day
                # told from a time of it is where a story with no day yet is (dates14)
                self._carry(choice.date, fact, sentence, entry_at)
            if choice.anchor is not None:
                self._carry(choice.anchor, fact, sentence, entry_at)
            if choice.date.precision == "day":
                # "last month" cannot be counted from: "four days earlier" after it counts from
                # the last day told
                self.mentioned = choice.date
                self.month_told = None
            elif choice.date.precision == "month" and not _RELATIVE_PERIOD.search(choice.date.text):
                # "In July 2000, ..." then "He resigned four months later": counted from it
                self.month_told = choice.date
            return choice.date, True
        if fact in ("planned", "called_for") and self.planned is not None:
            return self.planned, False
        if that_day is not None and choice.date is None and entry is None and fact in _CARRIES:
            # "... carrying the portraits of those killed there on 9 January 2023. That
            # afternoon security forces fired on the crowds": the afternoon of the day just named
            self._carry(that_day, fact, sentence, entry_at)
            return that_day, False
        if midnight is not None and choice.date is None and entry is None and fact in _CARRIES:
            night = self.last if entry_at is None or self._entry == entry_at else None
            if (
                night is not None
                and night.precision == "day"
                # "Pasada la medianoche, ... En la madrugada, ...": the same small hours
                and night is not self._small_hours
                and self.published is not None
                and night.value < self.published
                and (
                    _NIGHT_OR_EVENING.search(night.text) is not None
                    or night.value + dt.timedelta(days=1) == self.published
                )
            ):
                # "... se enfrentaron la noche del sábado. Pasada la medianoche, la policía
                # dispersó a ambos bandos": the small hours after the night told are Sunday's
                after = night.value + dt.timedelta(days=1)
                day = DateValue(after, "day", midnight.text, midnight.span)
                self.last, self._sentence, self._entry = day, sentence, entry_at
                self._small_hours = day
                return day, False
        if (
            night_hours is not None
            and choice.date is None
            and entry is None
            and fact in _CARRIES
            and self.last is None
            and self.head is None
            and self.published is not None
        ):
            # "CONDUCTORA: Vamos a Chala, donde la Policía desbloqueó en la madrugada la vía":
            # the small hours of a story with no day yet are the report's day
            day = DateValue(self.published, "day", night_hours.text, night_hours.span)
            self._carry(day, fact, sentence, entry_at)
            return day, False
        if self.resume is not None and paragraph != self._back_paragraph and entry is None:
            # a paragraph of background told an earlier day; the next undated paragraph is back
            # where the story was
            self.last, self.resume, self._sentence = self.resume, None, sentence
        last = self.last if entry_at is None or self._entry == entry_at else None
        if choice.source == "after" and choice.date is not None:
            # "la intervención fue ordenada después de que tomaron el campus el miércoles":
            # on that day or later, the story's day if it is not before
            if last is not None and last.value >= choice.date.value:
                return last, False
            if last is None and entry is not None and entry.value >= choice.date.value:
                # "16:05 - Thousands are gathering for the march against Merino, who was sworn in
                # after Congress removed Vizcarra on Monday": the entry's day
                return entry, False
            return choice.date, True
        if choice.source == "weak" and choice.date is not None:
            if last is None and entry is None:
                self.weak[index] = choice.date
                return None, False
            if last is not None and last.value <= choice.date.value:
                return last, False
            return choice.date, False
        if last is None and entry is not None:
            if header_above(self.headers, entry.span[0]) is not None:
                return entry, False
            return (self.head or entry), False
        if (
            fact in _ACCOUNTS
            and entry is None
            and kind is not None
            and kind in self.by_kind
            and not same_day
        ):
            # "La Policía sostuvo que los manifestantes atacaron a los agentes con piedras",
            # "Police denied that a second grenade had been thrown": a source's account of an
            # incident is of the last incident of its kind, even when the story has told of
            # another day since ("Horas después, un policía murió calcinado")
            return self.by_kind[kind], False
        if (
            fact in _ACCOUNTS
            and entry is None
            and kind in _FORCE_KINDS
            and _LETHAL in self.by_kind
            and not same_day
            # "KENYA - Police fired tear gas ... on Tuesday. Police denied that officers used
            # live ammunition": a paragraph that told its own day after the deadly incident's
            # paragraph (a round-up's next section) keeps its day (twentieth session, factuality3)
            and not (
                paragraph >= 0
                and self._own_paragraph == paragraph
                and self._lethal_paragraph != paragraph
            )
        ):
            # "negó que los agentes hayan utilizado armas letales", "denied that soldiers fired
            # on the crowd": an account of the forces' fire is of the last deadly incident of a
            # demonstration, however it was coded ("Diecisiete civiles murieron el lunes durante
            # los enfrentamientos"), not of the night's looting told since
            return self.by_kind[_LETHAL], False
        if last is None and entry is None and self._held and self.published is not None:
            # "La medida forma parte del paro que reanudaron el miércoles 4 de enero. Los
            # manifestantes bloquean varios tramos": the clause's day is not the story's, which
            # is at the day of the report
            if fact in _CARRIES:
                return DateValue(self.published, "day", "", (0, 0)), False
        return last, False

    def lead(
        self, dates: Sequence[DateValue], reporting: Sequence[tuple[int, int]], text: str
    ) -> None:
        """A sentence before the first event, with no event word of its own ("Colombian troops
        entered El Plateado on Saturday without meeting resistance"), sets the story's day."""
        if self.last is not None:
            return
        told = [
            d
            for d in dates
            if d.precision == "day"
            # "LIMA, Jan. 21, 2023 —": a dateline's day; a day with its year deep in a sentence
            # ("informar sobre los hechos ocurridos en la noche del lunes 3 de mayo de 2021")
            # is the story's
            and not (_WRITTEN_YEAR.search(d.text) and _near_line_start(text, d.span[0]))
            and (self.published is None or d.value <= self.published)
            and not any(
                end <= d.span[0] and text[end : d.span[0]].isspace() for _, end in reporting
            )
        ]
        if told:
            self.last = self.head = max(told, key=_rank)

    def heading(self, dates: Sequence[DateValue]) -> None:
        """A heading with no event word names the day its section tells of ("What happened on 9
        January 2023?", "What happens today?"): the story is at that day, whatever it was at
        before, and the plans under it are its own."""
        told = [
            d
            for d in dates
            if d.precision == "day" and (self.published is None or d.value <= self.published)
        ]
        if not told:
            return
        day = max(told, key=_rank)
        self.last = self.mentioned = day
        self.planned = self.resume = self.month_told = None
        self._sentence, self._entry = -1, None

    def happened(self, day: DateValue, paragraph: int) -> None:
        """A sentence with no event word named the day of what happened ("because of what
        happened last night in Pejompongan"): its paragraph tells of that day; the next
        paragraph that gives no day is back where the story was, if that was later."""
        if self.published is not None and day.value > self.published:
            return
        last = self.last
        if last is not None and last.precision == "day" and last.value > day.value:
            self.resume, self._back_paragraph = last, paragraph
        self.last = self.mentioned = day
        self._sentence, self._entry = -1, None

    def later_unknown(self) -> None:
        """The story went on to a later day it does not give (the funeral of someone it told
        dead): what follows with no day of its own takes none."""
        self.last = self.resume = None
        self.unknown = True
        self._sentence, self._entry = -1, None

    def planned_date(self, date: DateValue | None) -> None:
        """Record the date of a plan or call, for the undated plans that follow."""
        if date is not None:
            self.planned = date

    def _look_back(self, date: DateValue, fact: str, sentence: int, paragraph: int) -> None:
        """Keep the story's day in :attr:`resume` when a sentence of its own goes back to an
        earlier day ("Riot police cleared the highway on Thursday. On January 12, the same
        groups had occupied the airport."); forget it once the story reaches that day again."""
        if fact not in _CARRIES or date.precision != "day":
            return
        if self.resume is not None and date.value >= self.resume.value:
            self.resume = None
            return
        last = self.last
        if (
            paragraph >= 0
            and last is not None
            and last.precision == "day"
            and sentence != self._sentence
            and (last.value - date.value).days > _BACKGROUND_DAYS
        ):
            if self.resume is None:
                self.resume = last
            self._back_paragraph = paragraph

    def _carry(self, date: DateValue, fact: str, sentence: int, entry: int | None) -> None:
        if fact not in _CARRIES or (self.published is not None and date.value > self.published):
            return
        last = self.last
        if last is not None:
            if sentence == self._sentence and _rank(date) <= _rank(last):
                return  # within a sentence the latest day carries on
            if date.precision != "day" and last.precision == "day" and date.value < last.value:
                return  # "a ceasefire suspended in March": a look back, not where the story is
        self.last, self._sentence, self._entry = date, sentence, entry


#: a month counted from the publication ("last month", "el mes pasado") is no month to count from
_RELATIVE_PERIOD = re.compile(
    r"\b(?:last|next|this|pasado|anterior|pr[oó]ximo|este)\b", re.IGNORECASE
)


#: a day told as a night or an evening ("la noche del sábado", "anoche", "on Friday night",
#: "late on Monday"): the small hours told after it are the next day's
_NIGHT_OR_EVENING = re.compile(r"\b(?:noche|anoche|tarde|night|evening|late)\b", re.IGNORECASE)


def past_midnight(text: str, start: int, end: int, rules: DateRules) -> DateValue | None:
    """The words that open the sentence at ``start`` by naming the small hours with no day
    ("En la madrugada, un policía fue atacado", "Pasada la medianoche, la policía dispersó",
    "After midnight, ..."), as a date with no value of its own (the value is a placeholder):
    :meth:`DateTrail.date_for` gives them the day after the night the story told."""
    if rules.after_midnight is None:
        return None
    opening = _OPENING.match(text, start, end)
    at = opening.end() if opening is not None else start
    m = rules.after_midnight.match(text, at, end)
    if m is None or not text.startswith(",", m.end()):
        return None
    return DateValue(dt.date.min, "day", m.group(0), m.span())


#: what makes the small hours a given day's or a day counted from another: "en la madrugada del
#: domingo", "in the early hours of Sunday", "la madrugada siguiente" (a day told after them,
#: "de madrugada el lunes", is the sentence's own date)
_SMALL_HOURS_OF = re.compile(r"\s*,?\s+(?:del?|of|siguiente|following|posterior)\b", re.IGNORECASE)


def small_hours(text: str, start: int, end: int, rules: DateRules) -> DateValue | None:
    """The small hours named with no day anywhere in the sentence ("la Policía desbloqueó en
    la madrugada el kilómetro 610", "police cleared the bridge in the early hours"), as a date
    with no value of its own (a placeholder): in a story that has told no day yet they are the
    last small hours before the report, its own day (:meth:`DateTrail.date_for`)."""
    if rules.after_midnight is None:
        return None
    for m in rules.after_midnight.finditer(text, start, end):
        if _SMALL_HOURS_OF.match(text, m.end()) is None:
            return DateValue(dt.date.min, "day", m.group(0), m.span())
    return None


#: what may stand between a day that closes a sentence and the next sentence's start
_CLOSING = re.compile(r"[\s.;:!?\"'”’»)]*")
#: what may open a sentence before the words pointing back at a day (quotes, a dash)
_OPENING = re.compile(r"[\s\"'“‘«(—–-]*")


def closing_day(
    day: DateValue | None, text: str, start: int, end: int, same_day: re.Pattern[str] | None
) -> DateValue | None:
    """The day that closed the sentence before the one at ``start``, when this one opens by
    pointing back at a day ("That afternoon security forces fired ...", "Esa noche ..."): the
    words point at the day just named, even when a clause told it ("carrying the portraits of
    those killed there on 9 January 2023."), not at the day of the story's main clause
    (twenty-fourth session, dates13). ``day``: the last day the text named
    (:attr:`DateTrail.mentioned`)."""
    if same_day is None or day is None or day.precision != "day" or day.span[1] > start:
        return None
    closing = _CLOSING.match(text, day.span[1], start)
    if closing is None or closing.end() != start:
        return None
    opening = _OPENING.match(text, start, end)
    at = opening.end() if opening is not None else start
    return day if same_day.match(text, at, end) is not None else None


def _rank(d: DateValue) -> tuple[bool, dt.date]:
    return (d.precision == "day", d.value)


#: actions that last and are told by how long they have lasted: a blockade, an occupation, a
#: sit-in, a hunger strike (a strike told as going on has its own window: :func:`ongoing`)
LASTING_MODES = frozenset({"blockade", "occupation", "sit_in", "hunger_strike"})
_ORDINALS = {
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
    "quinto": 5, "sexto": 6, "séptimo": 7, "sétimo": 7, "septimo": 7, "setimo": 7,
    "octavo": 8, "noveno": 9, "décimo": 10, "decimo": 10,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_AMOUNTS = {
    "un": 1, "una": 1, "a": 1, "one": 1, "dos": 2, "two": 2, "tres": 3, "three": 3,
    "cuatro": 4, "four": 4, "cinco": 5, "five": 5, "seis": 6, "six": 6, "siete": 7,
    "seven": 7, "ocho": 8, "eight": 8, "nueve": 9, "nine": 9, "diez": 10, "ten": 10,
}  # fmt: skip
_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_AMOUNT_WORDS = "|".join(sorted(_AMOUNTS, key=len, reverse=True))
#: "por sexto día", "en su quinto día", "for a sixth day", "entered its sixth day", "el 6.º día"
_NTH_DAY = re.compile(
    rf"\b(?:por|en\s+su|durante\s+el|el|for\s+(?:a|the)|its|on\s+(?:its|the))\s+"
    rf"(?:(?P<word>{_ORDINAL_WORDS})|(?P<digits>\d{{1,2}})\s*(?:\.?[ºo°]|st|nd|rd|th))\s+"
    r"(?:d[ií]a|jornada|day)s?\b",
    re.IGNORECASE,
)
#: "desde hace una semana", "cumplió una semana", "for a week", "for six days" (not "hace tres
#: días", which is when it began)
_HOW_LONG = re.compile(
    rf"\b(?:desde\s+hac[eií]a?|cumpli[oó]|cumple|cumplen|for|for\s+the\s+past|for\s+the\s+last)\s+"
    rf"(?:(?P<word>{_AMOUNT_WORDS})|(?P<digits>\d{{1,2}}))\s+"
    r"(?P<unit>d[ií]as?|semanas?|days?|weeks?)\b",
    re.IGNORECASE,
)
#: how far from the event word a phrase of how long it lasted may stand
_LASTING_REACH = 70


def tells_how_long(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` tells how long an action has lasted: "por sexto día", "el noveno día",
    "desde hacía cinco días", "for a week", "for six days"."""
    return _NTH_DAY.search(text, lo, hi) is not None or _HOW_LONG.search(text, lo, hi) is not None


def lasting_start(
    text: str, trigger: tuple[int, int], sentence: tuple[int, int], day: dt.date
) -> DateValue | None:
    """A lasting action told by how long it has lasted on ``day`` (the day the sentence tells
    of), dated by that day with a window back to the day it began: "mantuvieron bloqueado por
    sexto día el puente" on 10 January began on the 5th; "mantienen desde hace una semana el
    bloqueo" on 6 May began about a week before; "the blockade entered its sixth day". Other
    reports of the same blockade on other days can then share its window. None when the
    sentence says no such thing near the event word."""
    lo = max(sentence[0], trigger[0] - _LASTING_REACH)
    hi = min(sentence[1], trigger[1] + _LASTING_REACH)
    m = _NTH_DAY.search(text, lo, hi)
    if m is not None:
        n = _ORDINALS[m.group("word").lower()] if m.group("word") else int(m.group("digits"))
        began = day - dt.timedelta(days=max(n, 1) - 1)
    else:
        m = _HOW_LONG.search(text, lo, hi)
        if m is None:
            return None
        n = _AMOUNTS[m.group("word").lower()] if m.group("word") else int(m.group("digits"))
        weeks = m.group("unit").lower().startswith(("s", "w"))
        # "desde hace una semana": about a week, give or take three days
        began = day - (dt.timedelta(weeks=n, days=3) if weeks else dt.timedelta(days=n))
    if began >= day:
        return None
    return DateValue(day, "week", m.group(), m.span(), began, day)
