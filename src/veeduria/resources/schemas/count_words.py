"""Count words: ``{id, role, patterns: [...], ...}`` (see docs/lexicons-dates-counts.md).

Patterns are literal words or phrases; a trailing ``*`` means "word prefix".

Roles and the fields they need:

- ``head`` (``category``): a noun or participle right after the number, or after the
  number and a person noun: "muertos", "heridos", "detenidos", "dead", "wounded";
- ``verb`` (``category``, ``position`` before|after|both; optional ``singular: true``):
  "murieron" (both: "murieron 17", "17 murieron"), "resultaron heridas", "were killed"
  (after), "killing" (before); a ``singular`` form ("fue detenido", "was killed") counts
  one person when no number goes with it ("Castillo fue detenido"); a ``people`` verb counts
  only a number with a person noun after it ("cayeron otros dos jóvenes", never "cayeron otros
  dos goles");
- ``event_noun`` (``category``): a noun and its preposition before the number:
  "la muerte de", "the death of", "la detención de";
- ``person`` (optional ``category``): nouns for people counted: "personas", "civiles",
  "policías", "people"; with ``category: participants`` a number before it is a crowd size
  unless a verb or head says otherwise ("cientos de manifestantes");
- ``qualifier`` (``qualifier`` at_least|at_most|about, ``position`` before|after):
  "al menos", "más de", "hasta", "unos", "at least", "up to", "nearly", "o más";
- ``vague`` (``value``, ``qualifier``): "decenas" 10, "cientos" 100, "dozens" 12;
- ``range`` (joiners; optional ``open``: words that must come before the first number):
  "entre 10 y 15" (open: entre, patterns: y), "10 a 15", "two or three";
- ``link`` (``after`` vague|verb): "de"/"of" after a vague number ("decenas de heridos"),
  the Spanish personal "a" after a verb ("detuvieron a 200 personas");
- ``conjunction``: joins counted groups: "17 civiles y un policía murieron";
- ``adjunct``: opens an aside whose numbers are part of another count: "entre ellas",
  "including";
- ``boundary``: words after a bare number that end it ("murieron 17 en Juliaca");
- ``not_before`` / ``not_after``: words next to a number that make it something else: a
  time ("a las 10"), a place ("kilómetro 30"), an age ("17 años"), money, a percentage;
- ``hour_before``: words before a number that make it a clock time ("a las 10", "desde las
  8"), but only a number that can be an hour (24 at most) with no person noun after it: "se
  suma a las 49 personas fallecidas" counts 49;
- ``year_marker``: words before a plain four-digit number that make it a year ("en 2000");
- ``zero`` (optional ``category``): words that say "none" where a number would stand: "sin
  heridos", "no hubo detenidos", "no one was hurt"; with a category, a "nobody" that denies
  the injured also gives that category 0 ("nadie resultó herido": none killed either);
- ``toll`` (``category``): a cumulative figure's noun, with its article: "la cifra de
  fallecidos", "the death toll", "the number of people killed";
- ``toll_subject`` (``category``): a plural casualty noun that is the subject of a rising
  toll, its figure right after a toll verb: "*Los fallecidos* desde diciembre ya son 46",
  "*Fatalities* have reached 28"; anywhere else it is a head ("ya son once los muertos");
- ``toll_verb`` (``position``): what links a toll to its number; ``after``: it follows the
  toll ("la cifra de fallecidos asciende a 18", "the death toll stands at 18");
  ``before``: it comes before the number, the toll after it ("elevó a 44 la cifra de
  fallecidos", "raised to 53 the number of people killed"); with a ``qualifier``, the verb
  also qualifies the figure ("los heridos *superan los* cien", "the injured *exceeded* 100":
  at least 100);
- ``adverb``: words that may stand inside a verb phrase, between its auxiliary and the rest
  ("was *then* beaten to death", "were *later* shot dead", "fue *luego* asesinado",
  "resultaron *gravemente* heridos"); the verb is read as if they were not there;
- ``filler``: words that may stand between a counted group and its verb ("17 personas que
  murieron", "habría fallecido", "were reportedly killed") or between a verb and its
  group ("mataron anoche a dos civiles", "hirieron a otros siete");
- ``more`` (``position`` before|after): words that make a counted group more of the
  incident just told, not one of its own: "*otras* diez personas resultaron heridas",
  "ten *other* people were wounded", "*another* five were hurt";
- ``unharmed``: a predicate that says the people it tells came out unhurt: "resultaron
  ilesos", "salió ileso", "were unharmed", "escaped unhurt"; it gives 0 injured and 0 killed
  (a coder's "no one was hurt");
- ``another``: a pronoun that stands alone as the subject of a casualty verb and counts one
  more of the same figure: "un manifestante murió en Juliaca *y otro* murió en el hospital",
  "one protester was killed *and another* died in hospital";
- ``age``: words that make a number an age, which may stand between a counted group and its
  noun or verb: "un joven de 17 años murió", "a 17-year-old protester was killed".
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from veeduria.resources.schemas._base import BaseEntry

CountRole = Literal[
    "head",
    "verb",
    "event_noun",
    "person",
    "qualifier",
    "vague",
    "range",
    "link",
    "conjunction",
    "adjunct",
    "boundary",
    "not_before",
    "not_after",
    "hour_before",
    "year_marker",
    "age",
    "zero",
    "filler",
    "toll",
    "toll_subject",
    "toll_verb",
    "adverb",
    "more",
    "relative",
    "relative_break",
    "item_place",
    "unharmed",
    "another",
    "another_end",
]
Category = Literal["killed", "injured", "detained", "participants"]

_NEEDS: dict[str, tuple[str, ...]] = {
    "head": ("category",),
    "verb": ("category", "position"),
    "event_noun": ("category",),
    "toll": ("category",),
    "toll_subject": ("category",),
    "toll_verb": ("position",),
    "qualifier": ("qualifier", "position"),
    "vague": ("value", "qualifier"),
    "link": ("after",),
    "more": ("position",),
}
_OPTIONAL: dict[str, tuple[str, ...]] = {
    "person": ("category",),
    "range": ("open",),
    "verb": ("singular", "people"),
    "zero": ("category",),
    "toll_verb": ("qualifier",),
}
_FIELDS = ("category", "position", "qualifier", "value", "open", "after", "singular", "people")


class Entry(BaseEntry):
    role: CountRole
    patterns: tuple[str, ...] = Field(min_length=1)
    category: Category | None = None
    position: Literal["before", "after", "both"] | None = None
    qualifier: Literal["exact", "at_least", "at_most", "about"] | None = None
    value: int | None = Field(default=None, ge=1)
    open: tuple[str, ...] | None = None
    after: Literal["vague", "verb"] | None = None
    singular: bool | None = None
    people: bool | None = None

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
        if self.role in ("qualifier", "toll_verb") and self.position == "both":
            raise ValueError(f"a {self.role} comes before or after, not both")
        if self.singular and self.position == "before":
            raise ValueError("a singular verb must be able to follow its subject")
        if self.role == "zero" and self.category not in (None, "killed"):
            raise ValueError("a zero word can only extend to 'killed'")
        if self.role == "person" and self.category not in (None, "participants"):
            raise ValueError("a person noun can only imply 'participants'")
        for pattern in (*self.patterns, *(self.open or ())):
            if not pattern.strip():
                raise ValueError("empty pattern")
            if "*" in pattern.rstrip("*") or pattern.count("*") > 1:
                raise ValueError(f"pattern {pattern!r}: '*' only at the end")
        return self
