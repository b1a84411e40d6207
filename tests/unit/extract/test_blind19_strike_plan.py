"""A strike told going on, with a plan to go elsewhere after it (twenty-fourth session, blind19).

The town a plan told after the event word goes to ("acatan un paro indefinido ... y viajarán a
Lima", "have been on strike since Monday and say they will take their demands to Lima") is the
plan's destination, not where the strike is kept up; a march whose own word goes there
("marcharán a Lima") is placed there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _places(found: list[Mention], word: str) -> list[str | None]:
    return [m.location.name if m.location else None for m in found if m.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "language", "word", "place"),
    [
        (
            "Los gremios de Cusco acatan un paro indefinido desde el lunes y anunciaron que "
            "viajarán a Lima.",
            "es",
            "paro indefinido",
            "Cusco",
        ),
        (
            "El paro indefinido se mantendrá, y delegaciones de Ayaviri viajarán a Lima.",
            "es",
            "paro indefinido",
            "Ayaviri",
        ),
        (
            "Farmers in Huancavelica have been on an indefinite strike since Monday and say "
            "they will take their demands to Lima.",
            "en",
            "indefinite strike",
            "Huancavelica",
        ),
        # near misses: the plan is the event's own word
        (
            "Los gremios de Cusco anunciaron que marcharán a Lima el jueves.",
            "es",
            "marcharán",
            "Lima",
        ),
        ("Unions in Cusco said they will march to Lima on Thursday.", "en", "march", "Lima"),
    ],
)
def test_blind19_plan_destination(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, place: str
) -> None:
    assert _places(mentions(text, language, dt.date(2023, 1, 10)), word) == [place]
