"""Actors and sources: normalised ACLED-style names with inter code, type and sector."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from veeduria.resources.schemas._base import BaseEntry


class Entry(BaseEntry):
    name: str
    inter: int = Field(ge=0, le=8)
    type: str
    sector: str | None = None
    terms: tuple[str, ...] = Field(min_length=1)
    #: actor: can act or be acted on; source: only cited ("según la Defensoría"); both
    role: Literal["actor", "source", "both"] = "actor"
    #: the person a term names ("Dina Boluarte"), for claims' targets and review
    person: str | None = None
    #: where the same words name another body: the story's country (its English name, as the
    #: gazetteer gives it) -> the id of the entry, in the same file, whose actor they are there
    #: ("Policía Militar" is the police in Brazil, the military in Honduras: ``{Honduras:
    #: es.act.military}``)
    countries: dict[str, str] = Field(default_factory=dict)
