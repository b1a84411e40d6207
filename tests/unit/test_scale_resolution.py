"""Resolution work done before the resolution (issue #7): band keys hashed on the workers.

A Dask worker hashes the near-duplicate band keys of each document it extracted; the
resolution that ends the run takes them instead of reading and hashing those texts. The
result must be the one a resolution that hashes everything itself gives.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from store_dump import dump_tables

from veeduria._resolve_runs import _copies
from veeduria.config import Settings
from veeduria.events import resolve_store
from veeduria.extract import load_resources
from veeduria.pipeline import run_ingest
from veeduria.resolve.dedup import THRESHOLD, band_keys, jaccard, shingles
from veeduria.scale._codec import decode_document
from veeduria.scale._tasks import PartitionTask, run_partition
from veeduria.store import Store
from veeduria.store._bulk import _decoded

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample"
#: Tables a resolution writes; compared without the columns that hold the time of writing.
RESOLUTION_TABLES = {
    "events": {"updated_at"},
    "event_mentions": set(),
    "resolution_members": set(),
    "resolution_blocks": set(),
    "resolution_docs": set(),
    "resolution_bands": set(),
}


def _partition(settings: Settings, paths: list[Path]) -> list[dict]:
    values = {k: v for k, v in settings.values.items() if k != "db"}
    task = PartitionTask(index=0, paths=tuple(map(str, paths)), settings=values)
    result = run_partition(task, load_resources(settings.language_list))
    return pq.read_table(io.BytesIO(result.shard)).to_pylist()


def test_scale_partition_bands_are_the_texts_band_keys(settings: Settings) -> None:
    rows = _partition(settings, sorted(p for p in SAMPLE.rglob("*") if p.is_file()))
    with_bands = 0
    for row in rows:
        if row["kind"] != "document":
            continue
        if not row["mentions"]:
            assert row["bands"] is None  # resolution never reads a document without mentions
            continue
        text = decode_document(json.loads(row["document"])).text
        assert tuple(row["bands"]) == band_keys([shingles(text)])[0]
        with_bands += 1
    assert with_bands > 20


def _dump(url: str) -> dict[str, list[tuple]]:
    return dump_tables(url, RESOLUTION_TABLES)


def _known(url: str, drop_every: int) -> dict[str, tuple[str, ...]]:
    """Band keys of the stored texts, as workers give them; every n-th one left out."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        docs = sorted(conn.execute(sa.text("SELECT id, text FROM documents")))
    engine.dispose()
    keys = band_keys([shingles(text) for _, text in docs])
    return {d: k for n, ((d, _), k) in enumerate(zip(docs, keys, strict=True)) if n % drop_every}


@pytest.mark.parametrize("drop_every", [1_000_000, 3])
def test_scale_known_bands_resolve_as_without(
    settings: Settings, tmp_path: Path, drop_every: int
) -> None:
    """Full, then incremental: the same events and state with the keys given or not."""
    first = [str(SAMPLE / "json"), str(SAMPLE / "text")]
    later = [str(SAMPLE / "html"), str(SAMPLE / "feeds")]
    dbs = {name: tmp_path / f"{name}.db" for name in ("plain", "known")}
    url = f"sqlite:///{dbs['plain']}"
    with Store.open(url) as store:
        run_ingest(first, settings, store, resolve_events=False)
    shutil.copy(dbs["plain"], dbs["known"])
    for step, inputs in enumerate((None, later)):
        for name, db in dbs.items():
            with Store.open(f"sqlite:///{db}") as store:
                if inputs is not None:
                    run_ingest(inputs, settings, store, resolve_events=False)
                known = _known(f"sqlite:///{db}", drop_every) if name == "known" else None
                report = resolve_store(store, settings, known_bands=known)
                assert not known  # handed over: the run does not leave them to the caller
                assert report.mode == ("full" if step == 0 else "incremental")
        assert _dump(f"sqlite:///{dbs['plain']}") == _dump(f"sqlite:///{dbs['known']}")


@given(
    st.frozensets(st.integers(0, 40).map(str), max_size=40),
    st.frozensets(st.integers(0, 40).map(str), max_size=40),
)
def test_scale_copies_is_jaccard_at_the_threshold(a: frozenset[str], b: frozenset[str]) -> None:
    assert _copies(a, b) == (jaccard(a, b) >= THRESHOLD)


