"""Kenya's towns and counties, Bogotá's localities, Ecuador's El Tambo and Bolivia's Parotani
(towns.yaml, landmarks.yaml, aliases.yaml, countries.yaml), with near misses that must not
become places."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold


def _found(finder, text, lang):
    return [
        (loc.text, loc.name, loc.admin1, loc.iso, loc.geo_precision)
        for loc in finder.find(text, fold(text), 0, len(text), lang)
    ]


@pytest.mark.parametrize(
    ("text", "mention", "name", "admin1"),
    [
        (
            "Riot police lobbed tear gas at youths in Eldoret, Kenya, on Tuesday.",
            "Eldoret",
            "Eldoret",
            "Uasin Gishu",
        ),
        (
            "Kenyan traders in Thika shut their shops as protests spread.",
            "Thika",
            "Thika",
            "Kiambu",
        ),
        (
            "Kenya: demonstrators blocked the highway at Mlolongo and Athi River.",
            "Mlolongo",
            "Mlolongo",
            "Machakos",
        ),
        (
            "In Kenya, a police post in Ongata Rongai was torched overnight.",
            "Ongata Rongai",
            "Ongata Rongai",
            "Kajiado",
        ),
        (
            "Kenyan police said two people were shot in Kibera during the protests.",
            "Kibera",
            "Nairobi",
            "Nairobi",
        ),
        (
            "Hundreds marched along Moi Avenue in Kenya's capital.",
            "Moi Avenue",
            "Nairobi",
            "Nairobi",
        ),
        ("Mombasa: Kenyan youths clashed with officers in Likoni.", "Likoni", "Mombasa", "Mombasa"),
        (
            "Kenya: the county government of Nyeri said schools would stay shut.",
            "Nyeri",
            "Nyeri",
            "Nyeri",
        ),
        (
            "Kenyan officers dispersed a crowd outside the Kiambu town market.",
            "Kiambu town",
            "Kiambu",
            "Kiambu",
        ),
    ],
)
def test_kenyan_places(finder, text, mention, name, admin1):
    hits = {t: (n, a1, iso) for t, n, a1, iso, _ in _found(finder, text, "en")}
    assert hits.get(mention) == (name, admin1, "KE")


def test_a_county_named_like_its_seat_stays_the_county(finder):
    text = "Kenya: youths torched a police station in Kiambu County and in Kajiado."
    found = {t: (n, p) for t, n, _, _, p in _found(finder, text, "en")}
    assert found["Kiambu County"] == ("Kiambu", 3)
    assert found["Kajiado"] == ("Kajiado", 3)


def test_nairobi_county_is_written_as_acled_does(finder):
    text = "Clashes were reported across Nairobi County, Kenya."
    assert ("Nairobi", "KE") in {(a1, iso) for _, _, a1, iso, _ in _found(finder, text, "en")}


@pytest.mark.parametrize(
    "text",
    [
        "Hola, buenas noches: arrancamos el resumen de la jornada en Lima.",
        "Kikuyu elders met the president at State House on Sunday, Kenyan media said.",
        "Noboa dijo que no dará marcha atrás con el decreto, en Quito.",
    ],
)
def test_words_and_people_are_not_places(finder, text):
    lang = "en" if "Kenyan" in text else "es"
    names = {n for _, n, _, _, _ in _found(finder, text, lang)}
    assert not names & {"Hola", "Kikuyu", "Noboa"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("En Colombia, la Policía dispersó a los manifestantes en Suba y Engativá.", "Suba"),
        ("Bogotá: cacerolazo frente a las casas de Teusaquillo, en Colombia.", "Teusaquillo"),
        (
            "Colombian riot police clashed with students in Kennedy, in the south of Bogotá.",
            "Kennedy",
        ),
    ],
)
def test_bogota_localities_are_the_city(finder, text, mention):
    lang = "en" if "Colombian" in text else "es"
    hits = {t: (n, iso) for t, n, _, iso, _ in _found(finder, text, lang)}
    assert hits[mention] == ("Bogotá", "CO")


def test_el_tambo_in_an_ecuadorian_story_is_canar(finder):
    text = "Ecuador: comuneros cerraron la vía en El Tambo durante el paro."
    hits = {t: (n, a1, iso) for t, n, a1, iso, _ in _found(finder, text, "es")}
    assert hits["El Tambo"] == ("El Tambo", "Cañar", "EC")


def test_el_tambo_in_a_peruvian_story_stays_home(finder):
    text = "Perú: vecinos de Huancayo marcharon hasta El Tambo, en Junín."
    hits = {t: iso for t, _, _, iso, _ in _found(finder, text, "es")}
    assert hits.get("El Tambo") == "PE"


def test_parotani_is_in_tapacari(finder):
    text = "Bolivia: los bloqueadores de Parotani levantaron la medida tras el operativo."
    hits = {loc.text: loc for loc in finder.find(text, fold(text), 0, len(text), "es")}
    assert (hits["Parotani"].admin1, hits["Parotani"].admin2) == ("Cochabamba", "Tapacarí")
