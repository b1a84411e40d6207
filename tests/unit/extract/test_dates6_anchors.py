"""Fifteenth session (extract-dates6): a plan with its event as object ("plans a march on
Sunday") is of the coming days; a deadline after the event word ("had been detained by
Thursday morning") bounds it, it does not date it; a weekday with its day number ("el martes
17") is that day, ahead as well as behind."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document

D = dt.date


def _events(resources, text, language, published):
    doc = Document(id="t", text=text, language=language, published=published)
    return extract(doc, resources).events


def _day(resources, text, language, published, word):
    """The day of the last event whose word starts with ``word``."""
    found = [
        m for m in _events(resources, text, language, published) if m.trigger.text.startswith(word)
    ]
    assert found, word
    return found[-1].date.value if found[-1].date else None


# Tuesday 14 March 2023
TUE = D(2023, 3, 14)


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        (
            "Teachers' unions plan a march on the Education Ministry on Friday.",
            "march",
            D(2023, 3, 17),
        ),
        (
            "The opposition also plans a rally in the main square on Sunday.",
            "rally",
            D(2023, 3, 19),
        ),
        ("Miners are planning another strike for Thursday.", "strike", D(2023, 3, 16)),
        (
            "Students plan more protests on Saturday outside the university.",
            "protests",
            D(2023, 3, 18),
        ),
        (
            "Farmers' groups plan a nationwide strike on Monday.",
            "strike",
            D(2023, 3, 20),
        ),
    ],
)
def test_a_plan_with_its_event_as_object_is_ahead(resources, text, word, value):
    events = [m for m in _events(resources, text, "en", TUE) if m.trigger.text.startswith(word)]
    assert events and events[-1].factuality == "planned"
    assert events[-1].date is not None and events[-1].date.value == value


@pytest.mark.parametrize(
    "text",
    [
        # "plan a" followed by a time, not an event: no plan
        "The government unveiled its plan a day after the march on Monday.",
        "Lawmakers shelved the plan a week after riot police broke up a march on Monday.",
    ],
)
def test_a_plan_noun_before_a_time_makes_no_plan(resources, text):
    events = _events(resources, text, "en", TUE)
    assert events and all(m.factuality != "planned" for m in events)


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        (
            "On Sunday, thousands marched through the capital. Police said 30 people had been "
            "arrested by Monday morning.",
            "arrested",
            D(2023, 3, 12),
        ),
        (
            "Riot police cleared the square on Saturday night. The ministry said 12 protesters "
            "were detained by Sunday.",
            "detained",
            D(2023, 3, 11),
        ),
    ],
)
def test_a_deadline_after_the_event_only_bounds_it(resources, text, word, value):
    assert _day(resources, text, "en", TUE, word) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # near misses: a deadline that opens the sentence is where the story is
        (
            "Protesters marched on Saturday. By Monday, road blockades had cut the main "
            "highways to the coast.",
            "blockades",
            D(2023, 3, 13),
        ),
        # the deadline is the only day the event can take when the story has none
        ("Police said 40 people had been arrested by Monday night.", "arrested", D(2023, 3, 13)),
    ],
)
def test_a_deadline_that_opens_the_sentence_dates_it(resources, text, word, value):
    assert _day(resources, text, "en", TUE, word) == value


# Sunday 15 November 2020
SUN = D(2020, 11, 15)


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        (
            "es",
            "Los gremios convocan a sus bases a participar el martes 17 en una jornada de protesta.",
            "protesta",
            D(2020, 11, 17),
        ),
        (
            "es",
            "Los docentes marcharon el jueves 12 por el centro de la ciudad.",
            "marcharon",
            D(2020, 11, 12),
        ),
        (
            "es",
            "El sindicato anunció una huelga para el miércoles 18, frente al Congreso.",
            "huelga",
            D(2020, 11, 18),
        ),
        (
            "en",
            "Unions called a national strike on Tuesday 17th in the capital.",
            "national strike",
            D(2020, 11, 17),
        ),
        ("en", "Students marched on Thursday 12, police said.", "marched", D(2020, 11, 12)),
    ],
)
def test_a_weekday_with_its_day_number(resources, lang, text, word, value):
    assert _day(resources, text, lang, SUN, word) == value


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        # the number counts people: the weekday alone
        (
            "es",
            "El martes 17 manifestantes murieron en enfrentamientos con la policía.",
            "enfrentamientos",
            D(2020, 11, 10),
        ),
        (
            "en",
            "On Tuesday 17 protesters were killed in clashes with police.",
            "clashes",
            D(2020, 11, 10),
        ),
    ],
)
def test_a_weekday_before_a_count_keeps_its_week(resources, lang, text, word, value):
    assert _day(resources, text, lang, SUN, word) == value


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        (
            "es",
            "Los gremios anuncian que mañana volverán a marchar hacia el Congreso.",
            "marchar",
            D(2023, 3, 15),
        ),
        (
            "es",
            "La movilización de mañana partirá de la plaza San Martín.",
            "movilización",
            D(2023, 3, 15),
        ),
        (
            "es",
            "Los transportistas convocaron para mañana miércoles un paro regional.",
            "paro",
            D(2023, 3, 15),
        ),
        (
            "es",
            "Los comuneros bloquearán las vías hoy y mañana en la provincia.",
            "bloquear",
            D(2023, 3, 14),
        ),
        ("es", "Pasado mañana se realizará un paro de transportistas.", "paro", D(2023, 3, 16)),
        ("en", "Truckers will begin a strike the day after tomorrow.", "strike", D(2023, 3, 16)),
        ("en", "Union leaders said they would march again tomorrow.", "march", D(2023, 3, 15)),
    ],
)
def test_tomorrow_and_the_day_after(resources, lang, text, word, value):
    assert _day(resources, text, lang, TUE, word) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # "mañana" with an article is the morning, not tomorrow
        ("La policía desalojó la plaza en la mañana del lunes.", "desalojó", D(2023, 3, 13)),
        (
            "Los comuneros tomaron el puente el lunes. Por la mañana, la policía los desalojó.",
            "desalojó",
            D(2023, 3, 13),
        ),
        (
            "El lunes los mineros marcharon; a media mañana, la policía lanzó gases.",
            "gases",
            D(2023, 3, 13),
        ),
        ("Ayer por la tarde, la policía detuvo a diez manifestantes.", "detuvo", D(2023, 3, 13)),
        (
            "Anoche, un grupo de encapuchados saqueó varias tiendas del centro.",
            "saqueó",
            D(2023, 3, 13),
        ),
        ("Esta madrugada, la policía desalojó el puente.", "desalojó", D(2023, 3, 14)),
    ],
)
def test_the_morning_is_not_tomorrow(resources, text, word, value):
    assert _day(resources, text, "es", TUE, word) == value


def _words(resources, text, language):
    return [m.trigger.text for m in _events(resources, text, language, TUE)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two months after the protests began, no officer has been charged."),
        ("en", "Since the start of the strike, truckers have lost millions of dollars."),
        ("en", "In the weeks since the unrest broke out, the currency has fallen by a tenth."),
        ("es", "Desde que comenzaron las protestas, el turismo cayó a la mitad."),
        ("es", "Desde el inicio del paro, los precios de los alimentos se duplicaron."),
        (
            "es",
            "Tres meses después de que estallaran las protestas, la fiscalía no ha acusado a nadie.",
        ),
    ],
)
def test_the_time_a_sentence_counts_from_is_no_event(resources, lang, text):
    assert _words(resources, text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # a beginning told with its day is the start of the action
        (
            "en",
            "Unions called new marches for today, the fourth since the strike began on March 1.",
            "strike",
        ),
        ("es", "Es la tercera jornada desde que el paro comenzó el 1 de marzo.", "paro"),
        # the setting of a death told in the sentence
        ("en", "She is the first person killed in the city since the protests began.", "protests"),
        # the sentence's own incident
        (
            "es",
            "Desde que comenzaron las protestas, la policía detuvo el lunes a 30 personas en Lima.",
            "detuvo",
        ),
        # a plain beginning, with no "since": the protests themselves
        ("en", "The protests began on Monday in the port city.", "protests"),
        ("es", "Las protestas comenzaron el lunes en el puerto.", "protestas"),
    ],
)
def test_a_beginning_that_tells_an_event_stays(resources, lang, text, word):
    assert any(w.startswith(word) for w in _words(resources, text, lang))


def test_a_live_entry_keeps_its_day_over_an_after_clause(resources):
    text = (
        "Live: protests against the new cabinet\n\n"
        "11:20 - Hundreds of students are marching towards the palace against the new premier, "
        "who took office on Friday after the assembly sacked his predecessor on Wednesday.\n\n"
        "12:05 - Police are firing tear gas near the cathedral."
    )
    assert _day(resources, text, "en", SUN, "marching") == SUN


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        # the end of a period dates nothing: the curfew is the one declared on Monday
        (
            "en",
            "The government declared a curfew in the province on Monday. The curfew will last "
            "until Sunday.",
            "curfew",
            D(2023, 3, 13),
        ),
        (
            "es",
            "El Gobierno declaró el lunes el toque de queda en la provincia, que regirá hasta el "
            "domingo.",
            "toque de queda",
            D(2023, 3, 13),
        ),
        # how long a blockade has lasted: the day told, with a window back to its start
        (
            "es",
            "Los comuneros mantienen desde hace una semana el bloqueo de la carretera.",
            "bloqueo",
            D(2023, 3, 14),
        ),
    ],
)
def test_until_and_for_how_long(resources, lang, text, word, value):
    assert _day(resources, text, lang, TUE, word) == value
