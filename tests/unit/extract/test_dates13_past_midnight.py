"""The small hours named with no day at a sentence's opening ("Pasada la medianoche,", "En la
madrugada,", "After midnight,") after a night the story told ("la noche del sábado", "on
Saturday night"), or after a "yesterday" in a text of today, are the next day's
(`after_midnight` in date_words.yaml; twenty-fourth session, dates13). A night told whole
("overnight", "la noche del 18 al 19") stays on its first day."""

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
            "SANTA CRUZ.– Grupos del paro y vecinos se enfrentaron a pedradas la noche del "
            "sábado en la rotonda del barrio.\n\nPasada la medianoche, efectivos policiales "
            "dispersaron a ambos bandos con gases lacrimógenos.\n\nEn la madrugada, desconocidos "
            "incendiaron dos motocicletas y saquearon un puesto de venta.",
            "es",
            dt.date(2022, 11, 7),
            "incendiaron",
            dt.date(2022, 11, 6),
        ),
        (
            "SANTA CRUZ.– Grupos del paro y vecinos se enfrentaron a pedradas la noche del "
            "sábado en la rotonda del barrio.\n\nPasada la medianoche, efectivos policiales "
            "dispersaron a ambos bandos con gases lacrimógenos.",
            "es",
            dt.date(2022, 11, 7),
            "dispersaron",
            dt.date(2022, 11, 6),
        ),
        (
            "CONDUCTORA: ¿Y los heridos?\n\nREPORTERO: Ayer hubo enfrentamientos en el "
            "aeropuerto. Así es. En la madrugada, un policía fue atacado por una turba y murió "
            "calcinado.",
            "es",
            dt.date(2023, 1, 10),
            "murió calcinado",
            dt.date(2023, 1, 10),
        ),
        (
            "Protesters and residents clashed with stones on Saturday night in the market "
            "district.\n\nAfter midnight, police dispersed both groups with tear gas.",
            "en",
            dt.date(2022, 11, 7),
            "dispersed",
            dt.date(2022, 11, 6),
        ),
        # near misses: the small hours with their own day, after a day that was no night, or
        # a night told whole
        (
            "Los enfrentamientos empezaron el sábado. La policía los dispersó en la madrugada "
            "del domingo.",
            "es",
            dt.date(2022, 11, 8),
            "dispersó",
            dt.date(2022, 11, 6),
        ),
        (
            "Protesters clashed with police on Saturday. After midnight, police dispersed them "
            "with tear gas.",
            "en",
            dt.date(2022, 11, 8),
            "dispersed",
            dt.date(2022, 11, 5),
        ),
    ],
)
def test_the_small_hours_after_a_night(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    word: str,
    day: dt.date,
) -> None:
    assert _on(mentions(text, language, published), word) == day
