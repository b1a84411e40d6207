"""A story that moves from a district of a city to the city's centre stays in the city
(places17).

The coding guide (docs/extraction.md, places) places an incident at a site in another district
of its city's province (the Cusco airport in Wánchaq, the Arequipa airport in Cerro Colorado)
and carries that district to the sentences that go on telling the incident; a sentence that
names no place of its own but the city's centre or the city by its phrase ("la plaza de
Armas", "el centro histórico", "the main square", "la ciudad") is in the city
(``places._town_centre``). These passages, written for the tests, check that the story then
stays in the city: the next sentence that names no place is the city's, not the district of
the incident told before it. The near miss: with no centre named in between, the district of
the incident is carried on as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN20 = dt.date(2023, 1, 20)

#: the incident in the district, told in each language: (city, district, es, en)
INCIDENTS = [
    (
        "Arequipa",
        "Cerro Colorado",
        "Un joven murió el jueves en Cerro Colorado, cuando cientos de manifestantes "
        "intentaron tomar el aeropuerto y se enfrentaron a la Policía.",
        "A young man was killed on Thursday in Cerro Colorado, when hundreds of protesters "
        "tried to take over the airport and clashed with police.",
    ),
    (
        "Cusco",
        "Wánchaq",
        "En Cusco, la Policía dispersó con bombas lacrimógenas a los manifestantes que "
        "intentaban ingresar al aeropuerto Alejandro Velasco Astete.",
        "In Cusco, police fired tear gas at hundreds of protesters who tried to break into the "
        "Alejandro Velasco Astete airport.",
    ),
    (
        "Arequipa",
        "Cerro Colorado",
        "En Arequipa, decenas de comuneros intentaron tomar el aeropuerto Rodríguez Ballón el "
        "jueves por la tarde.",
        "In Arequipa, a crowd tried to storm the Rodríguez Ballón airport on Thursday afternoon.",
    ),
]

#: the next sentence, in the city's centre: (text, language)
CENTRES = [
    ("Ayer por la tarde, miles de personas marcharon desde la plaza de Armas en su memoria.", "es"),
    ("El viernes, cientos de vecinos marcharon por el centro histórico con banderas negras.", "es"),
    ("On Friday, thousands of people marched through the main square in his memory.", "en"),
    ("On Friday afternoon, hundreds of residents rallied outside the cathedral.", "en"),
]

#: the sentence after it, with no place of its own: (text, language, trigger)
AFTER = [
    (
        "Los gremios de la Federación anunciaron una nueva movilización para el lunes.",
        "es",
        "movilización",
    ),
    ("Por la noche, la Policía detuvo a cinco jóvenes por pintas en las paredes.", "es", "detuvo"),
    ("Union leaders announced a new march for Monday.", "en", "march"),
    ("Late that night, police arrested five young men for painting graffiti.", "en", "arrested"),
]

#: a sentence that goes on telling the incident, with no centre named: (text, language)
GOING_ON = [
    ("Otras veinte personas resultaron heridas, entre ellas cuatro policías.", "es"),
    ("Twenty other people were injured, four of them police officers.", "en"),
]


def _place(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str
) -> str | None:
    found = mentions(text, lang, JAN20)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    loc = hits[-1].location
    return loc.name if loc is not None else None


def _stories(middles: list[tuple[str, str]], *, to_city: bool) -> list:
    return [
        pytest.param(
            " ".join((es if lang == "es" else en, middle, after)),
            lang,
            trigger,
            city if to_city else district,
            id=f"{lang}-{district}-{middle[:25]}-{after[:20]}",
        )
        for city, district, es, en in INCIDENTS
        for middle, mlang in middles
        for after, lang, trigger in AFTER
        if lang == mlang
    ]


@pytest.mark.parametrize(("text", "lang", "trigger", "name"), _stories(CENTRES, to_city=True))
def test_places17_after_the_citys_centre_the_story_stays_in_the_city(
    mentions, text, lang, trigger, name
):
    assert _place(mentions, text, trigger, lang) == name


@pytest.mark.parametrize(("text", "lang", "trigger", "name"), _stories(GOING_ON, to_city=False))
def test_places17_the_incidents_district_goes_on_without_a_centre(
    mentions, text, lang, trigger, name
):
    assert _place(mentions, text, trigger, lang) == name


#: a Spanish sentence whose only town ends a body's name, with the city's centre: (template,
#: language, trigger)
BODIES = [
    (
        "La Federación Departamental de Trabajadores de {city} convocó una marcha hacia la plaza "
        "de Armas para el viernes.",
        "es",
        "marcha",
    ),
    (
        "El Frente de Defensa de los Intereses de {city} anunció una vigilia en la plaza de "
        "Armas para esta noche.",
        "es",
        "vigilia",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "name"),
    [
        pytest.param(
            f"{es if lang == 'es' else en} {template.format(city=city)}",
            lang,
            trigger,
            city,
            id=f"{lang}-{district}-{template[:30]}",
        )
        for city, district, es, en in INCIDENTS
        for template, lang, trigger in BODIES
    ],
)
def test_places17_a_town_in_a_bodys_name_leaves_the_city_whose_centre_is_named(
    mentions, text, lang, trigger, name
):
    assert _place(mentions, text, trigger, lang) == name
