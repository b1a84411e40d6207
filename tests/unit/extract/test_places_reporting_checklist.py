"""Where an event happened, as Spanish and English reporting says it (places7, twenty-third
session).

A checklist of the constructions Peruvian, Latin American and wire reporting uses to place an
event, each in a short passage written for this test, with the place it must get (name,
department and, where the construction decides it, ACLED's precision), then near misses
that must not be taken as the event's place: a speaker's seat, an institution's name, where
people come from, a road's destination, the place of a past event, a surname that is a town.
The rules this branch added are tested with their own near misses further down:

* "la capital regional", "the regional capital", "la capital de la provincia": the capital of
  the story's department or province (``anaphora.yaml`` ``capital``, ``province_capital``;
  ``PlaceFinder.seat``), only as the event's own phrase of place;
* "la capital tacneña", "la capital ayacuchana": a department's capital by its demonym
  (``aliases.yaml``), never Lima;
* "procedentes de las provincias de Azángaro y Melgar": an origin through a level word;
* "cerca de la frontera con Bolivia, en Desaguadero": a border tells no story's country;
* "a la altura del km 60 de la Panamericana Sur, en el distrito de Chilca": the town named
  after a road's kilometre, of the department of the gazetteer's mark;
* "near the border town of Desaguadero", "en las afueras de la ciudad de Ilave": near a town
  told by its kind (precision 2);
* "los familiares de los fallecidos en Juliaca marcharon en Lima": the kin of victims told by
  where those fell act elsewhere (``victims_kin``, ``victims_fate`` words).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.gazetteer import load_place_finder, resolve_name
from veeduria.models import Location, Mention

JAN10 = dt.date(2023, 1, 10)


def _place(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str
) -> Location | None:
    found = mentions(text, lang, JAN10)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    return hits[-1].location


def _check(loc: Location | None, name: str, admin1: str, precision: int | None) -> None:
    assert loc is not None
    assert (loc.name, loc.admin1) == (name, admin1), loc
    if precision is not None:
        assert loc.geo_precision == precision, loc


# (construction, text, trigger, language, name, admin1, precision or None)
CHECKLIST = [
    # --- administrative chains and brackets
    (
        "distrito, provincia, región",
        "Los comuneros bloquearon la vía en el distrito de Pomata, provincia de Chucuito, "
        "región Puno.",
        "bloquearon",
        "es",
        "Pomata",
        "Puno",
        1,
    ),
    (
        "town (department)",
        "Cientos de pobladores marcharon el lunes en Ayaviri (Puno) contra el Congreso.",
        "marcharon",
        "es",
        "Ayaviri",
        "Puno",
        1,
    ),
    (
        "ciudad de X (provincia)",
        "Los vecinos protestaron en la ciudad de Juli (Chucuito).",
        "protestaron",
        "es",
        "Juli",
        "Puno",
        1,
    ),
    (
        "ciudad de X, región Y",
        "Los pobladores protestaron en la ciudad de Ilave, región Puno.",
        "protestaron",
        "es",
        "Ilave",
        "Puno",
        1,
    ),
    (
        "provincia de X, en Y",
        "Los agricultores bloquearon las vías en la provincia de Andahuaylas, en Apurímac.",
        "bloquearon",
        "es",
        "Andahuaylas",
        "Apurímac",
        2,
    ),
    (
        "departamento de X",
        "Los transportistas acataron un paro en el departamento de Puno.",
        "paro",
        "es",
        "Puno",
        "Puno",
        3,
    ),
    # --- datelines
    (
        "X, Department.- dateline",
        "Ayaviri, Puno.- Cientos de pobladores marcharon el lunes contra el Congreso.",
        "marcharon",
        "es",
        "Ayaviri",
        "Puno",
        1,
    ),
    (
        "PUNO | dateline",
        "PUNO | Cientos de pobladores marcharon el lunes contra el Congreso.",
        "marcharon",
        "es",
        "Puno",
        "Puno",
        1,
    ),
    (
        "JULIACA, Peru (AP) — dateline",
        "JULIACA, Peru (AP) — Police shot at protesters on Monday.",
        "shot",
        "en",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "frente a la sede de la prefectura, under a dateline",
        "JULIACA.- Decenas de madres de familia protestaron frente a la sede de la prefectura.",
        "protestaron",
        "es",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "el sur del país under a dateline",
        "PUNO.- Los bloqueos continúan en el sur del país, donde los comuneros cerraron la vía.",
        "bloqueos",
        "es",
        "Puno",
        "Puno",
        None,
    ),
    # --- roads, bridges, sites
    (
        "km of the Panamericana, in a district",
        "Los agricultores bloquearon la vía a la altura del km 60 de la Panamericana Sur, en "
        "el distrito de Chilca.",
        "bloquearon",
        "es",
        "Chilca",
        "Lima",
        None,
    ),
    (
        "carretera X-Y a la altura de Z",
        "Los comuneros bloquearon la carretera Juliaca-Arequipa a la altura de Santa Lucía.",
        "bloquearon",
        "es",
        "Santa Lucía",
        "Puno",
        1,
    ),
    (
        "la vía que une X con Y",
        "Los huelguistas bloquearon la vía que une Juliaca con Puno con piedras y llantas.",
        "bloquearon",
        "es",
        "Juliaca",
        "Puno",
        None,
    ),
    (
        "el tramo X–Y",
        "Los manifestantes bloquearon el tramo Juliaca–Puno durante toda la jornada.",
        "bloquearon",
        "es",
        "Juliaca",
        "Puno",
        None,
    ),
    (
        "the road between X and Y",
        "Protesters blocked the road between Juliaca and Puno.",
        "blocked",
        "en",
        "Juliaca",
        "Puno",
        None,
    ),
    (
        "el puente internacional de X",
        "Los comuneros tomaron el puente internacional de Desaguadero durante la mañana.",
        "tomaron",
        "es",
        "Desaguadero",
        "Puno",
        1,
    ),
    (
        "en inmediaciones de la plaza de Armas de X",
        "Se registraron enfrentamientos entre manifestantes y policías en inmediaciones de la "
        "plaza de Armas de Juliaca.",
        "enfrentamientos",
        "es",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "el aeropuerto de X",
        "Los manifestantes intentaron tomar el aeropuerto de Juliaca el lunes.",
        "tomar",
        "es",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "the X airport",
        "Protesters gathered at the Juliaca airport on Monday.",
        "gathered",
        "en",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "X's main square",
        "Hundreds of people gathered in Juliaca's main square to mourn the dead.",
        "gathered",
        "en",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "frente a la comisaría de X",
        "Los pobladores protestaron frente a la comisaría de Ilave para exigir la liberación "
        "de los detenidos.",
        "protestaron",
        "es",
        "Ilave",
        "Puno",
        1,
    ),
    (
        "la sede del Gobierno Regional de X (a site)",
        "Un grupo de manifestantes atacó la sede del Gobierno Regional de Puno.",
        "atacó",
        "es",
        "Puno",
        "Puno",
        1,
    ),
    # --- hamlets and communities
    (
        "el centro poblado de X, en Y",
        "Los pobladores bloquearon la carretera en el centro poblado de Pucará, en Lampa.",
        "bloquearon",
        "es",
        "Pucará",
        "Puno",
        1,
    ),
    (
        "la comunidad campesina de X",
        "La Policía desalojó a los mineros en la comunidad campesina de Huancullani, en Kelluyo.",
        "desalojó",
        "es",
        "Huancullani",
        "Puno",
        1,
    ),
    (
        "el anexo de X, distrito de Y",
        "Un comunero murió baleado en el anexo de Sihuayro, distrito de Juli.",
        "baleado",
        "es",
        "Sihuayro",
        "Puno",
        None,
    ),
    (
        "la localidad de X",
        "Los manifestantes quemaron llantas en la localidad de Desaguadero.",
        "quemaron",
        "es",
        "Desaguadero",
        "Puno",
        1,
    ),
    (
        "el poblado de X",
        "Los mineros bloquearon la vía en el poblado de Zepita.",
        "bloquearon",
        "es",
        "Zepita",
        "Puno",
        1,
    ),
    # --- the town by its kind, an adjective, a nickname
    (
        "la ciudad sureña de X",
        "Miles de personas marcharon en la ciudad sureña de Juliaca para exigir justicia.",
        "marcharon",
        "es",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "la ciudad altiplánica de X",
        "Miles de personas marcharon en la ciudad altiplánica de Juliaca.",
        "marcharon",
        "es",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "the southern Andean city of X",
        "Thousands of protesters marched in the southern Andean city of Juliaca on Monday.",
        "marched",
        "en",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "the mining town of X, in the Y region",
        "Protesters clashed with police in the mining town of Macusani, in the Puno region.",
        "clashed",
        "en",
        "Macusani",
        "Puno",
        1,
    ),
    (
        "la provincia puneña de X",
        "Los pobladores acataron un paro en la provincia puneña de Azángaro.",
        "paro",
        "es",
        "Azángaro",
        "Puno",
        2,
    ),
    (
        "la región sureña de X",
        "Los comuneros acataron un paro en la región sureña de Puno.",
        "paro",
        "es",
        "Puno",
        "Puno",
        3,
    ),
    (
        "in the X region",
        "Farmers went on strike in the Puno region on Monday.",
        "strike",
        "en",
        "Puno",
        "Puno",
        3,
    ),
    (
        "in Peru's southern X region",
        "Protesters blocked roads in Peru's southern Puno region.",
        "blocked",
        "en",
        "Puno",
        "Puno",
        3,
    ),
    (
        "la capital puneña",
        "Cientos de universitarios marcharon por las calles de la capital puneña.",
        "marcharon",
        "es",
        "Puno",
        "Puno",
        1,
    ),
    (
        "la capital tacneña (a department's capital by its demonym)",
        "Cientos de personas marcharon en la capital tacneña contra el Gobierno.",
        "marcharon",
        "es",
        "Tacna",
        "Tacna",
        1,
    ),
    (
        "la Ciudad Blanca",
        "Los gremios marcharon por el centro de la Ciudad Blanca contra el Gobierno.",
        "marcharon",
        "es",
        "Arequipa",
        "Arequipa",
        1,
    ),
    (
        "la capital (the country's)",
        "Miles de personas marcharon en la capital contra la presidenta.",
        "marcharon",
        "es",
        "Lima",
        "Lima",
        1,
    ),
    (
        "in the capital, Lima",
        "Demonstrators rallied outside Congress in the capital, Lima.",
        "rallied",
        "en",
        "Lima",
        "Lima",
        1,
    ),
    # --- near a town
    (
        "en las afueras de X",
        "Los manifestantes se enfrentaron con la Policía en las afueras de Ilave.",
        "enfrentaron",
        "es",
        "Ilave",
        "Puno",
        2,
    ),
    (
        "en las afueras de la ciudad de X",
        "Los manifestantes se enfrentaron con la Policía en las afueras de la ciudad de Ilave.",
        "enfrentaron",
        "es",
        "Ilave",
        "Puno",
        2,
    ),
    (
        "a unos 20 kilómetros de X",
        "Los comuneros bloquearon la carretera a unos 20 kilómetros de Juliaca.",
        "bloquearon",
        "es",
        "Juliaca",
        "Puno",
        2,
    ),
    (
        "on the outskirts of X",
        "Police clashed with protesters on the outskirts of Ilave on Tuesday.",
        "clashed",
        "en",
        "Ilave",
        "Puno",
        2,
    ),
    (
        "near the border town of X",
        "Protesters blocked the highway near the border town of Desaguadero.",
        "blocked",
        "en",
        "Desaguadero",
        "Puno",
        2,
    ),
    (
        "cerca de la frontera con Bolivia, en X",
        "Los comuneros bloquearon la carretera cerca de la frontera con Bolivia, en Desaguadero.",
        "bloquearon",
        "es",
        "Desaguadero",
        "Puno",
        None,
    ),
    # --- people from one town acting in another
    (
        "pobladores de X marcharon en Y",
        "Pobladores de Juliaca marcharon el lunes en Puno.",
        "marcharon",
        "es",
        "Puno",
        "Puno",
        1,
    ),
    (
        "comuneros aimaras de X (their own town)",
        "Comuneros aimaras de Ilave bloquearon la carretera Panamericana.",
        "bloquearon",
        "es",
        "Ilave",
        "Puno",
        1,
    ),
    (
        "comuneros aimaras de X por las calles de Y",
        "Comuneros aimaras de Ilave marcharon por las calles de Puno.",
        "marcharon",
        "es",
        "Puno",
        "Puno",
        1,
    ),
    (
        "los puneños en Lima (a demonym)",
        "Los puneños marcharon el jueves por el centro de Lima.",
        "marcharon",
        "es",
        "Lima",
        "Lima",
        1,
    ),
    (
        "protesters from X in central Y",
        "Protesters from Puno marched through central Lima on Thursday.",
        "marched",
        "en",
        "Lima",
        "Lima",
        1,
    ),
    (
        "procedentes de las provincias de X y Y, ... la ciudad",
        "JULIACA.- Procedentes de las provincias de Azángaro y Melgar, miles de comuneros "
        "marcharon por la ciudad.",
        "marcharon",
        "es",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "los familiares de los fallecidos en X marcharon en Y",
        "Los familiares de los fallecidos en Juliaca marcharon en Lima.",
        "marcharon",
        "es",
        "Lima",
        "Lima",
        1,
    ),
    (
        "relatives of those killed in X rallied in Y",
        "Relatives of those killed in Juliaca rallied outside the Justice Palace in Lima.",
        "rallied",
        "en",
        "Lima",
        "Lima",
        1,
    ),
    # --- the story around the sentence
    (
        "a headline's place against the body's",
        "Protestas en Puno\n\nLos comuneros bloquearon la carretera en Ilave este lunes.",
        "bloquearon",
        "es",
        "Ilave",
        "Puno",
        1,
    ),
    (
        "allí in the next paragraph",
        "Los enfrentamientos comenzaron el lunes en Juliaca.\n\nAllí, la Policía detuvo a "
        "veinte personas.",
        "detuvo",
        "es",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "en esa ciudad in the next paragraph",
        "Miles de personas llegaron el lunes a Juliaca.\n\nEn esa ciudad, los manifestantes "
        "quemaron la comisaría.",
        "quemaron",
        "es",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "police there",
        "Protests broke out in Juliaca on Monday.\n\nPolice there arrested twenty people.",
        "arrested",
        "en",
        "Juliaca",
        "Puno",
        1,
    ),
    (
        "en la capital regional after another town of the region",
        "PUNO.- Los comuneros bloquearon la carretera en Ilave.\n\nEn la capital regional, los "
        "universitarios marcharon hasta la plaza de Armas.",
        "marcharon",
        "es",
        "Puno",
        "Puno",
        1,
    ),
    (
        "in the regional capital after another town of the region",
        "Protesters blocked roads in Ilave, in the Puno region.\n\nIn the regional capital, "
        "students marched to the main square.",
        "marched",
        "en",
        "Puno",
        "Puno",
        1,
    ),
    (
        "donde after the town",
        "Miles de personas acataron el paro en Juliaca, donde la Policía detuvo a treinta "
        "manifestantes.",
        "detuvo",
        "es",
        "Juliaca",
        "Puno",
        1,
    ),
]


@pytest.mark.parametrize(
    ("construction", "text", "trigger", "lang", "name", "admin1", "precision"),
    CHECKLIST,
    ids=[c[0] for c in CHECKLIST],
)
def test_reporting_places_its_events(
    mentions: Callable[..., list[Mention]],
    construction: str,
    text: str,
    trigger: str,
    lang: str,
    name: str,
    admin1: str,
    precision: int | None,
) -> None:
    _check(_place(mentions, text, trigger, lang), name, admin1, precision)


def test_the_checklist_has_forty_constructions_or_more() -> None:
    assert len({c[0] for c in CHECKLIST}) >= 40
    assert {c[3] for c in CHECKLIST} == {"es", "en"}


# (what must not be the place, text, trigger, language, name, admin1)
NEAR_MISSES = [
    (
        "a speaker's seat",
        "El alcalde de Puno denunció que la Policía reprimió a los manifestantes en Juliaca.",
        "reprimió",
        "es",
        "Juliaca",
        "Puno",
    ),
    (
        "a speaker's seat (English)",
        "The mayor of Puno said police had fired at protesters in Juliaca.",
        "fired",
        "en",
        "Juliaca",
        "Puno",
    ),
    (
        "a university's name",
        "AREQUIPA.- Estudiantes de la Universidad Nacional de San Agustín tomaron el campus "
        "universitario.",
        "tomaron",
        "es",
        "Arequipa",
        "Arequipa",
    ),
    (
        "a university's name (English)",
        "Students of the National University of San Agustín marched in Arequipa.",
        "marched",
        "en",
        "Arequipa",
        "Arequipa",
    ),
    (
        "where people came from",
        "Manifestantes que llegaron desde Juliaca bloquearon la vía en Puno.",
        "bloquearon",
        "es",
        "Puno",
        "Puno",
    ),
    (
        "a road's destination",
        "Los comuneros bloquearon la carretera hacia Desaguadero en Ilave.",
        "bloquearon",
        "es",
        "Ilave",
        "Puno",
    ),
    (
        "a road's destination (English)",
        "Protesters in Ilave blocked the road to Desaguadero.",
        "blocked",
        "en",
        "Ilave",
        "Puno",
    ),
    (
        "a road's destination under a dateline",
        "JULIACA.- Los manifestantes bloquearon la carretera con dirección a Cusco.",
        "bloquearon",
        "es",
        "Juliaca",
        "Puno",
    ),
    (
        "the place of a past event",
        "Un año después de la masacre de Juliaca, cientos de personas marcharon en Puno.",
        "marcharon",
        "es",
        "Puno",
        "Puno",
    ),
    (
        "the place of a past event (English)",
        "A year after the Juliaca killings, hundreds marched in Puno.",
        "marched",
        "en",
        "Puno",
        "Puno",
    ),
    (
        "a comparison",
        "La Policía reprimió la protesta en Juliaca, como ya había ocurrido en Andahuaylas en "
        "diciembre.",
        "reprimió",
        "es",
        "Juliaca",
        "Puno",
    ),
    (
        "a surname that is a town",
        "PUNO.- El dirigente Carlos Ilave encabezó la marcha de este lunes.",
        "marcha",
        "es",
        "Puno",
        "Puno",
    ),
    (
        "a surname that is a town (English)",
        "Protest leader Carlos Ilave led the march in Puno.",
        "march",
        "en",
        "Puno",
        "Puno",
    ),
    (
        "a headline's town against a dateline's body",
        "Juliaca: un muerto en nuevos enfrentamientos\n\nUn manifestante murió este lunes en "
        "Macusani durante un enfrentamiento con la Policía.",
        "enfrentamiento",
        "es",
        "Macusani",
        "Puno",
    ),
    (
        "a regional body's name",
        "CUSCO.- La Policía detuvo a diez personas. El Gobierno Regional del Cusco condenó la "
        "violencia.",
        "detuvo",
        "es",
        "Cusco",
        "Cusco",
    ),
]


@pytest.mark.parametrize(
    ("what", "text", "trigger", "lang", "name", "admin1"),
    NEAR_MISSES,
    ids=[c[0] for c in NEAR_MISSES],
)
def test_near_misses_are_not_the_events_place(
    mentions: Callable[..., list[Mention]],
    what: str,
    text: str,
    trigger: str,
    lang: str,
    name: str,
    admin1: str,
) -> None:
    _check(_place(mentions, text, trigger, lang), name, admin1, None)


# ------------------------------------------------------------------ a capital by the phrase
@pytest.mark.parametrize(
    ("text", "trigger", "lang", "name", "admin1"),
    [
        (
            "CUSCO.- Los comuneros bloquearon la carretera en Espinar.\n\nEn la capital "
            "regional, los gremios acataron un paro.",
            "paro",
            "es",
            "Cusco",
            "Cusco",
        ),
        (
            "Los comuneros bloquearon la vía en Huanta, Ayacucho. En la capital de la región, "
            "los estudiantes marcharon.",
            "marcharon",
            "es",
            "Ayacucho",
            "Ayacucho",
        ),
        (
            "Protesters blocked roads in Ilave, in the Puno region.\n\nIn the region's capital, "
            "students marched to the main square.",
            "marched",
            "en",
            "Puno",
            "Puno",
        ),
        (
            "CUSCO.- Los comuneros bloquearon la carretera en Chumbivilcas.\n\nEn la capital de "
            "la provincia, los gremios acataron un paro.",
            "paro",
            "es",
            "Santo Tomás",
            "Cusco",
        ),
        # near misses: an apposition, a destination
        (
            "Police said five people were arrested in Andahuaylas and taken to a police station "
            "in Abancay, the regional capital.",
            "arrested",
            "en",
            "Andahuaylas",
            "Apurímac",
        ),
        (
            "JULIACA.- La Policía detuvo a diez manifestantes, que fueron llevados a la "
            "comisaría de la capital regional.",
            "detuvo",
            "es",
            "Juliaca",
            "Puno",
        ),
    ],
)
def test_the_capital_of_the_storys_region(
    mentions: Callable[..., list[Mention]],
    text: str,
    trigger: str,
    lang: str,
    name: str,
    admin1: str,
) -> None:
    _check(_place(mentions, text, trigger, lang), name, admin1, None)


def test_seat_is_the_capital_of_a_peruvian_department_or_province() -> None:
    finder = load_place_finder()
    ilave = resolve_name("Ilave")
    assert ilave is not None
    department = finder.seat(ilave, 1)
    province = finder.seat(ilave, 2)
    assert department is not None and department.name == "Puno"
    assert province is not None and province.name == "Ilave"
    sacaba = resolve_name("Sacaba", country="BO")
    assert sacaba is not None
    assert finder.seat(sacaba, 1) is None


# ------------------------------------------------------------------ a department's capital
@pytest.mark.parametrize(
    ("phrase", "name", "admin1"),
    [
        ("la capital tacneña", "Tacna", "Tacna"),
        ("la capital ayacuchana", "Ayacucho", "Ayacucho"),
        ("la capital huancavelicana", "Huancavelica", "Huancavelica"),
        ("la capital liberteña", "Trujillo", "La Libertad"),
        ("la capital apurimeña", "Abancay", "Apurímac"),
        ("la capital madrediosense", "Puerto Maldonado", "Madre de Dios"),
    ],
)
def test_a_departments_capital_by_its_demonym(
    mentions: Callable[..., list[Mention]], phrase: str, name: str, admin1: str
) -> None:
    text = f"Cientos de personas marcharon en {phrase} contra el Gobierno."
    _check(_place(mentions, text, "marcharon", "es"), name, admin1, 1)


def test_the_capital_alone_is_still_the_countrys(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "PUNO.- Cientos de puneños viajaron y marcharon en la capital contra el Gobierno."
    _check(_place(mentions, text, "marcharon", "es"), "Lima", "Lima", 1)


# ------------------------------------------------------------------ origins by a level word
@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "JULIACA.- Procedentes de las provincias de Azángaro y Melgar, miles de comuneros "
            "marcharon por la ciudad.",
            "marcharon",
            "Juliaca",
        ),
        (
            "PUNO.- Oriundos del distrito de Ilave, los comuneros marcharon por la ciudad.",
            "marcharon",
            "Puno",
        ),
        # near miss: the provinces where it happened, with no origin word (the nearer)
        (
            "JULIACA.- En las provincias de Azángaro y Melgar, miles de comuneros bloquearon "
            "las vías.",
            "bloquearon",
            "Melgar",
        ),
    ],
)
def test_an_origin_through_a_level_word(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, name: str
) -> None:
    loc = _place(mentions, text, trigger, "es")
    assert loc is not None and loc.name == name, loc


# ------------------------------------------------------------------ a border is no country
@pytest.mark.parametrize(
    ("text", "trigger", "lang", "admin1"),
    [
        (
            "Los comuneros bloquearon el puente fronterizo con Bolivia en Desaguadero.",
            "bloquearon",
            "es",
            "Puno",
        ),
        (
            "Protesters blocked the border crossing at Desaguadero, on the frontier with Bolivia.",
            "blocked",
            "en",
            "Puno",
        ),
        # near miss: a story that names Bolivia as where it is
        (
            "En Bolivia, los manifestantes bloquearon el paso en Desaguadero.",
            "bloquearon",
            "es",
            "La Paz",
        ),
    ],
)
def test_a_border_tells_no_storys_country(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str, admin1: str
) -> None:
    loc = _place(mentions, text, trigger, lang)
    assert loc is not None and (loc.name, loc.admin1) == ("Desaguadero", admin1), loc


# ------------------------------------------------------------------ a road's kilometre
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "Los agricultores bloquearon la Panamericana Sur a la altura del kilómetro 60, en "
            "Chilca.",
            "Chilca",
            "Lima",
        ),
        (
            "Los agricultores bloquearon el km 610 de la Panamericana Sur, en Chala.",
            "Chala",
            "Arequipa",
        ),
        # near misses: a department after the road, a direction, no town: the mark's town
        (
            "Los agricultores bloquearon el km 610 de la Panamericana Sur, en Arequipa.",
            "Chala",
            "Arequipa",
        ),
        (
            "Los agricultores bloquearon el km 610 de la Panamericana Sur, en dirección a Lima.",
            "Chala",
            "Arequipa",
        ),
    ],
)
def test_the_town_named_after_a_roads_kilometre(
    mentions: Callable[..., list[Mention]], text: str, name: str, admin1: str
) -> None:
    _check(_place(mentions, text, "bloquearon", "es"), name, admin1, None)


# ------------------------------------------------------------------ near a town by its kind
@pytest.mark.parametrize(
    ("text", "trigger", "lang", "name", "precision"),
    [
        (
            "Los comuneros bloquearon la vía cerca de la localidad fronteriza de Desaguadero.",
            "bloquearon",
            "es",
            "Desaguadero",
            2,
        ),
        (
            "Police fired tear gas outside the southern city of Juliaca.",
            "tear gas",
            "en",
            "Juliaca",
            2,
        ),
        # near misses: in the town, told by its kind
        (
            "Los comuneros bloquearon la vía en la localidad fronteriza de Desaguadero.",
            "bloquearon",
            "es",
            "Desaguadero",
            1,
        ),
        (
            "Protesters blocked the highway in the border town of Desaguadero.",
            "blocked",
            "en",
            "Desaguadero",
            1,
        ),
    ],
)
def test_near_a_town_told_by_its_kind(
    mentions: Callable[..., list[Mention]],
    text: str,
    trigger: str,
    lang: str,
    name: str,
    precision: int,
) -> None:
    _check(_place(mentions, text, trigger, lang), name, "Puno", precision)


# ------------------------------------------------------------------ the kin of the dead
@pytest.mark.parametrize(
    ("text", "trigger", "lang", "name"),
    [
        (
            "Los deudos de los muertos en Ayacucho protestaron frente al Congreso, en Lima.",
            "protestaron",
            "es",
            "Lima",
        ),
        (
            "Las madres de los jóvenes asesinados en Juliaca realizaron un plantón en Puno.",
            "plantón",
            "es",
            "Puno",
        ),
        (
            "Los familiares de los heridos en Andahuaylas marcharon en Abancay.",
            "marcharon",
            "es",
            "Abancay",
        ),
        (
            "LIMA.- Los familiares de los fallecidos en Juliaca marcharon hacia el Congreso.",
            "marcharon",
            "es",
            "Lima",
        ),
        (
            "Families of the protesters killed in Juliaca marched in Lima on Thursday.",
            "marched",
            "en",
            "Lima",
        ),
        # near misses: no other place (the kin's own town); no kin (where they fell)
        (
            "Los familiares de los fallecidos en Juliaca marcharon ayer por las calles.",
            "marcharon",
            "es",
            "Juliaca",
        ),
        ("Relatives of those killed rallied in Juliaca.", "rallied", "en", "Juliaca"),
        (
            "Dos manifestantes heridos en Juliaca murieron en un hospital de Arequipa.",
            "heridos",
            "es",
            "Juliaca",
        ),
    ],
)
def test_the_kin_of_victims_act_elsewhere(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str, name: str
) -> None:
    loc = _place(mentions, text, trigger, lang)
    assert loc is not None and loc.name == name, loc


# ------------------------------------------------------------------ a clause of place after a list
@pytest.mark.parametrize(
    ("text", "trigger", "lang", "name"),
    [
        (
            "Se registraron protestas en Lima, Cusco y Puno, donde dos personas murieron en "
            "enfrentamientos con la Policía.",
            "enfrentamientos",
            "es",
            "Puno",
        ),
        (
            "Protests took place in Lima, Cusco and Puno, where two people were killed in clashes.",
            "clashes",
            "en",
            "Puno",
        ),
        # near misses: the list's own event is at its first name; no clause of place
        (
            "Se registraron bloqueos en Ilave, Juli y Pomata, donde los comuneros quemaron "
            "llantas.",
            "bloqueos",
            "es",
            "Ilave",
        ),
        ("Se registraron protestas en Lima, Cusco y Puno.", "protestas", "es", "Lima"),
    ],
)
def test_a_clause_of_place_after_a_list_is_its_last_names(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str, name: str
) -> None:
    loc = _place(mentions, text, trigger, lang)
    assert loc is not None and loc.name == name, loc


# ------------------------------------------------------------------ spellings and seats
@pytest.mark.parametrize(
    ("town", "name", "admin1", "admin3"),
    [
        ("Chalhuahuacho", "Challhuahuacho", "Apurímac", "Challhuahuacho"),
        ("Tambogrande", "Tambo Grande", "Piura", "Tambo Grande"),
        ("Vilcashuamán", "Vilcas Huamán", "Ayacucho", "Vilcas Huamán"),
        ("Vilquechico", "Vilque Chico", "Puno", "Vilque Chico"),
        ("Matarani", "Matarani", "Arequipa", "Islay"),
        ("Mazocruz", "Mazocruz", "Puno", "Santa Rosa"),
    ],
)
def test_towns_as_the_press_spells_them(
    mentions: Callable[..., list[Mention]], town: str, name: str, admin1: str, admin3: str
) -> None:
    loc = _place(mentions, f"Los comuneros bloquearon la carretera en {town}.", "bloquearon", "es")
    assert loc is not None and (loc.name, loc.admin1, loc.admin3) == (name, admin1, admin3), loc


# ------------------------------------------------------------------ the parts of a region
@pytest.mark.parametrize(
    ("text", "trigger", "lang", "name", "precision"),
    [
        (
            "The strike was observed in all thirteen provinces of the Puno region.",
            "strike",
            "en",
            "Puno",
            3,
        ),
        (
            "Roads were blocked in several districts of the Carabaya province.",
            "blocked",
            "en",
            "Carabaya",
            2,
        ),
        # near misses: a province told with its region; the Spanish order
        (
            "Protesters blocked roads in the Carabaya province of the Puno region.",
            "blocked",
            "en",
            "Carabaya",
            2,
        ),
        ("El paro se cumple en las trece provincias de la región Puno.", "paro", "es", "Puno", 3),
    ],
)
def test_the_parts_of_a_region_told_with_its_level_word(
    mentions: Callable[..., list[Mention]],
    text: str,
    trigger: str,
    lang: str,
    name: str,
    precision: int,
) -> None:
    _check(_place(mentions, text, trigger, lang), name, "Puno", precision)
