"""The machine and versions a benchmark ran on, for the figures' footnote."""

from __future__ import annotations

import importlib.metadata
import multiprocessing
import os
import platform
import resource
import sys
import time
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def versions(*packages: str) -> str:
    out = []
    for name in packages:
        try:
            out.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name} (not installed)")
    return ", ".join(out)


def describe(*packages: str) -> list[str]:
    return [
        f"machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu_model()}, "
        f"{platform.system()} {platform.release()}",
        f"python {sys.version.split()[0]}; {versions('veeduria', *packages)}",
        f"command: {' '.join([Path(sys.executable).name, *sys.argv])}",
    ]


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_rss_mb() -> float:
    """Largest peak RSS among finished child processes, in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _spin(n: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(n):
        total += i
    return time.perf_counter() - started


def parallel_capacity(processes: int = 2, n: int = 5_000_000) -> float:
    """How many of ``processes`` CPU-bound processes really run at once, right now.

    One pure-Python loop alone, then ``processes`` copies at once: ``processes`` times the
    single time over the parallel wall time. About 2.0 on an idle two-core machine; about
    1.0 when other jobs leave the equivalent of one core. Takes a second or two.
    """
    alone = min(_spin(n) for _ in range(2))
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pool.map(_spin, [1000] * processes)  # the pool is up before timing
        started = time.perf_counter()
        pool.map(_spin, [n] * processes)
        together = time.perf_counter() - started
    return processes * alone / together
