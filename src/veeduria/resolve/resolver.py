"""``resolve``: mentions in, events out; deterministic, order-independent and incremental."""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from veeduria.models import ONGOING_RULE
from veeduria.resolve.across import Graph, Node, block_key_text, block_keys, cluster_component
from veeduria.resolve.compat import Summary, merge, summarize
from veeduria.resolve.reconcile import apply_locks, build_event
from veeduria.resolve.records import MentionRef, ResolvedEvent
from veeduria.resolve.within import document_nodes, node_of

logger = logging.getLogger(__name__)


def _dedupe(refs: Sequence[MentionRef]) -> dict[str, MentionRef]:
    by_id: dict[str, MentionRef] = {}
    for ref in refs:
        seen = by_id.get(ref.id)
        if seen is not None and seen != ref:
            raise ValueError(f"two different mentions share the id {ref.id!r}")
        by_id[ref.id] = ref
    return by_id


def _summary(nodes: Sequence[Node]) -> Summary:
    s = nodes[0].summary
    for n in nodes[1:]:
        s = merge(s, n.summary)
    return s


def sort_key(event: ResolvedEvent) -> tuple[str, str]:
    """Events are listed by date, then id."""
    return (event.date.start.isoformat() if event.date else "9999", event.id)


def resolve(
    mentions: Sequence[MentionRef],
    *,
    previous: Sequence[ResolvedEvent] = (),
    locked: Mapping[str, Mapping[str, object]] | None = None,
) -> list[ResolvedEvent]:
    """Merge mentions of the same real event, inside and across documents.

    The result depends only on the set of mentions (and ``locked``): the same inputs in any
    order give the same events and ids. With ``previous``, the new mentions join the earlier
    events: only the candidate components they touch are re-clustered, every other event is
    returned as it was, and the result equals a full run over all the mentions.

    Args:
        mentions: New mentions. A mention whose id is already in ``previous`` replaces it.
        previous: Events of an earlier call (they carry their member mentions).
        locked: Reviewed values per event id, ``{event_id: {field: value}}``; they are kept
            as they are. When an event's id changes because earlier reporting joined it, the
            locks of the previous events it absorbed carry over to it.

    Returns:
        Events sorted by date and id.

    Raises:
        ValueError: two different mentions share an id, or a locked field is not lockable.
    """
    started = time.perf_counter()
    locked = locked or {}
    new = _dedupe(mentions)
    touched = {r.doc_id for r in new.values()}
    prev_of: dict[str, ResolvedEvent] = {}
    by_doc: dict[str, list[MentionRef]] = defaultdict(list)
    for ref in new.values():
        by_doc[ref.doc_id].append(ref)
    # Current nodes: documents with new mentions are clustered again; the others keep the
    # node they had (an event holds at most one node per document). ``ghosts`` are the
    # nodes the re-clustered documents had before.
    nodes: list[Node] = []
    ghosts: list[Node] = []
    for event in sorted(previous, key=lambda e: e.id):
        cached = {n.members[0].doc_id: n for n in event.nodes if isinstance(n, Node)}
        per_doc: dict[str, list[MentionRef]] = defaultdict(list)
        for ref in event.members:
            if ref.id not in prev_of:
                prev_of[ref.id] = event
                per_doc[ref.doc_id].append(ref)
        for doc in sorted(per_doc):
            refs = per_doc[doc]
            node = cached.get(doc)
            if node is None or len(node.members) != len(refs):
                node = node_of(refs)
            if doc in touched:
                ghosts.append(node)
                by_doc[doc].extend(r for r in refs if r.id not in new)
            else:
                nodes.append(node)
    fresh_from = len(nodes)
    for doc in sorted(by_doc):
        nodes.extend(document_nodes(by_doc[doc]))

    if previous:
        # Which current nodes can the new mentions reach, through current nodes and the
        # nodes those documents had before (a re-extracted document may bridge others)?
        wide = Graph(nodes + ghosts)
        seeds = list(range(fresh_from, len(nodes) + len(ghosts)))
        affected = sorted(i for i in wide.reach(seeds, wide=True) if i < len(nodes))
    else:
        affected = list(range(len(nodes)))

    work = [nodes[i] for i in affected]
    graph = Graph(work)
    events: list[ResolvedEvent] = []
    absorbed: set[str] = set()
    for comp in graph.components(range(len(work))):
        for group in cluster_component(graph, comp):
            group_nodes = [work[i] for i in group]
            members = [r for n in group_nodes for r in n.members]
            event = build_event(members, _summary(group_nodes), nodes=tuple(group_nodes))
            before = sorted({prev_of[r.id].id for r in members if r.id in prev_of})
            absorbed.update(before)
            locks: dict[str, object] = {}
            for pid in [event.id, *(p for p in before if p != event.id)]:
                for name, value in locked.get(pid, {}).items():
                    locks.setdefault(name, value)
            event = apply_locks(event, locks)
            if any(p != event.id for p in before):
                event = replace(event, previous_ids=tuple(p for p in before if p != event.id))
            events.append(event)
    untouched = [e for e in previous if e.id not in absorbed]
    for event in untouched:
        events.append(apply_locks(event, locked.get(event.id, {})))
    events.sort(key=sort_key)
    logger.debug(
        "resolve: %d new mentions, %d previous events, %d nodes re-clustered, %d events, %.2fs",
        len(new),
        len(previous),
        len(work),
        len(events),
        time.perf_counter() - started,
    )
    return events


