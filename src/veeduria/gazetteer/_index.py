"""Compile the data files into one index of places and names, and cache it on disk.

The index holds only built-in types (tuples, dicts, strings, numbers), so it round-trips through
``marshal``: the cache is a marshal file keyed by the SHA-256 of the data files, written on
first use to ``$VEEDURIA_CACHE`` (or ``$XDG_CACHE_HOME/veeduria``, ``~/.cache/veeduria``).
A changed data file changes the key, so a stale cache is never read.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import math
import os
import pickle
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from veeduria.extract.terms import TermMatcher, fold_term
from veeduria.gazetteer import _data

if TYPE_CHECKING:
    from veeduria.gazetteer._schema import Alias, CountryFix, Landmark, Province, Town

logger = logging.getLogger(__name__)

#: bump when the index layout changes, so old caches are ignored
FORMAT = 10
FOCUS = frozenset({"PE", "BO", "CL", "EC", "CO"})
#: Latin America: the five Andean countries and the rest (``LATAM`` in the build script);
#: a city outside it is one of "the world's" (weak: see ``finder._world``)
LATIN = FOCUS | frozenset("AR BR CR CU DO GT HN HT MX NI PA PR PY SV UY VE".split())
PERU_LIMA = "150101"


class Place(NamedTuple):
    """One resolvable place. ``a1``/``a2`` are keys of its first/second-level division."""

    pid: str
    kind: str  # country | admin1 | department | province | district | place | region
    name: str
    admin1: str | None
    admin2: str | None
    admin3: str | None
    iso: str
    lat: float | None
    lon: float | None
    population: int
    a1: str | None
    a2: str | None
    precision: int
    prior: float  # how readily a bare name means this place (capitals, "department-first")
    fallback_point: bool  # the point is borrowed from the province or department capital


class AliasRow(NamedTuple):
    place: int  # index into places; -1 for the story's country
    name: str | None
    precision: int | None
    district: int  # index of the district a town belongs to, or -1
    lowercase: bool
    country: str | None
    not_before: tuple[str, ...]


class LandmarkRow(NamedTuple):
    place: int  # -1 for a road
    name: str | None
    km: tuple[tuple[int, int], ...]
    precision: int
    context: tuple[str, ...]  # a1 keys
    country: str | None


class Index(NamedTuple):
    places: tuple[Place, ...]
    by_id: dict[str, int]
    #: (folded term, payload); payload ("e", place) | ("a", alias row) | ("l", landmark row)
    #: | ("d", iso) for a demonym
    terms: tuple[tuple[str, tuple[str, Any]], ...]
    aliases: tuple[AliasRow, ...]
    landmarks: tuple[LandmarkRow, ...]
    stop: dict[str, str]
    first_names: frozenset[str]
    titles: frozenset[str]
    country_names: dict[str, str]  # iso -> display name
    fingerprint: str
    #: folded phrase -> what it stands for ("town", "site", "region"): "la ciudad", "the airport"
    anaphora: dict[str, str]


# ---------------------------------------------------------------- building


def _float(value: str) -> float | None:
    return float(value) if value else None


def _int(value: str) -> int:
    return int(value) if value else 0


class _Builder:
    def __init__(self) -> None:
        self.places: list[Place] = []
        self.by_id: dict[str, int] = {}
        self.terms: list[tuple[str, tuple[str, Any]]] = []
        self.names_of: dict[int, set[str]] = defaultdict(set)

    def add(self, place: Place, names: Iterable[str]) -> int:
        idx = self.by_id.get(place.pid)
        if idx is None:
            idx = len(self.places)
            self.places.append(place)
            self.by_id[place.pid] = idx
        for name in names:
            self.name(idx, name)
        return idx

    def name(self, idx: int, name: str) -> None:
        for variant in {name, name.replace("-", " ")}:
            key = fold_term(variant)
            if key and key not in self.names_of[idx]:
                self.names_of[idx].add(key)
                self.terms.append((key, ("e", idx)))


def _countries(b: _Builder, fixes: dict[str, CountryFix]) -> dict[str, str]:
    names: dict[str, str] = {}
    for row in _data.read_table("countries.csv"):
        iso = row["iso"]
        fix = fixes.get(iso)
        lat, lon = _float(row["latitude"]), _float(row["longitude"])
        if fix is not None and fix.latitude is not None:
            lat, lon = fix.latitude, fix.longitude
        display = row["name"]
        names[iso] = display
        aliases = [display, row["name_es"], *filter(None, row["aliases"].split("|"))]
        if fix is not None:
            aliases.extend(fix.names)
        b.add(
            Place(
                iso,
                "country",
                display,
                None,
                None,
                None,
                iso,
                lat,
                lon,
                0,
                None,
                None,
                3,
                8.0,
                False,
            ),
            [a for a in aliases if a],
        )
    return names


def _peru(b: _Builder) -> None:
    rows = list(_data.read_table("peru_ubigeo.csv"))
    names = {r["ubigeo"]: r["name"] for r in rows}
    for r in rows:
        code, level = r["ubigeo"], r["level"]
        dept = names[code[:2]]
        lat, lon = _float(r["latitude"]), _float(r["longitude"])
        fallback = r["point"] in ("province_capital", "department_capital")
        if level == "department":
            capital = names.get(code + "0101", "")
            # a department whose capital has another name is what its bare name means
            # ("Junín", "Apurímac"); "Puno", "Cusco" and "Lima" are first their cities
            prior = 42.0 if fold_term(capital) != fold_term(r["name"]) else 2.0
            place = Place(
                code,
                "department",
                r["name"],
                dept,
                None,
                None,
                "PE",
                lat,
                lon,
                0,
                code,
                None,
                3,
                prior,
                False,
            )
        elif level == "province":
            place = Place(
                code,
                "province",
                r["name"],
                dept,
                r["name"],
                None,
                "PE",
                lat,
                lon,
                0,
                code[:2],
                code,
                2,
                3.0,
                False,
            )
        else:
            prior = 6.0 + (6.0 if code.endswith("0101") else 3.0 if code.endswith("01") else 0.0)
            place = Place(
                code,
                "district",
                r["name"],
                dept,
                r["province"],
                r["name"],
                "PE",
                lat,
                lon,
                _int(r["population"]),
                code[:2],
                code[:4],
                1,
                prior,
                fallback,
            )
        b.add(place, [r["name"]])


_SAINTS = ("san ", "santa ", "santo ", "santiago ", "santisima ")


def _short_names(b: _Builder) -> None:
    """ "Lucanamarca" for Santiago de Lucanamarca: a saint's name before "de" is often dropped.

    Only when the short name is no other place's name and has five letters or more.
    """
    taken = {key for keys in b.names_of.values() for key in keys}
    short: dict[str, list[int]] = defaultdict(list)
    for idx, p in enumerate(b.places):
        if p.kind != "district" or p.iso != "PE":
            continue
        key = fold_term(p.name)
        if key.startswith(_SAINTS) and " de " in key:
            rest = key.split(" de ", 1)[1]
            if rest.startswith(("la ", "los ", "las ", "el ")):
                continue
            if len(rest) >= 5 and rest not in taken:
                short[rest].append(idx)
    for rest, owners in short.items():
        if len(owners) == 1:
            b.name(owners[0], rest)


def _admin1(b: _Builder, renames: dict[str, dict[str, str]]) -> dict[str, str]:
    """First-level divisions of other countries; returns GeoNames code -> key."""
    keys: dict[str, str] = {}
    for r in _data.read_table("admin1.csv.gz"):
        key = r["iso"] or f"geonames:{r['geonames_code']}"
        keys[r["geonames_code"]] = key
        iso = r["country"]
        name = renames.get(iso, {}).get(r["name"], r["name"])
        place = Place(
            key,
            "admin1",
            name,
            name,
            None,
            None,
            iso,
            _float(r["latitude"]),
            _float(r["longitude"]),
            0,
            key,
            None,
            3,
            2.0,
            False,
        )
        aliases = [a for a in r["aliases"].split("|") if a]
        b.add(place, [name, r["name"], *aliases])
    return keys


def _admin2_name(name: str, prefixes: tuple[str, ...], rename: dict[str, str]) -> str | None:
    """The import's second-level division as ACLED writes it ("Municipio Libertador" ->
    "Libertador", "Okap" -> "Cap-Haïtien")."""
    for prefix in prefixes:
        if name.startswith(prefix + " "):
            name = name[len(prefix) + 1 :]
            break
    return rename.get(name, name) or None


def _places(
    b: _Builder, renames: dict[str, dict[str, str]], prefixes: dict[str, tuple[str, ...]]
) -> None:
    district_points: dict[str, str] = {}
    dept_code: dict[str, str] = {}
    prov_code: dict[tuple[str, str], str] = {}
    for p in b.places:
        if p.kind == "district":
            district_points[p.pid] = p.name
        elif p.kind == "department":
            dept_code[p.name] = p.pid
        elif p.kind == "province" and p.a1:
            prov_code[(p.a1, p.name)] = p.pid
    for r in _data.read_table("places.csv.gz"):
        iso = r["country"]
        pop = _int(r["population"])
        lat, lon = _float(r["latitude"]), _float(r["longitude"])
        if iso == "PE":
            ubigeo = r["ubigeo"]
            if (
                ubigeo
                and r["admin3_source"] == "match"
                and fold_term(district_points.get(ubigeo, "")) == fold_term(r["name"])
                and b.places[b.by_id[ubigeo]].population == pop
            ):
                continue  # the district's own town: the district stands for it
            dept = ubigeo[:2] if ubigeo else dept_code.get(r["admin1"])
            prov = ubigeo[:4] if ubigeo else prov_code.get((dept or "", r["admin2"]))
            place = Place(
                f"geonames:{r['geonameid']}",
                "place",
                r["name"],
                r["admin1"] or None,
                r["admin2"] or None,
                r["admin3"] or None,
                iso,
                lat,
                lon,
                pop,
                dept,
                prov,
                1,
                3.0,
                False,
            )
        else:
            rename = renames.get(iso, {})
            # a city of the world is written as ACLED writes it, in plain Latin letters
            # ("Butwal", "Diyarbakir"); its GeoNames spelling stays a name of it
            spell = _plain if iso not in LATIN else _same
            place = Place(
                f"geonames:{r['geonameid']}",
                "place",
                spell(r["name"]),
                spell(rename.get(r["admin1"], r["admin1"])) or None,
                spell(_admin2_name(r["admin2"], prefixes.get(iso, ()), rename) or "") or None,
                None,
                iso,
                lat,
                lon,
                pop,
                r["admin1_iso"] or None,
                None,
                1,
                4.0,
                False,
            )
        b.add(place, [r["name"], place.name])


def _same(text: str) -> str:
    return text


#: letters that do not decompose into a Latin letter and a diacritic
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "ß": "ss",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "ə": "a", "Ə": "A", "þ": "th", "ʼ": "'", "’": "'",
     "ʻ": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "Ð": "D", "ð": "d", "–": "-", "—": "-"}
)  # fmt: skip


def _plain(text: str) -> str:
    """``text`` without diacritics ("Ghāziābād" -> "Ghaziabad", "Diyarbakır" -> "Diyarbakir"):
    ACLED writes the world's places so, while Latin America keeps its accents ("Bogotá")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _provinces(b: _Builder, entries: Iterable[Province]) -> None:
    """Fill the admin2 of imported places that the import leaves without one (Bolivia,
    Nicaragua...), or gives a wrong one (``corrects_import``)."""
    by_name: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for idx, p in enumerate(b.places):
        if p.kind == "place" and p.iso != "PE":
            by_name[(p.iso, fold_term(p.admin1 or ""), fold_term(p.name))].append(idx)
    for e in entries:
        for ref in e.places:
            if ref.startswith("geonames:"):
                found = [_place_ref(b, ref, e.id)]
            else:
                found = by_name.get((e.country, fold_term(e.admin1), fold_term(ref)), [])
                if len(found) != 1:
                    many = "several places" if found else "no place"
                    raise ValueError(f"province {e.id}: {many} named {ref!r} in {e.admin1}")
            p = b.places[found[0]]
            if p.iso != e.country or fold_term(p.admin1 or "") != fold_term(e.admin1):
                raise ValueError(f"province {e.id}: {ref!r} is not in {e.admin1}, {e.country}")
            if p.admin2 and p.admin2 != e.admin2 and not e.corrects_import:
                raise ValueError(f"province {e.id}: {ref!r} is already in {p.admin2}")
            b.places[found[0]] = p._replace(admin2=e.admin2)


