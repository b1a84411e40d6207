"""Sixteenth session (extract-missed2): strategic developments a report tells in words the
lexicons lacked.

- A resignation told in a headline's present ("Interior minister resigns"), announced,
  tendered or offered, ministers who quit, "la renuncia de" someone as a fact; a resignation
  demanded stays a claim, and "quit smoking" is none.
- Soldiers who patrolled or were sent onto the streets are a deployment; a patrol (the noun)
  and the scene a "with" sets ("with soldiers patrolling the streets") are not.
- An agreement told as reached ("The agreement, reached after talks, ..."), "el acuerdo de
  pacificación"; lethal weapons whose use is denied are a negated use of force.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


def _events(resources, text, language):
    doc = Document(id="t", text=text, language=language, published=dt.date(2025, 3, 20))
    return extract(doc, resources).events


def _modes(resources, text, language):
    return [(m.mode, m.factuality) for m in _events(resources, text, language)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Interior minister resigns as protests spread"),
        ("en", "The prime minister announced his resignation on Tuesday evening."),
        ("en", "Two ministers quit on Monday, citing the deaths in the capital."),
        ("en", "The governor tendered her resignation after the massacre."),
        ("en", "The defence minister quit as the crisis deepened."),
        ("es", "La crisis terminó con la renuncia del presidente del Consejo de Ministros."),
        ("es", "Tras la renuncia de la ministra, el Gobierno convocó al diálogo."),
        ("es", "El gobernador presentó la renuncia ante el Consejo Regional."),
    ],
)
def test_a_resignation_told_is_an_event(resources, lang, text):
    told = [f for mode, f in _modes(resources, text, lang) if mode == "resignation"]
    assert told and set(told) <= {"asserted", "reported"}, told


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Protesters demanded that the interior minister resign."),
        ("en", "The union leader quit smoking years ago."),
        ("es", "Los manifestantes exigieron la renuncia del ministro del Interior."),
        ("es", "Marcharon con carteles que pedían la renuncia de la presidenta."),
    ],
)
def test_a_resignation_asked_for_or_another_quitting_is_none(resources, lang, text):
    told = [f for mode, f in _modes(resources, text, lang) if mode == "resignation"]
    assert not {"asserted", "reported"} & set(told), told


def test_a_resignation_ruled_out_is_negated(resources):
    modes = _modes(resources, "The president ruled out resigning.", "en")
    assert modes == [("resignation", "negated")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The army patrolled the empty streets of the capital on Thursday."),
        ("en", "Soldiers in armoured trucks are patrolling the coastal road."),
        ("en", "The president sent troops onto the streets on Friday night."),
        ("es", "Los militares salieron a patrullar las calles de Arequipa el sábado."),
        ("es", "Soldados del Ejército patrullan desde el jueves el centro de Cali."),
        ("es", "El pueblo minero amaneció bajo custodia militar."),
    ],
)
def test_soldiers_patrolling_or_sent_out_are_a_deployment(resources, lang, text):
    assert "deployment" in [mode for mode, _ in _modes(resources, text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A three-day curfew began on Monday night, with soldiers and police patrolling the "
            "empty streets of the town.",
        ),
        ("en", "A police patrol stopped two cars near the market."),
        ("en", "Police patrolled the fairground during the festival."),
        ("es", "Una patrulla policial detuvo a dos conductores cerca del mercado."),
        ("es", "Rige el toque de queda, con militares patrullando las calles."),
    ],
)
def test_a_patrol_or_a_scene_is_no_deployment(resources, lang, text):
    assert "deployment" not in [mode for mode, _ in _modes(resources, text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The agreement, reached in talks mediated by the church, was signed on Sunday."),
        ("en", "The government and the unions struck a deal late on Friday."),
        (
            "es",
            "El acuerdo de pacificación firmado el domingo con las federaciones rige desde hoy.",
        ),
    ],
)
def test_an_agreement_told_as_reached_is_an_agreement(resources, lang, text):
    assert "agreement" in [mode for mode, _ in _modes(resources, text, lang)]


def test_lethal_weapons_denied_are_a_negated_use_of_force(resources):
    events = _events(
        resources,
        "The ministry denied that officers had used lethal weapons against the marchers.",
        "en",
    )
    assert [(m.sub_event_type, m.factuality) for m in events] == [
        ("Excessive force against protesters", "negated")
    ]


@pytest.mark.parametrize(
    ("text", "factuality"),
    [
        ("Two ministers are reported to be preparing their resignations.", "possible"),
        ("The finance minister is preparing his resignation, aides said.", None),
    ],
)
def test_a_resignation_being_prepared(resources, text, factuality):
    told = [f for mode, f in _modes(resources, text, "en") if mode == "resignation"]
    assert told, told
    if factuality is not None:
        assert told == [factuality]


def test_reported_to_have_hedges_like_said_to_have(resources):
    modes = _modes(resources, "The governor is reported to have resigned on Sunday.", "en")
    assert modes == [("resignation", "possible")]
