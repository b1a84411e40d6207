"""Invariants of normalisation, ids and the dateline matcher (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from veeduria.config import Settings
from veeduria.ingest import SourceFailure, document_id, find_dateline, normalize_text, read_text
from veeduria.ingest.html import html_to_text
from veeduria.models import Document

# text that looks a little like a dateline: letters, digits, punctuation, month-ish words
_PIECES = st.sampled_from(
    [
        "Lima",
        "PUNO",
        ", ",
        " ",
        "12",
        "2023",
        "de",
        "del",
        "enero",
        "ene.",
        "Jan.",
        "May",
        "(Agencia)",
        " — ",
        "-",
        ".",
        "\n",
        "\n\n",
        "á",
        "º",
        "set.",
        "10th",
    ]
)
datelineish = st.lists(_PIECES, max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=300), datelineish)


@given(any_text)
def test_normalize_text_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(any_text)
def test_document_id_ignores_line_ends_and_trailing_spaces(text: str) -> None:
    variant = "  \n" + text.replace("\n", " \r\n") + "\n\n\n"
    assert document_id(variant) == document_id(text)


@given(any_text, st.sampled_from([None, "es", "en", "fr"]))
def test_find_dateline_never_raises_and_span_matches(text: str, language: str | None) -> None:
    found = find_dateline(text, language)
    if found is not None:
        assert text[found.span[0] : found.span[1]] == found.text
        assert 1 <= found.month <= 12


@given(st.text(max_size=300))
def test_html_to_text_never_raises(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)


@hypothesis_settings(deadline=None)  # the first call loads the language model (~1 s)
@given(st.text(max_size=200))
def test_read_text_never_raises(settings: Settings, text: str) -> None:
    for item in read_text(text, settings):
        assert isinstance(item, Document | SourceFailure)
