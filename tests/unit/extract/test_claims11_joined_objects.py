"""Claims11: one demand verb that asks several things gives one claim per thing
(docs/vocabulary.md, Claims), and an object joined to one of the lexicon's topics that names
none is a demand of its own, `other`. Passages written for these tests, with near misses: an
object that points back, a person joined, a preposition, the punishment of those responsible
(justice, told once)."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _claims(resources: Resources, text: str, language: str) -> list[str]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return sorted(f"{c.kind}/{c.topic}" for c in extract(doc, resources).claims)


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Los mineros exigieron la renuncia del ministro y el retorno de los dirigentes"
            " exiliados.",
            "es",
            ["demand/other", "demand/resignation"],
        ),
        (
            "Los maestros exigen la liberación de sus dirigentes y el pago de la deuda social.",
            "es",
            ["demand/other", "demand/release_of_prisoner"],
        ),
        (
            "The unions demanded the resignation of the minister and a rise in the minimum wage.",
            "en",
            ["demand/other", "demand/resignation"],
        ),
    ],
)
def test_claims11_joined_object_is_a_demand(
    resources: Resources, text: str, language: str, want: list[str]
) -> None:
    assert _claims(resources, text, language) == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # an object that points back to the one before it
        (
            "Exigieron la renuncia del ministro y la de todo su gabinete.",
            "es",
            ["demand/resignation"],
        ),
        (
            "They demanded the resignation of the minister and the other officials.",
            "en",
            ["demand/resignation"],
        ),
        # a person joined in the subject of the clause asked, not a thing asked
        (
            "Exigieron la renuncia del ministro y el gobernador regional.",
            "es",
            ["demand/resignation"],
        ),
        # the punishment of those responsible is the justice asked before it
        (
            "Exigimos justicia para las víctimas y la sanción de los responsables.",
            "es",
            ["demand/justice_for_victims"],
        ),
    ],
)
def test_claims11_joined_object_near_miss(
    resources: Resources, text: str, language: str, want: list[str]
) -> None:
    assert _claims(resources, text, language) == want
