"""Counts and tolls of the eighteenth session (extract-counts8): a clock-time word ("a las")
makes only a number that can be an hour and names no one a time, so "se suma a las 49 personas
fallecidas" is a toll; a bare casualty noun can be the subject of a rising toll ("Los
fallecidos desde diciembre ya son 46", "Fatalities have reached 28"); a death that "se suma a
la de" another incident's names that incident, no toll; the wounded someone was helping ("was
shot while helping a wounded man") are the setting of what befell the helper, not a figure; a
vigil or funeral does not carry the dead it remembers as its own killed."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document

_LEAD = {"en": "Protesters blocked roads across the region. ", "es": "Hubo bloqueos en la región. "}


def _run(resources: Resources, text: str, language: str):
    doc = Document(
        id="t", text=_LEAD[language] + text, language=language, published=dt.date(2023, 2, 14)
    )
    return extract(doc, resources)


def _tallies(x):
    return sorted((t.what, t.value) for t in x.tallies)


def _counts(x, what: str) -> list[int]:
    return sorted(c.value for e in x.events if (c := e.count(what)) is not None)


@pytest.mark.parametrize(
    ("text", "total", "dead"),
    [
        (
            "La muerte de los seis soldados se suma a las 49 personas fallecidas en el contexto "
            "de las protestas desde diciembre, según la Defensoría.",
            49,
            6,
        ),
        (
            "La muerte del comunero Juan Quispe en Ilave se suma a las 52 personas fallecidas en "
            "las protestas.",
            52,
            1,
        ),
        (
            "El deceso de la estudiante se suma a las 31 víctimas mortales que dejan las protestas "
            "desde enero.",
            31,
            1,
        ),
    ],
)
def test_a_death_added_to_a_toll_is_one_incident_and_the_toll(
    resources: Resources, text: str, total: int, dead: int
) -> None:
    x = _run(resources, text, "es")
    assert _tallies(x) == [("killed", total)]
    assert _counts(x, "killed") == [dead]


@pytest.mark.parametrize(
    ("text", "language", "what", "total"),
    [
        ("Los fallecidos desde diciembre ya son 46, según la Defensoría.", "es", "killed", 46),
        ("Los muertos en las protestas ya suman 46.", "es", "killed", 46),
        (
            "Según el Minsa, los heridos desde el inicio del paro ascienden a 320.",
            "es",
            "injured",
            320,
        ),
        ("Los detenidos en la capital desde el viernes suman 215.", "es", "detained", 215),
        ("Fatalities have reached 28 since the protests began in December.", "en", "killed", 28),
        ("Fatalities in the unrest now stand at 31, the Ombudsman said.", "en", "killed", 31),
        (
            "The wounded in the capital alone have climbed to 140 since Friday.",
            "en",
            "injured",
            140,
        ),
    ],
)
def test_a_bare_casualty_noun_is_the_subject_of_a_rising_toll(
    resources: Resources, text: str, language: str, what: str, total: int
) -> None:
    x = _run(resources, text, language)
    assert (what, total) in _tallies(x)
    assert _counts(x, what) == []


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # the noun with its article is still the head of a group before it
        ("Ya son once los muertos en Puno.", "es", "killed", 11),
        # a clock time is still no figure
        ("A las 10 murieron dos manifestantes en Juliaca.", "es", "killed", 2),
        ("Hasta las 18 fueron detenidos cuatro dirigentes en Puno.", "es", "detained", 4),
    ],
)
def test_near_misses_of_the_toll_subject_and_the_hour(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    x = _run(resources, text, language)
    found = _tallies(x) + [(what, v) for v in _counts(x, what)]
    assert (what, value) in found
    assert all(v in (value,) for w, v in found if w == what)


@pytest.mark.parametrize(
    "text",
    [
        # the dead named are the subject of their own sentence, no toll verb and figure after them
        "Los muertos fueron velados en la plaza de Armas de Juliaca.",
        "The dead were buried in Juliaca on Sunday.",
        "Fatalities were reported at 5 sites across the region, police said.",
    ],
)
def test_a_casualty_noun_without_toll_verb_and_figure_is_no_toll(
    resources: Resources, text: str
) -> None:
    language = "es" if "Los " in text else "en"
    x = _run(resources, text, language)
    assert x.tallies == ()


@pytest.mark.parametrize(
    "text",
    [
        "Esta muerte se suma a la de dos personas fallecidas el miércoles en Macusani, donde "
        "además fue incendiada la comisaría.",
        "Las muertes de Ayacucho se suman a las de Apurímac, donde el domingo pasado dos "
        "adolescentes fallecieron durante el intento de toma del aeropuerto de Andahuaylas.",
    ],
)
def test_a_death_added_to_another_incidents_is_that_incident(
    resources: Resources, text: str
) -> None:
    x = _run(resources, text, "es")
    assert x.tallies == ()
    assert _counts(x, "killed") == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Raúl Gutiérrez, a street vendor, was shot dead in Juliaca while helping a wounded "
            "young man on the road to the airport.",
            "en",
        ),
        (
            "A medical intern was shot dead near the airport fence in Juliaca while tending to a "
            "wounded man.",
            "en",
        ),
        (
            "Raúl Gutiérrez murió de un disparo en Juliaca cuando auxiliaba a un joven herido "
            "cerca del aeropuerto.",
            "es",
        ),
    ],
)
def test_the_wounded_someone_was_helping_are_no_figure(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "killed") == [1]
    assert _counts(x, "injured") == []


def test_a_verb_of_helping_does_not_hide_the_wounded_the_police_caused(
    resources: Resources,
) -> None:
    # near miss: "helping" in another clause, the figure with its own verb
    x = _run(
        resources,
        "Police fired on protesters in Juliaca, wounding two students who were helping organise "
        "the march.",
        "en",
    )
    assert _counts(x, "injured") == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In Juliaca, several hundred people held a candlelit vigil outside the cathedral for "
            "the 18 people killed in the city on Monday.",
            "en",
        ),
        ("Relatives held a vigil in Juliaca for the 18 people killed on Monday.", "en"),
    ],
)
def test_a_vigil_does_not_carry_the_dead_it_remembers(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    vigils = [e for e in x.events if e.mode == "vigil"]
    assert vigils
    assert all(e.count("killed") is None for e in vigils)


def test_a_vigil_keeps_its_own_detentions(resources: Resources) -> None:
    x = _run(
        resources,
        "Relatives held a vigil in Juliaca for the 18 people killed on Monday; police detained "
        "three mourners.",
        "en",
    )
    vigils = [e for e in x.events if e.mode == "vigil"]
    assert [e.count("detained").value for e in vigils if e.count("detained")] == [3]


@pytest.mark.parametrize(
    ("text", "language", "what"),
    [
        ("La muerte del estudiante en Juliaca conmocionó al país.", "es", "killed"),
        ("La muerte de la estudiante en Juliaca conmocionó al país.", "es", "killed"),
        ("El deceso del comunero en Ilave desató nuevas protestas.", "es", "killed"),
        ("La detención del dirigente en Puno provocó nuevas marchas.", "es", "detained"),
        ("The death of the student in Juliaca shocked the country.", "en", "killed"),
    ],
)
def test_an_event_noun_before_one_definite_person_counts_one(
    resources: Resources, text: str, language: str, what: str
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, what) == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a plural or no person after the event noun: no one counted
        ("La muerte de manifestantes en Juliaca conmocionó al país.", "es"),
        ("La muerte de la democracia es el tema del foro en Lima.", "es"),
        ("The death of the protest movement was announced too early in Lima.", "en"),
        # the definite one told before is the grievance of the march, not its dead
        (
            "En Puno, cientos de estudiantes marcharon hasta la plaza de Armas en rechazo a la "
            "muerte del joven.",
            "es",
        ),
    ],
)
def test_an_event_noun_before_no_person_counts_none(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "killed") == []
