"""Event places in regional reporting (blind17): live-blog entries, sites of a town, rivers,
peasant patrols, marches from a town to a square, and small places the gazetteer lacked.

Passages written for these tests, in Spanish and English, each with near misses:

* a live blog's entry headed by its town after its time ("12:35 | Puno. La Policía ...",
  "11:15 – Puno. ..."): the entry's town, not the town of the entry before
  (``places._paragraph_heading_place``, ``places.place_event``);
* "el aeropuerto" of a story in a town whose airport stands in another district of its
  province (Cusco's, in Wánchaq): that district (``places._town_site``);
* "the Perené river" as "el río Perené": a river, which gives way to another town of its
  province the story names (the gazetteer finder);
* "las rondas de Hualgayoc", "the rondas of Hualgayoc": who the patrols are, not where they
  act (``belonging`` words);
* a march "desde Baños del Inca hasta la plaza de Armas" in a sentence that names the town it
  was in: where it set off is not where it was (``places._set_off``);
* towns the gazetteer did not know by the name stories use (Baños del Inca, Mazuco,
  Piscacucho, Llaucán, the Sacred Valley) and the Cusco airport by its full English name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN19 = dt.date(2023, 1, 19)


def _place(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str
) -> tuple[str | None, str | None]:
    found = mentions(text, lang, JAN19)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    loc = hits[-1].location
    return (loc.name, loc.admin3) if loc is not None else (None, None)


# ------------------------------------------------------------------ live-blog entries
LIVE_BLOG = [
    (
        "EN VIVO | Jornada de protesta en el sur\n\n"
        "09:10 | Juliaca. Cientos de comuneros bloquean el puente Maravillas con piedras.\n\n"
        "10:20 | Cusco. La Policía dispersó con gases lacrimógenos a estudiantes de la "
        "Universidad San Antonio Abad que marchaban por la avenida de la Cultura.",
        "es",
        "dispersó",
        "Cusco",
    ),
    (
        "EN VIVO | Paro regional\n\n"
        "08:30 | Ilave. Pobladores aimaras cerraron la carretera Panamericana Sur.\n\n"
        "09:45 | Puno. Efectivos policiales detuvieron a dos dirigentes de la Federación "
        "Departamental de Campesinos que marchaban por el jirón Lima.",
        "es",
        "detuvieron",
        "Puno",
    ),
    (
        "LIVE: Strike day in the south\n\n"
        "08:40 – Juliaca. Hundreds of residents are blocking the Maravillas bridge.\n\n"
        "09:55 – Cusco. Police used tear gas on students of the public university who were "
        "marching along Avenida de la Cultura.",
        "en",
        "tear gas",
        "Cusco",
    ),
]
# near misses: an entry that names a town of its own keeps it; an entry headed by no town
# ("Deportes.") carries the entry before
LIVE_BLOG_NEAR = [
    (
        "EN VIVO | Paro regional\n\n"
        "08:30 | Juliaca. Pobladores cerraron el puente Maravillas.\n\n"
        "09:45 | Puno. En Ilave, la Policía lanzó gases lacrimógenos contra los manifestantes.",
        "es",
        "gases",
        "Ilave",
    ),
    (
        "LIVE: Strike day in the south\n\n"
        "08:40 – Juliaca. Hundreds of residents are blocking the Maravillas bridge.\n\n"
        "09:55 – Cusco. In Sicuani, police fired tear gas at protesters on the main road.",
        "en",
        "tear gas",
        "Sicuani",
    ),
    (
        "EN VIVO | Paro regional\n\n"
        "08:30 | Juliaca. Pobladores cerraron el puente Maravillas con piedras.\n\n"
        "09:45 | Actualización. La Policía lanzó gases lacrimógenos contra los manifestantes.",
        "es",
        "gases",
        "Juliaca",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "want"), LIVE_BLOG + LIVE_BLOG_NEAR)
def test_live_blog_entry_heading_places_entry(
    mentions: Callable[..., list[Mention]], text: str, lang: str, trigger: str, want: str
) -> None:
    assert _place(mentions, text, trigger, lang)[0] == want


# ------------------------------------------------------------------ the site of a town
TOWN_SITE = [
    (
        "EN VIVO | Paro en Cusco\n\n"
        "10:15 | Cusco. Un manifestante herido de bala cerca del aeropuerto murió esta mañana.",
        "es",
        "herido",
        "Wánchaq",
    ),
    (
        "CUSCO.– Los manifestantes intentaron tomar el aeropuerto y la Policía disparó "
        "perdigones contra ellos.",
        "es",
        "tomar",
        "Wánchaq",
    ),
    (
        "LIVE: Strike in Cusco\n\n"
        "10:15 – Cusco. A protester was shot near the airport and died this morning.",
        "en",
        "shot",
        "Wánchaq",
    ),
]
# near misses: a town whose airport lies in the town itself keeps the town; another site
# (the square) of Cusco is Cusco
TOWN_SITE_NEAR = [
    (
        "JULIACA.– Los manifestantes intentaron tomar el aeropuerto y la Policía disparó "
        "perdigones contra ellos.",
        "es",
        "tomar",
        "Juliaca",
    ),
    (
        "CUSCO.– Miles de personas marcharon hasta la plaza de Armas para exigir la renuncia "
        "de la presidenta.",
        "es",
        "marcharon",
        "Cusco",
    ),
    (
        "CUSCO, Peru – Thousands of people marched to the main square to demand the "
        "president's resignation.",
        "en",
        "marched",
        "Cusco",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "want"), TOWN_SITE + TOWN_SITE_NEAR)
def test_town_site_in_another_district(
    mentions: Callable[..., list[Mention]], text: str, lang: str, trigger: str, want: str
) -> None:
    assert _place(mentions, text, trigger, lang)[0] == want


# ------------------------------------------------------------------ rivers
RIVERS = [
    (
        "Residents blocked the bridge over the Perené river in Pichanaqui for a week.",
        "en",
        "blocked",
        "Pichanaqui",
    ),
    (
        "Los comuneros bloquearon el puente sobre el río Perené, en Pichanaqui, durante una "
        "semana.",
        "es",
        "bloquearon",
        "Pichanaqui",
    ),
]
# near misses: the town of that name told in its own right stays; "the Mantaro valley" is no
# river
RIVERS_NEAR = [
    (
        "Residents of Perené blocked the Carretera Marginal in Perené for a week.",
        "en",
        "blocked",
        "Perené",
    ),
    (
        "Hundreds of farmers marched in Pichanaqui and in Perené on Monday.",
        "en",
        "marched",
        "Pichanaqui",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "want"), RIVERS + RIVERS_NEAR)
def test_river_is_not_its_district(
    mentions: Callable[..., list[Mention]], text: str, lang: str, trigger: str, want: str
) -> None:
    assert _place(mentions, text, trigger, lang)[0] == want


# ------------------------------------------------------------------ peasant patrols
PATROLS = [
    (
        "CAJAMARCA.– Las rondas campesinas de Chota bloquearon la carretera en Cutervo.",
        "es",
        "bloquearon",
        "Cutervo",
    ),
    (
        "The rondas of Chota blocked the highway in Cutervo on Thursday.",
        "en",
        "blocked",
        "Cutervo",
    ),
]
# near miss: a patrol's town with no other place in the story is still all the text says
PATROLS_NEAR = [
    (
        "Los ronderos marcharon en Chota para exigir la liberación de sus dirigentes.",
        "es",
        "marcharon",
        "Chota",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "want"), PATROLS + PATROLS_NEAR)
def test_patrols_named_by_their_province(
    mentions: Callable[..., list[Mention]], text: str, lang: str, trigger: str, want: str
) -> None:
    assert _place(mentions, text, trigger, lang)[0] == want


# ------------------------------------------------------------------ marches to a square
MARCH_TO_SQUARE = [
    (
        "En la ciudad de Cajamarca, miles de personas marcharon desde Baños del Inca hasta "
        "la plaza de Armas.",
        "es",
        "marcharon",
        "Cajamarca",
    ),
    (
        "Thousands are marching from Baños del Inca to the main square of Cajamarca.",
        "en",
        "marching",
        "Cajamarca",
    ),
]
# near misses: with no other place, the place it set off from is all the sentence says;
# a march "desde" a town with no destination keeps it
MARCH_TO_SQUARE_NEAR = [
    (
        "Miles de personas marcharon desde Baños del Inca hasta la plaza de Armas.",
        "es",
        "marcharon",
        "Baños del Inca",
    ),
    (
        "Cientos de vecinos marcharon en Baños del Inca contra el proyecto minero.",
        "es",
        "marcharon",
        "Baños del Inca",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "want"), MARCH_TO_SQUARE + MARCH_TO_SQUARE_NEAR
)
def test_march_set_off_to_a_square(
    mentions: Callable[..., list[Mention]], text: str, lang: str, trigger: str, want: str
) -> None:
    assert _place(mentions, text, trigger, lang)[0] == want


# ------------------------------------------------------------------ gazetteer additions
NAMES = [
    ("Mineros bloquean la carretera Interoceánica en Mazuco.", "es", "bloquean", "Inambari"),
    ("Miners blocked the Interoceanic highway at Mazuko.", "en", "blocked", "Inambari"),
    (
        "Protesters damaged the railway near the community of Piscacucho.",
        "en",
        "damaged",
        "Ollantaytambo",
    ),
    (
        "El bloqueo de Llaucán continuará el lunes, anunciaron los ronderos.",
        "es",
        "bloqueo",
        "Bambamarca",
    ),
    ("Roads in the Sacred Valley remain blocked.", "en", "blocked", "Urubamba"),
    ("Los bloqueos continúan en el Valle Sagrado.", "es", "bloqueos", "Urubamba"),
    (
        "A protester was shot near the Alejandro Velasco Astete airport on Wednesday.",
        "en",
        "shot",
        "Wánchaq",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "want"), NAMES)
def test_gazetteer_names_of_regional_reporting(
    mentions: Callable[..., list[Mention]], text: str, lang: str, trigger: str, want: str
) -> None:
    name, admin3 = _place(mentions, text, trigger, lang)
    assert want in (name, admin3)


def test_banos_alone_is_still_huanuco(mentions: Callable[..., list[Mention]]) -> None:
    """Near miss: "Baños" alone is the district of Lauricocha (Huánuco), as before."""
    found = mentions("Cientos de comuneros marcharon en Baños contra la minera.", "es", JAN19)
    assert found and found[0].location is not None
    assert found[0].location.admin1 == "Huánuco"


# ------------------------------------------------------------------ people's towns and roads
PEOPLE_TOWN = [
    # a province named, the people's town inside it
    (
        "En la provincia de Melgar, pobladores de Santa Rosa y Nuñoa bloquearon la vía "
        "Juliaca-Cusco con piedras.",
        "es",
        "bloquearon",
        "Santa Rosa",
    ),
    (
        "In Melgar province, residents of Santa Rosa and Nuñoa blocked the Juliaca-Cusco "
        "highway with stones.",
        "en",
        "blocked",
        "Santa Rosa",
    ),
    # a road told by its ends under a dateline that stands for the whole region
    (
        "PUNO.– Comuneros de Caracoto bloquearon la carretera de Juliaca a Puno con piedras.",
        "es",
        "bloquearon",
        "Caracoto",
    ),
    (
        "CUSCO, Peru – Residents of Huarocondo kept the road from Cusco to Abancay closed "
        "with stones on Saturday.",
        "en",
        "closed",
        "Huarocondo",
    ),
    # the headline's town is the people's town the body names under its dateline
    (
        "Bloquean la vía Juliaca-Puno a la altura de Caracoto\n\n"
        "PUNO.– Comuneros de Caracoto mantienen bloqueada la vía Juliaca-Puno desde la "
        "madrugada.",
        "es",
        "bloqueada",
        "Caracoto",
    ),
]
# near misses: a dateline of a town of its own name keeps the story there; a province with
# no people's town named stays the province; people's towns of a town named in its own right
PEOPLE_TOWN_NEAR = [
    (
        "PUNO.– Los transportistas bloquearon la carretera de Juliaca a Puno con piedras.",
        "es",
        "bloquearon",
        "Puno",
    ),
    (
        "Bloquean la vía Juliaca-Puno a la altura de Caracoto\n\n"
        "PUNO.– Comuneros de Chucuito mantienen bloqueada la vía Juliaca-Puno desde la "
        "madrugada.",
        "es",
        "bloqueada",
        "Puno",
    ),
    (
        "En la provincia de Melgar, los transportistas bloquearon la vía Juliaca-Cusco con "
        "piedras.",
        "es",
        "bloquearon",
        "Melgar",
    ),
    (
        "PUNO.– Comuneros de Caracoto bloquearon la carretera en Juliaca con piedras.",
        "es",
        "bloquearon",
        "Juliaca",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "want"), PEOPLE_TOWN + PEOPLE_TOWN_NEAR)
def test_people_town_over_road_ends_and_province(
    mentions: Callable[..., list[Mention]], text: str, lang: str, trigger: str, want: str
) -> None:
    assert _place(mentions, text, trigger, lang)[0] == want


# ------------------------------------------------------------------ clauses past a semicolon
SEMICOLON = [
    ("Ronderos bloquean la carretera a Cutervo; Chota cumple el paro", "es", "bloquean", "Cutervo"),
    (
        "Farmers block the road to Cutervo; Chota observes the strike",
        "en",
        "block",
        "Cutervo",
    ),
]
# near misses: the town of the event's own clause stays; a semicolon's clause with no town
# leaves the sentence's town
SEMICOLON_NEAR = [
    ("Chota cumple el paro; en Cutervo bloquean la carretera", "es", "paro", "Chota"),
    (
        "En Chota, los ronderos bloquearon la carretera; no hubo heridos.",
        "es",
        "bloquearon",
        "Chota",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "want"), SEMICOLON + SEMICOLON_NEAR)
def test_town_past_semicolon_is_its_clause(
    mentions: Callable[..., list[Mention]], text: str, lang: str, trigger: str, want: str
) -> None:
    assert _place(mentions, text, trigger, lang)[0] == want
