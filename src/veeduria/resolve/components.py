"""A full resolution split into independent parts, for running them in parallel (issue #7).

Cross-document merging only ever compares a node with the nodes filed under a block key it
looks up (``across.BlockIndex``), so the nodes fall into groups that no compatible pair
crosses: join every node that files under a key with every node that looks that key up.
A group is a union of connected components of the compatibility graph, usually a small
one; clustering each group alone (``resolver.recluster_nodes``) gives exactly the events a
run over every node gives. A strike told as going on is not joined with every strike of
its blocks, only with the ones it chooses (``across.choose_strikes``, from what the plans
carry): with all of them, a department's strikes over two months, and the other events of
those days, would be one group.

The grouping needs only what a document's own mentions say: which of them are one node
(within-document clustering, ``within.document_nodes``) and the block keys of each node.
Neither depends on the near-duplicate group of the document (it only adds the same score
to every pair inside one document), so both are known as soon as the document is
extracted, before any other document is seen: ``document_plan`` is computed where the
extraction is made (a Dask worker), and ``buckets`` shares the groups out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import heapq
import json
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from veeduria.resolve.across import Node, choose_strikes, window_keys, window_runs
from veeduria.resolve.compat import Place, Summary, TypeKey, interned
from veeduria.resolve.records import MentionRef
from veeduria.resolve.within import document_nodes

#: What a node's block keys are made of (``across.window_keys``): its types, department,
#: date window, day precision, whether it tells a strike going on and whether a territory
#: holds it.
Window = tuple[frozenset[TypeKey], str | None, dt.date | None, dt.date | None, bool, bool, bool]


@dataclass(frozen=True, slots=True)
class NodePlan:
    """One node of a document: its mention ids (in the node's order) and what its block
    keys are made of.

    ``window``: the node's ``Window``; its keys (``keys``) are made again when the nodes
    are grouped, not kept: a node of month or year precision looks up hundreds, and a
    run keeps the plan of every document it extracts until it resolves them. ``strike``:
    the node's summary, for a lasting action (a strike, a blockade, a curfew: a node held
    by a place, ``compat.LASTING``) and for a report that tells one going on: what
    choosing the action needs (``across.choose_strikes``).
    ``given``: keys given as they are, instead of a window (tests of the grouping).
    """

    mentions: tuple[str, ...]
    window: Window | None = None
    strike: Summary | None = None
    given: tuple[tuple[Hashable, ...], tuple[Hashable, ...]] | None = None

    def keys(self) -> tuple[set[Hashable], set[Hashable]]:
        """The keys the node is filed under, and those it looks its candidates up in."""
        if self.given is not None:
            return set(self.given[0]), set(self.given[1])
        if self.window is None:
            return set(), set()
        files, looks = window_keys(*self.window)
        return set(files), set(looks)

    def runs(self) -> tuple[list[Run], list[Run]]:
        """``keys`` as runs (``across.window_runs``); a given key as a run of its own, its
        prefix ``None`` unless it is a tuple of two items or more (``_slot``)."""
        if self.given is not None:
            return [_slot(k) for k in self.given[0]], [_slot(k) for k in self.given[1]]
        if self.window is None:
            return [], []
        files, looks = window_runs(*self.window)
        return list(files), list(looks)


T = TypeVar("T")

#: A run of block keys (``across.KeyRun``): ``(prefix, last)`` for the keys ``(*prefix,
#: v)``, ``v`` in ``last``; the prefix ``None`` for keys given as they are (``_slot``).
Run = tuple[tuple[object, ...] | None, Sequence[object]]

#: Kinds of block keys that only pair strikes with reports telling them going on.
STRIKE_KINDS = frozenset({"going", "strike"})


@functools.lru_cache(maxsize=1 << 16)
def window(
    types: frozenset[TypeKey],
    dept: str | None,
    start: dt.date | None,
    end: dt.date | None,
    day: bool,
    ongoing: bool,
    held: bool,
) -> Window:
    """A ``Window``, one object for equal ones (cached: the nodes of one day and place
    share theirs)."""
    return (types, dept, start, end, day, ongoing, held)


#: Equal values of the plans this process makes, one object each: the sets of strike
#: summaries and the types and dates of windows recur from document to document, and a
#: run keeps the plans of every document it extracts. Emptied when it holds more than
#: ``_SHARED_MAX`` values (only memory is at stake, never a result).
_SHARED: dict[Any, Any] = {}
_SHARED_MAX = 1 << 17


def _table() -> dict[Any, Any]:
    if len(_SHARED) > _SHARED_MAX:
        _SHARED.clear()
    return _SHARED


def _one(value: T) -> T:
    """The equal value already held by ``_SHARED``, or this one, now held."""
    shared: T = _table().setdefault(value, value)
    return shared


def plan_of(node: Node) -> NodePlan:
    s = node.summary
    return NodePlan(
        mentions=tuple(r.id for r in node.members),
        window=window(
            _one(s.types),
            s.place[1],
            _one(s.start),
            _one(s.end),
            s.day,
            s.ongoing,
            bool(s.territories),
        ),
        strike=_strike(s),
    )


def _strike(s: Summary) -> Summary | None:
    """What a plan carries of a strike's or a report's summary: all but the near-duplicate
    group, unknown where plans are made and of no use to ``compat.compatible``; its sets
    shared with equal ones (``compat.interned``)."""
    if not (s.ongoing or s.territories):
        return None
    return interned(dataclasses.replace(s, dups=frozenset()), _table())


def document_plan(refs: Iterable[MentionRef]) -> list[NodePlan]:
    """The nodes of one document's mentions (every mention of the document)."""
    return [plan_of(node) for node in document_nodes(refs)]


