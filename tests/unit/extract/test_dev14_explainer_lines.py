"""Lines of an explainer or an opinion piece that name a topic, not an incident
(extract-dev14): its questions ("How did the protests start?"), its genre-led title
("Explainer: ...", "OPINION | ..."), and a court that "strikes down" a contract."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("How did the protests start?", "en"),
        ("One year after Castillo's fall, what happened in Peru's protests?", "en"),
        ("Is this the first time the government has clashed with protesters?", "en"),
        ('What was the "Toma de Lima"?', "en"),
        ("¿Cómo empezaron las protestas en el sur?", "es"),
        ("¿Es la primera vez que el Gobierno se enfrenta a los manifestantes?", "es"),
        ("Explainer: Milei's reforms and Argentina's street protests", "en"),
        ("OPINION | Ecuador's strike is not 2019, but Lasso is repeating Moreno's mistakes", "en"),
        ("Análisis: la huelga docente y el contrato minero", "es"),
        ("Opinión: las marchas del sur y el silencio de Lima", "es"),
        ("Panama's top court strikes down copper mine contract", "en"),
        ("The Supreme Court struck down the decree on Tuesday.", "en"),
    ],
)
def test_explainer_line_is_no_event(mentions, text: str, language: str) -> None:
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        # a plan asked about stays a possible event; an incident told is one
        ("Will the government declare a curfew in Lima?", "en", "possible"),
        ("¿Declarará el Gobierno el toque de queda en Lima?", "es", "possible"),
        ("Teachers strike in Panama City for a third week.", "en", "asserted"),
        ("Protesters marched through Lima, police said.", "en", "reported"),
    ],
)
def test_incidents_and_plans_stay(mentions, text: str, language: str, fact: str) -> None:
    assert [m.factuality for m in mentions(text, language)][:1] == [fact]
