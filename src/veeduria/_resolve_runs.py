"""Resolution through the store: a full run, and an incremental run that re-clusters only
what changed (docs/resolution.md, "Incremental runs"). ``veeduria.events.resolve_store``
chooses between them; both give the same events.

The state of the last run is kept in the ``resolution_*`` tables (revision 0004): the
near-duplicate group and LSH bands of each document, the cluster (event before reviews)
and component of each mention, and the blocking keys of each component. An incremental
run, inside one transaction:

1. finds what changed: new, re-extracted and vanished documents and mentions, and reviews
   made since the last run;
2. updates the near-duplicate groups (new documents are compared with the stored ones that
   share an LSH band; a group that lost a document is grouped again);
3. loads the stored components the changed documents were in, and those their lookup keys
   meet, and clusters them again together with the changed documents (``recluster``);
4. applies the reviews to the events that changed and to every event tied to them by a
   shared mention or a merge or split review, and rewrites only the rows that changed.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from veeduria._event_reviews import MERGE, SPLIT, Reviewed, apply_reviews
from veeduria._memory import release_free_memory
from veeduria.extract.serialize import mention_from_dict
from veeduria.resolve import MentionRef, ResolvedEvent
from veeduria.resolve.compat import merge, summarize
from veeduria.resolve.dedup import (
    THRESHOLD,
    band_keys,
    candidate_buckets,
    candidate_pairs,
    connected_sets,
    copy_links,
    groups_from_links,
    jaccard,
    near_duplicate_groups,
    shingles,
)
from veeduria.resolve.reconcile import build_event
from veeduria.resolve.resolver import Neighbourhood, lookup_keys, recluster, strike_lookup_keys
from veeduria.store import _resolution_state as state
from veeduria.store._event_rows import event_row
from veeduria.store.events import PreviousState, Review, source_of
from veeduria.store.schema import resolution_blocks, resolution_members

logger = logging.getLogger(__name__)

#: Documents whose texts are read and hashed at a time.
TEXT_BATCH = 500

RowLinks = tuple[dict[str, Any], list[tuple[str, str]]]
#: Near-duplicate band keys per document id, hashed before the run (on Dask workers).
#: Handed over: the run takes them out as it uses them (``_keys_and_sets``).
KnownBands = MutableMapping[str, tuple[str, ...]]


class JoinedBands(Mapping[str, tuple[str, ...]]):
    """Band keys by document, each document's keys kept as one string (they hold no
    space): a tuple of short strings per document took about 76 MB at 100,000 documents,
    which a full run holds from its start until it writes them."""

    def __init__(self, keys: Mapping[str, Sequence[str]]) -> None:
        self._joined = {d: " ".join(k) for d, k in keys.items()}

    def __getitem__(self, doc_id: str) -> tuple[str, ...]:
        joined = self._joined[doc_id]
        return tuple(joined.split(" ")) if joined else ()

    def __iter__(self) -> Iterator[str]:
        return iter(self._joined)

    def __len__(self) -> int:
        return len(self._joined)


@dataclass
class Outcome:
    """What a run computed: the rows to write and what the state tables should hold."""

    mode: str
    rows: Iterable[RowLinks]
    recomputed: int  # events before reviews built again
    replaced: set[str] = field(default_factory=set)  # stored events the rows replace
    members: list[dict[str, str]] = field(default_factory=list)
    blocks: list[dict[str, str]] = field(default_factory=list)
    old_components: set[str] = field(default_factory=set)
    gone_mentions: set[str] = field(default_factory=set)
    groups_now: dict[str, str] = field(default_factory=dict)
    new_bands: Mapping[str, Sequence[str]] = field(default_factory=dict)
    removed_docs: set[str] = field(default_factory=set)
    #: the state tables were cleared and the documents' state written (a full run)
    state_begun: bool = False


# -- reading mentions ----------------------------------------------------------------------


class _Facts:
    """Outlet, publication date and near-duplicate group of documents, read once each."""

    def __init__(self, conn: sa.Connection, groups: Mapping[str, str]) -> None:
        self.conn = conn
        self.groups = dict(groups)
        self._facts: dict[str, tuple[str | None, Any]] = {}

    def load(self, doc_ids: Collection[str]) -> None:
        missing = [d for d in doc_ids if d not in self._facts]
        for doc_id, facts in state.doc_facts(self.conn, missing).items():
            self._facts[doc_id] = (source_of(facts.source_name, facts.url), facts.published)
        unknown = [d for d in doc_ids if d not in self.groups]
        self.groups.update(state.groups(self.conn, unknown))

    def ref(self, mention_id: str, doc_id: str, data: Mapping[str, Any]) -> MentionRef | None:
        try:
            mention = mention_from_dict(dict(data))
        except (KeyError, TypeError, ValueError) as err:
            logger.warning("mention %s of document %s unreadable: %r", mention_id, doc_id, err)
            return None
        source, published = self._facts[doc_id]
        return MentionRef(
            id=mention_id,
            doc_id=doc_id,
            source=source,
            published=published,
            mention=mention,
            dup_group=self.groups.get(doc_id, doc_id),
        )

    def refs(self, rows: Iterable[tuple[str, str, Any]]) -> list[MentionRef]:
        out = []
        for mention_id, doc_id, data in rows:
            ref = self.ref(mention_id, doc_id, data)
            if ref is not None:
                out.append(ref)
        return out


# -- near-duplicate groups -----------------------------------------------------------------


def _keys_and_sets(
    conn: sa.Connection,
    doc_ids: Collection[str],
    *,
    keep_sets: bool,
    known: KnownBands | None = None,
) -> tuple[dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    """Band keys of these documents (and their shingle sets when ``keep_sets``).

    Keys in ``known`` (hashed where the documents were extracted: they depend on the
    text alone) are taken as they are, and those texts are not read here. ``known`` is
    emptied: its keys live on in the result, which the run forgets once it has written
    them, where the caller's mapping would hold them to the end (about 80 MB at 100,000
    documents). A second attempt of the run hashes the texts again: the same keys.
    """
    known = known if known is not None else {}
    keys: dict[str, tuple[str, ...]] = {d: tuple(known[d]) for d in doc_ids if d in known}
    known.clear()
    sets: dict[str, frozenset[str]] = {}
    batch: list[tuple[str, frozenset[str]]] = []

    def flush() -> None:
        for (doc_id, s), k in zip(batch, band_keys([s for _, s in batch]), strict=True):
            keys[doc_id] = k
            if keep_sets:
                sets[doc_id] = s
        batch.clear()

    for doc_id, text in state.texts(conn, [d for d in doc_ids if d not in keys]):
        batch.append((doc_id, shingles(text)))
        if len(batch) >= TEXT_BATCH:
            flush()
    flush()
    return keys, sets


def _linked(
    conn: sa.Connection,
    pairs: Iterable[tuple[str, str]],
    sets: dict[str, frozenset[str]],
) -> list[tuple[str, str]]:
    """The candidate pairs whose texts are copies (exact Jaccard of shingles)."""
    pairs = sorted(pairs)
    need = {d for p in pairs for d in p if d not in sets}
    for doc_id, text in state.texts(conn, need):
        sets[doc_id] = shingles(text)
    return [(a, b) for a, b in pairs if _copies(sets[a], sets[b])]


def copies_within(
    buckets: Sequence[Sequence[str]], texts: Mapping[str, str]
) -> list[tuple[str, str]]:
    """``dedup.copy_links`` over these LSH buckets, given the texts of their documents (a
    Dask worker runs it on a share of the buckets, ``veeduria.scale._resolve``).

    One connected set of documents at a time (``dedup.connected_sets``): only the
    shingles of one set are in memory at once, not those of a whole corpus."""
    links: list[tuple[str, str]] = []
    for part in connected_sets(buckets):
        links.extend(_copies_in(part, texts))
    return links


def _copies_in(buckets: Sequence[Sequence[str]], texts: Mapping[str, str]) -> list[tuple[str, str]]:
    sets = {d: shingles(texts[d]) for d in sorted({d for b in buckets for d in b})}
    return copy_links(buckets, lambda a, b: _copies(sets[a], sets[b]))


def band_keys_of(
    conn: sa.Connection, doc_ids: Collection[str], known: KnownBands | None = None
) -> dict[str, tuple[str, ...]]:
    """Band keys of these documents (``known`` ones taken as they are)."""
    return _keys_and_sets(conn, doc_ids, keep_sets=False, known=known)[0]


def _copies(a: frozenset[str], b: frozenset[str]) -> bool:
    """``jaccard(a, b) >= THRESHOLD``, without building the union.

    The intersection is at most the smaller set and the union at least the larger, so
    sets whose sizes differ too much are not copies; otherwise the union's size is
    ``|a| + |b| - |a & b|``: the same fraction ``jaccard`` computes.
    """
    small, large = sorted((len(a), len(b)))
    if not large:
        return jaccard(a, b) >= THRESHOLD
    if small / large < THRESHOLD:  # division rounds monotonically: a bound on jaccard
        return False
    common = len(a & b)
    return common / (small + large - common) >= THRESHOLD


def full_groups(
    conn: sa.Connection, doc_ids: Collection[str], known: KnownBands | None = None
) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Groups and band keys of every document, reading texts a batch at a time."""
    keys, _ = _keys_and_sets(conn, doc_ids, keep_sets=False, known=known)
    links: list[tuple[str, str]] = []
    batch: list[list[Sequence[str]]] = []

    def flush() -> None:
        texts = dict(state.texts(conn, {d for part in batch for b in part for d in b}))
        for part in batch:
            links.extend(_copies_in(part, texts))
        batch.clear()

    # the candidates' texts read and shingled a few connected sets at a time, not all kept
    for part in connected_sets(candidate_buckets(keys)):
        batch.append(part)
        if sum(len(b) for p in batch for b in p) >= TEXT_BATCH:
            flush()
    flush()
    return groups_from_links(doc_ids, links), keys


