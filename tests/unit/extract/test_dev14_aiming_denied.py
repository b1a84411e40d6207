"""Aiming weapons at people is an act that a denial denies (extract-dev14): "denied that
officers aim at protesters' faces", "negó que hayan apuntado a la cabeza de los manifestantes"
are negated excessive force, told once even when a clause of the sentence tells the word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The police chief denied that officers aim at protesters' faces.", "en"),
        ("The ministry has denied that any of them aimed at protesters' heads.", "en"),
        (
            "Carabineros negó que sus efectivos hayan apuntado a la cabeza de los manifestantes.",
            "es",
        ),
        ("El general negó que los policías apuntaran a los manifestantes.", "es"),
    ],
)
def test_denied_aiming_is_negated_force(mentions, text: str, language: str) -> None:
    found = [m for m in mentions(text, language) if m.factuality == "negated"]
    assert [m.sub_event_type for m in found] == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'The army said soldiers had "acted in self-defence" after being attacked with stones, '
            "and denied that they had aimed at protesters' heads.",
            "en",
        ),
    ],
)
def test_denied_word_told_by_a_clause_is_one_event(mentions, text: str, language: str) -> None:
    negated = [m for m in mentions(text, language) if m.factuality == "negated"]
    assert len(negated) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "apuntar a" of evidence and "aim at" of goals are no weapons
        ("Las pruebas apuntan a la responsabilidad del alcalde.", "es"),
        ("The reform aims at people on low incomes.", "en"),
        ("Los programas apuntan a personas mayores de la región.", "es"),
    ],
)
def test_other_aims_are_no_event(mentions, text: str, language: str) -> None:
    assert mentions(text, language) == []
