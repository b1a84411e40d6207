"""Dask and serial ingest give the same database: documents, mentions, quarantine, events.

The sample corpus, the broken sources and a copied file (duplicates) are ingested once
serially and once on a real LocalCluster of two worker processes, into two SQLite files.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow

from veeduria.config import load_settings  # noqa: E402
from veeduria.pipeline import run_ingest  # noqa: E402
from veeduria.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
#: Columns that differ between any two runs (timestamps, autoincrement ids).
VOLATILE = {
    "documents": {"ingested_at"},
    "doc_warnings": {"id"},
    "quarantine": {"id", "first_seen", "last_seen"},
    "events": {"updated_at"},
}
#: The state an incremental resolution reads (``resolution_meta`` holds a version only).
RESOLUTION_STATE = (
    "resolution_docs",
    "resolution_bands",
    "resolution_members",
    "resolution_blocks",
)
COMPARED = (
    "documents",
    "mentions",
    "claims",
    "tallies",
    "doc_warnings",
    "quarantine",
    "events",
    "event_mentions",
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ROOT / "data" / "sample", root / "sample")
    shutil.copytree(ROOT / "tests" / "data" / "broken", root / "broken")
    # two tolls of one clash, so that a document warning is compared too
    shutil.copytree(ROOT / "tests" / "data" / "conflicts", root / "conflicts")
    shutil.copy(ROOT / "data" / "sample" / "json" / "statements.jsonl", root / "zz-copy.jsonl")
    return root


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory):
    empty = tmp_path_factory.mktemp("settings") / "veeduria.toml"
    # several batches per serial run (the Dask loader commits LOAD_BATCH at least)
    empty.write_text("batch_size = 7\n", encoding="utf-8")
    return load_settings(config_file=empty, env={})


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    from veeduria.scale.dask import LOCAL_SCHEDULER

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs=LOCAL_SCHEDULER,
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture(scope="module")
def runs(corpus, settings, client, tmp_path_factory):
    from veeduria.scale import run_dask_ingest

    db_dir = tmp_path_factory.mktemp("dbs")
    serial_url, dask_url = f"sqlite:///{db_dir / 'serial.db'}", f"sqlite:///{db_dir / 'dask.db'}"
    with Store.open(serial_url) as store:
        serial = run_ingest([str(corpus)], settings, store)
    with _resolution_log() as logged, Store.open(dask_url) as store:
        dask = run_dask_ingest([str(corpus)], settings, store, client=client, partitions=5)
    return {
        "serial": (serial, serial_url),
        "dask": (dask, dask_url),
        "db_dir": db_dir,
        "log": logged.messages,
    }


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _logged_run(corpus: Path, settings, client, url: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Ingest the corpus on the cluster into ``url``; what the resolution logged."""
    from veeduria.scale import run_dask_ingest

    with _resolution_log() as logged, Store.open(url) as store:
        run_dask_ingest([str(corpus)], settings, store, client=client, partitions=3)
    return logged.messages


@contextmanager
def _resolution_log() -> Iterator[_Records]:
    """What the resolution on the workers logs (at INFO) meanwhile."""
    logged = _Records()
    log = logging.getLogger("veeduria.scale._resolve")
    log.addHandler(logged)
    level = log.level
    log.setLevel(logging.INFO)
    try:
        yield logged
    finally:
        log.removeHandler(logged)
        log.setLevel(level)


def rows(url: str, table: str) -> list[tuple]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            columns = [
                c["name"]
                for c in sa.inspect(conn).get_columns(table)
                if c["name"] not in VOLATILE.get(table, set())
            ]
            query = sa.text(f"SELECT {', '.join(columns)} FROM {table}")
            return sorted(tuple(map(repr, r)) for r in conn.execute(query))
    finally:
        engine.dispose()


def test_dask_report_equals_serial(runs):
    serial, dask = runs["serial"][0], runs["dask"][0]
    assert dask.summary() == serial.summary()
    assert serial.ingested > 50 and serial.duplicates > 0 and serial.quarantined > 0
    assert sorted(dask.documents) == sorted(serial.documents)
    assert dask.resolved == serial.resolved


