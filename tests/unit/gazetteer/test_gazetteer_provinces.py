"""Provinces of Bolivian towns (provinces.yaml) and towns the import lacks (towns.yaml)."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold, fold_term
from veeduria.gazetteer import _data


def _places():
    """The imported places, their first-level division named as the curated countries rename
    it (GeoNames' "El Beni" is Beni), as the index names it."""
    renames = {e.iso: e.renames for e in _data.read_curated("countries").entries if e.renames}
    rows = []
    for r in _data.read_table("places.csv.gz"):
        rename = renames.get(r["country"], {})
        rows.append({**r, "admin1": rename.get(r["admin1"], r["admin1"])})
    return rows


def _refs():
    for entry in _data.read_curated("provinces").entries:
        for ref in entry.places:
            yield pytest.param(entry, ref, id=f"{entry.id}:{ref}")


@pytest.mark.parametrize(("entry", "ref"), list(_refs()))
def test_provinces_entry_is_an_imported_place_of_its_department(entry, ref):
    rows = _places()
    if ref.startswith("geonames:"):
        found = [r for r in rows if r["geonameid"] == ref.split(":", 1)[1]]
    else:
        found = [
            r
            for r in rows
            if r["country"] == entry.country
            and fold_term(r["admin1"]) == fold_term(entry.admin1)
            and fold_term(r["name"]) == fold_term(ref)
        ]
    assert len(found) == 1, found
    row = found[0]
    assert (row["country"], row["admin1"]) == (entry.country, entry.admin1)
    if entry.corrects_import:
        # an entry that corrects the import names places the import puts elsewhere
        assert row["admin2"] not in ("", entry.admin2), row
    else:
        assert row["admin2"] in ("", entry.admin2)


def test_provinces_name_each_province_in_one_department_only():
    seen: dict[tuple[str, str], str] = {}
    for entry in _data.read_curated("provinces").entries:
        key = (entry.country, entry.admin2)
        # Cercado is a province of several departments; every other name is one province
        if entry.admin2 != "Cercado":
            assert seen.setdefault(key, entry.admin1) == entry.admin1, entry.id


def test_provinces_cover_every_bolivian_town_of_ten_thousand(finder):
    # a GeoNames duplicate of a town that is covered is not needed
    waiting = {"3923644"}
    missing = [
        r["name"]
        for r in _places()
        if r["country"] == "BO"
        and int(r["population"]) >= 10_000
        and r["geonameid"] not in waiting
        and not finder.index.places[finder.index.by_id[f"geonames:{r['geonameid']}"]].admin2
    ]
    assert missing == []


def _one(finder, text):
    locs = finder.find(text, fold(text), 0, len(text), "es")
    assert locs, text
    return locs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bloqueo en Sacaba, Bolivia.", ("Sacaba", "Cochabamba", "Chapare")),
        ("Soldiers fired on coca growers in Sacaba, Bolivia.", ("Sacaba", "Cochabamba", "Chapare")),
        ("SACABA, Bolivia, 15 nov.– Cinco muertos.", ("Sacaba", "Cochabamba", "Chapare")),
        ("Vecinos de El Alto bloquearon la planta, en Bolivia.", ("El Alto", "La Paz", "Murillo")),
        ("Residents of the city of El Alto, Bolivia, marched.", ("El Alto", "La Paz", "Murillo")),
        ("EL ALTO, Bolivia, 19 nov.– Vecinos marcharon.", ("El Alto", "La Paz", "Murillo")),
        ("La policía boliviana dispersó una marcha en La Paz.", ("La Paz", "La Paz", "Murillo")),
        ("Police dispersed a march in La Paz, Bolivia.", ("La Paz", "La Paz", "Murillo")),
        (
            "Bloqueo en Montero, Santa Cruz, Bolivia.",
            ("Montero", "Santa Cruz", "Obispo Santistevan"),
        ),
        ("Marcha en Sucre, Bolivia.", ("Sucre", "Chuquisaca", "Oropeza")),
        (
            "Mineros de Huanuni marcharon en Oruro, Bolivia.",
            ("Huanuni", "Oruro", "Pantaleón Dalence"),
        ),
    ],
)
def test_bolivian_towns_resolve_to_their_province(finder, text, expected):
    locs = _one(finder, text)
    assert expected in {(loc.name, loc.admin1, loc.admin2) for loc in locs}, locs


@pytest.mark.parametrize(
    "text",
    [
        "Diez muertos en Senkata, Bolivia.",
        "Soldiers fired on residents at the Senkata fuel plant in Bolivia.",
        "Ten people died in Sacaba and ten in Senkata, according to the commission.",
        "la planta de YPFB en Senkata, en Bolivia, sigue bloqueada",
        "Vecinos bloquearon la carretera en Ventilla, El Alto, Bolivia.",
    ],
)
def test_senkata_and_other_zones_are_el_alto(finder, text):
    locs = [loc for loc in _one(finder, text) if loc.name == "El Alto"]
    assert locs, _one(finder, text)
    assert all(
        (loc.admin1, loc.admin2, loc.admin3, loc.iso, loc.place_id, loc.geo_precision)
        == ("La Paz", "Murillo", "El Alto", "BO", "town:bo.el_alto", 1)
        for loc in locs
    ), locs


def test_el_alto_and_senkata_have_their_own_id_not_la_paz_s(finder):
    text = "Marchas en La Paz y en Senkata, Bolivia."
    ids = {loc.text: loc.place_id for loc in _one(finder, text)}
    assert ids["La Paz"] == "geonames:3911925"
    assert ids["Senkata"] == "town:bo.el_alto"


def test_the_tropico_de_cochabamba_is_a_region_not_the_city(finder):
    text = "Una marcha de productores de hoja de coca del trópico de Cochabamba, Bolivia."
    locs = _one(finder, text)
    assert [(loc.name, loc.admin1, loc.geo_precision) for loc in locs if loc.iso == "BO"][0] == (
        "Trópico de Cochabamba",
        "Cochabamba",
        3,
    )


def test_towns_examples_resolve(finder):
    for entry in _data.read_curated("towns").entries:
        for example in entry.examples:
            locs = finder.find(example, fold(example), 0, len(example), "es")
            assert f"town:{entry.id}" in {loc.place_id for loc in locs}, (example, locs)
