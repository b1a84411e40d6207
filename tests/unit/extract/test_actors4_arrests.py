"""Who arrests and whom (extract-actors4, ``actors._arrest``): whom an arrest took is the subject
of its passive or what follows the arrest word, of any kind (a former president, an officer);
the police or the military arrest, a judge only when named before the arrest word and no force
is; an order ("por orden de la fiscalía") is carried out by the police."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _arrest(mentions: Callable[..., list[Mention]], text: str, language: str) -> Mention:
    found = [m for m in mentions(text, language) if m.sub_event_type == "Arrests"]
    assert found
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "actor1", "actor2"),
    [
        (
            "Saludamos que el suboficial haya sido detenido el viernes por orden de la fiscalía.",
            "es",
            "Police Forces of Peru",
            "Police Forces of Peru",
        ),
        (
            "Protesters demand the release of former president Pedro Castillo, who was arrested "
            "on Dec. 7.",
            "en",
            "Police Forces of Peru",
            "Government of Peru",
        ),
        (
            "La Policía detuvo a Pedro Castillo en Lima.",
            "es",
            "Police Forces of Peru",
            "Government of Peru",
        ),
        (
            "In November, a judge rejected a request to jail two of the officers pending trial.",
            "en",
            "Judiciary of Peru",
            "Police Forces of Peru",
        ),
        (
            "Police arrested three gunmen in Trujillo on Monday.",
            "en",
            "Police Forces of Peru",
            "Unidentified Armed Group (Peru)",
        ),
    ],
)
def test_arrester_and_arrested(
    mentions: Callable[..., list[Mention]], text: str, language: str, actor1: str, actor2: str
) -> None:
    arrest = _arrest(mentions, text, language)
    assert arrest.actor1 is not None and arrest.actor1.name == actor1
    assert arrest.actor2 is not None and arrest.actor2.name == actor2


def test_officers_who_arrest_are_not_arrested(mentions: Callable[..., list[Mention]]) -> None:
    arrest = _arrest(mentions, "Police officers arrested two gunmen in Trujillo.", "en")
    assert arrest.actor2 is not None and arrest.actor2.name == "Unidentified Armed Group (Peru)"


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # people named by who they are, arrested in a protest, are its protesters
        (
            "On Monday, police arrested four leaders of the Puno protests in Lima.",
            "Protesters (Peru)",
        ),
        # with no protest told, they stay who they are
        (
            "Police arrested four community leaders in Espinar on charges of extortion.",
            "Civilians (Peru)",
        ),
    ],
)
def test_people_arrested_in_a_protest(
    mentions: Callable[..., list[Mention]], text: str, actor2: str
) -> None:
    arrest = _arrest(mentions, text, "en")
    assert arrest.actor2 is not None and arrest.actor2.name == actor2
