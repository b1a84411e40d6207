"""``run_dask_ingest``: ingest and extraction mapped over partitions of the file list on Dask.

The pure stages (``read_source``, ``extract``) run on the workers, one task per partition of
the discovered files; each worker loads the extraction resources once (a worker plugin).
A partition comes back as a Parquet shard (``veeduria.scale._shards``) that the client
writes to a work directory and loads into the store in partition order, through the same
storage calls as the serial pipeline, while later partitions are still being extracted.
Resolution follows, as after a serial run. Results are identical to ``run_ingest``.

Without a scheduler address a ``LocalCluster`` is started (processes, two workers of one
thread, no dashboard). See docs/scale.md for an existing cluster.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import logging
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dask.config
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from veeduria._memory import clear_module_caches, release_free_memory
from veeduria.config import Settings
from veeduria.errors import VeeduriaError
from veeduria.events import full_runs_with
from veeduria.extract import Resources, load_resources
from veeduria.ingest import discover
from veeduria.pipeline import STDIN, IngestReport, ProgressCallback
from veeduria.scale._resolve import BUCKETS_PER_THREAD, WorkerFullRun, dask_submit
from veeduria.scale._tasks import PartitionResult, PartitionTask, partition_task, plugin_name
from veeduria.store import Store

logger = logging.getLogger(__name__)

#: Workers of the LocalCluster started when no scheduler address is given.
LOCAL_WORKERS = 2
#: Default partitions per worker thread: enough to balance uneven files, to overlap
#: loading with extraction and to keep short the end of the run, when one worker waits
#: for the other's last partition and both for the last shard to load; few enough that
#: each shard is worth its overhead.
PARTITIONS_PER_THREAD = 8
#: Input bytes per partition at most (the JSONL, HTML or text files as they are on disk):
#: a worker holds a partition's rows and shard until it is done with it (16 partitions
#: of the 100,000-document benchmark corpus, 7.8 MB each, made workers of 840-880 MB).
#: A large corpus gets more partitions than ``PARTITIONS_PER_THREAD`` asks.
PARTITION_BYTES = 2_000_000
#: Partitions per worker thread that end a run, smaller than the others (``TAIL_SHARE``
#: of their size): at the end of a run of equal partitions one worker extracted its last
#: partition alone for several seconds (3-4 s of 10,000 documents).
TAIL_PARTITIONS_PER_THREAD = 2
TAIL_SHARE = 0.25
#: Parts of JSON Lines files per small partition at most: parts of about a third of its size
#: let the boundaries fall close to the sizes asked for.
PIECES_PER_SMALL = 3
#: Files a partition can read a part of (``read_source(lines=...)``).
SPLIT_SUFFIXES = (".jsonl", ".ndjson")
#: Error codes of this module (E502, Dask not installed, is raised by the CLI).
E_SCHEDULER, E_PARTITION = "E503", "E504"
#: No dashboard; the scheduler's small HTTP server (health, metrics) on a free loopback
#: port instead of 8787, so a second cluster on the machine neither clashes nor warns.
LOCAL_SCHEDULER = {"dashboard_address": "127.0.0.1:0"}
#: Dask settings of the LocalCluster started when no scheduler address is given (its
#: workers get them from their nanny). Without a dashboard, nothing reads the statistical
#: profile a worker takes of its task thread a hundred times a second, nor the event
#: loop's health check every 20 ms beyond warnings of a loop blocked for 3 s: both wake
#: the loop's thread, which takes the GIL from the extraction each time. Nor the host's
#: CPU, memory and disk counters each server samples every 500 ms for the dashboard (the
#: scheduler and both workers), nor the Active Memory Manager's cycle every 2 s (our tasks
#: never replicate data); the nannies, which run in this process, check their worker's
#: memory every second instead of every 100 ms (a worker over its limit is still
#: restarted). An idle cluster of two workers spent 35-37 ms of CPU a second with the
#: first two settings alone, 13 ms with these (docs/benchmarks.md, twenty-sixth session).
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.active-memory-manager.start": False,
    "distributed.client.scheduler-info-interval": "10s",
}
#: Seconds to wait for a scheduler given by address.
CONNECT_TIMEOUT = "10s"
#: The packages whose loaders' caches a worker forgets once it is done extracting
#: (``ResourcesPlugin.teardown``): about 70 MB of a worker's heap, which its share of the
#: resolution reuses.
EXTRACTION_PACKAGES = (
    "veeduria.extract",
    "veeduria.gazetteer",
    "veeduria.resources",
    "veeduria.ingest",
)
#: The command recorded in the ``runs`` table.
COMMAND = "ingest --engine dask"


class ResourcesPlugin(WorkerPlugin):
    """Loads the extraction resources once per worker, when the worker starts.

    ``partition_task`` finds them by the plugin's name (one per set of languages).
    """

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = tuple(languages)
        self.name = plugin_name(self.languages)
        self.resources: Resources | None = None

    def setup(self, worker: Any) -> None:
        started = time.perf_counter()
        self.resources = load_resources(self.languages)
        logger.info(
            "worker %s loaded resources in %.1fs",
            getattr(worker, "address", "?"),
            time.perf_counter() - started,
        )

    def teardown(self, worker: Any) -> None:
        """Forget the resources and what their loaders cache (``EXTRACTION_PACKAGES``):
        a worker of our own cluster clusters the mentions next, and needs none of it."""
        self.resources = None
        cleared = clear_module_caches(EXTRACTION_PACKAGES)
        gc.collect()
        release_free_memory()
        logger.info(
            "worker %s forgot the extraction resources (%d caches)",
            getattr(worker, "address", "?"),
            cleared,
        )


def partition_paths(paths: Sequence[Path], partitions: int) -> list[list[Path]]:
    """Split files into at most ``partitions`` contiguous groups of about equal bytes.

    Contiguous groups keep the serial order: loading partition 0, then 1, ... stores
    documents in the order a serial run would. The j-th boundary goes where the running
    total of bytes comes closest to j/N of the whole, every group keeping one file at least.
    """
    if not paths:
        return []
    count = max(1, min(partitions, len(paths)))
    ends = _contiguous([max(1, _size(p)) for p in paths], [1.0] * count)
    return [list(paths[a:b]) for a, b in itertools.pairwise([0, *ends])]


def _contiguous(sizes: Sequence[int], weights: Sequence[float]) -> list[int]:
    """The end index of each of ``len(weights)`` contiguous groups of ``sizes`` (at most one
    group per item), the j-th boundary where the running total comes closest to the share
    of the whole that the weights of the groups before it ask for; every group keeps one
    item at least."""
    count = max(1, min(len(weights), len(sizes)))
    weights = list(weights[:count])
    running = list(itertools.accumulate(sizes, initial=0))
    total = running[-1]
    asked = list(itertools.accumulate(weights))
    ends: list[int] = []
    start = 0
    for j in range(1, count):
        ideal = total * asked[j - 1] / asked[-1]
        end = start + 1
        last = len(sizes) - (count - j)  # leave one item for each group still to come
        while end < last and abs(running[end + 1] - ideal) <= abs(running[end] - ideal):
            end += 1
        ends.append(end)
        start = end
    ends.append(len(sizes))
    return ends


@dataclass(frozen=True)
class Piece:
    """A part of the input a partition reads: a whole file, or a range of the lines of a
    JSON Lines file (``read_source(lines=...)``), and its bytes."""

    path: Path
    lines: tuple[int, int | None] | None
    size: int


def source_pieces(paths: Sequence[Path], piece_bytes: int, limit: int) -> list[Piece]:
    """The files in order, each JSON Lines file larger than ``piece_bytes`` (and no larger
    than ``limit``, beyond which it is a failure whole) cut at line ends into parts of
    about ``piece_bytes``: a dump of one large file is extracted by every worker, and the
    last partitions of a run can be small."""
    pieces: list[Piece] = []
    for path in paths:
        size = _size(path)
        if path.suffix.lower() not in SPLIT_SUFFIXES or not 0 < piece_bytes < size <= limit:
            pieces.append(Piece(path, None, size))
            continue
        try:
            data = path.read_bytes()
        except OSError:  # the reader reports it
            pieces.append(Piece(path, None, size))
            continue
        count = -(-len(data) // piece_bytes)
        cuts = [(0, 0)]  # (byte offset, line index) where each part starts
        line = 0
        for k in range(1, count):
            cut = data.find(b"\n", max(k * len(data) // count, cuts[-1][0]))
            if cut < 0 or cut + 1 >= len(data):
                break
            line += data.count(b"\n", cuts[-1][0], cut + 1)
            cuts.append((cut + 1, line))
        del data
        if len(cuts) == 1:
            pieces.append(Piece(path, None, size))
            continue
        ends = [*cuts[1:], (size, None)]
        for (offset, first), (end, stop) in zip(cuts, ends, strict=True):
            pieces.append(Piece(path, (first, stop), max(1, end - offset)))
    return pieces


def partition_sources(
    paths: Sequence[Path], partitions: int, threads: int, limit: int
) -> list[list[Piece]]:
    """The input in at most ``partitions`` contiguous groups of pieces (``source_pieces``),
    the last ``TAIL_PARTITIONS_PER_THREAD`` per worker thread ``TAIL_SHARE`` of the size
    of the others: the run ends on small partitions, so one worker does not extract a
    large last one while the other waits."""
    if not paths:
        return []
    count = max(1, partitions)
    tail = min(TAIL_PARTITIONS_PER_THREAD * max(1, threads), count // 4)
    weights = [1.0] * (count - tail) + [TAIL_SHARE] * tail
    total = sum(max(1, _size(p)) for p in paths)
    smallest = total * min(weights) / sum(weights)
    pieces = source_pieces(paths, int(smallest // PIECES_PER_SMALL), limit)
    ends = _contiguous([max(1, p.size) for p in pieces], weights)
    return [_merged(pieces[a:b]) for a, b in itertools.pairwise([0, *ends])]


def _merged(pieces: Sequence[Piece]) -> list[Piece]:
    """Consecutive parts of one file in one partition read as one part."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if last is not None and last.path == piece.path and last.lines and piece.lines:
            lines = (last.lines[0], piece.lines[1])
            out[-1] = Piece(
                piece.path, None if lines == (0, None) else lines, last.size + piece.size
            )
        else:
            out.append(piece)
    return out


