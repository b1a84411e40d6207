"""Claims14: "to go" asks a resignation only when someone is wanted gone ("want Boluarte to
go"); "to go on", "to go ahead", "to go home" ... are a phrasal verb or a way, no one's
resignation. Sentences built from templates; written for these tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _extract(resources: Resources, text: str) -> list[Claim]:
    doc = Document(id="t", text=text, language="en", published=dt.date(2023, 1, 18))
    return list(extract(doc, resources).claims)


_ASKERS = ["Protest leaders called for", "Union leaders want", "The committee urged"]
_WHAT = ["the regional strike", "the march", "the protesters", "the blockade"]
_GO = ["to go on indefinitely", "to go ahead on Friday", "to go home", "to go back to work"]


@pytest.mark.parametrize(
    "text",
    [f"{who} {what} {go}." for who, what, go in itertools.product(_ASKERS, _WHAT, _GO)],
)
def test_claims14_going_on_asks_no_resignation(resources: Resources, text: str) -> None:
    assert "resignation" not in [c.topic for c in _extract(resources, text)], text


@pytest.mark.parametrize(
    "text",
    [
        f"{who} want {whom} to go{end}"
        for who, whom, end in itertools.product(
            ["Protesters", "The marchers"], ["Boluarte", "the president", "her"], [".", " now."]
        )
    ],
)
def test_claims14_someone_wanted_gone_is_a_resignation(resources: Resources, text: str) -> None:
    assert "resignation" in [c.topic for c in _extract(resources, text)], text
