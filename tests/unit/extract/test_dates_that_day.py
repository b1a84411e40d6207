"""A sentence with no date of its own that points back to a day ("los hechos de ese día",
"aquella jornada", "that day") is dated by the last day the text named before it in its
paragraph, not by the day of the event told just before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN12 = dt.date(2023, 1, 12)


def _by_trigger(found: list[Mention], word: str) -> Mention:
    hits = [m for m in found if word in m.trigger.text]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        (
            "Un joven murió ayer en el hospital, donde estaba internado desde el 9 de enero. "
            "Las protestas de ese día dejaron 18 muertos en Juliaca.",
            "es",
            "protestas",
            dt.date(2023, 1, 9),
        ),
        (
            "La fiscalía citó ayer a los mandos que dirigieron el operativo del 7 de enero en "
            "Ilave. Aquella jornada los policías dispararon contra los manifestantes.",
            "es",
            "dispararon",
            dt.date(2023, 1, 7),
        ),
        (
            "A second man died on Wednesday in Juliaca; he had been in hospital since Jan. 9. "
            "Police fired on protesters that day near the airport.",
            "en",
            "fired",
            dt.date(2023, 1, 9),
        ),
    ],
)
def test_that_day_is_the_last_day_named_before(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, day: dt.date
) -> None:
    found = _by_trigger(mentions(text, language, JAN12), trigger)
    assert found.date is not None and found.date.value == day


def test_a_sentence_with_its_own_day_keeps_it(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Los enfrentamientos del 9 de enero dejaron 17 muertos en Juliaca. "
        "El 10 de enero, ese mismo día del entierro, los comuneros bloquearon la vía."
    )
    found = _by_trigger(mentions(text, "es", JAN12), "bloquearon")
    assert found.date is not None and found.date.value == dt.date(2023, 1, 10)
