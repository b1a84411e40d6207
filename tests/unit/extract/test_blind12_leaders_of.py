"""Eighteenth session (extract-blind12): a protest noun that names who lead, call or speak for a
protest ("los líderes de los bloqueos", "the strike's organisers") names those people, not an
event; the protest verb of a sentence, a protest named after a place ("los dirigentes de Puno
marcharon") and an arrest of leaders keep theirs."""

from __future__ import annotations

import pytest


def _protests(mentions, text, language):
    return [
        m.trigger.text for m in mentions(text, language) if m.event_type in ("Protests", "Riots")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El mandatario pidió a la Fiscalía procesar a los líderes de los bloqueos.", "es"),
        ("Los convocantes de la marcha se reunieron anoche con el ministro del Interior.", "es"),
        ("Los voceros de la movilización denunciaron amenazas de muerte.", "es"),
        ("Una comisión recibirá hoy a los dirigentes de la huelga en Palacio.", "es"),
        ("The strike's organisers met the labour minister on Monday.", "en"),
        ("The president urged prosecutors to charge the ringleaders of the blockades.", "en"),
        ("Spokesmen of the protests said they had received death threats.", "en"),
    ],
)
def test_leaders_named_by_a_protest_are_no_protest(mentions, text, language):
    assert _protests(mentions, text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # near misses: the protest is told, by a verb or by a place's leaders
        ("Los dirigentes de Puno marcharon hasta la plaza de Armas.", "es", "marcharon"),
        ("The leaders of the union marched to the square on Monday.", "en", "marched"),
        ("Los líderes del gremio anunciaron un paro para el jueves.", "es", "paro"),
    ],
)
def test_protests_told_beside_leaders_stay(mentions, text, language, word):
    assert word in _protests(mentions, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La policía detuvo a tres dirigentes de las protestas en Juliaca.", "es"),
        ("Police arrested two leaders of the blockades on Tuesday.", "en"),
    ],
)
def test_arrested_leaders_stay_protesters(mentions, text, language):
    events = mentions(text, language)
    assert [m.actor2.name if m.actor2 else None for m in events] == ["Protesters (Peru)"]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # a protest against another protest: the second is its target, told elsewhere
        (
            "En Quetzaltenango, comerciantes del mercado salieron a protestar contra los "
            "bloqueos por las pérdidas.",
            "es",
            ["salieron a protestar"],
        ),
        ("Vecinos de Ate marcharon en contra del paro de transportistas.", "es", ["marcharon"]),
        ("Shop owners rallied against the blockades on Monday.", "en", ["rallied"]),
        (
            "Residents marched against the strike called by the transport unions.",
            "en",
            ["marched"],
        ),
        # near miss: two protests of one subject, joined by "y"
        (
            "Los transportistas marcharon contra el alza del combustible y bloquearon la vía.",
            "es",
            ["marcharon", "bloquearon"],
        ),
    ],
)
def test_a_protest_against_a_protest_is_one(mentions, text, language, words):
    assert _protests(mentions, text, language) == words
