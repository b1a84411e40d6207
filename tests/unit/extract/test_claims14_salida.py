"""Claims14: "la salida del premier", "del ministro", "del gobernador" asked is a demand for
their resignation, as "la salida de Otárola" is. Near miss: "la salida del país" is no one's
resignation. Sentences built from templates; written for these tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _extract(resources: Resources, text: str) -> list[Claim]:
    doc = Document(id="t", text=text, language="es", published=dt.date(2023, 1, 18))
    return list(extract(doc, resources).claims)


_ASKERS = ["Perú Libre pide", "Los gremios exigieron", "Los manifestantes reclaman"]
_OFFICES = [
    "del premier",
    "del ministro del Interior",
    "del gobernador regional",
    "del jefe de la región policial",
    "del prefecto",
]


@pytest.mark.parametrize(
    "text", [f"{who} la salida {whom}." for who, whom in itertools.product(_ASKERS, _OFFICES)]
)
def test_claims14_office_holder_out_is_a_resignation(resources: Resources, text: str) -> None:
    assert [(c.kind, c.topic) for c in _extract(resources, text)] == [("demand", "resignation")], (
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        f"{who} la salida del {what}."
        for who, what in itertools.product(_ASKERS, ["país de los observadores", "sol"])
    ],
)
def test_claims14_way_out_is_no_resignation(resources: Resources, text: str) -> None:
    assert "resignation" not in [c.topic for c in _extract(resources, text)], text
