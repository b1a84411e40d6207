"""Sixteenth session (extract-dev23): an office-holder killed or shot ("el asesinato de
Carlos Manzo, alcalde de Uruapan", "the mayor of Uruapan was shot dead") is attacked
(Violence against civilians / Attack) also in a story of protest: no demonstrator the forces
fired on. The forces or a crowd as the agent, or an official who only speaks, keep their own
coding."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 11, 16)


def _types(mentions, text, language):
    return {m.trigger.text: m.sub_event_type for m in mentions(text, language, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Miles marcharon en Uruapan. El alcalde de Uruapan fue asesinado a balazos el sábado.",
            "es",
            "fue asesinado",
        ),
        (
            "Miles marcharon en Morelia. La marcha se convocó tras el asesinato de Juan Pérez, "
            "alcalde de la ciudad, baleado el 1 de noviembre.",
            "es",
            "asesinato",
        ),
        (
            "Thousands marched in Uruapan. Mayor Carlos Manzo was shot dead at a festival on "
            "Saturday.",
            "en",
            "shot dead",
        ),
        (
            "Thousands marched in Morelia. The march was called after the killing of Juan "
            "Pérez, the mayor of the city.",
            "en",
            "killing",
        ),
    ],
)
def test_an_official_killed_in_a_protest_story_is_attacked(mentions, text, language, word):
    types = _types(mentions, text, language)
    assert types.get(word) == "Attack", types


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        # the official only speaks: the forces fired on the marchers
        (
            "Thousands marched in Uruapan. The mayor said police shot dead two marchers.",
            "en",
            "Excessive force against protesters",
        ),
        (
            "Miles marcharon en Lima. La policía mató a un manifestante frente a la alcaldía.",
            "es",
            "Excessive force against protesters",
        ),
        # a crowd that beats a mayor is mob violence
        (
            "Una turba golpeó hasta matarlo al alcalde durante las protestas.",
            "es",
            "Mob violence",
        ),
    ],
)
def test_forces_crowds_and_speaking_officials_keep_their_coding(
    mentions, text, language, sub_event_type
):
    types = _types(mentions, text, language)
    assert sub_event_type in types.values(), types
    assert "Attack" not in types.values(), types
