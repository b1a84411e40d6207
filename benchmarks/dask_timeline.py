"""Where the wall clock of a Dask ingest goes: a timeline of one run.

    .venv/bin/python benchmarks/dask_timeline.py --corpus .cache/corpus/10k

Runs ``run_dask_ingest`` in this process as ``veeduria ingest --engine dask`` does (its own
LocalCluster of two workers, a fresh SQLite file) and records:

- when the cluster was ready and the run's phases here (discover, start, each shard
  loaded, the resolution's steps), from spans around the loader's calls and the log;
- every task on each worker (start and end, from Dask's task stream): partitions, the
  comparison of near-duplicate candidates, cuts and buckets;
- the CPU of this process and of each worker, sampled every ``--every`` seconds (psutil).

Then prints the timeline (one column per ``--every`` seconds, or a multiple of them that
fits ``--width`` columns: the CPU of each process as a
digit, 0-9 tenths of a core, ``#`` a full one; the task each worker ran as a letter) and a
summary: each phase's length, the CPU each process spent in it, and the core-seconds left
idle (two cores, minus the CPU of the run; the host's other tenants take some of them).
On a shared machine the wall clock moves with the load; the structure (what overlaps, where
a core waits) is what this is for.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import pickle
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil


@dataclass
class Recorder:
    """Spans of this process and CPU samples of the run's processes."""

    t0: float = field(default_factory=time.time)
    spans: list[tuple[str, float, float]] = field(default_factory=list)
    marks: list[tuple[str, float]] = field(default_factory=list)
    samples: list[tuple[float, dict[int, float]]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)

    @contextlib.contextmanager
    def span(self, name: str) -> Iterator[None]:
        start = time.time()
        try:
            yield
        finally:
            self.spans.append((name, start, time.time()))

    def mark(self, name: str) -> None:
        self.marks.append((name, time.time()))


