"""Figures not given (session extract-dev17).

An event word after "cifras de", "figures for" names what a figure would count, not an
incident ("El Gobierno no ha ofrecido cifras de detenidos ni de heridos"), and so does the
event word joined to it by a coordinator ("ni de heridos", "or injuries"; also after the other
``generic`` cues: "538 cases of rape and torture").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JUL13 = dt.date(2021, 7, 13)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El Gobierno no ha ofrecido cifras de detenidos ni de heridos.", "es"),
        ("La ONG recopila cifras de detenidos y de heridos.", "es"),
        ("Rights groups are compiling figures on arrests and injuries.", "en"),
        ("The ministry published official figures for detentions and deaths.", "en"),
        ("The commission documented 538 cases of rape and torture during the conflict.", "en"),
    ],
)
def test_figures_not_given_name_no_incident(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, JUL13)
    assert [(m.sub_event_type, m.trigger.text) for m in found] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La policía detuvo a 20 manifestantes en La Habana, según cifras de la Defensoría.",
            "es",
            "Arrests",
        ),
        (
            "Police gave figures for the day: 20 protesters were detained in Havana.",
            "en",
            "Arrests",
        ),
    ],
)
def test_an_incident_told_beside_figures_stays(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    found = mentions(text, language, JUL13)
    assert expected in [m.sub_event_type for m in found]
