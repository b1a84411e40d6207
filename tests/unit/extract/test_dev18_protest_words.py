"""Peaceful protests told in words the lexicons did not know (fourteenth session, extract-dev18):
a crowd besieging a plant blockades it, crowds gathering and people gathering in a square rally,
a community holding a public wake keeps a vigil, students entrenched in a campus occupy it, shops
kept shut are a strike. Each word keeps out of its other senses: the forces besieging a place,
"cerca de", a private wake, "velar por", leaders meeting in a square, the month of March, the
"marcha" of a process, a cardiac arrest, markets that rally."""

from __future__ import annotations

import pytest


def _modes(mentions, text, language):
    return [(m.sub_event_type, m.mode) for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        (
            "Protesters had besieged the Senkata plant of the state oil firm for days.",
            "en",
            "blockade",
        ),
        ("Amenazan con cercar la ciudad de Cochabamba desde el lunes.", "es", "blockade"),
        ("Los comuneros cercaban la planta de gas desde hacía una semana.", "es", "blockade"),
        ("By evening crowds had gathered in at least 40 towns.", "en", "rally"),
        (
            "La tarde del sábado, cientos de personas se reunieron nuevamente en Plaza Italia.",
            "es",
            "rally",
        ),
        (
            "Cientos de comuneros velaron ayer, en la plaza de Armas de Izcuchaca, los restos del "
            "dirigente.",
            "es",
            "vigil",
        ),
        ("Cientos de estudiantes siguen atrincherados en el campus.", "es", "occupation"),
        ("Hundreds of students remain barricaded inside the campus.", "en", "occupation"),
        ("Shopkeepers in Ilave kept their shops closed on Monday.", "en", "strike"),
        (
            "Los comerciantes del mercado central anunciaron que mantendrán sus puestos cerrados.",
            "es",
            "strike",
        ),
    ],
)
def test_new_protest_words_name_a_peaceful_protest(mentions, text, language, mode):
    assert ("Peaceful protest", mode) in _modes(mentions, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the forces besieging or cordoning a place hold it: no demonstration
        ("Police besieged the building where the suspects were hiding.", "en"),
        ("La policía cercó el perímetro del Palacio Legislativo.", "es"),
        # "cerca" and "cerco" are other words
        ("El hospital queda cerca de la plaza y el cerco perimétrico fue reparado.", "es"),
        # a family's private wake and "velar por" (to watch over) are no vigil
        ("Sus familiares lo velaron anoche en el local de la Federación.", "es"),
        ("Las autoridades velaron por la seguridad de los turistas.", "es"),
        # leaders meeting are no rally
        ("Los dirigentes se reunieron en la plaza de Armas con el prefecto.", "es"),
        ("Veinte dirigentes se reunieron con el ministro en Palacio.", "es"),
        # jobs kept are no shops kept shut
        ("Los trabajadores mantendrán sus puestos de trabajo.", "es"),
        # other senses of march, marcha, paro, arrest and rally
        ("The new rules take effect in March, the ministry said.", "en"),
        ("El Gobierno anunció la puesta en marcha del plan de vivienda.", "es"),
        ("La marcha de la economía preocupa al ministro.", "es"),
        ("La marcha del proceso electoral fue criticada por los observadores.", "es"),
        ("El Congreso dio marcha atrás con la reforma.", "es"),
        ("El exalcalde murió de un paro cardíaco el lunes en Lima.", "es"),
        ("The former mayor died of cardiac arrest on Monday.", "en"),
        ("Copper prices rallied on Tuesday after the central bank cut rates.", "en"),
        ("Stocks staged a rally in Lima on Monday.", "en"),
    ],
)
def test_other_senses_make_no_event(mentions, text, language):
    assert _modes(mentions, text, language) == []
