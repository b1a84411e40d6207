"""Claims13: the state's forces the state says will be deployed, or will guard or patrol, are
its announcement of topic `other` (docs/vocabulary.md: a deployment announced), as is a measure
the government, as the subject of the future, says it will take. Near misses: what the forces
will allow or where they will wait tells no deployment. Sentences built from templates; written
for these tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _extract(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return list(extract(doc, resources).claims)


_SPEAKERS_EN = ["The defence minister", "The Interior Ministry", "Prime Minister Alberto Otarola"]
_FORCES_EN = [
    "troops",
    "2,000 police officers",
    "soldiers",
    "1,200 more police officers and soldiers",
]
_ACTS_EN = [
    "would guard the airports of the region",
    "would patrol the main roads",
    "would be sent to Puno",
    "will be deployed in the city centre",
]
_SPEAKERS_ES = ["El Ministerio del Interior", "El ministro de Defensa"]
_VERBS_ES = ["informó que", "dijo que", "señaló que"]
_FORCES_ES = ["11.800 policías", "las Fuerzas Armadas", "los militares"]
_ACTS_ES = ["resguardarán el Centro de Lima", "custodiarán los aeropuertos", "patrullarán las vías"]


def _spread(combos: itertools.product, step: int) -> list[tuple[str, ...]]:
    return [c for i, c in enumerate(combos) if i % step == 0]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *(
            ("en", f"{who} said {force} {act}.")
            for who, force, act in _spread(itertools.product(_SPEAKERS_EN, _FORCES_EN, _ACTS_EN), 3)
        ),
        *(
            ("es", f"{who} {verb} {force} {act}.")
            for who, verb, force, act in _spread(
                itertools.product(_SPEAKERS_ES, _VERBS_ES, _FORCES_ES, _ACTS_ES), 3
            )
        ),
        # the government's measure told as the future of its subject
        (
            "en",
            "Prime Minister Alberto Otarola told reporters that the government would impose a"
            " three-day night curfew across the Puno region.",
        ),
    ],
)
def test_claims13_forces_said_to_deploy_are_announced(
    resources: Resources, language: str, text: str
) -> None:
    claims = _extract(resources, text, language)
    assert [(c.kind, c.topic) for c in claims] == [("announcement", "other")], text
    assert claims[0].claimant is not None


@pytest.mark.parametrize(
    "text",
    [
        f"{who} said {force} {act}."
        for who, force, act in itertools.product(
            _SPEAKERS_EN[:2],
            ["troops", "police"],
            ["would remain on standby", "would guarantee the right to protest peacefully"],
        )
    ],
)
def test_claims13_forces_future_without_deployment_announces_nothing(
    resources: Resources, text: str
) -> None:
    assert [c for c in _extract(resources, text, "en") if c.kind == "announcement"] == [], text