@pytest.mark.parametrize("table", COMPARED)
def test_dask_tables_equal_serial(runs, table):
    serial, dask = rows(runs["serial"][1], table), rows(runs["dask"][1], table)
    assert serial, f"{table} is empty: nothing compared"
    assert dask == serial


def test_dask_events_ids_and_canonical_values(runs):
    query = (
        "SELECT id, family, event_type, sub_event_type, date, admin1, actor1, actor2, "
        "killed, killed_low, killed_high, injured, detained, sources FROM events"
    )
    found = {}
    for name in ("serial", "dask"):
        engine = sa.create_engine(runs[name][1])
        with engine.connect() as conn:
            found[name] = {r.id: tuple(r) for r in conn.execute(sa.text(query))}
        engine.dispose()
    assert len(found["serial"]) > 50
    assert found["dask"] == found["serial"]


def test_dask_resources_loaded_once_per_worker(runs, client, settings):
    from veeduria.scale._tasks import plugin_name

    name = plugin_name(settings.language_list)

    def loaded(dask_worker) -> int:
        plugin = dask_worker.plugins.get(name)
        return id(plugin.resources) if plugin and plugin.resources is not None else 0

    ids = client.run(loaded)
    assert len(ids) == 2 and all(ids.values())


def test_dask_resolution_ran_on_the_workers(runs):
    """The first resolution of the store was computed per bucket of node groups on the
    workers (and the tables above are still those of the serial run)."""
    done = [m for m in runs["log"] if m.startswith("resolution on the workers")]
    assert done, runs["log"]
    # the mentions are read from the store a bucket at a time, every one once (issue #7)
    assert re.search(r": (\d+) mentions \(\1 read back\) in 8 buckets", done[0]), done


def _sliced(n: int):  # type: ignore[no-untyped-def]
    """(on a worker) A bucket result of three packed slices of one row each."""
    from veeduria.scale._resolve import BucketResult, sealed

    def slice_(k: int) -> bytes:
        return sealed(([({"id": f"{n}-{k}"}, [])], [{"m": k}], []))

    return BucketResult(index=n, rows=[], events=3, packed=[slice_(k) for k in range(3)])


def test_dask_results_in_parts_come_back_a_slice_at_a_time(client):
    """A bucket's result stays on its worker: its shell comes back, then each slice as
    it is asked for, read out of the worker's task threads; the result is released once
    the caller moves on."""
    import cloudpickle

    from veeduria.scale._resolve import dask_submit

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        got = {}
        for result in dask_submit(client)(_sliced, range(4), window=2):
            assert result.packed == [] and result.remote == 3 and result.fetch is not None
            got[result.index] = [
                (rows[0][0]["id"], members) for rows, members, _ in result.slices()
            ]
            assert result.fetch is not None  # fetched while the caller holds it
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert got == {n: [(f"{n}-{k}", [{"m": k}]) for k in range(3)] for n in range(4)}
    for _ in range(100):  # every result and input released (the scheduler is told)
        if not client.who_has():
            break
        time.sleep(0.1)
    assert not client.who_has()


def test_dask_results_fetched_a_slice_at_a_time_store_what_serial_stores(
    runs, corpus, settings, client, tmp_path, monkeypatch
):
    """With slices of one event row, each bucket's result comes back a slice at a time:
    the same events and state as the serial run."""
    from veeduria.scale import _resolve

    monkeypatch.setattr(_resolve, "PACKED_ROWS", 1)
    url = f"sqlite:///{tmp_path / 'sliced.db'}"
    messages = _logged_run(corpus, settings, client, url)
    done = [m for m in messages if m.startswith("resolution on the workers")]
    found = re.search(r"in (\d+) buckets \((\d+) slices fetched, .*?\), (\d+) events", done[0])
    assert found, done
    buckets, fetched, events = map(int, found.groups())
    assert buckets < fetched == events  # one slice per event row
    for table in ("events", "event_mentions", *RESOLUTION_STATE):
        assert rows(url, table) == rows(runs["serial"][1], table), table


