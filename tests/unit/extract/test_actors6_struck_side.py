"""Who struck whom in a battle or a strike when the sentence tells the side struck first
(actors6): the armed side a death word befell ("diez guerrilleros murieron en el
bombardeo ...", "four soldiers died in an ELN attack") is actor2, the one who made the
attack actor1, named after the event word in a relative clause ("el bombardeo que la Fuerza
Aérea realizó"), as part of the event's words ("bombardeo de la Fuerza Aérea") or after
"contra"/"against" as the target."""

from __future__ import annotations

import datetime as dt

import pytest


def _armed(mentions, text: str, language: str) -> list:
    events = mentions(text, language, published=dt.date(2024, 5, 16))
    return [m for m in events if m.event_type in ("Battles", "Explosions/Remote violence")]


def _names(m) -> tuple[str | None, str | None]:
    return (m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None)


@pytest.mark.parametrize(
    ("text", "language", "actor1", "actor2"),
    [
        (
            "Al menos siete guerrilleros del ELN murieron en el bombardeo que el Ejército lanzó "
            "el sábado contra un campamento en Arauca.",
            "es",
            "Military Forces of Colombia",
            "National Liberation Army (Colombia)",
        ),
        (
            "Cuatro soldados murieron en un ataque del ELN contra una base militar en Arauca.",
            "es",
            "National Liberation Army (Colombia)",
            "Military Forces of Colombia",
        ),
        (
            "Un bombardeo de la Fuerza Aérea contra las disidencias de las FARC dejó doce muertos "
            "en Caquetá.",
            "es",
            "Military Forces of Colombia",
            "FARC Dissidents (Colombia)",
        ),
        (
            "At least seven ELN fighters were killed in an air strike that the army carried out "
            "on Saturday in Arauca.",
            "en",
            "Military Forces of Colombia",
            "National Liberation Army (Colombia)",
        ),
        (
            "Four soldiers died in an ELN attack on a military base in Arauca.",
            "en",
            "National Liberation Army (Colombia)",
            "Military Forces of Colombia",
        ),
    ],
)
def test_the_side_struck_is_actor2(
    mentions, text: str, language: str, actor1: str, actor2: str
) -> None:
    armed = _armed(mentions, text, language)
    assert armed
    assert _names(armed[0]) == (actor1, actor2), [_names(m) for m in armed]


@pytest.mark.parametrize(
    ("text", "language", "actor1", "actor2"),
    [
        # the side named first acted: a killing word after it is what it did, not what befell it
        (
            "Soldiers killed five FARC dissidents in a clash in Cauca.",
            "en",
            "Military Forces of Colombia",
            "FARC Dissidents (Colombia)",
        ),
        (
            "FARC dissidents ambushed a patrol in Cauca, killing three soldiers.",
            "en",
            "FARC Dissidents (Colombia)",
            "Military Forces of Colombia",
        ),
        (
            "Las disidencias de las FARC atacaron con drones una base del Ejército en Cauca.",
            "es",
            "FARC Dissidents (Colombia)",
            "Military Forces of Colombia",
        ),
    ],
)
def test_the_side_named_first_still_acts(
    mentions, text: str, language: str, actor1: str, actor2: str
) -> None:
    armed = _armed(mentions, text, language)
    assert armed
    assert _names(armed[0]) == (actor1, actor2), [_names(m) for m in armed]


def test_an_actor_that_is_the_event_word_is_not_its_agent(mentions) -> None:
    # "sicarios" is both the armed men and an attack word: the sides keep their order
    armed = _armed(mentions, "Militares y sicarios se enfrentaron cerca de Pichari.", "es")
    assert armed
    assert _names(armed[0]) == ("Military Forces of Peru", "Unidentified Armed Group (Peru)")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the agent of another verb ("la cifra difundida por el Comando Conjunto") is no side
        (
            "Tres soldados murieron tras el ataque que una columna senderista perpetró contra una "
            "patrulla, según la cifra difundida por el Comando Conjunto.",
            "Shining Path",
        ),
        # the passive of the event itself, across an aside between dashes
        (
            "Dos soldados resultaron heridos por un artefacto explosivo —una olla rellena de "
            "dinamita— que habría sido sembrado por senderistas en el Vraem.",
            "Shining Path",
        ),
        ("Cinco policías fueron emboscados por senderistas en el Vraem.", "Shining Path"),
    ],
)
def test_the_agent_of_the_event_not_of_another_verb(mentions, text: str, actor1: str) -> None:
    armed = _armed(mentions, text, "es")
    assert armed
    assert _names(armed[0])[0] == actor1, [_names(m) for m in armed]
