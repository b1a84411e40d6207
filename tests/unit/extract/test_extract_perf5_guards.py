"""The nineteenth session's shortcuts for speed (extract-perf5) give what the rules they stand
for give: a pattern runs only when a cheaper test (a word, a plain string, the same pattern
without its leading word boundary) finds what every match of it holds. Each guard is checked
against every match over the gold and development texts, our own sentences and near misses,
and the odd letters that ``re`` matches to "i" and "s" when it ignores case.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from veeduria.evaluate.gold import load_gold
from veeduria.extract import claimants, dates, numbers, sentences, tallies
from veeduria.gazetteer import finder

ROOT = Path(__file__).resolve().parents[3]

_CRAFTED = [
    # a day with no month, and near misses
    "Los comuneros marcharon el pasado 14 hacia la plaza.",
    "La asamblea se reunirá el próximo 3 en el coliseo.",
    "El paro empezó el día 21 y sigue en pie.",
    "The road was cleared on the 12th after a week of blockades.",
    "The 12 detained farmers were freed on bail.",
    "Los estudiantes marcharon el pasado jueves; el día siguiente hubo 4 heridos.",
    "Hubo 3 heridos en la marcha del día.",
    # a day counted back from an event, and near misses
    "A los tres días del desalojo, los comuneros volvieron a la vía.",
    "Al cumplirse un mes de las muertes, las familias marcharon en silencio.",
    "A las dos semanas de la masacre, nadie había sido detenido.",
    "A DOS MESES DEL PARO, LA REGIÓN SIGUE SIN ACUERDO.",
    "Los delegados llegaron a la capital el lunes.",
    "They walked for two days and reached the capital.",
    # a heading line over a sentence, and lines with no heading
    "ENE. 14 - AYAVIRI, PUNO\nTres comuneros fueron detenidos durante la noche.",
    "Strikers blocked the bridge.\nPolice cleared it at dawn.",
    "One line only, with no break at all.",
    # hamlets the gazetteer does not list, and near misses
    "Los vecinos del centro poblado de Nueva Aurora bloquearon la trocha.",
    "Farmers from a village in the highlands marched to the city.",
    "The township council met on Tuesday.",
    "Los pobladores del anexo bloquearon el puente.",
    # a rank of one dead, and a sentence with no death
    "He became the 58th person to die in the protests.",
    "La víctima número 50 de las protestas fue un joven de Ilave.",
    "La quincuagésima victima mortal fue enterrada ayer.",
    "The 58th person arrested was a student.",
    "El quinto comunero en llegar fue recibido con aplausos.",
    # a stretch of protest as the toll's subject, and stretches that are not
    "Ten days of similar protests left at least nine people dead.",
    "Tres semanas de intensas protestas dejaron 20 muertos.",
    "Several weeks of unrest left dozens injured.",
    "The strike lasted ten days and ended on Monday.",
    "Durante tres semanas la vía estuvo cerrada.",
    # the first person before a claim, and near misses
    "We strongly demand the resignation of the minister.",
    "Nosotros exigimos justicia para nuestros muertos.",
    "Our members call on the government to resign.",
    "Nuestra organización convoca a un paro.",
    "Were the protesters armed? Power was cut in the town.",
    "The owners of the shops said they would stay closed.",
    # letters re matches to "i" and "s" when it ignores case, and str.lower does not: no guard
    "Ten DAYS OF PROTEſTS left nine dead.",
    "WE ARE ſTRIKING; İF they do not listen, we march.",
    "Three weeks of rıots left 20 dead.",
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


def test_perf5_heading_lines_same_without_a_newline() -> None:
    """A span with no newline is left whole, as the loop over line breaks left it."""
    for text in _texts():
        for start, end in _windows(text):
            found = list(sentences._LINE_BREAK.finditer(text, start, end))
            if "\n" not in text[start:end]:
                assert not found
                assert sentences._heading_lines(text, (start, end)) == [(start, end)]


def test_perf5_unlisted_words_are_plain_and_answer_as_the_pattern() -> None:
    for word in finder._UNLISTED_WORDS:
        assert not re.search(r"[\\.^$*+?{}\[\]|()]", word), word
    seen = 0
    for text in _texts():
        folded = text.lower()
        for start, end in _windows(folded):
            want = finder._UNLISTED_WORD.search(folded, start, end) is not None
            assert finder._holds_literal(folded, start, end, finder._UNLISTED_WORDS) is want
            seen += want
    assert seen


def _low(text: str, start: int, end: int) -> str:
    return numbers.lower_slice(text, start, end)


def test_perf5_bare_day_hint_finds_every_cue() -> None:
    seen = 0
    for text in _texts():
        for start, end in _windows(text):
            low = _low(text, start, end)
            if dates._BARE_DAY_CUE.search(low):
                seen += 1
                assert dates._BARE_DAY_HINT.search(low)
    assert seen


def test_perf5_at_distance_guard_holds_every_match() -> None:
    seen = 0
    for text in _texts():
        for start, end in _windows(text):
            offset = start - 1 if start > 0 else 0
            low = _low(text, offset, end)
            if any(True for _ in dates._AT_DISTANCE.finditer(text, start, end)):
                seen += 1
                assert dates._AT_DISTANCE_GUARD.search(low), text[start:end]
    assert seen


def test_perf5_death_hint_words_hold_every_match() -> None:
    seen = 0
    for text in _texts():
        for start, end in _windows(text):
            low = _low(text, start, end)
            if tallies._DEATH_HINT.search(low):
                seen += 1
                assert any(word in low for word in tallies._DEATH_HINT_WORDS), low
    assert seen


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ten days of similar protests left at least nine people dead.", True),
        ("Tres semanas de intensas protestas dejaron 20 muertos.", True),
        ("The strike lasted ten days and ended on Monday.", False),
        ("Ten DAYS OF PROTEſTS left nine dead.", True),  # no guard: the pattern runs
    ],
)
def test_perf5_stretch_subject_cues(text: str, found: bool) -> None:
    guard = numbers.case_guard(text, text.lower())
    cues = tallies.stretch_cues(text, 0, len(text), guard)
    assert any(c.info.role == "tally" for c in cues) is found  # type: ignore[union-attr]


def test_perf5_stretch_subject_unit_holds_every_match() -> None:
    seen = 0
    for text in _texts():
        guard = numbers.case_guard(text, text.lower())
        for start, end in _windows(text):
            if any(True for _ in tallies._STRETCH_SUBJECT.finditer(text, start, end)):
                seen += 1
                if guard is not None:
                    assert tallies._STRETCH_SUBJECT_UNIT.search(guard, start, end)
    assert seen


def test_perf5_we_words_hold_every_match() -> None:
    seen = 0
    for text in _texts():
        for m in re.finditer(r"\b\w", text):
            start = m.start()
            window = max(0, start - 40)
            if claimants._WE_BEFORE.search(text, window, start):
                seen += 1
                assert numbers.window_holds_any(text[window:start], claimants._WE_WORDS)
    assert seen


@pytest.mark.parametrize("language", ["es", "en"])
def test_perf5_unharmed_hint_finds_every_phrase(language: str) -> None:
    """The last words of the ``unharmed`` phrases are found wherever a phrase is: in the
    lexicon's own examples, in our sentences and over the gold and development texts."""
    from veeduria.extract.counts import compile_counts
    from veeduria.resources.loader import load_lexicon

    rules = compile_counts(language)
    assert rules.unharmed_re is not None and rules.unharmed_hint is not None
    examples = [
        x
        for e in load_lexicon(language, "count_words").entries
        if e.role == "unharmed"
        for x in [*e.examples, *e.patterns]
    ]
    own = [
        "Los dos agentes resultaron ilesos tras el ataque.",
        "La dirigente salió ilesa del atentado.",
        "The bus driver escaped unhurt when the crowd stoned the vehicle.",
        "Both officers WERE UNHARMED, the ministry said.",
        # near misses: no phrase, and the hint's word alone
        "Los ilesos fueron llevados a casa.",
        "Nobody was hurt.",
        "Resultaron heridos tres agentes.",
    ]
    seen = 0
    for text in [*examples, *own, *_texts()]:
        low = text.lower()
        for start, end in _windows(text):
            if rules.unharmed_re.search(low, start, end):
                seen += 1
                assert rules.unharmed_hint.search(low, start, end), text[start:end]
    assert seen
