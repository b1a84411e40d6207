"""Export speed and memory on many synthetic events: figures, not a timed test.

    .venv/bin/python benchmarks/export_speed.py --events 200000

Fills a temporary SQLite database with invented events (each with two documents' mentions,
two sources disagreeing on a death toll, notes and evidence), then exports it in every format
to /dev/null and prints events/s and the peak resident memory during each export, sampled
every 20 ms. Streaming keeps the peak flat as the number of events grows: compare
``--events 20000`` with ``--events 200000``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

import psutil
from _machine import describe

from veeduria.export import FORMATS, stream
from veeduria.store import Store

START = dt.date(2022, 12, 1)
DEPARTMENTS = ("Puno", "Cusco", "Ayacucho", "Apurímac", "Lima", "Arequipa", "Junín", "Ica")


def _id(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


def fill(path: Path, events: int) -> None:
    """Events, mentions, links and two documents, written with plain sqlite3 in batches."""
    with Store.open(f"sqlite:///{path}"):
        pass  # migrate
    now = "2023-02-01 12:00:00.000000"
    conn = sqlite3.connect(path)
    docs = [(_id("doc", i), f"https://outlet{i}.pe.example/a", f"Outlet {i}") for i in range(2)]
    conn.executemany(
        "INSERT INTO documents (id, url, source_name, language, text, ingested_at, "
        "published_source) VALUES (?, ?, ?, 'es', 'text', ?, 'none')",
        [(d, u, s, now) for d, u, s in docs],
    )
    batch = 5000
    for start in range(0, events, batch):
        ev, mentions, links = [], [], []
        for i in range(start, min(events, start + batch)):
            eid = _id("event", i)
            day = (START + dt.timedelta(days=i % 400)).isoformat()
            alts = [
                {
                    "value": 3 + k,
                    "mention_id": _id("m", i, k),
                    "doc_id": docs[k][0],
                    "source": docs[k][2],
                    "attribution": None,
                    "text": f"{3 + k} muertos",
                    "span": [10, 19],
                }
                for k in range(2)
            ]
            data = {"alternatives": {"killed": alts}, "source_names": [d[2] for d in docs]}
            ev.append(
                (
                    eid,
                    day,
                    day,
                    day,
                    DEPARTMENTS[i % len(DEPARTMENTS)],
                    json.dumps(["killed: 3 per Outlet 0; 4 per Outlet 1"]),
                    json.dumps(data),
                    now,
                    _id("hash", i),
                )
            )
            for k in range(2):
                mentions.append((_id("m", i, k), docs[k][0]))
                links.append((eid, _id("m", i, k), docs[k][0]))
        conn.executemany(
            "INSERT INTO events (id, family, event_type, sub_event_type, factuality, date, "
            "date_start, date_end, date_precision, location_name, admin1, country, iso, "
            "latitude, longitude, geo_precision, actor1, actor1_inter, actor2, actor2_inter, "
            "killed, killed_low, killed_high, sources, confidence, status, notes, data, "
            "updated_at, content_hash) VALUES (?, 'occurred', 'Protests', "
            "'Excessive force against protesters', 'asserted', ?, ?, ?, 'day', ?5, ?5, 'Peru', "
            "'PE', -15.5, -70.1, 1, 'Police Forces of Peru', 1, 'Protesters (Peru)', 6, 3, 3, "
            "4, 2, 0.9, 'machine', ?, ?, ?, ?)",
            ev,
        )
        conn.executemany(
            "INSERT INTO mentions (id, doc_id, ordinal, event_type, sub_event_type, "
            "factuality, confidence, extractor_version, lexicon_versions, data) VALUES "
            "(?, ?, 0, 'Protests', 'Peaceful protest', 'asserted', 0.5, 'x', '{}', '{}')",
            mentions,
        )
        conn.executemany(
            "INSERT INTO event_mentions (event_id, mention_id, doc_id) VALUES (?, ?, ?)", links
        )
        conn.commit()
    conn.close()


class PeakRss:
    """Samples this process's RSS in a thread; ``peak`` in MB."""

    def __init__(self) -> None:
        self.process = psutil.Process(os.getpid())
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.process.memory_info().rss / 2**20)
            time.sleep(0.02)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    args = parser.parse_args()
    for line in describe("sqlalchemy", "pyarrow", "psutil"):
        print(line)
    with tempfile.TemporaryDirectory(prefix="veeduria-export-") as tmp:
        path = Path(tmp) / "events.db"
        t0 = time.perf_counter()
        fill(path, args.events)
        print(f"{args.events} events written in {time.perf_counter() - t0:.0f}s")
        before = psutil.Process(os.getpid()).memory_info().rss / 2**20
        print(f"RSS before exporting: {before:.0f} MB")
        with Store.open(f"sqlite:///{path}") as store:
            for fmt in FORMATS:
                size = 0
                with PeakRss() as rss:
                    t0 = time.perf_counter()
                    for chunk in stream(store, fmt):
                        size += len(chunk)
                    seconds = time.perf_counter() - t0
                print(
                    f"{fmt:>9}: {args.events / seconds:7.0f} events/s, {size / 1e6:7.1f} MB "
                    f"written, peak RSS {rss.peak:.0f} MB"
                )


if __name__ == "__main__":
    main()
