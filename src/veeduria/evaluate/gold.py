"""Loading and checking gold annotation files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from veeduria._yaml import safe_load
from veeduria.errors import ResourceError


@dataclass(frozen=True)
class GoldDocument:
    id: str
    path: str
    language: str
    published: dt.date | None
    text: str
    title: str | None
    events: tuple[dict[str, Any], ...]
    claims: tuple[dict[str, Any], ...]
    tallies: tuple[dict[str, Any], ...]
    must_not: tuple[dict[str, Any], ...]


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def load_gold(root: str | Path) -> list[GoldDocument]:
    """Every ``*.yaml`` gold file under ``root``, sorted by path.

    Raises:
        ResourceError: a file is not valid YAML or an evidence string is not in its text.
    """
    root = Path(root)
    if not root.exists():
        raise ResourceError(f"gold directory {root} does not exist", code="E020")
    docs = []
    for path in sorted(root.rglob("*.yaml")):
        try:
            data = safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as err:
            raise ResourceError(f"{path}: not valid YAML: {err}", code="E021") from err
        if not isinstance(data, dict) or "text" not in data:
            raise ResourceError(f"{path}: a gold file needs at least 'text'", code="E021")
        text = str(data["text"])
        for section in ("events", "claims", "tallies", "must_not"):
            for i, item in enumerate(data.get(section) or []):
                evidence = item.get("evidence")
                if not evidence or evidence not in text:
                    raise ResourceError(
                        f"{path}: {section}[{i}] evidence {evidence!r} is not in the text",
                        code="E022",
                    )
        docs.append(
            GoldDocument(
                id=str(data.get("id") or path.stem),
                path=str(path),
                language=str(data.get("language") or "es"),
                published=_date(data.get("published")),
                text=text,
                title=data.get("title"),
                events=tuple(data.get("events") or ()),
                claims=tuple(data.get("claims") or ()),
                tallies=tuple(data.get("tallies") or ()),
                must_not=tuple(data.get("must_not") or ()),
            )
        )
    return docs
