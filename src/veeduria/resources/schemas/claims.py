"""Claim topics: words that say what a demand or call is about."""

from __future__ import annotations

from pydantic import Field

from veeduria.resources.schemas._base import BaseEntry


class Entry(BaseEntry):
    topic: str
    terms: tuple[str, ...] = Field(min_length=1)
