"""Event triggers: words that name an event, each with a trigger class and an optional mode."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from veeduria.resources.schemas._base import BaseEntry

TriggerClass = Literal[
    "protest",
    "intervention",
    "force",
    "riot",
    "clash",
    "killing",
    "injury",
    "arrest",
    "emergency",
    "curfew",
    "election_vote",
    "removal",
    "resignation",
    "deployment",
    "armed_clash",
    "regain_territory",
    "overtake_territory",
    "explosive",
    "grenade",
    "shelling",
    "air_strike",
    "suicide_bomb",
    "chemical",
    "attack",
    "abduction",
    "sexual_violence",
    "mob",
    "agreement",
    "change_activity",
    "weapons_seizure",
    "base_established",
    "looting",
    "destruction",
    "territory_transfer",
    "seizure",
    "weapon",
    "election",
    "ignore",
]


class Entry(BaseEntry):
    kind: TriggerClass
    mode: str | None = None
    terms: tuple[str, ...] = Field(min_length=1)
    #: a weak trigger only counts when a strong one or a count is in the same sentence
    weak: bool = False
    #: a campaign word names a policy kept over days ("a crackdown on protests"), not one
    #: intervention at a place: it does not make an arrest aimed at a person an intervention
    campaign: bool = False
    #: a word with a common other sense (a parade, a procession, a landslide that blocks a road):
    #: it names an event only with a protest or repression reading (``extract/senses.py``)
    polysemous: bool = False
    #: a word that names a strike only with a workforce as its subject right before it ("the
    #: union struck on Monday"; not "struck by a car", "struck a deal"): ``workforce`` cues
    workforce: bool = False
    #: a word that names an event only as what a rejected call asks of the one who rejects it
    #: ("rechazó los pedidos de renuncia": a refused resignation; ``extract/rejections.py``)
    rejected_only: bool = False