class Sampler(threading.Thread):
    """CPU seconds (user + system) of this process and its children, every ``every`` s."""

    def __init__(self, recorder: Recorder, every: float) -> None:
        super().__init__(daemon=True, name="timeline-sampler")
        self.recorder = recorder
        self.every = every
        self.stop = threading.Event()
        self.me = psutil.Process()

    def cpu(self) -> dict[int, float]:
        out: dict[int, float] = {}
        for proc in [self.me, *self.me.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                times = proc.cpu_times()
                out[proc.pid] = times.user + times.system
                if proc.pid not in self.recorder.names:
                    line = " ".join(proc.cmdline())
                    self.recorder.names[proc.pid] = (
                        "client"
                        if proc.pid == self.me.pid
                        else "tracker"
                        if "resource_tracker" in line
                        else "worker"
                    )
        return out

    def run(self) -> None:
        while not self.stop.is_set():
            self.recorder.samples.append((time.time(), self.cpu()))
            self.stop.wait(self.every)
        self.recorder.samples.append((time.time(), self.cpu()))


def traced_run(corpus: Path, db: Path, rec: Recorder) -> Any:
    """``run_dask_ingest`` with spans around the client's work and the task stream kept."""
    from distributed import get_task_stream

    import veeduria.scale._load as load_module
    import veeduria.scale._resolve as resolve_module
    import veeduria.scale.dask as dask_module
    from veeduria.config import load_settings
    from veeduria.store import Store

    original_client = dask_module.dask_client

    @contextlib.contextmanager
    def client(scheduler: str | None = None, workers: int = 2) -> Iterator[Any]:
        with original_client(scheduler, workers) as own:
            rec.mark("cluster up")
            stream = get_task_stream(client=own)
            stream.__enter__()
            try:
                yield own
            finally:
                stream.__exit__(None, None, None)
                rec.tasks = list(stream.data)

    def wrap(owner: Any, name: str, label: str) -> None:
        method = getattr(owner, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            with rec.span(label):
                return method(*args, **kwargs)

        setattr(owner, name, wrapped)

    def wrap_iter(owner: Any, name: str, label: str) -> None:
        method = getattr(owner, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            it = method(*args, **kwargs)
            while True:
                start = time.time()
                try:
                    item = next(it)
                except StopIteration:
                    rec.spans.append((label, start, time.time()))
                    return
                rec.spans.append((label, start, time.time()))
                yield item

        setattr(owner, name, wrapped)

    dask_module.dask_client = client
    wrap(load_module.ShardLoader, "load", "load shard")
    wrap(load_module.ShardLoader, "flush", "store batch")
    wrap(load_module.ShardLoader, "finish", "finish (resolution)")
    wrap(resolve_module.WorkerFullRun, "_compute", "plan resolution")
    wrap(resolve_module.WorkerFullRun, "_task", "read bucket")
    settings = load_settings(env={})
    with Store.open(f"sqlite:///{db}") as store:
        rec.mark("start")
        report = dask_module.run_dask_ingest([str(corpus)], settings, store)
        rec.mark("end")
    return report


def summary(rec: Recorder, every: float, width: int) -> None:
    t0 = rec.t0
    first = {name: at - t0 for name, at in rec.marks}
    end = first["end"]
    while end / every > width:  # a column per several samples on a long run
        every *= 2
    # tasks per worker
    by_worker: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for task in rec.tasks:
        for ss in task["startstops"]:
            if ss["action"] == "compute":
                key = task["key"] if isinstance(task["key"], str) else str(task["key"])
                # veeduria-part-<i>-<token>, veeduria-<function>-<i>-<token>
                kind = key.split("-")[1] if key.startswith("veeduria-") else key.split("-")[0]
                by_worker[task["worker"]].append((kind, ss["start"] - t0, ss["stop"] - t0))
    workers = sorted(by_worker)
    # CPU per process per column
    columns = int(end / every) + 1
    cpu: dict[int, list[float]] = defaultdict(lambda: [0.0] * columns)
    for (ta, a), (tb, b) in zip(rec.samples, rec.samples[1:], strict=False):
        col = min(columns - 1, int(((ta + tb) / 2 - t0) / every))
        for pid, value in b.items():
            if pid in a:
                cpu[pid][col] += (value - a[pid]) / every
            elif rec.names.get(pid) == "worker":
                cpu[pid][col] += value / every
    labels = {"part": "P", "link_copies": "L", "cut_group": "C", "resolve_bucket": "B"}

    def digits(values: list[float]) -> str:
        return "".join(
            " " if v < 0.05 else "#" if v >= 0.95 else str(min(9, round(v * 10))) for v in values
        )

    def lane(items: list[tuple[str, float, float]]) -> str:
        out = [" "] * columns
        for kind, a, b in items:
            for col in range(int(a / every), min(columns, int(b / every) + 1)):
                out[col] = labels.get(kind, kind[:1].lower())
        return "".join(out)

    spans: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for name, a, b in rec.spans:
        spans[name].append((a - t0, b - t0))
    print(f"timeline, one column per {every}s (CPU in tenths of a core, # = a full one)")
    ruler = ["."] * columns
    for col in range(0, columns, 10):  # the second each tenth column starts at
        label = str(int(col * every))
        ruler[col : col + len(label)] = label
    scale = "".join(ruler[:columns])
    pad = 18
    print(f"{'seconds':>{pad}} {scale}")
    client_pid = next(p for p, n in rec.names.items() if n == "client")
    print(f"{'client CPU':>{pad}} {digits(cpu[client_pid])}")
    for name in ("load shard", "store batch", "plan resolution", "read bucket"):
        print(f"{name:>{pad}} {lane([('x', a, b) for a, b in spans[name]]).replace('x', '=')}")
    worker_pids = [p for p, n in rec.names.items() if n == "worker"]
    for pid in worker_pids:
        print(f"{'worker ' + str(pid) + ' CPU':>{pad}} {digits(cpu[pid])}")
    for w in workers:
        print(f"{w[-12:]:>{pad}} {lane(by_worker[w])}")
    print("  P partition, L near-duplicate comparison, C cut of a large group, B bucket")
    # phases
    cluster = first["cluster up"]
    parts = [(a, b) for w in workers for k, a, b in by_worker[w] if k == "part"]
    first_part = min(a for a, _ in parts)
    last_part = max(b for _, b in parts)
    last_loaded = max(b for _, b in spans["load shard"])
    finish = spans["finish (resolution)"][0]
    phases = [
        ("discover + cluster start", first["start"], cluster),
        ("cluster up -> first partition", cluster, first_part),
        ("partitions (first start -> last end)", first_part, last_part),
        ("last partition -> last shard loaded", last_part, max(last_part, last_loaded)),
        ("loaded -> resolution starts", max(last_part, last_loaded), finish[0]),
        ("resolution", finish[0], finish[1]),
        ("after resolution", finish[1], end),
    ]
    total_cpu = defaultdict(float)
    print()
    print(f"{'phase':<40} {'wall':>6} {'client':>7} {'workers':>8} {'idle cores':>10}")
    for name, a, b in phases:
        ca, cb = int(a / every), int(b / every)
        client_cpu = sum(cpu[client_pid][ca:cb]) * every
        workers_cpu = sum(sum(cpu[p][ca:cb]) for p in worker_pids) * every
        total_cpu["client"] += client_cpu
        total_cpu["workers"] += workers_cpu
        idle = 2 * (b - a) - client_cpu - workers_cpu
        print(f"{name:<40} {b - a:6.1f} {client_cpu:7.1f} {workers_cpu:8.1f} {idle:10.1f}")
    print(
        f"{'run':<40} {end - first['start']:6.1f} {total_cpu['client']:7.1f} "
        f"{total_cpu['workers']:8.1f}"
    )
    for w in workers:
        items = sorted(by_worker[w], key=lambda x: x[1])
        ps = [(a, b) for k, a, b in items if k == "part"]
        busy = sum(b - a for a, b in ps)
        print(
            f"worker {w}: {len(ps)} partitions, busy {busy:.1f}s from {ps[0][0]:.1f} to "
            f"{ps[-1][1]:.1f} (idle in between {ps[-1][1] - ps[0][0] - busy:.1f}s); "
            + ", ".join(
                f"{k} {sum(b - a for kk, a, b in items if kk == k):.1f}s"
                for k in sorted({k for k, _, _ in items} - {"part"})
            )
        )
    for name in ("resources", "load shard", "store batch", "read bucket"):
        if spans[name]:
            print(
                f"client {name}: {len(spans[name])} spans, {sum(b - a for a, b in spans[name]):.1f}s"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--every", type=float, default=0.5, help="seconds per CPU sample")
    parser.add_argument(
        "--width", type=int, default=150, help="columns of the timeline at most (merged samples)"
    )
    parser.add_argument("-v", action="store_true", help="log the run at INFO")
    parser.add_argument("--save", type=Path, help="pickle the recording here")
    parser.add_argument("--load", type=Path, help="summarise a saved recording instead")
    args = parser.parse_args()
    logging.basicConfig(
        level=logging.WARNING, format="%(relativeCreated)8.0f %(levelname)s %(name)s: %(message)s"
    )
    if args.v:
        logging.getLogger("veeduria").setLevel(logging.INFO)
    if args.load:
        summary(pickle.loads(args.load.read_bytes()), args.every, args.width)
        return
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    rec = Recorder()
    sampler = Sampler(rec, args.every)
    sampler.start()
    with tempfile.TemporaryDirectory(prefix="veeduria-timeline-") as tmp:
        report = traced_run(args.corpus, Path(tmp) / "dask.db", rec)
    sampler.stop.set()
    sampler.join()
    print(
        f"{report.ingested} documents, {report.events} events; logged: "
        + ", ".join(f"{k} {v:.1f}s" for k, v in report.seconds.items())
    )
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.save:
        args.save.write_bytes(pickle.dumps(rec))
    summary(rec, args.every, args.width)


if __name__ == "__main__":
    main()
