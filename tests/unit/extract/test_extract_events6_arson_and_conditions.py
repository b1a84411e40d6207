"""Passive arson, the forces' premises and conditions of the weather (extract-events6).

A building burned in a passive clause of its own ("y la comisaría fue incendiada", "and the
town's police station was set on fire") is a second incident beside the clash told before it;
the police's premises burned are the police (actor2), never the actor who burned them; the
premises after a preposition of place are a place; an action announced under a condition of
the weather is a plan, under a condition set on the other side a threat.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document, Mention

Mentions = Callable[..., list[Mention]]

_MARCH_ES = "Miles de manifestantes marcharon el martes en Puno contra el Gobierno. "
_MARCH_EN = "Thousands of protesters marched in Puno on Tuesday against the government. "


def _name(actor: object) -> str | None:
    return getattr(actor, "name", None)


def _subs(mentions: Mentions, text: str, language: str) -> list[tuple[str, str]]:
    return [(m.sub_event_type, m.trigger.text) for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "burned"),
    [
        (
            _MARCH_ES + "Dos pobladores murieron baleados durante un enfrentamiento con la Policía"
            " y la comisaría de la ciudad fue incendiada.",
            "es",
            "incendiada",
        ),
        (
            _MARCH_ES + "Hubo enfrentamientos con la Policía en Ilave y el local del municipio"
            " fue quemado por la noche.",
            "es",
            "quemado",
        ),
        (
            _MARCH_EN + "Two people were shot dead during clashes with police, and the town's"
            " police station was set on fire.",
            "en",
            "set on fire",
        ),
        (
            _MARCH_EN + "Protesters clashed with riot police in Ilave and the town hall was"
            " torched overnight.",
            "en",
            "torched",
        ),
    ],
)
def test_building_burned_in_a_passive_clause_is_an_incident_of_its_own(
    mentions: Mentions, text: str, language: str, burned: str
) -> None:
    found = _subs(mentions, text, language)
    riots = [t for s, t in found if s == "Violent demonstration"]
    assert len(riots) == 2, found
    assert any(burned in t for t in riots), found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # damage after damage is one riot's
        (
            _MARCH_EN + "Shops and a pharmacy were looted in the city centre overnight, and the"
            " offices of the regional prosecutor were set on fire.",
            "en",
        ),
        (
            _MARCH_ES + "Varios comercios fueron saqueados durante la noche y la sede de la"
            " fiscalía fue incendiada.",
            "es",
        ),
        # a clause of the same subject, with no subject of its own, adds nothing
        (
            _MARCH_ES + "Los manifestantes se enfrentaron con la Policía y fueron dispersados"
            " con gases lacrimógenos.",
            "es",
        ),
    ],
)
def test_no_second_incident_without_a_passive_of_its_own(
    mentions: Mentions, text: str, language: str
) -> None:
    found = _subs(mentions, text, language)
    assert len([s for s, _ in found if s == "Violent demonstration"]) <= 1, found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En Juli, la comisaría fue incendiada por la noche.", "es"),
        ("Anoche se incendió el puesto policial de Juli.", "es"),
        ("A police station was set ablaze in Juliaca on Monday.", "en"),
        ("The police station in Juli was burned down overnight.", "en"),
    ],
)
def test_police_premises_burned_are_what_was_damaged(
    mentions: Mentions, text: str, language: str
) -> None:
    (m,) = mentions(text, language)
    assert _name(m.actor1) != "Police Forces of Peru", m
    assert _name(m.actor2) == "Police Forces of Peru", m


@pytest.mark.parametrize(
    "text",
    [
        _MARCH_ES + "En Juli, la comisaría fue incendiada por la noche.",
        _MARCH_ES + "Más tarde fue incendiada la comisaría de Macusani.",
        _MARCH_ES + "Un grupo de encapuchados atacó la comisaría de Juli con piedras.",
    ],
)
def test_police_premises_attacked_in_unrest_are_the_riots_other_side(
    mentions: Mentions, text: str
) -> None:
    riots = [m for m in mentions(text, "es") if m.sub_event_type == "Violent demonstration"]
    assert riots, _subs(mentions, text, "es")
    assert _name(riots[0].actor1) == "Rioters (Peru)"
    assert _name(riots[0].actor2) == "Police Forces of Peru"


@pytest.mark.parametrize(
    "text",
    [
        # the premises as a destination or a place: no force in the sentence
        "La Policía dispersó la marcha. Tres comuneros resultaron heridos y seis fueron detenidos"
        " y llevados a la comisaría de Guadalupe.",
        "La Policía dispersó la marcha. Dos jóvenes resultaron heridos cerca de la comisaría de"
        " Juli y otros cuatro fueron detenidos.",
    ],
)
def test_police_premises_as_a_place_are_no_force(mentions: Mentions, text: str) -> None:
    second = [m for m in mentions(text, "es") if m.sentence[0] > 20]
    assert second, _subs(mentions, text, "es")
    assert all(m.sub_event_type == "Protest with intervention" for m in second), [
        (m.sub_event_type, m.trigger.text) for m in second
    ]


def _claims(resources: Resources, text: str, language: str) -> set[tuple[str, str]]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 10))
    return {(c.kind, c.topic) for c in extract(doc, resources).claims}


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            "Si no llueve, marcharemos el jueves hasta la plaza de Armas, dijo el dirigente.",
            "es",
            "march",
        ),
        ("«Si el tiempo lo permite, marcharemos el sábado», dijo la vocera.", "es", "march"),
        ("If it does not rain, we will march on Thursday, the union leader said.", "en", "march"),
        (
            "If the weather permits, we will march to the square on Saturday, organisers said.",
            "en",
            "march",
        ),
    ],
)
def test_condition_of_the_weather_is_a_plan(
    resources: Resources, mentions: Mentions, text: str, language: str, topic: str
) -> None:
    events = mentions(text, language)
    assert events and all(m.factuality == "planned" for m in events), [
        (m.sub_event_type, m.factuality) for m in events
    ]
    assert ("threat", topic) not in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            "Si el Gobierno no renuncia, bloquearemos las carreteras, advirtió el dirigente.",
            "es",
            "blockade",
        ),
        (
            "Si no hay respuesta, volveremos a marchar el jueves, advirtieron los dirigentes.",
            "es",
            "march",
        ),
        (
            "If the government does not resign, we will block the roads, the union leader warned.",
            "en",
            "blockade",
        ),
        (
            "If there is no answer by Friday, we will march again, the leaders warned.",
            "en",
            "march",
        ),
    ],
)
def test_condition_set_on_the_other_side_is_a_threat(
    resources: Resources, mentions: Mentions, text: str, language: str, topic: str
) -> None:
    assert ("threat", topic) in _claims(resources, text, language)
    events = mentions(text, language)
    assert events and all(m.factuality == "possible" for m in events)


@pytest.mark.parametrize(
    "text",
    [
        "If the government does not resign we will block the roads, the union leader warned.",
        "If Congress does not vote today they will march on Thursday, organisers said.",
    ],
)
def test_main_clause_after_a_condition_without_a_comma_keeps_its_event(
    mentions: Mentions, text: str
) -> None:
    assert [m for m in mentions(text, "en") if m.sub_event_type == "Peaceful protest"]


def test_event_inside_a_condition_without_a_comma_is_still_none(mentions: Mentions) -> None:
    text = "The minister warned that if the blockades continue fuel could run short."
    assert not [m for m in mentions(text, "en") if m.sub_event_type == "Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Agentes municipales desalojaron a los ambulantes del jirón Gamarra.", "es"),
        ("La Policía desalojó a cientos de familias que ocupaban un terreno en Ate.", "es"),
        ("Police evicted dozens of street vendors from the market on Monday.", "en"),
        ("Riot police evicted squatters from a plot of land on the outskirts of Lima.", "en"),
    ],
)
def test_eviction_of_people_not_protesting_is_no_protest(
    mentions: Mentions, text: str, language: str
) -> None:
    found = mentions(text, language)
    assert not [m for m in found if m.event_type == "Protests"], _subs(mentions, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Policía desalojó a los manifestantes que bloqueaban la carretera.", "es"),
        ("La Policía desalojó con gases a los ambulantes que bloqueaban la avenida Grau.", "es"),
        ("Police cleared the road of protesters on Monday.", "en"),
        (
            "Street vendors blocked the avenue to protest against their eviction, and police"
            " dispersed them with tear gas.",
            "en",
        ),
    ],
)
def test_eviction_of_demonstrators_is_an_intervention(
    mentions: Mentions, text: str, language: str
) -> None:
    found = mentions(text, language)
    assert [m for m in found if m.sub_event_type == "Protest with intervention"], _subs(
        mentions, text, language
    )
