"""Towns that are not the event's place: a second origin of a list ("llegados de Huanta y de
Cangallo"), where someone was going ("una patrulla que se dirigía a Juli"), the seat of an
institution that speaks ("según la Fiscalía de Puno"); and a lead with no place of its own
that the next sentence places ("The young man died in the Chao district") over the dateline."""

from __future__ import annotations

import pytest


def _towns(mentions, text: str, language: str) -> list[str | None]:
    return [m.location.name if m.location else None for m in mentions(text, language)]


# ------------------------------------------------------------ a list that repeats its preposition


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "HUAMANGA, 16 dic (Agencia).– Decenas de comuneros llegados de Vilcashuamán y de "
            "Cangallo tomaron la plaza principal.",
            "es",
        ),
        (
            "HUAMANGA, 16 dic (Agencia).– Cientos de campesinos procedentes de Huanta, de "
            "Vilcashuamán y de Cangallo bloquearon el puente.",
            "es",
        ),
        (
            "AYACUCHO, Dec 16 (Wire) - Hundreds of villagers who came from Huanta and from "
            "Cangallo blocked the bridge.",
            "en",
        ),
    ],
)
def test_each_origin_of_a_list_is_an_origin(mentions, text: str, language: str) -> None:
    towns = _towns(mentions, text, language)
    assert towns == ["Ayacucho"], towns


def test_a_list_of_scenes_still_places_at_its_first(mentions) -> None:
    # near miss: "en Juliaca y en Puno" names where they marched, not where they came from
    towns = _towns(mentions, "Los manifestantes marcharon en Juliaca y en Puno.", "es")
    assert towns == ["Juliaca"], towns


def test_a_repeated_preposition_of_place_is_no_origin(mentions) -> None:
    # near miss: the second "de" ends a list of where people are from, not of the scene
    text = "Pobladores de Ilave y de Juli bloquearon la carretera en Pomata."
    assert _towns(mentions, text, "es") == ["Pomata"]


# ------------------------------------------------------------------ where someone was going


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "ILAVE, 5 mar (Agencia).– Un convoy militar que se dirigía a Juli fue atacado con "
            "piedras por un grupo de manifestantes.",
            "es",
        ),
        (
            "ILAVE, 5 mar (Agencia).– Un bus que iba hacia Pomata fue apedreado por los "
            "manifestantes.",
            "es",
        ),
        (
            "ILAVE, March 5 (Wire) - A military convoy heading to Juli was attacked with stones "
            "by protesters.",
            "en",
        ),
        (
            "ILAVE, March 5 (Wire) - A patrol on its way to Juli was attacked with stones by "
            "protesters.",
            "en",
        ),
    ],
)
def test_where_a_vehicle_was_going_is_not_the_place(mentions, text: str, language: str) -> None:
    towns = _towns(mentions, text, language)
    assert towns and all(t == "Ilave" for t in towns), towns


def test_a_place_reached_is_still_the_place(mentions) -> None:
    # near miss: they got there and marched; "llegó a" is no "se dirigía a"
    text = "ILAVE, 5 mar (Agencia).– La marcha llegó a Juli, donde la Policía lanzó gases."
    towns = _towns(mentions, text, "es")
    assert "Juli" in towns, towns


# ------------------------------------------------------------------ an institution speaking


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "ILAVE, 9 ene (Agencia).– Dos manifestantes resultaron heridos de bala, según la "
            "Fiscalía de Puno.",
            "es",
        ),
        (
            "ILAVE, 9 ene (Agencia).– Dos manifestantes resultaron heridos de bala, informó la "
            "Diresa Puno.",
            "es",
        ),
        (
            "ILAVE, 9 ene (Agencia).– La Fiscalía de Puno informó que la Policía detuvo a doce "
            "manifestantes.",
            "es",
        ),
        (
            "ILAVE, Jan 9 (Wire) - Two protesters were shot and wounded, the Puno regional "
            "health directorate said.",
            "en",
        ),
    ],
)
def test_the_seat_of_a_source_gives_way_to_the_story(mentions, text: str, language: str) -> None:
    towns = _towns(mentions, text, language)
    assert towns and all(t == "Ilave" for t in towns), towns


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # near misses: the institution's building is the scene, or it is no source
        (
            "ILAVE, 9 ene (Agencia).– Los manifestantes incendiaron la sede de la Fiscalía de "
            "Puno.",
            "Puno",
        ),
        (
            "ILAVE, 9 ene (Agencia).– Los manifestantes marcharon hasta la Municipalidad de "
            "Puno, que informó que no atenderá sus pedidos.",
            "Puno",
        ),
        # nothing else places the event: the seat is all the text says
        ("Dos manifestantes resultaron heridos de bala, según la Fiscalía de Puno.", "Puno"),
    ],
)
def test_the_seat_stays_when_it_is_the_scene_or_all(mentions, text: str, town: str) -> None:
    assert _towns(mentions, text, "es") == [town]


