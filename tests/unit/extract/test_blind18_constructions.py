"""Constructions the blind batch dev-texts18 met (twenty-third session, blind18).

A number that names people right after a month with its day is a count ("el 9 de enero 17
civiles murieron"), not the day of a month told the other way round ("On January 17 people
gathered"); a day after a street word and a preposition of time is a date ("on the bridge on 19
January"), a day right after the street word a name ("avenida 28 de Julio"); the month March
after more prepositions of time ("before March") and ideas that clash or a fight told as a war
("a clash of visions", "fighting a war of attrition") are no events; what each day of a strike
costs is an estimate ("cada día de paro cuesta"); the Spanish past subjunctive after "luego de
que" tells deaths ("luego de que seis comuneros murieran"); a headline's present counts the dead
("Soldiers shoot dead ten people") and threatens ("Unions threaten new airport protest"); two
facts each with its own "that" ("recuerda que ... murieron en Juliaca y que ... falleció en el
Cusco") are two incidents, each with its dead and its day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

_PROTEST_ES = "Miles de comuneros marcharon el domingo por las calles de Puno. "
_PROTEST_EN = "Thousands of farmers marched through Puno on Sunday. "


def _others(found: list[Mention], word: str) -> list[Mention]:
    return [m for m in found if m.trigger.text.lower() != word]


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (_PROTEST_ES + "El 9 de enero diecisiete civiles murieron en Juliaca.", "es", 17),
        (_PROTEST_ES + "El 14 de febrero 6 jóvenes murieron en el puente de Ilave.", "es", 6),
        (_PROTEST_EN + "On 9 January 17 civilians were killed in Juliaca.", "en", 17),
    ],
)
def test_blind18_count_after_a_dated_month(
    mentions: Callable[..., list[Mention]], text: str, language: str, killed: int
) -> None:
    found = _others(mentions(text, language, dt.date(2023, 2, 20)), "marcharon")
    found = _others(found, "marched")
    assert [m.killed.value if m.killed else None for m in found] == [killed]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a day with no day before its month: "January 17" is the day
        (_PROTEST_EN + "On January 17 people gathered again outside the court.", "en"),
    ],
)
def test_blind18_month_day_stays_a_day(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert all(m.killed is None for m in mentions(text, language, dt.date(2023, 2, 20)))


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "In Arequipa, a man was shot dead on the bridge on 19 January as police cleared the"
            " road.",
            "en",
            dt.date(2023, 1, 19),
        ),
        (
            "Farmers blocked the avenue on 4 March after the talks failed.",
            "en",
            dt.date(2023, 3, 4),
        ),
        (
            "Los agricultores bloquearon la avenida el 6 de marzo tras romperse el diálogo.",
            "es",
            dt.date(2023, 3, 6),
        ),
    ],
)
def test_blind18_day_after_a_street_word_and_a_preposition(
    mentions: Callable[..., list[Mention]], text: str, language: str, day: dt.date
) -> None:
    found = mentions(text, language, dt.date(2023, 3, 20))
    assert found and found[0].date is not None and found[0].date.value == day


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los comuneros marcharon por la avenida 28 de Julio hasta la plaza.", "es"),
        ("Hundreds of teachers marched along avenue 28 de Julio in Lima.", "en"),
    ],
)
def test_blind18_street_named_by_a_day_is_no_date(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, dt.date(2023, 8, 20))
    assert found and all(m.date is None or m.date.value.month != 7 for m in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_PROTEST_EN + "Officials said the train service may not resume before March.", "en"),
        (_PROTEST_EN + "The rains will last from March to May, forecasters said.", "en"),
        (_PROTEST_EN + "In Puno, a clash of ideas over the country's future.", "en"),
        (_PROTEST_EN + '"We are fighting a war of attrition," said a market trader.', "en"),
        (_PROTEST_EN + "It is a war of nerves between the cabinet and the regions.", "en"),
        (
            _PROTEST_ES + "La Cámara de Comercio estimó que cada día de paro cuesta a la región"
            " unos seis millones de soles.",
            "es",
        ),
        (
            _PROTEST_ES + "Los hoteleros calculan que por cada jornada de bloqueo pierden diez mil"
            " reservas.",
            "es",
        ),
    ],
)
def test_blind18_no_second_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, dt.date(2023, 2, 20))
    assert [m.trigger.text.lower() for m in found] == [
        "marched" if language == "en" else "marcharon"
    ]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # near misses: a march in March, a clash between people, a day of a strike that happened
        (
            _PROTEST_EN + "Teachers will march again in Lima before the end of the week.",
            "en",
            "march",
        ),
        (_PROTEST_EN + "Police and farmers clashed near the bridge.", "en", "clashed"),
        (
            _PROTEST_ES + "El primer día del paro, los mototaxistas bloquearon el puerto.",
            "es",
            "paro",
        ),
    ],
)
def test_blind18_near_misses_keep_their_event(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    found = mentions(text, language, dt.date(2023, 2, 20))
    assert any(m.trigger.text.lower() == word for m in found)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            _PROTEST_ES + "Después de que seis comuneros murieran en el puente, la Defensoría"
            " pidió calma.",
            6,
        ),
        (
            _PROTEST_ES
            + "Luego de que dos jóvenes murieran el lunes en Ilave, cerraron el mercado.",
            2,
        ),
    ],
)
def test_blind18_subjunctive_deaths(
    mentions: Callable[..., list[Mention]], text: str, killed: int
) -> None:
    found = _others(mentions(text, "es", dt.date(2023, 2, 20)), "marcharon")
    assert any(m.killed is not None and m.killed.value == killed for m in found)


def test_blind18_subjunctive_denied_is_no_death(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = _PROTEST_ES + "El alcalde pidió a la policía evitar que murieran más personas."
    assert all(m.killed is None for m in mentions(text, "es", dt.date(2023, 2, 20)))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Soldiers shoot dead ten people in Ayacucho", 10),
        ("Police shoot dead two protesters in Juliaca", 2),
        ("Gunmen gun down three bus drivers in Trujillo", 3),
    ],
)
def test_blind18_headline_present_counts_the_dead(
    mentions: Callable[..., list[Mention]], text: str, killed: int
) -> None:
    found = mentions(text, "en", dt.date(2023, 2, 20))
    assert found and found[0].killed is not None and found[0].killed.value == killed


@pytest.mark.parametrize(
    "text",
    [
        "Cusco unions threaten new airport protest",
        "Truckers threaten a national strike over fuel prices",
        "Miners threaten fresh blockades in the south",
    ],
)
def test_blind18_headline_threat_is_possible(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "en", dt.date(2023, 2, 20))
    assert found and all(m.factuality == "possible" for m in found)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            _PROTEST_ES + "El documento recuerda que el lunes 9 de enero diecisiete civiles"
            " murieron por impactos de bala en Juliaca y que el miércoles un dirigente campesino"
            " falleció en el Cusco durante el intento de toma del aeropuerto.",
            "es",
            {(17, dt.date(2023, 1, 9), "Juliaca"), (1, dt.date(2023, 1, 11), "Cusco")},
        ),
    ],
)
def test_blind18_two_facts_each_with_its_own_that(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: set[tuple[int, dt.date, str]],
) -> None:
    found = _others(mentions(text, language, dt.date(2023, 1, 13)), "marcharon")
    got = {
        (m.killed.value, m.date.value, m.location.name)
        for m in found
        if m.killed is not None and m.date is not None and m.location is not None
    }
    assert got == expected


def test_blind18_one_fact_after_that_keeps_its_clause(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a second "that" with no dead of its own adds no incident to the first
    text = (
        _PROTEST_ES + "La Policía informó que los comuneros bloquearon la carretera y que la vía"
        " sigue cerrada."
    )
    found = _others(mentions(text, "es", dt.date(2023, 2, 20)), "marcharon")
    assert [m.trigger.text.lower() for m in found] == ["bloquearon"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the wounded told after "and that" are the first fact's, no incident of their own
        (
            "Police said about 2,000 protesters had attacked the airport with stones, and that 40"
            " officers were injured.",
            "en",
        ),
        (
            "El Comando sostiene que los soldados fueron atacados con piedras en el puente y que"
            " nueve efectivos resultaron heridos.",
            "es",
        ),
    ],
)
def test_blind18_wounded_after_that_stay_with_the_fact(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, dt.date(2023, 2, 20))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a poll's opinion of the protests names no incident
        (
            "According to a survey released on Sunday, most Chileans support the teachers' strike.",
            "en",
        ),
        ("A poll found that 61% of Colombians disapprove of the marches.", "en"),
        ("Two-thirds of those polled oppose the roadblocks, the pollster said.", "en"),
        ("Según una encuesta de Ipsos, el 58 % aprueba las protestas en el sur.", "es"),
        (
            "La mayoría de limeños está en contra de los bloqueos de carreteras, según un sondeo.",
            "es",
        ),
    ],
)
def test_blind18_poll_opinion_is_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language, dt.date(2023, 2, 20)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: a stance with no poll, a poll beside an incident told in its own words
        ("The teachers' unions backed the strike on Monday in Santiago.", "en"),
        ("Los gremios de transportistas respaldaron el paro del jueves en Juliaca.", "es"),
        ("Most shops stayed shut as thousands marched through Cusco on Monday.", "en"),
    ],
)
def test_blind18_stance_without_a_poll_keeps_its_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language, dt.date(2023, 2, 20))


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # the day right after the event word, after "since", is the day it began
        (
            "La Defensoría pidió este miércoles a los agricultores abrir el paso por la carretera,"
            " bloqueada desde el lunes.",
            "es",
            dt.date(2024, 6, 17),
        ),
        (
            "On Thursday the minister met the teachers, on strike since Monday, in Santiago.",
            "en",
            dt.date(2024, 6, 17),
        ),
    ],
)
def test_blind18_since_day_on_the_event_word(
    mentions: Callable[..., list[Mention]], text: str, language: str, day: dt.date
) -> None:
    found = mentions(text, language, dt.date(2024, 6, 20))
    assert any(m.date is not None and m.date.value == day for m in found)


def test_blind18_since_farther_off_is_no_start(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: "desde" before a place is where the march set off from, on the sentence's day
    text = "Los maestros marcharon el miércoles desde la plaza San Martín hasta el Congreso."
    found = mentions(text, "es", dt.date(2024, 6, 20))
    assert found and found[0].date is not None and found[0].date.value == dt.date(2024, 6, 19)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The protests are rooted in deep resentment over the country's inequality.", "en"),
        ("The strikes have their roots in decades of neglect of the south.", "en"),
        ("Las protestas tienen su origen en un profundo resentimiento en el sur andino.", "es"),
    ],
)
def test_blind18_causes_of_protest_are_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language, dt.date(2023, 2, 20)) == []


def test_blind18_dead_whose_justice_a_march_demands(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Several thousand women marched through Puno on Thursday to demand justice for the"
        " eighteen people killed in Juliaca a month ago."
    )
    found = mentions(text, "en", dt.date(2023, 2, 10))
    march = [m for m in found if m.trigger.text == "marched"]
    killing = [m for m in found if m.trigger.text == "killed"]
    assert march and march[0].killed is None
    assert killing and killing[0].killed is not None and killing[0].killed.value == 18
    assert killing[0].location is not None and killing[0].location.name == "Juliaca"


def test_blind18_justice_demanded_alone_is_no_event(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a demand for justice with no dead named is a claim, no incident
    text = "Relatives of the victims demanded justice for the families outside the court."
    assert mentions(text, "en", dt.date(2023, 2, 10)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors say the soldiers fired assault rifles at people who were fleeing.",
        "Witnesses said the officers fired pistols at the students outside the university.",
    ],
)
def test_blind18_weapon_named_between_fire_and_target(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "en", dt.date(2023, 2, 10))
    assert found and found[0].mode == "firearms"


@pytest.mark.parametrize(
    "text",
    [
        "Chile's teachers walk out",
        "Dockers stopped work for 24 hours on Friday in Callao.",
        "Mine workers laid down their tools on Monday to demand a pay rise.",
    ],
)
def test_blind18_strike_told_as_work_stopped(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "en", dt.date(2024, 6, 20))
    assert found and found[0].mode == "strike"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: leaving talks or a sitting is no strike
        "The union's delegates walked out of the talks with the ministry on Monday.",
        "Opposition lawmakers walk out of the session in Congress",
    ],
)
def test_blind18_walking_out_of_talks_is_no_strike(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    assert mentions(text, "en", dt.date(2024, 6, 20)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A bus driver was shot dead by suspected extortionists in Trujillo on Wednesday.", "en"),
        (
            "Un chofer fue asesinado el miércoles por presuntos extorsionadores en La Esperanza.",
            "es",
        ),
    ],
)
def test_blind18_suspected_agent_hedges_no_killing(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, dt.date(2024, 10, 11))
    assert [(m.sub_event_type, m.factuality) for m in found] == [("Attack", "asserted")]
    assert found[0].actor1 is not None and found[0].actor1.name == "Unidentified Armed Group (Peru)"


def test_blind18_alleged_act_stays_possible(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: "allegedly" hedges the act itself
    found = mentions("A man was allegedly shot by police in Lima.", "en", dt.date(2024, 10, 11))
    assert found and found[0].factuality == "possible"


def test_blind18_the_attack_whose_author_the_police_suspect(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Una granada estalló en la puerta de una discoteca de Trujillo. La Policía presume que el"
        " ataque sería obra de una banda de extorsionadores que exigía un pago mensual."
    )
    found = mentions(text, "es", dt.date(2024, 4, 5))
    assert [m.sub_event_type for m in found] == ["Grenade", "Grenade"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the protests that frame deaths counted or mourned are no protest in particular
        (
            "La moción pide sancionar a los responsables de las muertes ocurridas durante las"
            " protestas del sur.",
            "es",
        ),
        ("The ombudsman has counted 49 deaths in the protests since December.", "en"),
        ("Relatives of the victims of the protests met the minister on Tuesday.", "en"),
    ],
)
def test_blind18_protests_that_frame_deaths_are_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert not any(m.sub_event_type == "Peaceful protest" for m in mentions(text, language))


def test_blind18_deaths_at_a_named_protest_keep_it(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: a protest told with its own day and place beside the deaths keeps its event
    text = "Thousands marched in Juliaca on Monday; two people died in the clashes that followed."
    assert any(m.trigger.text == "marched" for m in mentions(text, "en"))


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # the day of the call told before the event word, the event's own day after it
        (
            "El FUT convocó este miércoles a una movilización nacional para el miércoles 17 de"
            " abril.",
            "es",
            dt.date(2024, 4, 17),
        ),
        (
            "La CGTP anunció este miércoles una marcha nacional para el jueves 25 de abril.",
            "es",
            dt.date(2024, 4, 25),
        ),
        # near miss: a later day in a clause of its own dates that clause's event
        (
            "Este miércoles marcharán los maestros hacia el Congreso, y el 17 de abril iniciarán"
            " un paro.",
            "es",
            dt.date(2024, 4, 10),
        ),
    ],
)
def test_blind18_call_day_and_event_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, day: dt.date
) -> None:
    found = mentions(text, language, dt.date(2024, 4, 10))
    assert found and found[0].date is not None and found[0].date.value == day


@pytest.mark.parametrize(
    ("text", "language", "factuality"),
    [
        (
            "He did not rule out calling his own supporters to the streets on May 1.",
            "en",
            "possible",
        ),
        (
            "The opposition leader called his supporters to the streets for Saturday.",
            "en",
            "called_for",
        ),
        (
            "El expresidente no descartó convocar a sus bases a las calles el 1 de mayo.",
            "es",
            "possible",
        ),
    ],
)
def test_blind18_people_called_to_the_streets(
    mentions: Callable[..., list[Mention]], text: str, language: str, factuality: str
) -> None:
    found = mentions(text, language, dt.date(2024, 4, 18))
    assert [(m.mode, m.factuality) for m in found] == [("march", factuality)]


def test_blind18_streets_cleaned_are_no_march(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: workers sent to the streets to clean them march nowhere
    text = "The mayor sent municipal workers to clean the streets on Monday."
    assert mentions(text, "en", dt.date(2024, 4, 18)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dec 7 - Castillo tries to dissolve Congress. He is arrested on his way to the embassy.",
            "en",
        ),
        ("Camacho is detained on terrorism charges in Santa Cruz", "en"),
        ("7 de diciembre: Castillo es detenido camino a la embajada de México.", "es"),
    ],
)
def test_blind18_timeline_present_arrest_of_one(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = [
        m for m in mentions(text, language, dt.date(2023, 12, 7)) if m.sub_event_type == "Arrests"
    ]
    assert found and found[0].detained is not None and found[0].detained.value == 1


def test_blind18_nobody_arrested_counts_no_one(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: an arrest denied counts nobody
    text = "Nobody has been arrested for any of these deaths."
    assert all(m.detained is None or m.detained.value == 0 for m in mentions(text, "en"))


def test_blind18_share_of_a_poll_demands_nothing(resources: object) -> None:
    from veeduria.extract import extract
    from veeduria.models import Document

    def claims(text: str) -> list[str]:
        doc = Document(id="t", text=text, language="en", published=dt.date(2023, 2, 16))
        return [c.topic for c in extract(doc, resources).claims]  # type: ignore[arg-type]

    assert claims("According to a survey released on Sunday, 73% want early elections.") == []
    # near misses: groups that call for something are claimants, poll or none
    assert "early_elections" in claims("Most groups now call for early elections this year.")
    assert "resignation" in claims(
        "A poll came out on Sunday as protesters demanded the resignation of the president."
    )


@pytest.mark.parametrize(
    ("text", "factuality"),
    [
        ("Unions in Cusco threatened on Thursday to march again on the airport.", "possible"),
        ("The teachers' union vowed on Monday to strike until the law is repealed.", "planned"),
    ],
)
def test_blind18_day_between_verb_and_to(
    mentions: Callable[..., list[Mention]], text: str, factuality: str
) -> None:
    found = mentions(text, "en", dt.date(2023, 2, 2))
    assert [m.factuality for m in found] == [factuality]


def test_blind18_march_on_a_day_stays_asserted(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: a march told on its day with no threat or vow
    found = mentions(
        "Unions in Cusco marched on Thursday to the airport.", "en", dt.date(2023, 2, 2)
    )
    assert [m.factuality for m in found] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "factuality"),
    [
        # a plan announced in a clause of its own after a call
        (
            "El frente pidió a los mototaxistas sumarse a la medida y anunció una movilización"
            " hacia la plaza el jueves.",
            "planned",
        ),
        # near misses: one call with its day, a call after an announcement
        (
            "Colectivos juveniles convocaron para esta noche a una vigilia en la plaza.",
            "called_for",
        ),
        ("El sindicato anunció que convocará a sus bases a marchar el jueves.", "called_for"),
    ],
)
def test_blind18_plan_after_a_call(
    mentions: Callable[..., list[Mention]], text: str, factuality: str
) -> None:
    found = mentions(text, "es", dt.date(2023, 2, 6))
    assert [m.factuality for m in found] == [factuality]
