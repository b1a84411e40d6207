"""A full resolution split into independent parts, for running them in parallel (issue #7).

Cross-document merging only ever compares a node with the nodes filed under a block key it
looks up (``across.BlockIndex``), so the nodes fall into groups that no compatible pair
crosses: join every node that files under a key with every node that looks that key up.
A group is a union of connected components of the compatibility graph, usually a small
one; clustering each group alone (``resolver.recluster_nodes``) gives exactly the events a
run over every node gives.

The grouping needs only what a document's own mentions say: which of them are one node
(within-document clustering, ``within.document_nodes``) and the block keys of each node.
Neither depends on the near-duplicate group of the document (it only adds the same score
to every pair inside one document), so both are known as soon as the document is
extracted, before any other document is seen: ``document_plan`` is computed where the
extraction is made (a Dask worker), and ``buckets`` shares the groups out.
"""

from __future__ import annotations

import functools
import heapq
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from veeduria.resolve.across import BlockKey, Node
from veeduria.resolve.records import MentionRef
from veeduria.resolve.within import document_nodes


@dataclass(frozen=True)
class NodePlan:
    """One node of a document: its mention ids (in the node's order) and block keys.

    ``files`` are the keys the node is filed under, ``looks`` those it looks its
    candidates up in (``across.block_keys``), as text (``key_text``).
    """

    mentions: tuple[str, ...]
    files: tuple[str, ...]
    looks: tuple[str, ...]


@functools.lru_cache(maxsize=1 << 16)
def key_text(key: BlockKey) -> str:
    """A block key as text, for grouping only: one text per key, and cheaper than
    ``across.block_key_text`` (the stored form). Cached: nodes of one day and place share
    most of their keys."""
    return "|".join(map(str, key))


def plan_of(node: Node) -> NodePlan:
    files, looks = node.blocks
    return NodePlan(
        mentions=tuple(r.id for r in node.members),
        files=tuple(sorted({key_text(k) for k in files})),
        looks=tuple(sorted({key_text(k) for k in looks})),
    )


def document_plan(refs: Iterable[MentionRef]) -> list[NodePlan]:
    """The nodes of one document's mentions (every mention of the document)."""
    return [plan_of(node) for node in document_nodes(refs)]


def plans_to_json(plans: Sequence[NodePlan]) -> str:
    return json.dumps([[list(p.mentions), list(p.files), list(p.looks)] for p in plans])


def plans_from_json(text: str) -> list[NodePlan]:
    return [NodePlan(tuple(m), tuple(f), tuple(k)) for m, f, k in json.loads(text)]


def node_groups(plans: Sequence[NodePlan]) -> list[list[int]]:
    """Groups of node indexes that no candidate pair crosses, in order of first index.

    A key joins the nodes filed under it with the nodes that look it up, when it has both
    (a key only filed under, or only looked up, pairs nothing).
    """
    parent = list(range(len(plans)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    filed: dict[str, list[int]] = defaultdict(list)
    for i, plan in enumerate(plans):
        for key in plan.files:
            filed[key].append(i)
    looked: dict[str, list[int]] = defaultdict(list)
    for i, plan in enumerate(plans):
        for key in plan.looks:
            if key in filed:
                looked[key].append(i)
    for key, lookers in looked.items():
        root = find(lookers[0])
        for i in (*lookers[1:], *filed[key]):
            other = find(i)
            if other != root:
                if other < root:
                    root, other = other, root
                parent[other] = root
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(plans)):
        groups[find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def buckets(plans: Sequence[NodePlan], count: int) -> list[list[int]]:
    """The node groups shared out into at most ``count`` buckets of about equal mentions.

    Largest group first, each into the lightest bucket so far (ties: the lower bucket);
    each bucket's indexes sorted; empty buckets left out. Deterministic.
    """
    groups = node_groups(plans)
    weight = [sum(len(plans[i].mentions) for i in g) for g in groups]
    order = sorted(range(len(groups)), key=lambda g: (-weight[g], groups[g][0]))
    heap = [(0, b) for b in range(max(1, count))]
    out: list[list[int]] = [[] for _ in heap]
    for g in order:
        load, b = heapq.heappop(heap)
        out[b].extend(groups[g])
        heapq.heappush(heap, (load + weight[g], b))
    return [sorted(b) for b in out if b]
