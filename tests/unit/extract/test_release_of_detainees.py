"""The release of people detained at a demonstration tells that intervention again: it is the
intervention, dated by it, not an arrest on the day of the release."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

FEB6 = dt.date(2023, 2, 6)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police fired tear gas at hundreds of marchers in Puno on Saturday and detained "
            "dozens of them. On Monday, most of the people arrested were released without charge.",
            "en",
        ),
        (
            "The police broke up a sit-in in Puno on Saturday and arrested 40 students. On "
            "Monday, all but two of those arrested had been freed, prosecutors said.",
            "en",
        ),
        (
            "La policía dispersó con gases lacrimógenos una marcha en Puno el sábado y detuvo a "
            "decenas de manifestantes. El lunes, los detenidos fueron liberados por la fiscalía.",
            "es",
        ),
    ],
)
def test_a_release_is_the_intervention_told_before(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, FEB6)
    later = [m for m in found if m.sentence[0] > text.index(".")]
    # Spanish names no event in "los detenidos fueron liberados"; English "those detained" does
    assert later or language == "es", [(m.trigger.text, m.sub_event_type) for m in found]
    for m in later:
        assert m.sub_event_type == "Protest with intervention", (m.trigger.text, m.sub_event_type)
        assert m.date is not None and m.date.value == dt.date(2023, 2, 4)


def test_an_arrest_of_its_own_keeps_its_day(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "Miles marcharon en Puno el sábado. El lunes, la policía detuvo al dirigente Juan Quispe "
        "en su casa."
    )
    found = [m for m in mentions(text, "es", FEB6) if m.sub_event_type == "Arrests"]
    assert found and found[0].date is not None and found[0].date.value == dt.date(2023, 2, 6)
