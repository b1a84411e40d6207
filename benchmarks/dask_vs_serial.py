"""Dask on two local workers against the serial engine, on the same corpus: figures.

    .venv/bin/python benchmarks/generate_corpus.py --docs 10000 --out .cache/corpus/10k
    .venv/bin/python benchmarks/dask_vs_serial.py --corpus .cache/corpus/10k --repeat 2

Two comparisons:

1. the pure stages only (read + extract, no database), in this process: serially, then one
   task per partition on a LocalCluster (processes, one thread per worker; shards
   included, returned to this process). The cluster's start is timed apart.
2. end to end, exactly as a user runs it: ``veeduria -v ingest CORPUS --db sqlite:///…``
   and the same with ``--engine dask`` (which starts its own LocalCluster of two workers
   and counts that start), each in a fresh process, into a fresh SQLite file. Each repeat
   runs both commands, alternating which goes first; then checks both databases hold the
   same rows. Prints the wall-clock time, the CPU time (the process and its workers), the
   peak RSS (the largest of them) and the split the command logs (read + extract, store,
   resolve; for Dask the cluster's start, task time and loading).

The machine is shared and noisy: quote ratios measured within one repeat, next to the
parallel capacity measured just before it (how many of two CPU-bound processes really run
at once: 2.00 on an idle two-core machine, 1.00 when other jobs take the second core).
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _machine import describe, parallel_capacity, peak_rss_mb

TABLES = ("documents", "mentions", "claims", "tallies", "events", "event_mentions")
#: The split the ingest command logs at the end of a run ("... (extract 9.1s, store 3.0s)").
SPLIT = re.compile(r"run \d+: .* in ([\d.]+)s \((.*)\)")


def worker_peak_rss() -> float:
    """Peak RSS of a worker in MB (defined here: this script's functions travel by value)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def stages(corpus: Path, workers: int, partitions: int | None) -> None:
    """Read + extract only: serially here, then on a LocalCluster."""
    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.WARNING)  # its import sets INFO
    from veeduria.config import load_settings
    from veeduria.extract import load_resources
    from veeduria.scale._tasks import PartitionTask, partition_task, run_partition
    from veeduria.scale.dask import (
        LOCAL_SCHEDULER,
        ResourcesPlugin,
        default_partitions,
        partition_paths,
    )

    settings = load_settings(env={})
    files = sorted(corpus.glob("part-*.jsonl"))
    values = {k: v for k, v in settings.values.items() if k != "db"}
    groups = partition_paths(files, partitions or default_partitions(files, workers))
    tasks = [
        PartitionTask(index=i, paths=tuple(map(str, g)), settings=values)
        for i, g in enumerate(groups)
    ]
    resources = load_resources(settings.language_list)
    t0 = time.perf_counter()
    docs = text = 0
    for task in tasks:
        result = run_partition(task, resources)
        docs += result.documents
        text += result.text_bytes
    serial = time.perf_counter() - t0
    del resources
    t0 = time.perf_counter()
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs=LOCAL_SCHEDULER,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.register_plugin(ResourcesPlugin(settings.language_list))
        startup = time.perf_counter() - t0
        t0 = time.perf_counter()
        results = client.gather(client.map(partition_task, tasks, pure=False))
        parallel = time.perf_counter() - t0
        workers_rss = client.run(worker_peak_rss)
    assert sum(r.documents for r in results) == docs
    print(
        f"read+extract (+ rows and shards on the workers), {docs} docs, {text / 1e6:.1f} MB, "
        f"{len(tasks)} partitions: serial {serial:.1f}s ({text / 1e6 / serial:.2f} MB/s), "
        f"dask {parallel:.1f}s ({text / 1e6 / parallel:.2f} MB/s): "
        f"speed-up {serial / parallel:.2f}x; the cluster's start and resources: {startup:.1f}s; "
        f"peak RSS here {peak_rss_mb():.0f} MB, workers "
        + ", ".join(f"{v:.0f} MB" for v in workers_rss.values()),
        flush=True,
    )


