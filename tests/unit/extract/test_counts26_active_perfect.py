"""Twenty-sixth session (counts3): the active perfect of a killing verb in a relative clause tells
what its noun has done over time: "the gangs that have killed dozens of drivers", "las bandas que
han asesinado a decenas de choferes" is a running tally, never the figure of the strike or march
told in the same sentence. With no relative, a town and no period ("Police have killed two
protesters in Juliaca", "la Policía ha matado a dos manifestantes en Juliaca") the perfect tells
that town's incident, as its passive does; the simple past keeps the incident's figure too."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document

_EN_SUBJECTS = ["the extortion gangs that", "criminal groups, which", "security forces, who"]
_EN_VERBS = ["have killed", "has killed"]
_EN_FIGURES = [("dozens of", 12), ("at least 40", 40), ("nine", 9)]
_EN_VICTIMS = ["transport workers", "bus drivers", "people"]

_ES_SUBJECTS = ["las bandas de extorsionadores que", "los grupos criminales, que"]
_ES_VERBS = ["han asesinado a", "han matado a", "ha matado a"]
_ES_FIGURES = [("decenas de", 10), ("al menos 40", 40), ("nueve", 9)]
_ES_VICTIMS = ["transportistas", "choferes", "personas"]


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 10, 10))
    return extract(doc, resources)


def _killed(x) -> list[int]:
    return [c.value for e in x.events if (c := e.count("killed")) is not None]


def _en_cases():
    for subject, verb, (figure, value), victims in itertools.product(
        _EN_SUBJECTS, _EN_VERBS, _EN_FIGURES, _EN_VICTIMS
    ):
        if verb == "has killed" and subject.endswith("who"):
            continue
        text = (
            "Thousands of bus drivers in Lima stayed off the roads on Thursday in a strike "
            f"against {subject} {verb} {figure} {victims}."
        )
        yield pytest.param(text, "en", value, id=f"en-{subject[:12]}-{verb}-{value}-{victims}")


def _es_cases():
    for subject, verb, (figure, value), victims in itertools.product(
        _ES_SUBJECTS, _ES_VERBS, _ES_FIGURES, _ES_VICTIMS
    ):
        text = (
            "Miles de choferes de Lima acataron el jueves un paro contra "
            f"{subject} {verb} {figure} {victims}."
        )
        yield pytest.param(text, "es", value, id=f"es-{subject[:12]}-{verb}-{value}-{victims}")


@pytest.mark.parametrize(("text", "language", "value"), [*_en_cases(), *_es_cases()])
def test_active_perfect_is_a_tally(resources: Resources, text: str, language: str, value: int):
    x = _run(resources, text, language)
    assert _killed(x) == []
    assert ("killed", value) in [(t.what, t.value) for t in x.tallies]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Police killed two protesters in Juliaca on Monday, witnesses said.", "en", 2),
        ("Soldiers killed 10 people near the airport on Thursday.", "en", 10),
        ("Police have killed two protesters in Juliaca on Monday.", "en", 2),
        ("La Policía mató a dos manifestantes en Juliaca el lunes.", "es", 2),
        ("La Policía ha matado a dos manifestantes en Juliaca este lunes.", "es", 2),
        ("Los militares han asesinado a cinco comuneros en Ilave.", "es", 5),
        ("Los soldados mataron a diez personas cerca del aeropuerto el jueves.", "es", 10),
    ],
)
def test_simple_past_keeps_the_incident(resources: Resources, text: str, language: str, value: int):
    x = _run(resources, text, language)
    assert _killed(x) == [value]
    assert not x.tallies
