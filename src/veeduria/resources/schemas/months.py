"""Month names: ``{id, month: 1-12, names: [...]}``."""

from __future__ import annotations

from pydantic import Field

from veeduria.resources.schemas._base import BaseEntry


class Entry(BaseEntry):
    month: int = Field(ge=1, le=12)
    names: tuple[str, ...] = Field(min_length=1)
