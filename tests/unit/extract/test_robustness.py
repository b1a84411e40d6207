"""Bad input gives an empty or partial extraction with a warning, never an exception."""

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veeduria.extract import extract, load_resources
from veeduria.models import Document


def _doc(text, language="es", published=dt.date(2023, 1, 10)):
    return Document(id="t", text=text, language=language, published=published)


def _codes(x):
    return {w.code for w in x.warnings}


@pytest.mark.parametrize(
    ("text", "language", "warning"),
    [
        ("", "es", "W_EMPTY_TEXT"),
        ("   \n\t ", "en", "W_EMPTY_TEXT"),
        ("Les manifestants ont bloqué les routes.", "fr", "W_LANGUAGE_SKIPPED"),
        ("Os manifestantes bloquearam as estradas.", "pt", "W_LANGUAGE_SKIPPED"),
    ],
)
def test_extract_empty_or_foreign_text_warns(resources, text, language, warning):
    x = extract(_doc(text, language), resources)
    assert x.events == () and warning in _codes(x)


@pytest.mark.parametrize(
    "text",
    [
        "1 2 3 4 5 17 18 2023 48 60 " * 50,
        "<div><script>alert(1)</script><p onclick='x'>&nbsp;</p></div>" * 20,
        "Murieron \ud800 manifestantes \udfff en Juliaca.",
        "\x00\x01\x02 marcha \x7f",
        "." * 5000,
        "Al menos 17 muertos" * 1,
    ],
)
def test_extract_odd_text_never_fails(resources, text):
    x = extract(_doc(text), resources)
    assert "W_EXTRACTION_FAILED" not in _codes(x)


def test_extract_truncates_huge_text(resources):
    sentence = "Los manifestantes marcharon por el centro de la ciudad el lunes. "
    text = sentence * (5_000_000 // len(sentence) + 10)
    small = load_resources(("es",))
    small = dataclasses.replace(small, max_chars=100_000)  # compiled dataclasses have no __dict__
    x = extract(_doc(text), small)
    assert "W_TEXT_TRUNCATED" in _codes(x)
    assert x.events and all(e.sentence[1] <= 100_000 for e in x.events)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.sampled_from(["es", "en"]),
)
def test_extract_random_text_never_fails(resources, text, language):
    x = extract(_doc(text, language), resources)
    assert "W_EXTRACTION_FAILED" not in _codes(x)
    for event in x.events:
        assert 0 <= event.sentence[0] < event.sentence[1] <= len(text)
