"""Days a sentence points back at (twenty-fourth session, dates13).

* A "when" clause on the noun a shift governs ("The raid came two days after the first march,
  when officers fired tear gas ...") tells what happened on that noun's day, counted back from
  the sentence's day, not on the day of the main clause (`dates._shifted`).
* A sentence that opens on "That afternoon", "That day" right after a sentence that closed on a
  day ("... the portraits of those killed there on 9 January 2023.") is of the day just named,
  not of the story's main clause (`dates.closing_day`).
"""

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
    ("text", "language", "word", "day"),
    [
        (
            "LIMA, Jan 23 - Police raided a university campus in Lima on Saturday, detaining "
            "more than 190 people.\n\nThe operation came two days after the first national march "
            "on the capital, when tens of thousands marched through the centre and officers "
            "fired tear gas at demonstrators on Abancay Avenue.",
            "en",
            "tear gas",
            dt.date(2023, 1, 19),
        ),
        (
            "LIMA, 23 ene.– La policía desalojó el sábado la ciudad universitaria y detuvo a 190 "
            "personas.\n\nEl desalojo se produjo dos días después de la primera marcha nacional, "
            "cuando la policía disparó gases lacrimógenos contra los manifestantes en la avenida "
            "Abancay.",
            "es",
            "disparó",
            dt.date(2023, 1, 19),
        ),
        # near misses: the clause after the "when" clause, and a sentence of its own, are the
        # main clause's
        (
            "LIMA, Jan 23 - Police raided a university campus in Lima on Saturday.\n\nTwo days "
            "after the march, when the campus was still full of visitors, officers fired tear "
            "gas at the students.",
            "en",
            "tear gas",
            dt.date(2023, 1, 21),
        ),
        (
            "LIMA, Jan 23 - Police raided a university campus in Lima on Saturday, detaining "
            "more than 190 people.\n\nThe raid came two days after the first national march on "
            "the capital. When officers entered the campus, students threw stones at them.",
            "en",
            "threw stones",
            dt.date(2023, 1, 21),
        ),
    ],
)
def test_a_when_clause_on_the_noun_a_shift_governs(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    assert _on(mentions(text, language, dt.date(2023, 1, 23)), word) == day


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "JULIACA – About 3,000 people marched on Tuesday to the airport, carrying the "
            "portraits of those killed there on 9 January 2023.\n\nThat afternoon soldiers fired "
            "on crowds who had tried to storm the runway.",
            "tried to storm",
            dt.date(2023, 1, 9),
        ),
        # near misses: the sentence before closed on the story's day, or on none
        (
            "JULIACA – About 3,000 people marched to the airport on Tuesday.\n\nThat afternoon "
            "officers fired tear gas at a group that tried to enter the terminal.",
            "tear gas",
            dt.date(2024, 1, 9),
        ),
        (
            "JULIACA – About 3,000 people marched on Tuesday to the airport, carrying the "
            "portraits of those killed there on 9 January 2023, and held a vigil.\n\nThe march "
            "was peaceful, police said. That afternoon officers fired tear gas at a group that "
            "tried to enter the terminal.",
            "tear gas",
            dt.date(2024, 1, 9),
        ),
    ],
)
def test_that_afternoon_is_of_the_day_just_named(
    mentions: Callable[..., list[Mention]], text: str, word: str, day: dt.date
) -> None:
    assert _on(mentions(text, "en", dt.date(2024, 1, 10)), word) == day