def incremental_groups(
    conn: sa.Connection, delta: state.Delta, known: KnownBands | None = None
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], set[str]]:
    """Update the groups for new and vanished documents.

    Returns:
        The group of every document whose group is new or changed, the band keys of the
        new documents, and the stored documents whose group changed.
    """
    removed = {doc for doc, _ in delta.gone_docs}
    now: dict[str, str] = {}
    # a group that lost a document may fall apart: group its other documents again
    broken = {g for _, g in delta.gone_docs}
    if broken:
        left = {d: g for d, g in state.group_members(conn, broken).items() if d not in removed}
        regrouped = near_duplicate_groups(state.texts(conn, left))
        now.update({d: g for d, g in regrouped.items() if left[d] != g})
    new = list(delta.new_docs)
    keys, sets = _keys_and_sets(conn, new, keep_sets=True, known=known)
    holders = state.band_holders(conn, {k for ks in keys.values() for k in ks})
    pairs = candidate_pairs(keys)
    for doc_id, doc_keys in keys.items():
        for key in doc_keys:
            pairs.update(
                (min(doc_id, other), max(doc_id, other))
                for other in holders.get(key, ())
                if other not in removed and other != doc_id
            )
    links = _linked(conn, pairs, sets)
    old_docs = {d for p in links for d in p} - set(new)
    old_group = state.groups(conn, old_docs)
    old_group.update({d: now[d] for d in old_docs if d in now})
    # a stored document stands for its whole group: link it to the group's id
    tokens = set(new) | {f"g:{g}" for g in old_group.values()}
    merged = groups_from_links(
        tokens,
        [
            (a if a in keys else f"g:{old_group[a]}", b if b in keys else f"g:{old_group[b]}")
            for a, b in links
        ],
    )
    by_root: dict[str, list[str]] = defaultdict(list)
    for token, root in merged.items():
        by_root[root].append(token)
    renamed: dict[str, str] = {}
    for members in by_root.values():
        ids = [t.removeprefix("g:") for t in members]
        group = min(ids)
        for token in members:
            if token.startswith("g:"):
                if token[2:] != group:
                    renamed[token[2:]] = group
            else:
                now[token] = group
    if renamed:
        stored = state.group_members(conn, set(renamed) | broken)
        for doc_id in sorted(set(stored) | set(now)):
            current = now.get(doc_id, stored.get(doc_id))
            if doc_id not in removed and current in renamed:
                now[doc_id] = renamed[current]
    changed = {d for d in now if d not in keys}
    return now, keys, changed