def plans_to_json(plans: Sequence[NodePlan]) -> str:
    return json.dumps(
        [[list(p.mentions), _window_json(p.window), _summary_json(p.strike)] for p in plans]
    )


def plans_from_json(text: str) -> list[NodePlan]:
    """The plans ``plans_to_json`` wrote (equal windows one object, ``window``)."""
    return [NodePlan(tuple(m), _window_from(w), _summary_from(st)) for m, w, st in json.loads(text)]


def _window_json(w: Window | None) -> list[Any] | None:
    if w is None:
        return None
    types, dept, start, end, day, ongoing, held = w
    return [
        sorted(types, key=str),
        dept,
        None if start is None else start.isoformat(),
        None if end is None else end.isoformat(),
        day,
        ongoing,
        held,
    ]


def _window_from(data: list[Any] | None) -> Window | None:
    if data is None:
        return None
    types, dept, start, end, day, ongoing, held = data
    return window(
        _one(frozenset((a, b, c) for a, b, c in types)),
        dept,
        None if start is None else _one(dt.date.fromisoformat(start)),
        None if end is None else _one(dt.date.fromisoformat(end)),
        day,
        ongoing,
        held,
    )


def _ongoing(plan: NodePlan) -> bool:
    return plan.strike is not None and plan.strike.ongoing


def _summary_json(s: Summary | None) -> list[Any] | None:
    """A summary as JSON values (``_summary_from`` reads it back equal)."""
    if s is None:
        return None
    return [
        s.family,
        sorted(s.families),
        sorted(s.types, key=str),
        sorted(s.modes),
        None if s.start is None else s.start.isoformat(),
        None if s.end is None else s.end.isoformat(),
        s.day,
        s.place,
        sorted(sorted(site) for site in s.sites),
        sorted(s.actors, key=str),
        sorted(s.docs),
        sorted(s.dups),
        s.key,
        s.ongoing,
        sorted(([mode, list(place)] for mode, place in s.territories), key=str),
        sorted(s.names),
        s.recent,
        s.deadly,
        sorted(s.fallen),
    ]


def _summary_from(data: list[Any] | None) -> Summary | None:
    if data is None:
        return None
    (family, families, types, modes, start, end, day, place, sites, actors) = data[:10]
    docs, dups, key, ongoing, territories, names = data[10:16]
    recent = bool(data[16]) if len(data) > 16 else False
    deadly = bool(data[17]) if len(data) > 17 else False
    fallen = frozenset(data[18]) if len(data) > 18 else frozenset()
    summary = Summary(
        family=family,
        families=frozenset(families),
        types=frozenset((a, b, c) for a, b, c in types),
        modes=frozenset(modes),
        start=None if start is None else dt.date.fromisoformat(start),
        end=None if end is None else dt.date.fromisoformat(end),
        day=day,
        place=_place(place),
        sites=frozenset(frozenset(site) for site in sites),
        actors=frozenset((a, b, c) for a, b, c in actors),
        docs=frozenset(docs),
        dups=frozenset(dups),
        key=key,
        ongoing=ongoing,
        territories=frozenset((mode, _place(t)) for mode, t in territories),
        names=frozenset(names),
        recent=recent,
        deadly=deadly,
        fallen=fallen,
    )
    return interned(summary, _table())


def _place(p: Sequence[str | None]) -> Place:
    return (p[0], p[1], p[2], p[3])


