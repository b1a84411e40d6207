"""Whom an arrest took when the story names them by their office (extract-actors5): a
governor is the government of their region, named by the title alone ("police detained the
governor"), by the title and then the name ("el gobernador Juan Pérez fue aprehendido"), or
by a pronoun after the office-holder in the same sentence ("..., the governor of Tarija, ...,
hours after she was arrested"). Trades that stage their own protests (teachers, mototaxi
drivers) are people named by who they are, claimants the vocabulary knows."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _arrests(mentions, text: str, language: str) -> list:
    events = mentions(text, language, published=dt.date(2024, 5, 16))
    return [m for m in events if m.sub_event_type == "Arrests"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police in Tarija detained the governor of the region on Tuesday morning.", "en"),
        ("La Policía detuvo a la gobernadora de Potosí en su domicilio el martes.", "es"),
        (
            "El martes, la gobernadora María Elena Quispe fue aprehendida por la Policía en "
            "su oficina de Oruro.",
            "es",
        ),
        (
            "Backers of Ramiro Soto, the governor of Tarija, marched through the city on "
            "Friday, hours after he was arrested by police.",
            "en",
        ),
    ],
)
def test_an_arrested_office_holder_is_the_government(mentions, text: str, language: str) -> None:
    arrests = _arrests(mentions, text, language)
    assert arrests
    assert any(
        m.actor2 is not None and m.actor2.name.startswith("Government of") for m in arrests
    ), [(m.actor1, m.actor2) for m in arrests]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the office-holder tells of the arrest, the pronoun is someone else taken: no title
        # before a pronoun in the sentence, no name after the title
        ("Police said a young man was arrested near the market on Tuesday.", "en"),
        ("La Policía informó que un joven fue detenido el martes cerca del mercado.", "es"),
    ],
)
def test_no_office_holder_no_government_taken(mentions, text: str, language: str) -> None:
    arrests = _arrests(mentions, text, language)
    assert all(
        m.actor2 is None or not m.actor2.name.startswith("Government of") for m in arrests
    ), [(m.actor1, m.actor2) for m in arrests]


def test_governor_who_arrests_is_not_arrested(mentions) -> None:
    # the governor orders; the arrested are named after the arrest word
    arrests = _arrests(
        mentions,
        "Police arrested twelve protesters in Tarija on Tuesday, the governor said.",
        "en",
    )
    assert arrests
    assert all(
        m.actor2 is None or not m.actor2.name.startswith("Government of") for m in arrests
    ), [(m.actor1, m.actor2) for m in arrests]


def test_a_label_with_a_colon_is_no_source(mentions) -> None:
    # "Confirmado:" heads a live update; the governor after it is what is told, not its teller
    arrests = _arrests(
        mentions,
        "Jueves 16, 09:10 – Confirmado: el gobernador Ramiro Soto fue aprehendido por la "
        "Policía en su casa de Tarija.",
        "es",
    )
    assert arrests
    assert arrests[0].factuality == "asserted"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los mototaxistas de Juliaca anunciaron un paro de 48 horas para el lunes.", "es"),
        ("Los docentes de Tacna anunciaron una marcha hacia la UGEL para el martes.", "es"),
        ("The teachers of Tacna announced a march to the education office for Tuesday.", "en"),
        ("Mototaxi drivers in Juliaca announced a 48-hour strike starting on Monday.", "en"),
    ],
)
def test_trades_that_call_protests_are_known_claimants(
    resources: Resources, text: str, language: str
) -> None:
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 5, 16))
    claims = list(extract(doc, resources).claims)
    assert claims
    assert claims[0].claimant == "Civilians (Peru)"


_GOVERNOR_STORY = (
    "TARIJA, Bolivia — Police arrested the governor of Tarija, Ramiro Soto, on Tuesday "
    "outside his office. {second}"
)


@pytest.mark.parametrize(
    ("second", "language"),
    [
        ("Soto, a veteran opposition figure, was detained on corruption charges.", "en"),
        ("The government said the arrest was lawful and denied any persecution.", "en"),
        ("Soto is detained in La Paz while prosecutors build their case.", "en"),
    ],
)
def test_the_storys_arrested_office_holder_is_taken_again(mentions, second, language) -> None:
    arrests = _arrests(mentions, _GOVERNOR_STORY.format(second=second), language)
    assert len(arrests) >= 2
    assert all(
        m.actor2 is not None and m.actor2.name == "Government of Bolivia" for m in arrests
    ), [(m.trigger.text, m.actor2) for m in arrests]


@pytest.mark.parametrize(
    "second",
    [
        # several people arrested, or people the sentence names, are not the governor
        "Police later arrested three suspects in the burning of a bus.",
        "Later, a man was arrested near the bridge.",
        "Two students were arrested during the march that followed.",
    ],
)
def test_other_arrests_in_the_story_keep_their_own(mentions, second) -> None:
    text = _GOVERNOR_STORY.format(second=second)
    events = mentions(text, "en", published=dt.date(2024, 5, 16))
    later = [m for m in events if m.trigger.span[0] > text.index(second)]
    assert later
    assert all(m.actor2 is None or m.actor2.name != "Government of Bolivia" for m in later), [
        (m.trigger.text, m.actor2) for m in later
    ]


def test_a_pronoun_arrest_with_no_office_holder_taken_stays_empty(mentions) -> None:
    # no arrest in the story took an office-holder: nothing to carry over
    arrests = _arrests(
        mentions,
        "A street vendor said he was arrested by police near the market on Tuesday.",
        "en",
    )
    assert all(m.actor2 is None or not m.actor2.name.startswith("Government of") for m in arrests)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "FARC dissidents fired explosives at a police station in Suárez, Cauca, on Sunday, "
            "wounding two officers.",
            "en",
            "FARC Dissidents (Colombia)",
        ),
        (
            "The ELN set off a car bomb outside an army base in Arauca on Monday, killing two "
            "soldiers.",
            "en",
            "National Liberation Army (Colombia)",
        ),
        (
            "Las disidencias de las FARC atacaron con explosivos la estación de Policía de "
            "Suárez, en el Cauca, y dejaron dos agentes heridos.",
            "es",
            "FARC Dissidents (Colombia)",
        ),
        (
            "El ELN detonó un carro bomba frente a una base militar de Arauca y mató a dos "
            "soldados.",
            "es",
            "National Liberation Army (Colombia)",
        ),
    ],
)
def test_colombias_armed_groups_by_name(mentions, text: str, language: str, name: str) -> None:
    events = mentions(text, language, published=dt.date(2024, 5, 16))
    assert events
    assert any(m.actor1 is not None and m.actor1.name == name for m in events), [
        (m.sub_event_type, m.actor1, m.actor2) for m in events
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # political dissidents are no armed group, and no rebel of Peru either
        ("Police in Havana arrested two dissidents outside their homes on Sunday.", "en"),
        ("La policía de Managua detuvo a dos disidentes frente a sus casas el domingo.", "es"),
    ],
)
def test_political_dissidents_are_no_armed_group(mentions, text: str, language: str) -> None:
    events = mentions(text, language, published=dt.date(2024, 5, 16))
    for m in events:
        for actor in (m.actor1, m.actor2):
            assert actor is None or actor.type != "Rebel groups", (m.sub_event_type, actor)


@pytest.mark.parametrize(
    ("text", "language", "taken"),
    [
        # an indefinite article between the arrest and whom it took
        (
            "A judge ordered the arrest of a police major in March, but he has never been found.",
            "en",
            "Police Forces of Peru",
        ),
        (
            "La detención de un suboficial de la Policía el viernes en Cusco causó malestar.",
            "es",
            "Police Forces of Peru",
        ),
    ],
)
def test_an_arrest_of_an_officer_takes_the_force(mentions, text, language, taken) -> None:
    arrests = _arrests(mentions, text, language)
    assert arrests
    assert arrests[0].actor2 is not None and arrests[0].actor2.name == taken, [
        (m.actor1, m.actor2) for m in arrests
    ]


def test_an_arrest_of_a_man_takes_no_force(mentions) -> None:
    arrests = _arrests(mentions, "The arrest of a man on Friday in Cusco angered his family.", "en")
    assert all(m.actor2 is None or m.actor2.sector not in ("COP", "MIL") for m in arrests)
