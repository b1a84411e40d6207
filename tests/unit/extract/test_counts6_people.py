"""Counts of the sixteenth session (extract-counts6): English words for the detained and the
injured ("rounded up", "took 40 people into custody", "were being held", "remain in custody",
"hospitalised", "were left injured", "suffered minor injuries", a limb hit as the wound is
dealt), people nouns ("adults", "bystanders"), one person told with a definite article before a
verb of either number ("The young man died on Thursday"), and the first death of a crisis ("It
is the first death in the protests", "la primera muerte registrada")."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.extract.counts import find_counts
from veeduria.models import Document


def _counts(resources: Resources, text: str, language: str = "en") -> list[tuple[str, int]]:
    res = resources.by_language[language]
    return [
        (c.category, c.count.value)
        for c in find_counts(text, 0, len(text), res.counts, res.numbers)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Riot police rounded up 35 students outside the ministry.", [("detained", 35)]),
        ("Officers rounded up more than 60 people near the square.", [("detained", 60)]),
        ("Soldiers took 25 villagers into custody.", [("detained", 25)]),
        ("Eighteen people were being held at the police station.", [("detained", 18)]),
        ("At least 70 protesters remain in custody.", [("detained", 70)]),
        ("Police said 14 adults had been detained for looting.", [("detained", 14)]),
        ("Nine hospitalised after the clashes", [("injured", 9)]),
        ("Eleven people were left injured.", [("injured", 11)]),
        ("Six officers suffered minor injuries.", [("injured", 6)]),
        ("A cameraman was hit in the leg by a rubber bullet.", [("injured", 1)]),
        ("A student was shot in the thigh near the bridge.", [("injured", 1)]),
        ("Two bystanders were killed by stray bullets.", [("killed", 2)]),
    ],
)
def test_english_words_for_the_detained_and_the_injured(
    resources: Resources, text: str, want: list[tuple[str, int]]
) -> None:
    assert _counts(resources, text) == want


@pytest.mark.parametrize(
    "text",
    [
        # near misses: other senses of the same words
        "Police held a press conference on Monday.",
        "The hospital treated its patients.",
        "Organisers rounded up donations for the families.",
    ],
)
def test_other_senses_count_nobody(resources: Resources, text: str) -> None:
    assert _counts(resources, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The young man died on Thursday in the province.", [("killed", 1)]),
        ("Doctors said the teenager had died of his wounds.", [("killed", 1)]),
        ("The 19-year-old student died in hospital.", [("killed", 1)]),
        ("Relatives said the farmer was later detained.", [("detained", 1)]),
    ],
)
def test_one_person_told_with_a_definite_article(
    resources: Resources, text: str, want: list[tuple[str, int]]
) -> None:
    assert _counts(resources, text) == want


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a plural, a thing, a verb that names the killer, a number of its own
        "The protesters died in the square.",
        "The blast hit the chest of the statue and the building died down.",
        "The three men died in hospital.",
    ],
)
def test_no_one_person_from_a_definite_article(resources: Resources, text: str) -> None:
    assert ("killed", 1) not in _counts(resources, text)


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 3, 9))
    return extract(doc, resources)


def _killed(x) -> list[int]:
    return [c.value for e in x.events if (c := e.count("killed")) is not None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Protests spread. It is the first death in the protests against the reform.", "en"),
        ("Government admits first death in protests as arrests mount", "en"),
        ("Protestas en Cusco. Es la primera muerte registrada en la región.", "es"),
    ],
)
def test_the_first_death_is_one_death(resources: Resources, text: str, language: str) -> None:
    assert _killed(_run(resources, text, language)) == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: an anniversary; the first death since another event, which is the event told
        ("Protests spread. Relatives marked the first death anniversary of the student.", "en"),
        (
            "Protests spread. It is the first confirmed fatality since thousands took to the "
            "streets on Sunday.",
            "en",
        ),
    ],
)
def test_no_death_from_first_in_other_senses(
    resources: Resources, text: str, language: str
) -> None:
    assert _killed(_run(resources, text, language)) == []
