"""A "since" day told from a time of that day ("desde la mañana del jueves", "since early
Tuesday") opening a story that has no day yet is where the story is: what follows with no day
of its own takes it (twenty-fifth session, dates14; `daypart` words in date_words.yaml). One
told after the story has a day moves nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

D = dt.date
THU = D(2023, 1, 12)


def _on(found: list[Mention], word: str) -> dt.date | None:
    hits = [m for m in found if m.trigger.text.lower() == word]
    assert hits, [m.trigger.text for m in found]
    return hits[0].date.value if hits[0].date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "CUSCO.– Comuneros de Combapata bloquearon desde la madrugada del martes la carretera "
            "Cusco-Sicuani con piedras y troncos.\n\nPor la tarde, la policía detuvo a tres "
            "dirigentes.\n\nEn Sicuani, cientos de pobladores marcharon hacia la plaza de Armas.",
            "es",
            "marcharon",
            D(2023, 1, 10),
        ),
        (
            "Comuneros de Combapata bloquearon desde la mañana del martes la carretera "
            "Cusco-Sicuani.\n\nLa policía detuvo a tres dirigentes.\n\nEn Sicuani, un grupo de "
            "encapuchados saqueó dos tiendas.",
            "es",
            "saqueó",
            D(2023, 1, 10),
        ),
        (
            "Farmers from Combapata blocked the Cusco-Sicuani highway since early Tuesday with "
            "rocks and logs.\n\nIn the afternoon, police arrested three leaders.\n\nIn Sicuani, "
            "hundreds of residents marched to the main square.",
            "en",
            "marched",
            D(2023, 1, 10),
        ),
        # near miss: a story that already has its day keeps it
        (
            "El miércoles la policía desalojó la plaza de Sicuani. Los comuneros bloquean desde "
            "la mañana del lunes la carretera.\n\nLa policía detuvo a tres dirigentes.\n\nEn "
            "Sicuani, cientos de pobladores marcharon hacia la plaza de Armas.",
            "es",
            "marcharon",
            D(2023, 1, 11),
        ),
    ],
)
def test_a_since_day_told_from_its_time(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    word: str,
    day: dt.date | None,
) -> None:
    assert _on(mentions(text, language, THU), word) == day
