"""Cross-document merging: blocking, candidate components, and a deterministic union–find.

1. **Blocking.** A dated node is filed under (type class, department, day) for each
   day of its window (windows longer than 31 days under their months instead). Nodes without
   a department are filed under department None, and day-precision nodes also under
   (type, day) so a node without a department can find its candidates on that day
   (it merges only with a node of the same type). Undated nodes are never filed: across
   documents an event needs a date (a report of what happened is dated by its
   publication, ``compat.recent_window``). Pairs are only ever compared inside a block; all pairs
   are never compared.
2. **Components.** Compatible pairs (``compat.compatible``) are the edges of a graph. Its
   connected components are independent: each is clustered on its own, which is what makes
   the result incremental (only components that new mentions touch are recomputed) and equal
   to a full run.
3. **Ambiguity.** A node whose candidate partners contradict each other (the department-only
   "Puno, 9 Jan" between a Juliaca and a Puno-city incident; a month-precision mention
   between two days) could be either: it stays on its own.
4. **Union–find.** The remaining edges are sorted by agreement (``compat.score``), then by the
   smallest mention ids, and merged in that order when the two whole clusters are still
   compatible, so no chain of pairwise merges can join two different days or departments.
5. **Lasting actions told as going on** ("the regional strike entered its second month",
   "the blockade persists", "the curfew remains in force") join the action of their mode
   that their place began last (``choose_strikes``): the nodes of that action (of that
   day and place) among the lasting nodes of their blocks (``compat.LASTING``: strikes,
   blockades, occupations, curfews ...) are their only edges, and the report stays alone
   when they are not one cluster. Joining every strike of a department over two months
   would chain them, and with them the other events of those days, into components of
   half a corpus (a Dask worker then clusters half the run).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from veeduria.resolve.compat import (
    PEACEFUL,
    TERRITORY_WIDE,
    Place,
    Summary,
    TypeKey,
    below_department,
    compatible,
    contradict,
    merge,
    namesake,
    places_compatible,
    score,
    type_class,
)
from veeduria.resolve.records import MentionRef

#: windows up to this many days are filed per day, longer ones per month
_DAY_FILING = 31

BlockKey = tuple[object, ...]


@functools.lru_cache(maxsize=1024)
def _days(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    """The days from ``start`` to ``end``; cached (many nodes share a window's dates, and
    their keys are made twice when the nodes are grouped, ``components.node_groups``)."""
    return tuple(map(dt.date.fromordinal, range(start.toordinal(), end.toordinal() + 1)))


@functools.lru_cache(maxsize=1024)
def _months(start: dt.date, end: dt.date) -> tuple[tuple[int, int], ...]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


def block_keys(s: Summary) -> tuple[list[BlockKey], list[BlockKey]]:
    """The blocks a summary is filed under, and the blocks it looks its candidates up in."""
    return window_keys(s.types, s.place[1], s.start, s.end, s.day, s.ongoing, bool(s.territories))


def window_keys(
    types: Collection[TypeKey],
    dept: str | None,
    start: dt.date | None,
    end: dt.date | None,
    day: bool,
    ongoing: bool,
    held: bool,
) -> tuple[list[BlockKey], list[BlockKey]]:
    """``block_keys`` of a summary with these types, department (``place[1]``), date
    window and day precision, telling a strike going on or not, held by a territory or
    not: all ``block_keys`` reads of a summary. The keys of ``window_runs``, in order."""
    files, looks = window_runs(types, dept, start, end, day, ongoing, held)
    return _expanded(files), _expanded(looks)


#: A run of block keys: ``(prefix, last)`` stands for ``(*prefix, v)`` for each ``v`` of
#: ``last`` (a node's days, or months, under one kind, class and department).
KeyRun = tuple[tuple[object, ...], Sequence[object]]


def window_runs(
    types: Collection[TypeKey],
    dept: str | None,
    start: dt.date | None,
    end: dt.date | None,
    day: bool,
    ongoing: bool,
    held: bool,
) -> tuple[list[KeyRun], list[KeyRun]]:
    """``window_keys`` as runs of keys that differ only in their last item (``KeyRun``):
    the keys a node files under, and those it looks up, without a tuple made per key (a
    node of month precision looks up hundreds; ``components.node_groups`` finds which
    are filed at all by their prefix)."""
    if start is None or end is None:
        return [], []
    if dept is None and not day:
        return [], []  # no department and no day: never merges across documents
    days = _days(start, end)
    if ongoing:
        # a strike told as going on is a candidate of the strikes of its department only
        # (``attach_ongoing``): its window of 60 days, filed with every node, would join
        # whole months of a department's events into one group of candidates
        if dept is None:
            return [], []
        return [(("going", dept), days)], [(("strike", dept), days)]
    classes = sorted({type_class(t) for t in types})
    short = (end - start).days < _DAY_FILING
    months = _months(start, end)
    files: list[KeyRun] = []
    looks: list[KeyRun] = []
    if held and dept is not None:
        # and a strike finds the reports that tell it going on
        files.append((("strike", dept), days))
        looks.append((("going", dept), days))
    for c in classes:
        files.append((("d", c, dept), days) if short else (("m", c, dept), months))
        looked_depts = [dept, None] if dept is not None else [None]
        for d_ in looked_depts:
            looks.append((("d", c, d_), days))
            looks.append((("m", c, d_), months))
    # A side without a department merges only on strong agreement, which needs the same
    # day and a type in common: such pairs are found per type, not per type class.
    kinds = sorted("/".join(p or "" for p in t) for t in types)
    if day:
        files += [(("any", k), (start,)) for k in kinds]
    if dept is None:
        looks += [(("any", k), (start,)) for k in kinds]
    return files, looks


def _expanded(runs: Iterable[KeyRun]) -> list[BlockKey]:
    return [prefix + (v,) for prefix, last in runs for v in last]


def choose_strikes(report: Summary, strikes: Iterable[Summary]) -> list[Summary]:
    """The nodes of the lasting action a report telling one going on speaks of, among its
    candidates.

    "The regional strike entered its second month", "the blockade persists": the actions
    of its mode held by a place that holds the report's (Ilave's strike is the region's
    when the region is on strike, but the region's strike is not a province's; the
    blockade at Desaguadero is not one in Ilave), that began by the report's day and that
    agree with the report told from that place (``attach_ongoing``); of those, the ones at
    a site the report names (the blockade at Puerto Resistencia, not the one outside the
    university that began later), then of the smallest place, then those that began last,
    sorted by key. Each candidate is judged alone, so the best of any candidates that
    include the best are the best: an incremental run that loads only some candidates
    chooses as a full run.
    """
    best: tuple[bool, int, dt.date] | None = None
    chosen: list[Summary] = []
    for strike in strikes:
        if strike.ongoing or strike.start is None or not attach_ongoing(report, strike):
            continue
        territory = _territory(report, strike)
        assert territory is not None  # attach_ongoing found one
        rank = (_same_site(report, strike), _known(territory), strike.start)
        if best is None or rank > best:
            best, chosen = rank, [strike]
        elif rank == best:
            chosen.append(strike)
    return sorted(chosen, key=lambda s: s.key)


def _same_site(report: Summary, action: Summary) -> bool:
    """The report names a site, and the action names it too (or a part of it)."""
    return any(x <= y or y <= x for x in report.sites for y in action.sites)


def _place_text(place: Place) -> tuple[str, ...]:
    return tuple(x or "" for x in place)


@dataclass(frozen=True)
class Node:
    """Mentions of one event in one document: the unit cross-document merging works on."""

    summary: Summary
    members: tuple[MentionRef, ...]

    @property
    def key(self) -> str:
        return self.summary.key

    @functools.cached_property
    def blocks(self) -> tuple[list[BlockKey], list[BlockKey]]:
        """``block_keys`` of the summary, computed once per node."""
        return block_keys(self.summary)


class BlockIndex:
    """Nodes filed by block key; ``candidates`` never scans outside a node's blocks.

    ``lean``: the keys a node looks up are computed again each time they are needed
    instead of kept (a node of month or year precision looks up hundreds).
    """

    def __init__(self, *, lean: bool = False) -> None:
        self._blocks: dict[BlockKey, list[int]] = defaultdict(list)
        self._looks: list[list[BlockKey]] = []
        self._summaries: list[Summary] | None = [] if lean else None

    def add(self, node: Node) -> int:
        if self._summaries is None:
            index = len(self._looks)
            files, looks = node.blocks
            self._looks.append(looks)
        else:
            index = len(self._summaries)
            files = block_keys(node.summary)[0]
            self._summaries.append(node.summary)
        for key in files:
            self._blocks[key].append(index)
        return index

    def _looked(self, index: int) -> list[BlockKey]:
        if self._summaries is None:
            return self._looks[index]
        return block_keys(self._summaries[index])[1]

    def candidates(self, index: int) -> set[int]:
        found: set[int] = set()
        for key in self._looked(index):
            block = self._blocks.get(key)
            if block:
                found.update(block)
        found.discard(index)
        return found


class Graph:
    """The compatibility graph over nodes, with edges computed on demand and cached."""

    def __init__(self, nodes: Sequence[Node], *, lean: bool = False) -> None:
        self.lean = lean
        self.summaries = [n.summary for n in nodes]
        self.index = BlockIndex(lean=lean)
        for n in nodes:
            self.index.add(n)
        self._edges: dict[int, list[int]] = {}
        self._choices: dict[int, tuple[int, ...]] = {}
        self._keys: list[int] = []
        self._key_ids: dict[tuple[object, ...], int] = {}

    def _key(self, i: int) -> int:
        """The node's ``compatibility_key``, as a number."""
        if not self._keys:
            ids = self._key_ids
            self._keys = [ids.setdefault(compatibility_key(s), len(ids)) for s in self.summaries]
        return self._keys[i]

    def neighbours(self, i: int) -> list[int]:
        """The node's edges, sorted: compatible candidates; a strike told as going on has one, to
        the strike it chose (``choice``), and a strike has those that chose it."""
        cached = self._edges.get(i)
        if cached is None:
            cached = self._edges[i] = self.edges(i)
        return cached

    def edges(self, i: int) -> list[int]:
        """``neighbours``, computed anew (not kept)."""
        s = self.summaries[i]
        if s.ongoing:
            return sorted(self.choice(i))
        # candidates that tell the event alike (``compatibility_key``) are judged once: a
        # busy day's reports are many, told in a few ways
        judged: dict[int, bool] = {}
        found = []
        for j in self.index.candidates(i):
            other = self.summaries[j]
            if other.ongoing:
                if i in self.choice(j):
                    found.append(j)
                continue
            if not s.docs.isdisjoint(other.docs):
                continue  # never one event across documents (``compatible``)
            key = self._key(j)
            ok = judged.get(key)
            if ok is None:
                ok = judged[key] = compatible(s, other, same_doc=False)
            if ok:
                found.append(j)
        return sorted(found)

    def choice(self, i: int) -> tuple[int, ...]:
        """The strike nodes a strike told as going on speaks of (``choose_strikes``)."""
        chosen = self._choices.get(i)
        if chosen is None:
            found = {id(self.summaries[j]): j for j in self.index.candidates(i)}
            strikes = [self.summaries[j] for j in sorted(found.values())]
            chosen = tuple(found[id(s)] for s in choose_strikes(self.summaries[i], strikes))
            self._choices[i] = chosen
        return chosen

    def wide_neighbours(self, i: int) -> list[int]:
        """``neighbours`` and every candidate that a strike told as going on could choose
        or be chosen by: what a change can reach when only some nodes are known."""
        near = self.neighbours(i)
        s = self.summaries[i]
        extra = [
            j
            for j in self.index.candidates(i)
            if (s.ongoing and not self.summaries[j].ongoing and self.summaries[j].territories)
            or (self.summaries[j].ongoing and not s.ongoing)
        ]
        return sorted(set(near) | set(extra)) if extra else near

    def ambiguous(self, i: int) -> bool:
        """Whether two of the node's partners contradict each other (``compat.contradict``:
        two days, two towns, a strike and a march). Partners kept apart only by their sites,
        their document or the evidence rules (a week-precision plan, a side without a
        department) do not make a node ambiguous: it joins the one it agrees with best.
        A node that gives an event's name, a week-dated node that counts dead or a
        month-dated report of violence (``_told_by_its_dead``), a node placed at its
        department's namesake and a node that tells no peaceful protest (``_peaceful``)
        judge it first among the partners that give the name, count dead, lie in the
        namesake's province, or tell no peaceful protest either.

        Whether two summaries contradict depends only on their types, date window, place,
        modes, actors, day and dead (``contradiction_key``), so one partner per key is
        enough: a node
        of a busy day can have hundreds of partners told with a handful of keys (on the
        30,000-document benchmark corpus, pairs of keys are 186 times fewer than pairs of
        partners). Blocking finds every compatible pair, so two partners are compatible
        exactly when each is among the other's neighbours; only the pairs that are not are
        checked.
        """
        # a strike told as going on joins afterwards (``attach_ongoing``): it makes no
        # other node ambiguous
        around = [j for j in self.neighbours(i) if not self.summaries[j].ongoing]
        names = self.summaries[i].names
        if names:
            # "the taking of Lima" this week is the march other reports of the Toma de Lima
            # give a day, not the rally two days later
            around = [j for j in around if names & self.summaries[j].names] or around
        if _told_by_its_dead(self.summaries[i]):
            # "police shot dead two protesters in Cusco last week" is the day of that week
            # other reports count the dead of, not the clash two days before it; "the
            # shootings in Juliaca in January" the deadly day of that month
            around = [j for j in around if self.summaries[j].deadly] or around
        place = self.summaries[i].place
        if namesake(place):
            # "the clashes in Cusco left two dead" is the town's incident when reports place
            # one in its own province (Wánchaq, the airport), not a town of another province
            # that the region's name could also stand for (``compat._namesake_day``)
            around = [
                j for j in around if places_compatible(place, self.summaries[j].place)
            ] or around
        if not _peaceful(self.summaries[i]):
            # "police shot two protesters dead in Andahuaylas on Sunday" is the day's clash,
            # not the strike or the road blockade held that day (``_peaceful``)
            around = [j for j in around if not _peaceful(self.summaries[j])] or around
        if len(around) < 2:
            return False
        one: dict[tuple[object, ...], int] = {}
        twice: set[tuple[object, ...]] = set()
        for j in around:
            key = contradiction_key(self.summaries[j])
            if key in one:
                twice.add(key)
            else:
                one[key] = j
        # two partners of one key contradict when the key contradicts itself (not seen: the
        # types of a node all link, ``within``)
        if any(
            contradict(self.summaries[one[k]], self.summaries[one[k]], across=True) for k in twice
        ):
            return True
        around = list(one.values())
        for j in around:
            near = self.neighbours(j)  # sorted: a partner is looked up, no set is made
            for k in around:
                if k == j:
                    continue
                at = bisect.bisect_left(near, k)
                if (at == len(near) or near[at] != k) and contradict(
                    self.summaries[j], self.summaries[k], across=True
                ):
                    return True
        return False

    def reach(
        self,
        seeds: Iterable[int],
        keep: Callable[[int], bool] | None = None,
        *,
        wide: bool = False,
    ) -> set[int]:
        """Every node reachable from ``seeds`` (through nodes ``keep`` accepts); ``wide``:
        through ``wide_neighbours``."""
        edges = self.wide_neighbours if wide else self.neighbours
        seen: set[int] = set()
        stack = [i for i in seeds if keep is None or keep(i)]
        seen.update(stack)
        while stack:
            i = stack.pop()
            for j in edges(i):
                if j not in seen and (keep is None or keep(j)):
                    seen.add(j)
                    stack.append(j)
        return seen

    def components(self, nodes: Iterable[int]) -> list[list[int]]:
        """Connected components of the subgraph on ``nodes``, each sorted, in a stable order."""
        allowed = set(nodes)
        done: set[int] = set()
        out: list[list[int]] = []
        for i in sorted(allowed, key=lambda n: self.summaries[n].key):
            if i in done:
                continue
            comp = self.reach([i], allowed.__contains__)
            done |= comp
            out.append(sorted(comp, key=lambda n: self.summaries[n].key))
        return out


