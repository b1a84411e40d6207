"""Claims read by construction (extract-claims6): an action a future verb holds, leads or joins;
an action named as announced ("el anuncio de nuevas movilizaciones", "announced for
tomorrow"); the state's measures in reported speech; a condition that waits for a person to go
or for a release; generic claimants. Every sentence is written for these tests, each with a
near miss that must not fire. (The bare future of an action's own verb, "marcharán el jueves",
and, until claims8, a curfew or a deployment said to come were not read: the gold coded them as events
only, CHANGELOG.)"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _claims(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 5, 14))
    return list(extract(doc, resources).claims)


def _pairs(claims: list[Claim]) -> set[tuple[str, str]]:
    return {(c.kind, c.topic) for c in claims}


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a future verb that holds, leads or joins the action
        ("Relatives of the miners will hold a vigil outside the hospital tonight.", "en", "march"),
        ("The dock workers' union will join the general strike on Wednesday.", "en", "strike"),
        ("Bus drivers in Arequipa are set to strike from Monday.", "en", "strike"),
        ("Los vecinos de Chala realizarán una vigilia frente a la comisaría.", "es", "march"),
        ("Los mototaxistas de Juliaca se plegarán al paro regional.", "es", "strike"),
        ("La federación de docentes se sumará a la movilización del viernes.", "es", "march"),
        # an action named as announced
        ("Ante el anuncio de un paro indefinido, el alcalde suspendió las clases.", "es", "strike"),
        ("Shop owners closed early because of the rallies announced for tomorrow.", "en", "march"),
    ],
)
def test_an_action_told_as_coming_is_announced(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert ("announcement", want) in _pairs(_claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The dock workers' union will not join the general strike.", "en"),
        ("The vigil will start at seven in the evening.", "en"),
        ("Los mototaxistas no se plegarán al paro regional.", "es"),
        ("La vigilia se realizó frente a la comisaría.", "es"),
        ("Tras el anuncio del ministro, los comerciantes abrieron sus tiendas.", "es"),
    ],
)
def test_no_action_announced(resources: Resources, text: str, language: str) -> None:
    assert not any(c.kind == "announcement" for c in _claims(resources, text, language))


def test_an_announcement_noun_reaches_no_later_clause(resources: Resources) -> None:
    claims = _claims(
        resources,
        "Ante el anuncio de nuevas marchas, el Gobierno declaró el estado de emergencia.",
        "es",
    )
    assert _pairs(claims) == {("announcement", "march")}


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "The interior minister said the killings in Ilave would be investigated.",
            "en",
            "justice_for_victims",
        ),
        (
            "The cabinet chief says the government will open talks with the miners.",
            "en",
            "dialogue",
        ),
        ("The premier said the decree will be repealed next week.", "en", "other"),
        ("El ministro dijo que instalará una mesa de diálogo en Chumbivilcas.", "es", "dialogue"),
    ],
)
def test_a_measure_the_state_says_will_come_is_its_announcement(
    resources: Resources, text: str, language: str, want: str
) -> None:
    claims = [c for c in _claims(resources, text, language) if c.topic == want]
    assert claims and claims[0].kind == "announcement"
    assert claims[0].claimant == "Government of Peru"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # negated, a means, a protest leader's plan (a deployment said to come is announced
        # since claims8: tests/unit/extract/test_claims8_constructions.py)
        ("The interior minister said the decree would not be repealed.", "en"),
        ("The minister cited a report he said he would use to prosecute those responsible.", "en"),
        ("El ministro dijo que el diálogo fracasó en Chumbivilcas.", "es"),
    ],
)
def test_no_measure_announced(resources: Resources, text: str, language: str) -> None:
    assert not any(c.kind == "announcement" for c in _claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("The miners say the roadblocks will stay until Boluarte goes.", "en", "resignation"),
        (
            "The students will not leave the square until their leader is released.",
            "en",
            "release_of_prisoner",
        ),
        (
            "Relatives will keep the vigil until the army apologises for the killings.",
            "en",
            "justice_for_victims",
        ),
        ("Los comuneros seguirán en la vía hasta que renuncie el gobernador.", "es", "resignation"),
        ("El paro no se levantará mientras no se vaya la señora Boluarte.", "es", "resignation"),
    ],
)
def test_a_condition_asks_what_it_waits_for(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert ("demand", want) in _pairs(_claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The march went on until Police Chief Gomez arrived at the square.", "en"),
        ("The blockade lasted until Monday.", "en"),
        ("Los manifestantes esperaron hasta que salga el sol.", "es"),
    ],
)
def test_a_time_is_no_demand(resources: Resources, text: str, language: str) -> None:
    assert not any(c.topic == "resignation" for c in _claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language", "claimant"),
    [
        (
            "Los manifestantes exigen la renuncia del gobernador regional.",
            "es",
            "Protesters (Peru)",
        ),
        ("Protesters demanded the release of the detained students.", "en", "Protesters (Peru)"),
        ("The unions called for a national strike on Thursday.", "en", "Labour Group (Peru)"),
        ("Los gremios convocaron a un paro nacional para el jueves.", "es", "Labour Group (Peru)"),
    ],
)
def test_generic_claimants(resources: Resources, text: str, language: str, claimant: str) -> None:
    claims = _claims(resources, text, language)
    assert claims and claims[0].claimant == claimant


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los comuneros amenazaron con radicalizar la medida si no son atendidos.", "es"),
        ("The farmers' federation threatened to escalate.", "en"),
    ],
)
def test_a_threat_with_no_topic(resources: Resources, text: str, language: str) -> None:
    assert ("threat", "other") in _pairs(_claims(resources, text, language))
