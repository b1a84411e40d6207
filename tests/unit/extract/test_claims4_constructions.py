"""Claims read by construction (extract-claims4): a Spanish demand told before its verb and
speaker; a negated condition that still asks; an addressee after an adverb; the second action of
a call's list; an action "convocada para" a day to come; blockades kept as "cierres"; a harm that
may come is no threat. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _claims(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 5, 14))
    return list(extract(doc, resources).claims)


@pytest.mark.parametrize(
    ("text", "want", "never"),
    [
        (
            "Queremos elecciones ya y la liberación de los presos, reclamaron los dirigentes.",
            {"early_elections", "release_of_prisoner"},
            set(),
        ),
        (
            "«Que cierren el Congreso», coreaban los manifestantes frente a la plaza.",
            {"closure_of_congress"},
            set(),
        ),
        # an action told before the verb is what happened, not what is asked
        ("La marcha llegó hasta la plaza, reclamaron los dirigentes.", set(), {"march"}),
    ],
)
def test_claims_a_spanish_demand_told_before_its_verb(
    resources: Resources, text: str, want: set[str], never: set[str]
) -> None:
    got = _claims(resources, text, "es")
    topics = {c.topic for c in got}
    assert want <= topics
    assert not never & topics
    assert all(c.claimant is not None for c in got if c.topic in want)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Los mineros volverán a bloquear el puente el lunes si no liberan a sus compañeros.",
            True,
        ),
        # a negation outside a condition refuses
        ("Los dirigentes dijeron que no liberan a nadie sin orden judicial.", False),
    ],
)
def test_claims_a_negated_condition_still_asks(
    resources: Resources, text: str, asked: bool
) -> None:
    got = {c.topic for c in _claims(resources, text, "es")}
    assert ("release_of_prisoner" in got) is asked


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El defensor exhorta a la Policía a no usar perdigones. Exhorta asimismo a los "
            "manifestantes a dejar pasar a las ambulancias.",
            "es",
        ),
        ("The ombudsman also urged again the protesters to let ambulances through.", "en"),
    ],
)
def test_claims_an_addressee_after_an_adverb_is_urged(
    resources: Resources, text: str, language: str
) -> None:
    got = _claims(resources, text, language)
    assert any("manifestantes" in c.text or "protesters" in c.text for c in got)


@pytest.mark.parametrize(
    ("text", "language", "topics"),
    [
        (
            "El Frente convoca a los comerciantes, mototaxistas y gremios de la provincia a un "
            "paro de 24 horas el martes 21, desde las 05:00 horas, y a una marcha hacia la "
            "prefectura a las 09:00 horas.",
            "es",
            {"strike", "march"},
        ),
        (
            "The federation calls on dockers, drivers and warehouse staff across the three ports "
            "to a 24-hour strike on Tuesday, starting at 05:00, and to a march on the port "
            "authority at 09:00.",
            "en",
            {"strike", "march"},
        ),
    ],
)
def test_claims_the_second_action_of_a_call_s_list(
    resources: Resources, text: str, language: str, topics: set[str]
) -> None:
    got = {(c.kind, c.topic) for c in _claims(resources, text, language)}
    assert {("call_to_action", t) for t in topics} <= got


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("Los colectivos llegaron para la «marcha de las antorchas», convocada para hoy.", True),
        ("Se espera a miles en el paro regional convocado para el próximo lunes.", True),
        # no day to come: no call told by the participle
        ("La marcha, convocada en redes sociales, recorrió el centro.", False),
    ],
)
def test_claims_an_action_called_for_a_day_to_come(
    resources: Resources, text: str, called: bool
) -> None:
    got = {c.kind for c in _claims(resources, text, "es")}
    assert ("call_to_action" in got) is called


@pytest.mark.parametrize(
    ("text", "blockade"),
    [
        ("Los docentes anunciaron que mantendrán los cierres de calles en Colón.", True),
        # an authority that closes streets blocks nothing
        ("El alcalde anunció el cierre de calles por la procesión del domingo.", False),
    ],
)
def test_claims_blockades_kept_as_closures(resources: Resources, text: str, blockade: bool) -> None:
    got = {c.topic for c in _claims(resources, text, "es")}
    assert ("blockade" in got) is blockade


@pytest.mark.parametrize(
    ("text", "language", "threat"),
    [
        (
            "Los transportistas dicen que los bloqueos amenazan con pérdidas millonarias si "
            "duran otra semana.",
            "es",
            False,
        ),
        ("The blockades threaten severe shortages of fuel in the south.", "en", False),
        # a threat of an act by someone is still one
        ("Los comuneros amenazaron con tomar la planta de agua.", "es", True),
        ("The union threatened to occupy the plant.", "en", True),
    ],
)
def test_claims_a_harm_that_may_come_is_no_threat(
    resources: Resources, text: str, language: str, threat: bool
) -> None:
    got = {c.kind for c in _claims(resources, text, language)}
    assert ("threat" in got) is threat
