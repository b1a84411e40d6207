"""A strike told going on, before a coordinated speech verb with a plan (blind19b).

"have observed a strike since Jan. 4 and say they will take their demands to Lima": the future
is what the coordinated "say" introduces; the strike before it is told by the text as going on
(asserted), neither planned nor reported. Near misses: a strike announced for later stays planned,
and a speech verb before the event still reports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _strikes(found: list[Mention]) -> list[str]:
    return [
        m.factuality
        for m in found
        if m.trigger.text.lower() in ("strike", "on strike", "paro", "paro indefinido", "huelga")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Teachers in Cusco have observed a strike since Jan. 4 and say they will take their "
            "complaints to the capital.",
            "en",
        ),
        (
            "Miners in Arequipa have been on strike since Monday and say they will march to "
            "Lima on Friday.",
            "en",
        ),
        (
            "Los maestros de Cusco acatan un paro desde el 4 de enero y dicen que viajarán a Lima.",
            "es",
        ),
    ],
)
def test_blind19b_strike_going_on_is_asserted(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _strikes(mentions(text, language, dt.date(2023, 1, 10))) == ["asserted"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # near miss: the strike itself is ahead
        (
            "Teachers in Cusco will strike on Monday and say they will march to Lima.",
            "en",
            "planned",
        ),
        (
            "Los maestros de Cusco realizarán un paro el lunes y dicen que bloquearán las vías.",
            "es",
            "planned",
        ),
        # near miss: a speech verb before the strike reports it
        (
            "Union leaders said teachers in Cusco have observed a strike since Jan. 4.",
            "en",
            "reported",
        ),
    ],
)
def test_blind19b_strike_ahead_or_reported(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    assert _strikes(mentions(text, language, dt.date(2023, 1, 10))) == [expected]
