"""Officers killed by a mob (actors7): an officer who died burned ("un policía murió quemado"),
soldiers a mob is said to have pushed into a river ("empujó al río a los soldados que
murieron"), and an officer whose car a mob burned, told beside a name the speaker denies ("los
fallecidos «no eran terroristas»"), are Mob violence with the forces as the victim, not an
attack by an armed group nor force used on protesters. Near misses keep their codes."""

from __future__ import annotations

import pytest

_SETTING = {
    "en": "Farmers blocked the highway near Puno on Monday during the regional strike. ",
    "es": "Los agricultores bloquearon la carretera cerca de Puno el lunes durante el paro. ",
}


def _after_setting(mentions, text: str, language: str):
    setting = _SETTING[language]
    return [m for m in mentions(setting + text, language) if m.trigger.span[0] >= len(setting)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Anoche, en Ilave, un policía murió quemado dentro de su camioneta.", "es"),
        ("En Azángaro un suboficial también murió calcinado tras el desbloqueo.", "es"),
        ("In Ilave, a police officer later died burned inside his truck.", "en"),
        ("Según vecinos, una turba arrojó al lago a los agentes que murieron ahogados.", "es"),
        ("Witnesses said a mob chased the three soldiers who drowned in the river.", "en"),
        (
            "La dirigente replicó que los detenidos «no eran delincuentes» y recordó que en "
            "Ayaviri murió también el suboficial Juan Pérez, cuya moto fue quemada por una turba.",
            "es",
        ),
    ],
)
def test_officers_killed_by_a_mob(mentions, text: str, language: str) -> None:
    found = _after_setting(mentions, text, language)
    assert found
    mob = found[0]
    assert mob.sub_event_type == "Mob violence"
    assert mob.actor1 is not None and mob.actor1.name == "Rioters (Peru)"
    assert mob.actor2 is not None and mob.actor2.name.endswith("Forces of Peru")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the officer speaks; the one burned is someone else
        ("Un policía dijo que murió quemado un comunero en Ilave.", "es"),
        # the soldiers fired; the dead are the others
        ("En Ilave los soldados dispararon y murieron seis manifestantes.", "es"),
        ("Near Ilave, soldiers opened fire and six protesters died.", "en"),
    ],
)
def test_near_misses_are_no_mob(mentions, text: str, language: str) -> None:
    found = _after_setting(mentions, text, language)
    assert found
    assert all(m.sub_event_type != "Mob violence" for m in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El vocero dijo que los muertos no eran terroristas.", "es"),
        ("Relatives insisted the dead were not terrorists.", "en"),
    ],
)
def test_a_denied_name_is_no_actor(mentions, text: str, language: str) -> None:
    for m in _after_setting(mentions, text, language):
        for actor in (m.actor1, m.actor2):
            assert actor is None or actor.name != "Shining Path"


def test_a_name_not_denied_stays_an_actor(mentions) -> None:
    text = "Police said terrorists attacked the station in Juliaca."
    found = mentions(text, "en")
    assert any(
        a is not None and a.name == "Shining Path" for m in found for a in (m.actor1, m.actor2)
    )


def test_drowned_soldiers_told_apart_from_the_rumoured_mob(mentions) -> None:
    text = (
        "En Puno continúa el paro regional, con bloqueos de carreteras.\n\n"
        "Un mensaje afirma que «una turba de comuneros empujó al río a los soldados» que "
        "murieron el domingo en Ilave.\n\n"
        "Seis soldados del Ejército murieron ahogados el domingo al cruzar el río Ilave, "
        "cuando su patrulla se dirigía a Juli."
    )
    found = mentions(text, "es")
    drowned = [m for m in found if "ahogados" in m.trigger.text]
    assert drowned and drowned[0].sub_event_type != "Mob violence"
