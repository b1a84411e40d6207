"""The nineteenth session's word hints for speed (extract-perf6): a lexicon's phrase pattern
runs on a sentence only when an Aho-Corasick scan of the folded text finds a word that every
match of it holds (``terms.phrase_hint``). Each hint is checked against every match of its
pattern over the gold and development texts and our own sentences, with near misses and the
odd letters that ``re`` matches to "i" and "s" when it ignores case (no hint is used then).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from veeduria.evaluate.gold import load_gold
from veeduria.extract import counts, dates, numbers
from veeduria.extract.terms import TermMatcher, fold, hint_misses, phrase_hint

ROOT = Path(__file__).resolve().parents[3]

_CRAFTED = [
    # a clause opened by "after", an earlier event's phrase, with odd spacing and case
    "Farmers blocked the bridge on Friday AFTER   the police raided their camp.",
    "The curfew was lifted IN THE\nWAKE of the riots that shook the port.",
    "Students walked out in response to the arrest of their leaders.",
    "Los mineros bloquearon la vía el martes tras la detención de su dirigente.",
    "Los vecinos marcharon A RAÍZ DE LA muerte de un joven en la comisaría.",
    "La plaza quedó vacía DESPUÉS  DE  QUE la policía lanzó gases.",
    # near misses: the words inside other words, or not as the phrase
    "The town stayed awake all night; the response was calm.",
    "The crowd gathered afterwards near the square.",
    "Los trasladaron a la capital; el retraso fue largo, se quedaron atrás.",
    # counts: anchors and verbs shared by two participles, and sentences with none
    "Two farmers were beaten and killed by the guards.",
    "Un comunero fue golpeado y asesinado por desconocidos.",
    "Nine people were wounded and three were arrested at the gate.",
    "Cuatro pobladores resultaron heridos y dos fueron detenidos.",
    "The delegates met the governor on Tuesday.",
    "La asamblea aprobó un pliego de reclamos.",
    # letters re matches to "i" and "s" when it ignores case: the pipeline gives no folded text
    "They marched FOLLOWİNG the clashes; tres fueron heridoſ.",
    "Two protesters were kılled after the raid.",
]


@cache
def _texts() -> tuple[str, ...]:
    gold = [doc.text for corpus in ("gold", "dev") for doc in load_gold(ROOT / "data" / corpus)]
    return tuple(_CRAFTED + gold)


def _windows(text: str) -> list[tuple[int, int]]:
    """Every sentence-like span, every paragraph and the whole text."""
    spans = [(0, len(text))]
    for cut in (r"[.!?\n]\s*", r"\n\s*\n\s*"):
        cuts = [0] + [m.end() for m in re.finditer(cut, text)] + [len(text)]
        spans += [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]
    return spans


def _folded(text: str) -> str | None:
    """What the pipeline passes: the folded text, or None when ``case_guard`` refuses it."""
    lowered = text.lower()
    return None if numbers.case_guard(text, lowered) is None else fold(text, lowered)


def _hits(hint: TermMatcher, folded: str, start: int, end: int) -> bool:
    return bool(hint.spans(folded, start, end, overlapping=True))


@pytest.mark.parametrize("language", ["es", "en"])
def test_perf6_date_hints_find_every_match(language: str) -> None:
    rules = dates.compile_dates(language)
    assert rules.after_words is not None and rules.after_hint is not None
    assert rules.earlier_phrase is not None and rules.earlier_hint is not None
    seen = 0
    for text in _texts():
        folded = _folded(text)
        if folded is None:
            continue
        for start, end in _windows(text):
            for a, b, _ in rules.after_words.finditer(text, start, end):
                seen += 1
                assert _hits(rules.after_hint, folded, a, b), text[a:b]
            for m in rules.earlier_phrase.finditer(text, start, end):
                seen += 1
                assert _hits(rules.earlier_hint, folded, m.start(), m.end()), m.group()
            # the functions answer the same with the hint as without
            for read in (dates.after_clauses, dates.earlier_phrases):
                assert read(text, start, end, rules, folded) == read(text, start, end, rules)
    assert seen > 20


@pytest.mark.parametrize("language", ["es", "en"])
def test_perf6_count_hints_find_every_match(language: str) -> None:
    rules = counts.compile_counts(language)
    nums = numbers.compile_numbers(language)
    assert rules.anchor_words is not None and rules.coord_words is not None
    seen = 0
    for text in _texts():
        folded = _folded(text)
        if folded is None:
            continue
        low = text.lower()
        for a, b, _ in rules.anchor_scan.finditer(low, 0):
            seen += 1
            assert _hits(rules.anchor_words, folded, a, b), text[a:b]
        for regex in (rules.coord_re, rules.coord_hint, rules.split_re, rules.split_hint):
            for m in regex.finditer(low):
                seen += 1
                rest = m.start("rest") if "rest" in regex.groupindex else m.start()
                assert _hits(rules.coord_words, folded, rest, m.end()), m.group()
        for start, end in _windows(text):
            want = counts.find_counts(text, start, end, rules, nums)
            assert counts.find_counts(text, start, end, rules, nums, folded) == want
    assert seen > 50


def test_perf6_hint_words_and_near_misses() -> None:
    hint = phrase_hint(["in the wake of the", "a raíz de la", "tras el", "moviliz*"])
    assert hint is not None

    def holds(text: str) -> bool:
        return not hint_misses(hint, fold(text), 0, len(text))

    assert holds("Calm returned in the  WAKE of the riots")  # two spaces, capitals
    assert holds("A RAIZ DE LA protesta")  # the accent left out: a hint may find more
    assert holds("TRAS la marcha")
    assert holds("Se movilizaron miles")
    assert not holds("The town stayed awake all night")  # "wake" inside a word
    assert holds("Los trasladaron a la capital")  # a word's start: a hint may find more
    assert not holds("Se quedaron atrás")  # "tras" inside a word
    assert not holds("La inmovilización duró horas")
    # the word must lie in the window
    text = "Calm returned in the wake of the riots"
    at = text.index("wake")
    assert hint_misses(hint, fold(text), 0, at + 3)
    assert not hint_misses(hint, fold(text), at, at + 4)


def test_perf6_no_hint_no_skip() -> None:
    assert phrase_hint(["- ", "tras el"]) is None  # a phrase of signs has no word to hint
    assert phrase_hint([]) is None
    hint = phrase_hint(["tras el"])
    assert not hint_misses(None, "nada", 0, 4)
    assert not hint_misses(hint, None, 0, 4)


@pytest.mark.parametrize("text", _CRAFTED[-2:])
def test_perf6_odd_case_letters_get_no_folded_text(text: str) -> None:
    """ "kılled", "heridoſ": ``re`` finds the word ignoring case where the folded text has
    another letter; the pipeline then gives no folded text, and every pattern runs."""
    assert _folded(text) is None
