"""The shortcuts taken for speed give what the rules they stand for give (issue #7).

Each test runs the shortcut and the plain rule side by side on the same text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import claims, dates, numbers, pipeline, places, tallies
from veeduria.extract.lexical import Found
from veeduria.models import Document, Location

_RESOURCES = pipeline.load_resources(("es", "en"))


def _loc(text: str, name: str) -> Location:
    start = text.index(name)
    return Location(text=name, span=(start, start + len(name)))


@pytest.mark.parametrize(
    "text",
    [
        "Los manifestantes se concentraron frente a la Dirincri y luego marcharon.",
        "Protesters gathered outside the Interior Ministry on Monday.",
        # letters re matches to "i" and "s" when it ignores case, and str.lower does not
        "Protesters gathered OUTSİDE the Interior Ministry on Monday.",
        "Protesters gathered outſide the Interior Ministry on Monday.",
        "Miles marcharon por las calles de Juliaca.",
    ],
)
def test_speed_named_site_hint_keeps_every_site(text: str) -> None:
    sentence = (0, len(text))
    plain = [m.span("site") for m in places._NAMED_SITE.finditer(text, *sentence)]
    found = places._named_site(text, (0, 5), sentence)
    assert found == (min(plain, key=lambda s: s[0]) if plain else None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Según la Dirección Regional de Salud de Puno, hubo heridos.", "Puno"),
        ("Lo informó Radio Juliaca esta mañana.", "Juliaca"),
        ("La Defensoría del Pueblo de Ayacucho pidió calma.", "Ayacucho"),
        ("Los comuneros marcharon en Ilave.", "Ilave"),
    ],
)
def test_speed_institution_hint_keeps_every_name(text: str, name: str) -> None:
    a = text.index(name)
    plain = places._IN_NAME_BEFORE.search(text, max(0, a - 60), a) is not None
    hinted = places._INSTITUTION.search(text, max(0, a - 60), a) is not None and plain
    assert hinted == plain


def test_speed_place_roles_are_kept_per_text() -> None:
    # the same span in two texts: an answer for one must not be read for the other
    first = "Los comuneros de Azángaro marcharon hoy."
    other = "Las protestas en Azángaro marcharon hoy."
    loc = _loc(first, "Azángaro")
    assert _loc(other, "Azángaro").span == loc.span
    assert places.belongs(loc, first) is True
    assert places.belongs(loc, other) is False
    assert places.belongs(loc, first) is True  # asked again after another text


@pytest.mark.parametrize(
    "text",
    [
        "Protestaron frente a la Dirección Regional de Salud de Puno ayer.",
        "Los comuneros de Puno bloquearon la carretera hacia Juliaca.",
    ],
)
@pytest.mark.parametrize("name", ["Puno", "puno"])
def test_speed_place_roles_read_the_case_of_the_name(text: str, name: str) -> None:
    start = text.index("Puno")
    loc = Location(text=name, span=(start, start + 4))
    plain = places._in_name(loc, text) or places._belongs(loc, text) or places.on_road(loc, text)
    assert places.weak(loc, text) == plain
    assert places.weak(loc, text) == plain  # the second answer is the one kept


# ---------------------------------------------------------------- the seventeenth session's


_GUARDED_TEXTS = [
    "Police said they had detained more than 300 people over four weeks of unrest.",
    "Durante tres semanas, los comuneros bloquearon la vía; 12 personas murieron.",
    "Two days of roadblocks left at least five people dead in the highlands.",
    "Cuatro días de paro dejaron seis heridos en la provincia.",
    "In the months that followed, 31 civilians were killed in the region.",
    "En los años siguientes, ningún policía fue procesado por las muertes.",
    "The council passed a decree that allows the army to patrol the market roads.",
    "El gobierno aprobó una norma que permite a los militares controlar las marchas.",
    "A bill to ban rubber bullets in crowd control was shelved.",
    "Un proyecto que prohíbe el uso de perdigones fue archivado.",
    "A third protester has died in hospital, doctors said.",
    "Un segundo herido murió la noche del martes en Puno.",
    "It was the first confirmed death of the strike.",
    "Fue la primera víctima mortal del paro agrario.",
    "Between 11 December and 9 January, 48 people were killed.",
    "Entre el 7 y el 28 de enero murieron 20 personas.",
    "Desde el 4 de enero, 300 personas fueron detenidas.",
    "Con él suman 18 los fallecidos de los hechos de ese mismo día.",
    "The clashes that day left 17 dead.",
    "Aquella jornada terminó con tres heridos.",
    # near misses: none of the patterns' words, or the words and no match
    "Residents marched peacefully through the square on Friday.",
    "Los vecinos marcharon por la plaza el viernes por la tarde.",
    "The bank said the year had been a difficult one for lenders.",
    # letters re matches to "i" and "s" when it ignores case, and str.lower does not: no guard
    "Police ſaid they had detained 300 people over four weekſ of unrest.",
    "A thİrd protester has DİED in hospital, doctors said.",
    "The council passed a decree that allows the army to patrol the roads, ıt said.",
]


@pytest.mark.parametrize("text", _GUARDED_TEXTS)
def test_speed_case_guard_is_the_lower_case_or_none(text: str) -> None:
    guard = numbers.case_guard(text, text.lower())
    odd = any(c in text for c in ("ı", "İ", "ſ"))
    assert guard == (None if odd else text.lower())


def test_speed_case_guard_none_when_lower_case_is_longer() -> None:
    text = "Un agente disparó en İzmir."  # no odd letter besides the capital dotted I
    assert len(text.lower()) != len(text)
    assert numbers.case_guard(text, text.lower()) is None


@pytest.mark.parametrize(
    ("guard", "words", "expected"),
    [
        ("police killed three", ("kill",), True),
        ("police killed three", ("die", "fallec"), False),
        (None, ("die",), True),  # no guard: the pattern must run
    ],
)
def test_speed_holds_any(guard: str | None, words: tuple[str, ...], expected: bool) -> None:
    assert numbers.holds_any(guard, 0, 30, words) is expected


def test_speed_holds_any_reads_only_its_window() -> None:
    guard = "they said he died later"
    assert numbers.holds_any(guard, 0, 12, ("die",)) is False
    assert numbers.holds_any(guard, 0, len(guard), ("die",)) is True


@pytest.mark.parametrize("text", _GUARDED_TEXTS)
def test_speed_stretch_guard_keeps_every_cue(text: str) -> None:
    guard = numbers.case_guard(text, text.lower())
    plain = tallies.stretch_cues(text, 0, len(text))
    assert tallies.stretch_cues(text, 0, len(text), guard) == plain


@pytest.mark.parametrize("text", _GUARDED_TEXTS)
def test_speed_permits_guard_keeps_every_permission(text: str) -> None:
    guard = numbers.case_guard(text, text.lower())
    for word in text.split():
        start = text.index(word)
        trigger = Found(start, start + len(word), None)
        assert pipeline._permitted(trigger, text, 0, guard) == pipeline._permitted(trigger, text, 0)


@pytest.mark.parametrize("text", _GUARDED_TEXTS)
def test_speed_guard_words_hold_every_match(text: str) -> None:
    # every match of the two patterns holds one of the words tested before them, in the
    # text's guard ("DİED" has none: its text has no guard, and the patterns run)
    guard = numbers.case_guard(text, text.lower())
    for pattern, words in (
        (pipeline._ORDINAL_DEATH, pipeline._DYING_WORDS),
        (pipeline._FIRST_DEATH, pipeline._FIRST_WORDS),
        (pipeline._THAT_DAY, pipeline._THAT_DAY_WORDS),
        (pipeline._PERIOD_OPENS, pipeline._PERIOD_OPEN_WORDS),
        (pipeline._PERMITS, pipeline._PERMIT_WORDS),
        (tallies._STRETCH, tallies._STRETCH_WORDS),
        (tallies._STRETCH_SUBJECT, tallies._STRETCH_SUBJECT_WORDS),
    ):
        for m in pattern.finditer(text):
            assert numbers.holds_any(guard, m.start(), m.end(), words)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Un joven murió el 9 de enero. Con él suman 18 los fallecidos de ese día.",
            "el 9 de enero",
        ),
        ("A man was shot on January 9. The clashes that day left 17 dead.", "on January 9"),
        ("A man was shot on January 9. The clashes that week left 17 dead.", None),
        ("Un joven murió el 9 de enero. Ese mismo lunes la policía desalojó la plaza.", None),
    ],
)
def test_speed_that_day_guard_keeps_the_day(text: str, day: str | None) -> None:
    run = pipeline._Run(
        Document(id="x", text=text, language="es", published=dt.date(2023, 1, 20)),
        text,
        _RESOURCES.by_language["es" if " de " in text else "en"],
        _RESOURCES,
        [],
    )
    assert run.guard == text.lower()
    start = text.index(". ") + 2
    found = run._that_day((start, len(text)))
    assert (found.text.strip() if found else None) == day


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("A third protester has died in hospital, doctors said.", True),
        ("Un segundo herido murió la noche del martes en Puno.", True),
        ("It was the first confirmed death of the strike.", True),
        ("A third protester was injured in the square.", False),
        ("The first march reached the capital on Monday.", False),
    ],
)
def test_speed_death_patterns_still_match(text: str, first: bool) -> None:
    found = pipeline._ORDINAL_DEATH.search(text) or pipeline._FIRST_DEATH.search(text)
    assert (found is not None) is first


def test_speed_phrase_lookup_answers_the_same_again() -> None:
    table = numbers.compile_phrases([("muri*", "killed"), ("herido", "injured")])
    first = [table.lookup(w) for w in ("Murieron", "HERIDO", "muertos")]
    again = [table.lookup(w) for w in ("Murieron", "HERIDO", "muertos")]
    assert first == again == [("killed",), ("injured",), ()]


def test_speed_phrase_lookup_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numbers, "_LOOKUPS_KEPT", 2)
    table = numbers.compile_phrases([("herido", "injured")])
    for word in ("Herido", "HERIDO", "Heridos", "herido "):
        table.lookup(word)
    assert table.lookup("HERIDO") == ("injured",)
    assert table.lookup("Heridos") == ()


@pytest.mark.parametrize(
    "window",
    [
        "El informe de la Defensoría, presentado este ",
        "The rights group's report, released on ",
        "Según el comunicado dado a conocer el ",
        "Un estudio hecho público el ",
        "The statement, made public on ",
        # near misses: a report and no participle, a participle and no report
        "The report said police fired on the crowd on ",
        "Los manifestantes, presentados ante el juez el ",
        # a letter re matches to "i" when it ignores case, and str.lower does not
        "The report, İSSUED on ",
    ],
)
def test_speed_published_guard_keeps_every_publication(window: str) -> None:
    plain = dates._PUBLISHED.search(window) is not None
    assert not plain or numbers.window_holds_any(window, dates._PUBLISHED_WORDS)


@pytest.mark.parametrize(
    ("before", "answers"),
    [
        ("What do the protesters want? ", True),
        ("¿Qué piden los comuneros? ", True),
        ("What do the protesters want. ", False),
        ("Los comuneros piden justicia. ", False),
    ],
)
def test_speed_answers_need_a_question_mark(before: str, answers: bool) -> None:
    text = before + "The resignation of the president."
    assert claims.answers_demand_question(text, len(before)) is answers
