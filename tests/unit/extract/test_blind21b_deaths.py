"""Deaths told without a verb of dying (twenty-fifth session, blind21b).

A hospital's "arrived without vital signs" / "llegó sin signos vitales" tells one dead, as
"died" does; so does the victim as a clitic of a violence verb carried "hasta la muerte" ("a
Ramos lo golpearon hasta la muerte") or killed outright ("a la dirigente la mataron"). Near
misses keep no killed count: a vow to fight "hasta la muerte", a wounded man who arrived
conscious, a beating with no death.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _killed(found: list[Mention]) -> list[int]:
    return [m.killed.value for m in found if m.killed is not None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tras los disparos de la Policía en el puente de Ilave, un comunero llegó al centro"
            " de salud sin signos vitales.",
            "es",
        ),
        (
            "El estudiante ingresó a la posta sin funciones vitales después de que los militares"
            " dispararan contra la marcha en Huanta.",
            "es",
        ),
        (
            "Soldiers opened fire on the marchers in Huanta; a farmer of 42 arrived at the clinic"
            " without vital signs.",
            "en",
        ),
        (
            "Police fired on the crowd at the bridge. One of the wounded was dead on arrival at"
            " the regional hospital.",
            "en",
        ),
        (
            "Una turba atacó a los agentes en la salida a Ilave; al suboficial Ramos lo patearon"
            " hasta la muerte junto al patrullero.",
            "es",
        ),
    ],
)
def test_blind21b_death_without_a_dying_verb_is_one_killed(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert 1 in _killed(mentions(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los dirigentes juraron luchar hasta la muerte contra el proyecto minero.", "es"),
        (
            "Tras los disparos de la Policía en el puente de Ilave, un comunero llegó consciente"
            " al centro de salud.",
            "es",
        ),
        (
            "Soldiers opened fire on the marchers in Huanta; a farmer of 42 arrived at the clinic"
            " with a wound to the leg.",
            "en",
        ),
        (
            "Una turba atacó a los agentes en la salida a Ilave; al suboficial Ramos lo golpearon"
            " con palos.",
            "es",
        ),
    ],
)
def test_blind21b_near_misses_count_no_dead(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _killed(mentions(text, language)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fue trasladado al hospital de Juliaca, adonde llegó sin vida poco antes de la medianoche.",
        "Fue llevado a la posta de Ilave, adonde llegó sin signos vitales al amanecer.",
    ],
)
def test_blind21b_arrival_alone_is_no_new_event(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    # the death of an incident told before: the arrival adds no event of its own
    assert mentions(text, "es") == []