# -- full run ------------------------------------------------------------------------------


def full_run(
    conn: sa.Connection,
    reviews: Sequence[Review],
    previous: PreviousState,
    known: KnownBands | None = None,
) -> Outcome:
    """Everything from scratch: groups, clusters, reviews.

    The rows come as an iterator that lets go of each event once its row is made, so the
    caller can write them a chunk at a time. ``known``: band keys already hashed.
    """
    doc_ids = list(conn.scalars(state.current_documents().order_by(sa.text("1"))))
    groups, keys = full_groups(conn, doc_ids, known)
    facts = _Facts(conn, groups)
    facts.load(doc_ids)
    refs = facts.refs(state.mention_rows(conn, doc_ids=doc_ids))
    del facts
    hood = recluster(refs)
    del refs
    out = Outcome(mode="full", rows=[], recomputed=len(hood.events))
    state_rows(hood, out)
    out.groups_now = groups
    out.new_bands = keys
    reviewed = apply_reviews(hood.events, reviews, previous)
    del hood
    out.rows = _drain(reviewed)
    return out


def _drain(reviewed: list[Reviewed]) -> Iterator[RowLinks]:
    """Rows of the reviewed events, dropping each event once its row is made."""
    for i in range(len(reviewed)):
        item = reviewed[i]
        reviewed[i] = None  # type: ignore[call-overload]
        yield row_links(item)


