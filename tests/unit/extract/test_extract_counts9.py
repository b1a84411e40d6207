"""Counts of the nineteenth session (extract-counts9).

The clock-time rule of extract-counts8 let any number over 24 after "a las" be a figure: an
hour and its minutes written as one number ("a las 1930") is still a time, and "hacia las",
"alrededor de las", "antes de las" are clock-time words too. A bare casualty noun as the
subject of a rising toll ("Los fallecidos ya son 18") is a toll only when its clause names no
town or day of one incident: "Los fallecidos ya son 18 en Juliaca, donde la policía disparó el
lunes" counts that incident's dead and keeps the incident.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.extract.counts import compile_counts, find_counts
from veeduria.extract.numbers import compile_numbers
from veeduria.models import Document


@pytest.fixture(scope="module")
def rules():
    return {lang: (compile_counts(lang), compile_numbers(lang)) for lang in ("es", "en")}


def _found(rules, lang: str, text: str) -> list[tuple[str, int]]:
    count_rules, number_rules = rules[lang]
    return [
        (m.category, m.count.value)
        for m in find_counts(text, 0, len(text), count_rules, number_rules)
    ]


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 14))
    return extract(doc, resources)


def _tallies(x) -> list[tuple[str, int]]:
    return sorted((t.what, t.value) for t in x.tallies)


def _counts(x, what: str) -> list[int]:
    return sorted(c.value for e in x.events if (c := e.count(what)) is not None)


# --- clock times ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an hour and its minutes written together are a time, not 1930 dead
        ("A las 1930 murieron dos comuneros en Ilave.", [("killed", 2)]),
        ("Desde las 0745 fueron detenidos once estudiantes en Cusco.", [("detained", 11)]),
        # clock-time words the first list lacked
        ("Hacia las 21 murieron dos comuneros en Ilave.", [("killed", 2)]),
        ("Alrededor de las 3 resultaron heridos cuatro agentes en Ilave.", [("injured", 4)]),
        ("Antes de las 9 fueron detenidos seis estudiantes.", [("detained", 6)]),
    ],
)
def test_clock_times_are_no_figures(rules, text: str, expected) -> None:
    assert _found(rules, "es", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a figure after the article is still a figure
        ("La cifra se suma a las 63 personas fallecidas en el sur.", [("killed", 63)]),
        ("Hacia las 1.200 personas detenidas apuntan las cifras.", [("detained", 1200)]),
        # a number with minutes impossible as a time ("1975": 75 minutes) is no clock time
        ("a las 1975 personas detenidas", [("detained", 1975)]),
        ("Alrededor de las 14 personas heridas fueron atendidas.", [("injured", 14)]),
    ],
)
def test_figures_after_clock_words_still_count(rules, text: str, expected) -> None:
    assert _found(rules, "es", text) == expected


# --- a bare casualty noun as a toll's subject ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        (
            "Los fallecidos ya son 9 en Ilave, donde la policía disparó el martes contra los "
            "comuneros.",
            "es",
            "killed",
            9,
        ),
        ("Los detenidos en la marcha de Cusco llegan a 35.", "es", "detained", 35),
        ("Los heridos en Ilave ya suman 27 tras el desalojo del puente.", "es", "injured", 27),
    ],
)
def test_a_bare_toll_with_a_town_counts_that_incident(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == []
    assert _counts(x, what) == [value]


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # near misses: a period, the whole country or no place: a running toll stays a tally
        ("Los fallecidos desde diciembre ya son 51 en todo el país.", "es", "killed", 51),
        ("Los muertos en las protestas contra el Congreso suman 61.", "es", "killed", 61),
        ("Los heridos en el país ya suman 1.350 desde diciembre.", "es", "injured", 1350),
        (
            "Fatalities have reached 33 across the country since the unrest began.",
            "en",
            "killed",
            33,
        ),
        (
            "The dead in the nationwide unrest since December now stand at 52.",
            "en",
            "killed",
            52,
        ),
    ],
)
def test_a_bare_toll_of_a_period_stays_a_tally(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert (what, value) in _tallies(x)
    assert value not in _counts(x, what)


# --- a source's count named as such --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        ("Según el conteo de la Defensoría, son 22 los detenidos.", "es", "detained", 22),
        (
            "De acuerdo con el recuento de la Coordinadora, 35 personas resultaron heridas.",
            "es",
            "injured",
            35,
        ),
        (
            "According to a tally by the bar association, 19 people were detained.",
            "en",
            "detained",
            19,
        ),
        ("By its count, 48 people have died in the protests.", "en", "killed", 48),
    ],
)
def test_a_source_count_is_a_tally(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert (what, value) in _tallies(x)
    assert value not in _counts(x, what)


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # near misses: the source counts one incident, told with its town or its day
        (
            "Según el recuento de la Coordinadora, la policía hirió a 31 manifestantes en Ilave.",
            "es",
            "injured",
            31,
        ),
        (
            "Los choques del martes dejaron 14 heridos, según el recuento de este diario.",
            "es",
            "injured",
            14,
        ),
        (
            "According to a tally by the bar association, police detained 19 people in Cusco.",
            "en",
            "detained",
            19,
        ),
    ],
)
def test_a_source_count_of_one_incident_is_its_figure(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == []
    assert _counts(x, what) == [value]


# --- intervenir a alguien: detenerlo (Peruvian police usage) -------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La policía intervino a 25 manifestantes en la plaza de Puno el martes.", 25),
        ("Los agentes intervinieron a doce estudiantes en la avenida Abancay.", 12),
        ("En Ilave, 9 comuneros fueron intervenidos por la policía.", 9),
    ],
)
def test_intervenir_a_people_is_an_arrest(resources: Resources, text: str, value: int) -> None:
    x = _run(resources, text, "es")
    assert value in _counts(x, "detained")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: "intervenir a favor de", "a pedido de" is no arrest, and no event
        "El ministro intervino a favor de los huelguistas en Juliaca el martes.",
        "La Defensoría intervino a pedido de los comuneros en Ilave.",
    ],
)
def test_intervenir_without_people_detained_is_no_arrest(resources: Resources, text: str) -> None:
    x = _run(resources, text, "es")
    assert not [e for e in x.events if e.sub_event_type == "Arrests"]
    assert _counts(x, "detained") == []


# --- "y otro murió", "and another died": one more --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        # one more of the same incident: added to the first figure
        (
            "Un comunero murió por un disparo en Ilave el martes y otro murió horas después en "
            "el hospital.",
            "es",
            [2],
        ),
        (
            "A farmer was shot dead in Ilave on Tuesday, and another died in hospital hours later.",
            "en",
            [2],
        ),
        # one more in another town: an incident of its own with its one dead
        ("Dos comuneros murieron en Ilave el martes y otro murió en Juli.", "es", [1, 2]),
        ("Two farmers were killed in Ilave on Tuesday and another died in Juli.", "en", [1, 2]),
    ],
)
def test_another_dead_counts_one_more(
    resources: Resources, text: str, language: str, killed: list[int]
) -> None:
    lead = {"es": "Hubo protestas en la región. ", "en": "Protesters blocked roads. "}[language]
    assert _counts(_run(resources, lead + text, language), "killed") == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: another of a different figure, or no figure before it
        ("Police detained one leader in Puno and another was released.", [("detained", 1)]),
        ("One officer was injured in Puno and another was arrested.", [("injured", 1)]),
    ],
)
def test_another_without_a_figure_of_its_kind_adds_nothing(rules, text: str, expected) -> None:
    found = _found(rules, "en", text)
    assert [f for f in found if f[0] == expected[0][0]] == expected
    assert not [f for f in found if f[0] == "killed"]


# --- "los heridos superan los cien": at least a hundred, of the incident told ----------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "La policía disparó contra los comuneros en Ilave el martes. Los heridos superan "
            "los ochenta, según el hospital.",
            "es",
            80,
        ),
        (
            "La policía disparó contra los comuneros en Ilave el martes. Los heridos superan el "
            "centenar.",
            "es",
            100,
        ),
        (
            "Police fired on farmers in Ilave on Tuesday. The wounded exceeded 70, the hospital "
            "said.",
            "en",
            70,
        ),
    ],
)
def test_a_bare_noun_past_a_figure_is_at_least_and_no_toll(
    rules, resources: Resources, text: str, language: str, value: int
) -> None:
    count_rules, number_rules = rules[language]
    found = find_counts(text, 0, len(text), count_rules, number_rules)
    assert [(m.category, m.count.value, m.count.qualifier) for m in found] == [
        ("injured", value, "at_least")
    ]
    assert _tallies(_run(resources, text, language)) == []


def test_wounded_sent_on_to_a_town_do_not_place_the_incident(resources: Resources) -> None:
    # "derivadas a clínicas y a Puno": where the wounded were sent, not where it happened
    text = (
        "Los manifestantes se enfrentaron con la policía en Ilave el martes. Los heridos superan "
        "el centenar: el hospital atendió a 61 y otras decenas fueron derivadas a clínicas y a "
        "Puno. Esa noche los manifestantes saquearon dos comercios."
    )
    x = _run(resources, text, "es")
    assert "Puno" not in {e.location.name for e in x.events if e.location}


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # near misses: a period in the clause keeps the running toll
        ("Los heridos desde diciembre superan los 1.300.", "es", "injured", 1300),
        ("The wounded since the unrest began exceeded 900.", "en", "injured", 900),
    ],
)
def test_a_bare_noun_past_a_figure_over_a_period_is_a_tally(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert (what, value) in _tallies(x)
    tally = next(t for t in x.tallies if t.value == value)
    assert tally.qualifier == "at_least"


@pytest.mark.parametrize(
    "text",
    [
        "otras decenas fueron derivadas a clínicas particulares y a Puno",
        "were taken to a local clinic and to Cusco",
    ],
)
def test_a_second_destination_right_after_the_conjunction_is_taken_to(text: str) -> None:
    from veeduria.extract.places import taken_to

    town = text.rsplit(" ", 1)[1]
    assert taken_to(text, text.rindex(town))