def test_dask_packs_sent_ahead_of_their_task_store_what_serial_stores(
    runs, corpus, settings, client, tmp_path, monkeypatch
):
    """With every pack of mentions sent to the workers on its own as its task is made
    (the client never holds a large group's packs whole), each task finds them on its
    worker: the same events and state as the serial run, and nothing left on the workers."""
    from veeduria.scale import _resolve

    monkeypatch.setattr(_resolve, "PUT_BYTES", 1)
    monkeypatch.setattr(_resolve, "PACK_NODES", 2)
    url = f"sqlite:///{tmp_path / 'ahead.db'}"
    messages = _logged_run(corpus, settings, client, url)
    done = [m for m in messages if m.startswith("resolution on the workers")]
    found = re.search(
        r": (\d+) mentions \(\d+ read back\) in (\d+) buckets .*ahead (\d+) times", done[0]
    )
    assert found, done
    mentions, buckets, sent = map(int, found.groups())
    assert sent >= mentions // (2 * 3) > buckets  # a send per pack of two nodes
    for table in ("events", "event_mentions", *RESOLUTION_STATE):
        assert rows(url, table) == rows(runs["serial"][1], table), table
    for _ in range(100):  # every pack released with its task
        if not client.who_has():
            break
        time.sleep(0.1)
    assert not client.who_has()


@pytest.fixture(scope="module")
def reviewed_runs(corpus, settings, client, tmp_path_factory) -> dict[str, str]:
    """Half the corpus stored and resolved, three events reviewed (a count, a rejection, a
    merge); then all of it ingested serially into one copy and with Dask into the other."""
    from veeduria.events import add_review
    from veeduria.scale import run_dask_ingest

    root = tmp_path_factory.mktemp("reviewed")
    serial, dask = root / "serial.db", root / "dask.db"
    with Store.open(f"sqlite:///{serial}") as store:
        run_ingest([str(corpus / "sample" / "json")], settings, store)
        events = sorted(store.events.light_events(), key=lambda e: e.id)
        add_review(store, events[0].id, "killed", 2, user="test")
        add_review(store, events[1].id, "status", "rejected", user="test")
        add_review(store, events[2].id, "_merge", {"into": events[3].id}, user="test")
    shutil.copy(serial, dask)
    with Store.open(f"sqlite:///{serial}") as store:
        run_ingest([str(corpus)], settings, store)
    with Store.open(f"sqlite:///{dask}") as store:
        run_dask_ingest([str(corpus)], settings, store, client=client, partitions=3)
    return {"serial": f"sqlite:///{serial}", "dask": f"sqlite:///{dask}"}


@pytest.mark.parametrize("table", [*COMPARED, "event_reviews", *RESOLUTION_STATE])
def test_dask_ingest_into_a_reviewed_store_equals_serial(reviewed_runs, table):
    """Into a store that has events and reviews, the Dask run resolves as the serial one
    (incrementally, here in the client) and leaves the same events, reviews and state."""
    assert rows(reviewed_runs["dask"], table) == rows(reviewed_runs["serial"], table)


def test_dask_large_groups_cut_on_the_workers_store_what_serial_stores(
    runs, corpus, settings, client, tmp_path, monkeypatch
):
    """With buckets of a few dozen mentions, every larger group of candidates is cut into
    its components first, on the real workers: the same events and
    state as the serial run."""
    from veeduria.scale import _resolve

    monkeypatch.setattr(_resolve, "BUCKET_MENTIONS", 40)
    url = f"sqlite:///{tmp_path / 'cut.db'}"
    messages = _logged_run(corpus, settings, client, url)
    cut = [m for m in messages if "larger than a bucket cut into" in m]
    assert cut, messages
    for table in ("events", "event_mentions", *RESOLUTION_STATE):
        assert rows(url, table) == rows(runs["serial"][1], table), table


def test_dask_shards_are_cleaned_up(runs):
    assert not (runs["db_dir"] / ".veeduria-work").exists()


def test_dask_rerun_adds_nothing(runs, corpus, settings, client, tmp_path):
    from veeduria.scale import run_dask_ingest

    copy = tmp_path / "again.db"  # the compared databases stay as they were
    shutil.copy(runs["dask"][1].removeprefix("sqlite:///"), copy)
    url = f"sqlite:///{copy}"
    before = rows(url, "documents")
    with Store.open(url) as store:
        again = run_dask_ingest([str(corpus)], settings, store, client=client, partitions=3)
    assert again.ingested == 0
    assert again.duplicates == runs["dask"][0].ingested + runs["dask"][0].duplicates
    assert rows(url, "documents") == before


