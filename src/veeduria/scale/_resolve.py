"""The full resolution that ends a Dask ingest, computed on the workers (issue #7).

The workers that extract a document also cluster its mentions (``within.document_nodes``)
and note each node's block keys (``resolve.components.document_plan``, a shard column).
When the run ends with a full resolution (a store resolved for the first time, no reviews
and no earlier events), :class:`WorkerFullRun` computes it:

1. here: the near-duplicate groups (from the band keys the workers hashed) and the node
   groups no candidate pair crosses, shared out into buckets of at most about
   ``BUCKET_MENTIONS`` mentions (``components.buckets``);
2. on the workers, one task per bucket of groups (:func:`resolve_bucket`): decode the
   mentions, rebuild the nodes, cluster them (``resolver.recluster_nodes``), build the
   events and their rows, content hashes included, JSON columns encoded as the store
   encodes them. A bucket's mentions are read from the store as JSON text (not decoded)
   just before its task starts, and a few tasks at a time are under way
   (``TASKS_PER_THREAD``): the mentions of a large corpus are never all in memory here,
   nor on the workers;
3. here: the rows and the state tables, written by ``resolve_store`` exactly as after a
   full run computed here, as the buckets come back.

Anything the workers' plans do not cover (a document stored by an earlier run, a review,
stored events) leaves the run to ``resolve_store``'s own code: the result is the same.
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import pickle
import struct
import tempfile
import time
import uuid
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypeVar, overload, runtime_checkable

import sqlalchemy as sa

from veeduria import _resolve_runs as runs
from veeduria._event_reviews import apply_reviews
from veeduria._memory import release_free_memory
from veeduria.extract.serialize import mention_from_dict
from veeduria.resolve.across import Node, components_of
from veeduria.resolve.compat import Summary, interned
from veeduria.resolve.components import NodePlan, bucket_groups, plans_from_json, share_groups
from veeduria.resolve.dedup import candidate_buckets, connected_sets, groups_from_links
from veeduria.resolve.records import MentionRef, ResolvedEvent
from veeduria.resolve.resolver import (
    Neighbourhood,
    Partition,
    event_of,
    partition_nodes,
    recluster_nodes,
    sort_key,
)
from veeduria.resolve.within import node_of, text_order
from veeduria.store import _resolution_state as state
from veeduria.store._bulk import encode_json_value
from veeduria.store._event_rows import content_hash
from veeduria.store.events import PreviousState, Review, source_of
from veeduria.store.schema import events as events_table
from veeduria.store.schema import mentions as mentions_table

logger = logging.getLogger(__name__)

#: Buckets of node groups per worker thread: several, so that the first rows come back
#: (and are written here) while the workers cluster the other buckets, and one large
#: group does not leave a worker idle; few enough that each task is worth its overhead.
BUCKETS_PER_THREAD = 4
#: Mentions per bucket at most (more buckets than ``BUCKETS_PER_THREAD`` ask for a large
#: corpus; a group of candidates larger than this stays whole): a worker holds a bucket's
#: mentions, nodes, events and rows at once.
BUCKET_MENTIONS = 12_000
#: Bucket tasks under way at once per worker thread (their mentions read, sent, or being
#: clustered); the next one starts as one ends.
TASKS_PER_THREAD = 2
#: Mentions clustered at a time within a bucket (``resolve_bucket``): a batch of whole
#: connected components; a larger component is clustered alone.
BATCH_MENTIONS = 2_000
#: Event rows per packed slice of a bucket's result (``BucketResult.packed``) at most.
PACKED_ROWS = 2_000
#: Characters of the rows' text (their JSON columns mostly) per packed slice, about: the
#: events of the largest component of 100,000 documents hold up to 2.8 MB of JSON each,
#: and a slice of 2,000 of them, decoded in the client, took it from 810 MB to 1 GB.
SLICE_BYTES = 4_000_000
#: Nodes per pack of a bucket task's mentions (``BucketTask.packs``).
PACK_NODES = 256
#: Bytes of packs sent to the workers at once while a task is made, when the ``Submit``
#: can send data ahead of its task (``put``): the client never holds a large group's packs
#: whole (about 60 MB for the largest group of 100,000 documents, read to be cut).
PUT_BYTES = 8_000_000
#: Columns of ``events`` holding JSON, encoded on the workers.
JSON_COLUMNS = tuple(c.name for c in events_table.c if isinstance(c.type, sa.JSON))

T = TypeVar("T")
R = TypeVar("R")

#: A mention as it travels: id, document id, stored JSON text.
Wire = tuple[str, str, str]


@dataclass(frozen=True)
class BucketTask:
    """Nodes to cluster together, and the facts of their documents.

    The mentions travel packed (``pack_nodes``): ``PACK_NODES`` consecutive nodes' JSON
    texts in one compressed pickle. The client reads and packs a slice of nodes at a time,
    so neither it nor the message holds a large group's texts at once (the largest of
    100,000 documents is about 375 MB of JSON), and a worker unpacks only what a batch
    asks for.
    """

    index: int
    #: the mentions of each node, ``PACK_NODES`` nodes a pack (bytearrays; in the client,
    #: once sent ahead of the task, what ``Submit.put`` gave for them)
    packs: list[Any]
    counts: list[int]  # the number of mentions of each node
    docs: dict[str, tuple[str | None, Any, str]]  # doc id -> source, published, group
    #: the group of candidates of each node (``components.node_groups``): nodes of one
    #: group are listed together; None, the whole bucket is one group
    groups: list[int] | None = None
    #: the groups known to be connected components of the compatibility graph already
    #: (``cut_group``): never cut again
    connected: frozenset[int] = frozenset()
    #: event rows per packed slice of the result at most, and characters of their text
    #: (the client's ``PACKED_ROWS`` and ``SLICE_BYTES``)
    slice_rows: int = PACKED_ROWS
    slice_bytes: int = SLICE_BYTES
    #: nodes per pack (the client's ``PACK_NODES``)
    pack_size: int = PACK_NODES

    def sizes(self) -> list[int]:
        """The number of mentions of each node."""
        return list(self.counts)

    def refs(self, nodes: Sequence[int]) -> list[list[MentionRef]]:
        """The mentions of these nodes, decoded; each pack they are in unpacked once."""
        wanted: dict[int, list[int]] = defaultdict(list)
        for i in nodes:
            wanted[i // self.pack_size].append(i)
        found: dict[int, list[MentionRef]] = {}
        for k in sorted(wanted):
            pack = unpack_nodes(self.packs[k])
            for i in wanted[k]:
                found[i] = _refs(pack[i - k * self.pack_size], self.docs)
            del pack
        return [found[i] for i in nodes]


def pack_nodes(nodes: Sequence[Sequence[Wire]]) -> bytearray:
    """The mentions of some nodes, pickled and compressed (``unpack_nodes``): a bytearray,
    which Dask sends out of band, where the bytes of a task's packs were copied into its
    message (the packs of a large group being cut are tens of megabytes)."""
    return bytearray(sealed(list(nodes)))


def unpack_nodes(pack: bytes | bytearray) -> list[list[Wire]]:
    """The mentions of the nodes of a pack (``pack_nodes``)."""
    # packed by this run's client for its workers
    nodes: list[list[Wire]] = unsealed(pack)
    return nodes


#: The size of a sealed value's pickle, before its compressed bytes (``sealed``).
_SIZE = struct.Struct("<Q")


@functools.cache
def _codec() -> Any:
    import pyarrow as pa  # the Dask path's dependency (shards), not a serial run's

    return pa.Codec("zstd", compression_level=1)


def sealed(value: Any) -> bytes:
    """``value`` pickled and compressed, as packs and result slices travel between this
    run's client and its workers (``unsealed``): the pickle's size, then its zstd frame.

    zstd at level 1 (pyarrow's codec): on the stored mentions' JSON it compressed about
    four times as fast as zlib at level 1 (which the packs used until the twenty-fourth
    session) and decompressed about four times as fast, into a quarter less.
    """
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    frame: bytes = _codec().compress(data, asbytes=True)
    return _SIZE.pack(len(data)) + frame


def unsealed(data: bytes | bytearray) -> Any:
    """The value ``sealed`` made."""
    (size,) = _SIZE.unpack_from(data)
    view = memoryview(data)[_SIZE.size :]
    raw = _codec().decompress(view, decompressed_size=size, asbytes=True)
    del view
    # sealed by this run's client or its workers
    return pickle.loads(raw)  # noqa: S301


class Bucket(Protocol):
    """A bucket's nodes as ``bucket_parts`` reads them: a ``BucketTask`` (its mentions
    travel with it, to a Dask worker) or a ``StoredBucket`` (read when needed)."""

    @property
    def index(self) -> int: ...

    @property
    def groups(self) -> list[int] | None: ...

    @property
    def connected(self) -> frozenset[int]: ...

    def sizes(self) -> list[int]: ...

    def refs(self, nodes: Sequence[int]) -> list[list[MentionRef]]: ...


@dataclass
class StoredBucket:
    """A bucket clustered in the process that holds the store: its mentions are read
    from it a batch at a time, when they are needed, and not kept (``bucket_parts``
    reads a large group twice)."""

    index: int
    engine: sa.Engine
    plans: list[NodePlan]
    owners: list[str]  # the document of each node
    docs: dict[str, tuple[str | None, Any, str]]  # doc id -> source, published, group
    groups: list[int] | None = None
    connected: frozenset[int] = frozenset()
    read: int = 0  # mentions read

    def sizes(self) -> list[int]:
        return [len(plan.mentions) for plan in self.plans]

    def refs(self, nodes: Sequence[int]) -> list[list[MentionRef]]:
        wanted = {m for i in nodes for m in self.plans[i].mentions}
        with self.engine.connect() as conn:
            wires = {
                w[0]: w
                for w in state.mention_texts(conn, {self.owners[i] for i in nodes})
                if w[0] in wanted
            }
        self.read += len(wires)
        return [_refs([wires[m] for m in self.plans[i].mentions], self.docs) for i in nodes]


@dataclass
class BucketResult:
    """The rows, links and state rows of one bucket's events."""

    index: int
    rows: list[runs.RowLinks]
    members: list[dict[str, str]] = field(default_factory=list)
    blocks: list[dict[str, str]] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0
    cpu: float = 0.0  # CPU seconds of the task's thread (time.thread_time)
    #: the rows, members and blocks pickled and compressed a slice at a time
    #: (``resolve_bucket``: kept in a file of the worker, ``SpilledSlices``), when the
    #: three lists above are empty
    packed: Sequence[bytes] = field(default_factory=list)
    #: how many packed slices stayed on the worker that made them (``shell``), and how
    #: to fetch one of them (``dask_submit`` sets it)
    remote: int = 0
    fetch: Callable[[int], bytes] | None = None

    def shell(self) -> BucketResult:
        """This result without its packed slices, which stay where it was made and are
        fetched one at a time (``part``): the bucket of the largest component of 100,000
        documents came back as about 150 MB of them at once."""
        return replace(self, packed=[], remote=len(self.packed))

    def part(self, k: int) -> bytes:
        """One packed slice (``shell``)."""
        return self.packed[k]

    def slices(
        self,
    ) -> Iterator[tuple[list[runs.RowLinks], list[dict[str, str]], list[dict[str, str]]]]:
        """The rows, members and blocks, a packed slice at a time (each slice forgotten
        as it is decoded, or fetched as it is asked for when it stayed on the worker),
        or at once when they are not packed."""
        if self.remote:
            assert self.fetch is not None, "a shell's slices are fetched (dask_submit)"
            for k in range(self.remote):
                yield unsealed(self.fetch(k))  # made by ``resolve_bucket``
            return
        if not self.packed:
            rows, members, blocks = self.rows, self.members, self.blocks
            self.rows, self.members, self.blocks = [], [], []
            yield rows, members, blocks
            return
        packed, self.packed = self.packed, []
        for k in range(len(packed)):
            data = packed[k]
            if isinstance(packed, list):
                packed[k] = b""  # forgotten as it is decoded
            yield unsealed(data)  # made by ``resolve_bucket``
            del data
        if isinstance(packed, SpilledSlices):
            packed.close()


