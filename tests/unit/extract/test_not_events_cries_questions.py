"""More of what is no event (``must_not``): a question left open, a short cry, the title of a
report on a kind of event, a police technique and an idiom named by event words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The army's statement does not say whether soldiers fired live rounds.", "en"),
        ("It is unclear whether police used tear gas in Juliaca on Monday.", "en"),
        ("The prosecutor has not established if the officers opened fire.", "en"),
        ("No se sabe si los agentes dispararon contra los manifestantes.", "es"),
        ("El comunicado no precisó si los militares usaron armas de fuego.", "es"),
        ("Se desconoce si la Policía detuvo a alguien en Juliaca.", "es"),
    ],
)
def test_question_left_open_is_no_event(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "sub"),
    [
        (
            "A reader asks whether the army has been deployed in Lima.",
            "en",
            "Other",
        ),
        (
            "Soldiers fired live rounds at protesters in Ayacucho on Thursday, whether or not "
            "they were ordered to.",
            "en",
            "Excessive force against protesters",
        ),
    ],
)
def test_question_asked_or_settled_keeps_its_event(mentions, text, language, sub):
    assert sub in [m.sub_event_type for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("¡Ni un muerto más!", "es"),
        ("¡Fuera la represión!", "es"),
        ("¡Basta de masacres en el sur!", "es"),
        ("No more killings!", "en"),
        ("Stop the repression now!", "en"),
    ],
)
def test_cry_is_no_event(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("¡Mataron a tres comuneros el lunes en el puente de Ilave, frente a la comisaría!", "es"),
        ("Police shot dead three protesters in Juliaca on Monday!", "en"),
    ],
)
def test_long_exclamation_keeps_its_event(mentions, text, language):
    assert mentions(text, language) != []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Reporte de protestas sociales n.º 37", "es"),
        ("Informe sobre bloqueos de carreteras, enero de 2023", "es"),
        ("Boletín de conflictos sociales n.º 227", "es"),
        ("A report on protests in the southern Andes", "en"),
        ("Blinding a protester is not crowd control; it is punishment.", "en"),
        ("The minister praised the crowd-control training of the new recruits.", "en"),
        ("Tour operators describe January as a perfect storm.", "en"),
        ("Los operadores turísticos hablan de una tormenta perfecta.", "es"),
        ("La Policía capacitó a 300 agentes en control de multitudes.", "es"),
    ],
)
def test_report_title_technique_or_idiom_is_no_event(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Según el informe de la Defensoría, la Policía dispersó la marcha el lunes en Puno.",
            "es",
        ),
        (
            "The report on the clashes said police fired tear gas at the crowd in Juliaca on Monday.",
            "en",
        ),
    ],
)
def test_report_with_an_article_keeps_its_event(mentions, text, language):
    assert mentions(text, language) != []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A bill to ban lead pellets in crowd control has been sitting in committee.", "en"),
        ("Lawmakers back a law banning tear gas at schools.", "en"),
        ("El Congreso debate un proyecto que prohíbe el uso de perdigones en las protestas.", "es"),
        ("Pellet shotguns are cheap, and a police force that is told so will use them.", "en"),
        ("Protests are common in the southern Andes.", "en"),
        ("Rubber bullets are lethal at close range.", "en"),
    ],
)
def test_what_is_banned_or_said_of_a_kind_is_no_event(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Protesters are angry after police fired tear gas in Puno on Monday.", "en"),
        ("Three protesters are dead in Juliaca after clashes with police.", "en"),
        ("The protests are peaceful, police said in Juliaca on Monday.", "en"),
        ("Police banned the march and fired tear gas at the crowd in Puno on Monday.", "en"),
    ],
)
def test_a_kind_word_beside_an_incident_keeps_the_incident(mentions, text, language):
    assert mentions(text, language) != []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La entidad criticó el decreto, que exime de responsabilidad penal a los militares que "
            "participen en operativos de control.",
            "es",
        ),
        (
            "They condemned a decree that exempts soldiers who take part in raids from prosecution.",
            "en",
        ),
    ],
)
def test_what_a_decree_exempts_is_no_event(mentions, text, language):
    assert mentions(text, language) == []
