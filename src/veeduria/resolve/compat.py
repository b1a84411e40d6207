"""When two mentions, or two clusters of mentions, can be one event.

Everything is decided on a ``Summary``: what a mention (or a cluster) says about type,
date window, place, actors and documents. Summaries of clusters are merges of their
members' summaries (set unions, the intersection of date windows, the deepest place), so a
check against a cluster checks against every member at once. The rules are documented, with
the compatibility table, in docs/resolution.md.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from veeduria.models import EVENT_NAME_RULE, ONGOING_RULE, Actor, DateValue, Location, Mention
from veeduria.resolve.records import MentionRef
from veeduria.resolve.sites import Site, site, sites_contradict

#: factuality -> family. Mentions of different families may be one event (the march
#: announced for the 19th and the march; a denial and the shooting; a later recollection of
#: it), but only when both are dated (``compatible``); the event takes the family of its
#: most factual members (``FAMILY_ORDER``), so a plan alone never becomes an occurred event.
FAMILIES: dict[str, str] = {
    "asserted": "occurred",
    "reported": "occurred",
    "planned": "prospective",
    "called_for": "prospective",
    "possible": "possible",
    "negated": "negated",
    "historical": "historical",
}
#: within a family, the factuality an event takes when its mentions differ (first wins)
FACTUALITY_ORDER: tuple[str, ...] = (
    "asserted",
    "reported",
    "planned",
    "called_for",
    "possible",
    "negated",
    "historical",
)

#: the family an event takes when its members differ (first wins)
FAMILY_ORDER: tuple[str, ...] = ("occurred", "prospective", "possible", "negated", "historical")
_FAMILY_RANK = {f: i for i, f in enumerate(FAMILY_ORDER)}

#: (event_type, sub_event_type, mode); mode is kept only where it names a different event
TypeKey = tuple[str, str, str | None]
#: (country, admin1, admin2, admin3), normalised; None where unknown
Place = tuple[str | None, str | None, str | None, str | None]
#: (normalised name, inter code, normalised country named in the name)
ActorKey = tuple[str, int, str | None]
#: (mode, place): a lasting action (``LASTING``) and the place that holds it
Held = tuple[str, Place]
Link = Literal["same", "stage", "related"]

#: event types whose sub-event types are stages of one incident: a march the police
#: disperse and then fire on; a clash in which the army retakes ground
STAGED_TYPES = frozenset({"Protests", "Battles"})
#: one demonstration seen from different sides: protesters turning violent, the police
#: shooting bystanders. Linked only when day and department agree (see ``compatible``).
DEMONSTRATION = frozenset(
    {("Riots", "Violent demonstration"), ("Violence against civilians", "Attack")}
)
#: event types where the mode is part of the event's identity (a curfew and a state of
#: emergency declared the same day are two events)
MODE_IS_IDENTITY = frozenset({"Strategic developments"})
#: modes that name an event of their own among the demonstrations of a day and place: a
#: general strike is not the march or the blockade held during it, the looting of shops
#: not the clash at the airport, a road blockade not the march in the town nor the vigil
#: in its square, a vigil not the rally (outlets trade a march for a rally, never these)
SEPARATE_MODES = frozenset({"strike", "hunger_strike", "looting", "blockade", "vigil"})
#: the means of force used on a crowd: one intervention uses several (tear gas, then
#: pellets, then live fire), and reports recalling it name one or another, so they do not
#: tell two interventions apart (``same_kind``)
FORCE_MODES = frozenset({"firearms", "tear_gas", "dispersal", "beating", "chemical"})
#: the sub-event type a report keeps apart from any other sub-event of the day in it
#: (``compatible``, within a document)
PEACEFUL = "Peaceful protest"
#: inter codes of armed groups: two different named groups are two events
ARMED_GROUPS = frozenset({2, 3, 4})

_PRECISION_DAYS = {"day": 1, "week": 7}

#: actions that last, and that a report can tell as going on ("the regional strike entered
#: its second month", "the blockade persists", "sigue vigente el toque de queda"): a report
#: telling one going on (``models.ONGOING_RULE``) joins the one of its mode and place that
#: began last before its day (``across.choose_strikes``)
LASTING = frozenset(
    {
        "strike",
        "blockade",
        "occupation",
        "sit_in",
        "hunger_strike",
        "curfew",
        "state_of_emergency",
    }
)
#: lasting actions that hold a whole territory (a region's strike, its curfew): a report
#: from any town of it tells them; the others (a blockade, an occupation) are held at one
#: place, and a report tells them only from that province or district (the region's "30
#: roads blocked" is not the blockade of the bridge at Desaguadero)
TERRITORY_WIDE = frozenset({"strike", "curfew", "state_of_emergency"})


def family(factuality: str) -> str:
    return FAMILIES.get(factuality, factuality)


def leading_family(families: frozenset[str] | set[str]) -> str:
    """The family of an event whose members are of ``families``: the most factual one."""
    return min(families, key=lambda f: (_FAMILY_RANK.get(f, len(_FAMILY_RANK)), f))


def type_key(mention: Mention) -> TypeKey:
    mode = mention.mode if mention.event_type in MODE_IS_IDENTITY else None
    return (mention.event_type, mention.sub_event_type, mode)


def _demonstration(t: TypeKey) -> bool:
    return t[0] == "Protests" or (t[0], t[1]) in DEMONSTRATION


#: the looting of shops seen as a development of its own and as the riot that looted them:
#: "comercios saqueados en Juliaca" (Strategic developments / Looting/property destruction)
#: and "rioters ransacked shops in Juliaca" (Riots / Violent demonstration, mode looting)
#: are one event when another outlet codes them the other way (``_looting_riot``)
LOOTING = ("Strategic developments", "Looting/property destruction")
RIOT = ("Riots", "Violent demonstration")


def _looting_riot(a: TypeKey, b: TypeKey) -> bool:
    """One side is the looting (``LOOTING``) and the other the riot (``RIOT``): linked as one
    demonstration seen from two sides (``related``), so the rules of that link apply (the
    same day, the same province or district; the riot's modes must include looting,
    ``modes_apart``: a looting is not the clash at the airport)."""
    return {(a[0], a[1]), (b[0], b[1])} == {LOOTING, RIOT}


def type_link(a: TypeKey, b: TypeKey) -> Link | None:
    """How two types relate: ``same``, ``stage`` (one incident's stages), ``related``
    (one demonstration seen from different sides) or None (never one event)."""
    if a[0] == b[0] and a[1] == b[1]:
        if a[2] is None or b[2] is None or a[2] == b[2]:
            return "same"
        return None
    if a[0] == b[0] and a[0] in STAGED_TYPES:
        return "stage"
    if (_demonstration(a) and _demonstration(b)) or _looting_riot(a, b):
        return "related"
    return None


def type_class(t: TypeKey) -> str:
    """The blocking class of a type: types of different classes never link."""
    if _demonstration(t) or (t[0], t[1]) == LOOTING:
        return "demonstration"
    if t[0] in STAGED_TYPES:
        return t[0]
    return f"{t[0]}/{t[1]}"


def norm(text: str | None) -> str | None:
    """Lower case, no accents, single spaces; None for empty."""
    if not text:
        return None
    return _norm(text)


@functools.lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str | None:
    folded = unicodedata.normalize("NFD", text.casefold())
    out = " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())
    return out or None


def date_window(d: DateValue) -> tuple[dt.date, dt.date]:
    """First and last day a date may mean, given its precision."""
    if d.precision == "day":
        return d.value, d.value
    if d.start is not None and d.end is not None and d.start <= d.end:
        return d.start, d.end
    v = d.value
    if d.precision == "week":
        return v, v + dt.timedelta(days=6)
    if d.precision == "month":
        return v.replace(day=1), v.replace(day=calendar.monthrange(v.year, v.month)[1])
    return dt.date(v.year, 1, 1), dt.date(v.year, 12, 31)


def place_of(loc: Location | None) -> Place:
    """The place a mention is at, as (country, admin1, admin2, admin3), normalised.

    The gazetteer knows the districts of Peru, but a town elsewhere (Sacaba, El Alto) comes
    with its department only: its own name stands in for the missing district, so two
    towns of one department are two places and agreement below the department
    (``below_department``) can be seen outside Peru too; so does a town the gazetteer places
    at a point near it (geo_precision 2: El Alto at La Paz's point). A department or province
    named on its own (the name is one of the levels) adds nothing, but a town named as its
    department, where the gazetteer knows no province (the city of La Paz, of Cochabamba),
    is its department's capital: its name stands in for the province, so two reports of the
    city agree below the department (``below_department``) while the department alone
    (geo_precision 3) does not, and the towns around it (El Alto) still nest in it.
    """
    if loc is None:
        return (None, None, None, None)
    country = loc.iso.upper() if loc.iso else norm(loc.country)
    a1, a2, a3 = norm(loc.admin1), norm(loc.admin2), norm(loc.admin3)
    if a3 is None and a1 is not None and loc.geo_precision in (1, 2):
        town = norm(loc.name)
        if town is not None and town != a1 and town != a2:
            a3 = town
        elif town == a1 and a2 is None:
            a2 = town
    return (country, a1, a2, a3)


def places_compatible(a: Place, b: Place) -> bool:
    """The same or nested places: no level where both are known and differ, down to the
    province.

    Districts are not compared where both sides know the province: reports of one incident
    name different districts of it (the town, and the airport or bridge in the next
    district; the district capital and the village; the neighbour a landmark's gazetteer
    entry falls in), and within a province two places of one day are told apart by the
    sites the reports name (``sites``). Where the province is unknown on both sides (towns
    outside Peru, whose name stands in for the district: ``place_of``) the towns are
    compared: Sacaba and Quillacollo are two places.
    """
    if a[2] is not None or b[2] is not None:
        return all(x is None or y is None or x == y for x, y in zip(a[:3], b[:3], strict=True))
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def place_depth(a: Place, b: Place) -> int:
    """How many levels both places know and agree on."""
    return sum(1 for x, y in zip(a, b, strict=True) if x is not None and x == y)


def below_department(a: Place, b: Place) -> bool:
    """Both places name the same province or district (agreement finer than admin1)."""
    return (a[2] is not None and a[2] == b[2]) or (a[3] is not None and a[3] == b[3])


def namesake(p: Place) -> bool:
    """The place is the town (or province) that shares its department's name: "Puno",
    "Cusco", "Arequipa", the city of La Paz. Reports name the region by its capital's name
    ("protests in Puno", a wire's "PUNO, Peru" dateline), so such a place may stand for the
    department as well as for the town."""
    return p[1] is not None and (p[3] == p[1] or (p[2] == p[1] and p[3] is None))


def _merge_place(a: Place, b: Place) -> Place:
    if a[:2] == b[:2] and None not in (a[2], b[2]) and a[2] != b[2] and namesake(a) != namesake(b):
        # the department's namesake and a town of it (``_namesake_day``): the town
        return b if namesake(a) else a
    return (a[0] or b[0], a[1] or b[1], a[2] or b[2], a[3] or b[3])


_YEARS = re.compile(r"\s*\(\d{4}-\d{0,4}\)\s*$")
_PAREN = re.compile(r"\(([^()]+)\)\s*$")
_OF = re.compile(r"\bof (.+)$")


def actor_country(name: str) -> str | None:
    """The country in an ACLED-style actor name: ``Protesters (Peru)``,
    ``Police Forces of Peru (2022-)``."""
    bare = _YEARS.sub("", name)
    m = _PAREN.search(bare) or _OF.search(bare)
    return norm(m.group(1)) if m else None


def actor_key(actor: Actor) -> ActorKey:
    return (norm(actor.name) or "", actor.inter, actor_country(actor.name))


def actors_contradict(a: frozenset[ActorKey], b: frozenset[ActorKey]) -> bool:
    """Actors contradict when the same kind of actor comes from different countries, or
    when both name armed groups and no group is common to both."""
    if not a or not b or a == b:
        return False
    for inter in {i for _, i, _ in a} & {i for _, i, _ in b}:
        ca = {c for _, i, c in a if i == inter and c}
        cb = {c for _, i, c in b if i == inter and c}
        if ca and cb and not ca & cb:
            return True
    ga = {n for n, i, _ in a if i in ARMED_GROUPS and not n.startswith("unidentified")}
    gb = {n for n, i, _ in b if i in ARMED_GROUPS and not n.startswith("unidentified")}
    return bool(ga and gb and not ga & gb)


@dataclass(frozen=True, slots=True)
class Summary:
    """What a mention or a cluster says, reduced to what compatibility needs.

    ``start``/``end`` is the intersection of the members' date windows (None: no member is
    dated); ``day`` is True when a member gives a day-precision date. ``key`` is the
    smallest member mention id, a stable tie-breaker. ``family`` is the leading family of
    ``families`` (``leading_family``). ``ongoing`` is True when every member is a lasting
    action told as going on (``models.ONGOING_RULE``); ``territories`` are the lasting
    actions (``LASTING``) the members name, each with the place that holds it (a strike
    is held by its territory, a blockade by its road's place, a curfew by the region it
    rules); ``names`` the names of events their sentences give (``models.EVENT_NAME_RULE``).
    ``recent`` is True when no member is dated and ``start``/``end`` are the days before
    the report's publication (``recent_window``): a dated member's window replaces it.
    ``deadly`` is True when a member told as having happened (family ``occurred``) counts
    people killed (``_deadly_day``). ``fallen`` is who the members that happened count
    among their dead (``fallen_of``): the forces, the crowd, or both.
    """

    family: str
    families: frozenset[str]
    types: frozenset[TypeKey]
    modes: frozenset[str]
    start: dt.date | None
    end: dt.date | None
    day: bool
    place: Place
    sites: frozenset[Site]
    actors: frozenset[ActorKey]
    docs: frozenset[str]
    dups: frozenset[str]
    key: str
    ongoing: bool = False
    territories: frozenset[Held] = frozenset()
    names: frozenset[str] = frozenset()
    recent: bool = False
    deadly: bool = False
    fallen: frozenset[str] = frozenset()

    @property
    def dated(self) -> bool:
        return self.start is not None

    @property
    def located(self) -> bool:
        return any(p is not None for p in self.place)

    @property
    def coarse(self) -> bool:
        """The date window is longer than a week (month or year precision)."""
        return self.start is not None and self.end is not None and (self.end - self.start).days > 6

    @property
    def strong(self) -> bool:
        """The department (admin1) is known."""
        return self.place[1] is not None


#: The fields of a summary that many summaries share equal values of.
_SHARED = (
    "family",
    "families",
    "types",
    "modes",
    "start",
    "end",
    "place",
    "sites",
    "actors",
    "docs",
    "dups",
    "territories",
    "names",
    "fallen",
)


def interned(s: Summary, table: dict[Any, Any]) -> Summary:
    """The summary with its sets and places replaced by the equal ones of ``table`` (added
    there when new): the nodes of a large group of candidates share most of theirs
    (about a sixth of the memory their summaries take apart)."""
    return replace(s, **{f: table.setdefault(getattr(s, f), getattr(s, f)) for f in _SHARED})


#: a recollection dated closer than this to its report's publication has no date of its own
HISTORY_GAP = dt.timedelta(days=30)


def _own_date(m: Mention) -> bool:
    """The mention's date is written in its own sentence (not carried over from the story)."""
    return m.date is not None and m.sentence[0] <= m.date.span[0] < m.sentence[1]


def _recent_history(ref: MentionRef) -> bool:
    """A mention told as history but dated in the last weeks before publication, from outside
    its sentence: the date is the story's, not the recalled event's ("the Cuatro Suyos
    march" in a report on today's clash), so it cannot place the recollection. A date the
    sentence itself gives ("the shooting at the Huayllani bridge on November 15") stays."""
    d = ref.mention.date
    return (
        ref.mention.factuality == "historical"
        and d is not None
        and not _own_date(ref.mention)
        and ref.published is not None
        and date_window(d)[1] > ref.published - HISTORY_GAP
    )


#: the rules of the extractor that code the forces as the dead of unrest: a crowd's riot
#: that killed officers ("riot.forces_hurt" with a count of the killed), a mob that burned
#: or beat one to death (docs/vocabulary.md)
FORCES_KILLED_RULE = "riot.mob.forces_killed"
FORCES_HURT_RULE = "riot.forces_hurt"
#: the sub-event types where the forces kill people of a crowd or civilians
FORCE_ON_CROWD = frozenset({"Excessive force against protesters", "Attack"})


def fallen_of(m: Mention) -> frozenset[str]:
    """Who a mention that happened counts among its dead: ``forces`` (a crowd or a mob killed
    police officers or soldiers: "un suboficial fue quemado dentro de su patrullero", "an
    officer was killed by rioters") or ``crowd`` (the forces killed protesters or civilians:
    "police shot dead 17 protesters"); empty when it counts no dead, is not told as having
    happened, or says neither (a riot that counts its dead without naming them: "three
    were killed in the clashes").

    The officer a mob burned the night of a massacre is another incident than the massacre,
    of the same town and day (``_fallen_apart``)."""
    if family(m.factuality) != "occurred":
        return frozenset()
    killed = m.killed is not None and (m.killed.value or 0) > 0
    agent = m.actor1.inter if m.actor1 is not None else None
    victim = m.actor2.inter if m.actor2 is not None else None
    if m.event_type == "Riots" and victim == 1:
        if FORCES_KILLED_RULE in m.rules or (killed and FORCES_HURT_RULE in m.rules):
            return frozenset({"forces"})
    if not killed:
        return frozenset()
    if m.sub_event_type in FORCE_ON_CROWD and agent == 1 and victim != 1:
        return frozenset({"crowd"})
    return frozenset()


def summarize(ref: MentionRef) -> Summary:
    m = ref.mention
    start = end = None
    if m.date is not None and not _recent_history(ref):
        start, end = date_window(m.date)
    actors = frozenset(actor_key(a) for a in (m.actor1, m.actor2) if a is not None)
    fam = family(m.factuality)
    return Summary(
        family=fam,
        families=frozenset({fam}),
        types=frozenset({type_key(m)}),
        modes=frozenset({m.mode}) if m.mode else frozenset(),
        start=start,
        end=end,
        day=m.date is not None and m.date.precision == "day",
        place=place_of(m.location),
        sites=frozenset({where}) if (where := site(m.location)) else frozenset(),
        actors=actors,
        docs=frozenset({ref.doc_id}),
        dups=frozenset({ref.dup_group or ref.doc_id}),
        key=ref.id,
        ongoing=ONGOING_RULE in m.rules,
        territories=frozenset({(m.mode, place_of(m.location))})
        if m.mode in LASTING
        else frozenset(),
        names=frozenset(r for r in m.rules if r.startswith(EVENT_NAME_RULE)),
        deadly=fam == "occurred" and m.killed is not None and (m.killed.value or 0) > 0,
        fallen=fallen_of(m),
    )


def merge(a: Summary, b: Summary) -> Summary:
    """The summary of the union of two compatible clusters."""
    if a.start is None or b.start is None or a.recent != b.recent:
        # an undated side, or the publication window of one against a date: the date wins
        x = a if b.start is None or (b.recent and not a.recent) else b
        start, end, recent = x.start, x.end, x.recent
    else:
        assert a.end is not None and b.end is not None
        start, end, recent = max(a.start, b.start), min(a.end, b.end), a.recent
    families = a.families | b.families
    return Summary(
        family=a.family if a.families == families else leading_family(families),
        families=families,
        types=a.types | b.types,
        modes=a.modes | b.modes,
        start=start,
        end=end,
        day=a.day or b.day,
        place=_merge_place(a.place, b.place),
        sites=a.sites | b.sites,
        actors=a.actors | b.actors,
        docs=a.docs | b.docs,
        dups=a.dups | b.dups,
        key=min(a.key, b.key),
        ongoing=a.ongoing and b.ongoing,
        territories=a.territories | b.territories,
        names=a.names | b.names,
        recent=recent,
        deadly=a.deadly or b.deadly,
        fallen=a.fallen | b.fallen,
    )


#: an undated report of what happened speaks of these last days before its publication
RECENT_DAYS = 7


def recent_window(s: Summary, published: Iterable[dt.date | None]) -> Summary:
    """A node (one document's mentions of one event) that gives no date, told as having
    happened (family ``occurred``), with the days before its report's publication as its
    window (``RECENT_DAYS``, the publication day included; ``recent``).

    "Police fired on protesters in Juliaca over the weekend", "las fuerzas del orden
    dispararon contra los manifestantes": a report that gives no date (or one the
    extractor cannot read) tells news, what happened in the days before it was published.
    Across documents such a node was never a candidate (an event needs a date); with the
    window it joins the incident of its place and kind that other reports date in those
    days, as a week-precision report does (``_near_day``), and stays alone between two
    (``across.Graph.ambiguous``). A plan, a denial or a recollection alone gives no such
    window; told beside what happened, it does not take the window away ("police fired on
    the marchers ... the police denied using live rounds": the node still tells news).
    Within its document nothing changes (it is applied to the document's nodes).
    """
    days = set(published)
    if s.start is not None or "occurred" not in s.families or len(days) != 1 or None in days:
        return s
    (day,) = days
    assert day is not None
    return replace(
        s, start=day - dt.timedelta(days=RECENT_DAYS - 1), end=day, day=False, recent=True
    )


#: a node of this many mentions or more places its incident by the sites most of its
#: sentences name (``incident_sites``)
TOLD_AT_LEAST = 3


def incident_sites(s: Summary, members: Sequence[MentionRef]) -> Summary:
    """A node (one document's mentions of one event, in text order) without the sites
    that only one later sentence of three or more names.

    A report tells an incident in several sentences and places it in its first one, or
    in several ("tear gas was fired at marchers on Abancay Avenue ... the clashes on
    Abancay"). A site that one later sentence alone names is where that sentence's detail
    happened, or an incident of its own the report tells within this one ("the crowd then
    set fire to the court on the Plaza de Armas" in a report of the shooting at the
    airport; "there were clashes at Puerto Resistencia too" in a report of the shooting in
    Siloé): across documents it would keep the report away from every other report of its
    incident that names the incident's own site, or none. Within its document nothing
    changes (the document's nodes are made with every site, ``within.document_nodes``).
    """
    if not s.sites or len(members) < TOLD_AT_LEAST:
        return s
    named = [site(r.mention.location) for r in members]

    def told(x: Site) -> int:
        return sum(1 for y in named if y and (y <= x or x <= y))

    lead = named[0]
    keep = frozenset(x for x in s.sites if told(x) > 1 or (lead and (lead <= x or x <= lead)))
    return s if keep == s.sites else replace(s, sites=keep)


def _links(a: Summary, b: Summary) -> set[Link | None]:
    return {type_link(x, y) for x in a.types for y in b.types}


def contradict(a: Summary, b: Summary, *, across: bool = False) -> bool:
    """Whether two sides cannot be one event whatever else is known: their types do not link
    (``type_link``), their date windows do not overlap, their places are neither the same
    nor nested, their modes name different events (``modes_apart``), their actors
    contradict (``actors_contradict``) or one is a national strike and the other a region's
    (``_scopes_apart``). Sites are left out (``sites_contradict``). ``across``: the sides
    are of two documents, where a department's namesake may stand for the department
    (``_namesake_day``)."""
    if None in _links(a, b):
        return True
    if a.start is not None and b.start is not None:
        assert a.end is not None and b.end is not None
        if a.start > b.end or b.start > a.end:
            return True
    return (
        not (places_compatible(a.place, b.place) or (across and _namesake_dead(a, b)))
        or modes_apart(a.modes, b.modes)
        or actors_contradict(a.actors, b.actors)
        or _scopes_apart(a, b)
        or _armed_attack_apart(a, b)
    )


def _fallen_apart(a: Summary, b: Summary) -> bool:
    """One side counts only the forces among its dead and the other only people of the crowd
    (``fallen_of``): the officer a mob burned in his patrol car and the protesters the police
    shot at the airport, on one day in one town, are two incidents. A side that counts both
    (a report that tells them as one incident: "murieron 17 civiles y un policía") joins
    either. Like the sites, the dead do not make a report that counts none ambiguous between
    the two (``across.Graph.ambiguous``): it joins the one it agrees with best."""
    return bool(a.fallen and b.fallen and not a.fallen & b.fallen)


#: the attacks that ``DEMONSTRATION`` links to a demonstration, seen from the other side
ATTACKS = frozenset(t for t in DEMONSTRATION if t[0] != "Riots")


def _armed_attack(s: Summary) -> bool:
    """An attack on civilians by an armed group (``ARMED_GROUPS``: "unknown gunmen shot at a
    bus"), not by the police or a crowd."""
    return any((t[0], t[1]) in ATTACKS for t in s.types) and any(
        i in ARMED_GROUPS for _, i, _ in s.actors
    )


def _armed_attack_apart(a: Summary, b: Summary) -> bool:
    """An armed group's attack and a demonstration are two events: the related link
    (``type_link``) is one demonstration seen from its sides (the police shooting
    bystanders), and gunmen firing on a bus or on marchers are no side of it (in data/gold
    and data/dev, 14 of 14 such pairs told in one report on one day are two events, while
    10 of 10 attacks by others are the demonstration)."""
    for x, y in ((a, b), (b, a)):
        if _armed_attack(x) and not _armed_attack(y):
            if any(_demonstration(t) and (t[0], t[1]) not in ATTACKS for t in y.types):
                return True
    return False


#: modes where the territory holding the action is part of its identity
TERRITORIAL = frozenset({"strike"})


def _scopes_apart(a: Summary, b: Summary) -> bool:
    """A national strike (placed at the country alone) and a region's or a town's strike are
    two events, even on one day: the CGTP's "paro nacional" is not Puno's "paro regional"."""
    if not (TERRITORIAL & a.modes and TERRITORIAL & b.modes):
        return False
    national_a = a.place[0] is not None and a.place[1] is None
    national_b = b.place[0] is not None and b.place[1] is None
    return national_a != national_b and (a.strong or b.strong)


def compatible(a: Summary, b: Summary, *, same_doc: bool) -> bool:
    """Whether two mentions or clusters can be one event.

    They must not ``contradict`` and the sites they name in a town must not contradict
    (``sites``: a square and an avenue are two places), unless, across documents, both
    count the dead of one day (``_deadly_day``). Sides of different families (a
    plan and the march, a denial and the shooting, a recollection and the incident) must
    both be dated, in a document too: undated, "they vowed to march again" is no part of
    today's march. Within a document (``same_doc``) the date and place may otherwise be
    missing on either side; a cross-type link still needs a date or a place on both, a
    peaceful protest never joins another sub-event type there (``_peaceful_apart``), and a
    plan or a call never joins what happened (``_plan_apart``).
    Across documents:

    - both must be dated, and the documents must differ;
    - types that are not identical (march and dispersal, protest and riot) need the same day
      (or a week, with a type in common: ``_near_day``) and the same province or district
      on both sides (``below_department``), unless the side placed less finely tells only
      types the other holds (``_told_coarser``);
    - a month- or year-precision side needs the same kind of event (``same_kind``);
    - a side without a department needs strong agreement (``strong_agreement``);
    - two provinces of one department are two places, unless both sides count the dead of
      one day and one is placed at the department's namesake ("Puno" for the region,
      ``_namesake_day``): then the types link without agreement below the department.
    """
    if a.families != b.families and not (a.dated and b.dated) and not (same_doc and _denial(a, b)):
        return False
    if (a.recent and "occurred" not in b.families) or (b.recent and "occurred" not in a.families):
        return False  # a publication window joins a report of what happened, no plan alone
    if not same_doc and (a.docs & b.docs or not (a.dated and b.dated) or (a.recent and b.recent)):
        return False
    if (
        contradict(a, b, across=not same_doc)
        or (_sites_apart(a, b) and (same_doc or not _deadly_day(a, b)))
        or _fallen_apart(a, b)
    ):
        return False
    if not same_doc and not places_compatible(a.place, b.place) and not _namesake_day(a, b):
        return False
    links = _links(a, b)
    if same_doc:
        if _peaceful_apart(a, b) or _plan_apart(a, b) or _forms_apart(a, b):
            return False
        # a cross-type link needs something in common besides the document (or the type
        # is already on both sides: the riot joined the shooting, the wounds join it too)
        return (
            "related" not in links
            or (a.dated and b.dated)
            or (a.located and b.located)
            or bool(a.types & b.types)
        )
    if links != {"same"} and not (
        (_near_day(a, b) or _coarse_stage(a, b))
        and (below_department(a.place, b.place) or _namesake_day(a, b) or _told_coarser(a, b))
    ):
        return False
    if (a.coarse or b.coarse) and not coarse_kind(a, b):
        return False
    if not (a.strong and b.strong):
        return strong_agreement(a, b)
    return True


def _territory_wide(s: Summary) -> bool:
    """Every mode the side gives is an action held by a whole territory (``TERRITORY_WIDE``:
    a strike, a curfew, a state of emergency)."""
    return bool(s.modes) and s.modes <= TERRITORY_WIDE


def _sites_apart(a: Summary, b: Summary) -> bool:
    """The sites the two sides name contradict (``sites.sites_contradict``), unless both are
    actions held by a whole territory: a general strike is told from the square where its
    march gathered or from the capital's streets ("Plaza Italia", "Santiago"), and those
    are where a report saw it, not what tells two strikes apart (their territory does,
    ``_scopes_apart``)."""
    if _territory_wide(a) and _territory_wide(b):
        return False
    return sites_contradict(a.sites, b.sites)


def _deadly_day(a: Summary, b: Summary) -> bool:
    """Both sides tell people killed on one day (day precision on both, ``deadly``) in an
    event of one type: across documents, the sites they name do not keep them apart.

    Reports of a deadly clash place it by whichever landmark their source saw it from: "17
    civilians were killed near the Inca Manco Capac airport" and "police fired from the
    perimeter fence in Taparachi"; "the Senkata fuel plant" and "la planta de YPFB"; "a
    bridge over the Perene River" and "the Pichanaki bridge". Two deadly incidents of one
    type in one town on one day are rare, and ACLED codes one event per actors, day and
    town anyway; the sites still tell apart what is not deadly on both sides (the march in
    one square and the fire on another street). The place, the day and the other rules
    (``contradict``) still hold, and a report between two deadly incidents of its day stays
    alone (``across.Graph.ambiguous``).
    """
    return a.deadly and b.deadly and a.day and b.day and bool(a.types & b.types)


NAMESAKE_DEADLY = True


def _namesake_of(a: Place, b: Place) -> bool:
    """One place is its department's namesake (``namesake``) and the other another place of
    that department: the two may be one place told at two levels."""
    return a[:2] == b[:2] and namesake(a) != namesake(b)


def _namesake_dead(a: Summary, b: Summary) -> bool:
    """One side counts the dead of one day at its department's namesake, the other is at
    another place of that department: they may be one incident (``_namesake_day`` joins
    them when the other side counts the dead of that day too), so they do not contradict.
    A namesake that counts no dead stays the town ("marches in Puno and in Juliaca")."""
    if not _namesake_of(a.place, b.place):
        return False
    x = a if namesake(a.place) else b
    return (x.deadly and x.day) or not NAMESAKE_DEADLY


def _namesake_day(a: Summary, b: Summary) -> bool:
    """One side is placed at its department's namesake ("Puno", "Cusco": ``namesake``), the
    other at another town of that department, and both tell one day (day precision) in an
    event of one type, counting the dead on both sides (``deadly``): across documents the
    namesake is the region the report was told from, not a second town. "17 protesters
    were shot dead in Puno" and "the clashes at the Juliaca airport" are one incident."""
    if not (a.day and b.day and a.types & b.types and _namesake_of(a.place, b.place)):
        return False
    return not NAMESAKE_DEADLY or (a.deadly and b.deadly)


def _near_day(a: Summary, b: Summary) -> bool:
    """Both sides give a day, or a window of a week at most and either a sub-event type in
    common or no peaceful protest on either side: "the soldiers who opened fire near the
    airport a week ago" (a shooting and an attack on the airport, told in one report, dated
    by a week) is the shooting another report dates on one day of that week, and so are
    "the clashes near the airport last week" (a riot and the police firing are two sides
    of one violent day). A week is too loose to link a march to a clash."""
    if a.day and b.day:
        return True
    if a.coarse or b.coarse:
        return False
    return bool(a.types & b.types) or not any(t[1] == PEACEFUL for t in a.types | b.types)


def _known_levels(p: Place) -> int:
    return sum(1 for part in p if part is not None)


def _held_kind(x: Summary, y: Summary) -> bool:
    """Every type of ``x`` is one of ``y``'s, and their modes (the means of force left out,
    ``FORCE_MODES``) do not differ when both give some."""
    if not x.types <= y.types:
        return False
    modes_x, modes_y = x.modes - FORCE_MODES, y.modes - FORCE_MODES
    return not (modes_x and modes_y and not modes_x & modes_y)


def _told_coarser(a: Summary, b: Summary) -> bool:
    """One side is placed less finely than the other (at the country or the department where
    the other names the town) and tells only types the other already holds
    (``_held_kind``): "police shot protesters on 9 January", told from Peru alone, is the
    shooting of a cluster in which other reports tell the attack on the Juliaca airport and
    the shooting as one incident. The cross-type links of that cluster were made by its
    own members, which agree below the department; the coarse side brings no type of its
    own, so it needs only to agree with the one it tells (its place nested, its day, and
    for a side without a department, ``strong_agreement``'s actors)."""
    for x, y in ((a, b), (b, a)):
        if _known_levels(x.place) < _known_levels(y.place) and _held_kind(x, y):
            return True
    return False


def _coarse_stage(a: Summary, b: Summary) -> bool:
    """A month- or year-precision side and a side whose types are stages of one incident,
    of the same kind (``same_kind``: a type in common, no cross-type link): "two young men
    were killed in protests in Lima" that month is the shooting that other reports, telling
    the tear gas and the shooting of that day as one incident, date on one day."""
    return (a.coarse or b.coarse) and coarse_kind(a, b)


def coarse_kind(a: Summary, b: Summary) -> bool:
    """``same_kind``, or a month- or year-precision side whose every type the other side
    gives too (modes as in ``same_kind``): "two young men were killed in protests in Lima"
    that November is the shooting of a cluster in which other reports also tell the riot
    around it; the riot is a side of that incident, not another kind of event."""
    if same_kind(a, b):
        return True
    for x, y in ((a, b), (b, a)):
        if x.coarse and x.types <= y.types:
            modes_x, modes_y = x.modes - FORCE_MODES, y.modes - FORCE_MODES
            if not (modes_x and modes_y and not modes_x & modes_y):
                return True
    return False


def _denial(a: Summary, b: Summary) -> bool:
    """One side is an undated denial: in its own report, "police denied firing on the crowd"
    speaks of the incident just told, though it gives no date of its own."""
    return any(x.families == {"negated"} and not x.dated for x in (a, b))


def _forms_apart(a: Summary, b: Summary) -> bool:
    """Both sides are peaceful protests of different forms (modes): in one report, the march
    and the road blockade, the rally and the strike, the vigil and the march are two events
    (in data/gold and data/dev, 2 of 172 such pairs told in one document are one event)."""
    return bool(a.modes and b.modes and not a.modes & b.modes) and all(
        t[1] == PEACEFUL for t in a.types | b.types
    )


def _plan_apart(a: Summary, b: Summary) -> bool:
    """One side is a plan or a call and the other is not: one report tells what is to come
    and what happened as two events ("the unions vowed to march again on Monday" after
    today's march; "if they try to clear the road, we will block it again" after the
    clearing). Across reports a plan joins the event it announced."""
    return ("prospective" in a.families) != ("prospective" in b.families)


def _peaceful_apart(a: Summary, b: Summary) -> bool:
    """One side is a peaceful protest where the other is not (``PEACEFUL``): in one report,
    the march and the shooting, the vigil and the clash, the blockade and its clearing are
    told as two events (careful coders keep them apart; a march that turned violent is told
    as a clash, not as a march)."""
    return any((x[1] == PEACEFUL) != (y[1] == PEACEFUL) for x in a.types for y in b.types)


def modes_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """One side gives a mode of ``SEPARATE_MODES`` the other side, which gives modes, lacks."""
    if not a or not b:
        return False
    return any((m in a) != (m in b) for m in SEPARATE_MODES & (a | b))


def same_kind(a: Summary, b: Summary) -> bool:
    """One type in common, no cross-type link, and a mode in common when both give one
    (the means of force, ``FORCE_MODES``, left out)."""
    if not a.types & b.types or "related" in _links(a, b):
        return False
    modes_a, modes_b = a.modes - FORCE_MODES, b.modes - FORCE_MODES
    return not (modes_a and modes_b and not modes_a & modes_b)


def strong_agreement(a: Summary, b: Summary) -> bool:
    """Same day (day precision on both), the same kind (``same_kind``) and an actor of one
    kind in common (inter code and country: "Military Forces of Peru" and "Police Forces
    of Peru" are both the state's forces of Peru) when both name actors."""
    if not (a.day and b.day and (same_kind(a, b) or _told_coarser(a, b))):
        return False
    kinds_a = {(i, c) for _, i, c in a.actors}
    kinds_b = {(i, c) for _, i, c in b.actors}
    return not (kinds_a and kinds_b and not kinds_a & kinds_b)


def score(a: Summary, b: Summary) -> int:
    """How well two compatible summaries agree; higher pairs merge first."""
    s = 0
    if a.start is not None and b.start is not None:
        s += 4 if a.day and b.day else 1
    s += 2 * place_depth(a.place, b.place)
    if a.types & b.types:
        s += 2
    if a.modes & b.modes:
        s += 1
    if a.actors & b.actors:
        s += 1
    if a.dups & b.dups:
        s += 3
    if a.names & b.names:
        s += 3
    return s
