"""Things that are not events (twenty-first session, spurious3).

No event: what a body urges or recommends the authorities to do ("We call on the authorities
to investigate the deaths", "La Defensoría exhorta a las autoridades a liberar a los
detenidos"); a deal with a lender ("to strike a deal with the IMF"); any one of a kind and what
would befall it ("any picket blocking a street would be removed"); a rule against blockades
("the anti-roadblock protocol", "el protocolo antibloqueos"); an account blocked by a bank;
a strike named as the day before it ("the eve of the strike", "víspera del paro") or as what
others try to break; a condition ("De concretarse el paro, ...", "In the event of a strike,
...", "Should the strike go ahead, ..."); a football match in a note's sports section; the
title of a numbered report section read as one sentence with the line under it. Near misses keep their
event: a call on a union's own members, a deal between a government and strikers, a denial
that any arrest took place, the line under a title, a strike, a clash after a match.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.extract.pipeline import _language
from veeduria.extract.sentences import split_sentences
from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # recommendations and exhortations addressed to the authorities
        (
            "The commission called on the authorities to open an independent inquiry into the"
            " killings of four demonstrators.",
            "en",
        ),
        (
            "5.2 We urge the government to release everyone detained for taking part in the"
            " peaceful protests.",
            "en",
        ),
        (
            "The rapporteur recommended that the authorities compensate the families of those"
            " shot during the strike.",
            "en",
        ),
        (
            "La Defensoría del Pueblo exhorta a las autoridades a investigar las muertes"
            " ocurridas durante los enfrentamientos.",
            "es",
        ),
        (
            "La comisión instó al Gobierno a liberar a los dirigentes detenidos en las marchas.",
            "es",
        ),
        (
            "El informe recomienda al Ministerio del Interior sancionar a los agentes que"
            " dispararon perdigones.",
            "es",
        ),
        # a deal with a lender
        ("The finance minister hopes to strike a deal with the IMF before the budget vote.", "en"),
        ("Officials reached an agreement with bondholders late on Friday.", "en"),
        # any one of a kind, and what would befall it
        (
            "The interior minister warned that any picket blocking a road would be removed by"
            " force.",
            "en",
        ),
        ("Police said any blockade of the port would be cleared within hours.", "en"),
        # a rule against a kind of protest
        ("Congress passed an anti-protest law on Wednesday.", "en"),
        ("The cabinet approved an anti-roadblock protocol for the highways.", "en"),
        ("El Gobierno presentó un protocolo antibloqueos para las carreteras del sur.", "es"),
        # an account blocked by a bank or a court
        ("Un juez ordenó bloquear las cuentas de la empresa minera.", "es"),
        ("The bank blocked the accounts of three opposition lawmakers.", "en"),
    ],
)
def test_spurious3_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # a football match told in a protest story's sports section
        (
            "Cientos de transportistas bloquearon la carretera central el martes. En lo"
            " deportivo, el choque entre los dos clubes huancaínos por la Copa de la Sierra fue"
            " postergado.",
            "es",
            "choque",
        ),
        # a numbered section's title, read as one sentence with the line under it
        (
            "Al cierre del mes se registraron 190 conflictos sociales.\n\n3. Protestas del mes"
            " destacadas\nPuno (Azángaro). El 4 de marzo, comuneros bloquearon la vía a Juliaca.",
            "es",
            "Protestas",
        ),
        (
            "More than 200 disputes were active at the end of the month.\n\n2. Protests of the"
            " month\nPiura (Talara). On 6 March, fishermen blocked the road to the port.",
            "en",
            "Protests",
        ),
    ],
)
def test_spurious3_word_tells_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    found = mentions(text, language)
    assert [m.trigger.text for m in found if m.trigger.text == word] == []


@pytest.mark.parametrize(
    ("text", "language", "word", "sub_event_type"),
    [
        # near misses: a call on the union's own people, a deal with strikers, the line under a
        # title, a strike, a clash after a match
        (
            "The union urged its members to march on Congress on Monday.",
            "en",
            "march",
            "Peaceful protest",
        ),
        (
            "El sindicato exhortó a sus bases a acatar el paro del lunes.",
            "es",
            "acatar el paro",
            "Peaceful protest",
        ),
        (
            "The government struck a deal with the striking truckers on Sunday, ending the"
            " blockades.",
            "en",
            "struck a deal",
            "Agreement",
        ),
        (
            "Al cierre del mes se registraron 190 conflictos sociales.\n\n3. Protestas del mes"
            " destacadas\nPuno (Azángaro). El 4 de marzo, comuneros bloquearon la vía a Juliaca.",
            "es",
            "bloquearon",
            "Peaceful protest",
        ),
        (
            "More than 200 disputes were active at the end of the month.\n\n2. Protests of the"
            " month\nPiura (Talara). On 6 March, fishermen blocked the road to the port.",
            "en",
            "blocked",
            "Peaceful protest",
        ),
        (
            "Dock workers went on strike on Monday, halting exports from the port of Callao.",
            "en",
            "went on strike",
            "Peaceful protest",
        ),
    ],
)
def test_spurious3_near_misses_keep_their_event(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    word: str,
    sub_event_type: str,
) -> None:
    found = mentions(text, language)
    assert sub_event_type in [m.sub_event_type for m in found if m.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # "any" after a denial counts what is denied: the event stays, negated
        ("The ministry denied that any protester had been arrested in Cusco.", "en", "arrested"),
        ("Nobody has been arrested for any of the killings in Juliaca.", "en", "arrested"),
    ],
)
def test_spurious3_any_after_a_denial_stays_negated(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    found = mentions(text, language)
    assert "negated" in [m.factuality for m in found if m.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # a strike named as the day before it, or as what others try to break
        (
            "The federation will join the teachers' march on 3 May, the eve of the strike.",
            "en",
            "strike",
        ),
        ("Los docentes marcharán el 3 de mayo, víspera del paro nacional.", "es", "paro"),
        (
            "Pro-government groups blocked the market roads in an attempt to break the strike.",
            "en",
            "strike",
        ),
        ("Grupos afines a la alcaldía cerraron los accesos para romper el paro.", "es", "paro"),
        # a condition, no event told
        ("De concretarse el paro, los colegios pasarían a clases virtuales.", "es", "paro"),
        ("En caso de que haya bloqueos, los buses no saldrán del terminal.", "es", "bloqueos"),
        (
            "In the event of a strike, hospitals will keep their emergency wards open.",
            "en",
            "strike",
        ),
        ("Should the strike go ahead, schools across the region would close.", "en", "strike"),
    ],
)
def test_spurious3_named_but_not_told(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    found = mentions(text, language)
    assert [m.trigger.text for m in found if m.trigger.text == word] == []


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # near misses: the event beside those words is told
        (
            "On the eve of the strike, police arrested 20 union leaders in Rosario.",
            "en",
            "arrested",
        ),
        (
            "Pro-government groups blocked the market roads in an attempt to break the strike.",
            "en",
            "blocked",
        ),
        (
            "Los transportistas acataron el paro, de acuerdo con la Defensoría.",
            "es",
            "acataron el paro",
        ),
        ("Protesters should march peacefully, the bishop said.", "en", "march"),
        ("El transporte dejó de prestarse tras el paro de los choferes.", "es", "paro"),
    ],
)
def test_spurious3_the_event_beside_them_stays(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    found = mentions(text, language)
    assert word in [m.trigger.text for m in found]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a numbered section's title is cut off the line under it, as an unnumbered one is
        (
            "es",
            "2. Protestas del mes destacadas\nPuno (Azángaro). El 4 de marzo hubo un bloqueo.",
            [
                "2.",
                "Protestas del mes destacadas",
                "Puno (Azángaro).",
                "El 4 de marzo hubo un bloqueo.",
            ],
        ),
        (
            "en",
            "IV. Protests of the month\nPiura. On 6 March fishermen blocked the road.",
            ["IV.", "Protests of the month", "Piura.", "On 6 March fishermen blocked the road."],
        ),
        # near miss: a sentence that only ends on a figure is no section's number
        (
            "es",
            "Los heridos suman 12. Los manifestantes, que llegaron desde Puno,\nMarcharon hasta la plaza.",
            [
                "Los heridos suman 12.",
                "Los manifestantes, que llegaron desde Puno,\nMarcharon hasta la plaza.",
            ],
        ),
    ],
)
def test_spurious3_a_numbered_title_is_cut_off_its_next_line(
    lang: str, text: str, expected: list[str]
) -> None:
    rules = _language(lang).sentences
    assert [text[a:b] for a, b in split_sentences(text, rules)] == expected


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        # protests counted over a month or a year: a report's statistics
        (
            "Durante el mes se registraron 96 acciones colectivas de protesta en el país.",
            "es",
            0,
        ),
        ("In the past year, more than 450 protests were recorded in the region.", "en", 0),
        # near miss: a day's count of blockades. Since tallies12, figures counted over a month
        # tell no incident either: arrests are a running tally, and a crowd's march over the
        # month is background, as gold codes "thousands of protesters who have taken to the
        # streets over the past two weeks" (en-007)
        ("Durante el mes, 15 manifestantes fueron detenidos en Puno.", "es", 0),
        ("La Policía contó 64 bloqueos en el país este jueves.", "es", 1),
        ("Durante el mes, cerca de 2000 mineros marcharon por las calles de Tayabamba.", "es", 0),
    ],
)
def test_spurious3_protests_counted_over_a_period(
    mentions: Callable[..., list[Mention]], text: str, language: str, count: int
) -> None:
    assert len(mentions(text, language)) == count


@pytest.mark.parametrize(
    ("text", "language", "word", "expected"),
    [
        # fans who fight the police after a match clash with the forces, no game
        (
            "Cientos de manifestantes marcharon en Lima el lunes. Más tarde, hinchas y policías se"
            " enfrentaron tras el partido entre los dos clubes en La Victoria.",
            "es",
            "se enfrentaron",
            True,
        ),
        (
            "Thousands marched in Lima on Monday. Later, fans clashed with police outside the"
            " stadium after the match between the two clubs.",
            "en",
            "clashed",
            True,
        ),
        # near miss: the match itself, with the police only guarding it
        (
            "Cientos de manifestantes marcharon en Lima el lunes. Unos 2 mil policías resguardarán"
            " el estadio durante el clásico; el choque entre los dos clubes empieza a las 8.",
            "es",
            "choque",
            False,
        ),
    ],
)
def test_spurious3_fans_and_police_clash_after_a_match(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, expected: bool
) -> None:
    found = mentions(text, language)
    assert (word in [m.trigger.text for m in found]) is expected