def _admin1_key(b: _Builder, iso: str, name: str, where: str) -> str:
    for p in b.places:
        if p.kind == "admin1" and p.iso == iso and fold_term(p.name) == fold_term(name):
            return p.pid
    raise ValueError(f"{where}: {iso} has no first-level division {name!r}")


def _towns(b: _Builder, entries: Iterable[Town]) -> None:
    """Towns the import lacks (El Alto)."""
    for e in entries:
        a1 = _admin1_key(b, e.country, e.admin1, e.id)
        b.add(
            Place(
                f"town:{e.id}",
                "place",
                e.name or e.names[0],
                e.admin1,
                e.admin2,
                e.admin3,
                e.country,
                e.latitude,
                e.longitude,
                e.population,
                a1,
                None,
                1,
                4.0,
                False,
            ),
            e.names,
        )


def _peru_context_key(b: _Builder, department: str) -> str:
    for p in b.places:
        if p.kind == "department" and fold_term(p.name) == fold_term(department):
            return p.pid
    raise ValueError(f"unknown department {department!r}")


def _place_ref(b: _Builder, ref: str, where: str) -> int:
    if ref not in b.by_id:
        raise ValueError(f"{where}: unknown place {ref!r}")
    return b.by_id[ref]


def _aliases(b: _Builder, entries: Iterable[Alias]) -> list[AliasRow]:
    rows: list[AliasRow] = []
    by_name: dict[str, list[int]] = defaultdict(list)
    for idx, keys in b.names_of.items():
        for key in keys:
            by_name[key].append(idx)
    for e in entries:
        if e.same_as is not None:
            targets = by_name.get(fold_term(e.same_as), [])
            if not targets:
                raise ValueError(f"alias {e.id}: no place is named {e.same_as!r}")
            for idx in targets:
                for name in e.names:
                    b.name(idx, name)
            continue
        if e.region is not None:
            point = b.places[_place_ref(b, e.region.point_of, e.id)]
            a1 = None
            if e.region.admin1 and e.country not in (None, "PE"):
                a1 = _admin1_key(b, e.country, e.region.admin1, e.id)
            elif e.region.admin1:
                a1 = _peru_context_key(b, e.region.admin1)
            idx = b.add(
                Place(
                    f"region:{e.id}",
                    "region",
                    e.region.name,
                    e.region.admin1,
                    None,
                    None,
                    e.country or "PE",
                    point.lat,
                    point.lon,
                    0,
                    a1,
                    None,
                    e.geo_precision or 3,
                    8.0,
                    False,
                ),
                [],
            )
        elif e.place == "@country":
            idx = -1
        else:
            idx = _place_ref(b, e.place or "", e.id)
        district = _place_ref(b, e.district, e.id) if e.district else -1
        row = AliasRow(
            idx,
            e.name,
            e.geo_precision,
            district,
            e.lowercase,
            e.country,
            tuple(fold_term(w) for w in e.not_before),
        )
        rows.append(row)
        for name in e.names:
            b.terms.append((fold_term(name), ("a", len(rows) - 1)))
    return rows


