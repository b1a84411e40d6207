"""Claims14: a march, strike or blockade that observers, monitors or the Ombudsman are asked to
accompany, or say they will accompany, is not called nor announced: what is asked or announced
is the accompanying, a claim of topic `other` ("pidió a la Defensoría del Pueblo acompañar la
movilización", "human rights officials said they would accompany any future march", "sus
comisionados acompañarán las marchas"). Sentences built from templates; written for these
tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _extract(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return list(extract(doc, resources).claims)


_ASKERS_ES = [
    "El frente de defensa pidió",
    "Los dirigentes del paro pidieron",
    "La federación solicitó",
]
_WHOM_ES = ["a la Defensoría del Pueblo", "a la Iglesia", "a los observadores de la ONU"]
_ACCOMPANY_ES = ["acompañar la movilización", "acompañar la marcha del jueves", "acompañar el paro"]
_ASKERS_EN = ["The strike committee asked", "Union leaders asked", "The federation urged"]
_WHOM_EN = ["the Ombudsman's Office", "the Church", "UN observers"]
_ACCOMPANY_EN = [
    "to accompany the march",
    "to accompany Thursday's protest",
    "to monitor the rally",
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *(
            ("es", f"{who} {whom} {what}.")
            for who, whom, what in itertools.product(_ASKERS_ES, _WHOM_ES, _ACCOMPANY_ES)
        ),
        *(
            ("en", f"{who} {whom} {what}.")
            for who, whom, what in itertools.product(_ASKERS_EN, _WHOM_EN, _ACCOMPANY_EN)
        ),
    ],
)
def test_claims14_accompanying_asked_is_no_call(
    resources: Resources, language: str, text: str
) -> None:
    claims = _extract(resources, text, language)
    assert [(c.kind, c.topic) for c in claims] == [("demand", "other")], text


_SAYERS_ES = [
    "La Defensoría anunció que sus comisionados acompañarán",
    "La Red informó que acompañará",
    "Los observadores dijeron que acompañarán",
]
_SAYERS_EN = [
    "Human rights officials said they would accompany",
    "The Ombudsman's Office announced that it will accompany",
    "Church leaders said they would accompany",
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *(
            ("es", f"{who} {what}.")
            for who, what in itertools.product(
                _SAYERS_ES, ["las marchas en Cali", "la movilización del sábado"]
            )
        ),
        *(
            ("en", f"{who} {what}.")
            for who, what in itertools.product(_SAYERS_EN, ["any future march", "the protests"])
        ),
    ],
)
def test_claims14_accompanying_announced_is_no_action(
    resources: Resources, language: str, text: str
) -> None:
    claims = _extract(resources, text, language)
    assert claims, text
    assert {c.topic for c in claims} == {"other"}, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *(
            (
                "es",
                f"Los gremios anunciaron que mañana acompañarán {what} en una marcha hasta la plaza.",
            )
            for what in ["los féretros", "a los deudos", "el cortejo fúnebre"]
        ),
        *(
            ("en", f"The unions said they would accompany {what} in a march to the square.")
            for what in ["the coffins", "the families", "the funeral procession"]
        ),
    ],
)
def test_claims14_march_of_those_accompanying_is_kept(
    resources: Resources, language: str, text: str
) -> None:
    """Near miss: the march is where they accompany someone, so it is still announced."""
    claims = _extract(resources, text, language)
    assert ("announcement", "march") in [(c.kind, c.topic) for c in claims], text