# -- incremental run -----------------------------------------------------------------------


def incremental_run(
    conn: sa.Connection,
    delta: state.Delta,
    reviews: Sequence[Review],
    reviews_seen: int,
    known: KnownBands | None = None,
) -> Outcome:
    """Re-cluster the changed documents' neighbourhood and re-review what it touches."""
    groups_now, new_bands, regrouped = incremental_groups(conn, delta, known)
    removed = {doc for doc, _ in delta.gone_docs}
    gone_mentions = {m for m, _, _ in delta.gone_mentions}
    touched = set(delta.new_docs) | set(delta.stale_docs) | delta.mention_docs | regrouped
    touched |= {doc for _, doc, _ in delta.gone_mentions}
    touched -= removed
    facts = _Facts(conn, groups_now)
    facts.load(touched)
    fresh = facts.refs(state.mention_rows(conn, doc_ids=touched))
    # components the changed documents were in are clustered again; those their lookup
    # keys meet only when their clusters reach them (most are merely in the same block)
    required = state.components_of_docs(conn, touched | removed)
    required |= {c for _, _, c in delta.gone_mentions}
    candidates = state.components_of_blocks(conn, lookup_keys(fresh)) - required
    stored = state.members_of_components(conn, required | candidates)
    keep = {
        m: (c, comp)
        for m, d, c, comp in stored
        if d not in touched and d not in removed and m not in gone_mentions
    }
    facts.load({d for m, d, _, _ in stored if m in keep})
    clusters: dict[tuple[str, str], list[MentionRef]] = defaultdict(list)
    for ref in facts.refs(state.mention_rows(conn, ids=list(keep))):
        clusters[keep[ref.id]].append(ref)
    # a report telling a strike going on chooses among every strike of its blocks
    # (``across.choose_strike``): when its component changed, the strike it chose may be
    # gone, so the components of all its candidates are loaded too
    going = strike_lookup_keys(r for k, refs in clusters.items() if k[1] in required for r in refs)
    extra = state.components_of_blocks(conn, going) - required - candidates
    if extra:
        more = state.members_of_components(conn, extra)
        stored = [*stored, *more]
        added = {
            m: (c, comp)
            for m, d, c, comp in more
            if d not in touched and d not in removed and m not in gone_mentions
        }
        keep.update(added)
        facts.load({d for m, d, _, _ in more if m in added})
        for ref in facts.refs(state.mention_rows(conn, ids=list(added))):
            clusters[added[ref.id]].append(ref)
        candidates |= extra
    must = [clusters[k] for k in sorted(clusters) if k[1] in required]
    maybe = sorted(k for k in clusters if k[1] not in required)
    hood = recluster(fresh, must, optional=[clusters[k] for k in maybe])
    del clusters, must
    left = {maybe[i][1] for i in hood.untouched}
    components = (required | candidates) - left
    involved = {m for m, _, _, comp in stored if comp not in left} | {r.id for r in fresh}
    subset = _ReviewSubset(conn, facts, hood.events, involved)
    reviewed, replaced = subset.apply(reviews, reviews_seen)
    out = Outcome(
        mode="incremental",
        rows=[row_links(r) for r in reviewed],
        recomputed=len(hood.events),
        replaced=replaced,
        old_components=components,
        gone_mentions=gone_mentions,
        new_bands=new_bands,
        removed_docs=removed,
    )
    state_rows(hood, out)
    out.groups_now = dict(groups_now)
    for doc_id in delta.stale_docs:
        if doc_id not in removed:
            out.groups_now.setdefault(doc_id, facts.groups.get(doc_id, doc_id))
    return out


