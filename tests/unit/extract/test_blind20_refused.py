"""A resignation asked by rejected calls is refused, with the callers named between (twenty-fifth
session, blind20).

"She again rejected calls from protesters and several unions to step down": the callers stand
between the noun of the calls and what they ask; the resignation is still the one the calls ask
of the one who rejects them, refused (negated), as "rejected calls to step down" already was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _resignations(found: list[Mention]) -> list[str | None]:
    return [m.factuality for m in found if m.mode == "resignation"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor again rejected calls from protesters and several unions to step down.",
            ["negated"],
        ),
        ("The mayor has rejected calls by the opposition and the unions to resign.", ["negated"]),
        # near misses: no callers named, the same refusal; calls renewed, nobody refuses
        ("The governor again rejected calls to step down.", ["negated"]),
        ("Protesters and several unions renewed their calls for the governor to step down.", []),
    ],
)
def test_blind20_refused_with_callers_named(
    mentions: Callable[..., list[Mention]], text: str, expected: list[str]
) -> None:
    assert _resignations(mentions(text, "en", dt.date(2023, 1, 10))) == expected
