"""Within-document coreference: the headline, the lead and a later paragraph are one event.

A document's mentions are read in text order. Each joins the compatible cluster that agrees
with it best (``compat.score``), the most recent one on a tie, or starts a new cluster.
Within a document a missing date or place does not stop a merge (the text around it gives
the context), but a date or place that contradicts does: Juliaca on Monday and Cusco on
Tuesday stay two events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from veeduria.models import ELSEWHERE_RULE
from veeduria.resolve.across import Node
from veeduria.resolve.compat import (
    Summary,
    compatible,
    incident_sites,
    merge,
    recent_window,
    score,
    summarize,
)
from veeduria.resolve.records import MentionRef


def text_order(ref: MentionRef) -> tuple[int, int, str]:
    return (ref.mention.sentence[0], ref.mention.trigger.span[0], ref.id)


def document_nodes(refs: Iterable[MentionRef]) -> list[Node]:
    """Cluster the mentions of one document.

    Args:
        refs: Mentions of a single document, in any order.

    Returns:
        One ``Node`` per event the document reports, in order of first mention.
    """
    ordered: Sequence[MentionRef] = sorted(refs, key=text_order)
    summaries: list[Summary] = []
    members: list[list[MentionRef]] = []
    last: list[int] = []
    for position, ref in enumerate(ordered):
        s = summarize(ref)
        elsewhere = any(ELSEWHERE_RULE in r for r in ref.mention.rules)
        best: tuple[int, int] | None = None
        chosen = -1
        for i, cluster in enumerate(summaries):
            if not compatible(cluster, s, same_doc=True):
                continue
            if elsewhere and any(r.mention.sentence == ref.mention.sentence for r in members[i]):
                continue  # told apart in its sentence, in a town of its own
            rank = (score(cluster, s), last[i])
            if best is None or rank > best:
                best, chosen = rank, i
        if chosen < 0:
            summaries.append(s)
            members.append([ref])
            last.append(position)
        else:
            summaries[chosen] = merge(summaries[chosen], s)
            members[chosen].append(ref)
            last[chosen] = position
    return [
        Node(incident_sites(recent_window(s, (r.published for r in m)), m), tuple(m))
        for s, m in zip(summaries, members, strict=True)
    ]


def node_of(refs: Sequence[MentionRef]) -> Node:
    """The node of mentions already known to be one event in one document."""
    ordered = sorted(refs, key=text_order)
    summary = summarize(ordered[0])
    for ref in ordered[1:]:
        summary = merge(summary, summarize(ref))
    summary = recent_window(summary, (r.published for r in ordered))
    return Node(incident_sites(summary, ordered), tuple(ordered))
