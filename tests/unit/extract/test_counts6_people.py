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


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Detuvieron al dirigente cocalero en su casa.", "es", [("detained", 1)]),
        ("Detuvieron en Cusco al dirigente de la federación.", "es", [("detained", 1)]),
        ("Los agentes hirieron a la periodista con perdigones.", "es", [("injured", 1)]),
        ("Police arrested the union leader at his home.", "en", [("detained", 1)]),
        ("Soldiers detained the student outside the campus.", "en", [("detained", 1)]),
    ],
)
def test_one_person_object_with_a_definite_article(
    resources: Resources, text: str, language: str, want: list[tuple[str, int]]
) -> None:
    assert _counts(resources, text, language) == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: a plural object, an object that names no person
        ("Detuvieron a los dirigentes de la federación.", "es"),
        ("Police arrested the leaders of the union.", "en"),
        ("Soldiers detained the truck at the border.", "en"),
    ],
)
def test_no_one_person_object_in_other_phrases(
    resources: Resources, text: str, language: str
) -> None:
    assert ("detained", 1) not in _counts(resources, text, language)


def test_people_with_gunshot_wounds_are_injured(resources: Resources) -> None:
    text = "Doctors say they are treating at least 31 people with gunshot wounds."
    assert _counts(resources, text) == [("injured", 31)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Rioters stormed the station. Two guards were shot dead and a third died of his "
            "wounds on the way to hospital.",
            "en",
            3,
        ),
        (
            "Continúan las protestas en Puno. Dos comuneros murieron en Ilave y un tercero "
            "falleció en el hospital.",
            "es",
            3,
        ),
        (
            "Continúan las protestas en Puno. Tres comuneros murieron en Ilave y una cuarta "
            "víctima falleció en la posta.",
            "es",
            4,
        ),
    ],
)
def test_the_next_ordinal_death_adds_one_to_the_figure(
    resources: Resources, text: str, language: str, value: int
) -> None:
    assert value in _killed(_run(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # near misses: an ordinal that is not the next one, or told in a clause of its own
        (
            "Rioters stormed the station. Two guards were shot dead on Monday; a third died in "
            "hospital on Wednesday.",
            "en",
            2,
        ),
        (
            "Continúan las protestas. Dos comuneros murieron en Ilave el lunes; un tercer herido "
            "murió al día siguiente.",
            "es",
            2,
        ),
    ],
)
def test_no_ordinal_added_to_another_figure(
    resources: Resources, text: str, language: str, value: int
) -> None:
    killed = _killed(_run(resources, text, language))
    assert value in killed
    assert value + 1 not in killed