class _ReviewSubset:
    """The events reviews must be applied to again, and the stored events they replace.

    Starts from the events just re-clustered; adds every stored event holding one of their
    mentions (or a mention of the stored components they replace), the events before
    reviews of those stored events' other mentions, and everything a merge or split review
    ties to them (or that a review made since the last run names), until nothing is added.
    """

    def __init__(
        self,
        conn: sa.Connection,
        facts: _Facts,
        events: Sequence[ResolvedEvent],
        involved: Collection[str],
    ) -> None:
        self.conn = conn
        self.facts = facts
        self.natural: dict[str, ResolvedEvent] = {e.id: e for e in events}
        self.covered: set[str] = set(involved)
        for e in events:
            self.covered.update(e.mention_ids)
        self.aliases: dict[str, tuple[str, ...]] = {}  # stored event -> its former ids
        self._answers: dict[str, set[str]] | None = None  # any id -> stored events
        self.event_of: dict[str, str] = {}
        self.stored: set[str] = set()
        self._looked: set[str] = set()

    def _events_of(self, mention_ids: Iterable[str]) -> set[str]:
        todo = [m for m in mention_ids if m not in self._looked]
        self._looked.update(todo)
        self.event_of.update(state.events_of_mentions(self.conn, todo))
        return {self.event_of[m] for m in mention_ids if m in self.event_of}

    def _load_clusters(self, cluster_ids: Collection[str]) -> set[str]:
        """Build the events before reviews of stored clusters; their mention ids."""
        want = [c for c in cluster_ids if c not in self.natural]
        rows = state.members_of_clusters(self.conn, want)
        rows = [(m, d, c) for m, d, c in rows if m not in self.covered]
        self.facts.load({d for _, d, _ in rows})
        members: dict[str, list[MentionRef]] = defaultdict(list)
        cluster_of = {m: c for m, _, c in rows}
        for ref in self.facts.refs(state.mention_rows(self.conn, ids=list(cluster_of))):
            members[cluster_of[ref.id]].append(ref)
        added: set[str] = set()
        for cluster_id in sorted(members):
            refs = members[cluster_id]
            summary = summarize(refs[0])
            for ref in refs[1:]:
                summary = merge(summary, summarize(ref))
            event = build_event(refs, summary)
            self.natural[event.id] = event
            added.update(event.mention_ids)
        self.covered |= added
        return added

    def _former(self, event_ids: Collection[str]) -> None:
        todo = [e for e in event_ids if e not in self.aliases]
        self.aliases.update(state.previous_ids_of(self.conn, todo))

    def _answering(self, ref: str) -> set[str]:
        """Stored events with this id or that had it (read for all events, once, when a
        review names an id)."""
        if self._answers is None:
            self._answers = defaultdict(set)
            for event_id, previous in state.event_aliases(self.conn).items():
                self._answers[event_id].add(event_id)
                for p in previous:
                    self._answers[p].add(event_id)
        return self._answers.get(ref, set())

    def _known_ids(self) -> set[str]:
        ids = set(self.natural) | self.stored
        self._former(self.stored)
        for event_id in self.stored:
            ids.update(self.aliases.get(event_id, ()))
        return ids

    def apply(self, reviews: Sequence[Review], seen: int) -> tuple[list[Reviewed], set[str]]:
        structural = _latest_structural(reviews)
        pending_ids: set[str] = set()
        pending_mentions: set[str] = set(self.covered)
        for review in reviews:
            if review.id > seen:
                pending_ids.update(_named_ids(review))
                pending_mentions.update(_named_mentions(review))
        # Merges and splits are few; which events they join or part depends on where their
        # mentions were in the last run, so their events are always computed again.
        for review in structural.values():
            pending_ids.update(_named_ids(review))
            pending_mentions.update(_named_mentions(review))
        applied: set[tuple[str, str]] = set(structural)
        while pending_ids or pending_mentions:
            stored = self._events_of(pending_mentions)
            clusters = set(
                state.clusters_of_mentions(self.conn, pending_mentions - self.covered).values()
            )
            for x in pending_ids:
                stored |= self._answering(x)
                clusters.add(x)
            pending_ids, pending_mentions = set(), set()
            new_stored = stored - self.stored
            self.stored |= new_stored
            if new_stored:
                pending_mentions |= set(state.mentions_of_events(self.conn, new_stored))
            pending_mentions |= self._load_clusters(clusters)
            pending_mentions -= self._looked
            known = self._known_ids()
            for key, review in structural.items():
                if key in applied:
                    continue
                names = _named_ids(review)
                mentions = _named_mentions(review)
                if names & known or mentions & self.covered:
                    applied.add(key)
                    pending_ids |= names
                    pending_mentions |= mentions
        self._events_of({m for e in self.natural.values() for m in e.mention_ids})
        self._former(self.stored)
        previous = PreviousState(
            event_of=dict(self.event_of),
            previous_ids={e: self.aliases.get(e, ()) for e in self.stored},
        )
        kept = [
            r for r in reviews if r.field not in (MERGE, SPLIT) or (r.event_id, r.field) in applied
        ]
        # apply_reviews asks only whether the ids these events answer to still exist
        asked = self._known_ids() | set(self.event_of.values())
        others = state.existing_events(self.conn, asked - self.stored)
        events = sorted(self.natural.values(), key=lambda e: e.id)
        return apply_reviews(events, kept, previous, other_ids=others), set(self.stored)


