"""Records passed between stages.

Every record is a frozen dataclass. Offsets are character offsets into ``Document.text``;
every extracted value keeps the ``span`` and ``text`` it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]
DatePrecision = Literal["day", "week", "month", "year"]
Factuality = Literal[
    "asserted", "reported", "planned", "called_for", "possible", "negated", "historical"
]
Qualifier = Literal["exact", "at_least", "at_most", "about"]

FACTUALITY_VALUES: tuple[str, ...] = (
    "asserted",
    "reported",
    "planned",
    "called_for",
    "possible",
    "negated",
    "historical",
)
#: Factuality values that make an event count as something that happened.
OCCURRED: frozenset[str] = frozenset({"asserted", "reported"})
COUNT_FIELDS: tuple[str, ...] = ("killed", "injured", "detained", "participants")
#: The rule (``Mention.rules``) of a durative action told as going on, not as starting, on
#: the day its date gives ("the regional strike entered its second month"): its date is a
#: window ending that day, and resolution joins it to the strike of its territory that
#: began last before that day.
ONGOING_RULE = "date.ongoing"
#: The prefix of the rules naming the event a mention's sentence names ("name:toma_de_lima"
#: for "la Toma de Lima", "the taking of Lima"): resolution tells events apart by them.
EVENT_NAME_RULE = "name:"
#: The mark in the rule (``Mention.rules``) of an incident told in a sibling clause set in a
#: town of its own, beside one of the same kind in its sentence ("blocked the bridge in Juliaca,
#: and in Cusco students blocked the road"): resolution never joins it to a cluster holding a
#: mention of its sentence.
ELSEWHERE_RULE = ".elsewhere"


@dataclass(frozen=True)
class Document:
    """One source text, as ingest produced it.

    ``id`` is the SHA-256 of the normalised text (see ``veeduria.ingest.normalize``).
    ``published_source`` says where the date came from: ``metadata``, ``dateline``,
    ``signature`` (a statement's closing date), ``given`` (CLI or record field), ``feed`` or
    ``none``.
    """

    id: str
    text: str
    language: str
    title: str | None = None
    url: str | None = None
    source_name: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_precision: DatePrecision | None = None
    published_source: str = "none"
    origin: str | None = None
    origin_kind: str | None = None
    language_score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        return data


@dataclass(frozen=True)
class TextRef:
    """The exact words a value came from."""

    text: str
    span: Span


@dataclass(frozen=True)
class DateValue:
    value: dt.date
    precision: DatePrecision
    text: str
    span: Span
    #: the first and last day the expression may mean (a week, a month)
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Count:
    value: int
    low: int
    high: int | None
    qualifier: Qualifier
    text: str
    span: Span


@dataclass(frozen=True)
class Actor:
    name: str
    type: str
    inter: int
    sector: str | None
    text: str
    span: Span


@dataclass(frozen=True)
class Location:
    """A place; ``name`` etc. are filled by the gazetteer when it resolves the text."""

    text: str
    span: Span
    name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = None
    iso: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    place_id: str | None = None


@dataclass(frozen=True)
class Attribution:
    source: str
    text: str
    span: Span


@dataclass(frozen=True)
class Mention:
    """One event as one document reports it."""

    event_type: str
    sub_event_type: str
    mode: str | None
    plover: str | None
    cameo: str | None
    factuality: Factuality
    trigger: TextRef
    sentence: Span
    date: DateValue | None = None
    location: Location | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: tuple[Actor, ...] = ()
    killed: Count | None = None
    injured: Count | None = None
    detained: Count | None = None
    participants: Count | None = None
    attribution: Attribution | None = None
    confidence: float = 0.5
    rules: tuple[str, ...] = ()

    def count(self, name: str) -> Count | None:
        value: Count | None = getattr(self, name)
        return value


@dataclass(frozen=True)
class Claim:
    kind: str  # demand | call_to_action | threat | announcement
    topic: str
    text: str
    span: Span
    factuality: Factuality = "asserted"
    claimant: str | None = None
    addressee: str | None = None
    target: str | None = None


@dataclass(frozen=True)
class Tally:
    what: str  # killed | injured | detained
    value: int
    qualifier: Qualifier
    text: str
    span: Span
    scope: str | None = None
    since: dt.date | None = None
    as_of: dt.date | None = None
    attribution: str | None = None


@dataclass(frozen=True)
class Warning:
    code: str
    message: str
    span: Span | None = None


@dataclass(frozen=True)
class Extraction:
    document: Document
    events: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    tallies: tuple[Tally, ...] = ()
    warnings: tuple[Warning, ...] = ()
    versions: dict[str, str] = field(default_factory=dict)
