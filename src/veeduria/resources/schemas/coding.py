"""Coding words: ``{id, role, words: [...]}``, the words ``veeduria.extract.coding`` builds the
patterns of its coding rules from, besides the mob rules' (``mob.yaml``). Words are literal; a
role's words of every language are joined longest first (see ``veeduria.extract.wordlists``).
Every pattern ignores case.

Roles:

- ``cause``: a preposition that names what led to an outcome ("tras", "in the wake of");
  spaces match any whitespace; ``cause_between``: the determiners, adjectives and lengths of
  time that may stand between it and a protest word ("las", "semanas", "deadly");
- ``active_kill``: a killing verb in the active voice, the whole trigger ("mató", "killed");
  ``no_object``: what follows an English killing verb that has no object ("in", "yesterday");
- ``clash_parties``: a clash word followed by who fought ("entre", "with");
  ``clash_bare``: what may stand right before a clash word that names no party ("los",
  "deadly");
- ``speaks``: a body that tells the news after its name ("dijo", "said");
- ``left_dead``: a verb by which a demonstration leaves its dead ("dejan", "have left"),
  spaces match any whitespace; ``aimed_at``: what the demonstration is for or against, before
  the death word ("contra", "over");
- ``deadly_before``, ``deadly_after``: an adjective that tells a clash's dead without their
  number, before or after the clash word ("deadly", "mortales").
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

CodingRole = Literal[
    "cause",
    "cause_between",
    "active_kill",
    "no_object",
    "clash_parties",
    "clash_bare",
    "speaks",
    "left_dead",
    "aimed_at",
    "deadly_before",
    "deadly_after",
]


class Entry(WordsEntry):
    role: CodingRole
