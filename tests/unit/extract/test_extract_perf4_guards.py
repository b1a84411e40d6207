"""The eighteenth session's shortcuts for speed (issue #7) give what the rules they stand for
give: a pattern runs only when the text holds a word every match of it holds, and the guard
words are checked against every match over the gold and development texts and our own
sentences.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from veeduria.evaluate.gold import load_gold
from veeduria.extract import numbers, pipeline
from veeduria.extract.lexical import Found

ROOT = Path(__file__).resolve().parents[3]

_CRAFTED = [
    # conditions and open questions
    "The ministry warned that if the blockades continue, fuel could run short.",
    "El ministerio advirtió que si se prolongan los bloqueos, faltará combustible.",
    "It does not say whether soldiers fired live rounds at the marchers.",
    "No se sabe si los agentes dispararon contra los comuneros.",
    "If there is no answer, we will block the bridge again, said the union leader.",
    "Si no hay respuesta, volveremos a bloquear la carretera, dijo el dirigente.",
    "Unless they listen to us, the strike goes on.",
    "A menos que nos escuchen, el paro seguirá.",
    # kinds said of all of them
    "Pellet shotguns are cheap and easy to find in the region.",
    "Protests are common in the south during the dry season.",
    "Los bloqueos son frecuentes en la región durante la cosecha.",
    "The protests are peaceful, organisers said.",
    # bare years
    "In 1989 the army fired on a crowd in the same square.",
    "Las protestas de 2020 dejaron dos muertos en Lima.",
    "Some 1,920 people marched on 20 January; 19 were hurt.",
    # near misses: the words inside others, or none of them
    "The specific route of the march was different from the usual one.",
    "El presidente ha sido criticado por la situación en Puno.",
    "Several persons were hurt in the area near the square.",
    "Las personas sonrieron al paso de la marcha.",
    "Residents marched peacefully through the square on Friday.",
    # letters re matches to "i" and "s" when it ignores case, and str.lower does not: no guard
    "The ministry warned that İF the blockades continue, fuel could run short.",
    "Protests ARE common in the ſouth.",
    "Los bloqueos ſon frecuentes en la región.",
]


@cache
def _texts() -> tuple[str, ...]:
    gold = [doc.text for corpus in ("gold", "dev") for doc in load_gold(ROOT / "data" / corpus)]
    return tuple(_CRAFTED + gold)


def _guard(text: str) -> str | None:
    return numbers.case_guard(text, text.lower())


@pytest.mark.parametrize(
    ("pattern", "words", "whole"),
    [
        (pipeline._CONDITION, pipeline._CONDITION_WORDS, True),
        (pipeline._GENERIC_SUBJECT, pipeline._GENERIC_COPULAS, True),
        (pipeline._BARE_YEAR, pipeline._BARE_YEAR_OPENINGS, False),
    ],
)
def test_perf4_guard_words_hold_every_match(
    pattern: re.Pattern[str], words: tuple[str, ...], whole: bool
) -> None:
    holds = numbers.holds_word if whole else numbers.holds_any
    matched = 0
    for text in _texts():
        guard = _guard(text)
        found = list(pattern.finditer(text))
        # and from every line's and sentence's start: _GENERIC_SUBJECT is matched there
        for cut in re.finditer(r"[.!?\n]\s*", text):
            found.append(pattern.match(text, cut.end()))
        for m in found:
            if m is not None:
                matched += 1
                assert holds(guard, m.start(), m.end(), words), (text, m.group())
    assert matched > 0


@pytest.mark.parametrize("text", _CRAFTED)
def test_perf4_condition_guard_keeps_every_condition(text: str) -> None:
    guard = _guard(text)
    for word in re.finditer(r"\w+", text):
        trigger = Found(word.start(), word.end(), None)
        plain = pipeline._in_condition(trigger, text, 0)
        assert pipeline._in_condition(trigger, text, 0, guard) == plain


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("The ministry warned that if the blockades continue, fuel could run short.", True),
        ("El ministerio advirtió que si se prolongan los bloqueos, faltará combustible.", True),
        ("It does not say whether soldiers fired live rounds.", True),
        ("The specific blockades continue near the bridge.", False),
        ("El presidente ha sido criticado por los bloqueos.", False),
    ],
)
def test_perf4_condition_still_read(text: str, condition: bool) -> None:
    word = "blockades" if "blockades" in text else "bloqueos" if "bloqueos" in text else "fired"
    start = text.index(word)
    trigger = Found(start, start + len(word), None)
    assert pipeline._in_condition(trigger, text, 0, _guard(text)) is condition


@pytest.mark.parametrize(
    ("guard", "start", "end", "expected"),
    [
        ("protests are common", 0, 19, True),
        ("the area near the square", 0, 24, False),  # "are" inside a word
        ("las personas sonrieron", 0, 22, False),
        ("los bloqueos son frecuentes", 0, 27, True),
        ("are they", 0, 8, True),  # at the start of the text
        ("they are", 0, 8, True),  # at its end
        ("xare they", 1, 9, True),  # the window's ends are ends of a word, as for a slice
        ("they arex", 0, 8, True),
        ("they are_", 0, 9, False),  # "_" is a word character
        (None, 0, 10, True),  # no guard: the pattern must run
    ],
)
def test_perf4_holds_word(guard: str | None, start: int, end: int, expected: bool) -> None:
    assert numbers.holds_word(guard, start, end, ("are", "son")) is expected


def test_perf4_holds_word_agrees_with_a_pattern() -> None:
    # the twenty-first session (spurious3) added the words of other conditions: "De concretarse
    # el paro", "en caso de", "in the event of", "in case of", "Should the strike go ahead"
    pattern = re.compile(r"\b(?:if|si|whether|de|caso|event|case|should)\b", re.IGNORECASE)
    for text in _CRAFTED:
        guard = _guard(text)
        if guard is None:
            continue
        for lo in range(0, len(text), 7):
            for hi in (lo + 20, lo + 80, len(text)):
                plain = pattern.search(text[lo:hi]) is not None
                assert numbers.holds_word(guard, lo, hi, pipeline._CONDITION_WORDS) is plain


def test_perf4_section_number_read_at_the_line_break() -> None:
    # a number that heads a section opens its line: tried at the line's break alone, it is
    # found wherever a search from the break finds it
    texts = [
        *_texts(),
        "III. Vías bloqueadas\nLa carretera sigue cerrada.",
        "Informe\n2) Roads blocked\nThe highway is still closed.",
        "A. Detenidos en Puno",
        "\nIV - Heridos",
        "Según el punto 3. Los heridos fueron trasladados.",
    ]
    tried = hits = 0
    for text in texts:
        for cut in re.finditer(r"[.!?\n]\s*|^", text):
            start = cut.end()
            line = text.rfind("\n", 0, start) + 1
            lo = max(0, line - 1)
            found = pipeline._SECTION_NUMBER.search(text, lo, start)
            tried += 1
            hits += found is not None
            assert (pipeline._SECTION_NUMBER.match(text, lo, start) is None) == (found is None)
    assert tried > 1000
    assert hits >= 3
