"""Figures of the fifteenth session (extract-counts4): a restrictive relative clause between a
group and its verb ("two teachers who were taking part in a blockade died", "doce comuneros que
bloqueaban la vía fueron detenidos"), and the near misses where the verb is the clause's own."""

from __future__ import annotations

import pytest

from veeduria.extract.counts import compile_counts, find_counts
from veeduria.extract.numbers import compile_numbers


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
        (
            "en",
            "Two workers who had joined the picket outside the hospital died on Monday.",
            [("killed", 2)],
        ),
        (
            "en",
            "Fourteen students that occupied the rector's office were arrested overnight.",
            [("detained", 14)],
        ),
        (
            "en",
            "At least nine miners who were blocking the bridge were injured in Arequipa.",
            [("injured", 9)],
        ),
        (
            "es",
            "Tres mineros que cerraban el acceso al puerto murieron en la madrugada.",
            [("killed", 3)],
        ),
        (
            "es",
            "Veinte vecinos quienes ocupaban la plaza fueron detenidos por la Policía.",
            [("detained", 20)],
        ),
        (
            "es",
            "Al menos seis dirigentes que protestaban frente al municipio resultaron heridos.",
            [("injured", 6)],
        ),
    ],
)
def test_relative_clause_before_the_verb(rules, lang, text, expected):
    assert _counts(rules, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the verb has an object: it is the relative clause's own, not the group's
        ("en", "Two workers who said soldiers had killed their neighbour spoke in Huanta."),
        # a clause of its own inside the relative one
        (
            "en",
            "Complaints came from four students who alleged that guards beat them after they were "
            "detained in Cusco.",
        ),
        # a coordinator may open another subject
        ("en", "Five miners who marched to the square and some officers were hurt in Ilo."),
        ("es", "Dos dirigentes que denunciaron que los soldados mataron al comunero hablaron."),
        ("es", "Cuatro vecinos que contaron cómo fueron golpeadas tras ser detenidas en Cusco."),
        ("es", "Cinco mineros que marcharon a la plaza y unos agentes resultaron heridos."),
    ],
)
def test_relative_clause_near_misses(rules, lang, text):
    found = [(c, v) for c, v in _counts(rules, lang, text) if c != "participants"]
    assert not any(value in (2, 4, 5) for _, value in found), found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Marco Antonio Quispe y Rosa Huamán Mamani murieron en el puente.", [("killed", 2)]),
        (
            "es",
            "Los dirigentes Julio Condori, de 41 años, e Hilda Ccama Ticona, de 36, fueron "
            "detenidos en Puno.",
            [("detained", 2)],
        ),
        (
            "es",
            "Rosa Pérez Ayala, Juan Quispe Soto y Ana Mamani fueron heridos con perdigones.",
            [("injured", 3)],
        ),
        ("en", "Walter Ccori, 30, and Nilda Apaza, 27, were shot dead.", [("killed", 2)]),
        ("en", "In Cusco, Walter Ccori and Nilda Apaza were detained.", [("detained", 2)]),
    ],
)
def test_names_joined_before_the_verb(rules, lang, text, expected):
    assert _counts(rules, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # people of whom the named are the leaders: no one named is counted
        ("en", "Supporters of Walter Ccori and Nilda Apaza were arrested in Lima."),
        ("es", "Simpatizantes de Walter Ccori y Nilda Apaza fueron detenidos en Lima."),
    ],
)
def test_names_joined_near_misses(rules, lang, text):
    assert [v for _, v in _counts(rules, lang, text) if v == 2] == []
