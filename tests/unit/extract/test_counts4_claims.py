"""Claims of the fifteenth session (extract-counts4): an action held out as possible and set on a
condition is a threat ("no descartan un paro ... si el Congreso no deroga la ley", "a third
strike is possible if the reform becomes law"); "threatening an indefinite strike"; a siege of a
city threatened is a blockade ("amenazan con cercar la ciudad")."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _claims(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 10, 9))
    return sorted((c.kind, c.topic) for c in extract(doc, resources).claims)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Los transportistas no descartan una huelga de 48 horas desde el lunes si el "
            "Ejecutivo no retira el decreto.",
            [("threat", "strike")],
        ),
        (
            "en",
            "The teachers' union said a national strike is possible if the pay deal is not "
            "honoured.",
            [("threat", "strike")],
        ),
        (
            "en",
            "Miners may block the highway again if the regional government does not pay.",
            [("threat", "blockade")],
        ),
        (
            "en",
            "Coca growers are threatening a national strike over the new law.",
            [("threat", "strike")],
        ),
        (
            "es",
            "Los comuneros amenazan con cercar la ciudad de Huancayo si no se anula la concesión.",
            [("threat", "blockade")],
        ),
    ],
)
def test_threats(resources: Resources, language: str, text: str, expected) -> None:
    assert _claims(resources, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a hedge with no condition: a possible event, no claim
        ("es", "Los transportistas no descartan una huelga de 48 horas desde el lunes."),
        # a past action and a counterfactual: no threat
        ("en", "Officials said the strike could have been avoided if the ministry had answered."),
        # an adjective, not a threat of an action
        (
            "en",
            "Residents said threatening messages were painted on the walls of the union office.",
        ),
    ],
)
def test_threat_near_misses(resources: Resources, language: str, text: str) -> None:
    assert [k for k, _ in _claims(resources, text, language) if k == "threat"] == []
