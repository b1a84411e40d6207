"""Regular inflection: suffixes that turn a lemma written ``v:lemma`` or ``n:lemma`` into forms.

Each entry is one paradigm: the lemma ending it applies to (``ending``), the part of speech,
the suffixes that replace the ending, and spelling changes of the stem before some suffixes
(Spanish "atacar" -> "ataqué": ``respell: {c: qu}`` before suffixes starting with e/é).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from veeduria.resources.schemas._base import BaseEntry


class Entry(BaseEntry):
    pos: Literal["verb", "noun"]
    ending: str = ""
    suffixes: tuple[str, ...] = Field(min_length=1)
    #: stem-final letters respelled before suffixes whose first letter is in ``before``
    respell: dict[str, str] = Field(default_factory=dict)
    before: str = ""
    #: the paradigm does not apply when the letter before ``ending`` is one of these ("destroy")
    not_after: str = ""
    #: also double a final consonant after a short vowel (English "stop" -> "stopped")
    double_final: bool = False
