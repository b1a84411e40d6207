"""Claims14: an action named with no article as where, when or what the state answered ("the
protection of the press at demonstrations", "the lethal response to protests", "the crackdown
on demonstrators") is no call; what the claim asks is of its own. Near misses: "a day of
protest", "urged workers to strike", "to join the protests after Friday prayers" stay calls.
Sentences built from templates; written for these tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _extract(resources: Resources, text: str) -> list[Claim]:
    doc = Document(id="t", text=text, language="en", published=dt.date(2023, 1, 18))
    return list(extract(doc, resources).claims)


_ASKERS = [
    "Amnesty International demands",
    "The Ombudsman's Office asks for",
    "Rights groups demand",
]
_ANSWERED = [
    "an investigation of the security forces' lethal response to protests",
    "an inquiry into the police crackdown on demonstrators",
    "clear rules for the protection of journalists at demonstrations",
    "an inquiry into the government's violent response to the marches",
]
_ACTIONS = {"march", "strike", "blockade"}


@pytest.mark.parametrize(
    "text", [f"{who} {what}." for who, what in itertools.product(_ASKERS, _ANSWERED)]
)
def test_claims14_action_answered_is_no_call(resources: Resources, text: str) -> None:
    claims = _extract(resources, text)
    assert not {c.topic for c in claims} & _ACTIONS, text


@pytest.mark.parametrize(
    "text",
    [
        "The union called for a day of protest on Friday.",
        "The union urged workers to strike on Monday.",
        "Leaders called on residents to join the protests after Friday prayers.",
        "The federation called for demonstrations at noon in every regional capital.",
    ],
)
def test_claims14_action_called_is_still_called(resources: Resources, text: str) -> None:
    assert "call_to_action" in [c.kind for c in _extract(resources, text)], text