def _latest_structural(reviews: Sequence[Review]) -> dict[tuple[str, str], Review]:
    latest: dict[tuple[str, str], Review] = {}
    for review in sorted(reviews, key=lambda r: r.id):
        if review.field in (MERGE, SPLIT):
            latest[(review.event_id, review.field)] = review
    return latest


def _named_ids(review: Review) -> set[str]:
    ids = {review.event_id}
    if review.field == MERGE and isinstance(review.value, Mapping):
        into = review.value.get("into")
        if isinstance(into, str) and into:
            ids.add(into.strip())
    return ids


def _named_mentions(review: Review) -> set[str]:
    if review.field == SPLIT and isinstance(review.value, Mapping):
        ids = review.value.get("mention_ids")
        if isinstance(ids, list):
            return {i for i in ids if isinstance(i, str)}
    return set()


# -- rows ----------------------------------------------------------------------------------


def row_links(item: Reviewed) -> RowLinks:
    event = item.event
    published = [r.published for r in event.members if r.published is not None]
    row = event_row(
        event,
        status=item.status,
        reviewed=item.reviewed,
        locked=item.locked,
        previous_ids=item.previous_ids,
        first_published=min(published) if published else None,
        extra=item.extra,
    )
    return row, sorted((r.id, r.doc_id) for r in event.members)


