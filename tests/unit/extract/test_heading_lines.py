"""A short line with no end punctuation over a paragraph is a heading of its own (a factbox's
"DEC. 15 - AYACUCHO", a report's "Puno (38 puntos)"): it is cut off the sentence under it,
and the town it names is where its section's incidents are."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.pipeline import _language
from veeduria.extract.sentences import split_sentences
from veeduria.models import Mention


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "JAN. 9 - JULIACA, PUNO\nSeventeen civilians are killed near the airport.",
            ["JAN. 9 - JULIACA, PUNO", "Seventeen civilians are killed near the airport."],
        ),
        (
            "es",
            "Lunes 9 de enero\nDiecisiete personas murieron en Juliaca.",
            ["Lunes 9 de enero", "Diecisiete personas murieron en Juliaca."],
        ),
        (
            "en",
            "Police fired tear gas at the marchers in the\nPlaza San Martín on Monday.",
            ["Police fired tear gas at the marchers in the\nPlaza San Martín on Monday."],
        ),
        (
            "es",
            "Los manifestantes, que llegaron desde Puno y Juliaca,\nMarcharon hasta la plaza.",
            ["Los manifestantes, que llegaron desde Puno y Juliaca,\nMarcharon hasta la plaza."],
        ),
    ],
)
def test_split_sentences_cuts_a_heading_line(lang, text, expected):
    rules = _language(lang).sentences
    assert [text[a:b] for a, b in split_sentences(text, rules)] == expected


@pytest.mark.parametrize(
    ("text", "language", "towns"),
    [
        (
            "LIMA, Jan 30 (Wire) - At least 48 people have been killed in protests since December.\n\n"
            "DEC. 15 - AYACUCHO\nSoldiers fire on protesters who had entered the runway.\n\n"
            "JAN. 9 - JULIACA, PUNO\nSeventeen civilians are killed near the airport.",
            "en",
            ["Ayacucho", "Juliaca"],
        ),
        (
            "LIMA, 30 ene (Agencia).– Al menos 48 personas han muerto en las protestas.\n\n"
            "15 DE DICIEMBRE - AYACUCHO\nLos militares disparan contra los manifestantes.\n\n"
            "9 DE ENERO - JULIACA\nLa Policía disparó contra los manifestantes cerca del aeropuerto.",
            "es",
            ["Ayacucho", "Juliaca"],
        ),
    ],
)
def test_a_heading_town_places_its_section(
    mentions: Callable[..., list[Mention]], text: str, language: str, towns: list[str]
) -> None:
    found = mentions(text, language, dt.date(2023, 1, 30))
    assert [m.location.name if m.location else None for m in found][-2:] == towns


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Condenamos la masacre perpetrada por el Ejército el 15 de diciembre en Huamanga.",
            "Attack",
        ),
        (
            "Los deudos recordaron la masacre cometida por los militares contra los manifestantes "
            "en el aeropuerto de Ayacucho.",
            "Excessive force against protesters",
        ),
    ],
)
def test_a_massacre_is_deadly_force(
    mentions: Callable[..., list[Mention]], text: str, sub: str
) -> None:
    assert sub in [m.sub_event_type for m in mentions(text, "es")]
