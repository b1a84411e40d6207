"""The full resolution split per group of nodes (issue #7): the same events as one run.

``resolve.components`` groups the per-document nodes so that no candidate pair crosses two
groups; ``resolver.recluster_nodes`` clusters a bucket of groups; ``scale._resolve`` runs
the buckets as tasks (here in this process) and hands ``resolve_store`` the rows. Each
step must give exactly what a run over every mention gives.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from store_dump import dump_tables

from veeduria import _resolve_runs as runs
from veeduria.config import Settings, load_settings
from veeduria.events import add_review, full_runs_with, resolve_store
from veeduria.pipeline import run_ingest
from veeduria.resolve.components import (
    STRIKE_KINDS,
    NodePlan,
    Window,
    buckets,
    document_plan,
    node_groups,
    plans_from_json,
    plans_to_json,
    window,
)
from veeduria.resolve.records import MentionRef
from veeduria.resolve.resolver import recluster, recluster_nodes
from veeduria.resolve.within import document_nodes
from veeduria.scale._resolve import WorkerFullRun
from veeduria.store import Store
from veeduria.store import _resolution_state as state

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample"
TABLES = {
    "events": {"updated_at"},
    "event_mentions": set(),
    "resolution_members": set(),
    "resolution_blocks": set(),
    "resolution_docs": set(),
    "resolution_bands": set(),
    "resolution_meta": set(),
}


@pytest.fixture(scope="module")
def unresolved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus stored, not resolved."""
    root = tmp_path_factory.mktemp("worker-resolution")
    (root / "veeduria.toml").write_text("", encoding="utf-8")
    settings = load_settings(config_file=root / "veeduria.toml", env={})
    db = root / "unresolved.db"
    with Store.open(f"sqlite:///{db}") as store:
        run_ingest([str(SAMPLE)], settings, store, resolve_events=False)
    return db


def _refs(db: Path) -> list[MentionRef]:
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        doc_ids = list(conn.scalars(state.current_documents()))
        groups, _ = runs.full_groups(conn, doc_ids)
        facts = runs._Facts(conn, groups)
        facts.load(doc_ids)
        refs = facts.refs(state.mention_rows(conn, doc_ids=doc_ids))
    engine.dispose()
    return refs


def _by_doc(refs: list[MentionRef]) -> dict[str, list[MentionRef]]:
    out: dict[str, list[MentionRef]] = defaultdict(list)
    for ref in refs:
        out[ref.doc_id].append(ref)
    return dict(sorted(out.items()))


@pytest.mark.parametrize("count", [1, 2, 3, 8, 1000])
def test_components_buckets_cluster_as_one_run(unresolved: Path, count: int) -> None:
    refs = _refs(unresolved)
    whole = recluster(refs)
    nodes = [n for doc_refs in _by_doc(refs).values() for n in document_nodes(doc_refs)]
    plans = [p for doc_refs in _by_doc(refs).values() for p in document_plan(doc_refs)]
    assert [p.mentions for p in plans] == [tuple(r.id for r in n.members) for n in nodes]
    parts = [recluster_nodes([nodes[i] for i in bucket]) for bucket in buckets(plans, count)]
    assert len(parts) == min(count, len(node_groups(plans)))
    events = sorted(
        (e for p in parts for e in p.events),
        key=lambda e: (e.date.start.isoformat() if e.date else "9999", e.id),
    )
    assert events == whole.events
    assert {k: v for p in parts for k, v in p.component.items()} == whole.component
    assert {k: v for p in parts for k, v in p.blocks.items()} == whole.blocks
    assert len(whole.events) > 50


def test_components_groups_are_closed_under_candidates(unresolved: Path) -> None:
    """No compatible pair joins nodes of two groups, and groups are not all one."""
    from veeduria.resolve.across import Graph

    refs = _refs(unresolved)
    nodes = [n for doc_refs in _by_doc(refs).values() for n in document_nodes(doc_refs)]
    groups = node_groups([p for d in _by_doc(refs).values() for p in document_plan(d)])
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    graph = Graph(nodes)
    pairs = 0
    for i in range(len(nodes)):
        for j in graph.neighbours(i):
            assert group_of[i] == group_of[j]
            pairs += 1
    assert pairs > 10 and 1 < len(groups) < len(nodes)