# ------------------------------------------------------- the lead placed by the next sentence


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "LIMA, Dec 4 (Wire) - A farm worker was shot dead during clashes with police on the "
            "Pan-American Highway. The young man died on Wednesday in the Chao district, where "
            "police were clearing a blockade.",
            "en",
        ),
        (
            "LIMA, 4 dic (Agencia).– Un trabajador agrario murió baleado durante un "
            "enfrentamiento con la Policía en la Panamericana. El joven falleció el miércoles en "
            "el distrito de Chao.",
            "es",
        ),
    ],
)
def test_the_body_places_the_lead_over_the_dateline(mentions, text: str, language: str) -> None:
    towns = _towns(mentions, text, language)
    assert towns and towns[0] == "Chao", towns


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the next sentence tells of another actor, or its town is a home
        (
            "LIMA, Dec 4 (Wire) - Police fired tear gas at protesters on Tuesday. The government "
            "declared a state of emergency in Puno.",
            "en",
        ),
        (
            "LIMA, Dec 4 (Wire) - A protester was killed on Tuesday. The victim, a student "
            "from Ilave, died in a hospital in Juliaca.",
            "en",
        ),
        (
            "LIMA, 4 dic (Agencia).– La Policía lanzó gases lacrimógenos contra los "
            "manifestantes el martes. La Policía informó que en Puno hubo bloqueos.",
            "es",
        ),
    ],
)
def test_the_dateline_stays_without_a_continuation(mentions, text: str, language: str) -> None:
    towns = _towns(mentions, text, language)
    assert towns and towns[0] == "Lima", towns


# ------------------------------------------------------------ a strike that names no place


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "El paro de transportistas tuvo un acatamiento masivo en Arequipa. Anoche en Cerro "
            "Colorado, desconocidos dispararon contra un bus. Los gremios no descartan un paro "
            "de 48 horas la próxima semana.",
            "es",
            "Arequipa",
        ),
        (
            "Minibus drivers in Trujillo stayed off the roads on Monday in a strike. On Sunday "
            "night a driver was shot dead in La Esperanza. Union leaders said they would call "
            "an indefinite strike next week.",
            "en",
            "Trujillo",
        ),
    ],
)
def test_a_strike_naming_no_place_is_the_last_strikes(
    mentions, text: str, language: str, town: str
) -> None:
    events = mentions(text, language)
    strikes = [m for m in events if m.mode == "strike"]
    assert len(strikes) >= 2, [(m.trigger.text, m.mode) for m in events]
    assert strikes[-1].location is not None and strikes[-1].location.name == town, strikes[-1]


def test_a_strike_naming_its_place_keeps_it(mentions) -> None:
    # near miss: the later strike names its own town
    text = (
        "El paro de transportistas tuvo un acatamiento masivo en Arequipa. Los gremios de "
        "Juliaca anunciaron un paro de 48 horas en Juliaca para el lunes."
    )
    strikes = [m for m in mentions(text, "es") if m.mode == "strike"]
    assert strikes and strikes[-1].location is not None
    assert strikes[-1].location.name == "Juliaca", strikes[-1].location


def test_an_incident_after_a_strike_keeps_its_own_place(mentions) -> None:
    # near miss: only strikes go back to the strike's town
    text = (
        "Los agricultores acataron un paro en Ica. En Chincha, la policía detuvo a dos dirigentes."
    )
    events = mentions(text, "es")
    arrests = [m for m in events if m.sub_event_type == "Arrests"]
    assert arrests and arrests[0].location is not None and arrests[0].location.name == "Chincha"