def node_groups(plans: Sequence[NodePlan]) -> list[list[int]]:
    """Groups of node indexes that no candidate pair crosses, in order of first index.

    A key joins the nodes filed under it with the nodes that look it up, when it has both
    (a key only filed under, or only looked up, pairs nothing). The keys are made from the
    plans twice, once to file the nodes and once to look them up, and never all kept.
    They are read as runs of keys alike but for their last item (``across.window_runs``),
    filed by prefix then last item: a run whose prefix nothing is filed under (most of a
    node's lookups) is passed over whole, and no key is made as a tuple.
    """
    parent = list(range(len(plans)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    # nodes of one window have the same keys: they are made once per window (most windows
    # recur: the nodes of one day, place and type), and the nodes that look them up are
    # joined to each other once, then to the holders of each key they find
    alike: dict[Any, list[int]] = defaultdict(list)
    for i, plan in enumerate(plans):
        alike[plan.window if plan.given is None else ("given", i)].append(i)
    filed: Filed = defaultdict(dict)  # the nodes filed under each key: prefix, last item
    for nodes in alike.values():
        for prefix, last in plans[nodes[0]].runs()[0]:
            slot = filed[prefix]
            for v in last:
                filers = slot.get(v)
                if filers is None:
                    slot[v] = list(nodes)
                else:
                    filers.extend(nodes)
    for slot in filed.values():
        for filers in slot.values():
            filers.sort()  # in the nodes' order
    joined: set[int] = set()  # keys whose nodes filed under them are joined (their lists)
    for nodes in alike.values():
        lookers = [i for i in nodes if not _ongoing(plans[i])]  # ongoing: joined below only
        if not lookers:
            continue
        first = lookers[0]
        found = False
        for prefix, last in plans[first].runs()[1]:
            under = filed.get(prefix)
            if under is None or (prefix is not None and prefix[0] in STRIKE_KINDS):
                continue
            for v in last:
                holders = under.get(v)
                if holders is None or (prefix is None and _strike_key(v)):
                    continue
                found = True
                union(first, holders[0])
                if id(holders) not in joined:
                    joined.add(id(holders))
                    for j in holders[1:]:
                        union(holders[0], j)
        if found:
            for i in lookers[1:]:
                union(first, i)
    del joined, alike
    candidates: dict[Any, list[tuple[Summary, int]]] = {}  # per window of a report
    for i, plan in enumerate(plans):
        if _ongoing(plan):
            for j in _chosen(plan, plans, filed, candidates):
                union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(plans)):
        groups[find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


#: The nodes filed under each block key, by the key's prefix then last item (``_slot``).
Filed = dict[tuple[object, ...] | None, dict[object, list[int]]]


def _slot(key: Hashable) -> Run:
    """A key as a run of one: its prefix and last item when it is a tuple of two items or
    more (as every key of a window is), else the prefix ``None`` and the key itself."""
    if isinstance(key, tuple) and len(key) >= 2:
        return key[:-1], (key[-1],)
    return None, (key,)


def _strike_key(key: Hashable) -> bool:
    return isinstance(key, tuple) and key[0] in STRIKE_KINDS


def _chosen(
    plan: NodePlan,
    plans: Sequence[NodePlan],
    filed: Filed,
    candidates: dict[Any, list[tuple[Summary, int]]] | None = None,
) -> list[int]:
    """The nodes whose strike a report telling one going on chooses, as ``across.Graph``
    chooses them (the same candidates: the strikes filed under its keys).

    The candidates are found from the report's runs of keys (``NodePlan.runs``), no key
    made, and kept in ``candidates`` per window: the reports of one department and days
    share them. Their order does not matter: each node's strike has a key of its own
    (its first mention's id), and ``choose_strikes`` ranks each candidate alone.
    """
    if plan.strike is None:
        return []
    cache = candidates if plan.given is None and candidates is not None else None
    found = None if cache is None else cache.get(plan.window)
    if found is None:
        index: dict[str, int] = {}
        found = []
        for prefix, last in plan.runs()[1]:
            under = filed.get(prefix)
            if under is None:
                continue
            for v in last:
                for j in under.get(v, ()):
                    strike = plans[j].strike
                    if strike is not None and strike.key not in index:
                        index[strike.key] = j
                        found.append((strike, j))
        if cache is not None:
            cache[plan.window] = found
    of = {s.key: j for s, j in found}
    return [of[s.key] for s in choose_strikes(plan.strike, [s for s, _ in found])]


def buckets(plans: Sequence[NodePlan], count: int) -> list[list[int]]:
    """The node groups shared out into at most ``count`` buckets of about equal mentions.

    Largest group first, each into the lightest bucket so far (ties: the lower bucket);
    each bucket's indexes sorted; empty buckets left out. Deterministic.
    """
    return [sorted(i for g in bucket for i in g) for bucket in bucket_groups(plans, count)]


def bucket_groups(plans: Sequence[NodePlan], count: int) -> list[list[list[int]]]:
    """``buckets``, each as its node groups (in order of first index)."""
    groups = node_groups(plans)
    return share_groups(groups, [sum(len(plans[i].mentions) for i in g) for g in groups], count)


def share_groups(
    groups: Sequence[list[int]], weight: Sequence[int], count: int
) -> list[list[list[int]]]:
    """Groups of nodes shared out into at most ``count`` buckets of about equal weight:
    largest group first, each into the lightest bucket so far (ties: the lower bucket);
    each bucket's groups in order of first index; empty buckets left out."""
    order = sorted(range(len(groups)), key=lambda g: (-weight[g], groups[g][0]))
    heap = [(0, b) for b in range(max(1, count))]
    out: list[list[list[int]]] = [[] for _ in heap]
    for g in order:
        load, b = heapq.heappop(heap)
        out[b].append(groups[g])
        heapq.heappush(heap, (load + weight[g], b))
    return [sorted(b, key=lambda g: g[0]) for b in out if b]
