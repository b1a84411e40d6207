"""Count pattern words: ``{id, role, words}``, the small word lists ``veeduria.extract.counts``
builds some of its patterns from, besides the count words proper (``count_words.yaml``: heads,
verbs, qualifiers of a figure). Words are literal and lower case (the module matches the
lower-cased text); a role's words of every language are joined longest first (see
``veeduria.extract.wordlists``), a space matching any run of whitespace.

Roles:

- ``reached_qualifier``: a qualifier between "to"/"a" and a figure reached ("al menos", "at
  least"): "rose to at least 20" is a total;
- ``definite_one_adverb``: an adverb between one person named by a definite article and the
  verb ("the young man *later* died"; English only);
- ``plural_verb``: a plural verb right after a figure's word ("were", "die"; English only);
- ``bare_copula``: a plain copula that links only a bare subject to its figure ("fueron";
  Spanish only);
- ``clause_conjunction``: a conjunction that ends the clause of a group "wounded" before a
  verb of dying ("pero", "while").
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

CountsRole = Literal[
    "reached_qualifier",
    "definite_one_adverb",
    "plural_verb",
    "bare_copula",
    "clause_conjunction",
]


class Entry(WordsEntry):
    role: CountsRole
