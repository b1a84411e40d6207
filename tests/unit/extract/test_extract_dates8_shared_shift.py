"""One shift for every event word under it (eighteenth session, extract-dates8): "The day
before, protesters set fire to Parliament and forced the prime minister to resign" dates the
fire and the resignation on the same day, counted from where the sentence began, not the second
a day before the first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

SEP10 = dt.date(2025, 9, 10)  # a Wednesday


def _day(found: list[Mention], word: str) -> dt.date | None:
    hits = [m for m in found if word in m.trigger.text]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    date = hits[0].date
    return date.value if date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "triggers"),
    [
        (
            "Soldiers patrolled the empty streets on Wednesday. The day before, protesters set "
            "fire to the parliament building and forced the prime minister to resign.",
            "en",
            ("set fire", "resign"),
        ),
        (
            "El ejército patrulló las calles el miércoles. Un día antes, los manifestantes "
            "incendiaron el Parlamento y forzaron la renuncia del primer ministro.",
            "es",
            ("incendiaron", "renuncia"),
        ),
    ],
)
def test_every_event_word_under_one_shift_takes_its_day(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    triggers: tuple[str, str],
) -> None:
    found = mentions(text, language, SEP10)
    assert [_day(found, t) for t in triggers] == [dt.date(2025, 9, 9)] * 2


def test_a_shift_after_the_sentences_own_day_counts_from_it(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the sentence names a day of its own before the shift
    text = (
        "The curfew began on Monday. Police killed two men on Saturday, and two days later "
        "protesters burned the town hall."
    )
    found = mentions(text, "en", SEP10)
    assert _day(found, "burned") == dt.date(2025, 9, 8)
