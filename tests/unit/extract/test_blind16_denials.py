"""Denials that came out asserted or reported (blind16).

* a rejected account tied to its clause by "según la cual" or "that", in the first person or the
  present ("Rechazamos la versión policial según la cual ..."), the rejecting verb being no event
  of its own (``pipeline._affirmed``);
* "no participaron en los enfrentamientos": a denial of taking part, bound to its object
  (``negated.account`` and ``negated.partake`` cue entries, ``factuality._bound_denial``).
Near misses: the same words before another clause ("... y bloquearon la avenida"), a relative
clause of those who did not take part, a plain account.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 8, 6)


def _fact(mentions, text: str, trigger: str, lang: str) -> str:
    found = mentions(text, lang, PUBLISHED)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    return hits[0].factuality


DENIED = [
    (
        "Rechazamos la versión policial según la cual los comuneros atacaron a los agentes.",
        "atacaron",
        "es",
    ),
    (
        "Los dirigentes rechazaron la versión según la cual los mineros quemaron la garita.",
        "quemaron",
        "es",
    ),
    (
        "La Policía rechazó la versión de que los comuneros atacaron a los agentes.",
        "atacaron",
        "es",
    ),
    (
        "El abogado afirmó que su cliente no participó en los saqueos de la avenida Grau.",
        "saqueos",
        "es",
    ),
    (
        "Los dirigentes aseguraron que los comuneros no participaron en los disturbios.",
        "disturbios",
        "es",
    ),
    (
        "We reject the police account that the miners attacked officers with stones.",
        "attacked",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "lang"), DENIED)
def test_denial_is_negated(mentions, text, trigger, lang):
    assert _fact(mentions, text, trigger, lang) == "negated"


NOT_DENIED = [
    (
        "Los estudiantes rechazaron la versión oficial y bloquearon la avenida principal.",
        "bloquearon",
        "es",
        "asserted",
    ),
    (
        "Los gremios que no participaron en el paro anterior marcharon el lunes hasta la plaza de Armas.",
        "marcharon",
        "es",
        "asserted",
    ),
    (
        "Los dirigentes aseguraron que los comuneros participaron en la marcha del lunes.",
        "marcha",
        "es",
        "reported",
    ),
    (
        "La Policía informó que los manifestantes atacaron a los agentes con piedras.",
        "atacaron",
        "es",
        "reported",
    ),
    ("Police said protesters attacked officers with stones.", "attacked", "en", "reported"),
]


@pytest.mark.parametrize(("text", "trigger", "lang", "fact"), NOT_DENIED)
def test_near_misses_are_not_negated(mentions, text, trigger, lang, fact):
    assert _fact(mentions, text, trigger, lang) == fact
