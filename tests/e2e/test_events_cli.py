"""``veeduria events | event | tallies | resolve`` end to end: the sample corpus ingested
into SQLite and PostgreSQL, resolved, listed, filtered, shown with its evidence."""

from __future__ import annotations

import csv
import io
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from veeduria.cli import main
from veeduria.evaluate.resolution import cross_merges
from veeduria.events import add_review
from veeduria.extract.serialize import mention_from_dict
from veeduria.store import Store
from veeduria.store.events import EventQuery

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
PG_SERVER = os.environ.get("VEEDURIA_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
MY_COMMANDS = [["events"], ["event"], ["tallies"], ["resolve"]]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def events_json(url: str, *args: str) -> list[dict[str, Any]]:
    result = run("events", "--db", url, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data


class Backend:
    """Databases of one backend for this module: the ingested sample and fresh ones."""

    def __init__(self, kind: str, tmp: pytest.TempPathFactory) -> None:
        self.kind, self.tmp = kind, tmp
        self.created: list[str] = []
        self.sample = ""

    def fresh(self) -> str:
        """The URL of a new, empty database."""
        if self.kind == "sqlite":
            return f"sqlite:///{self.tmp.mktemp('events') / 'veeduria.db'}"
        import psycopg

        name = f"veeduria_events_{secrets.token_hex(6)}"
        try:
            admin = psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5)
        except psycopg.OperationalError as err:
            pytest.fail(f"PostgreSQL is not reachable at {PG_SERVER} ({err})", pytrace=False)
        with admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return f"{PG_SERVER.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"

    def drop(self) -> None:
        if not self.created:
            return
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
            for name in self.created:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ],
)
def backend(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Backend]:
    """SQLite or PostgreSQL, with the sample corpus ingested (and resolved) once."""
    databases = Backend(request.param, tmp_path_factory)
    try:
        databases.sample = _ingested(databases.fresh())
        yield databases
    finally:
        databases.drop()


@pytest.fixture
def sample_db(backend: Backend) -> str:
    """The ingested sample corpus; tests only read it."""
    return backend.sample


def _ingested(url: str) -> str:
    result = run("ingest", str(SAMPLE), "--db", url, "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert list(summary)[:4] == ["ingested", "duplicates", "quarantined", "failed"]
    assert summary["ingested"] == 55 and summary["events"] > 50
    return url


def test_events_cli_ingest_leaves_events_behind(sample_db: str) -> None:
    listed = events_json(sample_db)
    with Store.open(sample_db) as store:
        totals = store.events.totals()
        counts = store.counts()
    assert len(listed) == totals["occurred"] > 40
    assert counts["event_mentions"] == counts["mentions"]  # every mention is in one event
    assert {e["family"] for e in listed} == {"occurred"}
    assert len({e["id"] for e in listed}) == len(listed)
    dated = [e["date"] for e in listed if e["date"]]
    assert dated == sorted(dated)
    juliaca = [e for e in listed if e["location_name"] == "Juliaca" and e["killed"]]
    assert any(e["killed_high"] >= 17 for e in juliaca)


def test_events_cli_formats_agree(sample_db: str) -> None:
    listed = events_json(sample_db)
    lines = run("events", "--db", sample_db, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["id"] for x in lines] == [e["id"] for e in listed]
    rows = list(
        csv.DictReader(io.StringIO(run("events", "--db", sample_db, "--format", "csv").stdout))
    )
    assert [r["id"] for r in rows] == [e["id"] for e in listed]
    assert {"killed_low", "killed_high", "source_names", "admin1"} <= set(rows[0])
    table = run("events", "--db", sample_db, "--limit", "5").stdout
    for header in ("date", "type / sub-type", "place", "actors", "killed", "sources"):
        assert header in table
    assert listed[0]["id"][:10] in table


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["--type", "excessive"], lambda e: "excessive" in e["sub_event_type"].lower()),
        (["--type", "riots"], lambda e: e["event_type"] == "Riots"),
        (["--admin1", "PUNO"], lambda e: e["admin1"] == "Puno"),
        (["--admin1", "apurimac"], lambda e: e["admin1"] == "Apurímac"),
        (["--actor", "police"], lambda e: "Police" in f"{e['actor1']} {e['actor2']}"),
        (["--min-killed", "5"], lambda e: e["killed"] >= 5),
        (
            ["--from", "2023-01-09", "--to", "2023-01-11"],
            lambda e: "2023-01-09" <= e["date"] <= "2023-01-11",
        ),
        (["--factuality", "planned"], lambda e: e["factuality"] == "planned"),
        (["--all"], lambda e: e["status"] != "rejected"),
    ],
)
def test_events_cli_filters(sample_db: str, args: list[str], check: Any) -> None:
    found = events_json(sample_db, *args)
    assert found, args
    assert all(check(e) for e in found), args