def test_components_document_plan_ignores_the_duplicate_group(unresolved: Path) -> None:
    """Workers plan before the near-duplicate groups are known: they must not matter."""
    for doc_refs in _by_doc(_refs(unresolved)).values():
        alone = [replace(r, dup_group=None) for r in doc_refs]
        grouped = [replace(r, dup_group="another-group") for r in doc_refs]
        assert document_plan(alone) == document_plan(grouped) == document_plan(doc_refs)


def test_components_buckets_share_out_every_node_once() -> None:
    plans = [
        NodePlan(("a1",), given=(("k1",), ("k1", "k9"))),
        NodePlan(("b1", "b2"), given=(("k2",), ("k1",))),  # looks k1 up: with a1
        NodePlan(("c1",), given=(("k3",), ("k3",))),
        NodePlan(("d1",), given=(("k4",), ("k9",))),  # k9 is filed by no one: alone
        NodePlan(("e1",), given=((), ("k3",))),  # looks up k3: with c1
    ]
    assert node_groups(plans) == [[0, 1], [2, 4], [3]]
    shared = buckets(plans, 2)
    assert sorted(i for b in shared for i in b) == list(range(len(plans)))
    assert shared == [[0, 1], [2, 3, 4]]
    assert buckets(plans, 2) == shared  # deterministic
    assert buckets(plans, 10) == [[0, 1], [2, 4], [3]]


