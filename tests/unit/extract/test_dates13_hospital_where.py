"""A death in hospital told with words between its verb and the hospital ("He died yesterday in
hospital", "falleció el lunes en el hospital") or in a "where" clause on the hospital ("Fue
operado en el hospital regional, donde murió el lunes") is a death of the incident that
wounded the person, dated by it (`hospital_death` in date_words.yaml, its `.place` entries;
twenty-fourth session, dates13)."""

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
            "ANDAHUAYLAS, 14 dic.– El domingo un joven de Talavera recibió un balazo en el "
            "abdomen cuando marchaba con sus vecinos hacia el aeropuerto. Fue operado dos veces "
            "en el hospital regional, donde murió el lunes por la tarde.",
            "es",
            dt.date(2022, 12, 14),
            "murió",
            dt.date(2022, 12, 11),
        ),
        (
            "PEREIRA – On 5 May a student was shot eight times by unidentified men at a sit-in "
            "on the viaduct. He died yesterday in hospital.",
            "en",
            dt.date(2021, 5, 11),
            "died",
            dt.date(2021, 5, 5),
        ),
        # near miss: a "where" clause on a square, not a hospital, tells a death of its own day
        (
            "ANDAHUAYLAS, 14 dic.– El domingo los manifestantes marcharon hacia el aeropuerto. "
            "El lunes llegaron a la plaza de Talavera, donde murió un joven por un disparo.",
            "es",
            dt.date(2022, 12, 14),
            "disparo",
            dt.date(2022, 12, 12),
        ),
    ],
)
def test_a_death_in_hospital_told_apart(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    word: str,
    day: dt.date,
) -> None:
    assert _on(mentions(text, language, published), word) == day