def _raw(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table as SQLite holds it (text, numbers, NULLs; no conversion)."""
    with sqlite3.connect(path) as conn:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("sqlite_")
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names}


def test_scale_insert_many_stores_what_sqlalchemy_stores(
    settings: Settings, tmp_path: Path
) -> None:
    """The driver-level bulk insert writes the very values ``table.insert()`` writes."""

    def through_sqlalchemy(conn, table, rows):  # the statement builder, row by row
        if rows:  # values the resolution encoded already (``Encoded``) given as values
            conn.execute(table.insert(), [_decoded(row) for row in rows])

    inputs = [str(SAMPLE)]
    fast, slow = tmp_path / "fast.db", tmp_path / "slow.db"
    with Store.open(f"sqlite:///{fast}") as store:
        run_ingest(inputs, settings, store)
    with pytest.MonkeyPatch.context() as patch:
        for module in ("repository", "events", "_resolution_state"):
            patch.setattr(f"veeduria.store.{module}.insert_many", through_sqlalchemy)
        with Store.open(f"sqlite:///{slow}") as store:
            run_ingest(inputs, settings, store)
    a, b = _raw(fast), _raw(slow)
    assert len(a["events"]) > 20 and len(a["mentions"]) > 50
    for table in a:
        with sqlite3.connect(fast) as conn:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        # when the row was written differs between the runs; how it is written does not
        stamps = [i for i, c in enumerate(columns) if c in STAMPS]
        assert _without(a[table], stamps) == _without(b[table], stamps), table
        for i in stamps:
            assert {_shape(r[i]) for r in a[table]} == {_shape(r[i]) for r in b[table]}


STAMPS = {"ingested_at", "updated_at", "started_at", "finished_at", "first_seen", "last_seen"}


def _without(rows: list[tuple], drop: list[int]) -> list[tuple]:
    return sorted((tuple(v for i, v in enumerate(r) if i not in drop) for r in rows), key=repr)


def _shape(value: object) -> str:
    """A timestamp's format: its digits as 9s."""
    return "".join("9" if ch.isdigit() else ch for ch in str(value))


def test_scale_shards_store_what_the_serial_run_stores(settings: Settings, tmp_path: Path) -> None:
    """Rows that travel in shards (JSON columns encoded on the worker) are stored as the
    serial run stores them, byte for byte."""
    from veeduria.ingest import discover
    from veeduria.scale._load import ShardLoader

    serial, loaded = tmp_path / "serial.db", tmp_path / "loaded.db"
    with Store.open(f"sqlite:///{serial}") as store:
        run_ingest([str(SAMPLE)], settings, store, resolve_events=False)
    paths, _ = discover([str(SAMPLE)])
    values = {k: v for k, v in settings.values.items() if k != "db"}
    resources = load_resources(settings.language_list)
    with Store.open(f"sqlite:///{loaded}") as store:
        loader = ShardLoader(store, settings, True, None, total=len(paths))
        for i, chunk in enumerate((paths[:7], paths[7:])):
            task = PartitionTask(index=i, paths=tuple(map(str, chunk)), settings=values)
            shard = tmp_path / f"part-{i}.parquet"
            shard.write_bytes(run_partition(task, resources).shard)
            loader.load(shard)
        loader.flush()
    a, b = _raw(serial), _raw(loaded)
    assert len(a["mentions"]) > 50
    for table in ("documents", "mentions", "claims", "tallies", "doc_warnings"):
        with sqlite3.connect(serial) as conn:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        stamps = [i for i, c in enumerate(columns) if c in STAMPS]
        assert _without(a[table], stamps) == _without(b[table], stamps), table


def test_scale_loader_commits_larger_batches_than_serial(tmp_path: Path) -> None:
    """The shard loader writes ``LOAD_BATCH`` documents a transaction at least (a serial
    run's ``batch_size`` when it is larger, or the one it is given)."""
    from veeduria.config import load_settings
    from veeduria.scale._load import LOAD_BATCH, ShardLoader

    small, large = tmp_path / "small.toml", tmp_path / "large.toml"
    small.write_text("batch_size = 7\n", encoding="utf-8")
    large.write_text(f"batch_size = {LOAD_BATCH * 2}\n", encoding="utf-8")
    with Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        for config, expected in ((small, LOAD_BATCH), (large, LOAD_BATCH * 2)):
            settings = load_settings(config_file=config, env={})
            assert ShardLoader(store, settings, True, None).batch_size == expected
        given = ShardLoader(store, settings, True, None, batch_size=3)
        assert given.batch_size == 3
    assert LOAD_BATCH > load_settings(env={}).batch_size  # the default, 50


@given(
    st.dictionaries(
        st.text("abc0123456789", min_size=1, max_size=8),
        st.lists(st.from_regex(r"[0-9]{1,2}:[0-9a-f]{4,24}", fullmatch=True), max_size=12),
        max_size=20,
    )
)
def test_joined_bands_give_back_each_documents_keys(keys: dict[str, list[str]]) -> None:
    """A run keeps its band keys joined, one string per document: the same keys read
    back, a document without keys (an empty text) included."""
    from veeduria._resolve_runs import JoinedBands

    joined = JoinedBands(keys)
    assert dict(joined) == {d: tuple(k) for d, k in keys.items()}
    assert len(joined) == len(keys) and list(joined) == list(keys)
