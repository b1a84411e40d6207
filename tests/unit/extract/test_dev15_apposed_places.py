"""A place in an apposition that says where the town before it lies is not the event's place
(extract-dev15): "in Macusani, a small town in Puno's Carabaya province, two people were shot
dead" happened in Macusani, not in Puno."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "Last Wednesday, in Macusani, a small town in Puno's Carabaya province, two people "
            "were shot dead during clashes with police.",
            "en",
            "Macusani",
        ),
        ("In Juliaca, a city in Puno, police fired tear gas at protesters.", "en", "Juliaca"),
        (
            "Protesters in Juliaca, a city in the region of Puno, blocked the airport road.",
            "en",
            "Juliaca",
        ),
        (
            "En Macusani, un pequeño pueblo de Puno, la policía disparó contra los manifestantes.",
            "es",
            "Macusani",
        ),
        (
            "En Juliaca, una ciudad de la región Puno, la policía disparó contra los manifestantes.",
            "es",
            "Juliaca",
        ),
    ],
)
def test_apposed_place_qualifies_the_town(mentions, text: str, language: str, town: str) -> None:
    events = mentions(text, language)
    assert events
    assert events[0].location is not None and events[0].location.name == town


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        # no apposition: the town nearest the event word, as before
        (
            "Police fired tear gas at protesters in Juliaca, and marchers gathered in Puno.",
            "en",
            "Juliaca",
        ),
        ("Marcharon en Cusco; en Puno, la policía disparó contra los manifestantes.", "es", "Puno"),
    ],
)
def test_places_without_apposition_unchanged(mentions, text: str, language: str, town: str):
    events = mentions(text, language)
    located = [m.location.name for m in events if m.location is not None]
    assert town in located
