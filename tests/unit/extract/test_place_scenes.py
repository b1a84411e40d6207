"""Where a source spoke, where a wounded man died in care, and a paragraph's own scene are not
the place of the incident the story is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN20 = dt.date(2023, 1, 20)


def _admin2(m: Mention) -> str | None:
    return m.location.admin2 if m.location is not None else None


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "Soldados dispararon contra los manifestantes el lunes en Huamanga. En Lima, el "
            "ministro del Interior sostuvo que la tropa actuó conforme a ley y negó que se "
            "haya disparado contra la población.",
            "es",
            "disparado",
        ),
        (
            "Soldiers fired on protesters in Huamanga on Monday. In Lima, the interior minister "
            "said that no soldier had fired at civilians.",
            "en",
            "fired at",
        ),
    ],
)
def test_where_a_source_spoke_is_not_where_the_incident_was(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = [m for m in mentions(text, language, JAN20) if m.trigger.text.startswith(trigger)]
    assert found, "no account extracted"
    assert _admin2(found[-1]) == "Huamanga"


def test_a_fronted_place_of_an_incident_stays_its_place(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "En Juliaca, la Defensoría informó que dos manifestantes murieron el lunes durante los "
        "enfrentamientos con la policía."
    )
    found = mentions(text, "es")
    assert found and found[0].location is not None
    assert found[0].location.admin2 == "San Román"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dos comuneros murieron el domingo en Andahuaylas durante el desalojo policial del "
            "aeropuerto. Un tercer herido en esos hechos, de 30 años, falleció en la noche del "
            "martes en el hospital regional Hugo Pesce, de Abancay, al que había sido trasladado.",
            "es",
        ),
        (
            "Dos comuneros murieron el domingo en Andahuaylas durante el desalojo policial del "
            "aeropuerto. Otro herido falleció el martes en una clínica de Abancay.",
            "es",
        ),
        (
            "Police shot dead two protesters in Andahuaylas on Sunday. Another wounded protester "
            "died on Tuesday in a clinic in Abancay.",
            "en",
        ),
    ],
)
def test_a_death_in_hospital_is_placed_at_the_incident(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, dt.date(2022, 12, 14))
    assert len(found) >= 2
    assert all(_admin2(m) == "Andahuaylas" for m in found), [
        (m.trigger.text, m.location) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "LIMA.– Miles de manifestantes marcharon el jueves por la plaza San Martín.\n\n"
            "En Arequipa, un manifestante murió en los enfrentamientos cerca del aeropuerto.\n\n"
            "Los dirigentes anunciaron que hoy volverán a marchar hacia el Congreso.",
            "es",
        ),
        (
            "LIMA — Thousands of protesters marched through the Plaza San Martín on Thursday.\n\n"
            "In Cusco, a protester died in clashes near the airport.\n\n"
            "Leaders said they would march to Congress again on Friday.",
            "en",
        ),
    ],
)
def test_a_paragraph_fronted_by_its_own_place_is_an_aside(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, JAN20)
    assert len(found) >= 3
    assert _admin2(found[-1]) == "Lima", [(m.trigger.text, m.location) for m in found]
