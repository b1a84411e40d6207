"""Forms of known events the lexicons lacked (extract-dev14): the participle of a crowd
breaking through a fence or taking over a terminal ("had broken through the airport fence",
"had briefly taken over the terminal"), a removal in the passive with its agent ("was removed
by Congress"), the subjunctive "vacara", and Panama's "estado de urgencia"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        (
            "Witnesses said hundreds of protesters had broken through the airport fence.",
            "en",
            "Violent demonstration",
        ),
        ("Demonstrators had briefly taken over the terminal.", "en", "Violent demonstration"),
        ("Since Castillo was removed by Congress, protests have spread.", "en", "Other"),
        (
            "Un día después de que el Congreso vacara al presidente Martín Vizcarra, miles marcharon.",
            "es",
            "Other",
        ),
        ("El Gobierno declaró un estado de urgencia en Colón.", "es", "Other"),
    ],
)
def test_form_names_its_event(mentions, text: str, language: str, sub_event_type: str) -> None:
    assert sub_event_type in [m.sub_event_type for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [("El Ejecutivo descartó, por ahora, declarar un estado de urgencia.", "es", "negated")],
)
def test_emergency_ruled_out(mentions, text: str, language: str, fact: str) -> None:
    assert [m.factuality for m in mentions(text, language)] == [fact]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The airline has taken over the route to Cusco after the merger.", "en"),
        ("La sala de urgencias del hospital atendió a los pacientes.", "es"),
    ],
)
def test_other_senses_name_none(mentions, text: str, language: str) -> None:
    assert mentions(text, language) == []
