"""Event words that tell no incident (twenty-fifth session, blind20): a firm's suspended service,
an act's noun named as the offence of an accusation, the protests as what an authority handled,
those already protesting asked to protest in peace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _types(found: list[Mention]) -> list[str]:
    return [m.sub_event_type for m in found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a firm or an office that suspends its service changes no group's activity
        ("The rail operator has suspended its train service to the border towns.", "en"),
        ("The regional airline suspended its flights to Juliaca on Tuesday.", "en"),
        # an act's noun as the offence of an accusation or a charge
        ("La Fiscalía lo acusa de entorpecimiento y paralización de un servicio público.", "es"),
        ("Los dos dirigentes son investigados por el presunto delito de disturbios.", "es"),
        ("Prosecutors charged the two student leaders with the crime of rioting.", "en"),
        # the protests as what an authority handled: the background of a judgement on it
        (
            "Opposition lawmakers will file a motion to censure the interior minister over the "
            "handling of the protests.",
            "en",
        ),
        ("La ministra fue muy criticada por su manejo de las protestas.", "es"),
        # those already protesting asked to do it in peace: a request about the manner
        ("El arzobispo pidió a los manifestantes protestar en paz.", "es"),
        (
            "La Defensoría exhorta a quienes convocan las marchas a protestar de forma pacífica.",
            "es",
        ),
        ("The minister urged the demonstrators to march peacefully.", "en"),
    ],
)
def test_blind20_no_incident(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _types(mentions(text, language, dt.date(2023, 1, 10))) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # near misses that keep their event
        (
            "The union has suspended its strike after talks with the ministry.",
            "en",
            "Change to group/activity",
        ),
        (
            "El sindicato suspendió el paro tras reunirse con el ministro.",
            "es",
            "Change to group/activity",
        ),
        # the act told by a verb is what the police say happened: a reported event
        (
            "La policía acusó a los manifestantes de bloquear la carretera el lunes.",
            "es",
            "Peaceful protest",
        ),
        (
            "The police accused the protesters of blocking the road on Monday.",
            "en",
            "Peaceful protest",
        ),
        (
            "La paralización de los mineros cumplió su tercer día en Arequipa.",
            "es",
            "Peaceful protest",
        ),
        # protests against an authority's handling of something else are protests
        (
            "Thousands joined the protests in Lima on Monday against the government's handling of "
            "the economy.",
            "en",
            "Peaceful protest",
        ),
        # a call that names no protesters stays a call; an act told stays an event
        (
            "La CGTP convocó a marchar pacíficamente el jueves por el centro de Lima.",
            "es",
            "Peaceful protest",
        ),
        (
            "Los manifestantes marcharon pacíficamente por el centro de Lima el jueves.",
            "es",
            "Peaceful protest",
        ),
        (
            "Thousands of protesters marched peacefully through Lima on Thursday.",
            "en",
            "Peaceful protest",
        ),
    ],
)
def test_blind20_near_misses_keep_their_event(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    assert _types(mentions(text, language, dt.date(2023, 1, 10))) == [expected]
