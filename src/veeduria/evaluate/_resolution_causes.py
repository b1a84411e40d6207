"""Why resolution kept apart what the gold joins: the rule, for a pair of mentions or of nodes.

``why_summaries`` names the first rule of ``compat.compatible`` that keeps two summaries
apart. ``missed_across`` traces every pair of mentions of two documents that the gold puts
in one event and the clustering does not to the two mentions' nodes (their documents'
clusters, ``within.document_nodes``) and to the compatibility graph, and counts the pairs
per cause: a rule between the nodes (``nodes: dates``, ``nodes: sites`` ...), a report told
going on that chose another action (``going on``), ambiguity between two incidents
(``ambiguous``), or the union–find, which found the two whole clusters incompatible
(``clusters``: usually each holds one node of a third report). Pairs within a document are
left to ``why_summaries`` on the mentions. Diagnostics only: nothing here changes a figure.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from veeduria.resolve import compat
from veeduria.resolve.across import Graph, Node
from veeduria.resolve.compat import Summary
from veeduria.resolve.records import MentionRef
from veeduria.resolve.within import document_nodes


def why_summaries(x: Summary, y: Summary, *, same_doc: bool) -> str:
    """The first rule of ``compat.compatible`` that keeps two summaries apart, in its order,
    or ``compatible``."""
    if x.families != y.families and not (x.dated and y.dated):
        if not (same_doc and compat._denial(x, y)):
            return "families, undated"
    if (x.recent and "occurred" not in y.families) or (y.recent and "occurred" not in x.families):
        return "publication window, no occurred side"
    if not same_doc and not (x.dated and y.dated):
        return "undated across"
    if not same_doc and x.recent and y.recent:
        return "two publication windows"
    if None in compat._links(x, y):
        return "types"
    if x.start is not None and y.start is not None:
        assert x.end is not None and y.end is not None
        if x.start > y.end or y.start > x.end:
            return "dates"
    checks = (
        (
            "places",
            not compat.places_compatible(x.place, y.place)
            and (same_doc or not compat._namesake_day(x, y)),
        ),
        ("modes", compat.modes_apart(x.modes, y.modes)),
        ("actors", compat.actors_contradict(x.actors, y.actors)),
        ("scopes", compat._scopes_apart(x, y)),
        ("armed attack", compat._armed_attack_apart(x, y)),
        ("fallen", compat._fallen_apart(x, y)),
        ("sites", compat._sites_apart(x, y) and (same_doc or not compat._deadly_day(x, y))),
    )
    for name, failed in checks:
        if failed:
            return name
    if same_doc:
        for name, rule in (
            ("peaceful_apart", compat._peaceful_apart),
            ("plan_apart", compat._plan_apart),
            ("forms_apart", compat._forms_apart),
        ):
            if rule(x, y):
                return name
        return "compatible" if compat.compatible(x, y, same_doc=True) else "related, bare"
    links = compat._links(x, y)
    if links != {"same"} and not (
        (compat._near_day(x, y) or compat._coarse_stage(x, y))
        and (
            compat.below_department(x.place, y.place)
            or compat._namesake_day(x, y)
            or compat._told_coarser(x, y)
        )
    ):
        return "cross-type: day/below department"
    if (x.coarse or y.coarse) and not compat.coarse_kind(x, y):
        return "coarse, not same kind"
    if not (x.strong and y.strong) and not compat.strong_agreement(x, y):
        return "no department, no strong agreement"
    return "compatible"


def missed_across(
    refs: Sequence[MentionRef],
    predicted: Mapping[str, str],
    gold_group: Mapping[str, str],
) -> dict[str, dict[str, int]]:
    """Missed pairs across documents per cause: ``{cause: {"pairs": n, "node_pairs": m,
    "document_pairs": d}}``; ``document_pairs`` counts the pairs of documents of one gold
    group that share no predicted event under the cause closest to a join among their
    mention pairs (``_closest``), and is left out where no document pair has that cause.

    Args:
        refs: Every mention that was resolved (the nodes are made from all of them).
        predicted: Mention id -> event id.
        gold_group: Mention id -> gold ``event_group``, for the matched mentions.
    """
    by_doc: dict[str, list[MentionRef]] = defaultdict(list)
    for r in refs:
        by_doc[r.doc_id].append(r)
    nodes: list[Node] = []
    for doc in sorted(by_doc):
        nodes.extend(document_nodes(by_doc[doc]))
    node_of = {r.id: i for i, n in enumerate(nodes) for r in n.members}
    doc_of = {r.id: r.doc_id for r in refs}
    graph = Graph(nodes)
    ambiguous: dict[int, bool] = {}

    def is_ambiguous(i: int) -> bool:
        if i not in ambiguous:
            ambiguous[i] = not nodes[i].summary.ongoing and graph.ambiguous(i)
        return ambiguous[i]

    pairs: Counter[str] = Counter()
    node_pairs: dict[str, set[tuple[int, int]]] = defaultdict(set)
    # per pair of documents of one gold group: joined, or the causes of its mention pairs
    doc_pairs: dict[tuple[str, str, str], Counter[str] | None] = {}
    items = sorted(gold_group)
    for x, a in enumerate(items):
        for b in items[x + 1 :]:
            if gold_group[a] != gold_group[b] or doc_of[a] == doc_of[b]:
                continue
            da, db = sorted((doc_of[a], doc_of[b]))
            key = (gold_group[a], da, db)
            if predicted[a] == predicted[b]:
                doc_pairs[key] = None
                continue
            i, j = sorted((node_of[a], node_of[b]))
            si, sj = nodes[i].summary, nodes[j].summary
            if j in graph.neighbours(i):
                cause = "ambiguous" if is_ambiguous(i) or is_ambiguous(j) else "clusters"
            elif si.ongoing or sj.ongoing:
                cause = "going on"
            else:
                cause = "nodes: " + why_summaries(si, sj, same_doc=False)
            pairs[cause] += 1
            node_pairs[cause].add((i, j))
            seen = doc_pairs.setdefault(key, Counter())
            if seen is not None:
                seen[cause] += 1
    out = {
        cause: {"pairs": n, "node_pairs": len(node_pairs[cause])}
        for cause, n in pairs.most_common()
    }
    by_docs = Counter(_closest(c) for c in doc_pairs.values() if c is not None)
    for cause, n in by_docs.items():
        out[cause]["document_pairs"] = n
    return out


#: the causes of a document pair's mention pairs, closest to a join first: the nodes could
#: join (``clusters``, ``ambiguous``, ``going on``), then a rule between them, dates last
_CLOSE = ("clusters", "ambiguous", "going on")


def _closest(causes: Counter[str]) -> str:
    """The cause of a pair of documents of one gold group that share no predicted event:
    the cause of its mention pairs closest to a join (``_CLOSE``, then any rule but the
    dates, then the dates), the most frequent on a tie. One story told by thirty outlets
    weighs as much as thirty document pairs, not as hundreds of mention pairs."""

    def rank(cause: str) -> tuple[int, int, str]:
        if cause in _CLOSE:
            return (_CLOSE.index(cause), -causes[cause], cause)
        return (len(_CLOSE) + (cause == "nodes: dates"), -causes[cause], cause)

    return min(causes, key=rank)
