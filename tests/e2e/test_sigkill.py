"""A killed ingest leaves a consistent database, and running it again finishes the job.

The CLI runs as a subprocess over ~400 generated files with small batches; the test polls the
document count, sends SIGKILL mid-run, checks the database (integrity, foreign keys, every
stored document has exactly its extraction rows), then runs the same command to completion.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from veeduria.config import load_settings
from veeduria.extract import extract, load_resources
from veeduria.extract.serialize import extraction_to_dict
from veeduria.store import Store
from veeduria.store.schema import EXTRACTION_TABLES, documents

N_FILES = 400
BATCH_SIZE = 4
KILL_AFTER = 12  # documents committed before the kill
CITIES = ("Lima", "Puno", "Juliaca", "Cusco", "Arequipa", "Ayacucho", "Tacna", "Andahuaylas")
CLI = [sys.executable, "-c", "from veeduria.cli import main; main()"]


def write_corpus(directory: Path) -> None:
    directory.mkdir()
    for i in range(N_FILES):
        city = CITIES[i % len(CITIES)]
        text = (
            f"{city}, {1 + i % 28} de enero de 2023. Cientos de manifestantes marcharon en "
            f"{city} y la policía detuvo a {i % 50 + 1} personas durante el paro regional. "
            f"Nota número {i}.\n"
            if i % 2
            else f"{city}, January {1 + i % 28}, 2023. Hundreds of protesters marched in {city} "
            f"and police arrested {i % 50 + 1} people during the regional strike. Report {i}.\n"
        )
        (directory / f"note{i:04d}.txt").write_text(text, encoding="utf-8")


def count_documents(engine: sa.Engine) -> int:
    try:
        with engine.connect() as conn:
            return int(conn.scalar(sa.select(sa.func.count()).select_from(documents)) or 0)
    except sa.exc.DBAPIError:  # the tables are not created yet
        return 0


def start(corpus: Path, db_url: str, cwd: Path, name: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "VEEDURIA_BATCH_SIZE": str(BATCH_SIZE), "VEEDURIA_DB": db_url}
    with (cwd / f"{name}.out").open("wb") as out, (cwd / f"{name}.err").open("wb") as err:
        return subprocess.Popen(
            [*CLI, "ingest", str(corpus), "--format", "json"],
            stdout=out,
            stderr=err,
            cwd=cwd,
            env=env,
        )


def check_consistent(store: Store) -> int:
    """Every stored document has exactly the rows its extraction gives; returns the count."""
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        for table in EXTRACTION_TABLES:
            orphans = conn.scalar(
                sa.select(sa.func.count())
                .select_from(table.outerjoin(documents, table.c.doc_id == documents.c.id))
                .where(documents.c.id.is_(None))
            )
            assert orphans == 0, f"orphan rows in {table.name}"
    resources = load_resources(load_settings(env={}).language_list)
    n = 0
    for doc in store.iter_documents():
        n += 1
        expected = extraction_to_dict(extract(doc, resources))
        stored = store.extraction(doc.id)
        assert stored is not None and stored.extractor_version is not None, doc.id
        assert stored.events == expected["events"], doc.origin
        assert stored.claims == expected["claims"], doc.origin
        assert stored.tallies == expected["tallies"], doc.origin
        assert stored.warnings == expected["warnings"], doc.origin
    return n


@pytest.mark.slow
def test_sigkill_mid_ingest_leaves_a_consistent_database(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus)

    proc = start(corpus, db_url, tmp_path, "first")
    watcher = sa.create_engine(db_url)
    try:
        deadline = time.monotonic() + 120
        while count_documents(watcher) < KILL_AFTER:
            assert proc.poll() is None, "the ingest ended before it could be killed: " + (
                tmp_path / "first.err"
            ).read_text(errors="replace")
            assert time.monotonic() < deadline, "no documents stored after 120 s"
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        watcher.dispose()
    assert proc.returncode == -signal.SIGKILL

    with Store.open(db_url) as store:
        stored = check_consistent(store)
        unfinished = [r for r in store.runs() if r["finished_at"] is None]
    assert KILL_AFTER <= stored < N_FILES, "the kill did not land mid-run"
    assert len(unfinished) == 1

    second = start(corpus, db_url, tmp_path, "second")
    assert second.wait(timeout=300) == 0, (tmp_path / "second.err").read_text(errors="replace")
    summary = json.loads((tmp_path / "second.out").read_text())
    assert summary == {
        "ingested": N_FILES - stored,
        "duplicates": stored,
        "quarantined": 0,
        "failed": 0,
        "events": summary["events"],
    }
    with Store.open(db_url) as store:
        assert check_consistent(store) == N_FILES
        assert store.counts()["documents"] == N_FILES
