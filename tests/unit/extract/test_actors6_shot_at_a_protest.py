"""People shot by a gunman at a roadblock or a sit-in were demonstrating (actors6): the attack
is violence against civilians (no force of the state fired), and its victims are the
protesters, as ACLED codes an attack on a demonstration. Someone shot in a shop is a
civilian."""

from __future__ import annotations

import datetime as dt

import pytest


def _attacks(mentions, text: str, language: str) -> list:
    events = mentions(text, language, published=dt.date(2024, 5, 16))
    return [m for m in events if m.sub_event_type == "Attack"]


@pytest.mark.parametrize(
    ("text", "language", "victims"),
    [
        (
            "Two teachers were shot dead on Friday by a man who confronted them at a roadblock "
            "near Chame.",
            "en",
            "Protesters",
        ),
        (
            "Un hombre se bajó de su auto y disparó contra quienes mantenían un bloqueo de la vía "
            "en Chame, matando a dos docentes.",
            "es",
            "Protesters",
        ),
        (
            "A shopkeeper was shot dead by a man who entered his store in Chame on Friday.",
            "en",
            "Civilians",
        ),
        (
            "Un comerciante fue asesinado a tiros por un hombre en su tienda de Chame.",
            "es",
            "Civilians",
        ),
    ],
)
def test_whom_a_gunman_shot_at_a_protest(mentions, text: str, language: str, victims: str) -> None:
    attacks = _attacks(mentions, text, language)
    assert attacks
    assert attacks[0].actor2 is not None and attacks[0].actor2.name.startswith(victims), [
        m.actor2 for m in attacks
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday unidentified men shot a student eight times while he was dancing at a "
            "peaceful sit-in in Pereira. He died yesterday in hospital.",
            "en",
        ),
        (
            "Desconocidos dispararon contra un estudiante mientras bailaba en un plantón pacífico "
            "en Pereira. Murió ayer en el hospital.",
            "es",
        ),
    ],
)
def test_the_death_told_after_is_of_the_same_victim(mentions, text: str, language: str) -> None:
    attacks = _attacks(mentions, text, language)
    assert len(attacks) == 2, [(m.sub_event_type, m.rules) for m in attacks]
    assert all(m.actor2 is not None and m.actor2.name.startswith("Protesters") for m in attacks)