@dataclass(frozen=True)
class Neighbourhood:
    """What ``recluster`` made of a closed neighbourhood of mentions.

    Attributes:
        events: The events, sorted by date and id (reviewed values not applied).
        component: Event id -> its connected component in the compatibility graph (the
            smallest mention id of the component). Only mentions of one component can
            ever change each other's events.
        blocks: Component -> the blocking keys its per-document clusters are filed under
            (``across.block_key_text``); a new mention whose lookup keys meet them may
            join the component.
        untouched: Indexes of the ``optional`` clusters left as they were.
    """

    events: list[ResolvedEvent]
    component: dict[str, str]
    blocks: dict[str, frozenset[str]]
    untouched: frozenset[int] = frozenset()


def lookup_keys(mentions: Sequence[MentionRef]) -> set[str]:
    """The blocking keys under which the clusters of these documents look for partners.

    Give every mention of each document: they are clustered per document first.
    """
    by_doc: dict[str, list[MentionRef]] = defaultdict(list)
    for ref in _dedupe(mentions).values():
        by_doc[ref.doc_id].append(ref)
    keys: set[str] = set()
    for doc in sorted(by_doc):
        for node in document_nodes(by_doc[doc]):
            keys.update(block_key_text(k) for k in node.blocks[1])
    return keys


def strike_lookup_keys(mentions: Iterable[MentionRef]) -> set[str]:
    """The blocking keys under which the reports among these mentions that tell a strike
    going on look for the strikes they could speak of (each mention alone: a superset of
    the keys of the nodes they are in).

    An incremental run loads the components these keys meet when it clusters again a
    component holding such a report: the strike it chose may be gone, and it must then
    choose among all its candidates (``across.choose_strikes``).
    """
    keys: set[str] = set()
    for ref in mentions:
        if ONGOING_RULE in ref.mention.rules:
            keys.update(block_key_text(k) for k in block_keys(summarize(ref))[1])
    return keys


