"""called_for, not planned (docs/vocabulary.md): a call made by a body named with a protest
word ("el Comité de Paro Cívico convocó a nuevas marchas", "the protest front has called on
residents to gather"), and the future-tense lines of a communiqué that calls in the first
person ("Convocamos a un paro ... las bases bloquearán la carretera"), which are also its calls
to action. A plan told by a newspaper, or a communiqué's conditional threat, stays planned."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 1))
    return extract(doc, resources)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El Comité de Paro Cívico convocó a nuevas marchas para el viernes.", "es"),
        (
            "The region's protest front has called on residents to march tomorrow to the main "
            "square.",
            "en",
        ),
        ("The National Strike Committee called new marches for Thursday.", "en"),
    ],
)
def test_a_call_by_a_body_named_by_a_protest_word(
    resources: Resources, text: str, language: str
) -> None:
    facts = [m.factuality for m in _run(resources, text, language).events]
    assert facts == ["called_for"]


@pytest.mark.parametrize(
    ("text", "language", "topics"),
    [
        (
            "PRIMERO.– Convocamos a un paro regional de 72 horas a partir del lunes 6 de "
            "febrero.\n\nSEGUNDO.– Ese día, las bases de Ilave bloquearán la carretera "
            "Panamericana y luego marcharán hasta la plaza principal.",
            "es",
            {"blockade", "march"},
        ),
        (
            "We call on all workers to join the national strike on Monday. On that day, the "
            "transport unions will march to Congress.",
            "en",
            {"march"},
        ),
    ],
)
def test_the_future_of_a_communique_that_calls_is_its_call(
    resources: Resources, text: str, language: str, topics: set[str]
) -> None:
    out = _run(resources, text, language)
    facts = {m.factuality for m in out.events if m.event_type == "Protests"}
    assert facts == {"called_for"}
    calls = {c.topic for c in out.claims if c.kind == "call_to_action"}
    assert topics <= calls


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Los dirigentes anunciaron que las bases bloquearán la carretera el lunes.",
            "es",
            "planned",
        ),
        # a threat set on a condition that opens its sentence is only possible (seventeenth
        # session, extract-senses): no call, and no plan either
        (
            "Convocamos a un paro de 48 horas.\n\nSi el Gobierno no atiende nuestra "
            "plataforma, bloquearemos la carretera Panamericana.",
            "es",
            "possible",
        ),
    ],
)
def test_a_plan_told_or_threatened_is_no_call(
    resources: Resources, text: str, language: str, expected: str
) -> None:
    out = _run(resources, text, language)
    blockades = [m for m in out.events if m.mode == "blockade"]
    assert blockades
    assert all(m.factuality == expected for m in blockades)
