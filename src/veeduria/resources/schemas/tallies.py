"""Tally words: ``{id, role, words: [...]}``, the words ``veeduria.extract.tallies`` builds some
of its patterns from (its cues are in ``cues.yaml``). Words are literal; a role's words of
every language are joined longest first (see ``veeduria.extract.wordlists``). Every pattern
ignores case, and spaces in a phrase match any whitespace.

Roles:

- ``rival_joiner``, ``rival_verb``, ``rival_qualifier``: another source's figure for the count
  just told, later in its sentence ("..., while organisers said 12", "y los organizadores
  hablaron de 12"): the joiner before the source, the verb that gives a figure after it, and a
  qualifier that may stand before the bare figure ("at least", "hasta").
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

TallyRole = Literal["rival_joiner", "rival_verb", "rival_qualifier"]


class Entry(WordsEntry):
    role: TallyRole
