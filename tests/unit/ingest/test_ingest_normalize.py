"""Text normalisation and document ids."""

from __future__ import annotations

import hashlib

import pytest

from veeduria.ingest import document_id, normalize_text

BASE = "Paro en Puno\n\nLos agricultores bloquearon la vía.\nHubo tres heridos."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  hola  ", "hola"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a   \nb\t\n", "a\nb"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("a\n  \n\t\n \nb", "a\n\nb"),
        ("a\n\nb", "a\n\nb"),
        ("\ufeffhola", "hola"),
        ("  sangría", "sangría"),
        ("Peru\u0301", "Per\u00fa"),  # decomposed u + combining acute -> NFC
        ("a\u2028b", "a\nb"),
        ("   \n\t ", ""),
    ],
)
def test_normalize_text_cases(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_normalize_text_keeps_indentation_and_inner_spaces() -> None:
    assert normalize_text("a\n    b  c") == "a\n    b  c"


@pytest.mark.parametrize(
    "variant",
    [
        BASE,
        BASE.replace("\n", "\r\n"),
        BASE.replace("\n", "\r"),
        "\n\n  " + BASE + "  \n\n\n",
        BASE.replace("\n", "   \n"),
        BASE.replace("\n\n", "\n\n\n\n"),
        BASE.replace("\n\n", "\n \t \n"),
        "\ufeff" + BASE,
    ],
)
def test_document_id_stable_under_whitespace_variations(variant: str) -> None:
    assert document_id(variant) == document_id(BASE)


def test_document_id_is_sha256_of_normalised_utf8() -> None:
    assert document_id(BASE + "\n") == hashlib.sha256(BASE.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    "other",
    [
        BASE.replace("tres", "cuatro"),
        BASE.replace("\n\n", "\n"),  # a paragraph break is content
    ],
)
def test_document_id_changes_with_content(other: str) -> None:
    assert document_id(other) != document_id(BASE)
