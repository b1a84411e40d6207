"""Event places told by a division's capital, a town's possessive, a site of the town the
sentence names, and a city's centre after a story in one of its districts (places14).

Passages written for these tests, in Spanish and English, each construction with near misses
that must not change:

* "la capital de Chucuito", "la capital de la provincia de Carabaya", "the capital of Chucuito
  province", "the capital of the Apurímac region": the seat of the province or department,
  as a town (the gazetteer finder, ``_CAPITAL_OF``); an apposition ("Ilave, capital de la
  provincia de El Collao") is the town before it;
* "near Cusco's Alejandro Velasco Astete airport": the town owns the site named right after
  it, and the site is the place (``places._possessor``); a city abroad over several
  second-level divisions keeps one of them ("Istanbul's Maltepe district");
* "En Cusco, ... se enfrentaron ... cerca del aeropuerto": a site of the sentence's town,
  right after the event's word, that the gazetteer places in another district of the town's
  province (``places._own_site``);
* "la plaza de Armas", "el centro histórico", "the main square" in a sentence with no place
  of its own, after a story in a district of a city (at the city's point, or a site of it
  close by): the city's centre (``places._town_centre``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

FEB2 = dt.date(2023, 2, 2)


def _place(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str
) -> tuple[str | None, str | None, int | None]:
    found = mentions(text, lang, FEB2)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    loc = hits[-1].location
    return (loc.name, loc.admin1, loc.geo_precision) if loc is not None else (None, None, None)


# ------------------------------------------------------------------ a division's capital
CAPITALS = [
    (
        "Cientos de comuneros aimaras marcharon el martes por la capital de Chucuito para "
        "exigir la renuncia de la presidenta.",
        "es",
        "marcharon",
        ("Juli", "Puno", 1),
    ),
    (
        "Los gremios de transportistas bloquearon con piedras los accesos a la capital de la "
        "provincia de Carabaya.",
        "es",
        "bloquearon",
        ("Macusani", "Puno", 1),
    ),
    (
        "Miles de docentes marcharon el lunes por las calles de la capital de Junín en "
        "rechazo a la reforma.",
        "es",
        "marcharon",
        ("Huancayo", "Junín", 1),
    ),
    (
        "Los estudiantes bloquearon la vía cerca de la capital de Chucuito.",
        "es",
        "bloquearon",
        ("Juli", "Puno", 2),
    ),
    (
        "Hundreds of Aymara farmers marched through the capital of Chucuito province on Tuesday.",
        "en",
        "marched",
        ("Juli", "Puno", 1),
    ),
    (
        "Students rallied in the capital of the Apurímac region on Monday, demanding early "
        "elections.",
        "en",
        "rallied",
        ("Abancay", "Apurímac", 1),
    ),
]

CAPITALS_NEAR_MISSES = [
    # an apposition: the town before it is the place, not the gazetteer's seat
    (
        "En Iñapari, capital de la provincia de Tahuamanu, unas 300 personas marcharon el "
        "viernes hasta la municipalidad.",
        "es",
        "marcharon",
        ("Iñapari", "Madre de Dios", 1),
    ),
    (
        "En Ilave, capital de la provincia de El Collao, los manifestantes bloquearon la "
        "carretera Panamericana Sur.",
        "es",
        "bloquearon",
        ("Ilave", "Puno", 1),
    ),
    # a province named without "capital" stays the province
    (
        "Los comuneros bloquearon las vías de la provincia de Chucuito.",
        "es",
        "bloquearon",
        ("Chucuito", "Puno", 2),
    ),
    # "la capital de la región" is the anaphor of the story's department, as before
    (
        "PUNO.– Los comuneros bloquearon la carretera en Ilave. En la capital de la región, "
        "los universitarios marcharon hasta la plaza de Armas.",
        "es",
        "marcharon",
        ("Puno", "Puno", 1),
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "expected"), CAPITALS + CAPITALS_NEAR_MISSES)
def test_places14_capital_of_a_division_is_its_seat(mentions, text, lang, trigger, expected):
    assert _place(mentions, text, trigger, lang) == expected


# ------------------------------------------------------------------ a town's possessive
POSSESSIVES = [
    (
        "Two people were wounded when protesters and police clashed near Cusco's Alejandro "
        "Velasco Astete airport on Thursday.",
        "en",
        "clashed",
        "Wánchaq",
    ),
    (
        "Hundreds of protesters tried to storm Arequipa's Rodríguez Ballón airport before "
        "police fired tear gas.",
        "en",
        "tried to storm",
        "Cerro Colorado",
    ),
    (
        "Residents marched through Lima's San Juan de Lurigancho district on Sunday night.",
        "en",
        "marched",
        "San Juan de Lurigancho",
    ),
]

POSSESSIVES_NEAR_MISSES = [
    # a part of a city abroad that is a second-level division: the city
    (
        "Police detained dozens of protesters in Istanbul's Kadıköy district on Saturday.",
        "en",
        "detained",
        "Istanbul",
    ),
    # a possessive before no place: the town
    (
        "Thousands marched through Cusco's historic streets on Thursday.",
        "en",
        "marched",
        "Cusco",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "name"), POSSESSIVES + POSSESSIVES_NEAR_MISSES)
def test_places14_a_towns_possessive_gives_way_to_its_site(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang)[0] == name


# ------------------------------------------------------------------ a site of the sentence's town
OWN_SITES = [
    (
        "En Cusco, los manifestantes se enfrentaron con la Policía cerca del aeropuerto "
        "durante toda la tarde.",
        "es",
        "se enfrentaron",
        "Wánchaq",
    ),
    (
        "In Cusco, protesters clashed with police at the airport on Wednesday night.",
        "en",
        "clashed",
        "Wánchaq",
    ),
    (
        "En Arequipa, los manifestantes se enfrentaron con la Policía en los alrededores del "
        "aeropuerto.",
        "es",
        "se enfrentaron",
        "Cerro Colorado",
    ),
]

OWN_SITES_NEAR_MISSES = [
    # the site belongs to another clause, far from the event's word
    (
        "En Cusco, cientos de personas marcharon por las calles del centro tras las muertes "
        "ocurridas en el aeropuerto.",
        "es",
        "marcharon",
        "Cusco",
    ),
    # the town's airport lies in the town itself
    (
        "En Juliaca, los manifestantes se enfrentaron con la Policía en el aeropuerto.",
        "es",
        "se enfrentaron",
        "Juliaca",
    ),
    # a site named for the dead, not for where the event is
    (
        "In Cusco, relatives of those killed at the airport marched through the city on Friday.",
        "en",
        "marched",
        "Cusco",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "name"), OWN_SITES + OWN_SITES_NEAR_MISSES)
def test_places14_a_site_of_the_sentences_town(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang)[0] == name


# ------------------------------------------------------------------ a city's centre
CENTRES = [
    (
        "Un joven murió el jueves en Cerro Colorado, cuando cientos de manifestantes "
        "intentaron tomar el aeropuerto Rodríguez Ballón.\n\n"
        "Ayer por la tarde, miles de personas marcharon en silencio desde la plaza de Armas.",
        "es",
        "marcharon",
        "Arequipa",
    ),
    (
        "Un comunero murió en los enfrentamientos cerca del aeropuerto Alejandro Velasco "
        "Astete.\n\n"
        "Por la noche, sus compañeros realizaron una vigilia en el centro histórico.",
        "es",
        "vigilia",
        "Cusco",
    ),
    (
        "Police fired tear gas at protesters who tried to reach the runway of the Alejandro "
        "Velasco Astete airport on Wednesday.\n\n"
        "The next morning, thousands of people marched to the main square in silence.",
        "en",
        "marched",
        "Cusco",
    ),
]

CENTRES += [
    # the city itself, by its phrase
    (
        "Un comunero murió en los enfrentamientos cerca del aeropuerto Alejandro Velasco "
        "Astete.\n\n"
        "El gremio pidió a las provincias bloquear todos los accesos a la ciudad.",
        "es",
        "bloquear",
        "Cusco",
    ),
    (
        "Protesters tried to storm the Alejandro Velasco Astete airport on Wednesday.\n\n"
        "On Thursday, thousands of mourners marched through the city.",
        "en",
        "marched",
        "Cusco",
    ),
]

CENTRES_NEAR_MISSES = [
    # a town of its own near a small city keeps its own square
    (
        "Un dirigente murió en San Jerónimo durante los enfrentamientos con la Policía.\n\n"
        "Por la tarde, miles de personas marcharon hasta la plaza de Armas.",
        "es",
        "marcharon",
        "San Jerónimo",
    ),
    # the site itself, named again, is still the site
    (
        "Police fired tear gas at protesters who tried to reach the runway of the Alejandro "
        "Velasco Astete airport on Wednesday.\n\n"
        "The next morning, relatives held a vigil at the airport.",
        "en",
        "vigil",
        "Wánchaq",
    ),
    # a town of its own: its own streets
    (
        "Dos personas murieron en Juliaca durante los enfrentamientos.\n\n"
        "El gremio pidió bloquear todos los accesos a la ciudad.",
        "es",
        "bloquear",
        "Juliaca",
    ),
    # a city that is its province's seat: its own square
    (
        "Dos personas murieron en Juliaca durante los enfrentamientos.\n\n"
        "Por la noche, cientos de vecinos marcharon hasta la plaza de Armas.",
        "es",
        "marcharon",
        "Juliaca",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "name"), CENTRES + CENTRES_NEAR_MISSES)
def test_places14_a_citys_centre_after_its_district(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang)[0] == name


# ------------------------------------------------------------------ a devotion named by its town
DEVOTIONS = [
    # a street named after a devotion: the devotion's town is no place of the event
    (
        "SANTA CRUZ DE LA SIERRA.– Vecinos que intentaban desbloquear la avenida Virgen de Cotoca se "
        "enfrentaron a pedradas con los huelguistas en la rotonda del Plan Tres Mil.",
        "es",
        "se enfrentaron",
        "Santa Cruz de la Sierra",
    ),
    (
        "CUSCO.– Cientos de devotos del Señor de Huanca marcharon el domingo por la avenida "
        "de la Cultura para exigir la renuncia de la presidenta.",
        "es",
        "marcharon",
        "Cusco",
    ),
]

DEVOTIONS_NEAR_MISSES = [
    # the town itself, named in its own right
    (
        "SANTA CRUZ DE LA SIERRA.– Los interculturales bloquearon la carretera en Cotoca el lunes.",
        "es",
        "bloquearon",
        "Cotoca",
    ),
    # a person's title is no devotion: "el señor" before a surname was never a place either
    (
        "PUNO.– Los comuneros marcharon por el jirón Lima hasta la plaza de Armas.",
        "es",
        "marcharon",
        "Puno",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "name"), DEVOTIONS + DEVOTIONS_NEAR_MISSES)
def test_places14_a_devotions_town_is_no_place(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang)[0] == name


# ------------------------------------------------------------------ roads in from a town
ROADS_FROM = [
    (
        "ANDAHUAYLAS | Cientos de pobladores marcharon por la ciudad.\n\n"
        "Las vías de acceso desde Abancay y Chincheros continúan bloqueadas con piedras.",
        "es",
        "bloqueadas",
        "Andahuaylas",
    ),
    (
        "ILAVE.– El paro cumplió su tercer día y las carreteras hacia Puno seguían "
        "bloqueadas con piedras y troncos.",
        "es",
        "bloqueadas",
        "Ilave",
    ),
    (
        "ANDAHUAYLAS, Peru - Farmers kept up their strike on Tuesday, and the roads in from "
        "Abancay remained blocked with rocks.",
        "en",
        "blocked",
        "Andahuaylas",
    ),
]

ROADS_FROM_NEAR_MISSES = [
    # the road's first end, when the sentence names its other end too: the first end, as before
    (
        "JULIACA, Peru - Protesters blocked the road from Juliaca to Puno on Tuesday.",
        "en",
        "blocked",
        "Juliaca",
    ),
    # a town named in its own right in the sentence
    (
        "ANDAHUAYLAS | Los pobladores bloquearon las vías en Talavera con piedras.",
        "es",
        "bloquearon",
        "Talavera",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "name"), ROADS_FROM + ROADS_FROM_NEAR_MISSES)
def test_places14_roads_in_from_a_town(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang)[0] == name


# ------------------------------------------------------------------ a strike across a region
REGION_STRIKES = [
    (
        "Paro agrario: bloqueos en Junín\n\n"
        "TARMA.– Los productores de papa cumplieron este jueves su tercer día de paro en "
        "Junín. En la madrugada, la Policía despejó con gases lacrimógenos el puente "
        "principal.",
        "es",
        "gases lacrimógenos",
        "Tarma",
    ),
    (
        "HUANCAYO, Peru - Farmers kept up a strike across the Junín region on Tuesday. Police "
        "fired tear gas to clear the main bridge before dawn.",
        "en",
        "tear gas",
        "Huancayo",
    ),
]

REGION_STRIKES_NEAR_MISSES = [
    # blockades told for the region (no strike) keep the story in the region
    (
        "Protesters blocked the bridge in Juliaca early on Wednesday.\n\n"
        "The transport ministry says 30 roads are blocked in the Puno region. No clashes have "
        "been reported so far.",
        "en",
        "clashes",
        "Puno",
    ),
    # a town the next sentence names is its own place
    (
        "TARMA.– Los productores de papa cumplieron su tercer día de paro en Junín. En "
        "Jauja, la Policía despejó con gases lacrimógenos la carretera.",
        "es",
        "gases lacrimógenos",
        "Jauja",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "name"), REGION_STRIKES + REGION_STRIKES_NEAR_MISSES
)
def test_places14_a_strike_across_a_region_leaves_the_story_in_its_town(
    mentions, text, lang, trigger, name
):
    assert _place(mentions, text, trigger, lang)[0] == name


# ------------------------------------------------------------------ a country's capital
COUNTRY_CAPITALS = [
    (
        "Protests over power cuts broke out in Madagascar's capital on Thursday, and police "
        "fired tear gas at the crowds.",
        "en",
        "tear gas",
        "Antananarivo",
    ),
    (
        "Thousands of teachers marched through the capital of Kenya on Tuesday.",
        "en",
        "marched",
        "Nairobi",
    ),
    (
        "Miles de personas marcharon el lunes en la capital de Bolivia para exigir la renuncia "
        "del ministro.",
        "es",
        "marcharon",
        "La Paz",
    ),
]

COUNTRY_CAPITALS_NEAR_MISSES = [
    # a country's possessive before anything but its capital: the place named after it
    (
        "Kenya's interior minister said police fired tear gas at protesters in Kisumu.",
        "en",
        "tear gas",
        "Kisumu",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "name"), COUNTRY_CAPITALS + COUNTRY_CAPITALS_NEAR_MISSES
)
def test_places14_a_countrys_capital(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang)[0] == name


# ------------------------------------------------------------------ an office's seat
OFFICE_SEATS = [
    (
        "Lima, 10 de enero.– La Defensoría lamenta la muerte de diecisiete personas en los "
        "enfrentamientos ocurridos ayer en Juliaca.\n\n"
        "Según nuestra oficina defensorial en Puno, un suboficial fue atacado y quemado por "
        "una turba en la madrugada de hoy.",
        "es",
        "atacado",
        "Juliaca",
    ),
    (
        "LIMA — Seventeen people were killed in clashes in Juliaca on Monday, the ombudsman "
        "said.\n\n"
        "A police officer was burned to death by a mob overnight, the ombudsman's office in "
        "Puno said.",
        "en",
        "burned to death",
        "Juliaca",
    ),
]

OFFICE_SEATS_NEAR_MISSES = [
    # the office as the site of the event, in a sentence with no other place
    (
        "LIMA — Hundreds of relatives rallied outside the ombudsman's office in Puno on Monday.",
        "en",
        "rallied",
        "Puno",
    ),
    (
        "LIMA.– Cientos de familiares realizaron un plantón frente a la oficina defensorial en "
        "Puno el lunes.",
        "es",
        "plantón",
        "Puno",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "name"), OFFICE_SEATS + OFFICE_SEATS_NEAR_MISSES
)
def test_places14_an_offices_seat_is_where_the_source_is(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang)[0] == name
