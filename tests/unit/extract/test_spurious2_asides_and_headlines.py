"""Spurious events and missed headlines of the twelfth blind dev batch (twentieth session, spurious2).

No event: a clash or an attack of words ("un duro choque verbal entre las bancadas", "a verbal
clash between two ministers"); a currency under attack on the markets; a page's genre ("World
protest round-up", "the day's main protest news"); protests that ease or subside; what a weapon
does or does not do ("Tear gas does not make a hole like that"); a transcript's yes/no question
after the speaker's label ("HOST: Were there police among the wounded?"); whoever might stage a
protest ("anyone planning further unlawful demonstrations"); the words of a chant or a placard
in quotes ('Gritan «¡Dina asesina!»'). One event: a gathering the forces then disperse, taken up
again by a pronoun ("se concentraron ...; la policía las dispersó"). An event: the headline after a
live label ("EN VIVO | Cusco: enfrentamientos en el aeropuerto") and a fact-check's title that
gives its verdict ("Fact check: Video of soldiers firing at a crowd is from Bolivia in 2019").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Cientos de manifestantes marcharon en Puno el lunes. En el pleno hubo un áspero"
            " choque verbal entre dos congresistas.",
            "es",
            "choque",
        ),
        (
            "Thousands marched in Lima on Monday. Later there was a heated verbal clash between"
            " two ministers.",
            "en",
            "clash",
        ),
        (
            "Protesters blocked roads in Nairobi on Monday. The naira came under attack on"
            " currency markets again.",
            "en",
            "attack",
        ),
        ("Daily protest round-up: Chile, Peru, Ecuador", "en", "protest"),
        ("LIMA, Jan 10 - A digest of the week's protest news.", "en", "protest"),
        (
            "Strikers blocked the highway on Monday. By Thursday the protests had subsided.",
            "en",
            "protests",
        ),
        (
            "Strikers blocked the highway on Monday. Protests subside in the south as talks begin.",
            "en",
            "Protests",
        ),
        (
            "Los huelguistas bloquearon la carretera el lunes. Para el jueves las protestas"
            " amainaron.",
            "es",
            "protestas",
        ),
        (
            "A nurse said tear gas does not make a hole like that in a skull.",
            "en",
            "tear gas",
        ),
        (
            "«Una bomba lacrimógena no hace un agujero así», dijo el médico de guardia.",
            "es",
            "bomba lacrimógena",
        ),
        (
            "Police fired tear gas at protesters in Juliaca on Monday.\n"
            "HOST: Were there soldiers among the injured?",
            "en",
            "injured",
        ),
        (
            "Protesters blocked the highway on Monday. The ministry warned that anyone planning"
            " further illegal blockades would be prosecuted.",
            "en",
            "blockades",
        ),
        (
            "Los manifestantes bloquearon la vía el lunes. El ministro advirtió que quienes"
            " convoquen nuevas movilizaciones ilegales serán denunciados.",
            "es",
            "movilizaciones",
        ),
        (
            "Cientos de personas marcharon hasta el Congreso. Gritan «¡Asesinos!» y exigen la"
            " renuncia de la presidenta.",
            "es",
            "Asesinos",
        ),
        (
            "Cientos de personas marcharon hasta el Congreso al grito de «¡Basta de masacres!».",
            "es",
            "masacres",
        ),
        (
            'Hundreds marched to Congress, chanting "Stop the massacre!" and waving flags.',
            "en",
            "massacre",
        ),
        ("Fact check: Did police beat a student in Lima?", "en", "beat"),
    ],
)
def test_spurious2_words_that_tell_no_incident(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    found = mentions(text, language)
    assert [m.trigger.text for m in found if m.trigger.text.lower() == word.lower()] == []


@pytest.mark.parametrize(
    ("text", "language", "word", "sub_event_type"),
    [
        # near misses: the same words telling an incident
        (
            "Cientos de manifestantes marcharon en Puno el lunes. Por la tarde hubo un choque"
            " entre manifestantes y policías en el puente.",
            "es",
            "choque",
            "Violent demonstration",
        ),
        (
            "Thousands marched in Lima on Monday. Later protesters clashed with police near"
            " Congress.",
            "en",
            "clashed",
            "Violent demonstration",
        ),
        (
            "Police fired tear gas at protesters in Juliaca on Monday.\n"
            "DOCTOR: Soldiers fired at the crowd near the bridge.",
            "en",
            "fired at",
            "Excessive force against protesters",
        ),
        (
            "Cientos de personas marcharon hasta el Congreso. Gritan consignas mientras la"
            " policía dispara perdigones.",
            "es",
            "dispara",
            "Excessive force against protesters",
        ),
        # a live label and a fact-check's verdict head a headline that tells its event
        (
            "EN VIVO | Arequipa: bloqueos en la Panamericana Sur",
            "es",
            "bloqueos",
            "Peaceful protest",
        ),
        (
            "EN DIRECTO | Santa Cruz: enfrentamientos entre manifestantes y policías en la plaza"
            " principal",
            "es",
            "enfrentamientos",
            "Violent demonstration",
        ),
        (
            "Fact check: Photo of police beating a student is from Chile in 2019, not Lima",
            "en",
            "beating",
            "Attack",
        ),
    ],
)
def test_spurious2_near_misses_keep_their_incident(
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
        ("Minuto a minuto de la jornada de protesta de hoy en Lima", "es"),
    ],
)
def test_spurious2_a_coverage_title_still_tells_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Unos cien vecinos se concentraron frente a la municipalidad de Ilave; la policía los"
            " dispersó con gases lacrimógenos.",
            "es",
            ["Protest with intervention"],
        ),
        (
            "About 300 students gathered outside the ministry in Lima; police dispersed them with"
            " tear gas.",
            "en",
            ["Protest with intervention"],
        ),
        # each with a day of its own: the blockade and its eviction the next day are two
        (
            "El martes los transportistas bloquearon la vía a Loja con troncos, y la Policía los"
            " desalojó ayer.",
            "es",
            ["Peaceful protest", "Protest with intervention"],
        ),
        # a march and a dispersal of another group later: two scenes
        (
            "Miles marcharon por la mañana en el centro de Lima; por la noche la policía dispersó"
            " a un grupo en la plaza San Martín con gases lacrimógenos.",
            "es",
            ["Peaceful protest", "Protest with intervention"],
        ),
        (
            "Thousands marched in the morning in central Lima; in the evening police dispersed a"
            " group in Plaza San Martín with tear gas.",
            "en",
            ["Peaceful protest", "Protest with intervention"],
        ),
    ],
)
def test_spurious2_a_gathering_dispersed_is_one_event(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: list[str]
) -> None:
    assert sorted(m.sub_event_type for m in mentions(text, language)) == expected
