"""Actor words: ``{id, role, words}``, the function words and small word lists
``veeduria.extract.actors`` builds its patterns from (who acted on whom): the actors and
sources themselves are in ``actors.yaml``. Words are literal; a role's words of every language
are joined longest first (see ``veeduria.extract.wordlists``), a space matching any run of
whitespace. Every pattern ignores case.

Roles:

- ``possessive``: a possessive right before a force's members ("sus", "their");
- ``place_preposition``: a preposition of place or destination before the forces' premises
  ("frente a", "outside");
- ``denied_copula``: a copula denied before a name given to people ("no eran", "were not");
- ``conjunction``: what joins two actors named together ("y", "and");
- ``relative``: a relative pronoun opening a clause on the people just named ("que", "who");
  ``relative_agent``: one opening a clause on the event word whose subject follows ("que",
  "which");
- ``scene``: a conjunction opening a clause that tells the scene ("mientras", "while");
- ``passive_gap``: the auxiliary right before a death or injury word that befell its subject
  ("resultaron", "were");
- ``against``: what names the target of an attack after it ("contra", "against");
- ``passive_aux``: the auxiliary of a passive whose participle is the event's own ("sido",
  Spanish only);
- ``patient_relative``, ``patient_perfect``, ``patient_be``: a relative pronoun, a perfect
  auxiliary and a form of "to be" between the arrested and the arrest ("quien", "había",
  "fue"); ``small_number``: a number word before whom an arrest took ("dos", "three");
- ``passive_before``, ``passive_opens``: a passive auxiliary just before a trigger, or
  opening it ("ha sido", "was");
- ``pronoun_subject``, ``pronoun_passive``: a personal pronoun subject of an arrest's
  passive and its auxiliary ("él", "had been");
- ``one_passive``, ``one_passive_adverb``, ``one_trigger``: a singular passive of the arrest,
  an adverb that may follow it, and the singular auxiliary opening the trigger ("fue", "then",
  "was");
- ``not_name``: a capitalised word that is no name, an article or pronoun opening the
  sentence ("el", "she");
- ``country_with_article``: a country whose English name takes the article after "of"
  ("United States", English only);
- ``followers_before``, ``followers_after``: what names the followers of a person or a body
  before or after it ("partidarios de", "supporters of"; "supporters", English only): the
  followers act, not the one they follow; ``followers_title``: the words of a title that may
  stand between them and a name ("expresidente", "former president");
- ``rival_sides``: two sides of a clash told as rivals ("grupos rivales", "both sides",
  "supporters and opponents"): a crowd against a crowd;
- ``outside_of``: a preposition of place before a state body's seat ("frente al Congreso",
  "outside the court"): where a crowd was, not the body;
- ``riot_object``: a preposition between a crowd's verb and whom it attacked or fought
  ("contra", "con", "with");
- ``civil_premises``: the premises of private people and firms an explosive or a grenade
  struck ("una discoteca", "la vivienda", "a transport company", "a family home"): the
  blast befell civilians; ``struck_at``: a preposition before what a blast struck ("sobre",
  "frente a", "on", "outside").
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

ActorWordsRole = Literal[
    "possessive",
    "place_preposition",
    "denied_copula",
    "conjunction",
    "relative",
    "relative_agent",
    "scene",
    "passive_gap",
    "against",
    "passive_aux",
    "patient_relative",
    "patient_perfect",
    "patient_be",
    "small_number",
    "passive_before",
    "passive_opens",
    "pronoun_subject",
    "pronoun_passive",
    "one_passive",
    "one_passive_adverb",
    "one_trigger",
    "not_name",
    "country_with_article",
    "followers_before",
    "followers_after",
    "followers_title",
    "riot_object",
    "outside_of",
    "rival_sides",
    "civil_premises",
    "struck_at",
    "taken_determiner",
    "title_place",
    "territorial_title",
]


class Entry(WordsEntry):
    role: ActorWordsRole