def cpu_split(corpus: Path, workers: int, partitions: int | None) -> None:
    """Where the CPU goes, each part of both engines run in this process, one at a time.

    Wall clock on a shared machine says little; CPU seconds of each part, measured alone,
    say what two free cores could do. Serial: ``run_ingest`` without resolution, then
    ``resolve_store``. Dask, without the cluster: every partition task (``run_partition``,
    of which node plans), the client's loading of the shards, and the resolution split as
    the Dask run splits it (``scale._resolve.WorkerFullRun``), each task's input and output
    pickled and unpickled as they would travel. Then the ideal two-core wall clock of the
    Dask run, from these parts.
    """
    import gc
    import pickle

    import veeduria.scale._tasks as worker_tasks
    from veeduria.config import load_settings
    from veeduria.events import full_runs_with, resolve_store
    from veeduria.extract import load_resources
    from veeduria.pipeline import run_ingest
    from veeduria.scale._load import ShardLoader
    from veeduria.scale._resolve import BUCKETS_PER_THREAD, WorkerFullRun
    from veeduria.scale._tasks import PartitionTask, run_partition
    from veeduria.scale.dask import default_partitions, partition_paths
    from veeduria.store import Store

    settings = load_settings(env={})
    files = sorted(corpus.glob("part-*.jsonl"))
    values = {k: v for k, v in settings.values.items() if k != "db"}
    cpu = time.process_time
    with tempfile.TemporaryDirectory(prefix="veeduria-split-") as tmp:
        with Store.open(f"sqlite:///{tmp}/serial.db") as store:
            t0 = cpu()
            run_ingest([str(corpus)], settings, store, resolve_events=False)
            serial_ingest = cpu() - t0
            gc.collect()
            t0 = cpu()
            resolve_store(store, settings)
            serial_resolve = cpu() - t0
        gc.collect()
        resources = load_resources(settings.language_list)
        planning = 0.0
        plan = worker_tasks.document_plan

        def timed_plan(refs):  # type: ignore[no-untyped-def]
            nonlocal planning
            t = cpu()
            try:
                return plan(refs)
            finally:
                planning += cpu() - t

        worker_tasks.document_plan = timed_plan  # type: ignore[assignment]
        groups = partition_paths(files, partitions or default_partitions(files, workers))
        part_cpu: list[float] = []
        shards = []
        for i, group in enumerate(groups):
            task = PartitionTask(index=i, paths=tuple(map(str, group)), settings=values)
            t0 = cpu()
            result = pickle.loads(pickle.dumps(run_partition(task, resources)))
            part_cpu.append(cpu() - t0)
            path = Path(tmp) / f"part-{i:05d}.parquet"
            path.write_bytes(result.shard)
            shards.append(path)
        worker_tasks.document_plan = plan  # type: ignore[assignment]
        del resources
        gc.collect()
        shipped = {"client": 0.0, "workers": 0.0}
        task_cpu: dict[str, list[float]] = {}

        def submit(func, tasks):  # type: ignore[no-untyped-def]
            def run():  # type: ignore[no-untyped-def]
                for task in tasks:
                    t = cpu()
                    blob = pickle.dumps(task, protocol=5)
                    shipped["client"] += cpu() - t
                    t = cpu()
                    arrived = pickle.loads(blob)
                    shipped["workers"] += cpu() - t
                    t = cpu()
                    result = func(arrived)
                    task_cpu.setdefault(func.__name__, []).append(cpu() - t)
                    t = cpu()
                    blob = pickle.dumps(result, protocol=5)
                    shipped["workers"] += cpu() - t
                    t = cpu()
                    back = pickle.loads(blob)
                    shipped["client"] += cpu() - t
                    yield back

            return run()

        with Store.open(f"sqlite:///{tmp}/dask.db") as store:
            loader = ShardLoader(store, settings, True, None, total=len(files))
            t0 = cpu()
            for path in shards:
                loader.load(path)
            loader.flush()
            load = cpu() - t0
            runner = WorkerFullRun(
                loader.plans,
                submit,
                BUCKETS_PER_THREAD * workers,
                threads=workers,
            )
            gc.collect()
            t0 = cpu()
            with full_runs_with(runner):
                resolve_store(store, settings, known_bands=loader.known_bands)
            resolve_all = cpu() - t0
    in_tasks = sum(sum(v) for v in task_cpu.values())
    resolve_client = resolve_all - in_tasks - shipped["workers"]
    parts = sum(part_cpu)
    print(
        f"CPU, serial: ingest without resolution {serial_ingest:.1f}s, resolve_store "
        f"{serial_resolve:.1f}s, total {serial_ingest + serial_resolve:.1f}s",
        flush=True,
    )
    print(
        f"CPU, dask parts: {len(part_cpu)} partition tasks {parts:.1f}s (of which node "
        f"plans {planning:.1f}s; largest task {max(part_cpu):.1f}s), loading shards here "
        f"{load:.1f}s; resolution here {resolve_client:.1f}s (of which shipping "
        f"{shipped['client']:.1f}s), on workers "
        + ", ".join(f"{k} {sum(v):.1f}s in {len(v)}" for k, v in task_cpu.items())
        + f" + shipping {shipped['workers']:.1f}s; total "
        f"{parts + load + resolve_all:.1f}s (without starting workers and Dask's traffic)",
        flush=True,
    )
    phase1 = max((parts + load) / 2, parts / workers, load)
    phase2 = resolve_client + (in_tasks + shipped["workers"]) / 2
    serial = serial_ingest + serial_resolve
    print(
        f"ideal two-core wall clock of the Dask run, from these parts: extraction and "
        f"loading {phase1:.1f}s + resolution {phase2:.1f}s (the client alone, plus the "
        f"tasks shared by two workers; no overlap) = {phase1 + phase2:.1f}s; against serial "
        f"{serial:.1f}s: {serial / (phase1 + phase2):.2f}x at best",
        flush=True,
    )


