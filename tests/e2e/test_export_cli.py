"""``veeduria export`` end to end: the sample corpus ingested, then exported in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from veeduria.cli import main
from veeduria.export import ACLED_COLUMNS, EXTENDED_COLUMNS

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('export') / 'veeduria.db'}"
    result = run("ingest", str(ROOT / "data" / "sample"), "--db", url, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["events"] > 0
    return url


def event_ids(db: str, *filters: str) -> set[str]:
    """Ids that ``veeduria events`` lists with the same filters."""
    result = run("events", "--db", db, "--format", "jsonl", *filters)
    assert result.exit_code == 0, result.output
    return {json.loads(line)["id"] for line in result.stdout.splitlines() if line.strip()}


def test_export_cli_acled_file(db, tmp_path):
    out = tmp_path / "acled.csv"
    result = run("export", "--db", db, "--format", "acled", "-o", str(out))
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    assert tuple(header) == ACLED_COLUMNS
    assert rows and all(len(r) == 31 for r in rows)
    assert all(r[header.index("iso")].isdigit() for r in rows)
    assert "604" in {r[header.index("iso")] for r in rows}
    assert not list(tmp_path.glob(".*.part"))


def test_export_cli_stdout_equals_file(db, tmp_path):
    out = tmp_path / "events.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "-o", str(out)).exit_code == 0
    result = run("export", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stdout == out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "filters",
    [
        (),
        ("--all",),
        ("--admin1", "puno"),
        ("--type", "excessive"),
        ("--actor", "police"),
        ("--min-killed", "1"),
        ("--from", "2023-01-01", "--to", "2023-01-31"),
        ("--all", "--include-rejected"),
    ],
)
def test_export_cli_filters_match_events_command(db, filters):
    result = run("export", "--db", db, "--format", "jsonl", *filters)
    assert result.exit_code == 0, result.output
    exported = {json.loads(line)["event_id"] for line in result.stdout.splitlines()}
    assert exported == event_ids(db, *filters)


def test_export_cli_every_format_reads_back(db, tmp_path):
    expected = event_ids(db)
    paths = {}
    for fmt, suffix in (
        ("extended", "csv"),
        ("jsonl", "jsonl"),
        ("geojson", "geojson"),
        ("parquet", "parquet"),
    ):
        paths[fmt] = tmp_path / f"events.{suffix}"
        result = run("export", "--db", db, "--format", fmt, "-o", str(paths[fmt]))
        assert result.exit_code == 0, result.output
    with paths["extended"].open(newline="", encoding="utf-8") as handle:
        extended = list(csv.DictReader(handle))
    assert tuple(extended[0]) == EXTENDED_COLUMNS
    assert {r["event_id"] for r in extended} == expected
    lines = paths["jsonl"].read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["event_id"] for line in lines} == expected
    collection = json.loads(paths["geojson"].read_text(encoding="utf-8"))
    assert {f["id"] for f in collection["features"]} == expected
    table = pq.read_table(paths["parquet"])
    assert set(table.column("event_id").to_pylist()) == expected


def test_export_cli_evidence_points_into_documents(db):
    result = run("export", "--db", db, "--format", "jsonl")
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    with_evidence = [o for o in objects if o["evidence"]]
    assert with_evidence
    for obj in with_evidence:
        doc_ids = {d["id"] for d in obj["documents"]}
        for item in obj["evidence"]:
            assert item["doc_id"] in doc_ids
            assert item["span"] is None or item["span"][0] <= item["span"][1]


def test_export_cli_inverted_dates_is_a_usage_error(db):
    result = run("export", "--db", db, "--from", "2023-02-01", "--to", "2023-01-01")
    assert result.exit_code == 2
    assert "after" in result.output


def test_export_cli_acled_stdout_is_csv(db):
    result = run("export", "--db", db)
    assert result.exit_code == 0
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert tuple(header) == ACLED_COLUMNS
