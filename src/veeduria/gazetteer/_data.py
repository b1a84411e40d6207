"""Reading the gazetteer data files: imported CSV tables and curated YAML, with fingerprints.

Files are read through ``importlib.resources`` (they ship inside the package). ``MANIFEST.toml``
lists every file with its SHA-256; :func:`check_manifest` reports files that drifted from it.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.resources
import io
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from veeduria.errors import ResourceError

IMPORTED = ("countries.csv", "admin1.csv.gz", "peru_ubigeo.csv", "places.csv.gz")
CURATED = (
    "aliases.yaml",
    "landmarks.yaml",
    "stoplist.yaml",
    "words.yaml",
    "countries.yaml",
    "anaphora.yaml",
    "provinces.yaml",
    "towns.yaml",
)
DATA_FILES = IMPORTED + CURATED


def read_bytes(name: str) -> bytes:
    resource = importlib.resources.files("veeduria.gazetteer") / "data" / name
    try:
        return resource.read_bytes()
    except FileNotFoundError as err:
        raise ResourceError(
            f"gazetteer file data/{name} is missing; rebuild it with scripts/build_gazetteer.py",
            code="E030",
        ) from err


def fingerprint() -> str:
    """SHA-256 over every data file (name and bytes): the key of the compiled cache."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(name.encode())
        digest.update(hashlib.sha256(read_bytes(name)).digest())
    return digest.hexdigest()


def manifest() -> dict[str, dict[str, Any]]:
    raw = read_bytes("MANIFEST.toml").decode("utf-8")
    files: dict[str, dict[str, Any]] = tomllib.loads(raw).get("files", {})
    return files


def check_manifest() -> list[str]:
    """Problems between ``MANIFEST.toml`` and the files: missing entries or changed bytes."""
    problems = []
    listed = manifest()
    for name in DATA_FILES:
        entry = listed.get(name)
        if entry is None:
            problems.append(f"{name}: not in MANIFEST.toml")
            continue
        for key in ("version", "sha256", "source", "licence", "kind"):
            if key not in entry:
                problems.append(f"{name}: MANIFEST.toml has no {key}")
        actual = hashlib.sha256(read_bytes(name)).hexdigest()
        if entry.get("sha256") != actual:
            problems.append(f"{name}: sha256 {actual} differs from MANIFEST.toml")
    return problems


def versions() -> dict[str, str]:
    """``gazetteer/<file>`` -> ``version#sha256[:12]`` for every data file."""
    listed = manifest()
    return {
        f"gazetteer/{name}": f"{listed.get(name, {}).get('version', '?')}#"
        f"{hashlib.sha256(read_bytes(name)).hexdigest()[:12]}"
        for name in DATA_FILES
    }


def read_table(name: str) -> Iterator[dict[str, str]]:
    """Rows of an imported CSV table (``.csv`` or ``.csv.gz``)."""
    raw = read_bytes(name)
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    yield from csv.DictReader(io.StringIO(raw.decode("utf-8"), newline=""))


@dataclass(frozen=True)
class CuratedFile:
    name: str
    version: str
    entries: tuple[Any, ...]


def read_curated(name: str) -> CuratedFile:
    """Load and validate a curated YAML file; unknown keys and duplicate ids are errors.

    Raises:
        ResourceError: the file is missing, is not valid YAML, or breaks its schema.
    """
    # imported here: loading from the cache needs neither YAML nor pydantic
    import yaml
    from pydantic import BaseModel, ValidationError

    from veeduria._yaml import safe_load
    from veeduria.gazetteer._schema import ENTRY_MODELS, HEADER_KEYS

    filename = f"{name}.yaml"
    path = f"gazetteer/data/{filename}"
    try:
        data = safe_load(read_bytes(filename).decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise ResourceError(f"{path} is not valid YAML: {err}", code="E031") from err
    if not isinstance(data, dict):
        raise ResourceError(f"{path} must be a mapping with a header and entries", code="E031")
    unknown = set(data) - HEADER_KEYS
    if unknown:
        raise ResourceError(f"{path}: unknown header keys {sorted(unknown)}", code="E032")
    if data.get("gazetteer") != name or "version" not in data:
        raise ResourceError(f"{path}: header needs gazetteer: {name} and a version", code="E032")
    model: type[BaseModel] = ENTRY_MODELS[name]
    entries = []
    seen: set[str] = set()
    for i, item in enumerate(data.get("entries") or []):
        try:
            entry = model.model_validate(item)
        except ValidationError as err:
            raise ResourceError(f"{path}: entry {i} is invalid: {err}", code="E033") from err
        entry_id = getattr(entry, "id", "")
        if entry_id in seen:
            raise ResourceError(f"{path}: duplicate entry id {entry_id!r}", code="E034")
        seen.add(entry_id)
        entries.append(entry)
    return CuratedFile(name=name, version=str(data["version"]), entries=tuple(entries))
