"""Date words: ``{id, role, patterns: [...], ...}`` (see docs/lexicons-dates-counts.md).

Patterns are literal words or phrases (a trailing ``*`` means "word prefix"); ``format``
patterns are templates over ``{day}``, ``{month}``, ``{mnum}`` (month as a number) and
``{year}``. Month names themselves live in ``months.yaml``.

Roles and the fields they need:

- ``weekday`` (``weekday`` 0 = Monday .. 6; optional ``window``: the days past it the word
  also names, "el fin de semana", "the weekend" 5 with window 1, read at week precision):
  "lunes", "Monday";
- ``relative_day`` (``offset`` in days): "ayer" -1, "hoy" 0, "yesterday" -1;
- ``relative_period`` (``unit`` week|month|year, ``offset``): "la semana pasada", "last month";
- ``ago`` (``position`` before|after the amount): "hace", "ago";
- ``unit`` (``unit`` day|week|month|year): "días", "weeks";
- ``modifier`` (``direction`` past|this|future, ``position``): "pasado", "este", "last", "next";
- ``lead`` (``scope``: which expressions it may introduce; optional ``direction``): "el", "on",
  "en", "in", "en el año", "el pasado mes de";
- ``daypart`` (``position``): "la madrugada del", "por la noche", "early", "night";
- ``weekday_suffix``: glued to a weekday: "'s" in "Monday's";
- ``edge`` (``edge`` start|mid|end): "a fines de", "early", "mid";
- ``format``: "{day} de {month} de {year}", "{month} {day}, {year}", "{day}/{mnum}/{year}";
- ``ordinal_suffix``: glued to a day number: "º", "th";
- ``day_word`` (``value``): "primero" 1;
- ``ignore``: phrases that look like dates but are not ("hoy en día", "Good Friday");
- ``not_before``: words that make a following day-month a name ("avenida 28 de julio");
- ``not_after``: words that make the day-month before them a name ("the 13 May Square");
- ``range``: words between the days of a range ("del 10 al 12 de enero", "10 to 12 January");
- ``shift`` (``direction``, ``position``, optional ``offset``): a day counted from another
  date of the story: after an amount and unit ("dos días después", "a day after"), or a whole
  phrase with its ``offset`` ("al día siguiente" +1); ``position: before`` when it dates the
  clause that follows it ("un día después de decretar la emergencia"); a shift with no amount
  ("días después", "days later") takes ``offset`` 1 and a ``window`` of days it may reach;
- ``that_year``: after a day or a month, the year the story named last ("en julio de aquel
  año", "in July of that year"), even in an earlier paragraph;
- ``relative_head``, ``relative_word``: the determiner that opens a noun phrase and the word
  that opens a restrictive relative clause on it ("el paro que reanudaron el miércoles", "the
  campus that students occupied on Thursday"): a day in the clause dates what the clause tells,
  not where the story is;
- ``after_opening``: a word that opens a clause told as what came before only at the start of
  its sentence ("Tras el operativo del jueves, la carretera está expedita"); inside a sentence
  it tells a cause ("murió tras recibir un disparo el lunes") and is not read;
- ``after_when``: right after the comma that closes a clause opened by "after", a word that
  goes on telling the same earlier time ("tras los hechos de ayer, cuando dos pobladores
  murieron", "after Sunday's march, when police fired on the crowd"): the clause runs on
  to the next punctuation.
- ``earlier_phrase``: a preposition with the determiner of its noun that names an earlier event
  ("tras la muerte de dos comuneros", "luego de los enfrentamientos", "after the clashes"): an
  event word at the head of that noun does not take the day of the clause around it.
- ``clock`` (``position`` before|after the digits): the words around a time of day written in
  four digits ("a las 1930", "1930 horas", "at 0600 hours"): those digits are no year.
- ``past_event``: right after a shift that governs what follows, the determiner of a noun that
  names a past event ("ten days after the massacre", "diez días después de la masacre"): the
  distance is counted from the sentence's own day, else from the day the text is written, never
  from a day the story carried from an earlier sentence.
- ``period_of_day`` (``unit`` month|year, ``offset``): right after a day, the month or year
  it falls in, counted from publication ("el 18 del presente mes", "del año pasado", "of last
  month", "last year"): the day of that month, that day and month of that year.
- ``duration``: right before an amount of hours, a word that makes it a length ("un paro de 48
  horas antes de la marcha", "a strike for 48 hours"), no distance in time.
- ``night``: a night named with no day ("los disturbios de la noche", "overnight"): in a
  live blog's entry posted in the morning it is the night before the entry's day.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from veeduria.resources.schemas._base import BaseEntry

DateRole = Literal[
    "weekday",
    "relative_day",
    "relative_period",
    "ago",
    "anniversary",
    "unit",
    "modifier",
    "lead",
    "daypart",
    "weekday_suffix",
    "edge",
    "format",
    "ordinal_suffix",
    "day_word",
    "ignore",
    "not_before",
    "not_after",
    "range",
    "shift",
    "that_year",
    "that_weekday",
    "relative_head",
    "relative_word",
    "after_when",
    "after_opening",
    "earlier_phrase",
    "clock",
    "night",
    "same_day",
    "what_happened",
    "funeral",
    "hospital_death",
    "scene_relative",
    "past_event",
    "tally_period",
    "dead_of_day",
    "after_midnight",
    "period_of_day",
    "duration",
]
Scope = Literal["date", "weekday", "month", "year"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_NEEDS: dict[str, tuple[str, ...]] = {
    "weekday": ("weekday",),
    "relative_day": ("offset",),
    "relative_period": ("unit", "offset"),
    "ago": ("position",),
    "unit": ("unit",),
    "modifier": ("direction", "position"),
    "lead": ("scope",),
    "daypart": ("position",),
    "edge": ("edge",),
    "day_word": ("value",),
    "shift": ("direction", "position"),
    "clock": ("position",),
    "period_of_day": ("unit", "offset"),
}
_OPTIONAL: dict[str, tuple[str, ...]] = {
    "lead": ("direction",),
    "shift": ("offset", "window"),
    # a weekday word that names more days than its own ("el fin de semana", "the weekend")
    "weekday": ("window",),
    # the days from publication to the day the anniversary falls on ("mañana se cumple": 1)
    "anniversary": ("offset",),
}
_FIELDS = ("weekday", "offset", "unit", "position", "direction", "scope", "edge", "value", "window")


class Entry(BaseEntry):
    role: DateRole
    patterns: tuple[str, ...] = Field(min_length=1)
    weekday: int | None = Field(default=None, ge=0, le=6)
    offset: int | None = Field(default=None, ge=-10, le=10)
    #: "hour" only for ``unit`` words: an amount of hours that makes whole days counts as them
    unit: Literal["hour", "day", "week", "month", "year"] | None = None
    position: Literal["before", "after"] | None = None
    direction: Literal["past", "this", "future"] | None = None
    scope: tuple[Scope, ...] | None = None
    edge: Literal["start", "mid", "end"] | None = None
    value: int | None = Field(default=None, ge=1, le=31)
    #: a shift with no amount ("días después", "days later"): how many days past ``offset`` it
    #: may reach; the day it gives is the first of that window, at week precision
    window: int | None = Field(default=None, ge=1, le=31)

    @model_validator(mode="after")
    def _fields_match_role(self) -> Entry:
        needed = _NEEDS.get(self.role, ())
        allowed = set(needed) | set(_OPTIONAL.get(self.role, ()))
        for name in _FIELDS:
            present = getattr(self, name) is not None
            if name in needed and not present:
                raise ValueError(f"role {self.role!r} needs {name!r}")
            if present and name not in allowed:
                raise ValueError(f"role {self.role!r} takes no {name!r}")
        if self.role == "relative_period" and self.unit in ("hour", "day"):
            raise ValueError("a relative_period is a week, month or year; use relative_day")
        if self.unit == "hour" and self.role != "unit":
            raise ValueError("only a unit word counts hours")
        if self.role == "period_of_day" and self.unit not in ("month", "year"):
            raise ValueError("a period_of_day is a month or a year")
        for pattern in self.patterns:
            if not pattern.strip():
                raise ValueError("empty pattern")
            if self.role == "format":
                names = _PLACEHOLDER.findall(pattern)
                if set(names) - {"day", "month", "mnum", "year"} or len(names) != len(set(names)):
                    raise ValueError(f"format {pattern!r}: placeholders are day, month, mnum, year")
                if not ({"month", "mnum"} & set(names)) or (
                    "day" not in names and "year" not in names
                ):
                    raise ValueError(f"format {pattern!r} needs a month and a day or a year")
                if "*" in pattern or "{" in _PLACEHOLDER.sub("", pattern):
                    raise ValueError(f"format {pattern!r}: literal text only between placeholders")
            elif "*" in pattern.rstrip("*") or pattern.count("*") > 1:
                raise ValueError(f"pattern {pattern!r}: '*' only at the end")
        return self
