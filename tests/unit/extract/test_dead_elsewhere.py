"""A death told in a town of its own beside a demonstration in another town (twenty-sixth
session, dead-elsewhere).

"Protester killed in Arequipa as thousands march in Lima", "Un muerto en Juliaca mientras miles
marchan en Lima", "Muere manifestante en Ayacucho; en Lima, miles marchan": the death, set
apart by a semicolon or a word of the same time ("as", "while", "mientras"), is an incident of
its own at its town; the demonstration is a peaceful protest at the other town, with no dead.
The same town in both parts, or a death told as the march's ("during protests"), stays one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

_TOWNS = [("Arequipa", "Lima"), ("Juliaca", "Cusco"), ("Ayacucho", "Puno")]

#: headlines in the present, leads in the past, each with its death words
_EN = [
    *(
        (t, w)
        for t in (
            "Protester {killed} in {a} as thousands march in {b}",
            "Thousands march in {b} as one protester {killed} in {a}",
        )
        for w in ("killed", "dies", "is killed")
    ),
    *(
        (t, w)
        for t in (
            "A demonstrator {killed} in {a} on Monday while hundreds marched in {b}.",
            "One protester {killed} in {a}; in {b}, thousands marched.",
            "Thousands marched in {b} on Monday as a protester {killed} in {a}.",
        )
        for w in ("was killed", "died")
    ),
]
_ES = [
    "Un {muerto} en {a} mientras miles marchan en {b}",
    "{Muere} manifestante en {a}; en {b}, miles marchan",
    "Un manifestante {murió} en {a} el lunes mientras miles marchaban en {b}.",
]
_ES_DEATH = [("muerto", "Muere", "murió"), ("fallecido", "Fallece", "falleció")]


def _split(found: list[Mention], dead: str, march: str) -> bool:
    """The dead at their own town, the march at the other with no dead."""
    at_dead = [m for m in found if m.location is not None and m.location.name == dead]
    at_march = [m for m in found if m.location is not None and m.location.name == march]
    return (
        any(m.killed is not None and m.killed.value == 1 for m in at_dead)
        and any(m.sub_event_type == "Peaceful protest" for m in at_march)
        and all(m.killed is None for m in at_march)
    )


@pytest.mark.parametrize(("template", "killed"), _EN)
@pytest.mark.parametrize(("a", "b"), _TOWNS)
def test_dead_elsewhere_en(
    mentions: Callable[..., list[Mention]], template: str, killed: str, a: str, b: str
) -> None:
    text = template.format(killed=killed, a=a, b=b)
    assert _split(mentions(text, "en", dt.date(2023, 1, 20)), a, b)


@pytest.mark.parametrize("template", _ES)
@pytest.mark.parametrize("words", _ES_DEATH)
@pytest.mark.parametrize(("a", "b"), _TOWNS)
def test_dead_elsewhere_es(
    mentions: Callable[..., list[Mention]],
    template: str,
    words: tuple[str, str, str],
    a: str,
    b: str,
) -> None:
    noun, verb, past = words
    text = template.format(muerto=noun, Muere=verb, murió=past, a=a, b=b)
    assert _split(mentions(text, "es", dt.date(2023, 1, 20)), a, b)


@pytest.mark.parametrize(
    ("template", "language"),
    [
        # one town: the death is the march's
        ("Protester killed in {a} as thousands march in {a}", "en"),
        ("Un muerto en {a} mientras miles marchan en {a}", "es"),
        # a comma joins the dead to the demonstration they died at
        ("Two protesters were killed in {a}, during protests on the road to {b}.", "en"),
    ],
)
@pytest.mark.parametrize(("a", "b"), _TOWNS)
def test_dead_elsewhere_not_apart(
    mentions: Callable[..., list[Mention]], template: str, language: str, a: str, b: str
) -> None:
    found = mentions(template.format(a=a, b=b), language, dt.date(2023, 1, 20))
    assert not any(m.sub_event_type == "Peaceful protest" for m in found)
