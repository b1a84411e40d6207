"""Place mentions: where in the text an event is said to happen.

``PlaceFinder`` is the interface the extractor uses; the gazetteer provides the real one
(names, aliases and landmarks resolved to admin levels). Without a gazetteer,
:class:`CapitalisedPlaces` finds capitalised names after a locative preposition
("en Juliaca", "in Puno") and leaves them unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from veeduria.models import Location

_ORIGIN = re.compile(
    r"(?:natural(?:es)? de|procedentes? de|originari[oa]s? de|oriund[oa]s? de|llegad[oa]s? desde|"
    r"hometown|native of|natives of|who came from|arrived from|from the town of)\s*$",
    re.IGNORECASE,
)


def is_origin(text: str, start: int) -> bool:
    """True when the place at ``start`` is where people come from, not where it happened."""
    return bool(_ORIGIN.search(text[max(0, start - 30) : start]))


class PlaceFinder(Protocol):
    def find(self, text: str, folded: str, start: int, end: int, language: str) -> list[Location]:
        """Place mentions in ``text[start:end]``, resolved where the finder can."""
        ...


_CAPITALISED = re.compile(
    r"\b(?:en|desde|hacia|cerca de|in|at|near|outside)\s+"
    r"((?:(?:la|el|the)\s+)?(?:ciudad|provincia|región|departamento|distrito|city|province|region|department|district)?\s*"
    r"(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de\s+|del\s+|de la\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+){0,3})"
)
_NOT_PLACES = frozenset(
    """lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio
    julio agosto septiembre setiembre octubre noviembre diciembre monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december congreso congress gobierno government policía police defensoría twitter
    facebook""".split()
)


class CapitalisedPlaces:
    """Fallback finder: capitalised names after a locative preposition, unresolved."""

    def find(self, text: str, folded: str, start: int, end: int, language: str) -> list[Location]:
        out: list[Location] = []
        for m in _CAPITALISED.finditer(text, start, end):
            name = m.group(1)
            if name.split()[0].lower() in _NOT_PLACES:
                continue
            out.append(Location(text=name, span=(m.start(1), m.end(1))))
        return out


def choose(places: Sequence[Location], text: str, trigger: tuple[int, int]) -> Location | None:
    """The place of an event: the closest non-origin mention to its trigger."""
    candidates = [p for p in places if not is_origin(text, p.span[0])]
    if not candidates:
        return None
    return min(candidates, key=lambda p: (abs(p.span[0] - trigger[0]), -(p.geo_precision is not None)))
