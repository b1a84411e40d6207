"""Claims13: what an addressee is urged to do, when the addressee has no article or is named by
what it does, and a way asked open through a blockade.

"urged protesters to demonstrate peacefully" asks something of its own (`other`); "exhorta a
quienes organizan las movilizaciones a protestar de forma pacífica" calls no march (the action
names the addressee); "exhortó a los dirigentes a permitir el paso de ambulancias en la vía
bloqueada" asks the passage, not the blockade. Near misses: a bare verb whose object the story
gave before ("urged their members to join."). Sentences built from templates; written for
these tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _extract(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return list(extract(doc, resources).claims)


_SPEAKERS_EN = ["The Ombudsman's Office", "The bishops' conference", "Amnesty International"]
_VERBS_EN = ["urged", "called on", "asked"]
_ADDRESSEES_EN = ["protesters", "demonstrators", "teachers", "protest organisers", "residents"]
_ACTS_EN = [
    "to demonstrate peacefully",
    "to refrain from violence against officers",
    "to respect public and private property",
    "to avoid clashes with the police",
]


def _urged_en() -> list[str]:
    out = []
    combos = itertools.product(_SPEAKERS_EN, _VERBS_EN, _ADDRESSEES_EN)
    for i, (speaker, verb, who) in enumerate(combos):
        if i % 3:
            continue  # a spread of the combinations, every addressee and verb included
        out.append(f"{speaker} {verb} {who} {_ACTS_EN[i % len(_ACTS_EN)]}.")
    return out


@pytest.mark.parametrize("text", _urged_en())
def test_claims13_plural_addressee_is_asked(resources: Resources, text: str) -> None:
    claims = _extract(resources, text, "en")
    assert [(c.kind, c.topic) for c in claims] == [("demand", "other")], text


@pytest.mark.parametrize(
    "text",
    [
        "The unions called a national strike for Thursday and urged their members to join.",
        "The president urged lawmakers to reconsider, and a new vote is expected on Monday.",
        "Union leaders called on all students to join the national march on Wednesday.",
        # a request of no contention: the press asked to wait
        "The minister asked reporters to wait outside the palace.",
        "The spokesman urged journalists to leave the square.",
        # the bare progressive of asking: no demand of the contention
        "Police are asking witnesses to come forward with information.",
    ],
)
def test_claims13_bare_verb_asks_nothing_of_its_own(resources: Resources, text: str) -> None:
    assert [c for c in _extract(resources, text, "en") if c.topic == "other"] == [], text


_PASSAGE_ES = ["a permitir el paso de ambulancias", "a dejar pasar a las ambulancias"]
_WHERE_ES = ["en la vía bloqueada", "por los bloqueos de la carretera", "en los puntos de bloqueo"]
_WHO_ES = ["los dirigentes del frente", "los productores arroceros", "los transportistas"]
_PASSAGE_EN = ["to let ambulances pass through", "to allow the passage of ambulances through"]
_WHERE_EN = ["the roadblocks", "the blockades on the highway"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *(
            ("es", f"La Defensoría del Pueblo exhortó a {who} {asked} {where}.")
            for who, asked, where in itertools.product(_WHO_ES, _PASSAGE_ES, _WHERE_ES)
        ),
        *(
            ("en", f"The Ombudsman urged the protesters {asked} {where}.")
            for asked, where in itertools.product(_PASSAGE_EN, _WHERE_EN)
        ),
    ],
)
def test_claims13_passage_asked_is_no_call(resources: Resources, language: str, text: str) -> None:
    claims = _extract(resources, text, language)
    assert [(c.kind, c.topic) for c in claims] == [("demand", "other")], text


_DOERS_ES = ["organizan", "convocan", "participan en"]
_ACTIONS_ES = ["las movilizaciones", "las marchas", "el paro"]


@pytest.mark.parametrize(
    "text",
    [
        f"La Defensoría exhorta a quienes {verb} {action} a protestar de forma pacífica."
        for verb, action in itertools.product(_DOERS_ES, _ACTIONS_ES)
    ],
)
def test_claims13_action_naming_the_addressee_is_not_called(
    resources: Resources, text: str
) -> None:
    claims = _extract(resources, text, "es")
    assert [(c.kind, c.topic) for c in claims] == [("demand", "other")], text


_ASKERS_EN = ['"We ask', '"We also ask']
_ASKED_WHO_EN = ["the Government", "the armed forces", "the authorities"]
_ASKED_ACTS_EN = [
    "to stop firing at our young people",
    "to ensure that the police respect the right to demonstrate",
    "to open the roads to humanitarian aid",
]


@pytest.mark.parametrize(
    "text",
    [
        f'{asker} {who} {act}," the mayor wrote.'
        for asker, who, act in itertools.product(_ASKERS_EN, _ASKED_WHO_EN, _ASKED_ACTS_EN)
    ],
)
def test_claims13_first_person_ask_is_a_demand(resources: Resources, text: str) -> None:
    claims = _extract(resources, text, "en")
    assert [(c.kind, c.topic) for c in claims] == [("demand", "other")], text


@pytest.mark.parametrize(
    "text",
    [
        f"{who} are asking for {what}."
        for who, what in itertools.product(
            ["The doctors", "Striking teachers", "Hospital workers"],
            ["higher salaries", "better wages for rural nurses", "more classrooms"],
        )
    ],
)
def test_claims13_asking_for_is_a_demand(resources: Resources, text: str) -> None:
    claims = _extract(resources, text, "en")
    assert [(c.kind, c.topic) for c in claims] == [("demand", "other")], text
