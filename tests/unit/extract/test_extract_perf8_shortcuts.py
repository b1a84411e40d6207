"""The twenty-fifth session's shortcuts for speed (extract-perf8) give what the slow path gives.

Each is a test that proves a pattern cannot match, or a memory of what a pure function
answered: a timeline's entry read only for a sentence that opens a line
(``pipeline._opens_line``), the damage words of a verbless damage clause read once per
sentence (``pipeline._damage_told``), the words of a condition with "de" only beside an
infinitive's "-se" (``pipeline._condition_may_hold``) and the relative clauses of a text's
stretches kept (``dates._relatives``). Each is checked against its slow path over every
sentence of the gold and development texts and our own sentences with near misses, and
against the letters ``re`` matches to "i" and "s" when it ignores case.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

import pytest

from veeduria.evaluate.gold import load_gold
from veeduria.extract import Resources, dates, numbers, pipeline
from veeduria.extract.lexical import Found, TriggerInfo
from veeduria.extract.terms import fold

ROOT = Path(__file__).resolve().parents[3]

_CRAFTED = [
    # a timeline's entries, and a day that opens no line
    "Cronología\n\n7 de diciembre - El Congreso vota la vacancia.\n8 de diciembre: marchas en Lima.",
    "Timeline\nDec 7 - Congress votes to remove him. On Dec 8, protests spread.",
    "  \t\n  9 de enero: diecisiete muertos en Juliaca.",
    # a verbless damage clause after casualties, and near misses
    "Dos muertos y la comisaría en llamas tras el enfrentamiento en Juliaca.",
    "Two killed, police station torched in Peru's highlands.",
    "Tres heridos, varias tiendas saqueadas y dos buses calcinados en el centro.",
    "Three injured, the municipal building set on fire and shops looted.",
    "Two killed, police station closed in Peru's highlands.",
    "Dos muertos, la sede del llamado frente de defensa cerrada.",
    "One dead, a settlement reached after the strike.",
    "Two killed, the offices ransacked by the crowd.",
    # conditions and open questions, and near misses
    "De concretarse el paro, los mercados cerrarían sus puertas.",
    "De no levantarse el bloqueo, la policía desalojará la vía.",
    "En caso de que haya bloqueos, la policía intervendrá.",
    "Si se prolongan los bloqueos, faltará combustible en la ciudad.",
    "No se sabe si los agentes dispararon contra los manifestantes.",
    "Should the strike go ahead, schools will close.",
    "It does not say whether soldiers fired live rounds at the march.",
    "La marcha de los docentes de Puno llegó a la plaza de armas.",
    "Los dirigentes de la federación anunciaron un paro.",
    "El uso de la fuerza de los agentes dejó tres heridos en la marcha.",
    "La decisión de quedarse en la plaza llevó a la marcha.",
    # relative clauses set off by commas, and near misses
    "Teachers, who have been on strike since April 23, said they would march on Monday.",
    "Los pobladores, que bloquearon la vía el lunes, marcharon hoy en Ilave.",
    "Los comuneros llegaron a Juliaca, donde la policía disparó, y se retiraron.",
    "The marchers reached the square, where police fired tear gas, and left at night.",
    "Police said the protesters who blocked the road were detained.",
    # letters re matches to "i" and "s" when it ignores case: no guard, the patterns run
    "Two killed, police ſtation ſet ablaze in the highlands.",
    "IN CASE OF A STRİKE, the shops will close; de cumplırse el paro, cerrarán.",
    "De concretarſe el paro, los mercados cerrarían.",
]


@cache
def _texts() -> tuple[str, ...]:
    gold = [doc.text for corpus in ("gold", "dev") for doc in load_gold(ROOT / "data" / corpus)]
    return tuple(_CRAFTED + gold)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence-like spans, cut at stops and line breaks."""
    cuts = [0] + [m.end() for m in re.finditer(r"[.!?\n]\s*", text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\b\w", text)]


def _trigger(at: int, end: int, kind: str = "protest") -> Found:
    return Found(at, end, TriggerInfo(id="t", kind=kind, mode=None))


# -- a timeline's entry opens a line ------------------------------------------------------------


def _opens_line_slow(text: str, start: int) -> bool:
    """``_timeline_day``'s first test as it was written before (negated)."""
    return not (start > 0 and text[max(0, start - 2) : start].strip(" \t") not in ("\n\n", "\n"))


def test_perf8_opens_line_as_the_timeline_test() -> None:
    seen = 0
    for text in _texts():
        for at in range(len(text) + 1):
            want = _opens_line_slow(text, at)
            assert pipeline._opens_line(text, at) is want
            seen += want
    assert seen > 1000


def test_perf8_timeline_day_only_at_a_line_start(resources: Resources) -> None:
    """Where ``_opens_line`` is False, ``_timeline_day`` finds no entry whatever the dates: the
    extractor's skipping the sentence's dates then loses nothing."""
    found = 0
    for text in _texts():
        for start, end in _sentences(text):
            for language in ("es", "en"):
                rules = resources.by_language[language].dates
                read = dates.read_dates(text, start, end, dt.date(2023, 1, 20), rules).past
                got = pipeline._timeline_day(text, start, read)
                if not pipeline._opens_line(text, start):
                    assert got is None
                found += got is not None
    assert found


# -- a verbless damage clause ------------------------------------------------------------------


def test_perf8_damage_words_hold_every_match() -> None:
    seen = 0
    for text in _texts():
        for at in sorted({*_word_starts(text), *(m.end() for m in re.finditer(",", text))}):
            for hi in (min(len(text), at + 60), len(text)):
                m = pipeline._ELLIPTIC_DAMAGE.match(text, at, hi)
                if m is not None:
                    seen += 1
                    assert numbers.window_holds_any(text[at:hi], pipeline._DAMAGE_WORDS)
                    assert numbers.window_holds_any(m.group(), pipeline._DAMAGE_WORDS)
    assert seen >= 10


def _cues(resources: Resources, text: str, language: str) -> list[Found]:
    lex = resources.by_language[language].lexical
    return lex.cues_in(fold(text), 0, len(text), text.lower())


def test_perf8_clauses_as_without_the_damage_test(
    resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``_clauses`` over every sentence, with the sentence's damage words read once and with
    the patterns run at every comma and coordinator (the slow path)."""
    cases = []
    for text in _texts():
        for language in ("es", "en"):
            cues = _cues(resources, text, language)
            for start, end in _sentences(text):
                own = [c for c in cues if start <= c.start < end]
                facts = [c.start for c in own][:2]
                cases.append((text, own, (start, end), facts))
    fast = [pipeline._clauses(c, t, s, f) for t, c, s, f in cases]
    monkeypatch.setattr(pipeline, "_damage_told", lambda text, start, end: True)
    slow = [pipeline._clauses(c, t, s, f) for t, c, s, f in cases]
    assert fast == slow
    # the crafted damage clauses do cut their sentences (the test sees the shortcut's work)
    assert sum(any(not depends for _, _, depends in cut) for cut in slow) >= 5


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Two killed, police station torched.", True),
        ("dos muertos y la comisaría EN LLAMAS", True),
        ("Tres heridos y buses calcinados", True),
        ("Two killed, police station closed.", False),
        ("Dos muertos, la sede cerrada.", False),
        ("Two killed, police ſtation ſet ablaze.", True),  # no guard: the pattern runs
    ],
)
def test_perf8_damage_told(text: str, told: bool) -> None:
    assert pipeline._damage_told(text, 0, len(text)) is told


# -- a condition's words -----------------------------------------------------------------------


def test_perf8_condition_words_hold_every_match() -> None:
    seen = 0
    for text in _texts():
        guard = numbers.case_guard(text, text.lower())
        for at in _word_starts(text):
            lo = max(0, at - 80)
            window = text[lo:at]
            if pipeline._CONDITION.search(window) or pipeline._TRAILING_IF.search(window):
                seen += 1
                assert pipeline._condition_may_hold(guard, lo, at), window
    assert seen >= 100


def test_perf8_in_condition_as_without_guard() -> None:
    """``_in_condition`` with the document's lower case (the shortcut) and without it (every
    pattern runs) at every word of every sentence."""
    seen = 0
    for text in _texts():
        guard = numbers.case_guard(text, text.lower())
        for start, end in _sentences(text):
            for at in _word_starts(text[start:end]):
                trigger = _trigger(start + at, start + at + 1)
                want = pipeline._in_condition(trigger, text, start)
                assert pipeline._in_condition(trigger, text, start, guard) is want
                seen += want
    assert seen >= 50


@pytest.mark.parametrize(
    ("window", "may"),
    [
        ("De concretarse el paro, los mercados", True),
        ("de no levantarse el bloqueo", True),
        ("La marcha de los docentes de Puno llegó a la", False),
        ("El uso de la fuerza de los agentes dejó", False),
        ("la decisión de quedarse en la", True),  # "de" and "-arse": the pattern decides
        ("en caso de que haya", True),
        ("si se prolongan los", True),
        ("los dirigentes de la federación desde", False),
    ],
)
def test_perf8_condition_may_hold(window: str, may: bool) -> None:
    guard = numbers.case_guard(window, window.lower())
    assert pipeline._condition_may_hold(guard, 0, len(window)) is may
    assert pipeline._condition_may_hold(None, 0, len(window)) is True


# -- the relative clauses of a stretch, kept ---------------------------------------------------


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_perf8_relatives_as_finditer() -> None:
    """Texts asked in turn, stretches asked again, another string of the same value, an equal
    stretch of another text and more stretches than are kept: every answer is ``finditer``'s."""
    texts = list(_texts())
    asked = 0
    for i, text in enumerate(texts):
        other = texts[i - 1]
        copy = "".join(list(text))  # the same value, another object
        for n, at in enumerate(_word_starts(text)):
            lo, hi = max(0, at - 200), min(len(text), at + 200)
            want = _spans(dates._RELATIVE.finditer(text, lo, hi))
            assert _spans(dates._relatives(text, lo, hi)) == want
            assert _spans(dates._relatives(text, lo, hi)) == want
            asked += 1
            if n % 7 == 3:
                got = dates._relatives(other, lo, min(hi, len(other)))
                assert _spans(got) == _spans(
                    dates._RELATIVE.finditer(other, lo, min(hi, len(other)))
                )
                assert _spans(dates._relatives(copy, lo, hi)) == want
    assert asked > 10000


def test_perf8_relative_readers_as_without_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """``holding_relative``, ``holding_place_clause`` and ``_other_relative`` over every word,
    with the kept stretches and with ``finditer`` run at every call."""
    cases = []
    for text in _texts():
        starts = _word_starts(text)
        for k, at in enumerate(starts):
            trigger = (at, at + 3)
            later = starts[min(k + 4, len(starts) - 1)]
            cases.append((text, trigger, (later, later + 2)))

    def answers() -> list[object]:
        out: list[object] = []
        for text, trigger, span in cases:
            out.append(dates.holding_relative(trigger, text))
            out.append(dates.holding_place_clause(trigger, text))
            m = dates._other_relative(span, trigger, text)
            out.append(None if m is None else m.span())
        return out

    fast = answers()
    monkeypatch.setattr(
        dates, "_relatives", lambda text, lo, hi: tuple(dates._RELATIVE.finditer(text, lo, hi))
    )
    slow = answers()
    assert fast == slow
    assert sum(a is not None for a in slow) >= 100
