"""A blockade told by how long it has lasted is dated by its day with a window back to the day
it began, so that the reports of other days can share it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN10 = dt.date(2023, 1, 10)


@pytest.mark.parametrize(
    ("text", "language", "began"),
    [
        (
            "En Desaguadero, los transportistas mantuvieron bloqueado por quinto día el puente.",
            "es",
            dt.date(2023, 1, 6),
        ),
        ("Los comuneros mantienen desde hace dos semanas el bloqueo de la vía.", "es", None),
        (
            "Truckers kept the bridge in Desaguadero blocked for a sixth day.",
            "en",
            dt.date(2023, 1, 5),
        ),
        ("Farmers have blocked the highway near Ica for five days.", "en", dt.date(2023, 1, 5)),
    ],
)
def test_a_lasting_blockade_reaches_back_to_its_start(
    mentions: Callable[..., list[Mention]], text: str, language: str, began: dt.date | None
) -> None:
    found = [m for m in mentions(text, language, JAN10) if m.mode == "blockade"]
    assert found, "no blockade extracted"
    d = found[0].date
    assert d is not None and d.value == JAN10
    assert d.start is not None and d.end == JAN10
    if began is not None:
        assert d.start == began
    else:
        assert d.start <= JAN10 - dt.timedelta(weeks=2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "hace tres días" is when it began, not how long it lasted
        ("Los comuneros bloquearon hace tres días la vía a Juliaca.", "es"),
        # a blockade of one day keeps its day
        ("Protesters blocked the highway near Ica on Monday.", "en"),
    ],
)
def test_other_blockades_keep_their_day(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = [m for m in mentions(text, language, JAN10) if m.mode == "blockade"]
    assert found, "no blockade extracted"
    d = found[0].date
    assert d is not None and d.precision == "day"