def ingest(corpus: Path, db: Path, engine: str, partitions: int | None) -> dict[str, object]:
    """One ``veeduria ingest`` in a fresh process: wall, CPU, peak RSS and its logged split."""
    command = [
        str(Path(sys.executable).with_name("veeduria")),
        "-v",
        "ingest",
        str(corpus),
        "--db",
        f"sqlite:///{db}",
        "--format",
        "json",
    ]
    if engine == "dask":
        command += ["--engine", "dask"]
        if partitions:
            command += ["--partitions", str(partitions)]
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - t0
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{text[-2000:]}")
    found = [m for line in text.splitlines() if (m := SPLIT.search(line))]
    split = {}
    if found:
        for part in found[-1].group(2).split(", "):
            name, _, seconds = part.partition(" ")
            split[name] = float(seconds.rstrip("s"))
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss": usage.ru_maxrss / 1024,
        "split": split,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=2, help="end-to-end pairs to run")
    parser.add_argument("--skip-stages", action="store_true", help="end to end only")
    parser.add_argument(
        "--cpu-split", action="store_true", help="also the CPU of each part, in this process"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for line in describe("dask", "distributed", "pyarrow", "sqlalchemy"):
        print(line)
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    if not args.skip_stages:
        print(f"two CPU-bound processes run like {parallel_capacity():.2f} (2.00 = two free cores)")
        stages(args.corpus, args.workers, args.partitions)
    if args.cpu_split:
        cpu_split(args.corpus, args.workers, args.partitions)
    if args.workers != 2:
        print("end to end uses the command's own local cluster: two workers")
    ratios = []
    with tempfile.TemporaryDirectory(prefix="veeduria-bench-") as tmp:
        for repeat in range(args.repeat):
            order = ("serial", "dask") if repeat % 2 == 0 else ("dask", "serial")
            print(
                f"repeat {repeat + 1}: two CPU-bound processes run like "
                f"{parallel_capacity():.2f} (2.00 = two free cores)",
                flush=True,
            )
            runs = {}
            for engine in order:
                db = Path(tmp) / f"{engine}-{repeat}.db"
                runs[engine] = ingest(args.corpus, db, engine, args.partitions)
                r = runs[engine]
                split = ", ".join(f"{k} {v:.1f}s" for k, v in r["split"].items())  # type: ignore[attr-defined]
                print(
                    f"  repeat {repeat + 1} {engine:>6}: wall {r['wall']:.1f}s, "
                    f"cpu {r['cpu']:.1f}s, peak RSS {r['rss']:.0f} MB; logged: {split}; "
                    f"load average {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
            serial_db, dask_db = (Path(tmp) / f"{e}-{repeat}.db" for e in ("serial", "dask"))
            rows = {"serial": counts(serial_db), "dask": counts(dask_db)}
            same = "yes" if rows["serial"] == rows["dask"] else f"NO, serial {rows['serial']}"
            ratio = runs["serial"]["wall"] / runs["dask"]["wall"]  # type: ignore[operator]
            ratios.append(ratio)
            print(
                f"repeat {repeat + 1}: end to end, dask {ratio:.2f}x serial; "
                f"rows {rows['dask']}; the same in both: {same}",
                flush=True,
            )
            # how far overlap alone could go: the Dask run's CPU spread evenly over two
            # cores (its CPU grows with the machine's contention and with the work only it
            # does: shards, transfers, reading mentions back)
            spread = runs["dask"]["cpu"] / 2  # type: ignore[operator]
            print(
                f"repeat {repeat + 1}: dask used {runs['dask']['cpu'] / runs['serial']['cpu']:.2f}x "  # type: ignore[operator]
                f"serial's CPU; spread evenly over two cores it would take {spread:.1f}s "
                f"({runs['serial']['wall'] / spread:.2f}x serial, the bound of overlap alone)",  # type: ignore[operator]
                flush=True,
            )
            for db in (serial_db, dask_db):
                db.unlink()
    print("end-to-end speed-ups: " + ", ".join(f"{r:.2f}x" for r in ratios))


if __name__ == "__main__":
    main()