def _landmarks(b: _Builder, entries: Iterable[Landmark]) -> list[LandmarkRow]:
    rows: list[LandmarkRow] = []
    for e in entries:
        idx = _place_ref(b, e.place, e.id) if e.place else -1
        km = tuple((mark, _place_ref(b, ref, e.id)) for mark, ref in e.km)
        context = tuple(_peru_context_key(b, d) for d in e.context)
        rows.append(LandmarkRow(idx, e.name, km, e.geo_precision, context, e.country))
        for name in e.names:
            b.terms.append((fold_term(name), ("l", len(rows) - 1)))
    return rows


def build_index() -> Index:
    """Compile every data file into an :class:`Index` (no cache involved).

    Raises:
        ResourceError: a data file is missing or invalid.
    """
    from veeduria.errors import ResourceError

    curated = {name[:-5]: _data.read_curated(name[:-5]) for name in _data.CURATED}
    b = _Builder()
    fixes = {e.iso: e for e in curated["countries"].entries}
    country_names = _countries(b, fixes)
    for fix in fixes.values():
        if fix.iso not in country_names:
            raise ResourceError(f"countries.yaml: unknown country {fix.iso}", code="E025")
    _peru(b)
    renames = {iso: fix.renames for iso, fix in fixes.items() if fix.renames}
    _admin1(b, renames)
    prefixes = {iso: fix.admin2_prefixes for iso, fix in fixes.items() if fix.admin2_prefixes}
    _places(b, renames, prefixes)
    _short_names(b)
    try:
        _provinces(b, curated["provinces"].entries)
        _towns(b, curated["towns"].entries)
        aliases = _aliases(b, curated["aliases"].entries)
        landmarks = _landmarks(b, curated["landmarks"].entries)
    except ValueError as err:
        raise ResourceError(f"gazetteer data: {err}", code="E025") from err
    stop: dict[str, str] = {}
    for s in curated["stoplist"].entries:
        for name in s.names:
            stop[fold_term(name)] = s.policy
    first_names: set[str] = set()
    titles: set[str] = set()
    for w in curated["words"].entries:
        if w.kind == "first_names":
            first_names.update(fold_term(x) for x in w.words)
        elif w.kind == "titles":
            titles.update(fold_term(x) for x in w.words)
        else:
            for x in w.words:
                b.terms.append((fold_term(x), ("d", w.country or "")))
    return Index(
        places=tuple(b.places),
        by_id=b.by_id,
        terms=tuple(b.terms),
        aliases=tuple(aliases),
        landmarks=tuple(landmarks),
        stop=stop,
        first_names=frozenset(first_names),
        titles=frozenset(titles),
        country_names=country_names,
        fingerprint=_data.fingerprint(),
        anaphora={
            fold_term(name): e.refers_to for e in curated["anaphora"].entries for name in e.names
        },
    )


