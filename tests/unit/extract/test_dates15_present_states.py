"""A lasting action told in the present as held (twenty-sixth session, dates15): "nuestras
bases mantienen el bloqueo", "Ayacucho cumple su cuarto día de paro", "la carretera está
bloqueada en el km 610", "the highway is blocked at kilometre 610" is the state the report
finds on its own day, not on the day the story told last (`present_state` cues)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest

from veeduria.models import Mention

PUBLISHED = dt.date(2023, 1, 19)

ES_BEFORE = [
    "Ayer la policía detuvo a cinco dirigentes en Juliaca.",
    "El martes la policía desalojó a los manifestantes del puente.",
]
ES_STATES = [
    ("Mientras tanto, los comuneros mantienen el bloqueo de la carretera en Ilave.", "bloqueo"),
    ("En Azángaro, la carretera está bloqueada a la altura del puente.", "bloqueada"),
    ("Puno cumple su octavo día de paro indefinido.", "paro"),
]
EN_BEFORE = [
    "Police detained five leaders in Juliaca yesterday.",
    "On Tuesday police cleared the protesters from the bridge.",
]
EN_STATES = [("In Ilave, the highway is blocked at the bridge.", "blocked")]


def _texts(before, states, lang):
    for first, (state, word) in itertools.product(before, states):
        yield lang, f"{first} {state}", word


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [*_texts(ES_BEFORE, ES_STATES, "es"), *_texts(EN_BEFORE, EN_STATES, "en")],
)
def test_a_state_told_in_the_present_is_of_the_report_day(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    found = [m for m in mentions(text, lang, PUBLISHED) if word in m.trigger.text]
    assert found, text
    assert found[0].date is not None and found[0].date.value == PUBLISHED


@pytest.mark.parametrize(
    ("lang", "text", "word", "day"),
    [
        # a quote that says how a strike was kept yesterday is not a state of today
        (
            "es",
            "Ayer se acató el paro en Chota. «El paro se cumple al cien por ciento», dijo un dirigente.",
            "paro",
            dt.date(2023, 1, 18),
        ),
        # a past tense keeps the story's day
        (
            "es",
            "Ayer la policía detuvo a cinco dirigentes. Los comuneros mantuvieron el bloqueo de la vía.",
            "bloqueo",
            dt.date(2023, 1, 18),
        ),
    ],
)
def test_other_tenses_keep_the_story_day(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str, day: dt.date
) -> None:
    found = [m for m in mentions(text, lang, PUBLISHED) if word in m.trigger.text]
    assert found, text
    assert found[-1].date is not None and found[-1].date.value == day