def _groups_by_keys(plans: list[NodePlan]) -> list[list[int]]:
    """``node_groups`` as it is defined, without shortcuts: each node joined with every
    node filed under a key it looks up (every key made whole), a strike's key left out."""
    parent = list(range(len(plans)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    filed: dict[Hashable, list[int]] = defaultdict(list)
    for i, plan in enumerate(plans):
        for key in plan.keys()[0]:
            filed[key].append(i)
    for i, plan in enumerate(plans):
        for key in plan.keys()[1]:
            if isinstance(key, tuple) and key[0] in STRIKE_KINDS:
                continue
            for j in filed.get(key, ()):
                a, b = find(i), find(j)
                parent[max(a, b)] = min(a, b)
    out: dict[int, list[int]] = defaultdict(list)
    for i in range(len(plans)):
        out[find(i)].append(i)
    return sorted(out.values(), key=lambda g: g[0])


_TYPES = [
    ("Protests", "Peaceful protest", None),
    ("Protests", "Protest with intervention", None),
    ("Riots", "Mob violence", None),
    ("Battles", "Armed clash", None),
    ("Explosions/Remote violence", "Grenade", None),
]
_windows = st.builds(
    lambda types, dept, start, length, day, ongoing, held: window(
        frozenset(types),
        dept,
        dt.date(2024, 1, 1) + dt.timedelta(days=start),
        dt.date(2024, 1, 1) + dt.timedelta(days=start + length),
        day,
        ongoing,
        held,
    ),
    st.lists(st.sampled_from(_TYPES), min_size=1, max_size=2),
    st.sampled_from([None, "PE-LIM", "PE-CUS"]),
    st.integers(0, 70),
    st.sampled_from([0, 0, 1, 6, 30, 31, 45, 400]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)


@given(st.lists(_windows, max_size=40))
def test_components_groups_of_windows_are_those_of_their_keys(windows: list[Window]) -> None:
    """Nodes grouped by their keys' prefixes and last items (``across.window_runs``) fall
    into the groups their whole keys make: days, months, departments looked up with and
    without, strikes left out."""
    plans = [NodePlan((f"m{i}",), window=w) for i, w in enumerate(windows)]
    assert node_groups(plans) == _groups_by_keys(plans)


_given_keys = st.lists(
    st.one_of(
        st.sampled_from(["k1", "k2", ("k1",), ("k1", "x"), ("strike",), ("strike", "x")]),
        st.tuples(st.sampled_from(["d", "m", "going"]), st.sampled_from(["a", "b"])),
        st.tuples(st.just("d"), st.just("a"), st.integers(0, 3)),
    ),
    max_size=4,
)


@given(st.lists(st.tuples(_given_keys, _given_keys), max_size=12))
def test_components_groups_of_given_keys_are_those_of_their_keys(
    keys: list[tuple[list[Hashable], list[Hashable]]],
) -> None:
    """Keys given as they are: a string and a tuple of one item are other keys than the
    tuple of two ending in it, and a strike's key joins nothing."""
    plans = [
        NodePlan((f"m{i}",), given=(tuple(files), tuple(looks)))
        for i, (files, looks) in enumerate(keys)
    ]
    assert node_groups(plans) == _groups_by_keys(plans)


def _plans(db: Path) -> dict[str, str]:
    """Node plans of every stored document, as the workers make them."""
    refs = [replace(r, dup_group=None) for r in _refs(db)]
    return {d: plans_to_json(document_plan(v)) for d, v in _by_doc(refs).items()}


def _here(func, tasks, window=None):
    return (func(task) for task in reversed(list(tasks)))  # any order will do


def _dump(db: Path) -> dict[str, list[tuple]]:
    return dump_tables(f"sqlite:///{db}", TABLES)


@pytest.mark.parametrize("count", [1, 3])
def test_scale_worker_full_run_stores_what_a_full_run_stores(
    unresolved: Path, tmp_path: Path, settings: Settings, count: int
) -> None:
    plain, split = tmp_path / "plain.db", tmp_path / "split.db"
    shutil.copy(unresolved, plain)
    shutil.copy(unresolved, split)
    closed: list[bool] = []
    runner = WorkerFullRun(_plans(split), _here, count, on_done=lambda: closed.append(True))
    with Store.open(f"sqlite:///{plain}") as store:
        expected = resolve_store(store, settings)
    with Store.open(f"sqlite:///{split}") as store, full_runs_with(runner):
        got = resolve_store(store, settings, known_bands={})
    assert runner.used and closed == [True]
    assert got.summary() | {"seconds": 0} == expected.summary() | {"seconds": 0}
    assert _dump(split) == _dump(plain)


@pytest.mark.parametrize(("per_slice", "per_pack"), [(1, 1), (2, 3), (7, 256)])
def test_scale_bucket_tasks_and_results_packed_in_slices_store_what_a_full_run_stores(
    unresolved: Path,
    tmp_path: Path,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    per_slice: int,
    per_pack: int,
) -> None:
    """A task's mentions travel packed a few nodes at a time, unpacked by the batches
    that need them; a worker's result comes back a few rows (and their share of members
    and blocks) at a time, decoded here one slice at a time: the same rows and state."""
    from veeduria.scale import _resolve

    monkeypatch.setattr(_resolve, "PACKED_ROWS", per_slice)
    monkeypatch.setattr(_resolve, "PACK_NODES", per_pack)
    monkeypatch.setattr(_resolve, "BATCH_MENTIONS", 4)
    plain, split = tmp_path / "plain.db", tmp_path / "split.db"
    shutil.copy(unresolved, plain)
    shutil.copy(unresolved, split)
    slices: list[int] = []
    packing = _resolve._packed

    def counted(rows, members, blocks, per_slice, per_bytes):  # type: ignore[no-untyped-def]
        # the client's, carried by the task
        assert (per_slice, per_bytes) == (_resolve.PACKED_ROWS, _resolve.SLICE_BYTES)
        packed = packing(rows, members, blocks, per_slice, per_bytes)
        slices.append(len(packed))
        return packed

    monkeypatch.setattr(_resolve, "_packed", counted)
    runner = WorkerFullRun(_plans(split), _here, 2)
    with Store.open(f"sqlite:///{plain}") as store:
        resolve_store(store, settings)
    with Store.open(f"sqlite:///{split}") as store, full_runs_with(runner):
        resolve_store(store, settings, known_bands={})
    assert runner.used and sum(slices) > len(slices)
    assert _dump(split) == _dump(plain)


@pytest.mark.parametrize("batch", [2_000, 3])
def test_scale_worker_full_run_cuts_a_large_corpus_into_small_buckets(
    unresolved: Path,
    tmp_path: Path,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
) -> None:
    """Buckets of a few mentions each, read when their task starts, two tasks at a time,
    the groups larger than a bucket first cut into their components (two at a time): the
    same rows."""
    from veeduria.scale import _resolve

    monkeypatch.setattr(_resolve, "BUCKET_MENTIONS", 5)
    monkeypatch.setattr(_resolve, "BATCH_MENTIONS", batch)
    plain, split = tmp_path / "plain.db", tmp_path / "split.db"
    shutil.copy(unresolved, plain)
    shutil.copy(unresolved, split)
    asked: list[int | None] = []

    def windowed(func, tasks, window=None):
        asked.append(window)
        return (func(task) for task in tasks)

    plans = _plans(split)
    mentions = sum(len(p.mentions) for d in plans for p in plans_from_json(plans[d]))
    runner = WorkerFullRun(plans, windowed, 2)
    with Store.open(f"sqlite:///{plain}") as store:
        resolve_store(store, settings)
    with Store.open(f"sqlite:///{split}") as store, full_runs_with(runner):
        resolve_store(store, settings, known_bands={})
    assert runner.used and asked == [None, 2, 2 * _resolve.TASKS_PER_THREAD]
    assert runner.seconds["cut"] >= 0
    assert not plans  # handed over: the run keeps none of them by document
    assert mentions < runner.read_back < 2 * mentions  # the large groups read twice
    assert _dump(split) == _dump(plain)


@pytest.mark.parametrize(("batch", "whole"), [(1, False), (7, False), (40, False), (7, True)])
def test_scale_bucket_batches_store_what_a_full_run_stores(
    unresolved: Path,
    tmp_path: Path,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
    whole: bool,
) -> None:
    """A bucket clustered a batch of groups at a time, its groups larger than a batch cut
    into their components (``whole``: the bucket taken as one group of candidates, so
    every batch is made of components): the same rows, in the same order."""
    from veeduria.scale import _resolve

    monkeypatch.setattr(_resolve, "BATCH_MENTIONS", batch)
    plain, split = tmp_path / "plain.db", tmp_path / "split.db"
    shutil.copy(unresolved, plain)
    shutil.copy(unresolved, split)
    batches: list[int] = []
    built: list[int] = []  # events built from a partition of summaries, a few at a time
    cutting, building = _resolve._batches, _resolve._events

    def counted(task, sizes):  # type: ignore[no-untyped-def]
        for nodes in cutting(task, sizes):
            batches.append(len(nodes))
            yield nodes

    def built_apart(task, batch, part, chunk, blocks):  # type: ignore[no-untyped-def]
        built.append(len(chunk))
        return building(task, batch, part, chunk, blocks)

    monkeypatch.setattr(_resolve, "_batches", counted)
    monkeypatch.setattr(_resolve, "_events", built_apart)

    def submit(func, tasks, window=None):
        def one(task):
            if whole and isinstance(task, _resolve.BucketTask):
                return func(replace(task, groups=None))
            return func(task)

        return (one(t) for t in tasks)

    runner = WorkerFullRun(_plans(split), submit, 1)
    with Store.open(f"sqlite:///{plain}") as store:
        resolve_store(store, settings)
    with Store.open(f"sqlite:///{split}") as store, full_runs_with(runner):
        resolve_store(store, settings, known_bands={})
    assert runner.used and len(batches) > 5
    assert (len(built) > 5) == (batch < 40 or whole)
    assert _dump(split) == _dump(plain)


def test_components_of_are_the_graph_components(unresolved: Path) -> None:
    from veeduria.resolve.across import Graph, components_of

    refs = _refs(unresolved)
    nodes = [n for doc_refs in _by_doc(refs).values() for n in document_nodes(doc_refs)]
    found = components_of(nodes)
    assert found == Graph(nodes).components(range(len(nodes)))
    assert 1 < len(found) < len(nodes) and max(map(len, found)) > 2


def test_scale_worker_full_run_leaves_other_runs_to_the_store(
    unresolved: Path, tmp_path: Path, settings: Settings
) -> None:
    """Reviews, stored events or a document it has no plan for: computed here, the same."""
    plain, split = tmp_path / "plain.db", tmp_path / "split.db"
    shutil.copy(unresolved, plain)
    plans = _plans(plain)
    with Store.open(f"sqlite:///{plain}") as store:
        resolve_store(store, settings)
    shutil.copy(plain, split)
    for db in (plain, split):
        with Store.open(f"sqlite:///{db}") as store:
            first = sorted(store.events.light_events(), key=lambda e: e.id)[0]
            add_review(store, first.id, "killed", 3, user="test")
    runner = WorkerFullRun(plans, _here, 2)
    with Store.open(f"sqlite:///{plain}") as store:
        resolve_store(store, settings, full=True)
    with Store.open(f"sqlite:///{split}") as store, full_runs_with(runner):
        resolve_store(store, settings, full=True)
    assert runner.spent and not runner.used
    assert _dump(split) == _dump(plain)

    missing = tmp_path / "missing.db"
    shutil.copy(unresolved, missing)
    some = dict(list(plans.items())[1:])
    runner = WorkerFullRun(some, _here, 2)
    with Store.open(f"sqlite:///{missing}") as store, full_runs_with(runner):
        resolve_store(store, settings)
    assert runner.spent and not runner.used


def test_scale_partition_plans_are_those_of_the_stored_mentions(unresolved: Path) -> None:
    """Workers plan from the mentions they extracted; resolution reads them back from the
    stored JSON: the nodes and keys must be the same."""
    import io

    import pyarrow.parquet as pq

    from veeduria.extract import load_resources
    from veeduria.scale._tasks import PartitionTask, run_partition

    settings = load_settings(env={})
    values = {k: v for k, v in settings.values.items() if k != "db"}
    paths = tuple(str(p) for p in sorted(SAMPLE.rglob("*")) if p.is_file())
    result = run_partition(
        PartitionTask(index=0, paths=paths, settings=values),
        load_resources(settings.language_list),
    )
    shard = pq.read_table(io.BytesIO(result.shard)).to_pylist()
    planned = {r["doc_id"]: r["nodes"] for r in shard if r["kind"] == "document" and r["nodes"]}
    assert planned == _plans(unresolved)
    assert len(planned) > 20


def test_scale_worker_full_run_resolves_here_when_comparing_texts_fails(
    unresolved: Path, tmp_path: Path, settings: Settings
) -> None:
    plain, split = tmp_path / "plain.db", tmp_path / "split.db"
    shutil.copy(unresolved, plain)
    shutil.copy(unresolved, split)

    def lost(func, tasks, window=None):
        def results():
            if func.__name__ == "link_copies":
                raise RuntimeError("a worker died")
            yield from (func(task) for task in tasks)

        return results()

    runner = WorkerFullRun(_plans(split), lost, 2)
    with Store.open(f"sqlite:///{plain}") as store:
        resolve_store(store, settings)
    with Store.open(f"sqlite:///{split}") as store, full_runs_with(runner):
        resolve_store(store, settings)
    assert runner.spent and not runner.used
    assert _dump(split) == _dump(plain)


@pytest.mark.parametrize(
    ("buckets", "count"),
    [
        ([("a", "b"), ("b", "c"), ("d", "e"), ("f", "g", "h"), ("g", "h")], 2),
        ([("a", "b"), ("c", "d")], 3),
        ([("a", "b", "c")], 1),
        ([], 2),
    ],
)
def test_scale_link_shares_keep_each_text_in_one_share(
    buckets: list[tuple[str, ...]], count: int
) -> None:
    """Near-duplicate candidates are shared out by connected sets of LSH buckets: every
    bucket once, and each text shingled by one task only."""
    from veeduria.scale._resolve import _shares

    shares = _shares(reversed(buckets), count)
    assert sorted(b for share in shares for b in share) == sorted(buckets)
    assert len(shares) <= count and all(share == sorted(share) for share in shares)
    docs = [{d for b in share for d in b} for share in shares]
    assert all(not (a & b) for i, a in enumerate(docs) for b in docs[i + 1 :])
    assert _shares(buckets, count) == shares


@given(
    sizes=st.lists(st.integers(0, 50), max_size=30),
    members=st.integers(0, 40),
    blocks=st.integers(0, 10),
    per_slice=st.integers(1, 8),
    per_bytes=st.integers(1, 120),
)
def test_packed_slices_bound_rows_and_their_text(
    sizes: list[int], members: int, blocks: int, per_slice: int, per_bytes: int
) -> None:
    """Slices of at most ``per_slice`` rows and about ``per_bytes`` characters (a larger
    row alone): decoded one after the other they give back every row, member and block
    in order."""
    from veeduria.scale._resolve import _packed, _row_size, unsealed

    rows = [({"id": f"e{i}", "data": "x" * n}, [("m", "d")] * (i % 2)) for i, n in enumerate(sizes)]
    member_rows = [{"mention_id": f"m{i}"} for i in range(members)]
    block_rows = [{"block": f"b{i}"} for i in range(blocks)]
    slices = [unsealed(p) for p in _packed(rows, member_rows, block_rows, per_slice, per_bytes)]
    assert [r for got, _, _ in slices for r in got] == rows
    assert [m for _, got, _ in slices for m in got] == member_rows
    assert [b for _, _, got in slices for b in got] == block_rows
    for got, _, _ in slices:
        assert len(got) <= per_slice
        assert len(got) <= 1 or sum(_row_size(r) for r in got) <= per_bytes
    if rows and all(_row_size(r) <= per_bytes for r in rows):
        # as few slices as the bounds allow, roughly: no two neighbours would fit in one
        for (a, _, _), (b, _, _) in zip(slices, slices[1:], strict=False):
            fits = len(a) + len(b) <= per_slice and sum(map(_row_size, a + b)) <= per_bytes
            assert not fits
