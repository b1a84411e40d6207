"""Twenty-sixth session (actors9): people named by who they are, arrested in a protest story.

Leaders, villagers, community members (``*.communities`` in actors.yaml) whom an arrest took
are the protesters of the demonstration or riot the story tells in the same country, though
the arrest's own sentence tells no protest ("Anoche, agentes de la Policía detuvieron a dos
dirigentes de la zona", after "comuneros bloquearon la carretera"), as ACLED codes the people
arrested over a protest (``actors.people_of_the_protest``). Near misses: the same arrest in a
story of no protest, and the press arrested at a protest, stay civilians.
"""

import datetime as dt
import itertools

import pytest

PROTEST_ES = (
    "Cientos de comuneros bloquearon la carretera a Juli el lunes.",
    "Miles de manifestantes marcharon por el centro de Puno el lunes.",
)
ARREST_ES = (
    "Anoche, agentes de la Policía detuvieron en la plaza de armas a dos dirigentes de la zona.",
    "La policía detuvo el martes a tres pobladores en la plaza de armas.",
)
PROTEST_EN = (
    "Hundreds of villagers blocked the highway to Juli on Monday.",
    "Thousands of demonstrators marched through the centre of Puno on Monday.",
)
ARREST_EN = (
    "Two local leaders were arrested in the main square on Sunday night.",
    "Police arrested two community leaders in the main square on Tuesday.",
)
PUBLISHED = dt.date(2023, 3, 8)


def _taken(found):
    return [m.actor2.name if m.actor2 else None for m in found if m.sub_event_type == "Arrests"]


@pytest.mark.parametrize(
    ("language", "protest", "arrest", "protest_first"),
    [("es", p, a, first) for p, a, first in itertools.product(PROTEST_ES, ARREST_ES, (True, False))]
    + [
        ("en", p, a, first)
        for p, a, first in itertools.product(PROTEST_EN, ARREST_EN, (True, False))
    ],
)
def test_people_arrested_in_a_protest_story_are_its_protesters(
    mentions, language, protest, arrest, protest_first
):
    text = f"{protest} {arrest}" if protest_first else f"{arrest} {protest}"
    taken = _taken(mentions(text, language, PUBLISHED))
    assert taken and all(t == "Protesters (Peru)" for t in taken), (text, taken)


@pytest.mark.parametrize(
    ("language", "arrest"), [("es", a) for a in ARREST_ES] + [("en", a) for a in ARREST_EN]
)
def test_no_protest_told_they_stay_civilians(mentions, language, arrest):
    quiet = (
        "Sus familiares pidieron su liberación."
        if language == "es"
        else "Their relatives asked for their release."
    )
    taken = _taken(mentions(f"{arrest} {quiet}", language, PUBLISHED))
    assert taken and all(t == "Civilians (Peru)" for t in taken), taken


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Miles de manifestantes marcharon en Puno el lunes. La policía detuvo a dos periodistas en la plaza.",
        ),
        (
            "en",
            "Thousands of demonstrators marched in Puno on Monday. Police arrested two journalists in the square.",
        ),
    ],
)
def test_the_press_stays_civilians(mentions, language, text):
    found = mentions(text, language, PUBLISHED)
    taken = [m.actor2.name for m in found if m.mode == "arrest" and m.actor2 is not None]
    assert taken and all(t == "Civilians (Peru)" for t in taken), taken
