"""Pipeline words: ``{id, role, words: [...]}``, the words ``veeduria.extract.pipeline`` builds
some of its patterns from (its cues and triggers are in ``cues.yaml`` and ``events.yaml``).
Words are literal, except that a trailing ``*`` makes a word a stem that any word characters
may follow; a role's words of every language are joined longest first (see
``veeduria.extract.wordlists``), unless a pattern takes one language's words for a branch of
its own. Every pattern ignores case but ``_BODY_HEAD`` and ``_BODY_AFTER``, and spaces in a
phrase match any whitespace.

Roles (the pattern of ``pipeline`` that reads them in brackets):

- ``ordinal``, ``dying``: one more dead counted by an ordinal ("a third protester died", "una
  cuarta víctima falleció"; ``_ORDINAL_DEATH``).
- ``first``, ``first_death_qualifier``, ``first_death``, ``first_death_not``: the first death
  ("the first confirmed fatality") and what may not follow its noun ("the first death
  anniversary"; ``_FIRST_DEATH``).
- ``wounded``, ``died_after_wounded``, ``died_stem``, ``cause_of_death``, ``died_of``,
  ``succumbed``, ``wounds``, ``toll_grew``, ``death_with``: the later death of someone wounded
  before, and a toll that grew with one more death (``_LATER_DEATH``).
- ``superlative``: a figure ranked against earlier ones ("the highest figure so far";
  ``_SUPERLATIVE_BEFORE``).
- ``time_unit``: the units of a period a tally cue tells ("in three weeks"; ``_PERIOD_PHRASE``).
- ``source_verb``: another source's figure for the incident just counted ("; clerics put the
  toll above 90", "y los vecinos hablan de cinco"; ``_SOURCE_CLAUSE``).
- ``town_noun``: the kind of place before a figure's town ("more in the district of Ilave";
  ``_TOWN_NOUN_AFTER``).
- ``open_unknown``, ``open_not``, ``open_no``: a question left open ("it is unclear whether",
  "did not say whether", "no se sabe si"; ``_CONDITION``).
- ``permits``, ``bans``: what a decision allows and what a rule bans (``_PERMITS``).
- ``lifting``: the lifting of a measure in the infinitive or the gerund (``_LIFTING``).
- ``court``, ``verdict``: a court's verdict on what it judges (``_VERDICT``).
- ``investigation``, ``proceeding``, ``proceeding_kind``, ``incident_plural``, ``charged``: a
  proceeding opened against people for what it names, or on the incidents told before
  (``_PROCEEDING``).
- ``body_head``, ``body_after``: a protest word that names a body ("Comité de Lucha", "protest
  front"; ``_BODY_HEAD``, ``_BODY_AFTER``).
- ``day_word``: a word that names a day (``_DAY_WORD``).
- ``response``, ``repel``: the forces answering a riot ("responded with tear gas";
  ``_RESPONSE``).
- ``first_person_call``: a communiqué's own call ("Convocamos a un paro";
  ``_FIRST_PERSON_CALL``).
- ``plural_object``: an object that names more than one person (``_PLURAL_OBJECT``).
- ``kind_modifier``: a modifier of a kind of event after a generic cue ("further unlawful
  demonstrations"; ``_GENERIC_GAP``).
- ``generic_quantifier``, ``generic_not_predicate``: what keeps a bare plural before a copula
  from saying something of a kind ("Thousands are ...", "... are still missing";
  ``_GENERIC_SUBJECT``).
- ``day_noun``: a day named before ("ese día", "that same day"; ``_THAT_DAY``).
- ``restraint_use``: the use of force a call for restraint names (``_RESTRAINT_USE``).
- ``result_noun``: a toll noun that names what an incident left ("el saldo", "the toll";
  ``_RESULT_NOUN``).
- ``so_far``: a live blog's count up to its entry ("so far", "hasta el momento"; ``_SO_FAR``).
- ``toll_aside``: the aside of a toll that names some of its dead (", including ...";
  ``_TOLL_ASIDE``).
- ``keep_back``: what the forces' act aims to do to "them" ("to keep them back";
  ``_PRONOUN_AFTER``).
- ``to_death``: a beating carried to death (``_TO_DEATH``).
- ``threat_verb``: a threat's verb and the word after it ("amenaz* con", "threaten* to";
  ``_THREAT_MODAL``).
- ``trailing_condition``: a condition that closes a threat after its main clause, besides
  "if"/"si" ("unless", "a menos que"; ``_TRAILING_IF``).
- ``anniversary``: the day of a past incident told again ("on the anniversary";
  ``_ANNIVERSARY``).
- ``at_least``: a qualifier between another source's verb and its figure that makes the figure
  a floor (``_split_by_source``; found anywhere in the gap).
- ``shot_one``: one person's gunshot told with no word of death or of a limb ("was shot in the
  back", "recibió un impacto de bala"): the death of one person told beside it is that shot's
  (``_SHOT_ONE``, ``_shot_one_died``).
- ``meanwhile``: what joins a clause told at the same time somewhere else ("killed in Arequipa *as*
  thousands march in Lima", "un muerto en Juliaca *mientras* miles marchan en Lima";
  ``_MEANWHILE``, ``_dead_elsewhere``).
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

PipelineRole = Literal[
    "ordinal",
    "dying",
    "first_death",
    "first_death_not",
    "wounded",
    "died_after_wounded",
    "died_stem",
    "cause_of_death",
    "died_of",
    "wounds",
    "toll_grew",
    "superlative",
    "time_unit",
    "source_verb",
    "town_noun",
    "open_unknown",
    "open_not",
    "open_no",
    "permits",
    "bans",
    "lifting",
    "court",
    "verdict",
    "investigation",
    "proceeding",
    "proceeding_kind",
    "body_head",
    "body_after",
    "day_word",
    "response",
    "repel",
    "first_person_call",
    "plural_object",
    "kind_modifier",
    "generic_quantifier",
    "generic_not_predicate",
    "day_noun",
    "restraint_use",
    "result_noun",
    "so_far",
    "toll_aside",
    "keep_back",
    "to_death",
    "threat_verb",
    "trailing_condition",
    "anniversary",
    "at_least",
    "shot_one",
    "meanwhile",
    "first",
    "first_death_qualifier",
    "succumbed",
    "death_with",
    "incident_plural",
    "charged",
]


class Entry(WordsEntry):
    role: PipelineRole
