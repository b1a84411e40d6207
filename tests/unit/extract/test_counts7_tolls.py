"""Tolls and counts of the seventeenth session (extract-counts7): the victims of a toll that
rises ("eleva a 47 las víctimas", "ya son 28 las víctimas") are its dead; a toll told by the
rank of one dead ("the 58th person to die in the protests", "la víctima número 50 de las
protestas", "el quincuagésimo fallecido desde diciembre") is a tally of that rank and one dead of
the incident, while a rank with no crisis, period or country after it ("An 18th victim died of
his wounds") stays one more dead of the incident told; "dos manifestantes más murieron" counts
two; detentions told as "fueron puestos a disposición de la fiscalía", "siguen detenidos", "los
15 intervenidos", "were placed under arrest", and injured as "required hospital treatment",
"requirieron atención médica"."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.extract.numbers import compile_numbers, read_ordinal
from veeduria.models import Document

_LEAD = {"en": "Protesters blocked roads across the region. ", "es": "Hubo bloqueos en la región. "}


def _run(resources: Resources, text: str, language: str):
    doc = Document(
        id="t", text=_LEAD[language] + text, language=language, published=dt.date(2024, 5, 14)
    )
    return extract(doc, resources)


def _tallies(x):
    return sorted((t.what, t.value) for t in x.tallies)


def _counts(x, what: str) -> list[int]:
    return sorted(c.value for e in x.events if (c := e.count(what)) is not None)


@pytest.mark.parametrize(
    ("text", "language", "total"),
    [
        ("La Coordinadora eleva a 31 las víctimas desde enero.", "es", 31),
        ("Con el deceso del comunero, ya son 23 las víctimas del conflicto.", "es", 23),
        ("Suman 40 las víctimas desde que empezó el paro, según la Defensoría.", "es", 40),
        ("Según el gremio, el número de víctimas asciende a 19.", "es", 19),
    ],
)
def test_the_victims_of_a_rising_toll_are_its_dead(
    resources: Resources, text: str, language: str, total: int
) -> None:
    x = _run(resources, text, language)
    assert ("killed", total) in _tallies(x)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # victims with no toll verb say nothing certain: dead and wounded together
        ("Cinco víctimas fueron trasladadas al hospital de Sicuani.", "es"),
        ("Los bomberos auxiliaron a las víctimas del choque en la carretera.", "es"),
    ],
)
def test_victims_with_no_toll_are_no_figure(resources: Resources, text: str, language: str) -> None:
    x = _run(resources, text, language)
    assert not x.tallies
    assert _counts(x, "killed") == []


def test_more_after_the_noun_still_counts(resources: Resources) -> None:
    x = _run(
        resources,
        "Tres comuneros más murieron en los enfrentamientos con la policía en Ilave, lo que eleva "
        "a 31 las víctimas.",
        "es",
    )
    assert _counts(x, "killed") == [3]
    assert _tallies(x) == [("killed", 31)]


@pytest.mark.parametrize(
    ("text", "language", "rank"),
    [
        (
            "A farmer shot near the bridge in Ilave on Sunday became the 41st person to die in "
            "the protests.",
            "en",
            41,
        ),
        (
            "Luis Mamani, 22, died in hospital on Friday, the thirtieth victim of the unrest.",
            "en",
            30,
        ),
        (
            "The teacher, shot in Juliaca, was the sixty-third fatality since the crisis began.",
            "en",
            63,
        ),
        (
            "Un comunero baleado en Ilave el domingo se convirtió en la víctima número 41 de las "
            "protestas.",
            "es",
            41,
        ),
        ("El estudiante es el trigésimo fallecido de la crisis, según la Defensoría.", "es", 30),
        (
            "La joven, baleada en Juliaca, es la cuadragésima segunda víctima desde diciembre.",
            "es",
            42,
        ),
        ("El obrero murió el lunes: es el 37.º fallecido de las movilizaciones.", "es", 37),
        (
            "Rosa Quispe es la primera víctima mortal de la crisis en Cusco, y la número 33 en "
            "todo el país.",
            "es",
            33,
        ),
    ],
)
def test_a_rank_among_the_dead_is_a_tally_and_one_dead(
    resources: Resources, text: str, language: str, rank: int
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [("killed", rank)]
    assert _counts(x, "killed") == [1]
    assert _counts(x, "injured") == []  # the wound that killed the ranked one is no injured


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a rank with no crisis, period or country after it: one more dead of the incident
        (
            "Soldiers fired on the crowd in Ayacucho on Monday, killing eight. A ninth victim "
            "died in hospital on Wednesday.",
            "en",
        ),
        # a rank of no dead
        ("The 40th person arrested in the protests was a schoolteacher.", "en"),
        ("La marcha número 30 de los jubilados llegó el jueves a la plaza.", "es"),
        ("Es la segunda marcha de la semana contra el Congreso en Lima.", "es"),
        # a number of a list, no rank
        ("La víctima, de 30 años, murió en el hospital de Juliaca.", "es"),
    ],
)
def test_no_toll_from_a_rank_of_one_incident_or_of_no_dead(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert x.tallies == ()


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("the 58th", "en", 58),
        ("the fiftieth", "en", 50),
        ("the fifty-eighth", "en", 58),
        ("the second", "en", 2),
        ("el quincuagésimo octavo", "es", 58),
        ("la vigésima", "es", 20),
        ("el 58.º", "es", 58),
        ("la 12ª", "es", 12),
    ],
)
def test_read_ordinal(text: str, language: str, value: int) -> None:
    low = text.lower()
    at = low.index(" ") + 1
    assert read_ordinal(low, at, compile_numbers(language)) == (value, len(low))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the fifty people", "en"),
        ("the 58 people", "en"),
        ("the seconds", "en"),
        ("los cincuenta heridos", "es"),
        ("los segundos", "es"),
    ],
)
def test_read_ordinal_reads_no_figure(text: str, language: str) -> None:
    low = text.lower()
    assert read_ordinal(low, low.index(" ") + 1, compile_numbers(language)) is None


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        (
            "Los 23 intervenidos fueron puestos a disposición de la fiscalía tras el desalojo en "
            "Cusco.",
            "es",
            "detained",
            23,
        ),
        (
            "Once dirigentes fueron puestos a disposición de la fiscalía tras la marcha en Puno.",
            "es",
            "detained",
            11,
        ),
        ("Nueve estudiantes siguen detenidos tras la protesta en Arequipa.", "es", "detained", 9),
        (
            "Thirty demonstrators were placed under arrest after the march in Cochabamba.",
            "en",
            "detained",
            30,
        ),
        (
            "Eleven protesters required hospital treatment after police fired tear gas in Quito.",
            "en",
            "injured",
            11,
        ),
        (
            "Siete manifestantes requirieron atención médica tras la represión en Huancayo.",
            "es",
            "injured",
            7,
        ),
    ],
)
def test_detained_and_injured_told_in_other_words(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, what) == [value]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a surgery is no arrest, a need is no treatment given
        ("Tres pacientes fueron intervenidos quirúrgicamente en el hospital de Juliaca.", "es"),
        ("The hospital said it required more beds for the wounded.", "en"),
    ],
)
def test_near_misses_of_detained_and_injured(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "detained") == [] and _counts(x, "injured") == []


@pytest.mark.parametrize(
    ("text", "language", "own", "total"),
    [
        (
            "Con la muerte de tres comuneros en Ilave, ascienden a 41 los fallecidos.",
            "es",
            [3],
            41,
        ),
        ("Sube a 27 la cifra de fallecidos en las protestas.", "es", [], 27),
        ("Aumenta a 19 el número de muertos en las movilizaciones.", "es", [], 19),
        ("Ascendió a 35 el número de víctimas mortales de la crisis.", "es", [], 35),
        (
            "Clashes near the airport left three more dead, taking the toll since January to 44.",
            "en",
            [3],
            44,
        ),
    ],
)
def test_verbs_of_a_rising_toll_and_the_increment(
    resources: Resources, text: str, language: str, own: list[int], total: int
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [("killed", total)]
    assert _counts(x, "killed") == own


def test_a_rising_toll_of_one_located_incident_is_no_tally(resources: Resources) -> None:
    # "suben a" with no toll noun: the dead of the clashes by the bridge, one incident
    x = _run(
        resources, "En Sicuani suben a cinco los muertos en los choques junto al puente.", "es"
    )
    assert x.tallies == ()
    assert _counts(x, "killed") == [5]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The health ministry said on Friday that the death toll from three days of unrest had "
            "risen to 21, including two soldiers, and that more than 800 people had been treated in "
            "hospitals.",
            "en",
        ),
        (
            "La Defensoría informó que la cifra de fallecidos desde diciembre asciende a 21, entre "
            "ellos un policía, y que más de 800 personas resultaron heridas.",
            "es",
        ),
    ],
)
def test_a_report_of_a_toll_and_its_wounded_is_one_series(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [("injured", 800), ("killed", 21)]
    assert _counts(x, "injured") == []


def test_an_incident_and_its_wounded_joined_by_that_stay_an_incident(
    resources: Resources,
) -> None:
    x = _run(
        resources,
        "Officials said two people were killed in Tarija on Monday, and that more than 80 people "
        "were injured.",
        "en",
    )
    assert x.tallies == ()
    assert _counts(x, "injured") == [80]


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        (
            "The institute counted more than 300 people with eye injuries from the months of unrest.",
            "en",
            "injured",
            300,
        ),
        (
            "Police arrested more than 500 people during the weeks of protest.",
            "en",
            "detained",
            500,
        ),
        (
            "El instituto registró más de 300 personas con lesiones oculares durante los meses de "
            "protestas.",
            "es",
            "injured",
            300,
        ),
        (
            "Two other people died in separate incidents linked to the roadblocks.",
            "en",
            "killed",
            2,
        ),
    ],
)
def test_figures_over_the_months_of_a_crisis_or_linked_to_it_are_tallies(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [(what, value)]
    assert _counts(x, what) == []


def test_months_of_something_else_are_no_stretch(resources: Resources) -> None:
    x = _run(
        resources,
        "In the months of planning before the march, police arrested 12 leaders in Lima.",
        "en",
    )
    assert x.tallies == ()
    assert _counts(x, "detained") == [12]
