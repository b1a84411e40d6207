"""The agent of a passive ("perpetrada por el Ejército", "shot dead ... by soldiers") is the actor
of the event word in its own phrase, not of one told in another phrase of the sentence
(extract-actors4, ``actors._same_phrase``)."""

from __future__ import annotations

import pytest


def test_agent_of_another_phrase_is_not_the_actor(mentions) -> None:
    text = (
        "Condenamos la masacre perpetrada por el Ejército el 15 de diciembre en Huamanga, y la "
        "represión policial del 11 de diciembre en Andahuaylas, que costó la vida a dos menores."
    )
    by_region = {
        m.location.admin1: m.actor1.name
        for m in mentions(text, "es")
        if m.location is not None and m.actor1 is not None
    }
    assert by_region.get("Ayacucho") == "Military Forces of Peru"
    assert by_region.get("Apurímac") == "Police Forces of Peru"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the agent after adjuncts of its own phrase still acts
        ("Ten protesters were shot dead in Huamanga by soldiers on Thursday.", "en"),
        (
            "Police watched as two teenagers were shot dead near the airport of Huamanga by "
            "soldiers.",
            "en",
        ),
    ],
)
def test_agent_of_its_phrase_acts(mentions, text: str, language: str) -> None:
    found = [m for m in mentions(text, language) if m.actor1 is not None]
    assert found and found[0].actor1.name == "Military Forces of Peru"
