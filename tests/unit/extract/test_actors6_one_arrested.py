"""One person arrested whom the sentence names by no name is a civilian (actors6): "El
agresor, un abogado de 77 años, fue detenido en el lugar", "She had been detained near a
protest site". A name or a title with a name ("Camacho, ..., was detained", "El presidente
de la Conaie fue detenido") is someone the story tells more of: the extractor does not
guess, and several people arrested are not one."""

from __future__ import annotations

import datetime as dt

import pytest


def _arrests(mentions, text: str, language: str) -> list:
    events = mentions(text, language, published=dt.date(2024, 5, 16))
    return [m for m in events if m.sub_event_type == "Arrests"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El agresor, un abogado de 77 años, fue detenido en el lugar.", "es"),
        ("She had been detained on Wednesday night near a protest site.", "en"),
        ("The driver of the truck was arrested at the scene on Monday.", "en"),
    ],
)
def test_one_unnamed_person_arrested_is_a_civilian(mentions, text: str, language: str) -> None:
    arrests = _arrests(mentions, text, language)
    assert arrests
    assert arrests[0].actor2 is not None and arrests[0].actor2.name == "Civilians (Peru)"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Camacho, a right-wing opposition leader, was detained by police on Wednesday near "
            "his home.",
            "en",
        ),
        ("El presidente de la Conaie fue detenido por la policía el martes.", "es"),
        ("Police detained 40 people in the square on Monday.", "en"),
    ],
)
def test_no_civilian_guessed_for_names_or_groups(mentions, text: str, language: str) -> None:
    arrests = _arrests(mentions, text, language)
    assert arrests
    assert arrests[0].actor2 is None or arrests[0].actor2.name != "Civilians (Peru)"
