"""Numbered entries and fences broken in the present (twenty-fifth session, blind21b).

A numbered line ("2. El saldo es de seis fallecidos") follows the incident told on the line
before as a next sentence does: a toll with no period there is that incident's count, not a
running tally. A crowd that breaks a guarded site's fence is a riot in any finite form ("rompe
el cerco perimétrico" in a minute-by-minute, "rompió la malla perimétrica"); trying to break it
("intentó romper el cerco") is still not the act. Near misses: a toll since a date on the next
numbered line stays a tally; a fence repaired is no event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document, Mention

_ENTRIES = (
    "Resumen del día en Juliaca:\n\n1. Policías y soldados abrieron fuego contra los"
    " manifestantes en el puente Maravillas.\n\n2. {line}\n"
)


def _run(resources: Resources, text: str) -> tuple[list[Mention], list[int]]:
    doc = Document(id="t", text=text, language="es", published=dt.date(2023, 1, 10))
    found = extract(doc, resources)
    return list(found.events), [t.value for t in found.tallies if t.what == "killed"]


@pytest.mark.parametrize(
    "line",
    ["El saldo es de seis fallecidos, según la Diresa.", "El balance es de seis fallecidos."],
)
def test_blind21b_numbered_toll_is_the_incident_count(resources: Resources, line: str) -> None:
    events, tallies = _run(resources, _ENTRIES.format(line=line))
    assert tallies == []
    assert 6 in [m.killed.value for m in events if m.killed is not None]


def test_blind21b_numbered_toll_since_a_date_stays_a_tally(resources: Resources) -> None:
    line = "Desde el 7 de diciembre, la cifra de fallecidos en la región asciende a 18."
    _, tallies = _run(resources, _ENTRIES.format(line=line))
    assert tallies == [18]


@pytest.mark.parametrize(
    "text",
    [
        "Un grupo de manifestantes rompe el cerco perimétrico del aeropuerto y ocupa la pista.",
        "Cientos de comuneros rompieron la malla perimétrica del aeródromo de Andahuaylas.",
        "La turba derribó el cerco perimétrico de la planta minera.",
    ],
)
def test_blind21b_fence_broken_is_a_riot(mentions: Callable[..., list[Mention]], text: str) -> None:
    assert "Violent demonstration" in [m.sub_event_type for m in mentions(text, "es")]


@pytest.mark.parametrize(
    "text",
    [
        "Cuando un grupo intentó romper el cerco perimétrico, los agentes lanzaron gases.",
        "Los obreros repararon el cerco perimétrico del colegio.",
    ],
)
def test_blind21b_fence_near_misses(mentions: Callable[..., list[Mention]], text: str) -> None:
    assert "Violent demonstration" not in [m.sub_event_type for m in mentions(text, "es")]
