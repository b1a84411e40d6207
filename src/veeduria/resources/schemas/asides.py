"""Aside words: ``{id, role, words}``, the words ``veeduria.extract.asides`` builds some of
its patterns from (event words that are asides: an explainer's title, a handled explosive, a
tear-gas denial, a name given to an event). Words are literal, lower case and without accents
where the module matches the folded text; a role's words of every language are joined longest
first (see ``veeduria.extract.wordlists``), a space matching any run of whitespace.

Roles:

- ``genre``: the genre that heads an explainer's or an opinion piece's title before a
  separator ("explainer", "analisis", "what we checked");
- ``explosive``: the start of a word for an explosive that was handled ("dinamita", "bomb");
- ``only``: a word that restricts what follows ("solo", "just");
- ``denial``: a verb of denial ("niega", "denied");
- ``named_as``: a verb that gives an event a name, before its article ("califico",
  "described").
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

AsidesRole = Literal["genre", "explosive", "only", "denial", "named_as"]


class Entry(WordsEntry):
    role: AsidesRole