def test_events_cli_all_adds_other_families(sample_db: str) -> None:
    occurred = {e["id"] for e in events_json(sample_db)}
    everything = events_json(sample_db, "--all")
    assert occurred < {e["id"] for e in everything}
    assert {"prospective", "historical"} <= {e["family"] for e in everything}
    assert len(events_json(sample_db, "--limit", "3", "--offset", "2")) == 3


def test_events_cli_event_shows_every_source_and_its_words(sample_db: str) -> None:
    disputed = [e for e in events_json(sample_db) if e["killed"] and e["sources"] > 1]
    assert disputed
    event = max(disputed, key=lambda e: (e["killed_high"] - e["killed_low"], e["id"]))
    result = run("event", event["id"][:8], "--db", sample_db)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert f"event {event['id']}" in text and "evidence:" in text and "killed:" in text
    detail = json.loads(run("event", event["id"], "--db", sample_db, "--format", "json").stdout)
    killed = detail["evidence"]["killed"]
    assert len(killed) >= 2 and {k["value"] for k in killed} >= {event["killed"]}
    for item in killed:
        assert f'"{item["text"]}"' in text  # the quoted words
        assert item["title"] and item["title"] in text  # and the document they come from
        assert item["sentence"]
    for note in event["notes"]:
        assert note in text
    assert {d["id"] for d in detail["documents"]} == {k["doc_id"] for k in killed} | {
        m["doc_id"] for m in detail["mentions"]
    }


def test_events_cli_unknown_event_exits_1(sample_db: str) -> None:
    result = CliRunner().invoke(main, ["event", "0000000000ff", "--db", sample_db])
    assert result.exit_code == 1
    assert "no event '0000000000ff'" in result.output and "E404" in result.output


def test_events_cli_tallies_show_the_gap(sample_db: str) -> None:
    series = json.loads(run("tallies", "--db", sample_db, "--format", "json").stdout)
    points = [p for s in series for p in s["points"]]
    assert any(s["scope"] == "Peru" for s in series)
    compared = [p for p in points if p["gap"] is not None]
    assert compared and all(p["gap"] == p["value"] - p["incidents"] for p in compared)
    table = run("tallies", "--db", sample_db, "--what", "killed").stdout
    assert "gap" in table and "incidents" in table and "Defensoría" in table
    assert (
        json.loads(
            run("tallies", "--db", sample_db, "--scope", "Nowhere", "--format", "json").stdout
        )
        == []
    )


def test_events_cli_no_cross_merges_on_the_sample(sample_db: str) -> None:
    with Store.open(sample_db) as store:
        stored = store.events.search(EventQuery(families=None, include_rejected=True))
        rebuilt = [
            SimpleNamespace(
                id=e.id,
                members=[
                    SimpleNamespace(mention=mention_from_dict(dict(m.data)))
                    for m in store.events.mentions_of(e.id)
                ],
            )
            for e in stored
        ]
    assert sum(len(e.members) > 1 for e in rebuilt) > 10  # merges happened
    assert cross_merges(rebuilt) == []  # type: ignore[arg-type]


