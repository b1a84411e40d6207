"""Tolls of the sixteenth session (extract-counts6): a toll verb with its own figure after an
incident's figure ("Two protesters were shot dead on Tuesday, bringing to 18 the number of people
who have died") leaves the incident its own; a figure another source disputes in the same
sentence ("...; the government acknowledged three") is a toll with its rival; a figure counted
over weeks, months or years ("over five weeks", "in the weeks that followed", "ten days of
protests left ...") is a toll, but a stretch that only says when an incident happened ("After
three weeks of protests, police killed ...") is not."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document

_LEAD = {"en": "Protesters blocked roads across the region. ", "es": "Hubo bloqueos en la región. "}


def _run(resources: Resources, text: str, language: str):
    doc = Document(
        id="t", text=_LEAD[language] + text, language=language, published=dt.date(2024, 3, 9)
    )
    return extract(doc, resources)


def _tallies(x):
    return sorted((t.what, t.value) for t in x.tallies)


def _counts(x, what: str) -> list[int]:
    return sorted(c.value for e in x.events if (c := e.count(what)) is not None)


@pytest.mark.parametrize(
    ("text", "language", "own", "total"),
    [
        (
            "Two protesters were shot dead in Ilave on Tuesday, bringing to 18 the number of "
            "people who have died.",
            "en",
            2,
            18,
        ),
        (
            "Three farmers were killed near the bridge on Friday, bringing to 31 the number of "
            "people killed since January.",
            "en",
            3,
            31,
        ),
        (
            "A student died in Cusco on Monday, raising to 12 the number of people killed.",
            "en",
            1,
            12,
        ),
        (
            "Dos comuneros murieron en Ilave el martes, elevando a 18 el número de fallecidos.",
            "es",
            2,
            18,
        ),
        (
            "Cuatro manifestantes murieron el lunes en Juliaca, lo que eleva a 22 la cifra de "
            "fallecidos.",
            "es",
            4,
            22,
        ),
    ],
)
def test_a_toll_verb_with_its_own_figure_leaves_the_incident_its_own(
    resources: Resources, text: str, language: str, own: int, total: int
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "killed") == [own]
    assert _tallies(x) == [("killed", total)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: a toll verb with no figure after it still makes a toll of the figure
        ("At least 18 people have died so far.", "en"),
        ("Eighteen people have died since December, the ombudsman said.", "en"),
        ("Ya son 18 las personas fallecidas desde diciembre.", "es"),
    ],
)
def test_a_toll_with_no_figure_after_its_verb_stays_a_toll(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [("killed", 18)]
    assert _counts(x, "killed") == []


@pytest.mark.parametrize(
    ("text", "language", "tallies"),
    [
        (
            "By Sunday, rights groups had counted at least nine dead since Thursday; the "
            "government acknowledged four.",
            "en",
            [("killed", 4), ("killed", 9)],
        ),
        (
            "A Lima-based monitor said at least 14 people had been killed, including a boy; "
            "another group put the figure at 16.",
            "en",
            [("killed", 14), ("killed", 16)],
        ),
        (
            "Lawyers say more than 300 people have been detained or are missing; one "
            "association puts the number at 410.",
            "en",
            [("detained", 300), ("detained", 410)],
        ),
        (
            "Organizaciones de derechos humanos cuentan al menos nueve muertos desde el jueves; "
            "el Gobierno reconoce cuatro.",
            "es",
            [("killed", 4), ("killed", 9)],
        ),
    ],
)
def test_a_figure_disputed_by_another_source_is_a_toll(
    resources: Resources, text: str, language: str, tallies: list[tuple[str, int]]
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == tallies


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # near misses: a figure with a town or a day of its own counts an incident
        (
            "Police said 12 people were arrested in Juliaca; the ombudsman put the figure at 15.",
            "en",
            "detained",
            12,
        ),
        (
            "Police said 12 people were arrested on Monday; the ombudsman put the figure at 15.",
            "en",
            "detained",
            12,
        ),
        (
            "La Policía informó que 12 personas fueron detenidas en Juliaca; la Defensoría "
            "elevó la cifra a 15.",
            "es",
            "detained",
            12,
        ),
    ],
)
def test_a_disputed_figure_with_a_town_or_day_is_an_incident(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert value in _counts(x, what)
    assert (what, value) not in _tallies(x)


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        (
            "Police said they had arrested more than 800 people over four weeks.",
            "en",
            "detained",
            800,
        ),
        (
            "Security forces killed at least 40 people over several weeks of protest.",
            "en",
            "killed",
            40,
        ),
        (
            "In the months that followed, 33 civilians were killed in clashes with the army.",
            "en",
            "killed",
            33,
        ),
        (
            "In March, twelve days of similar protests shut the capital and left at least seven "
            "people dead.",
            "en",
            "killed",
            7,
        ),
        (
            "Tres semanas de intensas protestas dejaron 20 muertos.",
            "es",
            "killed",
            20,
        ),
        (
            "La Policía detuvo a más de 300 personas durante cinco semanas.",
            "es",
            "detained",
            300,
        ),
        (
            "En las semanas siguientes, 25 personas murieron en enfrentamientos con la policía.",
            "es",
            "killed",
            25,
        ),
    ],
)
def test_a_figure_over_weeks_or_months_is_a_toll(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert (what, value) in _tallies(x)
    assert value not in _counts(x, what)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the stretch says when the incident happened, or is shorter than weeks
        ("After three weeks of protests, police killed two people in Juliaca on Monday.", "en"),
        ("Tras dos semanas de paro, la policía mató a dos personas en Juliaca el lunes.", "es"),
        ("Police killed two people in Juliaca over the weekend.", "en"),
    ],
)
def test_a_stretch_that_dates_an_incident_is_no_toll(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "killed") == [2]
    assert _tallies(x) == []


def test_weeks_of_protests_in_which_people_died_is_a_toll(resources: Resources) -> None:
    x = _run(
        resources,
        "The final was moved after weeks of protests in which more than 20 people had died.",
        "en",
    )
    assert _tallies(x) == [("killed", 20)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "The monitors have documented 23 deaths during the protests of Tuesday, 5 March, in "
            "nine towns.",
            "en",
            23,
        ),
        ("Ya son 14 los fallecidos del martes en Ilave.", "es", 14),
        ("La Defensoría registra 9 muertos en las marchas del 5 de marzo.", "es", 9),
    ],
)
def test_a_figure_of_one_days_protests_is_that_incidents(
    resources: Resources, text: str, language: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "killed") == [value]
    assert _tallies(x) == []
    assert any(
        e.sub_event_type == "Excessive force against protesters" and e.killed is not None
        for e in x.events
    )


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # near misses: a day that dates the report, or the day a period began
        ("The toll now stands at 60 dead on Wednesday.", "en", 60),
        ("The ombudsman has documented 60 deaths since the protests of 7 December.", "en", 60),
        ("La Defensoría registra 48 muertos desde las protestas del 7 de diciembre.", "es", 48),
    ],
)
def test_a_day_of_the_report_or_of_a_period_keeps_the_toll(
    resources: Resources, text: str, language: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [("killed", value)]
    assert _counts(x, "killed") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three protesters were shot dead in Ilave on Tuesday. The toll now stands at 21.", "en"),
        ("Three protesters were shot dead in Ilave on Tuesday. The death toll rose to 21.", "en"),
        ("Tres manifestantes murieron el martes en Ilave. El saldo es de 21 fallecidos.", "es"),
    ],
)
def test_a_toll_after_an_incident_with_its_own_figure_keeps_running(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "killed") == [3]
    assert _tallies(x) == [("killed", 21)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the incident told no figure, so the toll right after it is its result
        ("Police opened fire on marchers in Ilave on Tuesday. The toll now stands at 21.", "en"),
        (
            "Policías y soldados abrieron fuego contra los manifestantes en Ilave. El saldo es "
            "de 21 fallecidos.",
            "es",
        ),
    ],
)
def test_a_toll_right_after_an_incident_without_a_figure_is_its_result(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert 21 in _counts(x, "killed")
    assert _tallies(x) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Hubo un minuto de silencio por los nueve fallecidos que dejó el paro.", "es", 9),
        ("Las familias recuerdan a los 12 muertos que dejaron los bloqueos.", "es", 12),
        ("Mourners remembered the eight dead left by the national strike.", "en", 8),
    ],
)
def test_the_dead_a_lasting_action_left_are_a_toll(
    resources: Resources, text: str, language: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [("killed", value)]
    assert _counts(x, "killed") == []


def test_the_dead_of_one_days_clash_stay_its_own(resources: Resources) -> None:
    # near miss: what one day's clash left is that incident's figure
    x = _run(resources, "El enfrentamiento del lunes en Ilave dejó tres muertos.", "es")
    assert _counts(x, "killed") == [3]
    assert _tallies(x) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The death toll since January now stands at 40, including a student killed on "
            "Tuesday in clashes near the bridge in Ilave.",
            "en",
        ),
        (
            "La cifra de fallecidos desde enero asciende a 40, entre ellos un comunero que murió "
            "el martes en Ilave.",
            "es",
        ),
    ],
)
def test_a_dated_incident_in_a_tolls_aside_is_its_own(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [("killed", 40)]
    assert _counts(x, "killed") == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the aside names some of the dead with no day of their own
        ("The death toll since January now stands at 40, including one police officer.", "en"),
        ("La cifra de fallecidos desde enero llegó a 40, incluido un policía.", "es"),
    ],
)
def test_an_undated_part_of_a_toll_is_no_incident(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [("killed", 40)]
    assert _counts(x, "killed") == []
