"""Two events coordinated each with its own town ("Paro en Puno y enfrentamientos en Juliaca",
"Strike in Puno and clashes in Juliaca") are each in their own town: the town an event word
governs by "en", "in", "at" wins over the nearer town of the event before the coordinator
(twenty-second session, whenwhere: `places.choose`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN10 = dt.date(2023, 1, 10)


def _town(found: list[Mention], word: str) -> str | None:
    hits = [m for m in found if m.trigger.text.lower().startswith(word)]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    loc = hits[0].location
    return loc.name if loc is not None else None


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        (
            "Huelga en Ayaviri y choques en Azángaro",
            "es",
            "choques",
            "Azángaro",
        ),
        (
            "Strike in Ayaviri and clashes in Azángaro",
            "en",
            "clashes",
            "Azángaro",
        ),
        (
            "Los transportistas bloquearon la vía en Ilave y la Policía lanzó gases en la ciudad "
            "de Juli.",
            "es",
            "gases",
            "Juli",
        ),
        # near miss: the event word governs no town of its own: the nearer one stays
        (
            "Los comuneros marcharon en Ilave y la Policía los dispersó con gases.",
            "es",
            "dispersó",
            "Ilave",
        ),
        (
            "Farmers marched in Ilave, and police fired tear gas near the bridge.",
            "en",
            "tear gas",
            "Ilave",
        ),
    ],
)
def test_each_coordinated_event_keeps_its_own_town(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, town: str
) -> None:
    assert _town(mentions(text, language, JAN10), word) == town
