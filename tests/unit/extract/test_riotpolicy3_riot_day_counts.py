"""Counts of a riot's day and place belong to the riot wherever the story tells them
(twenty-second session, riotpolicy3; docs/vocabulary.md "Riots and excessive force").

riotpolicy2 gave the riot's coding to a bare count told right before it. A story also counts
its dead after a sentence of the forces' fire, or, in a live blog told newest first, in entries
above the one that tells the riot. Near misses: a count the story calls peaceful, a count of
another day or town, a riot told only by the forces that fired; and the forces' fire told alone
stays excessive force (the open case of the policy); a building set on fire is no riot the
forces faced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
PUB = dt.date(2024, 3, 6)


def _by_trigger(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> Mention:
    events = mentions(text, language, PUB)
    found = [m for m in events if word in m.trigger.text]
    assert found, [(m.trigger.text, m.sub_event_type) for m in events]
    return found[0]


BLOG_ES = (
    "19:40 — La Dirección de Salud informa que cinco personas murieron hoy en Tacna.\n\n"
    "17:10 — La policía disparó perdigones en la avenida principal de Tacna.\n\n"
    "15:05 — Cientos de manifestantes intentaron tomar el aeropuerto de Tacna y lanzaron "
    "piedras contra los agentes."
)
BLOG_EN = (
    "19:40 — Health officials say five people have died in Tacna today.\n\n"
    "17:10 — Police opened fire on the crowds in central Tacna.\n\n"
    "15:05 — Hundreds of protesters tried to storm the airport in Tacna and hurled stones at "
    "the officers."
)
AFTER_FIRE_ES = (
    "El martes, cientos de manifestantes intentaron tomar el aeropuerto de Tacna.\n\n"
    "Los soldados dispararon contra la multitud en Tacna el martes.\n\n"
    "Hasta el miércoles, el Ministerio de Salud había contado cuatro fallecidos el martes en "
    "Tacna."
)
AFTER_FIRE_EN = (
    "Troops opened fire on the crowd in Tacna on Tuesday.\n\n"
    "Four people were killed in Tacna on Tuesday, according to the health ministry.\n\n"
    "On Tuesday hundreds of protesters had tried to storm the airport in Tacna."
)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (BLOG_ES, "es", "murieron"),
        (BLOG_EN, "en", "died"),
        (AFTER_FIRE_ES, "es", "fallecidos"),
        (AFTER_FIRE_EN, "en", "killed"),
    ],
)
def test_a_count_of_the_riots_day_and_place_is_the_riots(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    m = _by_trigger(mentions, text, language, word)
    assert m.sub_event_type == VIOLENT, m.rules
    assert m.actor1 is not None and m.actor1.name == "Rioters (Peru)"
    assert m.actor2 is not None and m.actor2.inter == 1


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # the forces' fire told alone stays force on the demonstration (the policy's open case)
        (BLOG_ES, "es", "disparó"),
        (BLOG_EN, "en", "opened fire"),
        (AFTER_FIRE_EN, "en", "opened fire"),
    ],
)
def test_the_fire_told_alone_stays_excessive_force(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    assert _by_trigger(mentions, text, language, word).sub_event_type == EXCESSIVE


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # the count calls the crowd peaceful
        (
            "19:40 — Cinco personas murieron hoy en Tacna durante una marcha pacífica.\n\n"
            "15:05 — Cientos de manifestantes intentaron tomar el aeropuerto de Tacna.",
            "es",
            "marcha",
        ),
        # another town
        (
            "19:40 — Health officials say five people have died in Puno today.\n\n"
            "17:10 — Police are firing into the crowds in central Puno.\n\n"
            "15:05 — Hundreds of protesters tried to storm the airport in Tacna.",
            "en",
            "died",
        ),
        # another day
        (
            "El lunes 4 de marzo, cinco personas murieron en Tacna.\n\n"
            "La policía disparó contra la multitud en Tacna.\n\n"
            "El martes 5 de marzo, cientos de manifestantes intentaron tomar el aeropuerto de "
            "Tacna.",
            "es",
            "murieron",
        ),
        # the riot told before is a building set on fire, an incident of its own
        (
            "Por la tarde, un grupo de manifestantes incendió la sede judicial de Tacna.\n\n"
            "Los soldados dispararon contra los manifestantes en Tacna.\n\n"
            "Cuatro personas murieron en Tacna, según el hospital.",
            "es",
            "murieron",
        ),
        (
            "In the afternoon a group of protesters set fire to the courthouse in Tacna.\n\n"
            "Troops opened fire on the crowd in Tacna.\n\n"
            "Four people were killed in Tacna, hospital officials said.",
            "en",
            "killed",
        ),
        # the crowd's violence told only by the forces that fired
        (
            "19:40 — Five people have died in Tacna today, health officials say.\n\n"
            "17:10 — Police are firing into the crowds in central Tacna.\n\n"
            "15:05 — The police said their officers had been attacked with stones in Tacna.",
            "en",
            "died",
        ),
    ],
)
def test_counts_that_stay_force_on_the_demonstration(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    m = _by_trigger(mentions, text, language, word)
    assert m.sub_event_type != VIOLENT, m.rules
