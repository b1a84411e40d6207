"""The one loader for lexicon files.

Every lexicon is a YAML file ``lexicons/<lang>/<name>.yaml`` (``base`` holds what all
languages share) with a header and a list of entries::

    lexicon: months
    language: es
    version: 2026.1.0
    description: ...
    entries:
      - id: es.month.enero
        ...

The entry shape of each lexicon is a pydantic model ``Entry`` in
``veeduria.resources.schemas.<name>``; unknown keys are rejected. Files are read through
``importlib.resources``, validated once, cached per process and fingerprinted with SHA-256.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.resources
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from veeduria._yaml import safe_load
from veeduria.errors import ResourceError

_HEADER_KEYS = {"lexicon", "language", "version", "description", "entries", "source", "licence"}


@dataclass(frozen=True)
class LexiconFile:
    name: str
    language: str
    version: str
    sha256: str
    entries: tuple[Any, ...]

    @property
    def fingerprint(self) -> str:
        return f"{self.language}/{self.name}@{self.version}#{self.sha256[:12]}"


def _schema(name: str) -> type[BaseModel]:
    try:
        module = importlib.import_module(f"veeduria.resources.schemas.{name}")
    except ModuleNotFoundError as err:
        raise ResourceError(f"no schema for lexicon {name!r}", code="E011") from err
    entry: type[BaseModel] = module.Entry
    return entry


def available_languages() -> tuple[str, ...]:
    root = importlib.resources.files("veeduria") / "lexicons"
    return tuple(
        sorted(
            p.name
            for p in root.iterdir()
            if p.is_dir() and not p.name.startswith("_") and p.name != "base"
        )
    )


def lexicon_names(language: str) -> tuple[str, ...]:
    root = importlib.resources.files("veeduria") / "lexicons" / language
    return tuple(sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".yaml")))


@functools.cache
def load_lexicon(language: str, name: str) -> LexiconFile:
    """Load, validate and fingerprint ``lexicons/<language>/<name>.yaml``.

    Raises:
        ResourceError: the file is missing, is not valid YAML, or breaks its schema.
    """
    path = f"lexicons/{language}/{name}.yaml"
    resource = importlib.resources.files("veeduria") / "lexicons" / language / f"{name}.yaml"
    try:
        raw = resource.read_bytes()
    except FileNotFoundError as err:
        raise ResourceError(f"lexicon file {path} is missing", code="E012") from err
    try:
        data = safe_load(raw.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise ResourceError(f"{path} is not valid YAML: {err}", code="E013") from err
    if not isinstance(data, dict):
        raise ResourceError(f"{path} must be a mapping with a header and entries", code="E013")
    unknown = set(data) - _HEADER_KEYS
    if unknown:
        raise ResourceError(f"{path}: unknown header keys {sorted(unknown)}", code="E014")
    for key in ("lexicon", "language", "version", "entries"):
        if key not in data:
            raise ResourceError(f"{path}: header key {key!r} is missing", code="E014")
    if data["lexicon"] != name or data["language"] != language:
        raise ResourceError(
            f"{path}: header says {data['language']}/{data['lexicon']}, file is {language}/{name}",
            code="E014",
        )
    model = _schema(name)
    entries = []
    seen: set[str] = set()
    for i, item in enumerate(data["entries"] or []):
        try:
            entry = model.model_validate(item)
        except ValidationError as err:
            raise ResourceError(f"{path}: entry {i} is invalid: {err}", code="E015") from err
        entry_id = getattr(entry, "id", None)
        if entry_id is not None:
            if entry_id in seen:
                raise ResourceError(f"{path}: duplicate entry id {entry_id!r}", code="E016")
            seen.add(entry_id)
        entries.append(entry)
    return LexiconFile(
        name=name,
        language=language,
        version=str(data["version"]),
        sha256=hashlib.sha256(raw).hexdigest(),
        entries=tuple(entries),
    )
