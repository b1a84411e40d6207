"""Twenty-sixth session (factuality3): the Spanish irregular futures of "ser", "mantener" and
"venir" ("el paro será indefinido", "mantendrán la huelga", "el bloqueo se mantendrá") make a
plan, as the regular "-rá"/"-rán" do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN10 = dt.date(2023, 1, 10)


def _on(found: list[Mention], word: str) -> Mention:
    for m in found:
        if m.trigger.text.lower().startswith(word.lower()):
            return m
    raise AssertionError(f"no event on {word!r} in {[m.trigger.text for m in found]}")


_SUBJECTS = [
    ("Los dirigentes de la federación", "paro"),
    ("El Frente de Defensa de Puno", "huelga"),
]
_FUTURES = [
    "anunciaron que el {event} será indefinido",
    "informaron que la {event} será indefinida",
    "anunciaron que mantendrán el {event}",
    "advirtieron que el {event} se mantendrá hasta que renuncie la presidenta",
]


@pytest.mark.parametrize("subject", [s for s, _ in _SUBJECTS])
@pytest.mark.parametrize("future", _FUTURES)
@pytest.mark.parametrize("event", ["paro", "huelga"])
def test_an_irregular_spanish_future_makes_a_plan(
    mentions: Callable[..., list[Mention]], subject: str, future: str, event: str
) -> None:
    clause = future.format(event=event)
    if event == "huelga":
        clause = clause.replace("el huelga", "la huelga").replace("indefinido", "indefinida")
    else:
        clause = clause.replace("la paro", "el paro").replace("indefinida", "indefinido")
    text = f"{subject} {clause}."
    assert _on(mentions(text, "es", JAN10), event).factuality == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "El paro fue indefinido durante tres semanas en Puno.",
        "Los dirigentes mantuvieron el paro durante tres semanas en Puno.",
    ],
)
def test_the_past_of_the_same_verbs_stays_told(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    assert _on(mentions(text, "es", JAN10), "paro").factuality == "asserted"