def recluster(
    mentions: Sequence[MentionRef],
    clusters: Iterable[Sequence[MentionRef]] = (),
    *,
    optional: Sequence[Sequence[MentionRef]] = (),
) -> Neighbourhood:
    """Cluster the documents of ``mentions`` again together with stored clusters.

    This is the incremental step of a store (``veeduria.events.resolve_store``): the caller
    passes every current mention of the documents that changed, the members of every stored
    component those documents were in (``clusters``), and the members of the stored
    components their ``lookup_keys`` meet (``optional``). That set is closed under
    compatibility, so clustering it gives exactly the events a full run over all mentions
    gives for these mentions. With no ``clusters`` it is a full run.

    An ``optional`` cluster is clustered again only when the changed documents, or the
    ``clusters``, reach it through compatible pairs (its whole component then is); the
    others are left as they were (``Neighbourhood.untouched``).

    Args:
        mentions: Every current mention of the documents to cluster again.
        clusters: Members of stored events (one sequence per event). Members from the
            documents of ``mentions`` are left out: those documents are clustered anew.
            Every other document keeps its per-document cluster.
        optional: Members of stored events that may be left as they are.

    Raises:
        ValueError: two different mentions share an id.
    """
    fresh = _dedupe(mentions)
    by_doc: dict[str, list[MentionRef]] = defaultdict(list)
    for ref in fresh.values():
        by_doc[ref.doc_id].append(ref)
    nodes: list[Node] = []
    owner: list[int] = []  # the optional cluster of each node, -1 for the others
    seen: set[str] = set(fresh)
    sources = [(-1, c) for c in clusters] + list(enumerate(optional))
    for index, members in sources:
        per_doc: dict[str, list[MentionRef]] = defaultdict(list)
        for ref in members:
            if ref.doc_id in by_doc or ref.id in seen:
                continue
            seen.add(ref.id)
            per_doc[ref.doc_id].append(ref)
        for doc in sorted(per_doc):
            nodes.append(node_of(per_doc[doc]))
            owner.append(index)
    for doc in sorted(by_doc):
        for node in document_nodes(by_doc[doc]):
            nodes.append(node)
            owner.append(-1)
    graph = Graph(nodes)
    if optional:
        work = graph.reach((i for i in range(len(nodes)) if owner[i] < 0), wide=True)
        untouched = frozenset(range(len(optional))) - {owner[i] for i in work}
    else:
        work, untouched = set(range(len(nodes))), frozenset()
    return _cluster(nodes, graph, work, untouched)


def recluster_nodes(nodes: Sequence[Node]) -> Neighbourhood:
    """Cluster nodes already made per document (``within.document_nodes``) into events.

    The per-component entry point of a full run split in parts (``resolve.components``):
    when ``nodes`` hold every node that can reach them through candidate blocks (a
    union of ``components.node_groups``), the events, components and blocks are those
    ``recluster`` gives for the same nodes in a run over every mention.
    """
    nodes = list(nodes)
    return _cluster(nodes, Graph(nodes), set(range(len(nodes))), frozenset())


@dataclass(frozen=True)
class Partition:
    """Nodes clustered into events, before the events are built: the node indexes of
    each event, the component (``Neighbourhood.component``) of each, and the blocks of
    each component."""

    groups: list[list[int]]
    component: list[str]
    blocks: dict[str, frozenset[str]]


def partition_nodes(nodes: Sequence[Node]) -> Partition:
    """``recluster_nodes`` without building the events: what the clustering reads of a
    node is its summary, so nodes without their mentions (``Node(summary, ())``) will
    do, and the events can be built a few at a time (``event_of``)."""
    nodes = list(nodes)
    # lean: each node's edges are computed once and kept, so the keys it looks up are
    # needed once (a node of month precision looks up hundreds)
    return _partition(nodes, Graph(nodes, lean=True), set(range(len(nodes))))


def event_of(nodes: Sequence[Node]) -> ResolvedEvent:
    """The event of nodes clustered together (their mentions given)."""
    return build_event([r for n in nodes for r in n.members], _summary(nodes))


def _partition(nodes: Sequence[Node], graph: Graph, work: set[int]) -> Partition:
    groups: list[list[int]] = []
    component: list[str] = []
    blocks: dict[str, frozenset[str]] = {}
    for comp in graph.components(work):
        key = min(nodes[i].key for i in comp)
        if graph.lean:  # the keys made again, not kept on the nodes (``Node.blocks``)
            files = {block_key_text(k) for i in comp for k in block_keys(nodes[i].summary)[0]}
        else:
            files = {block_key_text(k) for i in comp for k in nodes[i].blocks[0]}
        blocks[key] = frozenset(files)
        for group in cluster_component(graph, comp):
            groups.append(group)
            component.append(key)
    return Partition(groups, component, blocks)


def _cluster(
    nodes: Sequence[Node], graph: Graph, work: set[int], untouched: frozenset[int]
) -> Neighbourhood:
    part = _partition(nodes, graph, work)
    events: list[ResolvedEvent] = []
    component: dict[str, str] = {}
    for group, key in zip(part.groups, part.component, strict=True):
        event = event_of([nodes[i] for i in group])
        component[event.id] = key
        events.append(event)
    events.sort(key=sort_key)
    return Neighbourhood(events, component, part.blocks, untouched)