def test_events_cli_resolve_again_changes_nothing(sample_db: str) -> None:
    before = events_json(sample_db, "--all")
    result = run("resolve", "--db", sample_db, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["written"] == report["deleted"] == 0 and report["unchanged"] == report["events"]
    again = run("ingest", str(SAMPLE), "--db", sample_db, "--format", "json")
    assert json.loads(again.stdout)["duplicates"] == 55
    assert events_json(sample_db, "--all") == before  # same ids, same rows, same updated_at


def test_events_cli_ingest_in_parts_gives_the_same_events(backend: Backend, tmp_path: Path) -> None:
    """Ingesting the corpus in two runs (later half first) gives the same events and ids;
    a reviewed value survives ``veeduria resolve`` and ``veeduria reextract``."""
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(SAMPLE / "text", first / "text")
    shutil.copytree(SAMPLE / "feeds", first / "feeds")
    shutil.copytree(SAMPLE / "html", second / "html")
    shutil.copytree(SAMPLE / "json", second / "json")
    sample_db, db_url = backend.sample, backend.fresh()
    for part in (first, second):
        result = run("ingest", str(part), "--db", db_url, "--format", "json")
        assert result.exit_code == 0, result.output
    expected = {e["id"]: e for e in events_json(sample_db, "--all")}
    got = {e["id"]: e for e in events_json(db_url, "--all")}
    assert set(got) == set(expected)
    ignored = {"updated_at", "previous_ids"}  # the history of ids differs, the events do not
    for event_id, event in got.items():
        assert {k: v for k, v in event.items() if k not in ignored} == {
            k: v for k, v in expected[event_id].items() if k not in ignored
        }

    target = max(got.values(), key=lambda e: (e["killed"] or 0, e["id"]))
    with Store.open(db_url) as store:
        add_review(store, target["id"], "killed", 99, user="ana", reason="test")
    assert run("resolve", "--db", db_url).exit_code == 0
    shown = run("event", target["id"], "--db", db_url).stdout
    assert "status: reviewed" in shown and "killed: reviewed value 99 kept" in shown
    assert "ana  killed: " in shown and "-> 99  (test)" in shown
    reextracted = run("reextract", "--db", db_url, "--format", "json")
    assert reextracted.exit_code == 0, reextracted.output
    (after,) = [e for e in events_json(db_url, "--all") if e["id"] == target["id"]]
    assert (after["killed"], after["status"]) == (99, "reviewed")


def test_events_cli_no_extract_then_reextract(backend: Backend, tmp_path: Path) -> None:
    db_url = backend.fresh()
    shutil.copy(SAMPLE / "text" / "2022-12-14_andahuaylas-funerals.txt", tmp_path)
    shutil.copy(SAMPLE / "text" / "2023-01-12_cusco-dirigente-fallecido.txt", tmp_path)
    stored = run("ingest", str(tmp_path), "--db", db_url, "--no-extract", "--format", "json")
    assert json.loads(stored.stdout) == {
        "ingested": 2,
        "duplicates": 0,
        "quarantined": 0,
        "failed": 0,
        "events": 0,
    }
    assert run("reextract", "--db", db_url, "--only-unextracted").exit_code == 0
    assert events_json(db_url, "--all")


@pytest.mark.parametrize("path", MY_COMMANDS, ids=lambda p: " ".join(p))
def test_events_cli_commands_have_help(path: list[str]) -> None:
    command: click.Command = main
    for name in path:
        assert isinstance(command, click.Group)
        command = command.commands[name]
    assert command.help and len(command.help) > 40
    assert run(*path, "--help").exit_code == 0


def test_events_cli_dates_must_be_iso(sample_db: str) -> None:
    result = CliRunner().invoke(main, ["events", "--db", sample_db, "--from", "9/1/2023"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output or "%Y-%m-%d" in result.output
