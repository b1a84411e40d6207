"""Mob words: ``{id, role, words: [...]}``, the words ``veeduria.extract.coding`` builds the
patterns of its mob-violence rules from (a crowd as the agent of a beating or a killing, a
body burned or beaten, a crowd's weapons). Words are literal; a role's words of every
language are joined longest first (see ``veeduria.extract.wordlists``).

Roles:

- ``crowd``: a crowd as one ("turba", "mob"), after "una", "la", "a", "the";
- ``crowd_adjective``: the adjective that may stand between ("angry", "enardecida");
- ``crowd_people``: people a crowd is made of ("pobladores", "villagers"); with
  ``crowd_angry``: their anger, after them in Spanish ("pobladores enardecidos"), before them
  in English ("angry villagers"); each language takes its own branch;
- ``burned_or_beaten``: a body burned or beaten ("calcinado", "beaten to death"); spaces match
  any whitespace;
- ``crowd_weapon``: what a crowd throws or wields ("hondas", "slings"); spaces match any
  whitespace;
- ``officer``: one member of the forces ("un suboficial", "a police officer"), each language
  in its own branch; ``officer_force``: the force before an English one ("police", "army");
- ``officer_suffered``: the English participle after "was" that tells the officer suffered
  ("was killed", "was set on fire"); spaces match any whitespace;
- ``officer_died``: a death or passive word after the officer ("murió", "quemado", "died");
- ``officer_death``: a death word before the officer ("la muerte del", "the killing of");
- ``officers``: members of the forces, plural ("los soldados", "the officers"), each language in
  its own branch; ``officers_died``: the relative clause of their death right after them ("que
  murieron", "who were killed"); spaces match any whitespace;
- ``peaceful``: the crowd called peaceful ("marcha pacífica", "peaceful protesters"), matched
  in the case written ("el Pacífico" is a sea); spaces match any whitespace;
- ``demonstrators``: the demonstrators or a crowd named as a side of a clash ("entre
  manifestantes y policías", "clashes between protesters and police").
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

MobRole = Literal[
    "crowd",
    "crowd_adjective",
    "crowd_people",
    "crowd_angry",
    "burned_or_beaten",
    "crowd_weapon",
    "officer",
    "officer_force",
    "officer_suffered",
    "officer_died",
    "officer_death",
    "officers",
    "officers_died",
    "peaceful",
    "demonstrators",
]


class Entry(WordsEntry):
    role: MobRole
