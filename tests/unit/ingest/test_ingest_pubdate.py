"""Datelines (es, en) and dates given in records."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.ingest import find_dateline, parse_published
from veeduria.ingest.pubdate import dateline_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Lima, 12 de enero de 2023 (Agencia) — La policía dispersó la marcha.",
            "es",
            D(2023, 1, 12),
        ),
        ("Lima, 12 de enero del 2023.- Cientos marcharon.", "es", D(2023, 1, 12)),
        ("JULIACA, Puno, 9 de enero de 2023 — Diecisiete personas murieron.", "es", D(2023, 1, 9)),
        ("Cusco, lunes 9 de enero de 2023 — Se inició el paro.", "es", D(2023, 1, 9)),
        ("Tacna, 5 set. 2022 — Transportistas bloquearon la vía.", "es", D(2022, 9, 5)),
        ("Lima, 1.º de mayo de 2023 — Marcha de los trabajadores.", "es", D(2023, 5, 1)),
        ("AREQUIPA, 3 DIC 2022 (Agencia) — Paro regional.", "es", D(2022, 12, 3)),
        ("Titular del día\n\nPuno, 10 de enero de 2023 — Texto.", "es", D(2023, 1, 10)),
        ("PUNO, Jan. 10, 2023 — Protesters blocked the road.", "en", D(2023, 1, 10)),
        ("LIMA, Peru, January 10, 2023 (AP) — Police fired tear gas.", "en", D(2023, 1, 10)),
        ("LONDON, 10 January 2023 - Protesters gathered.", "en", D(2023, 1, 10)),
        ("September 3, 2022 (Reuters) - Strikers blocked roads.", "en", D(2022, 9, 3)),
        # the language only sets the order in which month names are tried
        ("PUNO, Jan. 10, 2023 — Protesters blocked the road.", "es", D(2023, 1, 10)),
        ("Lima, 12 de enero de 2023 — La policía dispersó la marcha.", None, D(2023, 1, 12)),
    ],
)
def test_find_dateline_dated_forms(text: str, language: str | None, expected: dt.date) -> None:
    found = find_dateline(text, language)
    assert found is not None
    assert found.date == expected
    assert text[found.span[0] : found.span[1]] == found.text


@pytest.mark.parametrize(
    ("text", "day", "month"),
    [
        ("LIMA, 12 ene (Agencia) - Cientos de personas marcharon.", 12, 1),
        ("Jan 10 (Reuters) - Peruvian protesters blocked roads.", 10, 1),
        ("PUNO, Dec. 7 (AP) — Congress voted.", 7, 12),
    ],
)
def test_find_dateline_without_year_gives_no_date(text: str, day: int, month: int) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.day, found.month, found.year) == (day, month, None)
    assert found.date is None
    assert dateline_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "El 12 de enero de 2023 fue un día de luto en Juliaca.",
        "12 de enero de 2023 fue un día de luto.",
        "On Jan. 10, 2023, police fired tear gas.",
        "Protestas en Lima 12 de enero de 2023 — cientos marcharon.",
        "Lima, 30 de febrero de 2023 — fecha imposible.",
        "LIMA, Peru (AP) — Police fired tear gas on Tuesday.",
        "Sin fecha.\nNinguna línea.\nTampoco.\nLima, 12 de enero de 2023 — demasiado abajo.",
        "Lima, 12 de mayonesa de 2023 — no es un mes.",
        "",
    ],
)
def test_find_dateline_no_date(text: str) -> None:
    assert dateline_date(text, "es") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-01-10", (D(2023, 1, 10), "day")),
        (" 2023-01-10 ", (D(2023, 1, 10), "day")),
        ("2023-01-10T23:30:00-05:00", (D(2023, 1, 10), "day")),  # the date as written
        ("2023-01-10T10:00:00Z", (D(2023, 1, 10), "day")),
        ("2023-01-10 08:00", (D(2023, 1, 10), "day")),
        ("2023-01", (D(2023, 1, 1), "month")),
        ("2023", (D(2023, 1, 1), "year")),
    ],
)
def test_parse_published_accepts(value: str, expected: tuple[dt.date, str]) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", ["10/01/2023", "2023-13", "2023-02-30", "ayer", "", "12 de enero"]
)
def test_parse_published_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_published(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PRONUNCIAMIENTO\n\nRechazamos la represión del lunes.\n\nLima, 10 de enero de 2023",
            dt.date(2023, 1, 10),
        ),
        (
            "Comunicado\n\nExigimos una investigación.\n\nPuno, Perú, 9 de enero del 2023.\n\n"
            "Consejo Directivo",
            dt.date(2023, 1, 9),
        ),
        ("STATEMENT\n\nWe condemn the killings.\n\nJanuary 10, 2023\n", dt.date(2023, 1, 10)),
    ],
)
def test_a_statement_is_dated_by_its_closing_date(text: str, expected: dt.date) -> None:
    from veeduria.ingest.pubdate import find_signature_date

    found = find_signature_date(text)
    assert found is not None and found.date == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that ends on a date is no closing date, nor is one without its year
        "Los comuneros marcharon.\n\nLa marcha fue el 9 de enero de 2023.",
        "Exigimos justicia.\n\nLima, 10 de enero",
        # a date far from the end (more than three lines up) is not the signature
        "Lima, 10 de enero de 2023\n\nUno.\n\nDos.\n\nTres.\n\nCuatro.",
    ],
)
def test_no_closing_date(text: str) -> None:
    from veeduria.ingest.pubdate import find_signature_date

    assert find_signature_date(text) is None
