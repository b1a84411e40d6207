"""The extraction speed-ups (issue #7) give exactly what the code they replace gave."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veeduria.extract.dates import _LINE, _short_lines, compile_dates
from veeduria.extract.numbers import compile_numbers, lower_slice, lower_text, lower_window
from veeduria.extract.terms import _fold_table, fold

# capital sigma lowers by its neighbours, "İ" to two characters: both must defeat the slicing
_LETTERS = "aAbBeEíÍñÑsS Σσİi\n\t.,;:-–“”'’0123"


def _old_lower_slice(text: str, start: int, end: int) -> str:
    chunk = text[start:end]
    low = chunk.lower()
    if len(low) == len(chunk):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in chunk)


def _old_fold(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_fold_table())


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """Short texts and long ones (a document's lower case is kept from 256 characters on)."""
    base = draw(st.text(alphabet=_LETTERS, max_size=40))
    return base * draw(st.sampled_from([1, 2, 9, 30])) + draw(st.text(alphabet=_LETTERS))


@settings(max_examples=300, deadline=None)
@given(text=_texts(), a=st.integers(0, 400), b=st.integers(0, 400), first=st.booleans())
def test_lower_slice_and_window_are_the_slice_lowered(text, a, b, first):
    if first:
        assert lower_text(text) == text.lower()
    assert lower_slice(text, a, b) == _old_lower_slice(text, a, b)
    assert lower_window(text, a, b) == text[a:b].lower()
    assert lower_text(text) == text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Ὀδυσσεύς ΣΑΣ ΟΔΟΣ " * 20,  # final sigma: "ς" at the end of a word, "σ" inside
        "İstanbul " * 40,
        "Marcharon en JULIACA " * 20,
    ],
)
def test_lower_slice_of_a_long_text_is_its_slice_lowered(text):
    lower_text(text)
    for a in range(0, 60, 7):
        for b in range(a, a + 90, 11):
            assert lower_slice(text, a, b) == _old_lower_slice(text, a, b)
            assert lower_window(text, a, b) == text[a:b].lower()


def test_fold_table_replacements_are_not_folded_again():
    """``fold`` replaces each character in its own pass: no replacement may be a key."""
    table = _fold_table()
    assert not {ord(v) for v in table.values()} & set(table)


@settings(max_examples=200, deadline=None)
@given(text=_texts())
def test_fold_is_the_translation(text):
    every = "".join(chr(c) for c in _fold_table())
    for t in (text, text + every, every + text * 3):
        assert fold(t) == _old_fold(t)
        assert fold(t, t.lower()) == _old_fold(t)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=" \t\n\r\x0bab1é\u2028", max_size=120))
def test_short_lines_are_the_line_matches(text):
    expected = [(m.span(), m.span(1)) for m in _LINE.finditer(text)]
    assert [(m.span(), m.span(1)) for m in _short_lines(text)] == expected


@pytest.mark.parametrize("language", ["es", "en"])
@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="abdeinostuñ0123456789 .,:/$-_\n()«", max_size=120),
    pos=st.integers(0, 5),
    endpos=st.integers(0, 130),
)
def test_word_scanner_with_endpos_finds_what_its_pattern_finds(language, text, pos, endpos):
    rules = compile_numbers(language)
    expected = [(m.span(), m.group("d")) for m in rules.token_re.finditer(text, pos, endpos)]
    found = [((a, b), m.group("d")) for a, b, m in rules.token_scan.finditer(text, pos, endpos)]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "words"),
    [("es", ["después de", "Después  del", "luego de", "DESPUÉS QUE"]), ("en", ["after", "After"])],
)
@settings(max_examples=200, deadline=None)
@given(
    filler=st.lists(st.text(alphabet="aeiouAEé ,.\n", max_size=6), max_size=6),
    start=st.integers(0, 10),
    end=st.integers(0, 120),
)
def test_after_words_are_found_as_a_case_insensitive_search_finds_them(
    language, words, filler, start, end
):
    rules = compile_dates(language)
    assert rules.after_words is not None
    text = "x".join(f + w for f, w in zip(filler, words * 3, strict=False))
    # the pattern before it became a WordScanner, compiled as it was: case-insensitive
    body = rules.after_words._at_start.pattern
    old = re.compile(body, re.IGNORECASE)
    expected = [m.span() for m in old.finditer(text, start, end)]
    assert [(a, b) for a, b, _ in rules.after_words.finditer(text, start, end)] == expected
