"""An airport that serves a city from another district of its province is the event's place
when the sentence tells the event there (places15).

The coding guide (docs/extraction.md, twenty-second and twenty-fifth sessions) places an event
at the Cusco airport in Wánchaq and one at the Arequipa airport in Cerro Colorado, not at the
city they serve. These passages, written for the tests, combine each airport with the ways
reporting names it:

* the sentence names its city first and the airport by its own name after the event's word
  ("En Cusco, la Policía dispersó ... a manifestantes que intentaban ingresar al aeropuerto
  Alejandro Velasco Astete", "in Arequipa, a crowd tried to storm the Alfredo Rodríguez Ballón
  airport": ``places._sentence_site``);
* the airport is the object of the event's word with no word of place between ("tried to take
  over the airport", "intentaron tomar el aeropuerto", "will march on the airport":
  ``places._own_site``);

and near misses that stay in the city: people on their way to the airport ("un grupo que se
dirigía al aeropuerto", "demonstrators heading for the airport"), the end of a route ("tried to
march from the Plaza de Armas to the airport"), and a city whose airport lies in the city's own
district (Juliaca).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN20 = dt.date(2023, 1, 20)

#: city, the airport's Spanish and English names, the airport's district
AIRPORTS = [
    ("Cusco", "aeropuerto Alejandro Velasco Astete", "Alejandro Velasco Astete airport", "Wánchaq"),
    ("Cusco", "aeropuerto Velasco Astete", "Velasco Astete airport", "Wánchaq"),
    (
        "Arequipa",
        "aeropuerto Alfredo Rodríguez Ballón",
        "Alfredo Rodríguez Ballón airport",
        "Cerro Colorado",
    ),
    ("Arequipa", "aeropuerto Rodríguez Ballón", "Rodríguez Ballón airport", "Cerro Colorado"),
]

#: the city first, the airport named after the event's word: (template, language, trigger)
NAMED = [
    (
        "En {city}, la Policía dispersó con bombas lacrimógenas a un grupo de manifestantes que "
        "intentaba ingresar al {es}.",
        "es",
        "dispersó",
    ),
    (
        "En {city}, cientos de comuneros intentaron tomar el {es} el jueves por la tarde.",
        "es",
        "intentaron tomar",
    ),
    (
        "Last Thursday, in {city}, a crowd tried to storm the {en}, and a young man was killed.",
        "en",
        "storm",
    ),
    (
        "In {city}, police fired tear gas at hundreds of protesters who tried to break into the "
        "{en} on Monday.",
        "en",
        "tear gas",
    ),
]

#: the airport as the object of the event's word, in a sentence that names its city
OBJECTS = [
    (
        "In the southern city of {city}, a protester was killed on Thursday as demonstrators "
        "tried to take over the airport, health officials said.",
        "en",
        "tried to take over",
    ),
    (
        "In {city}, union leaders said they would march on the airport again next week.",
        "en",
        "march",
    ),
]

#: the same sentences with the airport as where people were going: the city stays
HEADED = [
    (
        "En {city}, la Policía dispersó con gases lacrimógenos a un grupo de manifestantes que se "
        "dirigía al {es}.",
        "es",
        "dispersó",
    ),
    (
        "En {city}, la Policía dispersó con gases lacrimógenos a los comuneros que intentaban "
        "llegar al {es} por la avenida principal.",
        "es",
        "dispersó",
    ),
    (
        "In {city}, police fired tear gas at demonstrators heading for the {en} on Monday.",
        "en",
        "tear gas",
    ),
    (
        "In the city of {city}, police used tear gas on Friday to disperse several hundred "
        "demonstrators who tried to march from the Plaza de Armas to the {en} along the main "
        "avenue.",
        "en",
        "tear gas",
    ),
]


def _place(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str
) -> str | None:
    found = mentions(text, lang, JAN20)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    loc = hits[0].location
    return loc.name if loc is not None else None


def _cases(templates, *, at_airport: bool, airports=AIRPORTS) -> list:
    return [
        pytest.param(
            template.format(city=city, es=es, en=en),
            lang,
            trigger,
            district if at_airport else city,
            id=template.format(city=city, es=es, en=en)[:70],
        )
        for city, es, en, district in airports
        for template, lang, trigger in templates
    ]


@pytest.mark.parametrize(("text", "lang", "trigger", "name"), _cases(NAMED, at_airport=True))
def test_places15_a_named_airport_of_the_sentences_city(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang) == name


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "name"),
    # the airport named by its noun only: one case per city
    _cases(OBJECTS, at_airport=True, airports=AIRPORTS[::2]),
)
def test_places15_the_airport_as_the_event_words_object(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang) == name


@pytest.mark.parametrize(("text", "lang", "trigger", "name"), _cases(HEADED, at_airport=False))
def test_places15_an_airport_people_were_heading_for(mentions, text, lang, trigger, name):
    assert _place(mentions, text, trigger, lang) == name


@pytest.mark.parametrize(
    ("template", "lang", "trigger"),
    [(t, lang, trig) for t, lang, trig in NAMED if "{es}" in t or "{en}" in t],
)
def test_places15_an_airport_in_the_citys_own_district(mentions, template, lang, trigger):
    # Juliaca's airport lies in Juliaca: the city it serves is its district
    text = template.format(
        city="Juliaca", es="aeropuerto Inca Manco Cápac", en="Inca Manco Cápac airport"
    )
    assert _place(mentions, text, trigger, lang) == "Juliaca"
