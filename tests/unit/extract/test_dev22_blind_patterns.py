"""Patterns the nineteenth blind dev batch showed (twenty-sixth session, dev-texts22).

- Pots banged in a cacerolazo are no beating: "vecinos golpean ollas desde sus balcones" is a
  peaceful protest, not force by anyone.
- "clear" said of speech ("Let me be clear", "To be clear, ...") is no clearing; "March" as one
  end of a period or with its year ("between October and March this year") is the month; a
  clash of institutions ("a constitutional clash", "el choque de poderes") is politics.
- A condition closing a threat may open on "unless" / "a menos que" as on "if" / "si": the
  arrest it asks for is no arrest of the sentence.
- A measure the government weighs ("evalúa declarar el toque de queda", "is considering
  declaring a curfew") is only possible.
- "del día de la fecha", the words of police communiqués for the day they are issued, is the
  publication's day.
- A road "obstruida" or strewn with stones by a group ("mantenía obstruida la vía", "colocaron
  piedras sobre la calzada") is blocked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    "text",
    [
        "Vecinos golpean ollas desde sus balcones en un cacerolazo que pide paz.",
        "Los vecinos salieron a golpear sus ollas frente a la municipalidad de Miraflores.",
        "Cientos de mujeres golpeaban las cacerolas en la plaza de Armas de Puno.",
        "Golpeando ollas y cacerolas, los comerciantes recorrieron el jirón Lima.",
    ],
)
def test_dev22_pots_banged_are_a_protest_not_a_beating(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "es")
    assert found, text
    assert all(m.sub_event_type == "Peaceful protest" for m in found), [
        (m.sub_event_type, m.trigger.text) for m in found
    ]


_STORY = {
    "en": "Thousands of protesters marched to Congress in Lima on Thursday. ",
    "es": "Miles de manifestantes marcharon hacia el Congreso en Lima el jueves. ",
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Let me be clear about what I am not saying.", "en"),
        ("To be clear, the ministry has published no figures.", "en"),
        ("Let us be clear: no officer has been charged.", "en"),
        ("The report covers the period between October and March this year.", "en"),
        ("Prices doubled from January to March last year, the bank said.", "en"),
        (
            "The standoff, a constitutional clash that has lasted since 2016, remains the backdrop.",
            "en",
        ),
        ("Analysts describe an institutional clash between the court and the cabinet.", "en"),
        ("El choque institucional entre el Congreso y el Ejecutivo se agravó.", "es"),
        ("Para el analista, el choque de poderes es el fondo de la crisis.", "es"),
    ],
)
def test_dev22_words_in_other_senses_name_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    # told after a march, in a story of protest: only the march is an event
    story = _STORY[language]
    found = mentions(story + text, language)
    assert [m for m in found if m.trigger.span[0] >= len(story)] == [], [
        (m.sub_event_type, m.trigger.text) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The committee threatened to close the highway unless those who fired were arrested.",
            "en",
        ),
        (
            "Residents warned they would keep the road closed unless the officers were arrested.",
            "en",
        ),
        ("El comité amenazó con bloquear la vía a menos que se detenga a los responsables.", "es"),
        (
            "Los dirigentes anunciaron que tomarán el puente salvo que se capture a los autores.",
            "es",
        ),
    ],
)
def test_dev22_an_arrest_asked_in_a_trailing_condition_is_no_arrest(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language)
    assert not any(m.mode == "arrest" for m in found), [
        (m.sub_event_type, m.trigger.text) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El Ejecutivo evalúa declarar el estado de emergencia en Puno.", "es"),
        ("El Gobierno analiza decretar el toque de queda en Juliaca.", "es"),
        (
            "El Consejo de Ministros estudia la posibilidad de declarar el estado de emergencia.",
            "es",
        ),
        ("The government is considering declaring a curfew in Puno.", "en"),
        ("Officials are weighing a state of emergency in the southern regions.", "en"),
    ],
)
def test_dev22_a_measure_weighed_is_possible(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language)
    assert found, text
    assert all(m.factuality == "possible" for m in found), [
        (m.sub_event_type, m.factuality) for m in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Siendo las 05:30 horas del día de la fecha, personal policial desbloqueó la vía en Chala.",
        "En horas de la madrugada del día de la fecha, la policía desalojó a los manifestantes del puente.",
        "El día de la fecha se detuvo a doce manifestantes en el kilómetro 610 de la Panamericana Sur.",
    ],
)
def test_dev22_the_day_of_the_communique_is_the_publication_day(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    published = dt.date(2023, 1, 20)
    found = mentions(text, "es", published=published)
    assert found, text
    assert all(m.date is not None and m.date.value == published for m in found), [
        (m.sub_event_type, m.date) for m in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Un grupo de 300 personas mantenía obstruida la vía con piedras y llantas.",
        "Los transportistas obstruyeron la carretera con sus camiones desde la madrugada.",
        "Los comuneros colocaron piedras sobre la calzada de la Panamericana Sur.",
        "Pobladores colocan troncos y rocas en la vía a Abancay.",
    ],
)
def test_dev22_an_obstructed_road_is_blocked(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "es")
    assert any(m.mode == "blockade" for m in found), [(m.sub_event_type, m.mode) for m in found]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "San Román (Juliaca). Cientos de personas marcharon hacia el aeropuerto.\n\n"
            "Chucuito (Desaguadero). El bloqueo del puente internacional se mantiene desde el"
            " miércoles.",
            "Desaguadero",
        ),
        (
            "Cusco (Anta). Los comuneros marcharon por la plaza.\n\n"
            "Puno (Ilave). Los comerciantes acataron el paro indefinido por tercer día.",
            "Ilave",
        ),
        (
            "Cali – Siloé. Los vecinos marcharon por la calle 5.\n\n"
            "Pereira – Viaducto César Gaviria Trujillo. Los jóvenes realizaban un plantón"
            " cuando hombres armados dispararon.",
            "Pereira",
        ),
        (
            "Bogotá – Usme. Cientos de estudiantes marcharon hacia el portal.\n\n"
            "Popayán – Centro. Los manifestantes bloquearon la vía Panamericana durante la"
            " tarde.",
            "Popayán",
        ),
    ],
)
def test_dev22_a_qualified_heading_gives_its_paragraph_its_town(
    mentions: Callable[..., list[Mention]], text: str, town: str
) -> None:
    found = mentions(text, "es")
    second = text.index("\n\n")
    last = [m for m in found if m.trigger.span[0] > second]
    assert last, found
    assert all(m.location is not None and m.location.name == town for m in last), [
        (m.trigger.text, m.location and m.location.name) for m in last
    ]


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        (
            "Hace un año, el martes 19 de noviembre de 2019, soldados dispararon contra los"
            " vecinos en Senkata. Cuatro días antes, el viernes 15, la policía disparó contra"
            " una marcha en Sacaba.",
            "es",
            dt.date(2020, 11, 19),
            dt.date(2019, 11, 15),
        ),
        (
            "El jueves 15 de diciembre de 2022 el Ejército disparó contra los manifestantes en"
            " Ayacucho. El lunes 12, la policía había disparado contra una marcha en Chincheros.",
            "es",
            dt.date(2023, 12, 15),
            dt.date(2022, 12, 12),
        ),
        (
            "On Monday 9 January 2023, security forces killed 17 protesters in Juliaca. On"
            " Wednesday 11, police shot dead a protester in Cusco.",
            "en",
            dt.date(2024, 1, 9),
            dt.date(2023, 1, 11),
        ),
    ],
)
def test_dev22_a_numbered_weekday_after_a_day_long_past_is_near_that_day(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    day: dt.date,
) -> None:
    found = mentions(text, language, published=published)
    second = text.index(". ") + 2
    last = [m for m in found if m.trigger.span[0] >= second]
    assert last, found
    assert all(m.date is not None and m.date.value == day for m in last), [
        (m.trigger.text, m.date) for m in last
    ]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "En Sacaba, una columna de cocaleros que quería llegar a la ciudad de Cochabamba fue"
            " reprimida por la policía.",
            "Sacaba",
        ),
        (
            "En Ilave, los comuneros que intentaban llegar a Puno fueron dispersados con gases"
            " lacrimógenos.",
            "Ilave",
        ),
        (
            "En Juliaca, los delegados que buscaban llegar a Puno fueron detenidos por la policía.",
            "Juliaca",
        ),
    ],
)
def test_dev22_where_a_column_wanted_to_reach_is_not_where_it_was(
    mentions: Callable[..., list[Mention]], text: str, town: str
) -> None:
    found = mentions(text, "es")
    assert found, text
    assert all(m.location is not None and m.location.name == town for m in found), [
        (m.trigger.text, m.location and m.location.name) for m in found
    ]
