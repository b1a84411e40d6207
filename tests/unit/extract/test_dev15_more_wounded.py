"""Wounded counted as "others" in a sentence of their own are more of the incident told just
before (extract-dev15): "Un manifestante murió en los enfrentamientos. *Otras diez personas
resultaron heridas*", "A protester was killed in clashes. *Ten other people were wounded*"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language", "injured"),
    [
        (
            "Un manifestante murió durante los enfrentamientos en Arequipa. Otras diez personas "
            "resultaron heridas.",
            "es",
            10,
        ),
        (
            "Un manifestante murió durante los enfrentamientos en Arequipa. La Diresa indica que "
            "recibió un impacto de perdigón en el pecho. Otras diez personas resultaron heridas.",
            "es",
            10,
        ),
        (
            "Un manifestante murió durante los enfrentamientos en Juliaca. Otros tres policías "
            "resultaron heridos.",
            "es",
            3,
        ),
        (
            "A protester was killed in clashes with police in Arequipa. Ten other people were "
            "wounded.",
            "en",
            10,
        ),
        (
            "A protester was killed in clashes with police in Cusco. Two more protesters were "
            "injured.",
            "en",
            2,
        ),
        (
            "A protester was killed in clashes with police in Cusco. A further 12 people were "
            "injured.",
            "en",
            12,
        ),
    ],
)
def test_more_wounded_join_the_incident_told(mentions, text: str, language: str, injured: int):
    events = mentions(text, language)
    assert len(events) == 1
    assert events[0].injured is not None and events[0].injured.value == injured


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no "others": a figure of its own, not added to the incident before
        (
            "Un manifestante murió durante los enfrentamientos en Arequipa. Diez personas "
            "resultaron heridas.",
            "es",
        ),
        (
            "A protester was killed in clashes with police in Arequipa. Ten people were wounded.",
            "en",
        ),
        # another paragraph: another scene
        (
            "A protester was killed in clashes with police in Arequipa.\n\nTen other people were "
            "wounded.",
            "en",
        ),
    ],
)
def test_wounded_not_told_as_more_stay_apart(mentions, text: str, language: str):
    events = mentions(text, language)
    assert events and events[0].injured is None


def test_wounded_named_by_a_noun_are_a_mention_of_their_own(mentions):
    # "Otros doce heridos fueron trasladados": the wounded are the subject of their own sentence
    text = (
        "Un joven murió por un impacto de bala en Juliaca. Otros doce heridos fueron trasladados "
        "al hospital Carlos Monge Medrano."
    )
    events = mentions(text, "es")
    assert events[0].injured is None
