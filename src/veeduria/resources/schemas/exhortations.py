"""Exhortation words: ``{id, role, words}``, the words ``veeduria.extract.exhortations`` builds
some of its patterns from. Words are literal; a role's words of every language are joined
longest first (see ``veeduria.extract.wordlists``). Every pattern ignores case.

Roles:

- ``with_party``: what introduces an agreement's other party ("con", "with");
- ``contrast``: a conjunction that ends the clause of "any ..." ("whereas"; English only,
  as "any" is).
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

ExhortationsRole = Literal["with_party", "contrast"]


class Entry(WordsEntry):
    role: ExhortationsRole
