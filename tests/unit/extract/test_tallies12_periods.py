"""Tallies of the twenty-first session (tallies12): a figure counted over one named week or month
("en los conflictos del mes", "durante los desbloqueos de esa semana", "over the past week", "in
the first week") is a tally, as a figure over several weeks already was; a source's figure named
as such ("the ministry's latest figure for the injured is 354") is a tally of its kind; and a
tally cue after a figure stays that figure's when the next figure stands past a semicolon (a cue
reaches across no semicolon, so it cannot be the later figure's). Near misses: a weekday of that
week, one march or one clearing keep their incident's count."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document

_LEAD = {"en": "Protesters blocked roads across the region. ", "es": "Hubo bloqueos en la región. "}


def _run(resources: Resources, text: str, language: str):
    doc = Document(
        id="t", text=_LEAD[language] + text, language=language, published=dt.date(2024, 5, 14)
    )
    return extract(doc, resources)


def _tallies(x) -> list[tuple[str, int]]:
    return sorted((t.what, t.value) for t in x.tallies)


def _counts(x, what: str) -> list[int]:
    return sorted(c.value for e in x.events if (c := e.count(what)) is not None)


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        (
            "Según el informe, en los conflictos del mes resultaron heridas 23 personas.",
            "es",
            "injured",
            23,
        ),
        (
            "Durante las movilizaciones de esa semana fueron detenidas 112 personas en el país.",
            "es",
            "detained",
            112,
        ),
        (
            "La Policía reportó que 38 agentes resultaron heridos durante los operativos de esta "
            "semana.",
            "es",
            "injured",
            38,
        ),
        (
            "En la última semana, las fuerzas del orden detuvieron a 230 personas en todo el país.",
            "es",
            "detained",
            230,
        ),
        (
            "Durante el último mes murieron nueve personas en los bloqueos, según la Defensoría.",
            "es",
            "killed",
            9,
        ),
        (
            "Police have arrested 410 people over the past week, the ministry said.",
            "en",
            "detained",
            410,
        ),
        (
            "At least 64 people were injured in the protests of that week, the Red Cross said.",
            "en",
            "injured",
            64,
        ),
        (
            "Rights monitors said 17 people were killed in the first week of the unrest.",
            "en",
            "killed",
            17,
        ),
        (
            "Officers detained 96 demonstrators during this month's marches, the ministry said.",
            "en",
            "detained",
            96,
        ),
    ],
)
def test_a_figure_over_a_named_week_or_month_is_a_tally(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert (what, value) in _tallies(x)
    assert value not in _counts(x, what)


def test_a_month_series_shares_its_cue(resources: Resources) -> None:
    x = _run(
        resources,
        "En las protestas del mes resultaron heridas 31 personas y murieron dos.",
        "es",
    )
    assert _tallies(x) == [("injured", 31), ("killed", 2)]


def test_a_source_figure_named_as_such_is_a_tally(resources: Resources) -> None:
    x = _run(
        resources,
        "The interior ministry's latest figure for the injured is 354, up from 286.",
        "en",
    )
    assert ("injured", 354) in _tallies(x)


def test_the_health_figure_for_the_dead_is_a_tally(resources: Resources) -> None:
    x = _run(resources, "The health ministry's figure for the dead stands at 30.", "en")
    assert ("killed", 30) in _tallies(x)


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        (
            "El Ejército informó que 52 soldados resultaron heridos durante los desalojos de esa "
            "semana; el gremio, en cambio, habla de tres camioneros lesionados.",
            "es",
            "injured",
            52,
        ),
        (
            "Officials said 140 people were detained over the past week; lawyers put the number of "
            "minors among them at 30.",
            "en",
            "detained",
            140,
        ),
    ],
)
def test_a_cue_after_a_figure_does_not_pass_to_a_figure_beyond_a_semicolon(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert (what, value) in _tallies(x)


def test_a_cue_before_the_next_figure_in_its_clause_is_still_that_figure(
    resources: Resources,
) -> None:
    x = _run(
        resources,
        "La policía detuvo a 15 personas el martes; en total, ya son 300 los detenidos.",
        "es",
    )
    assert _tallies(x) == [("detained", 300)]
    assert _counts(x, "detained") == [15]


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # a weekday of that week dates one incident
        ("El lunes de esa semana, dos manifestantes murieron en Juliaca.", "es", "killed", 2),
        # one march, one clearing
        ("En la marcha del lunes resultaron heridas 15 personas.", "es", "injured", 15),
        ("Durante el desalojo del puente, 12 policías resultaron heridos.", "es", "injured", 12),
        ("Police detained 25 people at the march on Tuesday.", "en", "detained", 25),
        ("Two protesters were killed in Lima on the last day of the week.", "en", "killed", 2),
        # a week named only to date the incident, after it
        (
            "Police arrested 40 people in Rabat on Monday, the first week of the protests.",
            "en",
            "detained",
            40,
        ),
    ],
)
def test_one_incident_keeps_its_count(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert value in _counts(x, what)
    assert (what, value) not in _tallies(x)


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        (
            "Some 37 people died in the 2019 crisis that followed a disputed election.",
            "en",
            "killed",
            37,
        ),
        (
            "More than 30 people were killed during the cost-of-living demonstrations of 2023, "
            "rights groups say.",
            "en",
            "killed",
            30,
        ),
        (
            "Durante las protestas de 2019 murieron 36 personas, según la Defensoría.",
            "es",
            "killed",
            36,
        ),
        ("En la crisis de 2020 fueron detenidas 400 personas.", "es", "detained", 400),
        (
            "Más de 400 personas sufrieron lesiones oculares durante el estallido social.",
            "es",
            "injured",
            400,
        ),
    ],
)
def test_a_crisis_named_by_its_year_or_the_estallido_is_counted_over(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert (what, value) in _tallies(x)


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # one march dated by its year, one incident
        ("Police shot dead two students at the 2019 march in Cochabamba.", "en", "killed", 2),
        (
            "La policía detuvo a 12 manifestantes en la marcha del 5 de mayo de 2024.",
            "es",
            "detained",
            12,
        ),
    ],
)
def test_one_march_with_its_year_keeps_its_count(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert value in _counts(x, what)
    assert (what, value) not in _tallies(x)


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        ("The government disputed the toll, saying that nine people had died.", "en", "killed", 9),
        ("El Gobierno cuestionó la cifra y sostuvo que murieron 11 personas.", "es", "killed", 11),
        (
            "La Defensoría registra 41 heridos en las protestas; el gremio, en cambio, habla de 60 "
            "manifestantes heridos y afirma que la cifra oficial está incompleta.",
            "es",
            "injured",
            60,
        ),
    ],
)
def test_a_source_disputing_a_toll_gives_a_figure_of_it(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert (what, value) in _tallies(x)
    assert value not in _counts(x, what)


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # the official figure told in another clause, of no count of its own
        (
            "Police arrested 14 people at the rally in Quito on Monday; the official figure was "
            "released later.",
            "en",
            "detained",
            14,
        ),
        # a figure disputed for attendance, not a toll; the next sentence's incident keeps its dead
        (
            "The governor disputed the figure given by the union for attendance. Two protesters were "
            "shot dead in Juliaca on Monday.",
            "en",
            "killed",
            2,
        ),
        (
            "El alcalde rechazó la cifra de asistentes. La policía detuvo a ocho manifestantes en "
            "Cusco el lunes.",
            "es",
            "detained",
            8,
        ),
    ],
)
def test_a_dispute_elsewhere_leaves_an_incident_its_count(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert value in _counts(x, what)
    assert (what, value) not in _tallies(x)


@pytest.mark.parametrize(
    ("text", "language", "tallies"),
    [
        (
            "Durante el mes resultaron heridas 15 personas y falleció una.",
            "es",
            [("injured", 15), ("killed", 1)],
        ),
        (
            "En el periodo, 27 personas resultaron heridas en conflictos sociales.",
            "es",
            [("injured", 27)],
        ),
        ("Durante el mes de protestas murieron 12 personas.", "es", [("killed", 12)]),
        (
            "During the month, 15 people were injured and one died, the ombudsman's report said.",
            "en",
            [("injured", 15), ("killed", 1)],
        ),
        ("In the reporting period, police detained 320 people.", "en", [("detained", 320)]),
        ("Officials said 12 people had died in the month of protests.", "en", [("killed", 12)]),
        ("Fifteen people were injured in social conflicts in February.", "en", [("injured", 15)]),
    ],
)
def test_a_reports_month_or_period_is_counted_over(
    resources: Resources, text: str, language: str, tallies: list[tuple[str, int]]
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == tallies


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # a month named as a date, with one march
        (
            "En el mes de enero la policía detuvo a 14 personas en la marcha de Cusco.",
            "es",
            "detained",
            14,
        ),
        (
            "Police detained 30 people at a march in Quito in the month of May.",
            "en",
            "detained",
            30,
        ),
        # a day of the month
        (
            "El primer día del mes, la policía detuvo a 12 manifestantes en Lima.",
            "es",
            "detained",
            12,
        ),
        (
            "Police arrested 12 protesters in Lima on the first day of the month.",
            "en",
            "detained",
            12,
        ),
    ],
)
def test_a_month_named_as_a_date_keeps_the_incident(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert value in _counts(x, what)
    assert (what, value) not in _tallies(x)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Residents remember 2019, when a similar strike ended with eleven dead.", "en", 11),
        ("The national strike left eleven dead, the ombudsman said.", "en", 11),
        ("El paro dejó once muertos, según la Defensoría.", "es", 11),
        ("Vecinos recuerdan que aquella huelga terminó con nueve muertos.", "es", 9),
    ],
)
def test_the_dead_a_strike_left_are_a_toll(
    resources: Resources, text: str, language: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert ("killed", value) in _tallies(x)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The march ended with two dead after police opened fire.", "en"),
        ("La marcha terminó con dos muertos tras los disparos de la policía.", "es"),
    ],
)
def test_the_dead_one_march_left_are_its_own(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert 2 in _counts(x, "killed")
    assert ("killed", 2) not in _tallies(x)
