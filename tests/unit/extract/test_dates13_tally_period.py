"""A day that opens the period of a count of people ("la cifra de fallecidos en las protestas
desde el 7 de diciembre", "the number of people killed in the unrest since December 7") is where
the count runs from: it dates neither the protests the count is of nor the death that raised it
(`tally_period` in date_words.yaml; twenty-fourth session, dates13)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _on(found: list[Mention], word: str) -> dt.date | None:
    hits = [m for m in found if m.trigger.text.lower() == word]
    assert hits, [m.trigger.text for m in found]
    return hits[0].date.value if hits[0].date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "published", "word", "day"),
    [
        (
            "AYAVIRI, 14 feb.– El dirigente Julio Mamani murió la noche del lunes tras recibir "
            "un disparo en Ayaviri.\n\nCon la muerte de Mamani, la cifra de fallecidos en las "
            "protestas desde el 4 de diciembre llega a 31, según la Defensoría.",
            "es",
            dt.date(2023, 2, 14),
            "muerte",
            dt.date(2023, 2, 13),
        ),
        (
            "HUANCANÉ, 3 mar.– La cifra de heridos por los choques del miércoles en Huancané "
            "subió a doce.\n\nLa Defensoría del Pueblo, que el miércoles había contado nueve "
            "heridos en Huancané, eleva a 52 el número de muertos en protestas desde el 4 de "
            "diciembre.",
            "es",
            dt.date(2023, 3, 3),
            "protestas",
            dt.date(2023, 3, 1),
        ),
    ],
)
def test_a_count_since_a_day_does_not_date_the_sentence(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    word: str,
    day: dt.date,
) -> None:
    assert _on(mentions(text, language, published), word) == day


@pytest.mark.parametrize(
    ("text", "language", "published", "word", "day"),
    [
        # near misses: a strike or a blockade "since" a day began on it
        (
            "Los mineros están en huelga desde el 4 de febrero en Chala.",
            "es",
            dt.date(2023, 2, 14),
            "en huelga",
            dt.date(2023, 2, 4),
        ),
        (
            "El puente de Ilave, bloqueado desde el lunes por los comuneros, sigue cerrado.",
            "es",
            dt.date(2023, 1, 11),
            "bloqueado",
            dt.date(2023, 1, 9),
        ),
    ],
)
def test_a_lasting_action_since_a_day_began_on_it(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    word: str,
    day: dt.date,
) -> None:
    assert _on(mentions(text, language, published), word) == day
