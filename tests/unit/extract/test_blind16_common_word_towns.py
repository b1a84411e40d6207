"""A common word that is also a big town abroad is no place without a cue (blind16).

"TACNA (Breves).–": the section tag of a regional daily, a Spanish plural ("breves"), is also
Breves, a town of Pará in Brazil; read as a place it gave a Peruvian strike call Brazil's
protesters and the state of Pará. Such names are stoplisted with the cue policy
(``stop.latam.cue`` in gazetteer/data/stoplist.yaml): a place after "en", "in" or before its
own state.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

AUG = dt.date(2025, 8, 4)


def _event(mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str) -> Mention:
    found = mentions(text, lang, AUG)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    return hits[0]


NO_BRAZIL = [
    (
        "TACNA (Breves).– La Federación de Mototaxistas de Tacna convocó a un paro de 24 horas "
        "para el martes 12 de agosto contra el nuevo reglamento municipal.",
        "paro",
        "es",
    ),
    (
        "PIURA (Breves).- Pescadores artesanales de Paita bloquearon el lunes el acceso al "
        "muelle en protesta por la veda.",
        "bloquearon",
        "es",
    ),
    (
        "Breves de la región: mototaxistas bloquearon el lunes el óvalo principal contra el "
        "alza de las multas.",
        "bloquearon",
        "es",
    ),
    (
        "Balsas de pescadores bloquearon el lunes la bahía de Chimbote en protesta por la veda.",
        "bloquearon",
        "es",
    ),
    (
        "Colina arriba, los comuneros marcharon hasta la mina para exigir el pago de las regalías.",
        "marcharon",
        "es",
    ),
    (
        "Breves tailbacks formed on Monday as truckers blocked the Pan-American Highway "
        "south of Lima.",
        "blocked",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "lang"), NO_BRAZIL)
def test_common_word_is_no_town_abroad(mentions, text, trigger, lang):
    m = _event(mentions, text, trigger, lang)
    assert m.location is None or m.location.iso == "PE", m.location
    assert m.actor1 is None or "Brazil" not in m.actor1.name and "Chile" not in m.actor1.name


CUED = [
    ("Trabajadores madereros bloquearon el lunes el puerto en Breves, Pará.", "bloquearon", "BR"),
    (
        "Vecinos de Colina, al norte de Santiago, marcharon el lunes contra el relleno "
        "sanitario en la comuna de Colina.",
        "marcharon",
        "CL",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "iso"), CUED)
def test_with_a_cue_the_town_abroad_stays(mentions, text, trigger, iso):
    m = _event(mentions, text, trigger, "es")
    assert m.location is not None and m.location.iso == iso, m.location
