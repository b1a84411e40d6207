"""Who did it decides the type (sixteenth session, extract-types2).

A man nobody names who opens fire on demonstrators attacks them ("a man opened fire on
protesters blocking the highway"; "fueron asesinados a tiros por un hombre"), as people
nobody names do; people beaten or killed by a crowd or by demonstrators are mob violence
("was chased and beaten by protesters", "killed by crowds"); the crowd's acts named as the
charge of an arrest ("arrested 27 people for looting and arson", "detenidos por disturbios")
are why people were held, no riot of the sentence, and a dispersal told in a sibling clause
after the arrests is an intervention of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

NOV8 = dt.date(2023, 11, 8)


def _types(mentions: Callable[..., list[Mention]], text: str, language: str) -> list[str]:
    return [m.sub_event_type for m in mentions(text, language, NOV8)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three people were wounded when a man opened fire on demonstrators at a roadblock.", "en"),
        ("Un hombre abrió fuego contra los manifestantes que bloqueaban la carretera.", "es"),
        ("Dos docentes fueron asesinados a tiros por un hombre en el bloqueo de la vía.", "es"),
    ],
)
def test_a_man_nobody_names_who_fires_attacks(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _types(mentions, text, language) == ["Attack"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "a man shot" is more often the one hit; the police killing is force on the protest
        ("A man shot during the march died in hospital.", "en"),
        ("Un manifestante fue asesinado por la policía en el bloqueo.", "es"),
    ],
)
def test_one_hit_or_killed_by_the_forces_is_no_attack(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _types(mentions, text, language) == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The health minister was chased and beaten by protesters outside parliament.", "en"),
        ("Two police officers were killed by crowds in separate attacks on Tuesday.", "en"),
        ("El alcalde fue golpeado por manifestantes en la plaza de Armas.", "es"),
        ("Un policía fue asesinado por una turba en la plaza.", "es"),
    ],
)
def test_beaten_or_killed_by_a_crowd_is_mob_violence(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _types(mentions, text, language) == ["Mob violence"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Demonstrators were beaten by police in the square.", "en"),
        ("Los manifestantes fueron golpeados por los agentes en la plaza.", "es"),
    ],
)
def test_beaten_by_the_forces_stays_force(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _types(mentions, text, language) == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers arrested 31 people overnight for looting and arson.", "en"),
        ("Police detained a dozen men on charges of vandalism.", "en"),
        ("La Policía informó de seis detenidos por disturbios en el centro.", "es"),
    ],
)
def test_the_charge_of_an_arrest_is_no_riot(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert "Violent demonstration" not in _types(mentions, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested 20 people after protesters looted shops.", "en"),
        ("Los manifestantes saquearon tiendas y la policía detuvo a diez personas.", "es"),
    ],
)
def test_looting_told_as_its_own_act_stays_a_riot(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert "Violent demonstration" in _types(mentions, text, language)


def test_a_dispersal_beside_the_arrests_is_its_own_intervention(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Police said three people were arrested for damaging property, and officers used tear "
        "gas to disperse a group near the courthouse."
    )
    assert _types(mentions, text, "en") == [
        "Protest with intervention",
        "Protest with intervention",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Thousands marched in the capital on Monday. He was arrested on Friday after "
            "calling for the protests.",
            "en",
        ),
        (
            "The strike went on for a third day after the arrest of the union's president, whose "
            "arrest on Monday fuelled the protests.",
            "en",
        ),
        (
            "El paro siguió en la sierra tras la detención del dirigente Juan Pérez, cuya "
            "detención el martes encendió la protesta.",
            "es",
        ),
    ],
)
def test_the_arrest_of_one_person_named_is_an_arrest(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert "Arrests" in _types(mentions, text, language)


def test_arrested_for_breaking_the_curfew_declares_none(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "Police said 114 people had been arrested nationwide for breaking the curfew."
    found = _types(mentions, text, "en")
    assert "Other" not in found and found


def test_a_live_blog_told_newest_first_gives_no_later_riot_to_earlier_deaths(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Live: protests against the government in Huamanga\n\n"
        "21:15 — Witnesses say a group of protesters set fire to the door of the regional "
        "court.\n\n"
        "19:45 — The ombudsman's office says five people have died in Huamanga and 30 are "
        "injured.\n\n"
        "17:05 — Soldiers fired on demonstrators near the airport, witnesses said."
    )
    found = mentions(text, "en", NOV8)
    deaths = [m for m in found if m.killed is not None and m.killed.value == 5]
    assert deaths and deaths[0].sub_event_type != "Violent demonstration"


def test_a_live_blog_told_in_order_keeps_the_riot_for_its_dead(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Live: protests against the government in Huamanga\n\n"
        "17:05 — Witnesses say a group of protesters set fire to the door of the regional "
        "court.\n\n"
        "19:45 — The ombudsman's office says five people have died in Huamanga and 30 are "
        "injured."
    )
    found = mentions(text, "en", NOV8)
    deaths = [m for m in found if m.killed is not None and m.killed.value == 5]
    assert deaths and deaths[0].sub_event_type == "Violent demonstration"