def components_of(nodes: Sequence[Node]) -> list[list[int]]:
    """``Graph(nodes).components(range(len(nodes)))``, the graph's edges not kept.

    Each node's edges are computed once and joined (union–find); what stays in memory
    is the keys the nodes are filed under and a parent per node, not every node's list
    of partners (on a dense corpus a node of a busy day has hundreds) nor the keys it
    looks up. A worker clustering a large group of
    candidates finds its components this way, then clusters a few at a time
    (``veeduria.scale._resolve``). Edges are symmetric (blocking finds every compatible
    pair from both sides), so the components are those ``Graph.components`` reaches.
    """
    graph = Graph(nodes, lean=True)
    parent = list(range(len(nodes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(nodes)):
        for j in graph.edges(i):
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        groups[find(i)].append(i)
    keys = graph.summaries
    out = [sorted(g, key=lambda n: keys[n].key) for g in groups.values()]
    return sorted(out, key=lambda g: keys[g[0]].key)


def _told_by_its_dead(s: Summary) -> bool:
    """A node dated by a window (not a day) that stands first for the deadly incident of
    its window (``Graph.ambiguous``): one that counts dead, or a report or a recollection
    of violence dated by a month or a year (``Summary.coarse``) that tells no peaceful
    protest and no denial.

    "Police fired on protesters in Juliaca in January", "the repression of November 2020
    in Lima", "the Senkata killings that November": reports and recollections that give a
    month name the violence of that month the way the news told it, by its dead, not a
    clash of another day of the month without them. A denial ("no abuses were committed in
    January") answers an accusation, which may be of any day, and a peaceful protest of
    the month is no report of its violence; both are judged among all their partners.
    """
    if s.day:
        return False
    if s.deadly:
        return True
    return s.coarse and not _peaceful(s) and "negated" not in s.families


def _peaceful(s: Summary) -> bool:
    """The side tells a peaceful protest (a march, a strike, a blockade, a vigil, or a
    protest that gives no form).

    A report of violence (a clash, a shooting, the dead) that tells no peaceful protest is
    read first as the day's violent incident (``Graph.ambiguous``): its links to the strike
    or the road blockade held that day (``compat.type_link``: stages of one protest, or
    sides of one demonstration) are a second reading, so two such partners told apart by
    their forms ("the strike" and "the clashes", ``compat.modes_apart``) do not make it
    ambiguous when the clashes are reported too. Reports name the violence of a protest day
    by what was done ("fired on", "two dead"), not by the form of the protest it broke out
    in, and outlets that tell a strike and its clash as one incident tell it as the clash.
    """
    return any(t[1] == PEACEFUL for t in s.types)


def compatibility_key(s: Summary) -> tuple[object, ...]:
    """What ``compat.compatible`` reads of a summary across documents, besides the
    documents themselves (which must differ): equal keys are compatible with the same
    summaries. (Families matter only where a side is undated, which never joins across
    documents; a publication window, ``recent``, joins only a side with an occurred member
    and never another window; ``deadly`` lets sites differ; ``fallen`` keeps the forces'
    dead apart from the crowd's.)"""
    told = "occurred" in s.families
    return (
        s.types,
        s.start,
        s.end,
        s.day,
        s.place,
        s.modes,
        s.actors,
        s.sites,
        s.recent,
        told,
        s.deadly,
        s.fallen,
    )


def contradiction_key(s: Summary) -> tuple[object, ...]:
    """What ``compat.contradict`` reads of a summary: equal keys contradict alike (across
    documents a department's namesake that counts the dead of one day does not contradict
    a town of it, ``compat._namesake_dead``)."""
    return (s.types, s.start, s.end, s.place, s.modes, s.actors, s.day, s.deadly)


def cluster_component(graph: Graph, component: Sequence[int]) -> list[list[int]]:
    """Cluster one connected component; returns lists of node indices."""
    if len(component) == 1:
        return [list(component)]
    summaries = graph.summaries
    ongoing = [i for i in component if summaries[i].ongoing]
    ambiguous = {i for i in component if not summaries[i].ongoing and graph.ambiguous(i)}
    held = ambiguous | set(ongoing)
    # Edges are merged by score, highest first, then by the keys of their two ends. They
    # are kept as pairs of ranks (positions in key order) in one array per score, filled
    # in rank order, so each array is already sorted: 8 bytes an edge instead of a tuple
    # (a component of a dense corpus has millions of edges).
    order = sorted(component, key=lambda n: summaries[n].key)
    rank = {i: r for r, i in enumerate(order)}
    by_score: dict[int, array[int]] = {}
    for r, i in enumerate(order):
        if i in held:
            continue
        later = sorted(
            rank[j]
            for j in graph.neighbours(i)
            if j not in held and rank[j] > r and not _told_by_other_dead(graph, i, j)
        )
        for q in later:
            s = score(summaries[i], summaries[order[q]])
            pairs = by_score.get(s)
            if pairs is None:
                pairs = by_score[s] = array("i")
            pairs.append(r)
            pairs.append(q)
    del rank
    parent = {i: i for i in component}
    merged: dict[int, Summary] = {i: summaries[i] for i in component}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for s in sorted(by_score, reverse=True):
        pairs = by_score.pop(s)
        for k in range(0, len(pairs), 2):
            ri, rj = find(order[pairs[k]]), find(order[pairs[k + 1]])
            if ri == rj or not compatible(merged[ri], merged[rj], same_doc=False):
                continue
            root, other = (ri, rj) if merged[ri].key < merged[rj].key else (rj, ri)
            parent[other] = root
            merged[root] = merge(merged[root], merged.pop(other))
        del pairs
    for i in ongoing:
        roots = {find(j) for j in graph.choice(i)}
        if len(roots) != 1:
            continue  # none, or two strikes that began that day: it could be either
        (root,) = roots
        if attach_ongoing(summaries[i], merged[root]):
            parent[i] = root
            merged[root] = merge(merged[root], merged.pop(i))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in component:
        groups[find(i)].append(i)
    return [groups[r] for r in sorted(groups, key=lambda r: merged[r].key)]


def _forces_dead(s: Summary) -> bool:
    return s.fallen == {"forces"}


def _told_by_other_dead(graph: Graph, i: int, j: int) -> bool:
    """One node counts only the forces among its dead (``compat.fallen_of``: "an officer was
    burned to death in his patrol car"), the other counts no dead and is a partner of a
    node that counts people killed by the forces ("police shot 17 protesters dead at the
    airport"): the report without dead ("clashes at the airport") is told of that day's
    incident, not of the officer's killing, and the edge is not merged.

    Union by score takes the edges one at a time: without this, the officer's report would
    take the clashes of the day first, and the clashes (now counting the forces' dead,
    ``compat._fallen_apart``) would never join the shooting they belong to. Reports that
    count the forces' dead, or that name no partner counting the crowd's, still join it.
    """
    summaries = graph.summaries
    for forces, bare in ((i, j), (j, i)):
        if _forces_dead(summaries[forces]) and not summaries[bare].fallen:
            return any("crowd" in summaries[k].fallen for k in graph.neighbours(bare))
    return False


def attach_ongoing(node: Summary, cluster: Summary) -> bool:
    """Whether an action told as going on can join this one (a node or a cluster).

    The action must have begun by the day of the report, be of the report's mode, be held
    by a place that holds the report's, and agree with the report told from the smallest
    such place (a strike may hold a town of another province where it was also told).
    """
    assert node.end is not None
    if cluster.start is None or cluster.ongoing or cluster.start > node.end:
        return False
    territory = _territory(node, cluster)
    if territory is None:
        return False
    return compatible(dataclasses.replace(node, place=territory), cluster, same_doc=False)


def _territory(node: Summary, action: Summary) -> Place | None:
    """The smallest of the places holding the action that holds a place of the report's,
    for an action of the report's mode (a curfew does not hold a blockade's report); an
    action held at one place (``compat.TERRITORY_WIDE``), below the department."""
    held = [
        t
        for mode, t in action.territories
        for told, p in node.territories
        if mode == told and _holds(t, p) and (mode in TERRITORY_WIDE or below_department(t, p))
    ]
    return max(held, key=lambda t: (_known(t), _place_text(t))) if held else None


def _known(place: Place) -> int:
    return sum(1 for part in place if part is not None)


def _holds(territory: Place, place: Place) -> bool:
    """Every level the territory names is the place's: Puno holds Ilave."""
    return _known(territory) > 0 and all(
        t is None or t == p for t, p in zip(territory, place, strict=True)
    )


def cluster_nodes(nodes: Sequence[Node]) -> list[list[Node]]:
    """Cluster nodes from many documents (a full, non-incremental run)."""
    graph = Graph(nodes)
    out: list[list[Node]] = []
    for comp in graph.components(range(len(nodes))):
        out.extend([nodes[i] for i in group] for group in cluster_component(graph, comp))
    return out


def block_key_text(key: BlockKey) -> str:
    """A block key as text, for storage: ``d|demonstration|puno|2023-01-09``."""
    parts = []
    for part in key:
        if part is None:
            parts.append("")
        elif isinstance(part, tuple):
            parts.append("-".join(f"{p:02d}" for p in part))
        elif isinstance(part, dt.date):
            parts.append(part.isoformat())
        else:
            parts.append(str(part))
    return "|".join(parts)
