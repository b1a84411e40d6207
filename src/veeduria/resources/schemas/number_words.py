"""Number words: ``{id, kind, words: [...], value}``.

``kind`` says how a word combines with its neighbours (see docs/lexicons-dates-counts.md):

- ``number``: adds its value ("diecisiete" 17, "treinta" 30, "doscientos" 200, "seventeen");
- ``article``: the indefinite article read as 1 ("un", "una", "a", "an");
- ``multiplier``: multiplies what precedes it ("hundred": "two hundred" 200);
- ``collective``: a counting noun that multiplies and makes the figure approximate
  ("docena" 12, "centenar" 100: "un centenar" 100, "dos docenas" 24);
- ``scale``: closes a group of three digits ("mil", "thousand", "millones", "million");
- ``connector``: a word allowed inside a number ("treinta y dos", "two hundred and five");
- ``ordinal``: a rank, never a figure by itself ("quincuagésimo" 50, "segunda" 2, "fiftieth"):
  read only where a rank is asked for (``tallies.ordinal_tolls``: "the 58th person to die");
- ``thousands_separator`` / ``decimal_separator``: characters used between digits.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from veeduria.resources.schemas._base import BaseEntry

NumberKind = Literal[
    "number",
    "article",
    "multiplier",
    "collective",
    "scale",
    "connector",
    "ordinal",
    "thousands_separator",
    "decimal_separator",
]

_VALUED = {"number", "article", "multiplier", "collective", "scale", "ordinal"}


class Entry(BaseEntry):
    kind: NumberKind
    words: tuple[str, ...] = Field(min_length=1)
    value: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _value_matches_kind(self) -> Entry:
        if self.kind in _VALUED and self.value is None:
            raise ValueError(f"kind {self.kind!r} needs a value")
        if self.kind not in _VALUED and self.value is not None:
            raise ValueError(f"kind {self.kind!r} takes no value")
        if self.kind in {"thousands_separator", "decimal_separator"}:
            for word in self.words:
                if len(word) != 1 or word.isalnum():
                    raise ValueError(f"separator {word!r} must be one non-alphanumeric character")
        elif any(not w.strip() or "*" in w for w in self.words):
            raise ValueError("number words are literal, non-empty and take no '*'")
        return self
