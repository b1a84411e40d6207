"""The twenty-fourth session's shortcuts for speed (extract-perf7) give what the slow path
gives. The place finder keeps the state of its last documents and the places of short
phrases, and each answer is checked against a finder that starts from nothing at every call;
``TermMatcher.finds_any`` against the matches ``spans`` lists; and each guard (the words of a
verdict or a proceeding, of followers, a menu's separator signs) against every match of its
pattern over the gold and development texts, our own sentences with near misses, and the
odd letters that ``re`` matches to "i" and "s" when it ignores case.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from veeduria.evaluate.gold import load_gold
from veeduria.extract import Resources, actors, numbers, pipeline
from veeduria.extract.lexical import Found, TriggerInfo
from veeduria.extract.terms import TermMatcher, fold, phrase_hint
from veeduria.extract.wordlists import role_words
from veeduria.gazetteer import finder as finder_module
from veeduria.models import Location

ROOT = Path(__file__).resolve().parents[3]

_CRAFTED = [
    # a court's verdict and a proceeding before the event word, and near misses
    "The court declared the detentions arbitrary.",
    "El tribunal condenó al excapitán por los disparos contra los manifestantes.",
    "La Fiscalía abrió una investigación preliminar contra la presidenta por homicidio.",
    "Prosecutors filed charges of murder against six officers over the killings.",
    "An investigation into the minister for the deaths was opened.",
    "The judges' strike ended; the courtyard stayed empty.",
    "La sala de prensa del tribunal quedó vacía durante la marcha.",
    "Investigators walked with the marchers to the square.",
    # followers before a name, and near misses
    "Miles de partidarios del expresidente Jair Bolsonaro invadieron las sedes del Congreso.",
    "Supporters of former president Pedro Castillo attacked journalists.",
    "Supporters of the strike said the army fired on the crowd.",
    "The police attacked supporters near the square.",
    "SEGUIDORES DE Evo Morales bloquearon la carretera.",
    # a name given only to deny it, and near misses
    "Replicó que los fallecidos «no eran terroristas».",
    "They said the dead WERE NOT criminals.",
    "The norte of the town saw terrorists arrested.",
    # a site's menu, a kicker, lines with the signs inside words
    "Inicio | Política | Protestas | Deportes",
    "Home › World › Americas",
    "Noticias · Perú · Puno",
    "Puno | Protestas dejan tres muertos en Juliaca",
    "The score was 3>2 and fans marched downtown.",
    "Inicio | Política\n| Protestas | Deportes",
    # letters re matches to "i" and "s" when it ignores case: no guard, the pattern runs
    "The COURT DECLARED THE DETENTIONS ARBİTRARY after the ſtrike.",
    "ſupporters of former president Pedro Castillo attacked journalists.",
    "An ınvestigation into the minister for the deaths was opened.",
]


@cache
def _texts() -> tuple[str, ...]:
    gold = [doc.text for corpus in ("gold", "dev") for doc in load_gold(ROOT / "data" / corpus)]
    return tuple(_CRAFTED + gold)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence-like spans, cut at stops and line breaks."""
    cuts = [0] + [m.end() for m in re.finditer(r"[.!?\n]\s*", text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


def _windows(text: str) -> list[tuple[int, int]]:
    """Every sentence-like span, every paragraph and the whole text."""
    spans = [(0, len(text))] + _sentences(text)
    cuts = [0] + [m.end() for m in re.finditer(r"\n\s*\n\s*", text)] + [len(text)]
    return spans + [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\b\w", text)]


# -- the place finder: kept states, kept phrases, the headings' scan ---------------------------


def _gazetteer_finder(resources: Resources) -> finder_module.PlaceFinder:
    places = resources.places
    if not isinstance(places, finder_module.PlaceFinder):
        pytest.skip("the gazetteer is not installed")
    return finder_module.PlaceFinder(places.index, places.matcher)


def _forget(f: finder_module.PlaceFinder) -> None:
    """The finder as new: no document, context, heading or phrase kept."""
    f._doc = None
    f._last = None
    f._headings = None
    f._memo, f._origins, f._found, f._anaphora_found = {}, {}, {}, {}
    f._kept.clear()
    f._kept_contexts.clear()
    f._kept_headings.clear()
    f._short.clear()


def _slow_find(
    f: finder_module.PlaceFinder, text: str, folded: str, start: int, end: int
) -> list[Location]:
    _forget(f)
    return f.find(text, folded, start, end, "es")


def _probes(text: str) -> list[str]:
    """Phrases the extractor asks about in the middle of a document (``places._town_site``)."""
    names = [m.group() for m in re.finditer(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{3,}", text)][:3]
    return [p for name in names for p in (f"aeropuerto de {name}", f"{name} airport")]


def test_perf7_finder_kept_states_answer_as_a_new_finder(resources: Resources) -> None:
    """Documents asked in turn, with phrases asked between their sentences and a document
    asked again after more than ``_KEPT`` others: every answer is a new finder's."""
    kept = _gazetteer_finder(resources)
    slow = _gazetteer_finder(resources)
    docs = [(text, fold(text)) for text in _texts()]
    asked = 0
    for i, (text, folded) in enumerate(docs):
        # the document ``_KEPT + 1`` places back, whose state has been dropped, and the one
        # before, whose state is kept
        others = [docs[j] for j in (i - 1, i - finder_module._KEPT - 1) if j >= 0]
        probes = _probes(text)
        for n, (start, end) in enumerate(_sentences(text)):
            got = kept.find(text, folded, start, end, "es")
            assert got == _slow_find(slow, text, folded, start, end), text[start:end]
            asked += 1
            if n % 3 == 1 and probes:
                probe = probes[n % len(probes)]
                got = kept.find(probe, fold(probe), 0, len(probe), "es")
                assert got == _slow_find(slow, probe, fold(probe), 0, len(probe)), probe
            if n % 4 == 2 and others:
                other, other_folded = others[n % len(others)]
                got = kept.find(other, other_folded, 0, len(other), "es")
                assert got == _slow_find(slow, other, other_folded, 0, len(other))
        assert kept.story_country(text, folded) == (
            _forget(slow) or slow.story_country(text, folded)
        )
    assert asked > 1000
    assert len(kept._kept) <= finder_module._KEPT
    assert len(kept._kept_contexts) <= finder_module._KEPT


@pytest.mark.parametrize(
    "text",
    [
        "NIGERIA - Police fired on protesters in Lagos.\nKENYA: Two were shot in Kisumu.",
        "BOLIVIA. Bloqueos en El Alto.\nPERÚ. Marcha en Puno y Juliaca.",
        "Los comuneros llegaron al aeropuerto de Juliaca.",
    ],
)
def test_perf7_finder_headings_kept_with_phrases_between(resources: Resources, text: str) -> None:
    kept = _gazetteer_finder(resources)
    slow = _gazetteer_finder(resources)
    folded = fold(text)
    for start, end in _sentences(text):
        for probe in ("aeropuerto de Cusco", "Cusco airport", "la plaza de Puno"):
            assert kept.find(probe, fold(probe), 0, len(probe), "es") == _slow_find(
                slow, probe, fold(probe), 0, len(probe)
            )
            assert kept.find(text, folded, start, end, "es") == _slow_find(
                slow, text, folded, start, end
            )


def test_perf7_finder_short_phrases_kept_by_value(resources: Resources) -> None:
    """A phrase asked again, as another string of the same value, gets the same places, and a
    phrase of another case is its own key."""
    f = _gazetteer_finder(resources)
    for phrase in ("aeropuerto de Cusco", "AEROPUERTO DE CUSCO", "puente de Ilave"):
        first = f.find(phrase, fold(phrase), 0, len(phrase), "es")
        again = "".join(list(phrase))  # another object, the same value
        assert again is not phrase
        assert f.find(again, fold(again), 0, len(again), "es") == first
        first.clear()  # the caller's copy: what is kept is not touched
        assert f.find(phrase, fold(phrase), 0, len(phrase), "es") == _slow_find(
            _gazetteer_finder(resources), phrase, fold(phrase), 0, len(phrase)
        )


# -- TermMatcher.finds_any ----------------------------------------------------------------------


def _matchers(resources: Resources) -> list[TermMatcher]:
    matchers = [
        phrase_hint(["después de que", "a raíz de", "in the wake of", "following"]),
        phrase_hint(["ilesos", "unhurt", "indemne"]),
        TermMatcher([("paro*", 1), ("marcha", 2), ("strike", 3), ("plaza de armas", 4)]),
        TermMatcher([]),
    ]
    places = resources.places
    if isinstance(places, finder_module.PlaceFinder):
        matchers.append(places.matcher)
    return [m for m in matchers if m is not None]


def test_perf7_finds_any_answers_as_spans(resources: Resources) -> None:
    seen = 0
    for matcher in _matchers(resources):
        for text in _texts():
            folded = fold(text)
            for start, end in _windows(text) + [(5, 3), (0, 0), (len(text), len(text) + 9)]:
                want = bool(matcher.spans(folded, start, end, overlapping=True))
                assert matcher.finds_any(folded, start, end) is want
                seen += want
    assert seen


# -- guards before patterns ---------------------------------------------------------------------


def test_perf7_first_words_hold_every_phrase() -> None:
    """Each phrase of the roles, as the alternation matches it, holds one of the words."""
    for words, roles in (
        (pipeline._VERDICT_WORDS, ("court",)),
        (pipeline._PROCEEDING_WORDS, ("proceeding", "charged", "investigation")),
    ):
        for role in roles:
            for phrase in role_words("pipeline", role):
                as_matched = phrase.replace("*", "x").lower()
                assert any(w in as_matched for w in words), phrase
    for phrase in role_words("actor_words", "followers_before"):
        assert any(w in phrase.replace("*", "x").lower() for w in actors._FOLLOWERS_WORDS)


def test_perf7_judged_guard_words_hold_every_match() -> None:
    seen = 0
    for text in _texts():
        guard = numbers.case_guard(text, text.lower())
        for at in _word_starts(text):
            lo = max(0, at - 160)
            if pipeline._VERDICT.search(text, lo, at):
                seen += 1
                assert guard is None or numbers.holds_any(guard, lo, at, pipeline._VERDICT_WORDS)
            if pipeline._PROCEEDING.search(text, lo, at):
                seen += 1
                assert guard is None or numbers.holds_any(guard, lo, at, pipeline._PROCEEDING_WORDS)
    assert seen


def _trigger(text: str, word: str) -> Found:
    at = text.index(word)
    return Found(at, at + len(word), TriggerInfo(id="t", kind="protest", mode=None))


@pytest.mark.parametrize(
    ("text", "word", "judged"),
    [
        ("The court declared the detentions arbitrary.", "detentions", True),
        (
            "Prosecutors filed charges of murder against six officers over the killings.",
            "killings",
            True,
        ),
        ("La sala de prensa del tribunal quedó vacía durante la marcha.", "marcha", False),
        ("Investigators walked with the marchers to the square.", "marchers", False),
        ("The COURT DECLARED THE DETENTIONS ARBİTRARY after the ſtrike.", "DETENTIONS", True),
    ],
)
def test_perf7_judged_with_and_without_guard(text: str, word: str, judged: bool) -> None:
    trigger = _trigger(text, word)
    guard = numbers.case_guard(text, text.lower())
    assert pipeline._judged(trigger, text, 0, guard) is judged
    assert pipeline._judged(trigger, text, 0) is judged  # no guard: the patterns run


def test_perf7_followers_words_hold_every_match() -> None:
    seen = 0
    for text in _texts():
        for at in _word_starts(text):
            lo = max(0, at - 60)
            if actors._FOLLOWERS_BEFORE.search(text, lo, at):
                seen += 1
                assert numbers.window_holds_any(text[lo:at], actors._FOLLOWERS_WORDS)
    assert seen


def test_perf7_denied_words_hold_every_match() -> None:
    seen = 0
    for text in _texts():
        for at in _word_starts(text):
            lo = max(0, at - 24)
            if actors._DENIED_COPULA.search(text, lo, at):
                seen += 1
                assert numbers.window_holds_any(text[lo:at], actors._DENIED_WORDS)
    assert seen
    for phrase in role_words("actor_words", "denied_copula"):
        assert any(w in phrase.lower() for w in actors._DENIED_WORDS), phrase


def _menu_line_slow(text: str, start: int, end: int) -> bool:
    """``pipeline._menu_line`` as it was before its cheap test."""
    line = text[start:end]
    if "\n" in line.strip():
        return False
    items = pipeline._MENU_SEPARATOR.split(line)
    return len(items) >= pipeline._MENU_ITEMS and all(
        0 < len(item.split()) <= pipeline._MENU_ITEM_WORDS for item in items
    )


def test_perf7_menu_line_as_before() -> None:
    seen = 0
    for text in _texts():
        for start, end in _windows(text):
            want = _menu_line_slow(text, start, end)
            assert pipeline._menu_line(text, start, end) is want
            seen += want
    assert seen >= 3
    # every sign the separator parts by is one the cheap test looks for
    for sign in pipeline._MENU_SIGNS:
        assert pipeline._MENU_SEPARATOR.search(f"a {sign} b")
    for code in range(0x20, 0x3000):
        if pipeline._MENU_SEPARATOR.fullmatch(f" {chr(code)} "):
            assert chr(code) in pipeline._MENU_SIGNS
