"""``veeduria ingest | quarantine | reextract | db`` end to end, in-process and as a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from unittest.mock import ANY

import click
import pytest
from click.testing import CliRunner, Result

from veeduria.cli import main
from veeduria.store import Store, head_revision

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "store" / "corpus"
FIRST_RUN = {"ingested": 5, "duplicates": 0, "quarantined": 3, "failed": 0}
#: the JSON summary ends with the number of events in the store
FIRST_SUMMARY = {**FIRST_RUN, "events": ANY}
MY_COMMANDS = [
    ["ingest"],
    ["reextract"],
    ["quarantine"],
    ["quarantine", "list"],
    ["quarantine", "retry"],
    ["db"],
    ["db", "migrate"],
    ["db", "info"],
]


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def last_json(result: Result) -> dict[str, int]:
    lines = result.stdout.strip().splitlines()
    data: dict[str, int] = json.loads(lines[-1])
    return data


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of the mixed fixture corpus (5 documents, 3 broken sources)."""
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


def test_ingest_cli_json_summary_and_idempotency(db_url: str, corpus: Path) -> None:
    first = run("ingest", str(corpus), "--db", db_url, "--format", "json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout) == FIRST_SUMMARY  # exactly one JSON object on stdout

    second = run("ingest", str(corpus), "--db", db_url, "--format", "json")
    assert second.exit_code == 0
    assert json.loads(second.stdout) == {
        "ingested": 0,
        "duplicates": 5,
        "quarantined": 3,
        "failed": 0,
        "events": ANY,
    }
    with Store.open(db_url) as store:
        counts = store.counts()
        entries = store.quarantine_entries()
    assert counts["documents"] == 5 and counts["quarantine"] == 3 and counts["runs"] == 2
    assert sorted(e.attempts for e in entries) == [2, 2, 2]
    assert {(Path(e.path).name, e.record, e.code) for e in entries} == {
        ("broken.json", None, "E106"),
        ("acta.pdf", None, "E109"),
        ("records.jsonl", "2", "E106"),
    }


def test_ingest_cli_table_output(db_url: str, corpus: Path) -> None:
    result = run("ingest", str(corpus), "--db", db_url)
    assert result.exit_code == 0
    for label, value in FIRST_RUN.items():
        assert any(
            label in line and line.rstrip(" │|").endswith(str(value))
            for line in result.stdout.splitlines()
        ), (label, result.stdout)


def test_ingest_cli_jsonl_lists_every_item(db_url: str, corpus: Path) -> None:
    result = run("ingest", str(corpus), "--db", db_url, "--format", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[-1] == FIRST_SUMMARY
    statuses = sorted(line["status"] for line in lines[:-1])
    assert statuses == ["ingested"] * 5 + ["quarantined"] * 3
    bad = next(line for line in lines if line.get("record") == "2")
    assert bad["path"].endswith("records.jsonl") and bad["code"] == "E106"


def test_ingest_cli_quarantine_list_and_retry(db_url: str, corpus: Path) -> None:
    run("ingest", str(corpus), "--db", db_url, "--format", "json")
    listed = run("quarantine", "list", "--db", db_url, "--format", "json")
    entries = json.loads(listed.stdout)
    assert len(entries) == 3
    assert {e["stage"] for e in entries} == {"parse", "detect"}
    table = run("quarantine", "list", "--db", db_url)
    assert "broken.json" in table.stdout and "E109" in table.stdout

    # fix two of the three sources, then retry
    (corpus / "broken.json").write_text('[{"text": "Una marcha en Tacna."}]', encoding="utf-8")
    records = corpus / "records.jsonl"
    lines = records.read_text(encoding="utf-8").splitlines()
    lines[2] = json.dumps({"text": "Registro corregido: plantón en Moquegua."})
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    retried = run("quarantine", "retry", "--db", db_url, "--format", "json")
    assert retried.exit_code == 0
    assert json.loads(retried.stdout) == {
        "retried": 3,
        "resolved": 2,
        "still_failing": 1,
        "skipped": 0,
        "ingested": 2,
        "duplicates": 2,
    }
    left = json.loads(run("quarantine", "list", "--db", db_url, "--format", "json").stdout)
    assert [(Path(e["path"]).name, e["attempts"]) for e in left] == [("acta.pdf", 2)]
    everything = run("quarantine", "list", "--all", "--db", db_url, "--format", "jsonl")
    resolved = [json.loads(x) for x in everything.stdout.splitlines()]
    assert sum(e["resolved_at"] is not None for e in resolved) == 2

    again = run("ingest", str(corpus), "--db", db_url, "--format", "json")
    assert json.loads(again.stdout) == {
        "ingested": 0,
        "duplicates": 7,
        "quarantined": 1,
        "failed": 0,
        "events": ANY,
    }


def test_ingest_cli_versions_by_url(db_url: str, tmp_path: Path) -> None:
    source = tmp_path / "nota.jsonl"
    url = "https://noticias.example/nota"
    ids = []
    for text in ("Primera versión: marcha en Puno.", "Versión corregida: gran marcha en Puno."):
        source.write_text(json.dumps({"text": text, "url": url}) + "\n", encoding="utf-8")
        result = run("ingest", str(source), "--db", db_url, "--format", "jsonl")
        ids.append(json.loads(result.stdout.splitlines()[0])["id"])
    with Store.open(db_url) as store:
        assert store.versions(url) == ids
        info = store.document_info(ids[1])
    assert info is not None and info["previous_id"] == ids[0]


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["--published", "2023-01-10", "--lang", "es", "-"], "Marcha de protesta en Lima hoy."),
        (["--no-extract", "-"], "Paro de transportistas en Arequipa."),
    ],
)
def test_ingest_cli_options_and_stdin(db_url: str, args: list[str], stdin: str) -> None:
    result = run("ingest", "--db", db_url, "--format", "jsonl", *args, input=stdin)
    assert result.exit_code == 0, result.output
    doc_id = json.loads(result.stdout.splitlines()[0])["id"]
    with Store.open(db_url) as store:
        doc = store.get_document(doc_id)
        info = store.document_info(doc_id)
    assert doc is not None and info is not None and doc.origin == "-"
    if "--published" in args:
        assert (str(doc.published), doc.language) == ("2023-01-10", "es")
        assert info["extractor_version"] is not None
    else:
        assert info["extractor_version"] is None
        re = run("reextract", "--db", db_url, "--only-unextracted", "--format", "json")
        summary = json.loads(re.stdout)
        assert (summary["documents"], summary["failed"]) == (1, 0)
        with Store.open(db_url) as store:
            assert store.counts()["mentions"] == summary["mentions"]
            assert store.document_info(doc_id)["extractor_version"] is not None  # type: ignore[index]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["broken.json"], "broken.json"),
        (["acta.pdf", "broken.json"], "acta.pdf"),
        (["does-not-exist.txt"], "does-not-exist.txt"),
    ],
)
def test_ingest_cli_nothing_readable_exits_1(
    db_url: str, corpus: Path, names: list[str], expected: str
) -> None:
    result = run("ingest", *[str(corpus / n) for n in names], "--db", db_url, "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["ingested"] == 0
    assert "nothing could be read" in result.stderr and expected in result.stderr


def test_ingest_cli_bad_arguments_are_usage_errors(db_url: str, corpus: Path) -> None:
    assert run("ingest", "--db", db_url).exit_code == 2
    bad_date = run("ingest", str(corpus), "--db", db_url, "--published", "10/01/2023")
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" not in bad_date.stdout
    assert run("ingest", str(corpus), "--db", db_url, "--lang", "xx").exit_code == 2


def test_ingest_cli_bad_database_url(corpus: Path) -> None:
    result = run("ingest", str(corpus), "--db", "mysql://u:secret@h/db")
    assert result.exit_code == 1
    assert "unsupported database" in result.stderr and "secret" not in result.stderr


def test_ingest_cli_db_migrate_and_info(db_url: str, corpus: Path) -> None:
    migrated = run("db", "migrate", "--db", db_url)
    assert migrated.exit_code == 0 and f"to revision {head_revision()}" in migrated.stdout
    assert "already at revision" in run("db", "migrate", "--db", db_url).stdout
    run("ingest", str(corpus), "--db", db_url, "--format", "json")
    info = json.loads(run("db", "info", "--db", db_url, "--format", "json").stdout)
    assert info["revision"] == head_revision() and info["up_to_date"]
    assert info["tables"]["documents"] == 5 and info["tables"]["quarantine"] == 3
    table = run("db", "info", "--db", db_url)
    assert "documents" in table.stdout and head_revision() in table.stdout


@pytest.mark.postgres
def test_ingest_cli_db_info_masks_the_password(pg_database: str) -> None:
    url = pg_database.replace("postgres@", "postgres:hunter2@", 1)
    result = run("db", "info", "--db", url, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "hunter2" not in result.stdout and "***" in json.loads(result.stdout)["url"]


def test_ingest_cli_db_info_missing_file(tmp_path: Path) -> None:
    result = run("db", "info", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert result.exit_code == 1 and "no database" in result.stderr


def test_ingest_cli_reads_the_ingest_fixtures(db_url: str) -> None:
    """Every file in tests/data/ingest is readable: nothing quarantined, nothing failed."""
    result = run("ingest", str(DATA / "ingest"), "--db", db_url, "--format", "json")
    summary = json.loads(result.stdout)
    assert summary["ingested"] >= 8 and summary["quarantined"] == summary["failed"] == 0


def test_ingest_cli_quarantines_the_broken_fixtures(db_url: str) -> None:
    files = sorted(p for p in (DATA / "broken").iterdir() if not p.name.startswith("."))
    result = run("ingest", str(DATA / "broken"), "--db", db_url, "--format", "json")
    summary = json.loads(result.stdout)
    assert summary["quarantined"] >= len(files) - 1  # a file may hold a good record too
    listed = json.loads(run("quarantine", "list", "--db", db_url, "--format", "json").stdout)
    assert {Path(e["path"]).name for e in listed} == {p.name for p in files}
    assert all(e["code"].startswith("E1") and e["message"] for e in listed)


@pytest.mark.parametrize("command", MY_COMMANDS, ids=" ".join)
def test_ingest_cli_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout and len(result.stdout.splitlines()) > 5
    group: click.Command = main
    for name in command:
        assert isinstance(group, click.Group)
        group = group.commands[name]
    assert group.help and len(group.help) > 40


def test_ingest_cli_subprocess_keeps_stdout_clean(tmp_path: Path, corpus: Path) -> None:
    db = f"sqlite:///{tmp_path / 'sub.db'}"
    cmd = [sys.executable, "-c", "from veeduria.cli import main; main()"]
    proc = subprocess.run(
        [*cmd, "ingest", str(corpus), "--db", db, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == FIRST_SUMMARY
    assert "broken.json" in proc.stderr and "E106" in proc.stderr  # logs name file and problem

    again = subprocess.run(
        [*cmd, "ingest", str(corpus), "--db", db, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert json.loads(again.stdout)["duplicates"] == 5

    failing = subprocess.run(
        [*cmd, "ingest", str(tmp_path / "missing"), "--db", db],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert failing.returncode == 1
    assert "missing" in failing.stderr and "no such file or directory" in failing.stderr