def test_dask_cli_engine_option(tmp_path):
    from click.testing import CliRunner

    from veeduria.cli import main

    corpus = ROOT / "tests" / "data" / "store" / "corpus"
    summaries = []
    for name, extra in (("serial", []), ("dask", ["--engine", "dask", "--partitions", "2"])):
        url = f"sqlite:///{tmp_path / name}.db"
        result = CliRunner().invoke(
            main,
            ["ingest", str(corpus), "--db", url, "--format", "json", *extra],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.output
        summaries.append(json.loads(result.stdout.strip().splitlines()[-1]))
        assert rows(url, "mentions")
    assert summaries[0] == summaries[1]


def test_dask_cli_rejects_stdin_with_dask(tmp_path):
    from click.testing import CliRunner

    from veeduria.cli import main

    url = f"sqlite:///{tmp_path / 'v.db'}"
    result = CliRunner().invoke(main, ["ingest", "-", "--db", url, "--engine", "dask"], input="x")
    assert result.exit_code == 2
    assert "serial" in result.output


@pytest.mark.parametrize(
    ("sizes", "partitions", "expected"),
    [
        ([10, 10, 10, 10], 2, [2, 2]),
        ([10, 10, 10, 10], 4, [1, 1, 1, 1]),
        ([10, 10, 10, 10], 9, [1, 1, 1, 1]),
        ([100, 1, 1, 1], 2, [1, 3]),
        ([1, 1, 1, 100], 2, [3, 1]),
        ([10] * 10, 8, [1, 2, 1, 1, 1, 2, 1, 1]),  # the spare files spread, not all at the end
        ([10] * 40, 8, [5] * 8),
        ([30, 10, 10, 10, 10, 10, 10], 3, [1, 3, 3]),
        ([5], 3, [1]),
        ([], 3, []),
    ],
)
def test_dask_partition_paths_contiguous_and_balanced(tmp_path, sizes, partitions, expected):
    from veeduria.scale import partition_paths

    paths = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"f{i}.txt"
        path.write_bytes(b"x" * size)
        paths.append(path)
    groups = partition_paths(paths, partitions)
    assert [len(g) for g in groups] == expected
    assert [p for g in groups for p in g] == paths


def test_dask_default_partitions_bound_the_input_of_each(tmp_path, monkeypatch):
    """Eight partitions per worker thread, more when that would put more than
    ``PARTITION_BYTES`` of input in one (a worker holds a partition's rows at once)."""
    from veeduria.scale import dask as scale_dask

    monkeypatch.setattr(scale_dask, "PARTITION_BYTES", 100)
    paths = []
    for i in range(50):
        path = tmp_path / f"f{i:02d}.txt"
        path.write_bytes(b"x" * 60)
        paths.append(path)
    assert scale_dask.default_partitions(paths[:10], threads=2) == 16  # 600 bytes: 16 anyway
    assert scale_dask.default_partitions(paths, threads=2) == 30  # 3,000 bytes: 30 of 100
    groups = scale_dask.partition_paths(paths, scale_dask.default_partitions(paths, threads=2))
    assert max(sum(p.stat().st_size for p in g) for g in groups) <= 120  # two files at most


def test_dask_documents_and_rows_roundtrip_on_the_sample(settings):
    """What a shard carries (documents, extraction rows) comes back equal."""
    from veeduria.extract import extract, load_resources
    from veeduria.ingest import discover, read_source
    from veeduria.models import Document
    from veeduria.pipeline import extraction_rows
    from veeduria.scale._codec import decode_document, encode
    from veeduria.store._bulk import Encoded, encode_json_value
    from veeduria.store._rows import JSON_COLUMNS, ExtractionRows

    resources = load_resources(settings.language_list)
    files, _ = discover([str(ROOT / "data" / "sample")])
    checked = dated = 0
    for path in files:
        for item in read_source(path, settings):
            if not isinstance(item, Document):
                continue
            rows = extraction_rows(item, extract(item, resources))
            doc = decode_document(json.loads(json.dumps(encode(item))))
            again = ExtractionRows.from_json(rows.to_json())
            assert doc == item
            assert again == rows
            # as a shard carries them: the JSON columns' texts apart, stored as encoded
            text, texts = rows.to_shard()
            shard = ExtractionRows.from_shard(text, texts)
            assert shard == ExtractionRows.from_json(rows.to_json(encode_json=True))
            skeleton = json.loads(text)["tables"]
            for name, columns in JSON_COLUMNS.items():
                for row, kept, raw in zip(
                    shard.tables.get(name, ()),
                    skeleton.get(name, ()),
                    rows.tables.get(name, ()),
                    strict=True,
                ):
                    for column in set(columns) & set(raw):
                        assert isinstance(kept[column], int)
                        assert type(row[column]) is Encoded
                        assert row[column] == encode_json_value(raw[column])
            dated += any(m["date"] is not None for m in again.tables["mentions"])
            checked += 1
    assert checked > 50 and dated > 10


def test_dask_own_cluster_takes_no_statistical_profile():
    """The LocalCluster a run starts (no dashboard) has its workers' statistical
    profiler off and a slower event-loop tick (``LOCAL_CONFIG``), set in every worker."""
    import dask.config

    from veeduria.scale.dask import LOCAL_CONFIG, dask_client

    def settings_of(dask_worker):  # type: ignore[no-untyped-def]
        values = {key: dask.config.get(key) for key in LOCAL_CONFIG}
        return values, "profile" in dask_worker.periodic_callbacks

    with dask_client() as own:
        got = own.run(settings_of)
    assert len(got) == 2
    assert all(values == LOCAL_CONFIG and not profiling for values, profiling in got.values())


def test_dask_rejects_stdin(settings, tmp_path):
    from veeduria.scale import run_dask_ingest

    with Store.open(f"sqlite:///{tmp_path / 'v.db'}") as store:
        with pytest.raises(ValueError, match="standard input"):
            run_dask_ingest(["-"], settings, store)


def test_dask_extraction_failures_quarantined_as_in_serial(corpus, settings, tmp_path, monkeypatch):
    """A document whose extraction raises: same quarantine entries, same stored documents."""
    import veeduria.pipeline
    import veeduria.scale._tasks
    from veeduria.extract import extract as real_extract
    from veeduria.extract import load_resources
    from veeduria.ingest import discover
    from veeduria.scale._load import ShardLoader
    from veeduria.scale._tasks import PartitionTask, run_partition

    def flaky(doc, resources):
        if "Juliaca" in doc.text:
            raise RuntimeError("boom\nsecond line")
        return real_extract(doc, resources)

    monkeypatch.setattr(veeduria.pipeline, "extract", flaky)
    monkeypatch.setattr(veeduria.scale._tasks, "extract", flaky)
    monkeypatch.setattr("veeduria.pipeline.resolve_store", _no_resolution)

    serial_url = f"sqlite:///{tmp_path / 'serial.db'}"
    with Store.open(serial_url) as store:
        serial = run_ingest([str(corpus)], settings, store)
    assert serial.failed > 0

    paths, failures = discover([str(corpus)])
    values = {k: v for k, v in settings.values.items() if k != "db"}
    resources = load_resources(settings.language_list)
    shards = []
    for i, chunk in enumerate((paths[:10], paths[10:25], paths[25:])):
        task = PartitionTask(index=i, paths=tuple(map(str, chunk)), settings=values)
        shards.append(tmp_path / f"part-{i}.parquet")
        shards[-1].write_bytes(run_partition(task, resources).shard)
    # the loader's own batches (LOAD_BATCH: one here), then the serial run's batch_size
    for batch in (None, settings.batch_size):
        loader_url = f"sqlite:///{tmp_path / f'loaded-{batch}.db'}"
        with Store.open(loader_url) as store:
            loader = ShardLoader(store, settings, True, None, total=len(paths), batch_size=batch)
            for failure in failures:
                loader.add_failure(failure)
            for shard in shards:
                loader.load(shard)
            loader.flush()
        counts = loader.counts()
        assert counts == {k: v for k, v in serial.summary().items() if k in counts}
        for table in ("documents", "mentions", "quarantine"):
            assert rows(loader_url, table) == rows(serial_url, table)


class _Resolved:
    events = 0


def _no_resolution(store, settings=None):
    return _Resolved()


def test_dask_workers_forget_the_resources_before_they_resolve(runs, corpus, settings, tmp_path):
    """On a cluster of its own the run has the workers forget the extraction resources
    and their loaders' caches once every partition is extracted; the events stored are
    still those of the serial run, and the workers hold none of it afterwards."""
    from distributed import Client, LocalCluster

    from veeduria.scale import run_dask_ingest
    from veeduria.scale._tasks import plugin_name
    from veeduria.scale.dask import LOCAL_SCHEDULER

    name = plugin_name(settings.language_list)

    def held(dask_worker) -> tuple[bool, int]:
        from veeduria.gazetteer import load_place_finder

        return name in dask_worker.plugins, load_place_finder.cache_info().currsize

    url = f"sqlite:///{tmp_path / 'forgot.db'}"
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs=LOCAL_SCHEDULER,
        ) as cluster,
        Client(cluster) as own,
        Store.open(url) as store,
    ):
        run_dask_ingest(
            [str(corpus)], settings, store, client=own, partitions=3, forget_resources=True
        )
        assert set(own.run(held).values()) == {(False, 0)}
    for table in ("events", "event_mentions", *RESOLUTION_STATE):
        assert rows(url, table) == rows(runs["serial"][1], table), table


