"""An unidentified armed group that fires on people in a demonstration attacks them
(extract-dev15): ACLED codes "unidentified gunmen shot a protester" as an Attack by an
Unidentified Armed Group on the protesters, not as force the police used."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Unidentified gunmen opened fire on protesters in Cali, killing two.", "en", "Colombia"),
        (
            "Lucas Villa, the student who became a symbol of the national strike after being "
            "filmed dancing at marches, died on Tuesday in Pereira, six days after unidentified "
            "gunmen shot him eight times.",
            "en",
            "Colombia",
        ),
        ("Protesters marching in Juliaca were shot at by gunmen on Monday.", "en", "Peru"),
        (
            "Sicarios dispararon contra los manifestantes que bloqueaban la vía en Juliaca.",
            "es",
            "Peru",
        ),
        ("Hombres armados dispararon contra la marcha en Cali.", "es", "Colombia"),
    ],
)
def test_gunmen_attack_demonstrators(mentions, text: str, language: str, country: str) -> None:
    attacks = [m for m in mentions(text, language) if m.sub_event_type == "Attack"]
    assert attacks, [m.sub_event_type for m in mentions(text, language)]
    assert attacks[0].actor1 is not None
    assert attacks[0].actor1.name == f"Unidentified Armed Group ({country})"
    assert attacks[0].actor2 is not None and attacks[0].actor2.name == f"Protesters ({country})"
    # the demonstration the victim belonged to is not a second event of the sentence
    assert all(m.sub_event_type != "Peaceful protest" for m in mentions(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the forces fire: force used on the demonstration
        ("Police opened fire on protesters in Cali, killing two.", "en"),
        ("La policía disparó contra los manifestantes en Juliaca.", "es"),
    ],
)
def test_forces_firing_on_demonstrators_stay_force(mentions, text: str, language: str) -> None:
    events = mentions(text, language)
    assert events and all(m.sub_event_type != "Attack" for m in events)


def test_gunmen_with_no_demonstration_attack_civilians(mentions) -> None:
    events = mentions("Sicarios dispararon contra un bus de transportistas en Lima.", "es")
    assert events[0].sub_event_type == "Attack"
    assert events[0].actor2 is not None and events[0].actor2.name == "Civilians (Peru)"
