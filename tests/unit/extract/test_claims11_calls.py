"""Claims11: calls told in the plural present of a headline ("Students call a ... shutdown")
and a march by its peaceful name ("a peaceful procession"); near misses where "call a" names
what is going on ("what organisers call a ... protest") or a procession is a funeral's.
Passages written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _claims(resources: Resources, text: str, language: str) -> list[str]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return sorted(f"{c.kind}/{c.topic}" for c in extract(doc, resources).claims)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Transport unions call a national strike for Thursday.", ["call_to_action/strike"]),
        (
            "The nurses' union urged its members to join a peaceful procession to the"
            " ministry on Friday.",
            ["call_to_action/march"],
        ),
    ],
)
def test_claims11_call_claims(resources: Resources, text: str, want: list[str]) -> None:
    assert _claims(resources, text, "en") == want


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds gathered for what organisers call a national protest against the tax.",
        "Villagers call a spade a spade.",
        "A funeral procession crossed the town on Friday.",
    ],
)
def test_claims11_call_near_miss(resources: Resources, text: str) -> None:
    assert _claims(resources, text, "en") == []
