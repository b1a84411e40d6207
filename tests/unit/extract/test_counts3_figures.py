"""Figures of the fourteenth session (extract-counts3): a weekday's day is no count, one
person named after a title, an age that names the person, pronoun subjects, a singular verb
inside an aside, counting verbs and another source's figure for a toll."""

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


def _counts(rules, lang, text):
    count_rules, number_rules = rules[lang]
    found = find_counts(text, 0, len(text), count_rules, number_rules)
    return [(m.category, m.count.value) for m in found if not m.part]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a weekday's day number is a date, not a figure
        (
            "es",
            "La Defensoría recuerda que el domingo 11 fallecieron dos jóvenes.",
            [("killed", 2)],
        ),
        ("es", "el miércoles 14 murieron dos personas", [("killed", 2)]),
        # near miss: a person noun after the number keeps it a figure
        ("es", "el domingo 11 manifestantes fueron detenidos", [("detained", 11)]),
        ("en", "On Sunday 11 people were killed", [("killed", 11)]),
    ],
)
def test_counts_weekday_day_is_no_figure(rules, lang, text, expected):
    assert _counts(rules, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Venezuelan security agents detained opposition politician Freddy Superlano in Caracas",
            [("detained", 1)],
        ),
        (
            "en",
            "the government had arrested CONAIE's president, Leonidas Iza, on a highway",
            [("detained", 1)],
        ),
        ("en", "the killing of journalist Gerson Quispe", [("killed", 1)]),
        (
            "es",
            "El informe recoge la muerte del suboficial de tercera José Luis Soncco Quispe, quemado",
            [("killed", 1)],
        ),
        (
            "es",
            "se investiga el homicidio del suboficial de tercera PNP José Luis Soncco Quispe, de 29",
            [("killed", 1)],
        ),
        # near misses: a plural before the name, a place after a boundary word
        ("en", "police arrested supporters of Evo Morales in La Paz", []),
        ("es", "la detención de dirigentes del Frente de Defensa", []),
        ("en", "police arrested protesters in Lima", []),
    ],
)
def test_counts_one_person_named_after_a_title(rules, lang, text, expected):
    assert _counts(rules, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "troops fired on a crowd, killing a 19-year-old.", [("killed", 1)]),
        ("en", "killing a 19-year-old protester", [("killed", 1)]),
        ("en", "killing 17 years ago", []),  # near miss: a span of time
    ],
)
def test_counts_an_age_names_the_person(rules, lang, text, expected):
    assert _counts(rules, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "She had been detained on Wednesday night near a protest site.", [("detained", 1)]),
        ("en", "Within hours, and by the evening he was under arrest.", [("detained", 1)]),
        ("en", "said Leonidas Iza, whose arrest on June 14 fuelled the unrest.", [("detained", 1)]),
        ("es", "Leonidas Iza, cuya detención el martes encendió la protesta", [("detained", 1)]),
        ("es", "Tres compañeros fueron heridos en las piernas", [("injured", 3)]),
        ("es", "se llevaron detenidas a decenas de personas en camiones", [("detained", 10)]),
        ("es", "mantenía bajo custodia a cerca de 1.500 personas", [("detained", 1500)]),
        ("es", "fueron capturadas en flagrancia 23 personas", [("detained", 23)]),
        ("en", "several people have been hit by pellets", [("injured", 3)]),
        (
            "en",
            "wounding a news photographer and a security guard",
            [("injured", 1), ("injured", 1)],
        ),
    ],
)
def test_counts_more_words_for_one_person_and_for_figures(rules, lang, text, expected):
    assert _counts(rules, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "About 30 people were injured, among them several police officers and an opposition "
            "deputy who was hit in the face by a rubber bullet, the ministry said.",
            [("injured", 30)],
        ),
        (
            "en",
            "Nine people were arrested, including a union leader who was detained at his home.",
            [("detained", 9)],
        ),
        # near miss: the same verb with no figure before it counts one
        ("en", "An opposition deputy was hit in the face by a rubber bullet.", [("injured", 1)]),
    ],
)
def test_counts_singular_verb_inside_an_aside(rules, lang, text, expected):
    assert _counts(rules, lang, text) == expected


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 3, 7))
    return extract(doc, resources)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The Ombudsman's Office says 42 people have died in connection with the protests "
            "since April 28. The NGO Temblores counts 47 homicides allegedly committed by "
            "police, and Indepaz puts the figure at 51.",
            {42, 47, 51},
        ),
        (
            "es",
            "El Centro de Derechos Humanos eleva a diez el número de muertos desde el miércoles. "
            "Otras organizaciones elevan la cifra a dieciséis.",
            {10, 16},
        ),
        (
            "en",
            "The national ombudsman's office put the nationwide death toll at 18 on Friday, while "
            "a tally by human rights groups reached 20.",
            {18, 20},
        ),
        (
            "es",
            "Colombia Diversa contabiliza 37 homicidios cometidos por la fuerza pública en todo "
            "el país.",
            {37},
        ),
    ],
)
def test_tallies_counting_verbs_and_another_sources_figure(resources, language, text, expected):
    result = _run(resources, text, language)
    assert {t.value for t in result.tallies if t.what == "killed"} == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # near misses: no toll told before the bare figure; a past count of one incident
        ("en", "Police said they had arrested protesters. Another group puts the figure at 12."),
        (
            "es",
            "La CIDH contabilizó diez muertos en Sacaba y diez fallecidos en Senkata.",
        ),
    ],
)
def test_tallies_bare_figure_needs_a_toll_before(resources, language, text):
    result = _run(resources, text, language)
    assert [t.value for t in result.tallies] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The ministry said Diubis Laurencio Tejeda, 36, died on Monday", [("killed", 1)]),
        ("en", "On 28 January, Víctor Santisteban, a 55-year-old man, died", [("killed", 1)]),
        ("en", "In November 2019, 18-year-old Dilan Cruz died in Bogotá", [("killed", 1)]),
        # near misses: a place after a boundary word, a plural noun; two names joined count two
        # (fifteenth session, extract-counts4), never one
        ("en", "Two people in San Román died", []),
        ("en", "Inti Sotelo and Bryan Pintado were killed", [("killed", 2)]),
        ("es", "Inti Sotelo y Bryan Pintado murieron", [("killed", 2)]),
        ("en", "Protesters died", []),
    ],
)
def test_counts_one_named_subject_before_a_verb_of_either_number(rules, lang, text, expected):
    assert _counts(rules, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "By Sunday, all but one of those detained had been released.", []),
        ("en", "three of those injured were children", []),
        # near miss: a partitive before a verb is a part of a figure told before
        ("en", "adding that 12 of them had been injured", [("injured", 12)]),
    ],
)
def test_counts_partitive_named_by_a_head_is_no_figure(rules, lang, text, expected):
    count_rules, number_rules = rules[lang]
    found = find_counts(text, 0, len(text), count_rules, number_rules)
    assert [(m.category, m.count.value) for m in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Paraguay protester killed after crowd sets Congress on fire", [("killed", 1)]),
        ("es", "Joven herido en Juliaca durante el desbloqueo", [("injured", 1)]),
        (
            "en",
            "Haitian senator fires pistol outside parliament, wounding photographer",
            [("injured", 1)],
        ),
        # near misses: a plural, a noun phrase with its determiner, a plural after the verb
        ("en", "Protesters killed in Juliaca", []),
        ("en", "He is the first person killed in the capital", []),
        ("en", "police fired, killing protesters", []),
    ],
)
def test_counts_bare_singular_person_of_a_headline(rules, lang, text, expected):
    assert _counts(rules, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Police said about 200 people had been detained; the attorney general's office later "
            "gave a figure of 211.",
            [(200, False), (211, True)],
        ),
        (
            "es",
            "La Policía informó de 40 detenidos; la Fiscalía luego dio la cifra de 52.",
            [(40, False), (52, True)],
        ),
        # near misses: a breakdown, a figure with no later source
        ("en", "Police detained 200 people, 40 of them minors.", [(200, False), (40, False)]),
        ("en", "26 people have died: 20 in clashes", [(26, False), (20, False)]),
    ],
)
def test_counts_figure_revised_by_a_later_source(rules, lang, text, expected):
    count_rules, number_rules = rules[lang]
    found = find_counts(text, 0, len(text), count_rules, number_rules)
    assert [(m.count.value, m.revised) for m in found] == expected


def test_event_takes_the_revised_figure(resources):
    text = (
        "Police broke up the march in Asunción on Saturday. Police said about 200 people had "
        "been detained; the attorney general's office later gave a figure of 211."
    )
    result = _run(resources, text, "en")
    detained = [m.detained.value for m in result.events if m.detained is not None]
    assert detained == [211]
