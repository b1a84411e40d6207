"""Mentions the twentieth session's helpers noted as missed (missed3).

The forces' account of a riot ("la patrulla fue hostigada por manifestantes", "the convoy was
harassed by protesters"); a sit-in told in the first person ("dormimos a la intemperie frente
al Palacio de Justicia"); a lead line under a headline of more than eight words, where the text
is not wrapped at a width ("Hay 37 heridos" is a sentence of its own, not the headline's tail).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.extract.pipeline import _language
from veeduria.extract.sentences import split_sentences
from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language", "word", "sub_event_type"),
    [
        (
            "Según el parte militar, el convoy fue hostigado por manifestantes cerca del puente"
            " de Ilave.",
            "es",
            "hostigado por manifestantes",
            "Violent demonstration",
        ),
        (
            "La Policía informó que sus agentes fueron hostigados por los comuneros durante el"
            " desbloqueo.",
            "es",
            "hostigados por los comuneros",
            "Violent demonstration",
        ),
        (
            "The army said its convoy was harassed by demonstrators outside the mine.",
            "en",
            "harassed by demonstrators",
            "Violent demonstration",
        ),
        (
            "Hemos ido tres veces a Lima. En agosto durmieron a la intemperie frente a la Fiscalía"
            " de la Nación para exigir justicia.",
            "es",
            "durmieron a la intemperie frente a la",
            "Peaceful protest",
        ),
        (
            "Las madres de los fallecidos contaron que pasamos la noche a la intemperie frente al"
            " Congreso para que nos escucharan.",
            "es",
            "pasamos la noche a la intemperie frente al",
            "Peaceful protest",
        ),
    ],
)
def test_missed3_mentions_are_found(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    word: str,
    sub_event_type: str,
) -> None:
    found = mentions(text, language)
    assert sub_event_type in [m.sub_event_type for m in found if m.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the forces harass, or nobody protests
        ("Los periodistas denunciaron que fueron hostigados por la policía.", "es"),
        ("The reporters said they were harassed by police officers.", "en"),
        ("Tras el sismo, las familias durmieron a la intemperie frente a sus viviendas.", "es"),
        ("Los turistas durmieron a la intemperie en el terminal por la nevada.", "es"),
    ],
)
def test_missed3_near_misses_tell_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            # a headline of ten words over a lead, paragraphs not wrapped
            "es",
            "Fallece comunero herido durante el desalojo de la carretera en Espinar\nSon 12 los"
            " heridos. La federación anuncia una marcha.\n\nEl comunero, de 34 años, murió en el"
            " hospital de Sicuani tras pasar tres días en cuidados intensivos, informaron sus"
            " familiares a este diario.",
            [
                "Fallece comunero herido durante el desalojo de la carretera en Espinar",
                "Son 12 los heridos.",
                "La federación anuncia una marcha.",
                "El comunero, de 34 años, murió en el hospital de Sicuani tras pasar tres días en"
                " cuidados intensivos, informaron sus familiares a este diario.",
            ],
        ),
        (
            "en",
            "Student shot dead as police break up the march in the capital\nThree others are in"
            " hospital.\n\nThe student, a 21-year-old studying law, was hit in the chest as"
            " officers moved in to clear the avenue on Friday afternoon, witnesses said.",
            [
                "Student shot dead as police break up the march in the capital",
                "Three others are in hospital.",
                "The student, a 21-year-old studying law, was hit in the chest as officers moved"
                " in to clear the avenue on Friday afternoon, witnesses said.",
            ],
        ),
        (
            # near miss: a text wrapped at a width keeps a long line with the next one
            "en",
            "Hundreds of farmers marched towards the airport of the southern city of\nJuliaca on"
            " Monday, and police fired tear gas at them near the\nrunway fence.",
            [
                "Hundreds of farmers marched towards the airport of the southern city of\nJuliaca"
                " on Monday, and police fired tear gas at them near the\nrunway fence."
            ],
        ),
        (
            "es",
            "Cientos de comuneros marcharon el lunes hacia el aeropuerto de la ciudad de\nJuliaca,"
            " donde la policía los dispersó con gases lacrimógenos cerca del\ncerco perimétrico.",
            [
                "Cientos de comuneros marcharon el lunes hacia el aeropuerto de la ciudad de\nJuliaca,"
                " donde la policía los dispersó con gases lacrimógenos cerca del\ncerco perimétrico."
            ],
        ),
    ],
)
def test_missed3_a_long_headline_is_cut_where_lines_are_not_wrapped(
    lang: str, text: str, expected: list[str]
) -> None:
    rules = _language(lang).sentences
    assert [text[a:b] for a, b in split_sentences(text, rules)] == expected


@pytest.mark.parametrize(
    ("text", "marches"),
    [
        # the forces take the marchers back with "them": one protest with intervention
        (
            "On Friday, several thousand teachers marched along the main avenue toward the"
            " ministry, and riot police fired tear gas to push them back.",
            0,
        ),
        (
            "On Friday, several thousand teachers marched along the main avenue toward the"
            " ministry, and riot police fired tear gas at them.",
            0,
        ),
        # near miss: another crowd, another day: the march is an event of its own
        (
            "On Friday, several thousand teachers marched along the main avenue toward the"
            " ministry, and riot police fired tear gas at students outside the university the"
            " next day.",
            1,
        ),
    ],
)
def test_missed3_a_crowd_taken_back_with_them_is_the_interventions(
    mentions: Callable[..., list[Mention]], text: str, marches: int
) -> None:
    found = mentions(text, "en")
    assert "Protest with intervention" in [m.sub_event_type for m in found]
    assert [m.sub_event_type for m in found].count("Peaceful protest") == marches
