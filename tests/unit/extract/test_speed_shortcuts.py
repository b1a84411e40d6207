"""The shortcuts taken for speed give what the rules they stand for give (issue #7).

Each test runs the shortcut and the plain rule side by side on the same text.
"""

from __future__ import annotations

import pytest

from veeduria.extract import places
from veeduria.models import Location


def _loc(text: str, name: str) -> Location:
    start = text.index(name)
    return Location(text=name, span=(start, start + len(name)))


@pytest.mark.parametrize(
    "text",
    [
        "Los manifestantes se concentraron frente a la Dirincri y luego marcharon.",
        "Protesters gathered outside the Interior Ministry on Monday.",
        # letters re matches to "i" and "s" when it ignores case, and str.lower does not
        "Protesters gathered OUTSİDE the Interior Ministry on Monday.",
        "Protesters gathered outſide the Interior Ministry on Monday.",
        "Miles marcharon por las calles de Juliaca.",
    ],
)
def test_speed_named_site_hint_keeps_every_site(text: str) -> None:
    sentence = (0, len(text))
    plain = [m.span("site") for m in places._NAMED_SITE.finditer(text, *sentence)]
    found = places._named_site(text, (0, 5), sentence)
    assert found == (min(plain, key=lambda s: s[0]) if plain else None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Según la Dirección Regional de Salud de Puno, hubo heridos.", "Puno"),
        ("Lo informó Radio Juliaca esta mañana.", "Juliaca"),
        ("La Defensoría del Pueblo de Ayacucho pidió calma.", "Ayacucho"),
        ("Los comuneros marcharon en Ilave.", "Ilave"),
    ],
)
def test_speed_institution_hint_keeps_every_name(text: str, name: str) -> None:
    a = text.index(name)
    plain = places._IN_NAME_BEFORE.search(text, max(0, a - 60), a) is not None
    hinted = places._INSTITUTION.search(text, max(0, a - 60), a) is not None and plain
    assert hinted == plain


def test_speed_place_roles_are_kept_per_text() -> None:
    # the same span in two texts: an answer for one must not be read for the other
    first = "Los comuneros de Azángaro marcharon hoy."
    other = "Las protestas en Azángaro marcharon hoy."
    loc = _loc(first, "Azángaro")
    assert _loc(other, "Azángaro").span == loc.span
    assert places.belongs(loc, first) is True
    assert places.belongs(loc, other) is False
    assert places.belongs(loc, first) is True  # asked again after another text


@pytest.mark.parametrize(
    "text",
    [
        "Protestaron frente a la Dirección Regional de Salud de Puno ayer.",
        "Los comuneros de Puno bloquearon la carretera hacia Juliaca.",
    ],
)
@pytest.mark.parametrize("name", ["Puno", "puno"])
def test_speed_place_roles_read_the_case_of_the_name(text: str, name: str) -> None:
    start = text.index("Puno")
    loc = Location(text=name, span=(start, start + 4))
    plain = places._in_name(loc, text) or places._belongs(loc, text) or places.on_road(loc, text)
    assert places.weak(loc, text) == plain
    assert places.weak(loc, text) == plain  # the second answer is the one kept
