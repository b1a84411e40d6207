"""Sixteenth session (extract-dev23): in a sentence where the forces deny using force, shots or
weapons named by a noun with no dead or wounded of their own ("atribuyó los disparos a
infiltrados", "blamed the shots on armed protesters", "el origen del disparo") are the fire the
denial speaks of: the denial is the sentence's only event. A verb that tells fire, and shots
named where nothing is denied, stay incidents."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2021, 5, 4)


def _told(mentions, text, language):
    return [(m.trigger.text, m.factuality) for m in mentions(text, language, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Miles de manifestantes marcharon el viernes en Sacaba. El Gobierno sostuvo que los "
            "policías no usaron armas letales y atribuyó los disparos a los propios marchistas.",
            "es",
        ),
        (
            "Miles de manifestantes marcharon el viernes en Cali. La Policía negó que sus "
            "efectivos portaran armas de fuego durante el operativo y afirmó que la fiscalía "
            "deberá determinar el origen del disparo.",
            "es",
        ),
        (
            "Thousands marched in Cali on Friday. Police said officers had responded to attacks "
            "with firearms and denied having fired on the crowd.",
            "en",
        ),
    ],
)
def test_fire_named_beside_a_denial_is_the_denied_fire(mentions, text, language):
    # the march of the first sentence, then only the denial
    told = _told(mentions, text, language)[1:]
    assert told and all(fact == "negated" for _, fact in told), told


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a verb tells fire of its own, past the denial
        (
            "El comandante negó que sus efectivos dispararan contra la marcha, pero los agentes "
            "dispararon contra la multitud en la plaza.",
            "es",
        ),
        # nothing denied: the shots are the incident
        ("Los disparos de la policía hirieron a tres manifestantes en la plaza.", "es"),
    ],
)
def test_fire_told_or_not_denied_stays(mentions, text, language):
    told = _told(mentions, text, language)
    assert any(fact in ("asserted", "reported") for _, fact in told), told