def state_rows(hood: Neighbourhood, out: Outcome) -> None:
    for event in hood.events:
        component = hood.component[event.id]
        out.members.extend(
            {"mention_id": r.id, "doc_id": r.doc_id, "cluster_id": event.id, "component": component}
            for r in event.members
        )
    out.blocks = [
        {"block": key, "component": component}
        for component in sorted(hood.blocks)
        for key in sorted(hood.blocks[component])
    ]


#: State rows (members and blocks) written at a time while a full run's rows are written.
MEMBERS_CHUNK = 5000


def rows_writing_state(conn: sa.Connection, out: Outcome) -> Iterable[RowLinks]:
    """``out.rows``; for a full run, the state it leaves is written along (on ``conn``).

    The documents' groups and bands are known before the events: they are written first.
    Members and blocks are written as they come (the rows of a run on the Dask workers
    come a bucket at a time, each with its members and blocks) and forgotten once
    written: a large corpus has millions. The tables end up as :func:`write_state`
    alone writes them.
    """
    if out.mode != "full":
        return out.rows
    state.clear(conn)
    state.write_docs(conn, groups_now=out.groups_now, new_bands=out.new_bands, removed=())
    out.state_begun = True
    out.new_bands = {}  # written: the band keys of every document are not kept
    release_free_memory()  # the rows of every document's bands, made and written
    return _with_members(conn, out)


def _with_members(conn: sa.Connection, out: Outcome) -> Iterator[RowLinks]:
    for item in out.rows:
        yield item
        if len(out.members) + len(out.blocks) >= MEMBERS_CHUNK:
            _write_state_rows(conn, out)


def _write_state_rows(conn: sa.Connection, out: Outcome) -> None:
    """Write the members and blocks gathered so far, and forget them (a full run)."""
    state.insert(conn, resolution_members, out.members)
    state.insert(conn, resolution_blocks, out.blocks)
    del out.members[:]
    del out.blocks[:]


def write_state(conn: sa.Connection, out: Outcome, reviews_seen: int) -> None:
    """Store what the run leaves for the next one (what ``rows_writing_state`` has not)."""
    if out.mode == "full":
        if not out.state_begun:
            state.clear(conn)
        _write_state_rows(conn, out)
        if not out.state_begun:
            state.write_docs(conn, groups_now=out.groups_now, new_bands=out.new_bands, removed=())
    else:
        state.replace_components(
            conn,
            old_components=out.old_components,
            gone_mentions=out.gone_mentions,
            members=out.members,
            blocks=out.blocks,
        )
        state.write_docs(
            conn, groups_now=out.groups_now, new_bands=out.new_bands, removed=out.removed_docs
        )
    state.set_meta(conn, {"version": state.STATE_VERSION, "reviews": str(reviews_seen)})
