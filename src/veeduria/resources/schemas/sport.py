"""Sport words: ``{id, role, words}``, the words ``veeduria.extract.sport`` builds some of its
patterns from. Words are literal; a role's words of every language are joined longest first
(see ``veeduria.extract.wordlists``), a space matching any run of whitespace. Every pattern
ignores case.

Roles:

- ``cause``: what names a cause right before the event word, a game put off by the unrest
  ("debido a", "because of").
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

SportRole = Literal["cause"]


class Entry(WordsEntry):
    role: SportRole
