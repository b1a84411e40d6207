"""A bare day ("el día 10", "on the 15th") after a day and month its paragraph told is a day of
that month, not of the month the report was written in (blind16:
``dates.bare_day_in_told_month``). A monthly report written in March told a day of February,
then "el día N", and the lifting went to March.
"""

from __future__ import annotations

import datetime as dt

import pytest

MARCH20 = dt.date(2024, 3, 20)


def _day(mentions, text: str, trigger: str, lang: str) -> dt.date | None:
    found = mentions(text, lang, MARCH20)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    d = hits[-1].date
    return d.value if d is not None else None


CASES = [
    (
        "El 14 de febrero, los transportistas de Juliaca bloquearon los accesos a la ciudad. "
        "El bloqueo se levantó el día 17 tras una mesa de diálogo con el Ministerio.",
        "bloqueo",
        "es",
        dt.date(2024, 2, 17),
    ),
    (
        "On 10 February, farmers in Huanta blocked the road to Ayacucho. The blockade was "
        "lifted on the 13th after talks with the regional governor.",
        "blockade",
        "en",
        dt.date(2024, 2, 13),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "lang", "day"), CASES)
def test_bare_day_takes_the_told_month(mentions, text, trigger, lang, day):
    assert _day(mentions, text, trigger, lang) == day


NEAR_MISSES = [
    # the bare day comes before the day told: no later day of that month, the writing's month
    (
        "El 14 de febrero, los transportistas bloquearon los accesos a la ciudad. El bloqueo "
        "se levantó el día 2 tras una mesa de diálogo.",
        "bloqueo",
        "es",
        dt.date(2024, 3, 2),
    ),
    # nothing told before it: the writing's month
    (
        "Los transportistas levantaron el bloqueo el día 10 tras una mesa de diálogo.",
        "bloqueo",
        "es",
        dt.date(2024, 3, 10),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "lang", "day"), NEAR_MISSES)
def test_bare_day_with_no_later_told_day_keeps_the_writing_month(
    mentions, text, trigger, lang, day
):
    assert _day(mentions, text, trigger, lang) == day