@pytest.mark.parametrize(
    "source",
    [
        "Según la Dirección Regional de Salud (Diresa) Cusco",
        "Según la Gerencia Regional de Salud (Geresa) Cusco",
        "De acuerdo con la Diresa Cusco",
    ],
)
def test_an_office_with_its_acronym_speaks_from_its_seat(mentions, source: str) -> None:
    text = (
        "CUSCO, 12 ene (Agencia).– La marcha llegó al distrito de San Jerónimo al mediodía. "
        f"{source}, la Policía lanzó gases lacrimógenos contra los manifestantes."
    )
    towns = _towns(mentions, text, "es")
    assert len(towns) == 2 and all(t == "San Jerónimo" for t in towns), towns


# ------------------------------------------------------------ a march from one town to another


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("Los comuneros marcharon desde la plaza de Armas de Anta hasta el Cusco.", "es", "Cusco"),
        ("La caminata salió desde Ilave y avanzó hacia la ciudad de Puno.", "es", "Puno"),
        (
            "La Federación de Juntas Vecinales (Fejuve) de El Alto convocó una marcha hasta La "
            "Paz para el jueves.",
            "es",
            "La Paz",
        ),
        ("Villagers marched from Anta to Cusco on Thursday.", "en", "Cusco"),
    ],
)
def test_a_march_is_placed_where_it_went(mentions, text: str, language: str, town: str) -> None:
    assert _towns(mentions, text, language) == [town]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # near misses: no march, or the second town is in another clause
        ("El bloqueo se extiende desde Ilave hasta Juli.", "Ilave"),
        ("Los comuneros marcharon desde Anta; en Cusco, la policía los esperaba.", "Anta"),
    ],
)
def test_a_stretch_or_another_clause_is_no_march_to(mentions, text: str, town: str) -> None:
    towns = _towns(mentions, text, "es")
    assert towns and towns[0] == town, towns


# ------------------------------------------------ people of a province who marched elsewhere


@pytest.mark.parametrize(
    "sentence",
    [
        "Por la tarde, miles de pobladores de San Román y de provincias vecinas marcharon hacia "
        "el terminal aéreo.",
        "Por la tarde, miles de comuneros de la provincia de Lampa marcharon hasta la plaza de "
        "Armas.",
        "Por la tarde, cientos de pobladores de Lampa se dirigieron a la plaza de Armas y "
        "quemaron llantas.",
    ],
)
def test_people_of_a_province_who_marched_elsewhere(mentions, sentence: str) -> None:
    text = (
        "JULIACA.– Cientos de manifestantes bloquearon la avenida principal el lunes. " + sentence
    )
    towns = _towns(mentions, text, "es")
    assert len(towns) == 2 and all(t == "Juliaca" for t in towns), towns


def test_people_who_marched_in_their_own_town_stay_there(mentions) -> None:
    # near miss: no going anywhere: the residents of Ilave acted in Ilave
    text = (
        "JULIACA.– Cientos de manifestantes bloquearon la avenida principal el lunes. En la "
        "noche, pobladores de Ilave quemaron la comisaría de Ilave."
    )
    towns = _towns(mentions, text, "es")
    assert towns[-1] == "Ilave", towns


# ------------------------------------------------------- one event across a province's districts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tres personas murieron por disparos de la Policía en los distritos de Huaccana y "
            "Ongoy.",
            "es",
        ),
        ("Three people were shot dead by police in the districts of Huaccana and Ongoy.", "en"),
    ],
)
def test_districts_of_one_province_place_it_at_the_province(
    mentions, text: str, language: str
) -> None:
    events = mentions(text, language)
    assert events and events[0].location is not None
    assert events[0].location.name == "Chincheros", events[0].location
    assert events[0].location.geo_precision == 2


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no plural "distritos", or districts of two provinces
        "Tres personas murieron por disparos de la Policía en Huaccana y Ongoy.",
        "Tres personas murieron por disparos de la Policía en los distritos de Juliaca e Ilave.",
    ],
)
def test_towns_without_a_shared_province_word_stay_towns(mentions, text: str) -> None:
    events = mentions(text, "es")
    assert events and events[0].location is not None
    assert events[0].location.geo_precision == 1, events[0].location
