"""(sub_event_type, mode) -> PLOVER event:mode and CAMEO code."""

from __future__ import annotations

from veeduria.resources.schemas._base import BaseEntry


class Entry(BaseEntry):
    event_type: str
    sub_event_type: str
    mode: str | None = None
    plover: str
    cameo: str
