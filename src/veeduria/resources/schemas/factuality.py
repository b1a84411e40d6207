"""Factuality words: ``{id, role, words: [...]}``, the words ``veeduria.extract.factuality``
builds some of its patterns from (its cues are in ``cues.yaml``). Words are literal; a role's
words of every language are joined longest first (see ``veeduria.extract.wordlists``). Every
pattern ignores case.

Roles:

- ``headline_to_verb``: a verb that takes an infinitive of what is done or tried now, so an
  English headline's "to" after it is no future ("continue to", "use tear gas to");
- ``not_done``: a participle of taking place after "was not", "has not been" ("held",
  "carried out"); ``not_happen``: a verb after "did not" ("take place"); ``never_happened``: a
  verb after "never" ("happened"); ``not_done_es``: a Spanish verb of taking place after "no"
  or "no se" ("realizó", "llevó a cabo"); spaces match any whitespace;
- ``verdict_head``, ``false_verdict``: a fact-check's verdict, before a colon, that calls a
  claim false ("Veredicto: falso", "Rating: misleading");
- ``adjunct``: what may follow a reporting verb that closes its sentence: a time, a place, a
  channel ("on", "ayer", "mediante");
- ``continues``: after a parenthetical source, the preposition by which the clause it
  interrupted goes on ("a", "hacia", "towards");
- ``habit_break``: a word that opens another clause between a habit word and an event word, so
  the habit does not reach it ("and", "that", "que"; ``factuality.habitual``);
- ``heading_for``: what a question opening on "is"/"are" or "¿" asks is coming ("Is Peru
  heading for another strike?", "¿Se avecina un nuevo paro?"): the event asked about is only
  possible (``factuality.future_question``).
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

FactualityRole = Literal[
    "headline_to_verb",
    "not_done",
    "not_happen",
    "never_happened",
    "not_done_es",
    "verdict_head",
    "false_verdict",
    "adjunct",
    "continues",
    "habit_break",
    "heading_for",
]


class Entry(WordsEntry):
    role: FactualityRole
