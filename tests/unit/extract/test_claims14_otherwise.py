"""Claims14: "otherwise" threatens only when it opens what comes if a demand is not met
("otherwise we will block the roads"); an account contradicted ("the autopsies say
otherwise"), a reading note ("unless otherwise stated") or "an otherwise peaceful march"
threatens nothing. Sentences built from templates; written for these tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _extract(resources: Resources, text: str) -> list[Claim]:
    doc = Document(id="t", text=text, language="en", published=dt.date(2023, 1, 18))
    return list(extract(doc, resources).claims)


_SOURCES = [
    "The autopsies",
    "The videos recorded by neighbours",
    "Witnesses",
    "The medical reports",
]
_VERBS = [
    "say otherwise",
    "suggest otherwise",
    "show otherwise",
    "tell a different story, and prove otherwise",
]


@pytest.mark.parametrize(
    "text",
    [
        *(
            f"Officials insisted that no live ammunition was used. {who} {verb}."
            for who, verb in itertools.product(_SOURCES, _VERBS)
        ),
        *(
            f"Clashes marred an otherwise peaceful {what} on Thursday."
            for what in ["march", "protest", "strike", "rally"]
        ),
        *(
            f"Unless otherwise {what}, all figures are from the Ombudsman."
            for what in ["stated", "noted", "specified"]
        ),
    ],
)
def test_claims14_otherwise_contradicting_threatens_nothing(
    resources: Resources, text: str
) -> None:
    assert [c for c in _extract(resources, text) if c.kind == "threat"] == [], text


@pytest.mark.parametrize(
    "text",
    [
        f"The government must release our leaders{sep} {what}, the union said."
        for sep, what in itertools.product(
            [";", ","],
            [
                "otherwise we will block the roads",
                "otherwise, we will block the highways",
                "otherwise the strike will go on",
            ],
        )
    ],
)
def test_claims14_otherwise_opening_the_consequence_threatens(
    resources: Resources, text: str
) -> None:
    assert "threat" in [c.kind for c in _extract(resources, text)], text
