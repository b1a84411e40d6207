"""A town set off by commas after a person's name is the person's home, not the event's place
(blind16: ``places.person_apposed``, ``person_noun`` words in lexicons/{es,en}/places.yaml). A
union's note placed a miner wounded in Lima in his home town.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 7, 8)


def _town(mentions, text: str, trigger: str, lang: str) -> str | None:
    found = mentions(text, lang, PUBLISHED)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    loc = hits[-1].location
    return loc.name if loc is not None else None


CASES = [
    (
        "En Lima, la policía lanzó bombas lacrimógenas contra los manifestantes. El comunero "
        "Pedro Mamani Condori, de Ilave, resultó herido en la pierna y fue llevado al hospital.",
        "herido",
        "es",
        "Lima",
    ),
    (
        "En Lima, la policía lanzó bombas lacrimógenas contra los manifestantes. El estudiante "
        "Wilber Ccori Tito, de Sicuani, resultó herido en la pierna.",
        "herido",
        "es",
        "Lima",
    ),
    (
        "In Lima, police fired tear gas at the marchers. The farmer Wilber Ccori, from Sicuani, "
        "was wounded in the leg.",
        "wounded",
        "en",
        "Lima",
    ),
    # near misses: a place set off by commas after a place's name is where it lies
    (
        "La marcha llegó a la plaza San Martín, de Lima, donde la policía lanzó bombas "
        "lacrimógenas contra los manifestantes.",
        "bombas",
        "es",
        "Lima",
    ),
    (
        "Comuneros bloquearon el puente Ilave, de la provincia de El Collao, durante la mañana.",
        "bloquearon",
        "es",
        "Ilave",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "lang", "town"), CASES)
def test_person_hometown_is_no_event_place(mentions, text, trigger, lang, town):
    assert _town(mentions, text, trigger, lang) == town
