"""Dates that followed the wrong anchor: an explainer's answer that names its own day, a
record's dated field line, "travelled to join Thursday's march" and a source's account told
"that night" (twentieth session, dates11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from veeduria.models import Mention

JUL11 = dt.date(2022, 7, 11)
JUN15 = dt.date(2023, 6, 15)
JAN20 = dt.date(2023, 1, 20)


def _on(found: list[Mention], word: str) -> Mention:
    hits = [m for m in found if m.trigger.text.startswith(word)]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    return hits[0]


def _day(found: list[Mention], word: str) -> dt.date | None:
    date = _on(found, word).date
    return date.value if date is not None else None


def test_an_answer_that_names_its_day_dates_the_answer(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Bolivia's crisis explained\n\n"
        "What happened on the weekend?\n"
        "On Saturday, miners blocked the main highway to Oruro with dynamite and tyres.\n\n"
        "Has this happened before?\n"
        "Sadly, yes. On 2 March, miners of the cooperatives camped in the capital for days. "
        "Police fired tear gas at them that afternoon, and a curfew was imposed in the evening.",
        "en",
        JUL11,
    )
    assert _day(found, "blocked") == dt.date(2022, 7, 9)
    assert _day(found, "tear gas") == dt.date(2022, 3, 2)
    assert _day(found, "curfew") == dt.date(2022, 3, 2)


def test_an_answer_without_a_day_keeps_the_story_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the answer names no day of its own, and a month in the question is no day
    found = mentions(
        "Q&A on the strike\n\n"
        "What happened on Saturday?\n"
        "Miners blocked the main highway to Oruro with dynamite.\n\n"
        "Who was hurt in March?\n"
        "Officials say nobody. Police fired tear gas at the miners near the toll booth.",
        "en",
        JUL11,
    )
    assert _day(found, "tear gas") == dt.date(2022, 7, 9)


def test_a_records_dated_field_does_not_date_the_facts(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "CASE NOTE No. 3/2023\n\n"
        "Court: Second Criminal Court of Puno\n"
        "Judgment delivered on: 14 June 2023\n\n"
        "Facts\n\n"
        "On 9 January 2023, soldiers fired on demonstrators near the airport of Juliaca. "
        "Students had blocked the runway since 4 January.\n\n"
        "A nurse was beaten by officers while she helped the wounded.",
        "en",
        JUN15,
    )
    assert _day(found, "beaten") == dt.date(2023, 1, 9)


def test_a_spanish_records_dated_field_does_not_date_the_facts(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "RESUMEN DE SENTENCIA\n\n"
        "Juzgado: Primer Juzgado Penal de Puno\n"
        "Fecha de la sentencia: 14 de junio de 2023\n\n"
        "Hechos\n\n"
        "El 9 de enero de 2023, los militares dispararon contra los manifestantes cerca del "
        "aeropuerto de Juliaca.\n\n"
        "Una enfermera fue golpeada por los agentes mientras atendía a los heridos.",
        "es",
        JUN15,
    )
    assert _day(found, "golpeada") == dt.date(2023, 1, 9)


def test_a_heading_day_without_a_label_still_heads_its_section(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a line that is only a day, with no label and colon, heads what follows
    found = mentions(
        "Chronology of the protests\n\n"
        "Police cleared the bridge at Ilave on 2 January.\n\n"
        "What happened on 9 January 2023?\n\n"
        "Soldiers fired on the crowd near the airport.",
        "en",
        JUN15,
    )
    assert _day(found, "fired") == dt.date(2023, 1, 9)


def test_travelled_to_join_a_march_is_the_past_march(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Obituary\n\n"
        "Her son was shot in Juliaca on 9 January. This week she travelled to Lima with her "
        "neighbours to join Thursday's march on Congress.",
        "en",
        JAN20,
    )
    march = _on(found, "march")
    assert march.factuality == "asserted"
    assert march.date is not None and march.date.value == dt.date(2023, 1, 19)


def test_a_call_to_join_a_march_stays_a_call(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near misses: a call to join and a journey still to come are not a march that took place
    found = mentions("Unions urged workers to join Thursday's march on Congress.", "en", JAN20)
    assert _on(found, "march").factuality == "called_for"
    found = mentions(
        "The relatives will travel to Lima to join Thursday's march on Congress.", "en", JAN20
    )
    assert _on(found, "march").factuality != "asserted"


def test_an_account_told_that_night_is_of_the_storys_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Obituary\n\n"
        "He was shot dead near the airport on 9 January. The following night a police officer "
        "was burned to death in his patrol car.\n\n"
        "On Thursday his sister marched with other relatives through the centre of Lima. "
        "Police fired tear gas at them in the square that night, she said.",
        "en",
        JAN20,
    )
    assert _day(found, "tear gas") == dt.date(2023, 1, 19)


def test_an_account_without_that_night_is_of_the_last_incident_of_its_kind(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: "the same night" points at the incident the account denies, not the story's day
    found = mentions(
        "TRUJILLO — A grenade exploded outside a bus company's office early Tuesday.\n\n"
        "On Wednesday, detectives arrested three suspects in a raid in La Esperanza.\n\n"
        "Police denied reports that a second grenade had been thrown at a school the same night.",
        "en",
        dt.date(2024, 3, 15),
    )
    second = [m for m in found if m.trigger.text.startswith("grenade")][-1]
    assert second.date is not None and second.date.value == dt.date(2024, 3, 12)


def test_an_answer_that_only_ends_on_a_day_is_no_dated_answer(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: "by Sunday" bounds a count, it does not open the answer on its day
    found = mentions(
        "Bangladesh's unrest explained\n\n"
        "When did it turn violent?\n"
        "On July 16, police shot dead a student in Rangpur.\n\n"
        "How many have died?\n"
        "Nobody knows. Hospitals put the toll above 150 by Sunday. Police also beat dozens "
        "of students in Dhaka, witnesses said.",
        "en",
        dt.date(2024, 7, 24),
    )
    assert _day(found, "beat") == dt.date(2024, 7, 16)


def test_a_shift_opens_its_clause_past_a_longer_place_between_commas(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Informe de la comisión\n\n"
        "En Andahuaylas, el domingo 11, dos jóvenes murieron por disparos de la policía. Al día "
        "siguiente, en la vecina provincia de Chincheros, la policía desalojó a los comuneros "
        "que bloqueaban la carretera.",
        "es",
        dt.date(2022, 12, 17),
    )
    assert _day(found, "desalojó") == dt.date(2022, 12, 12)
    found = mentions(
        "Commission report\n\n"
        "In Andahuaylas, on Sunday 11 December, two teenagers were shot dead by police. The next "
        "day, in the neighbouring province of Chincheros, three more farmers were shot dead at a "
        "roadblock.",
        "en",
        dt.date(2022, 12, 17),
    )
    assert [m.date.value for m in found if m.trigger.text.startswith("shot") and m.date] == [
        dt.date(2022, 12, 11),
        dt.date(2022, 12, 12),
    ]


def test_a_shift_inside_a_clause_does_not_reach_past_the_place(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the shift does not open the sentence, so the clause after the commas is not its
    found = mentions(
        "Informe de la comisión\n\n"
        "El domingo 11 la policía detuvo a un dirigente que fue liberado al día siguiente, en la "
        "vecina provincia de Chincheros, y los comuneros bloquearon la carretera.",
        "es",
        dt.date(2022, 12, 17),
    )
    assert _day(found, "bloquearon") == dt.date(2022, 12, 11)


def test_what_happened_last_night_dates_the_events_told_next(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "EVENING NEWS\n\n"
        "Hundreds of drivers rallied today outside the parliament. They are angry about what "
        "happened last night in the capital. A police truck ran over a courier while officers "
        "were clearing the street.\n\n"
        "Police fired tear gas at students outside the governor's office.",
        "en",
        dt.date(2025, 8, 29),
    )
    assert _day(found, "rallied") == dt.date(2025, 8, 29)
    assert _day(found, "truck ran over") == dt.date(2025, 8, 28)
    # the next paragraph that gives no day is back at the story's day
    assert _day(found, "tear gas") == dt.date(2025, 8, 29)


def test_lo_que_ocurrio_ayer_dates_the_events_told_next(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "NOTICIERO\n\n"
        "Los transportistas marcharon hoy en Arequipa. Empezamos con lo que ocurrió ayer en "
        "Caravelí. Los policías desbloquearon la carretera con gases lacrimógenos.",
        "es",
        dt.date(2023, 1, 12),
    )
    assert _day(found, "desbloquearon") == dt.date(2023, 1, 11)


def test_what_will_happen_names_no_day_of_what_happened(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a day that is not right after the words, and a future, move nothing
    found = mentions(
        "EVENING NEWS\n\n"
        "Hundreds of drivers rallied today outside the parliament. Nobody knows what happened "
        "to the driver, his family said last night. Police fired tear gas at the drivers.",
        "en",
        dt.date(2025, 8, 29),
    )
    assert _day(found, "tear gas") == dt.date(2025, 8, 29)


def test_a_longer_restrictive_relative_does_not_move_the_story(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Pronunciamiento\n\n"
        "PRIMERO.- El sábado 21, la policía irrumpió en el campus y detuvo a doscientas "
        "personas.\n\n"
        "SEGUNDO.- Alojábamos a las delegaciones de las regiones que llegaron a la capital para "
        "la gran marcha del jueves 19.\n\n"
        "TERCERO.- Durante la intervención, varios compañeros fueron golpeados por los agentes.",
        "es",
        dt.date(2023, 1, 22),
    )
    assert _day(found, "golpeados") == dt.date(2023, 1, 21)


def test_a_day_of_its_own_clause_still_moves_the_story(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the day opens its own sentence, not a relative clause: the story goes there
    found = mentions(
        "Crónica\n\n"
        "El sábado 21, la policía irrumpió en el campus y detuvo a doscientas personas.\n\n"
        "El jueves 19, miles de manifestantes marcharon por el centro de Lima. Varios "
        "manifestantes fueron golpeados por los agentes.",
        "es",
        dt.date(2023, 1, 22),
    )
    assert _day(found, "golpeados") == dt.date(2023, 1, 19)


def test_a_strike_in_a_relative_clause_keeps_its_own_start(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Panama report\n\n"
        "Nurses, who have been on strike since April 23, said they would march to the "
        "assembly on Monday.",
        "en",
        dt.date(2025, 6, 12),
    )
    strike = _on(found, "on strike")
    assert strike.factuality == "asserted"
    assert strike.date is not None and strike.date.value == dt.date(2025, 4, 23)
    assert _on(found, "march").factuality == "planned"
    found = mentions(
        "Informe\n\n"
        "Los docentes, que están en huelga desde el 23 de abril, anunciaron que marcharán el "
        "lunes hacia la Asamblea.",
        "es",
        dt.date(2025, 6, 12),
    )
    strike = _on(found, "en huelga")
    assert strike.date is not None and strike.date.value == dt.date(2025, 4, 23)


def test_a_day_right_after_the_relative_clause_is_still_its_own(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the day after the closing comma adds to the clause, no main clause follows
    found = mentions(
        "Informe\n\n"
        "Los dirigentes no levantarán el bloqueo mientras no renuncie Jeanine Áñez, quien "
        "asumió la Presidencia tras la renuncia de Evo Morales, el 10 de noviembre.",
        "es",
        dt.date(2019, 11, 22),
    )
    resignation = _on(found, "renuncia de")
    assert resignation.date is not None and resignation.date.value == dt.date(2019, 11, 10)


def test_a_reported_clause_keeps_its_source(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the report comes before the relative clause, which is part of what was said
    found = mentions(
        "Panama report\n\n"
        "Police said that the farmers, who have been on strike since Monday, threw stones at "
        "officers.",
        "en",
        dt.date(2025, 6, 12),
    )
    assert _on(found, "on strike").factuality == "reported"


def test_an_event_at_the_burial_of_the_dead_takes_no_day_of_the_death(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Letter from Erbil\n\n"
        "A young woman died in police custody in Tehran on 16 September.\n\n"
        "Anger first spilled out at her burial in her home town. Police fired tear gas at the "
        "mourners as they walked to the governor's office.\n\n"
        "On 30 September, security forces opened fire on worshippers in Zahedan.",
        "en",
        dt.date(2022, 10, 21),
    )
    assert _on(found, "tear gas").date is None
    assert _day(found, "opened fire") == dt.date(2022, 9, 30)
    found = mentions(
        "Crónica\n\n"
        "Un joven murió el 9 de enero por un disparo de la policía en Juliaca.\n\n"
        "Miles de vecinos acompañaron su entierro en el cementerio. La policía lanzó gases "
        "contra el cortejo en la avenida principal.",
        "es",
        dt.date(2023, 1, 20),
    )
    assert _on(found, "gases").date is None


def test_a_burial_the_story_is_at_keeps_its_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near misses: the burial's own day, and a burial the story already told on its day
    found = mentions(
        "Letter from Erbil\n\n"
        "A young woman died in police custody in Tehran on 16 September.\n\n"
        "On 17 September, thousands gathered for her burial in her home town. Police fired "
        "tear gas at the mourners at her burial.",
        "en",
        dt.date(2022, 10, 21),
    )
    assert _day(found, "tear gas") == dt.date(2022, 9, 17)


def test_an_incident_a_relative_clause_dates_leaves_the_story_at_it(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "HUAMANGA.– El hospital confirmó esta mañana que son seis las personas que murieron "
        "tras los enfrentamientos del jueves cerca del aeropuerto. Según testigos, los soldados "
        "dispararon contra los manifestantes que huían por la avenida.",
        "es",
        dt.date(2022, 12, 16),
    )
    assert _day(found, "dispararon") == dt.date(2022, 12, 15)


def test_a_strike_a_relative_clause_dates_leaves_the_story_at_the_report(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a lasting action that a relative clause dates began then; the story is today
    found = mentions(
        "JULI.– La medida forma parte del paro indefinido que los gremios de Puno reanudaron el "
        "lunes 2 de enero. Según la Policía, los comuneros bloquean con piedras la carretera "
        "hacia Desaguadero.",
        "es",
        dt.date(2023, 1, 5),
    )
    assert _day(found, "bloquean") == dt.date(2023, 1, 5)


def test_a_persons_relative_clause_does_not_move_the_story(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Ayacucho toll\n\n"
        "On December 15, soldiers fired on protesters near the airport of Huamanga. The health "
        "ministry lists nine dead, and adds a tenth victim, a man who died in hospital on "
        "December 21. Six soldiers were injured by stones thrown by protesters.",
        "en",
        dt.date(2023, 1, 10),
    )
    assert _day(found, "stones") == dt.date(2022, 12, 15)


def test_a_day_of_the_main_clause_after_a_persons_relative_moves_the_story(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the day belongs to the main clause, not to the relative one
    found = mentions(
        "Ayacucho report\n\n"
        "On December 15, soldiers fired on protesters near the airport of Huamanga. Students who "
        "had marched to the square were detained on December 18. Police fired tear gas at "
        "their relatives outside the station.",
        "en",
        dt.date(2023, 1, 10),
    )
    assert _day(found, "tear gas") == dt.date(2022, 12, 18)


def test_a_shift_opens_its_clause_past_a_name_and_an_apposition(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Explainer\n\n"
        "On July 15, party activists attacked students at the university with sticks. The next "
        "day, Rahim Uddin, a law student, was shot dead by police in Rangpur.",
        "en",
        dt.date(2024, 7, 24),
    )
    assert _day(found, "shot dead") == dt.date(2024, 7, 16)


def test_a_day_between_the_commas_after_a_shift_is_the_events(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the stretch between the commas names the day itself
    found = mentions(
        "Crónica\n\n"
        "El jueves 26 miles de personas marcharon en la capital. La víspera, el martes, "
        "normalistas bloquearon durante tres horas la autopista.",
        "es",
        dt.date(2024, 9, 27),
    )
    assert _day(found, "bloquearon") == dt.date(2024, 9, 24)
