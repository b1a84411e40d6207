"""Dask on two local workers against the serial engine, on the same corpus: figures.

    .venv/bin/python benchmarks/generate_corpus.py --docs 10000 --out .cache/corpus/10k
    .venv/bin/python benchmarks/dask_vs_serial.py --corpus .cache/corpus/10k

Two comparisons, in one run, on one LocalCluster (processes, one thread per worker):

1. the pure stages only (read + extract, no database): serially in this process, then one
   task per partition on the workers (shards included, returned to this process);
2. end to end into SQLite (read, extract, store, resolve): ``run_ingest`` into one
   database, ``run_dask_ingest`` into another, then a check that both hold the same rows.

Prints wall-clock times and the speed-up, with and without the cluster's start (which a
long-lived cluster pays once). The machine is shared and noisy: quote ratios from one run.
"""

from __future__ import annotations

import argparse
import logging
import resource
import sqlite3
import tempfile
import time
from pathlib import Path

from _machine import describe, peak_rss_mb
from distributed import Client, LocalCluster

from veeduria.config import load_settings
from veeduria.extract import load_resources
from veeduria.pipeline import run_ingest
from veeduria.scale._tasks import PartitionTask, partition_task, run_partition
from veeduria.scale.dask import LOCAL_SCHEDULER, ResourcesPlugin, partition_paths, run_dask_ingest
from veeduria.store import Store

TABLES = ("documents", "mentions", "claims", "tallies", "events", "event_mentions")


def worker_peak_rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--skip-stages", action="store_true", help="end to end only")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("veeduria.scale.dask").setLevel(logging.INFO)
    for line in describe("dask", "distributed", "pyarrow", "sqlalchemy"):
        print(line)
    settings = load_settings(env={})
    files = sorted(args.corpus.glob("part-*.jsonl"))
    values = {k: v for k, v in settings.values.items() if k != "db"}
    t0 = time.perf_counter()
    cluster = LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        scheduler_kwargs=LOCAL_SCHEDULER,
    )
    client = Client(cluster)
    client.register_plugin(ResourcesPlugin(settings.language_list))
    startup = time.perf_counter() - t0
    print(f"LocalCluster of {args.workers} workers started, resources loaded: {startup:.1f}s")
    groups = partition_paths(files, args.partitions or 4 * args.workers)
    tasks = [
        PartitionTask(index=i, paths=tuple(map(str, g)), settings=values)
        for i, g in enumerate(groups)
    ]
    print(f"corpus: {len(files)} files in {len(tasks)} partitions")
    try:
        if not args.skip_stages:
            resources = load_resources(settings.language_list)
            t0 = time.perf_counter()
            docs = text = 0
            for task in tasks:
                result = run_partition(task, resources)
                docs += result.documents
                text += result.text_bytes
            serial_stage = time.perf_counter() - t0
            t0 = time.perf_counter()
            results = client.gather(client.map(partition_task, tasks, pure=False))
            dask_stage = time.perf_counter() - t0
            assert sum(r.documents for r in results) == docs
            print(
                f"read+extract, {docs} docs, {text / 1e6:.1f} MB: serial {serial_stage:.1f}s "
                f"({text / 1e6 / serial_stage:.2f} MB/s), dask {dask_stage:.1f}s "
                f"({text / 1e6 / dask_stage:.2f} MB/s): speed-up {serial_stage / dask_stage:.2f}x"
            )
            del resources
        with tempfile.TemporaryDirectory(prefix="veeduria-bench-") as tmp:
            serial_db, dask_db = Path(tmp) / "serial.db", Path(tmp) / "dask.db"
            t0 = time.perf_counter()
            with Store.open(f"sqlite:///{serial_db}") as store:
                serial = run_ingest([str(args.corpus)], settings, store)
            serial_total = time.perf_counter() - t0
            t0 = time.perf_counter()
            with Store.open(f"sqlite:///{dask_db}") as store:
                dask = run_dask_ingest(
                    [str(args.corpus)],
                    settings,
                    store,
                    client=client,
                    partitions=args.partitions,
                )
            dask_total = time.perf_counter() - t0
            same = counts(serial_db) == counts(dask_db) and serial.summary() == dask.summary()
            print(f"end to end into SQLite: {serial.summary()}")
            print(
                f"  serial {serial_total:.1f}s, dask {dask_total:.1f}s: "
                f"speed-up {serial_total / dask_total:.2f}x "
                f"({serial_total / (dask_total + startup):.2f}x counting the cluster's start); "
                f"same rows: {same} {counts(dask_db)}"
            )
        worker_rss = client.run(worker_peak_rss)
        print(
            f"peak RSS: this process {peak_rss_mb():.0f} MB; workers "
            + ", ".join(f"{v:.0f} MB" for v in worker_rss.values())
        )
    finally:
        client.close()
        cluster.close()


if __name__ == "__main__":
    main()
