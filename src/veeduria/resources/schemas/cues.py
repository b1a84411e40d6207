"""Cue words for factuality, attribution, tallies and claims.

``terms`` are matched as words or phrases (``*`` = prefix); ``suffixes`` match word endings
(Spanish future "-rán") on words of at least ``min_length`` letters.
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._base import BaseEntry

CueRole = Literal[
    "planned",
    "called_for",
    "possible",
    "negated",
    "historical",
    "reported",
    "attribution",
    "tally",
    "since",
    "incident",
    "demand",
    "demand_list",
    "list_intro",
    "passage",
    "accompany",
    "deployment",
    "call",
    "threat",
    "announcement",
    "cancelled",
    "continued",
    "negator",
    "restraint",
    "organised_by",
    "purpose",
    "condition",
    "circumstance",
    "evictee",
    "bystander",
    "coordinator",
    "subordinator",
    "targeted",
    "not_event",
    "sport",
    "generic",
    "any_one",
    "update",
    "rejection",
    "call_noun",
    "counterfactual",
    "counterfactual_then",
    "counterfactual_if",
    "workforce",
    "at_least",
    "at_most",
    "about",
    "one_person",
    "commemoration",
    "ongoing",
    "lasted",
    "present_state",
    "in_force",
    "further",
    "estimate",
    "those_detained",
    "released",
    "event_name",
    "time_frame",
    "began",
    "kind_said",
    "chant",
    "naming",
    "crossref",
    "unnamed_agent",
    "leaders_of",
    "other_sense",
    "road",
    "stages",
    "purported",
    "new_subject",
    "charge",
    "exhort",
    "lender",
    "period",
    "habitual",
    "opinion",
    "poll",
    "share",
]


class Entry(BaseEntry):
    role: CueRole
    terms: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    min_length: int = 6
    #: for tally cues that name what is counted ("death toll" -> killed)
    what: Literal["killed", "injured", "detained"] | None = None
    #: reporting verbs whose subject may be an event, not a source ("la muerte de X eleva a 18
    #: la cifra"): they name a source only when the actor lexicon knows it ("la Defensoría
    #: elevó a ocho la cifra")
    named_source: bool = False
    #: for negators: words it may pass without counting them, the clitics and auxiliaries of a
    #: compound verb ("no se han registrado enfrentamientos", "no arrests have been made")
    skips: tuple[str, ...] = ()
