"""Number pattern words: ``{id, role, words}``, the words ``veeduria.extract.numbers`` builds
some of its patterns from, besides the number words proper (``number_words.yaml``). Words are
literal and lower case (the module matches the lower-cased text).

Roles:

- ``ordinal_suffix``: the letters after the digits of a rank, each language its own branch
  ("58th"; "3er", "2.do", a Spanish one may follow a full stop).
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

NumbersRole = Literal["ordinal_suffix"]


class Entry(WordsEntry):
    role: NumbersRole