# ---------------------------------------------------------------- cache


def cache_dir() -> Path:
    """``$VEEDURIA_CACHE``, else ``$XDG_CACHE_HOME/veeduria``, else ``~/.cache/veeduria``."""
    if os.environ.get("VEEDURIA_CACHE"):
        return Path(os.environ["VEEDURIA_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "veeduria"


def cache_path(directory: Path, key: str) -> Path:
    return directory / f"gazetteer-v{FORMAT}-{key[:24]}.marshal"


def _dump(index: Index) -> bytes:
    data = (
        FORMAT,
        tuple(tuple(p) for p in index.places),
        index.terms,
        tuple(tuple(a) for a in index.aliases),
        tuple(tuple(lm) for lm in index.landmarks),
        index.stop,
        index.first_names,
        index.titles,
        index.country_names,
        index.fingerprint,
        index.anaphora,
    )
    return marshal.dumps(data)


def _load(raw: bytes) -> Index:
    data = marshal.loads(raw)
    if data[0] != FORMAT:
        raise ValueError("cache format differs")
    places = tuple(Place(*p) for p in data[1])
    return Index(
        places=places,
        by_id={p.pid: i for i, p in enumerate(places)},
        terms=data[2],
        aliases=tuple(AliasRow(*a) for a in data[3]),
        landmarks=tuple(LandmarkRow(*lm) for lm in data[4]),
        stop=data[5],
        first_names=data[6],
        titles=data[7],
        country_names=data[8],
        fingerprint=data[9],
        anaphora=data[10],
    )


def load_index(directory: Path | None = None, *, use_cache: bool = True) -> Index:
    """The compiled index: from the cache when it matches the data files, else built (and cached).

    A cache that cannot be read or written is skipped with a log message, never an error.
    """
    if not use_cache:
        return build_index()
    key = _data.fingerprint()
    path = cache_path(directory or cache_dir(), key)
    try:
        index = _load(path.read_bytes())
        if index.fingerprint == key:
            return index
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError, IndexError) as err:
        logger.warning("gazetteer cache %s unreadable (%s); rebuilding", path, err)
    index = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(_dump(index))
        os.replace(tmp.name, path)
    except OSError as err:
        logger.warning("gazetteer cache %s not written (%s)", path, err)
    return index


def matcher_path(directory: Path, index: Index) -> Path:
    """The matcher's cache file: keyed as the index is (the data files' SHA-256 and
    ``FORMAT``, which a change to the index's terms bumps) and by the matcher's own code and
    library (``extract/terms.py`` and pyahocorasick's version), so that a change to how the
    matcher stores its terms never reads a stale automaton."""
    from importlib import metadata

    from veeduria.extract import terms

    digest = hashlib.sha256(index.fingerprint.encode())
    digest.update(Path(terms.__file__).read_bytes())
    digest.update(metadata.version("pyahocorasick").encode())
    return directory / f"gazetteer-v{FORMAT}-{digest.hexdigest()[:24]}.matcher.pickle"


def load_matcher(index: Index, directory: Path | None = None) -> TermMatcher:
    """The Aho–Corasick matcher over ``index.terms``: from a cache beside the index when one
    matches the data files, else built (and cached).

    Building it folds and inserts every name (about 0.3 s for the 28,000 names of the world's
    cities and Latin America's towns, most of the finder's load); unpickling the automaton
    takes a fifth of that. Like the marshal index, the file is read only from the user's own
    cache directory, keyed by the data files' SHA-256; one that cannot be read or written is
    skipped with a log message.
    """
    path = matcher_path(directory or cache_dir(), index)
    try:
        with path.open("rb") as fh:  # streamed: the file's bytes are never all in memory
            matcher = pickle.load(fh)
        if isinstance(matcher, TermMatcher):
            return matcher
        logger.warning("gazetteer matcher cache %s holds no matcher; rebuilding", path)
    except FileNotFoundError:
        pass
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        TypeError,
        ValueError,
        AttributeError,
    ) as err:
        logger.warning("gazetteer matcher cache %s unreadable (%s); rebuilding", path, err)
    matcher = TermMatcher(index.terms)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(pickle.dumps(matcher, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp.name, path)
    except (OSError, pickle.PicklingError, TypeError) as err:
        logger.warning("gazetteer matcher cache %s not written (%s)", path, err)
    return matcher


def population_score(population: int) -> float:
    return math.log10(population + 1) * 1.5
