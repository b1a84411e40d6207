"""Police officers or soldiers counted among the dead or wounded of unrest were hurt by the crowd:
the demonstration was violent (ACLED: Violent demonstration, rioters as actor1 and the forces as
actor2), not force used on it (extract-dev21). Dead on both sides, one officer among many dead,
and officers named as the ones who struck stay as they were."""

from __future__ import annotations

import pytest

_SETTING = {
    "en": "Thousands of farmers blocked the Pan-American Highway near Ica on Monday. ",
    "es": "Miles de agricultores bloquearon la Panamericana Sur cerca de Ica el lunes. ",
}


def _last(mentions, text: str, language: str):
    setting = _SETTING[language]
    found = [m for m in mentions(setting + text, language) if m.trigger.span[0] >= len(setting)]
    assert found
    return found[-1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two police officers were killed near the bridge.", "en"),
        ("At least 35 officers were injured, the Interior Ministry said.", "en"),
        ("One soldier was shot dead near the bridge.", "en"),
        ("Twelve people were hurt, including a mounted officer.", "en"),
        ("Dos policías murieron durante el desbloqueo.", "es"),
        ("El ministerio informó de 41 policías heridos.", "es"),
        ("Nueve personas resultaron heridas, entre ellas cuatro agentes.", "es"),
        ("Un suboficial de la Policía fue asesinado en el puente.", "es"),
    ],
)
def test_forces_hurt_make_a_riot(mentions, text: str, language: str) -> None:
    last = _last(mentions, text, language)
    assert last.sub_event_type == "Violent demonstration"
    assert last.actor1 is not None and last.actor1.name.startswith("Rioters")
    assert last.actor2 is not None and last.actor2.name.endswith("Forces of Peru")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the forces did it
        ("Police officers shot dead two protesters near the bridge.", "en"),
        ("Soldiers killed three protesters near the bridge.", "en"),
        ("La policía hirió a cinco manifestantes.", "es"),
        # one officer among many dead: the dead are on the other side
        ("Fourteen people, including a police officer, died near the bridge.", "en"),
        ("Murieron once civiles y un policía.", "es"),
        # the officers named in the aside struck, they were not hurt
        ("Tres comuneros resultaron heridos, uno de ellos golpeado por policías.", "es"),
    ],
)
def test_near_misses_stay_force(mentions, text: str, language: str) -> None:
    last = _last(mentions, text, language)
    assert last.sub_event_type == "Excessive force against protesters"


def test_officer_hurt_in_a_mob_attack_keeps_the_attack(mentions) -> None:
    text = (
        "Overnight, a police officer was beaten to death by a mob in the town. "
        "A second officer was injured in the attack."
    )
    assert _last(mentions, text, "en").sub_event_type == "Mob violence"
