"""The labour group of a general strike the story told holds its later strikes too
(extract-dev15): "The CGT called a general strike on January 24 ... It held a second, 24-hour
strike on May 9"; stories with no general strike keep the protesters."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "Unions called a general strike on January 24 in Santiago. They held a second, "
            "24-hour strike on May 9, which brought public transport to a halt.",
            "en",
            "Chile",
        ),
        (
            "La mesa de Unidad Social convocó a una huelga general el 12 de noviembre en Santiago. "
            "El 25 de noviembre hubo un nuevo paro de 24 horas.",
            "es",
            "Chile",
        ),
    ],
)
def test_later_strikes_of_a_general_strike_story(mentions, text, language, country) -> None:
    strikes = [m for m in mentions(text, language) if m.mode == "strike"]
    assert len(strikes) >= 2
    assert all(m.actor1 is not None for m in strikes)
    assert {m.actor1.name for m in strikes} == {f"Labour Group ({country})"}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Farmers began an indefinite strike in Puno on Monday. A second strike is planned in "
            "Cusco for next week.",
            "en",
        ),
        (
            "Los gremios acataron un paro de 48 horas en Cusco. El paro continuará el jueves.",
            "es",
        ),
    ],
)
def test_strikes_with_no_general_strike_keep_protesters(mentions, text, language) -> None:
    strikes = [m for m in mentions(text, language) if m.mode == "strike"]
    assert strikes
    assert all(m.actor1 is not None and m.actor1.name == "Protesters (Peru)" for m in strikes)
