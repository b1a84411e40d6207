"""Places named together and landmarks abroad (session extract-dev13).

"Lima y Callao", "Puno, Juliaca e Ilave": a scene spread over places named together is placed at
the first named (the metropolis before its port), not at the one nearest the event word. A
landmark of a country the story names ("In neighbouring Bolivia, ... at Senkata") is found
in a story about another country.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN10 = dt.date(2023, 1, 10)


def _event(found: list[Mention], trigger: str) -> Mention:
    hits = [m for m in found if m.trigger.text.lower().startswith(trigger)]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    return hits[-1]


def _town(m: Mention) -> str | None:
    return m.location.name if m.location is not None else None


@pytest.mark.parametrize(
    ("text", "language", "trigger", "town"),
    [
        ("Los transportistas de Lima y Callao acatarán un paro el jueves.", "es", "paro", "Lima"),
        (
            "Conductores y cobradores de Lima y Callao iniciaron hoy un paro contra la extorsión.",
            "es",
            "paro",
            "Lima",
        ),
        ("Bus drivers in Lima and Callao went on strike on Thursday.", "en", "went on", "Lima"),
        ("Thousands marched on Monday in Puno, Juliaca and Ilave.", "en", "marched", "Puno"),
        (
            "Comuneros de varias provincias protestaron el lunes en Puno, Juliaca e Ilave.",
            "es",
            "protestaron",
            "Puno",
        ),
    ],
)
def test_places_named_together_take_the_first(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, town: str
) -> None:
    assert _town(_event(mentions(text, language, JAN10), trigger)) == town


@pytest.mark.parametrize(
    ("text", "language", "trigger", "town"),
    [
        # one place of its own: nothing to move
        (
            "Los mototaxistas bloquearon el lunes la avenida en Callao.",
            "es",
            "bloquearon",
            "Callao",
        ),
        # a town and the people of another town are no pair
        (
            "Delegaciones de Juliaca llegaron a Puno y marcharon el lunes.",
            "es",
            "marcharon",
            "Puno",
        ),
        ("Police cleared a blockade in Ilave on Monday.", "en", "cleared", "Ilave"),
    ],
)
def test_a_place_alone_stays(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, town: str
) -> None:
    assert _town(_event(mentions(text, language, JAN10), trigger)) == town


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "JULIACA — Hundreds marched in Juliaca today.\n\nIn neighbouring Bolivia, ten people "
            "were killed when soldiers fired on protesters at Senkata, near La Paz, in November "
            "2019.",
            "en",
            "fired on",
        ),
        (
            "JULIACA — Cientos marcharon hoy en Juliaca.\n\nEn la vecina Bolivia, diez personas "
            "murieron cuando soldados dispararon contra los manifestantes en Senkata, cerca de "
            "La Paz, en noviembre de 2019.",
            "es",
            "dispararon",
        ),
    ],
)
def test_a_landmark_of_a_country_the_story_names_is_found(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _town(_event(mentions(text, language, JAN10), trigger)) == "El Alto"


@pytest.mark.parametrize(
    ("text", "language", "trigger", "town"),
    [
        (
            "In neighbouring Bolivia, soldiers killed ten people in 2019. On Monday, police "
            "fired on protesters near the Inca Manco Cápac airport.",
            "en",
            "fired on",
            "Juliaca",
        ),
        (
            "En la vecina Bolivia, los soldados mataron a diez personas en 2019. El lunes, la "
            "policía disparó contra los manifestantes cerca del aeropuerto Inca Manco Cápac.",
            "es",
            "dispar",
            "Juliaca",
        ),
    ],
)
def test_a_landmark_of_the_story_country_stays_with_another_country_named(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, town: str
) -> None:
    assert _town(_event(mentions(text, language, JAN10), trigger)) == town
