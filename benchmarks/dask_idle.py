"""What the Dask runtime of ``veeduria ingest --engine dask`` costs when it has no task.

    .venv/bin/python benchmarks/dask_idle.py [--seconds 20] [--settings all|first-two|dask]

Starts the LocalCluster a run starts (``veeduria.scale.dask.dask_client``: two worker
processes of one thread, the scheduler and the nannies in this process), waits two seconds,
then measures for ``--seconds`` the CPU (user + system) of this process's threads other
than the main one (the event loop: scheduler, nannies, client) and of the two workers, and
prints each as milliseconds of CPU a second. That CPU is spent all through a run, beside
the extraction and the loading, and every wake-up of a worker's event loop takes the GIL
from its task thread. CPU time, unlike the wall clock, barely moves with the load of a
shared host, so two settings can be compared on a busy machine.

``--settings``: ``all`` is ``LOCAL_CONFIG`` as it is; ``first-two`` keeps only its first
two settings (the profiler off, the event-loop tick at 500 ms: ``LOCAL_CONFIG`` before the
twenty-sixth session); ``dask`` uses none (Dask's defaults).
"""

from __future__ import annotations

import argparse
import threading
import time

import psutil


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--settings", choices=("all", "first-two", "dask"), default="all")
    args = parser.parse_args()

    import veeduria.scale.dask as dask_module

    config = dict(dask_module.LOCAL_CONFIG)
    if args.settings == "first-two":
        config = dict(list(config.items())[:2])
    elif args.settings == "dask":
        config = {}
    dask_module.LOCAL_CONFIG = config
    me = psutil.Process()
    main_thread = threading.get_native_id()
    with dask_module.dask_client():
        time.sleep(2)
        workers = [
            p
            for p in me.children(recursive=True)
            if "resource_tracker" not in " ".join(p.cmdline())
        ]

        def cpu() -> tuple[float, float]:
            own = sum(t.user_time + t.system_time for t in me.threads() if t.id != main_thread)
            return own, sum(sum(p.cpu_times()[:2]) for p in workers)

        before, started = cpu(), time.perf_counter()
        time.sleep(args.seconds)
        after, elapsed = cpu(), time.perf_counter() - started
    client = 1000 * (after[0] - before[0]) / elapsed
    worker = 1000 * (after[1] - before[1]) / elapsed
    print(f"settings: {args.settings} {config}")
    print(
        f"idle cluster, {elapsed:.0f} s: this process's other threads {client:.1f} ms/s, "
        f"{len(workers)} workers {worker:.1f} ms/s, together {client + worker:.1f} ms/s"
    )


if __name__ == "__main__":
    main()
