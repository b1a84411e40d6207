"""Fields every lexicon entry shares."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class BaseEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=3)
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    note: str | None = None
