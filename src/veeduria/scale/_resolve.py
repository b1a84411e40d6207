"""The full resolution that ends a Dask ingest, computed on the workers (issue #7).

The workers that extract a document also cluster its mentions (``within.document_nodes``)
and note each node's block keys (``resolve.components.document_plan``, a shard column).
When the run ends with a full resolution (a store resolved for the first time, no reviews
and no earlier events), :class:`WorkerFullRun` computes it:

1. here: the near-duplicate groups (from the band keys the workers hashed), the node
   groups no candidate pair crosses (``components.buckets``), and the mentions as JSON
   text, not decoded (kept from the shards for the documents this run stored, read back
   for any other);
2. on the workers, one task per bucket of groups (:func:`resolve_bucket`): decode the
   mentions, rebuild the nodes, cluster them (``resolver.recluster_nodes``), build the
   events and their rows, content hashes included, JSON columns encoded as the store
   encodes them;
3. here: the rows, sorted by event id as a full run writes them, and the state tables,
   written by ``resolve_store`` exactly as after a full run computed here.

Anything the workers' plans do not cover (a document stored by an earlier run, a review,
stored events) leaves the run to ``resolve_store``'s own code: the result is the same.
"""

from __future__ import annotations

import gc
import json
import logging
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import sqlalchemy as sa

from veeduria import _resolve_runs as runs
from veeduria._event_reviews import apply_reviews
from veeduria.extract.serialize import mention_from_dict
from veeduria.resolve.components import NodePlan, buckets, plans_from_json
from veeduria.resolve.dedup import candidate_pairs, groups_from_links
from veeduria.resolve.records import MentionRef
from veeduria.resolve.resolver import recluster_nodes
from veeduria.resolve.within import node_of
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
#: Columns of ``events`` holding JSON, encoded on the workers.
JSON_COLUMNS = tuple(c.name for c in events_table.c if isinstance(c.type, sa.JSON))

T = TypeVar("T")
R = TypeVar("R")

#: A mention as it travels: id, document id, stored JSON text.
Wire = tuple[str, str, str]


@dataclass(frozen=True)
class BucketTask:
    """Nodes to cluster together, and the facts of their documents."""

    index: int
    nodes: list[list[Wire]]  # the mentions of each node
    docs: dict[str, tuple[str | None, Any, str]]  # doc id -> source, published, group


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


def resolve_bucket(task: BucketTask) -> BucketResult:
    """Cluster one bucket's nodes into events and make their rows (on a worker)."""
    started = time.perf_counter()
    cpu = time.thread_time()
    collecting = gc.isenabled()
    gc.disable()  # as resolve_store: many long-lived acyclic records
    try:
        nodes = []
        for wires in task.nodes:
            refs = []
            for mention_id, doc_id, text in wires:
                source, published, group = task.docs[doc_id]
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
            nodes.append(node_of(refs))
        hood = recluster_nodes(nodes)
        reviewed = apply_reviews(hood.events, (), PreviousState({}, {}))
        out = runs.Outcome(mode="full", rows=[], recomputed=len(hood.events))
        runs.state_rows(hood, out)
        rows = [_encoded(runs.row_links(item)) for item in reviewed]
    finally:
        if collecting:
            gc.enable()
    return BucketResult(
        index=task.index,
        rows=rows,
        members=out.members,
        blocks=out.blocks,
        events=len(hood.events),
        seconds=time.perf_counter() - started,
        cpu=time.thread_time() - cpu,
    )


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
    """Candidate near-duplicate pairs and the texts of their documents."""

    pairs: list[tuple[str, str]]
    texts: dict[str, str]


def link_copies(task: LinkTask) -> list[tuple[str, str]]:
    """The pairs whose texts are copies (on a worker)."""
    return runs.copies_among(task.pairs, task.texts)


class Submit(Protocol):
    """Starts ``func`` on every task now; the iterator gives the results as they come."""

    def __call__(self, func: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]: ...


