"""Abbreviations that end in a period but do not end a sentence."""

from __future__ import annotations

from pydantic import Field

from veeduria.resources.schemas._base import BaseEntry


class Entry(BaseEntry):
    forms: tuple[str, ...] = Field(min_length=1)
