"""One declarative table of settings; defaults < veeduria.toml < VEEDURIA_* env < --set.

The resulting :class:`Settings` is immutable and passed down explicitly, never imported
as a global.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veeduria.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db", str, "sqlite:///veeduria.db", "Database URL (SQLite file or postgresql+psycopg://)."
    ),
    Setting(
        "max_file_bytes",
        int,
        20 * 1024 * 1024,
        "Largest source file ingest reads; larger files are quarantined (E104).",
    ),
    Setting(
        "max_text_chars",
        int,
        5_000_000,
        "Longest document text kept; longer texts are quarantined (E104).",
    ),
    Setting(
        "languages", str, "es,en", "Languages extraction codes; others are stored and skipped."
    ),
    Setting("batch_size", int, 50, "Documents committed per transaction during ingest."),
    Setting("extract", bool, True, "Extract events from new documents during ingest."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    values: Mapping[str, Any]
    origins: Mapping[str, str] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in (
            "values",
            "origins",
        ):  # copy/pickle probe before __init__
            raise AttributeError(name)
        try:
            return self.values[name]
        except KeyError as err:
            raise AttributeError(name) from err

    @property
    def language_list(self) -> tuple[str, ...]:
        return tuple(x.strip() for x in str(self.values["languages"]).split(",") if x.strip())


def _coerce(setting: Setting, raw: Any, origin: str) -> Any:
    if isinstance(raw, setting.type) and not (setting.type is int and isinstance(raw, bool)):
        return raw
    text = str(raw).strip()
    try:
        if setting.type is bool:
            if text.lower() in {"1", "true", "yes", "on"}:
                return True
            if text.lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError(text)
        return setting.type(text)
    except ValueError as err:
        raise ConfigError(
            f"setting {setting.name!r} from {origin} must be {setting.type.__name__}, got {raw!r}"
        ) from err


def load_settings(
    *,
    config_file: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Resolve settings from every layer and validate them once."""
    values = {s.name: s.default for s in SETTINGS}
    origins = {s.name: "default" for s in SETTINGS}
    path = Path(config_file) if config_file else Path("veeduria.toml")
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise ConfigError(f"cannot parse {path}: {err}") from err
        for key, raw in data.items():
            if key not in _BY_NAME:
                raise ConfigError(f"unknown setting {key!r} in {path}")
            values[key] = _coerce(_BY_NAME[key], raw, str(path))
            origins[key] = str(path)
    elif config_file:
        raise ConfigError(f"config file {path} does not exist")
    env = os.environ if env is None else env
    for setting in SETTINGS:
        key = f"VEEDURIA_{setting.name.upper()}"
        if key in env:
            values[setting.name] = _coerce(setting, env[key], key)
            origins[setting.name] = key
    for key, raw in (overrides or {}).items():
        if raw is None:
            continue
        if key not in _BY_NAME:
            raise ConfigError(f"unknown setting {key!r}")
        values[key] = _coerce(_BY_NAME[key], raw, "command line")
        origins[key] = "command line"
    if values["max_file_bytes"] <= 0:
        raise ConfigError("setting 'max_file_bytes' must be positive")
    return Settings(values=values, origins=origins)