class WorkerFullRun:
    """A ``events.FullRunner``: the full run computed per bucket of node groups.

    ``plans`` maps each document extracted in this run to its node plans (JSON, as the
    shards carry them, or parsed); ``wires`` holds the mentions of the documents this run
    stored (``stored``), as the shards carried them: those are not read back from the
    database; ``submit`` runs the tasks (on Dask) and returns their results;
    ``buckets`` is how many clustering tasks to make, ``threads`` how many tasks compare
    the near-duplicate candidates. ``seconds`` holds where the time went.
    """

    def __init__(
        self,
        plans: Mapping[str, str | Sequence[NodePlan]],
        submit: Submit,
        buckets: int,
        on_done: Callable[[], None] | None = None,
        threads: int = 2,
        wires: Mapping[str, Sequence[Wire]] | None = None,
        stored: Collection[str] = (),
    ) -> None:
        self.plans = plans
        self.wires = wires or {}
        self.stored = set(stored)
        self.submit = submit
        self.count = max(1, buckets)
        self.threads = max(1, threads)
        self.on_done = on_done
        self.seconds: dict[str, float] = {}
        self.used = False
        self.spent = False
        self.read_back = 0  # mentions read back from the database

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
        # near-duplicate groups: the candidate pairs' texts compared on the workers while
        # the mentions are read here (``runs.full_groups``, split)
        keys = runs.band_keys_of(conn, doc_ids, known)
        pairs = candidate_pairs(keys)
        texts = dict(state.texts(conn, {d for p in pairs for d in p}))
        link_tasks = [
            LinkTask(share, {d: texts[d] for d in sorted({d for p in share for d in p})})
            for share in _shares(pairs, self.threads)
        ]
        del texts
        linking = self.submit(link_copies, link_tasks)
        self.seconds["pairs"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        wires = self._wires(conn, doc_ids)
        plans = [p for d in doc_ids for p in _parsed(self.plans[d])]
        planned = [m for p in plans for m in p.mentions]
        if len(planned) != len(wires) or set(planned) != set(wires):
            logger.info("resolution here: stored mentions differ from the extracted ones")
            for _ in linking:  # let the started tasks end
                pass
            return None
        facts = state.doc_facts(conn, doc_ids)
        # each bucket's nodes and documents, made while the texts are compared; only the
        # near-duplicate group of each document waits for the comparisons
        shared = []
        for bucket in buckets(plans, self.count):
            nodes = [[wires[m] for m in plans[i].mentions] for i in bucket]
            docs = {}
            for d in sorted({w[1] for ws in nodes for w in ws}):
                f = facts[d]
                docs[d] = (source_of(f.source_name, f.url), f.published)
            shared.append((nodes, docs))
        del wires, facts
        self.seconds["read"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        try:
            linked = [link for links in linking for link in links]
        except Exception:  # a worker lost: nothing is written yet, resolve here instead
            logger.warning("resolution here: comparing texts on the workers failed", exc_info=True)
            return None
        groups = groups_from_links(doc_ids, linked)
        self.seconds["groups"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        tasks = [
            BucketTask(
                index=index,
                nodes=nodes,
                docs={
                    d: (source, published, groups.get(d, d))
                    for d, (source, published) in docs.items()
                },
            )
            for index, (nodes, docs) in enumerate(shared)
        ]
        del shared
        results = self.submit(resolve_bucket, tasks)
        self.seconds["tasks"] = time.perf_counter() - t0
        out = runs.Outcome(mode="full", rows=[], recomputed=0)
        out.groups_now = groups
        out.new_bands = keys
        out.rows = self._rows(results, out, len(planned), len(tasks))
        return out

    def _wires(self, conn: sa.Connection, doc_ids: Sequence[str]) -> dict[str, Wire]:
        """Every stored mention of these documents, by id. Those of documents this run
        stored come from ``wires`` when the database holds the same mention ids; the
        others are read back."""
        kept = {d for d in doc_ids if d in self.stored and d in self.wires}
        wires: dict[str, Wire] = {}
        m = mentions_table.c
        for part in state.chunks(sorted(kept)):
            for mention_id, doc_id in conn.execute(
                sa.select(m.id, m.doc_id).where(m.doc_id.in_(part))
            ):
                wires[mention_id] = (mention_id, doc_id, "")
        from_shards = 0
        for doc_id in kept:
            for wire in self.wires[doc_id]:
                if wire[0] in wires:
                    wires[wire[0]] = wire
                    from_shards += 1
        self.wires = {}  # given once: let them go with the tasks
        if from_shards != len(wires):  # not what this run stored: read them all back
            kept, wires = set(), {}
        for mention_id, doc_id, text in state.mention_texts(
            conn, [d for d in doc_ids if d not in kept]
        ):
            wires[mention_id] = (mention_id, doc_id, text)
            self.read_back += 1
        return wires

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
                out.members.extend(result.members)
                out.blocks.extend(result.blocks)
                rows, result.rows = result.rows, []
                yield from rows
        finally:
            self._done()  # the workers are done: free them while the rest is written
        out.blocks.sort(key=lambda b: (b["component"], b["block"]))
        self.seconds["workers and writes"] = time.perf_counter() - t0
        self.seconds["task time"] = task_time
        self.seconds["task cpu"] = task_cpu
        self.used = True
        logger.info(
            "resolution on the workers: %d mentions (%d read back) in %d buckets, %d events (%s)",
            mentions,
            self.read_back,
            tasks,
            out.recomputed,
            ", ".join(f"{k} {v:.1f}s" for k, v in self.seconds.items()),
        )


def _parsed(plans: str | Sequence[NodePlan]) -> Sequence[NodePlan]:
    return plans_from_json(plans) if isinstance(plans, str) else plans


def _shares(pairs: Iterable[tuple[str, str]], count: int) -> list[list[tuple[str, str]]]:
    """Candidate pairs shared out among ``count`` tasks, a connected set of pairs in one
    share, so that each text is shingled by one task only; shares of about equal pairs
    (largest set first, into the lightest share), each sorted; empty ones left out."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ordered = sorted(pairs)
    for a, b in ordered:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    sets: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in ordered:
        sets[find(pair[0])].append(pair)
    shares: list[list[tuple[str, str]]] = [[] for _ in range(max(1, count))]
    for members in sorted(sets.values(), key=lambda m: (-len(m), m[0])):
        min(shares, key=len).extend(members)
    return [sorted(share) for share in shares if share]


def dask_submit(client: Any) -> Submit:
    """Tasks on a Dask client, started at once; results as they complete.

    Each task's input is scattered first, then the task submitted on it: a large argument
    given to ``submit`` travels inside the task graph through the scheduler, which cost
    about three times the wall clock and four times the client's CPU of scattering it
    (52 MB over four tasks on the local cluster: 2.2-3.3 s against 0.7-1.4 s).
    """
    from distributed import as_completed

    def submit(func: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
        token = uuid.uuid4().hex
        name = getattr(func, "__name__", "task")
        inputs: list[Any] = []
        futures: list[Any] = []
        for i, task in enumerate(tasks):
            [data] = client.scatter([task], hash=False)
            inputs.append(data)
            futures.append(client.submit(func, data, key=f"veeduria-{name}-{i}-{token}"))
        completed = as_completed(futures, loop=client.loop)  # type: ignore[no-untyped-call]
        return _completed(futures + inputs, completed)

    return submit


def _completed(held: list[Any], completed: Iterable[Any]) -> Iterator[Any]:
    """Results as they complete; every future (results and scattered inputs) released."""
    try:
        for future in completed:
            result = future.result()
            future.release()
            yield result
    finally:
        for future in held:
            future.release()


def in_process(func: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
    """A ``Submit`` that runs the tasks here, one by one as their results are asked for."""
    return (func(task) for task in tasks)
