"""Language identification."""

from __future__ import annotations

import pytest

from veeduria.ingest import detect_language
from veeduria.ingest.langid import _identifier, normalize_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cientos de agricultores bloquearon la carretera Panamericana Sur en el primer día "
            "de un paro agrario indefinido convocado por la federación regional.",
            "es",
        ),
        (
            "Hundreds of farmers blocked the Pan-American Highway on the first day of an "
            "open-ended strike called by the regional producers' federation.",
            "en",
        ),
        (
            "Des centaines d'agriculteurs ont bloqué la route panaméricaine au premier jour "
            "d'une grève illimitée convoquée par la fédération régionale.",
            "fr",
        ),
        (
            "Centenas de agricultores bloquearam a rodovia Pan-Americana no primeiro dia de "
            "uma greve por tempo indeterminado convocada pela federação regional.",
            "pt",
        ),
    ],
)
def test_detect_language_paragraphs(text: str, expected: str) -> None:
    language, score = detect_language(text)
    assert language == expected
    assert 0.5 < score <= 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paro en Puno", "es"),
        ("Marcha en Cusco", "es"),
        ("Manifestación pacífica", "es"),
        ("Road blockade in Juliaca", "en"),
        ("Strike in Puno", "en"),
        ("Grève générale", "fr"),  # not close to es/en: kept
    ],
)
def test_detect_language_short_texts_prefer_es_en_when_close(text: str, expected: str) -> None:
    assert detect_language(text)[0] == expected


def test_detect_language_builds_the_model_once() -> None:
    detect_language("uno")
    detect_language("two")
    info = _identifier.cache_info()
    assert info.currsize == 1
    assert info.misses <= 1


@pytest.mark.parametrize(
    ("code", "expected"),
    [("es", "es"), ("ES", "es"), ("es-PE", "es"), ("pt_BR", "pt"), ("auto", None), ("", None)],
)
def test_normalize_language_codes(code: str, expected: str | None) -> None:
    assert normalize_language(code) == expected


@pytest.mark.parametrize("code", ["spanish!", "e", "1234"])
def test_normalize_language_rejects(code: str) -> None:
    with pytest.raises(ValueError, match="not a language code"):
        normalize_language(code)
