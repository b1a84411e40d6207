"""Reports written as lists (an Ombudsman's daily report, a roads bulletin): each bulleted line
is a sentence, a line "Road: blocked at X" is the state the report finds on its own day, and a
numbered section title is no event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.pipeline import _language
from veeduria.extract.sentences import split_sentences
from veeduria.models import Mention

THU12 = dt.date(2023, 1, 12)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Puno (38 puntos)\n– Carretera Juliaca–Puno: bloqueada en Caracoto.\n"
            "– Carretera Puno–Desaguadero: bloqueada en Ilave.",
            [
                "Puno (38 puntos)",
                "– Carretera Juliaca–Puno: bloqueada en Caracoto.",
                "– Carretera Puno–Desaguadero: bloqueada en Ilave.",
            ],
        ),
        (
            "en",
            "Roads cut on Monday:\n• Highway 3S near Chala.\n• The Juliaca bypass.",
            ["Roads cut on Monday:", "• Highway 3S near Chala.", "• The Juliaca bypass."],
        ),
        (
            "es",
            "Murieron dos personas. - Según la Policía, hubo 20 detenidos.",
            ["Murieron dos personas.", "- Según la Policía, hubo 20 detenidos."],
        ),
    ],
)
def test_split_sentences_cuts_bulleted_lines(lang, text, expected):
    rules = _language(lang).sentences
    assert [text[a:b] for a, b in split_sentences(text, rules)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Dijo que vendría - quizá el lunes - a Puno."),
        ("en", "Police - some 200 of them - marched on the square."),
    ],
)
def test_a_dash_inside_a_line_is_no_bullet(lang, text):
    rules = _language(lang).sentences
    assert len(split_sentences(text, rules)) == 1


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        (
            "El miércoles hubo enfrentamientos en Cusco.\n\nIII. Vías bloqueadas\n"
            "– Carretera Puno–Desaguadero: bloqueada en Ilave.\n"
            "– Carretera Cusco–Abancay: bloqueada en el puente de Izcuchaca.",
            "es",
            2,
        ),
        (
            "Protesters clashed with police in Cusco on Wednesday.\n\nRoads:\n"
            "- Juliaca–Puno highway: blocked at Caracoto.\n"
            "- Border bridge at Desaguadero: closed by protesters.",
            "en",
            2,
        ),
    ],
)
def test_a_listed_state_is_of_the_report_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, places: int
) -> None:
    found = [m for m in mentions(text, language, THU12) if m.mode == "blockade"]
    assert len(found) == places, [(m.trigger.text, m.mode) for m in found]
    assert all(m.date is not None and m.date.value == THU12 for m in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("III. Vías bloqueadas\n\nEl informe no da más detalles.", "es"),
        ("2. Protestas y movilizaciones\n\nSin novedad.", "es"),
        ("IV. Roads blocked\n\nNo further details were given.", "en"),
    ],
)
def test_a_numbered_section_title_is_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language, THU12) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El puente internacional, cerrado por los manifestantes desde el lunes, sigue así.", "es"),
        ("The bridge, closed by protesters since Monday, stays shut.", "en"),
    ],
)
def test_closed_by_protesters_is_a_blockade(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert "blockade" in [m.mode for m in mentions(text, language, THU12)]