def default_partitions(paths: Sequence[Path], threads: int) -> int:
    """``PARTITIONS_PER_THREAD`` per worker thread, more when partitions would hold more
    than ``PARTITION_BYTES`` of input."""
    total = sum(_size(p) for p in paths)
    return max(PARTITIONS_PER_THREAD * threads, -(-total // PARTITION_BYTES))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _work_dir(store: Store, run_id: int, work_dir: Path | None) -> Path:
    """Shards go under the SQLite file's directory, else to a temporary directory."""
    if work_dir is None:
        url = store.engine.url
        database = url.database if url.get_backend_name() == "sqlite" else None
        if database and database != ":memory:":
            work_dir = Path(database).resolve().parent / ".veeduria-work"
        else:
            work_dir = Path(tempfile.gettempdir()) / "veeduria-work"
    path = work_dir / f"run-{run_id}-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}"
    path.mkdir(parents=True, exist_ok=False)
    return path


@contextmanager
def _quiet_distributed() -> Iterator[None]:
    """Keep Dask's INFO chatter (scheduler, nanny) out of the output unless asked for.

    Dask sets its loggers to INFO and they propagate to the application's handlers; for
    the length of the run they follow the root logger's level instead (``-v`` shows them).
    """
    dask_logger = logging.getLogger("distributed")
    before = dask_logger.level
    dask_logger.setLevel(max(before, logging.getLogger().getEffectiveLevel()))
    try:
        yield
    finally:
        dask_logger.setLevel(before)


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = LOCAL_WORKERS) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new LocalCluster.

    Raises:
        VeeduriaError: the scheduler cannot be reached (E503).
    """
    # Not the default client, and not entered as a context manager: ``Client.__exit__``
    # resets a context variable, which fails when the run closes the client from the
    # thread that shuts the cluster down while the events are written.
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as err:
            raise VeeduriaError(
                f"cannot reach the Dask scheduler at {scheduler}: {err}", code=E_SCHEDULER
            ) from err
        with contextlib.closing(client):
            yield client
        return
    with (
        dask.config.set(LOCAL_CONFIG),
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs=LOCAL_SCHEDULER,
        ) as cluster,
        # the scheduler of a LocalCluster runs in this process: data sent and results
        # fetched through it were held here twice (a large group's mentions, 60 MB at
        # 100,000 documents); the client talks to the workers directly instead
        contextlib.closing(
            Client(cluster, set_as_default=False, direct_to_workers=True)  # type: ignore[no-untyped-call]
        ) as client,
    ):
        yield client


def run_dask_ingest(
    inputs: Sequence[str],
    settings: Settings,
    store: Store,
    *,
    published: dt.date | None = None,
    language: str | None = None,
    extract: bool | None = None,
    scheduler: str | None = None,
    partitions: int | None = None,
    workers: int = LOCAL_WORKERS,
    client: Client | None = None,
    work_dir: Path | None = None,
    keep_shards: bool = False,
    progress: ProgressCallback | None = None,
    resolve_on_workers: bool = True,
    forget_resources: bool | None = None,
) -> IngestReport:
    """Ingest files and directories with Dask; the same result as ``run_ingest``.

    Args:
        inputs: Files, directories and glob patterns (not ``-``: read stdin serially).
        settings: Resolved settings (``batch_size``, ``languages``, ``extract``, limits).
        store: An open store; only this process writes to it.
        published: Publication date to use when a source gives none.
        language: Force this language instead of detecting it.
        extract: Extract events; None follows ``settings.extract``.
        scheduler: Address of a running scheduler (``tcp://host:8786``); None starts a
            LocalCluster of ``workers`` processes.
        partitions: Number of partitions of the input (default: ``default_partitions``,
            eight per worker thread, more for a large corpus); a JSON Lines file larger than
            a part of a partition is read in parts (``partition_sources``).
        client: An existing Dask client to use instead (``scheduler`` is then ignored).
        work_dir: Where the shard directory goes (default: beside the SQLite file, else
            the system's temporary directory).
        keep_shards: Keep the shards after loading them (they are removed otherwise, and
            kept when the run fails).
        progress: Called as in ``run_ingest``.
        resolve_on_workers: A first (full) resolution is computed on the workers
            (``veeduria.scale._resolve``); False resolves in this process, as a serial
            run does (same result; for comparing the two).
        forget_resources: Once every partition is extracted, the workers forget the
            extraction resources and their loaders' caches (``ResourcesPlugin.teardown``),
            which their share of the resolution then reuses; None does so on a cluster
            of our own only (a cluster given by address or client keeps them for its
            next run).

    Returns:
        The counts of the run, as ``run_ingest`` reports them.

    Raises:
        ValueError: ``-`` among the inputs, or ``partitions`` below 1.
        VeeduriaError: scheduler unreachable (E503), a partition failed on its worker
            (E504).
        StorageError: the database failed; what was committed stays consistent, and
            running again finishes the job.
    """
    if STDIN in inputs:
        raise ValueError("standard input ('-') cannot be partitioned: use the serial engine")
    if partitions is not None and partitions < 1:
        raise ValueError("partitions must be 1 or more")
    from veeduria.scale._load import ShardLoader

    started = time.perf_counter()
    do_extract = bool(settings.extract if extract is None else extract)
    paths, discover_failures = discover(list(inputs))
    run_id = store.start_run(COMMAND)
    loader = ShardLoader(store, settings, do_extract, progress, total=len(paths))
    loader.emit("discovered")
    for failure in discover_failures:
        loader.add_failure(failure)
    shards = _work_dir(store, run_id, work_dir)
    text_bytes = 0
    starting = time.perf_counter()
    cluster = contextlib.ExitStack()
    with cluster:
        dask = cluster.enter_context(_client_for(client, scheduler, workers))
        threads = max(1, sum(dask.nthreads().values()))  # type: ignore[no-untyped-call]
        groups = partition_sources(
            paths,
            partitions or default_partitions(paths, threads),
            threads,
            settings.max_file_bytes,
        )
        worker_settings = {k: v for k, v in settings.values.items() if k != "db"}
        tasks = [
            PartitionTask(
                index=i,
                paths=tuple(str(p.path) for p in group),
                settings=worker_settings,
                published=published,
                language=language,
                extract=do_extract,
                lines=() if all(p.lines is None for p in group) else tuple(p.lines for p in group),
            )
            for i, group in enumerate(groups)
        ]
        # the files each partition finishes (its last part, or the whole file)
        finished = [
            [str(p.path) for p in group if p.lines is None or p.lines[1] is None]
            for group in groups
        ]
        if do_extract and tasks:
            dask.register_plugin(ResourcesPlugin(settings.language_list))
        loader.seconds["start"] = time.perf_counter() - starting
        logger.info(
            "dask ingest run %d: %d files in %d partitions on %d worker threads (ready in "
            "%.1fs); shards in %s",
            run_id,
            len(paths),
            len(tasks),
            threads,
            loader.seconds["start"],
            shards,
        )
        # Keys are global on a shared scheduler: unique per run, never reused across clients.
        token = uuid.uuid4().hex
        futures = [
            dask.submit(partition_task, task, key=f"veeduria-part-{task.index}-{token}")
            for task in tasks
        ]
        index_of = {future.key: task.index for future, task in zip(futures, tasks, strict=True)}
        ready: dict[int, Path] = {}
        next_index = 0
        for future in as_completed(futures, loop=dask.loop):  # type: ignore[no-untyped-call]
            try:
                result: PartitionResult = future.result()
            except Exception as err:
                raise VeeduriaError(
                    f"partition {index_of.get(future.key)} failed on its worker: "
                    f"{type(err).__name__}: {err}; shards kept in {shards}",
                    code=E_PARTITION,
                ) from err
            future.release()
            path = shards / f"part-{result.index:05d}.parquet"
            path.write_bytes(result.shard)
            ready[result.index] = path
            loader.seconds["workers"] += result.seconds
            text_bytes += result.text_bytes
            logger.debug(
                "partition %d: %d documents, %d failures in %.1fs on %s",
                result.index,
                result.documents,
                result.failures,
                result.seconds,
                result.worker,
            )
            while next_index in ready:  # load in partition order, as soon as possible
                t0 = time.perf_counter()
                shard = ready.pop(next_index)
                loader.load(shard)
                for source in finished[next_index]:
                    loader.source_done(source)
                if not keep_shards:
                    shard.unlink()
                loader.seconds["load"] += time.perf_counter() - t0
                next_index += 1
        if forget_resources is None:
            forget_resources = client is None and not scheduler
        if do_extract and tasks and forget_resources:
            # the workers are done extracting: the memory the resources held (lexicons,
            # the gazetteer) goes to the resolution's tasks
            dask.unregister_worker_plugin(plugin_name(settings.language_list))  # type: ignore[no-untyped-call]
        t0 = time.perf_counter()
        loader.flush()
        loader.seconds["load"] += time.perf_counter() - t0
        # The cluster stays up for the resolution's tasks; once they are done, a cluster
        # of our own shuts down (a second or two of waiting for processes to end) while
        # this thread writes the events.
        closer = _Closer(cluster.pop_all())
    if not keep_shards:
        shutil.rmtree(shards, ignore_errors=True)
        with contextlib.suppress(OSError):
            shards.parent.rmdir()  # only when no other run's shards are there
    logger.info("dask ingest run %d: %.1f MB of text read on the workers", run_id, text_bytes / 1e6)
    runner = WorkerFullRun(
        loader.plans,
        dask_submit(dask),
        BUCKETS_PER_THREAD * threads,
        on_done=closer.start,
        threads=threads,
    )
    try:
        if not resolve_on_workers:
            closer.start()
            return loader.finish(run_id, started, command=COMMAND)
        with full_runs_with(runner):
            return loader.finish(run_id, started, command=COMMAND)
    finally:
        closer.start()
        closer.join()


class _Closer:
    """Closes the client and its cluster (if it is ours) in a thread, once started.

    A failure to shut down is logged, not raised: everything is stored by then.
    """

    def __init__(self, stack: contextlib.ExitStack) -> None:
        self.stack = stack
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._close, name="veeduria-dask-close")
            self.thread.daemon = True
            self.thread.start()

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()

    def _close(self) -> None:
        try:
            self.stack.close()
        except Exception:  # the run's data is committed; a shutdown error only leaks
            logger.warning("the Dask cluster did not shut down cleanly", exc_info=True)


@contextmanager
def _client_for(client: Client | None, scheduler: str | None, workers: int) -> Iterator[Client]:
    if client is not None:
        yield client
        return
    with _quiet_distributed(), dask_client(scheduler, workers) as own:
        yield own
