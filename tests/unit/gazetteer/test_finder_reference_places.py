"""Places named to locate another one, metropolises abroad, and the Cochabamba tropics.

- A metropolis abroad (a million people or more) is what its bare name means in a story told
  from elsewhere, over a small namesake at home, unless the story names the namesake's
  department.
- A town after a distance ("a 12 kilómetros de X", "30 km from X") or right after another town
  and a near word ("Sacaba, near Cochabamba") locates the event; it is not its place.
- A lead "on the outskirts of" a city, datelined in a town just by it, is the dateline's town.
"""

from __future__ import annotations

import pytest

from veeduria.extract.places import distance_reference, event_place
from veeduria.extract.terms import fold


def _find(finder, text, lang="es"):
    return finder.find(text, fold(text), 0, len(text), lang)


def _place(finder, text, trigger, *, dateline_end=0, lang="es"):
    places = _find(finder, text, lang)
    at = text.index(trigger)
    return event_place(
        places,
        text,
        (at, at + len(trigger)),
        sentence=(0, len(text)),
        dateline_end=dateline_end,
        last=None,
        finder=finder,
        folded=fold(text),
        language=lang,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("LIMA, Nov 23 (PAP) - Later, police in Santiago fired tear gas at students.", "en"),
        (
            "Desde Lima, el canciller dijo que los carabineros reprimieron una marcha en Santiago.",
            "es",
        ),
        ("Riot police in Santiago used water cannon on Friday night.", "en"),
    ],
)
def test_a_metropolis_abroad_beats_a_small_namesake_at_home(finder, text, lang):
    found = [loc for loc in _find(finder, text, lang) if loc.text == "Santiago"]
    assert found and found[0].country == "Chile", found
    assert found[0].admin1 == "Región Metropolitana de Santiago"


@pytest.mark.parametrize(
    "text",
    [
        "Los comuneros marcharon en Santiago, Cusco, contra el alza de tarifas.",
        "CUSCO.– Vecinos de Santiago bloquearon la vía de Evitamiento.",
        "En el distrito de Santiago, en Ica, los agricultores bloquearon la Panamericana.",
    ],
)
def test_the_namesake_at_home_wins_when_its_department_is_named(finder, text):
    found = [loc for loc in _find(finder, text) if "Santiago" in loc.text]
    assert found and found[0].country == "Peru", found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los maestros marcharon en Cochabamba, Bolivia.", ("Cochabamba", "Cercado")),
        (
            "Cocaleros bloquearon la carretera en Villa Tunari, Bolivia.",
            ("Villa Tunari", "Chapare"),
        ),
        ("Coca growers gathered in Shinahota, Bolivia.", ("Shinahota", "Tiraque")),
    ],
)
def test_cochabamba_and_its_tropics_have_their_provinces(finder, text, expected):
    assert expected in {(loc.name, loc.admin2) for loc in _find(finder, text)}


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "lang"),
    [
        (
            "Soldiers opened fire 15 km from Cochabamba, at a bridge in Sacaba, Bolivia.",
            "opened fire",
            "Sacaba",
            "en",
        ),
        (
            "Los cocaleros bloquearon la vía a unos 40 kilómetros de Cochabamba, en Colomi, Bolivia.",
            "bloquearon",
            "Colomi",
            "es",
        ),
        (
            "In Sacaba, near Cochabamba, soldiers killed ten people, Bolivian officials said.",
            "killed",
            "Sacaba",
            "en",
        ),
        (
            "En Quillacollo, cerca de Cochabamba, hubo enfrentamientos con la policía boliviana.",
            "enfrentamientos",
            "Quillacollo",
            "es",
        ),
    ],
)
def test_a_town_that_only_locates_another_is_not_the_place(finder, text, trigger, expected, lang):
    place = _place(finder, text, trigger, lang=lang)
    assert place is not None and place.name == expected, place


def test_a_distance_reference_alone_still_places_the_event_near_it(finder):
    text = "Comuneros bloquearon la vía a unos 20 kilómetros de Juliaca."
    place = _place(finder, text, "bloquearon")
    assert place is not None and place.name == "Juliaca" and place.geo_precision == 2
    ref = [loc for loc in _find(finder, text) if loc.text == "Juliaca"][0]
    assert distance_reference(ref, text)


@pytest.mark.parametrize(
    "text",
    [
        "Twenty people were hurt in a town about 160 km (100 miles) south-east of Cusco.",
        "Police cleared a road some 40 km (25 miles) from Juliaca on Monday.",
        "Bloquearon la carretera a 30 km (unas dos horas a pie) de Juliaca.",
    ],
)
def test_a_distance_with_a_conversion_in_brackets_is_a_reference(finder, text):
    name = "Cusco" if "Cusco" in text else "Juliaca"
    lang = "es" if "Bloquearon" in text else "en"
    ref = [loc for loc in _find(finder, text, lang) if loc.text == name][0]
    assert distance_reference(ref, text)


def test_metres_and_blocks_are_at_the_place(finder):
    text = "Un incendio destruyó una casona a pocos metros de la plaza San Martín, en Lima."
    ref = [loc for loc in _find(finder, text) if "San Martín" in loc.text][0]
    assert not distance_reference(ref, text)


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "lang"),
    [
        (
            "SACABA, Bolivia, Nov 16 (CPA) - Five people were killed on Friday when soldiers "
            "opened fire on marchers on the outskirts of Cochabamba.",
            "killed",
            "Sacaba",
            "en",
        ),
        (
            "QUILLACOLLO, Bolivia (CPA) - Police broke up a blockade near Cochabamba on Monday.",
            "broke up",
            "Quillacollo",
            "en",
        ),
    ],
)
def test_a_lead_near_a_city_is_the_dateline_town_beside_it(finder, text, trigger, expected, lang):
    dateline_end = text.index(")") + 1
    place = _place(finder, text, trigger, dateline_end=dateline_end, lang=lang)
    assert place is not None and place.name == expected, place


def test_a_lead_near_a_far_city_stays_near_that_city(finder):
    # Juliaca lies some 35 km from Puno: "near Puno" is not Juliaca
    text = "JULIACA, Peru (PAP) - Police broke up a blockade near Puno on Monday."
    place = _place(finder, text, "broke up", dateline_end=text.index(")") + 1, lang="en")
    assert place is not None and place.name == "Puno", place