class SpilledSlices(Sequence[bytes]):
    """Slices of bytes kept in an anonymous temporary file instead of memory, read back
    one at a time; pickled, they travel as a list of their bytes.

    A bucket task's result waits on its worker until the client has fetched and written
    each slice: the bucket of the largest component of 100,000 documents makes about 150
    MB of them, which the worker held beside the clustering of the component while it
    went on.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="veeduria-slices-")  # noqa: SIM115
        self._spans: list[tuple[int, int]] = []
        self._end = 0
        self._closer = weakref.finalize(self, self._file.close)

    def append(self, data: bytes) -> None:
        self._file.seek(self._end)
        self._file.write(data)
        self._spans.append((self._end, len(data)))
        self._end += len(data)

    def extend(self, items: Iterable[bytes]) -> None:
        for data in items:
            self.append(data)

    def __len__(self) -> int:
        return len(self._spans)

    @overload
    def __getitem__(self, k: int) -> bytes: ...

    @overload
    def __getitem__(self, k: slice) -> list[bytes]: ...

    def __getitem__(self, k: int | slice) -> bytes | list[bytes]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        offset, size = self._spans[k]
        self._file.seek(offset)
        return self._file.read(size)

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))

    @property
    def nbytes(self) -> int:
        """The bytes of the slices, all together."""
        return self._end

    def close(self) -> None:
        """Remove the file (also done when this is forgotten)."""
        self._closer()


def resolve_bucket(task: BucketTask) -> BucketResult:
    """Cluster one bucket's nodes into events and make their rows (on a worker).

    The parts of ``bucket_parts``, packed (``_packed``) as they come, about
    ``PACKED_ROWS`` rows at a time, and written to a file of the worker
    (``SpilledSlices``): the rows and state rows of clustering the whole bucket at once
    (``resolver.recluster_nodes``), in the order a serial run writes them. A bucket with
    the largest component of 100,000 documents held 2.7 GB of its worker while its rows
    were gathered unpacked.
    """
    started = time.perf_counter()
    rows: list[runs.RowLinks] = []
    members: list[dict[str, str]] = []
    blocks: list[dict[str, str]] = []
    packed = SpilledSlices()
    events = 0
    cpu = 0.0
    size = 0  # characters of the rows gathered
    for part in bucket_parts(task):
        rows.extend(part.rows)
        members.extend(part.members)
        blocks.extend(part.blocks)
        events += part.events
        cpu += part.cpu
        size += sum(_row_size(item) for item in part.rows)
        del part
        if len(rows) >= task.slice_rows or size >= task.slice_bytes:
            packed.extend(_packed(rows, members, blocks, task.slice_rows, task.slice_bytes))
            rows, members, blocks, size = [], [], [], 0
    if rows or members or blocks or not packed:
        packed.extend(_packed(rows, members, blocks, task.slice_rows, task.slice_bytes))
    del rows, members, blocks
    release_free_memory()
    return BucketResult(
        index=task.index,
        rows=[],
        events=events,
        seconds=time.perf_counter() - started,
        cpu=cpu,
        packed=packed,
    )


def _row_size(item: runs.RowLinks) -> int:
    """About how large a row is: the characters of its text values (the JSON columns are
    encoded already) and a few dozen per link."""
    row, links = item
    return sum(len(v) for v in row.values() if isinstance(v, str)) + 64 * len(links)


def _packed(
    rows: list[runs.RowLinks],
    members: list[dict[str, str]],
    blocks: list[dict[str, str]],
    per_slice: int = PACKED_ROWS,
    per_bytes: int = SLICE_BYTES,
) -> list[bytes]:
    """The rows, members and blocks of a bucket pickled and compressed in slices of at
    most ``per_slice`` rows and about ``per_bytes`` characters of them (a larger row is a
    slice alone), members and blocks shared out evenly, all in their order.

    The client decodes and writes one slice at a time: the bucket that holds the largest
    component of 100,000 documents came back as one result of about 800 MB of objects,
    and as 590 MB pickled; its rows' JSON compresses several times over.
    """
    bounds = [0]
    size = 0
    for i, item in enumerate(rows):
        row_size = _row_size(item)
        if i > bounds[-1] and (i - bounds[-1] >= per_slice or size + row_size > per_bytes):
            bounds.append(i)
            size = 0
        size += row_size
    bounds.append(len(rows))
    count = len(bounds) - 1
    per_member = -(-len(members) // count)
    per_block = -(-len(blocks) // count)
    return [
        sealed(
            (
                rows[bounds[k] : bounds[k + 1]],
                members[k * per_member : (k + 1) * per_member],
                blocks[k * per_block : (k + 1) * per_block],
            )
        )
        for k in range(count)
    ]


def bucket_parts(task: Bucket) -> Iterator[BucketResult]:
    """The events of a bucket, a batch of nodes at a time (``_batches``): each batch's
    rows and state rows.

    Groups of candidates are clustered a batch of about ``BATCH_MENTIONS`` mentions at a
    time. A larger group (on a dense corpus one can hold most of a year's events) is
    decoded twice: once to find the connected components of its compatibility graph from
    the nodes' summaries alone (``across.components_of``), then a batch of components at
    a time to be clustered and made into rows. What stays in memory throughout is the
    mentions' JSON text and one summary per node of the large group, not every decoded
    mention and every partner of every node; a caller that writes each part as it comes
    (a serial ingest) does not hold the rows of the whole bucket either.
    """
    collecting = gc.isenabled()
    gc.disable()  # as resolve_store: many long-lived acyclic records
    try:
        started, cpu = time.perf_counter(), time.thread_time()
        for hood in _hoods(task):
            out = runs.Outcome(mode="full", rows=[], recomputed=len(hood.events))
            runs.state_rows(hood, out)
            reviewed = apply_reviews(hood.events, (), PreviousState({}, {}))
            del hood
            rows = [_encoded(runs.row_links(item)) for item in reviewed]
            del reviewed
            part = BucketResult(
                index=task.index,
                rows=rows,
                members=out.members,
                blocks=out.blocks,
                events=out.recomputed,
                seconds=time.perf_counter() - started,
                cpu=time.thread_time() - cpu,
            )
            del rows, out
            yield part
            started, cpu = time.perf_counter(), time.thread_time()
    finally:
        if collecting:
            gc.enable()


@dataclass(frozen=True)
class CutResult:
    """The connected components of a group of candidates, as lists of its node
    positions (``across.components_of``)."""

    index: int
    parts: list[list[int]]


def cut_group(task: BucketTask) -> CutResult:
    """Cut one large group of candidates into the connected components of its
    compatibility graph (on a worker), from its nodes' summaries alone: the buckets are
    then made of components, so no worker holds a whole large group's rows."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        sizes = task.sizes()
        summaries = _summaries(task, range(len(sizes)), sizes)
        parts = components_of([Node(s, ()) for s in summaries])
        del summaries
        release_free_memory()
        return CutResult(task.index, parts)
    finally:
        if collecting:
            gc.enable()


def _refs(
    wires: Sequence[Wire], docs: Mapping[str, tuple[str | None, Any, str]]
) -> list[MentionRef]:
    """The mentions of one node, decoded."""
    refs = []
    for mention_id, doc_id, text in wires:
        source, published, group = docs[doc_id]
        refs.append(
            MentionRef(
                id=mention_id,
                doc_id=doc_id,
                source=source,
                published=published,
                mention=mention_from_dict(json.loads(text)),
                dup_group=group,
            )
        )
    return refs


def _hoods(task: Bucket) -> Iterator[Neighbourhood]:
    """The bucket's events, a batch of nodes at a time (``_batches``). A batch larger
    than ``BATCH_MENTIONS`` (one or more components of a large group: a component of a
    dense corpus can hold a fifth of its mentions) is clustered from its nodes'
    summaries alone (``resolver.partition_nodes``), and its events are built a few at a
    time, their mentions read then: the mentions of the whole batch are never decoded
    at once."""
    sizes = task.sizes()
    for batch in _batches(task, sizes):
        if sum(sizes[i] for i, _ in batch) <= BATCH_MENTIONS or any(
            summary is None for _, summary in batch
        ):
            yield recluster_nodes(_nodes(task, batch))
            continue
        part = partition_nodes([Node(summary, ()) for _, summary in batch if summary is not None])
        chunk: list[int] = []  # events of the partition
        weight = 0
        blocks = part.blocks
        for g, group in enumerate(part.groups):
            chunk.append(g)
            weight += sum(sizes[batch[k][0]] for k in group)
            if weight >= BATCH_MENTIONS or g == len(part.groups) - 1:
                yield _events(task, batch, part, chunk, blocks)
                chunk, weight, blocks = [], 0, {}


def _events(
    task: Bucket,
    batch: Sequence[tuple[int, Summary | None]],
    part: Partition,
    chunk: Sequence[int],
    blocks: dict[str, frozenset[str]],
) -> Neighbourhood:
    """The events of some groups of a partition, their mentions read now."""
    positions = [k for g in chunk for k in part.groups[g]]
    refs = dict(zip(positions, task.refs([batch[k][0] for k in positions]), strict=True))
    events: list[ResolvedEvent] = []
    component: dict[str, str] = {}
    for g in chunk:
        nodes = []
        for k in part.groups[g]:
            summary = batch[k][1]
            assert summary is not None  # a batch partitioned from summaries
            nodes.append(Node(summary, _ordered(refs[k])))
        event = event_of(nodes)
        component[event.id] = part.component[g]
        events.append(event)
    events.sort(key=sort_key)
    return Neighbourhood(events, component, blocks)


def _batches(task: Bucket, sizes: Sequence[int]) -> Iterator[list[tuple[int, Summary | None]]]:
    """The bucket's nodes in batches closed under compatibility: whole groups of
    candidates joined into batches of about ``BATCH_MENTIONS`` mentions, and a larger
    group cut into its connected components, joined likewise (a larger component alone),
    each node with its summary when it is known (the nodes of a large group). A group
    known to be one component already (``BucketTask.connected``) and larger than a batch
    is a batch alone, with its summaries: the largest component of 100,000 documents,
    decoded whole and clustered at once, held its worker at 2.7 GB."""
    labels = task.groups if task.groups is not None else [0] * len(sizes)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[label].append(i)
    batch: list[tuple[int, Summary | None]] = []
    weight = 0
    for label, members in groups.items():
        size = sum(sizes[i] for i in members)
        if size <= BATCH_MENTIONS:
            batch.extend((i, None) for i in members)
            weight += size
        elif label in task.connected:
            if batch:
                yield batch
                batch, weight = [], 0
            yield list(zip(members, _summaries(task, members, sizes), strict=True))
        else:
            if batch:  # the components of a large group are batched apart
                yield batch
                batch, weight = [], 0
            summaries = _summaries(task, members, sizes)
            for part in components_of([Node(s, ()) for s in summaries]):
                batch.extend((members[k], summaries[k]) for k in part)
                weight += sum(sizes[members[k]] for k in part)
                if weight >= BATCH_MENTIONS:
                    yield batch
                    batch, weight = [], 0
            del summaries
            if batch:
                yield batch
                batch, weight = [], 0
        if weight >= BATCH_MENTIONS:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch


def _summaries(task: Bucket, members: Sequence[int], sizes: Sequence[int]) -> list[Summary]:
    """The summaries of these nodes, read a batch at a time, equal sets shared."""
    shared: dict[Any, Any] = {}
    out: list[Summary] = []
    start = 0
    while start < len(members):
        end, weight = start, 0
        while end < len(members) and weight < BATCH_MENTIONS:
            weight += sizes[members[end]]
            end += 1
        out.extend(
            interned(node_of(refs).summary, shared) for refs in task.refs(members[start:end])
        )
        start = end
    return out


def _nodes(task: Bucket, batch: Sequence[tuple[int, Summary | None]]) -> list[Node]:
    """The nodes of a batch, their mentions decoded (``within.node_of``; a summary
    already made is taken as it is)."""
    refs = task.refs([i for i, _ in batch])
    return [
        node_of(r) if summary is None else Node(summary, _ordered(r))
        for (_, summary), r in zip(batch, refs, strict=True)
    ]


def _ordered(refs: list[MentionRef]) -> tuple[MentionRef, ...]:
    """A node's mentions in the order ``within.node_of`` gives them."""
    return tuple(sorted(refs, key=text_order))


def _encoded(item: runs.RowLinks) -> runs.RowLinks:
    """The row with its content hash, and its JSON columns encoded as the store does."""
    row, links = item
    row["content_hash"] = content_hash(row, links)
    for name in JSON_COLUMNS:
        if name in row:
            row[name] = encode_json_value(row[name])
    return row, links


@dataclass(frozen=True)
class LinkTask:
    """LSH buckets of near-duplicate candidates and the texts of their documents."""

    buckets: list[tuple[str, ...]]
    texts: dict[str, str]


def link_copies(task: LinkTask) -> list[tuple[str, str]]:
    """Links between the documents that are copies (on a worker): the same groups as
    every candidate pair whose texts are copies (``dedup.copy_links``)."""
    links = runs.copies_within(task.buckets, task.texts)
    release_free_memory()
    return links


class Submit(Protocol):
    """Runs ``func`` on the tasks; the iterator gives the results as they come.

    With ``window``, at most that many tasks are under way at once, and the next task is
    taken from ``tasks`` (which may be a generator) only when one ends; without, every
    task starts now.
    """

    def __call__(
        self, func: Callable[[T], R], tasks: Iterable[T], window: int | None = None
    ) -> Iterator[R]: ...


class WorkerFullRun:
    """A ``events.FullRunner``: the full run computed per bucket of node groups.

    ``plans`` maps each document extracted in this run to its node plans (JSON, as the
    shards carry them, or parsed), handed over: a mutable mapping is emptied once the run
    has read it (``_hand_over``); ``submit`` runs the tasks (on Dask) and returns their
    results; ``buckets`` is how many clustering tasks to make at least, ``threads`` how
    many tasks compare the near-duplicate candidates and how many worker threads there
    are. ``seconds`` holds where the time went.
    """

    def __init__(
        self,
        plans: Mapping[str, str | Sequence[NodePlan]],
        submit: Submit,
        buckets: int,
        on_done: Callable[[], None] | None = None,
        threads: int = 2,
    ) -> None:
        self.plans = plans
        self.submit = submit
        self.count = max(1, buckets)
        self.threads = max(1, threads)
        self.on_done = on_done
        self.seconds: dict[str, float] = {}
        self.used = False
        self.spent = False
        self.read_back = 0  # mentions read from the database for the tasks
        self.fetched = 0  # slices of results fetched from the workers one at a time
        self.sent_ahead = 0  # batches of packs sent to the workers ahead of their task
        self.where = "on the workers"  # for the log

    def __call__(
        self,
        conn: sa.Connection,
        reviews: Sequence[Review],
        previous: PreviousState,
        known: runs.KnownBands | None,
    ) -> runs.Outcome | None:
        if self.spent:  # a second attempt (the mentions changed meanwhile) runs here
            return None
        self.spent = True
        out = None
        try:
            out = self._compute(conn, reviews, previous, known)
        finally:
            if out is None:
                self._done()
        return out

    def _hand_over(self) -> None:
        """Forget the plans by document (the caller's mapping is emptied too): the run
        keeps them in a list, whose items it drops a bucket at a time (``_tasks``); at
        100,000 documents they are about 190 MB."""
        if isinstance(self.plans, MutableMapping):
            self.plans.clear()
        else:
            self.plans = {}

    def _done(self) -> None:
        if self.on_done is not None:
            self.on_done()
            self.on_done = None

    def _compute(
        self,
        conn: sa.Connection,
        reviews: Sequence[Review],
        previous: PreviousState,
        known: runs.KnownBands | None,
    ) -> runs.Outcome | None:
        if reviews or previous.event_of or previous.previous_ids:
            logger.info("resolution here: the store has reviews or events already")
            return None
        t0 = time.perf_counter()
        doc_ids = list(conn.scalars(state.current_documents().order_by(sa.text("1"))))
        missing = [d for d in doc_ids if d not in self.plans]
        if missing:
            logger.info(
                "resolution here: %d documents were not extracted in this run", len(missing)
            )
            return None
        # near-duplicate groups: the candidates' texts compared on the workers while the
        # plans are read here (``runs.full_groups``, split)
        here = self.submit is in_process
        linking: Iterator[list[tuple[str, str]]] = iter(())
        if here:
            # in this process the texts are read a few connected sets at a time instead
            groups, by_doc = runs.full_groups(conn, doc_ids, known)
            keys = runs.JoinedBands(by_doc)
            del by_doc
        else:
            by_doc = runs.band_keys_of(conn, doc_ids, known)
            shares = _shares(candidate_buckets(by_doc), LINK_SHARES_PER_THREAD * self.threads)
            keys = runs.JoinedBands(by_doc)  # kept until written, at the rows' start
            del by_doc
            # each share's texts read as it is sent, never all at once (at 100,000
            # documents the candidates' texts are about 100 MB, and as much again pickled)
            link_tasks = (
                LinkTask(share, dict(state.texts(conn, {d for b in share for d in b})))
                for share in shares
            )
            linking = self.submit(link_copies, link_tasks)
            del link_tasks, shares  # all sent (no window): the texts are not kept here
            release_free_memory()
        self.seconds["pairs"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        plans: list[NodePlan] = []
        owners: list[str] = []  # the document of each plan
        for d in doc_ids:
            for plan in _parsed(self.plans[d]):
                plans.append(plan)
                owners.append(d)
        self._hand_over()
        planned = {m for p in plans for m in p.mentions}
        if not _same_mentions(conn, doc_ids, planned):
            logger.info("resolution here: stored mentions differ from the extracted ones")
            for _ in linking:  # let the started tasks end
                pass
            return None
        mentions = len(planned)
        del planned
        facts = state.doc_facts(conn, doc_ids)
        docs = {d: (source_of(f.source_name, f.url), f.published) for d, f in facts.items()}
        del facts
        shared = bucket_groups(plans, max(self.count, -(-mentions // BUCKET_MENTIONS)))
        self.seconds["plan"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        if not here:
            try:
                linked = [link for links in linking for link in links]
            except Exception:  # a worker lost: nothing is written yet, resolve here instead
                logger.warning(
                    "resolution here: comparing texts on the workers failed", exc_info=True
                )
                return None
            groups = groups_from_links(doc_ids, linked)
            del linked
            release_free_memory()  # the texts compared for copies, done with
        self.seconds["groups"] = time.perf_counter() - t0
        results: Iterator[BucketResult]
        if here:
            # here, one bucket after the other, their mentions read when a batch needs
            # them: each batch's rows are written as it comes, and neither the rows nor
            # the mentions of a whole bucket (which can hold most of a corpus) are held
            results = self._here(conn.engine, shared, plans, owners, docs, groups)
        else:
            try:
                results = self._cut(conn.engine, shared, plans, owners, docs, groups)
            except Exception:  # a worker lost: nothing is written yet, resolve here instead
                logger.warning(
                    "resolution here: cutting groups on the workers failed", exc_info=True
                )
                return None
        out = runs.Outcome(mode="full", rows=[], recomputed=0)
        out.groups_now = groups
        out.new_bands = keys
        out.rows = self._rows(results, out, mentions, len(shared))
        return out

    def _cut(
        self,
        engine: sa.Engine,
        shared: list[list[list[int]]],
        plans: list[NodePlan],
        owners: list[str],
        docs: dict[str, tuple[str | None, Any]],
        groups: dict[str, str],
    ) -> Iterator[BucketResult]:
        """The buckets' results, every group of candidates larger than a bucket first cut
        into its connected components on the workers (``cut_group``).

        On a dense corpus one group can hold most of a year's events: a worker would
        hold its mentions and its rows at once. Its mentions are read twice instead (to
        cut it, then a bucket at a time). The groups small enough are clustered while the
        large ones are cut (a cut keeps one worker busy for seconds, and the other was
        idle): their buckets are the first tasks of the stream, the buckets of the cut
        components follow. Returns once the cut is done, before any result is asked for,
        so that a failed cut leaves nothing written (the caller resolves here instead).
        """
        window = TASKS_PER_THREAD * self.threads
        found = [g for bucket in shared for g in bucket]
        weight = [sum(len(plans[i].mentions) for i in g) for g in found]
        large = [g for g, w in zip(found, weight, strict=True) if w > BUCKET_MENTIONS]
        if not large:
            made = self._tasks(engine, shared, plans, owners, docs, groups, set())
            return self.submit(resolve_bucket, made, window=window)
        t0 = time.perf_counter()
        cutting = self.submit(
            cut_group,
            (
                self._task(engine, k, [group], plans, owners, docs, groups, set())
                for k, group in enumerate(large)
            ),
            window=self.threads,
        )
        small = [(g, w) for g, w in zip(found, weight, strict=True) if w <= BUCKET_MENTIONS]
        first = share_groups([g for g, _ in small], [w for _, w in small], len(shared))
        cut: dict[int, list[list[int]]] = {}

        def wait_for_cut() -> dict[int, list[list[int]]]:
            if not cut:
                cut.update({r.index: r.parts for r in cutting})
                self.seconds["cut"] = time.perf_counter() - t0
            return cut

        def tasks() -> Iterator[BucketTask]:
            yield from self._tasks(engine, first, plans, owners, docs, groups, set())
            parts = wait_for_cut()
            pieces: list[list[int]] = []
            firsts: set[int] = set()
            for k, group in enumerate(large):
                for part in parts[k]:
                    piece = sorted(group[j] for j in part)
                    pieces.append(piece)
                    firsts.add(piece[0])
            pieces.sort(key=lambda g: g[0])
            again = share_groups(
                pieces, [sum(len(plans[i].mentions) for i in g) for g in pieces], len(shared)
            )
            release_free_memory()  # the large groups' mentions, read and sent
            yield from self._tasks(
                engine, again, plans, owners, docs, groups, firsts, first_index=len(first)
            )

        results = self.submit(resolve_bucket, tasks(), window=window)
        try:
            wait_for_cut()
        except BaseException:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # the small groups' tasks under way released
            raise
        logger.info(
            "resolution on the workers: %d groups larger than a bucket cut into %d "
            "components, while %d buckets of the smaller ones were clustered",
            len(large),
            sum(len(parts) for parts in cut.values()),
            len(first),
        )
        return results

    def _tasks(
        self,
        engine: sa.Engine,
        shared: list[list[list[int]]],
        plans: list[NodePlan],
        owners: list[str],
        docs: dict[str, tuple[str | None, Any]],
        groups: dict[str, str],
        firsts: set[int],
        first_index: int = 0,
    ) -> Iterator[BucketTask]:
        """One task per bucket, its mentions read (as JSON text) when it is asked for; the
        plans of its nodes dropped once it is made (the rows of the last buckets, the
        largest, come back when few plans are left). Tasks are numbered from
        ``first_index``."""
        self.seconds.setdefault("read", 0.0)
        for index, in_groups in enumerate(shared, start=first_index):
            yield self._task(engine, index, in_groups, plans, owners, docs, groups, firsts)
            _release(plans, in_groups)

    def _task(
        self,
        engine: sa.Engine,
        index: int,
        in_groups: list[list[int]],
        plans: list[NodePlan],
        owners: list[str],
        docs: dict[str, tuple[str | None, Any]],
        groups: dict[str, str],
        firsts: set[int],
    ) -> BucketTask:
        """A task of these groups of nodes, their mentions read (as JSON text)."""
        t0 = time.perf_counter()
        label = {i: g for g, group in enumerate(in_groups) for i in group}
        bucket = sorted(label)
        doc_ids = {owners[i] for i in bucket}
        put: Callable[[list[bytearray]], list[Any]] | None = getattr(self.submit, "put", None)
        packs: list[Any] = []
        unsent: list[bytearray] = []  # packs made and not sent yet, and their bytes
        size = 0
        with engine.connect() as conn:
            for start in range(0, len(bucket), PACK_NODES):
                part = bucket[start : start + PACK_NODES]
                wanted = {m for i in part for m in plans[i].mentions}
                wires = {
                    w[0]: w
                    for w in state.mention_texts(conn, {owners[i] for i in part})
                    if w[0] in wanted
                }
                self.read_back += len(wires)
                unsent.append(pack_nodes([[wires[m] for m in plans[i].mentions] for i in part]))
                size += len(unsent[-1])
                del wires
                if put is not None and size >= PUT_BYTES:
                    packs.extend(put(unsent))
                    self.sent_ahead += 1
                    unsent, size = [], 0
        if put is not None and unsent:
            packs.extend(put(unsent))
            self.sent_ahead += 1
        else:
            packs.extend(unsent)
        del unsent
        facts = {d: (*docs[d], groups.get(d, d)) for d in sorted(doc_ids)}
        self.seconds["read"] = self.seconds.get("read", 0.0) + time.perf_counter() - t0
        return BucketTask(
            index=index,
            packs=packs,
            counts=[len(plans[i].mentions) for i in bucket],
            docs=facts,
            groups=[label[i] for i in bucket],
            connected=frozenset(g for g, group in enumerate(in_groups) if group[0] in firsts),
            slice_rows=PACKED_ROWS,
            slice_bytes=SLICE_BYTES,
            pack_size=PACK_NODES,
        )

    def _here(
        self,
        engine: sa.Engine,
        shared: list[list[list[int]]],
        plans: list[NodePlan],
        owners: list[str],
        docs: dict[str, tuple[str | None, Any]],
        groups: dict[str, str],
    ) -> Iterator[BucketResult]:
        """The parts of each bucket, clustered in this process (``StoredBucket``)."""
        for index, in_groups in enumerate(shared):
            label = {i: g for g, group in enumerate(in_groups) for i in group}
            bucket = sorted(label)
            doc_ids = sorted({owners[i] for i in bucket})
            stored = StoredBucket(
                index=index,
                engine=engine,
                plans=[plans[i] for i in bucket],
                owners=[owners[i] for i in bucket],
                docs={d: (*docs[d], groups.get(d, d)) for d in doc_ids},
                groups=[label[i] for i in bucket],
            )
            yield from bucket_parts(stored)
            self.read_back += stored.read
            del stored
            _release(plans, in_groups)

    def _rows(
        self, results: Iterator[BucketResult], out: runs.Outcome, mentions: int, tasks: int
    ) -> Iterator[runs.RowLinks]:
        """The rows of each bucket as it comes back (the caller writes them meanwhile);
        the state rows and counts go to ``out`` on the way."""
        t0 = time.perf_counter()
        task_time = task_cpu = 0.0
        try:
            for result in results:
                task_time += result.seconds
                task_cpu += result.cpu
                out.recomputed += result.events
                packed = bool(result.packed or result.remote)
                self.fetched += result.remote
                for rows, members, blocks in result.slices():
                    out.members.extend(members)
                    out.blocks.extend(blocks)
                    del members, blocks
                    yield from rows
                    del rows
                    if result.remote:  # a slice fetched, decoded and written
                        release_free_memory()
                del result
                if packed:  # a worker's result, decoded and written
                    release_free_memory()
        finally:
            self._done()  # the workers are done: free them while the rest is written
        self.seconds["workers and writes"] = time.perf_counter() - t0
        self.seconds["task time"] = task_time
        self.seconds["task cpu"] = task_cpu
        self.used = True
        logger.info(
            "resolution %s: %d mentions (%d read back) in %d buckets (%d slices fetched, "
            "packs sent ahead %d times), %d events (%s)",
            self.where,
            mentions,
            self.read_back,
            tasks,
            self.fetched,
            self.sent_ahead,
            out.recomputed,
            ", ".join(f"{k} {v:.1f}s" for k, v in self.seconds.items()),
        )


#: What stands in a run's list of plans for the plan of a node whose task is made.
_RELEASED = NodePlan(())


def _release(plans: list[NodePlan], in_groups: Iterable[Iterable[int]]) -> None:
    """Drop the plans of these nodes from the run's list (their task is made)."""
    for group in in_groups:
        for i in group:
            plans[i] = _RELEASED


def _parsed(plans: str | Sequence[NodePlan]) -> Sequence[NodePlan]:
    return plans_from_json(plans) if isinstance(plans, str) else plans


def _same_mentions(conn: sa.Connection, doc_ids: Sequence[str], planned: set[str]) -> bool:
    """Whether the mentions stored for these documents are exactly ``planned``, read a
    chunk of documents at a time: a set of the stored ids would hold as many strings
    again (about 90 MB at 100,000 documents) beside the plans'."""
    m = mentions_table.c
    stored = 0
    for part in state.chunks(doc_ids):
        for mention_id in conn.scalars(sa.select(m.id).where(m.doc_id.in_(part))):
            if mention_id not in planned:
                return False
            stored += 1  # ids are the table's key: counted once each
    return stored == len(planned)


#: Tasks per worker thread that compare the near-duplicate candidates' texts: each holds a
#: share of the texts, which the client reads and sends one share at a time.
LINK_SHARES_PER_THREAD = 2


def _shares(buckets: Iterable[Sequence[str]], count: int) -> list[list[tuple[str, ...]]]:
    """LSH buckets shared out among ``count`` tasks, the buckets of a connected set of
    documents in one share (so that each text is shingled by one task only, and links
    made in one share never matter to another); shares of about equal documents (largest
    set first, into the lightest share), each sorted; empty ones left out."""
    sets = {
        tuple(part[0]): [tuple(b) for b in part]
        for part in connected_sets(sorted(tuple(b) for b in buckets))
    }
    weight = {root: len({d for b in members for d in b}) for root, members in sets.items()}
    shares: list[list[tuple[str, ...]]] = [[] for _ in range(max(1, count))]
    loads = [0] * len(shares)
    for root in sorted(sets, key=lambda r: (-weight[r], sets[r][0])):
        lightest = loads.index(min(loads))
        shares[lightest].extend(sets[root])
        loads[lightest] += weight[root]
    return [sorted(share) for share in shares if share]


@runtime_checkable
class InParts(Protocol):
    """A task's result that can come back in parts: a shell first, then each part as
    it is asked for (``BucketResult``)."""

    fetch: Callable[[int], bytes] | None

    def shell(self) -> Any: ...

    def part(self, k: int) -> bytes: ...


def _worker_shell(key: str, dask_worker: Any) -> tuple[Any, bool]:
    """(on the worker holding the result of ``key``, out of its task threads) The shell
    of a result ``InParts``, or nothing."""
    result = dask_worker.data[key]
    if isinstance(result, InParts):
        return result.shell(), True
    return None, False


def _worker_part(key: str, k: int, dask_worker: Any) -> bytes:
    """(on the worker holding the result of ``key``) One part of a result ``InParts``."""
    part: bytes = dask_worker.data[key].part(k)
    return part


def dask_submit(client: Any) -> Submit:
    """Tasks on a Dask client; results as they complete.

    Each task's input is scattered first, then the task submitted on it: a large argument
    given to ``submit`` travels inside the task graph through the scheduler, which cost
    about three times the wall clock and four times the client's CPU of scattering it
    (52 MB over four tasks on the local cluster: 2.2-3.3 s against 0.7-1.4 s). A bucket
    task's packs are scattered apart as the task is made (``put``), a few megabytes at a
    time, and the task finds them on the worker (``_with_packs``). With a ``window``, the
    next task is made and sent only when one comes back. A result ``InParts`` comes back
    as its shell, its parts fetched from the worker one at a time as the caller asks for
    them; it stays there until the caller asks for the next result. Shell and parts are
    read by functions run on the worker out of its task threads (``Client.run``): a task
    would wait for the bucket the worker is busy with, or carry the whole result to
    another worker.
    """
    return _DaskSubmit(client)


class _DaskSubmit:
    """``dask_submit``: a ``Submit`` that can also send data ahead of a task (``put``)."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def put(self, packs: list[bytearray]) -> list[Any]:
        """Send these packs to the workers now; what stands for them in a task (futures,
        released with the task's input)."""
        return list(self.client.scatter(packs, hash=False))

    def __call__(
        self, func: Callable[[T], R], tasks: Iterable[T], window: int | None = None
    ) -> Iterator[R]:
        from distributed import as_completed

        client = self.client
        token = uuid.uuid4().hex
        name = getattr(func, "__name__", "task")
        source = enumerate(tasks)

        def start() -> tuple[Any, list[Any]] | None:
            for i, task in source:
                sent = _sent_packs(task)
                if sent:
                    task = replace(task, packs=[])  # type: ignore[type-var]
                [data] = client.scatter([task], hash=False)
                key = f"veeduria-{name}-{i}-{token}"
                if sent:
                    return client.submit(_with_packs, func, data, sent, key=key), [data, *sent]
                return client.submit(func, data, key=key), [data]
            return None

        held: dict[str, tuple[Any, list[Any]]] = {}
        while window is None or len(held) < window:
            started = start()
            if started is None:
                break
            held[started[0].key] = started
        completed = as_completed(  # type: ignore[no-untyped-call]
            [f for f, _ in held.values()], loop=client.loop
        )
        return _completed(client, held, completed, start)


def _sent_packs(task: object) -> list[Any]:
    """What stands for the packs a task's ``put`` sent ahead of it (none: they travel in it)."""
    packs = getattr(task, "packs", None)
    if not packs or isinstance(packs[0], (bytes, bytearray)):
        return []
    return list(packs)


def _with_packs(func: Callable[[Any], R], task: Any, packs: list[bytearray]) -> R:
    """``func`` on ``task`` with the packs sent ahead of it (on a worker; Dask gives the
    data of the futures it was submitted with)."""
    return func(replace(task, packs=list(packs)))


def _completed(
    client: Any,
    held: dict[str, tuple[Any, list[Any]]],
    completed: Any,
    start: Callable[[], tuple[Any, list[Any]] | None],
) -> Iterator[Any]:
    """Results as they complete, starting the next task as each ends; every future
    (results and scattered inputs) released, a result in parts once the caller moves on."""
    try:
        for future in completed:
            shell = _held_shell(client, future)
            result = future.result() if shell is None else shell[0]
            _, inputs = held.pop(future.key)
            for data in inputs:
                data.release()
            started = start()
            if started is not None:
                held[started[0].key] = started
                completed.add(started[0])
            if shell is None:
                future.release()
                yield result
                continue
            result.fetch = functools.partial(_fetch_part, client, future.key, shell[1])
            try:
                yield result
            finally:
                result.fetch = None
                future.release()
    finally:
        for future, inputs in held.values():
            future.release()
            for data in inputs:
                data.release()


def _held_shell(client: Any, future: Any) -> tuple[Any, str] | None:
    """The shell of the result of ``future`` and the worker that holds it, when it is a
    result ``InParts``; else (or when the task failed: ``result`` raises) None."""
    if future.status != "finished":
        return None
    for holder in client.who_has([future]).get(future.key, ()):
        shell, parted = client.run(_worker_shell, future.key, workers=[holder])[holder]
        return (shell, holder) if parted else None
    return None


def _fetch_part(client: Any, key: str, holder: str, k: int) -> bytes:
    """Part ``k`` of the result ``InParts`` of the task ``key``, from its worker."""
    part: bytes = client.run(_worker_part, key, k, workers=[holder])[holder]
    return part


def in_process(
    func: Callable[[T], R], tasks: Iterable[T], window: int | None = None
) -> Iterator[R]:
    """A ``Submit`` that runs the tasks here, one by one as their results are asked for."""
    return (func(task) for task in tasks)