def test_dask_dumps_read_in_parts_store_what_serial_stores(settings, client, tmp_path):
    """JSON Lines files cut into parts at line ends, the parts in several partitions (a bad
    record and a repeated file among them): the same rows as the serial run."""
    from veeduria.ingest import discover
    from veeduria.scale import run_dask_ingest
    from veeduria.scale.dask import partition_sources

    root = tmp_path / "dumps"
    root.mkdir()
    shutil.copy(ROOT / "data" / "sample" / "json" / "statements.jsonl", root / "a.jsonl")
    shutil.copy(ROOT / "tests" / "data" / "broken" / "badrecord.jsonl", root / "b.jsonl")
    shutil.copy(ROOT / "data" / "sample" / "json" / "statements.jsonl", root / "c.jsonl")
    paths, _ = discover([str(root)])
    groups = partition_sources(paths, 6, threads=2, limit=settings.max_file_bytes)
    pieces = [p for g in groups for p in g]
    assert [p.path for p in pieces if p.lines is None or p.lines[1] is None] == paths
    split = {p.path for p in pieces if p.lines is not None}
    assert split, "no file was read in parts"
    for path in split:
        parts = [p.lines for p in pieces if p.path == path]
        assert parts[0][0] == 0 and parts[-1][1] is None
        assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))  # contiguous
    serial_url, dask_url = f"sqlite:///{tmp_path / 's.db'}", f"sqlite:///{tmp_path / 'd.db'}"
    with Store.open(serial_url) as store:
        serial = run_ingest([str(root)], settings, store)
    with Store.open(dask_url) as store:
        dask = run_dask_ingest([str(root)], settings, store, client=client, partitions=6)
    assert dask.summary() == serial.summary()
    assert serial.duplicates > 0 and serial.quarantined > 0
    for table in COMPARED:
        assert rows(dask_url, table) == rows(serial_url, table), table


def test_dask_one_large_dump_is_shared_by_the_workers(tmp_path, settings):
    """A corpus of one JSON Lines file still makes several partitions, each a range of its
    lines, the last ones small."""
    from veeduria.scale.dask import partition_sources

    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        "".join(json.dumps({"text": f"Marcha número {i} en Puno."}) + "\n" for i in range(400)),
        encoding="utf-8",
    )
    groups = partition_sources([dump], 16, threads=2, limit=settings.max_file_bytes)
    assert len(groups) == 16
    ranges = [g[0].lines for g in groups]
    assert all(len(g) == 1 for g in groups)
    assert ranges[0][0] == 0 and ranges[-1][1] is None
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    lines = [(b or 400) - a for a, b in ranges]
    assert max(lines[-4:]) < min(lines[:-4])  # four small partitions end the run
    big = partition_sources([dump], 16, threads=2, limit=dump.stat().st_size - 1)
    assert [[p.lines for p in g] for g in big] == [[None]]  # too large: a failure, whole
