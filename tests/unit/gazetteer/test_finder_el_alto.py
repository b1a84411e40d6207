"""El Alto is Bolivia's city above La Paz in a Bolivian story, and the district of Talara
(Piura) in a Peruvian one."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold


def _places(finder, text, lang):
    return [
        (loc.name, loc.admin1, loc.iso) for loc in finder.find(text, fold(text), 0, len(text), lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "LA PAZ, Bolivia — Soldiers fired on residents blocking the Senkata fuel plant in El "
            "Alto on Tuesday.",
            "en",
        ),
        ("LA PAZ, 20 nov.– Vecinos de El Alto bloquearon la planta de Senkata, en Bolivia.", "es"),
    ],
)
def test_el_alto_in_a_bolivian_story_is_in_la_paz(finder, text, lang):
    found = [p for p in _places(finder, text, lang) if p[0] == "El Alto"]
    assert found and all(p[1:] == ("La Paz", "BO") for p in found)


def test_el_alto_in_a_peruvian_story_is_in_piura(finder):
    text = (
        "PIURA.– Trabajadores petroleros bloquearon la carretera en El Alto, provincia de Talara."
    )
    assert ("El Alto", "Piura", "PE") in _places(finder, text, "es")
