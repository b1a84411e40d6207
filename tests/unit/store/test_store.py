"""Store round-trips, idempotency, versions, quarantine and migrations, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy.exc import IntegrityError

import veeduria.store
from veeduria.errors import StorageError
from veeduria.extract.serialize import extraction_to_dict
from veeduria.models import (
    Actor,
    Attribution,
    Claim,
    Count,
    DateValue,
    Document,
    Extraction,
    Location,
    Mention,
    Tally,
    TextRef,
    Warning,
)
from veeduria.store import Store, head_revision, mask_url, metadata
from veeduria.store._rows import ExtractionRows, mention_id, prepare_extraction
from veeduria.store.admin import describe, migrate_database
from veeduria.store.migrate import MIGRATIONS_DIR
from veeduria.store.schema import mentions

EXTRACTOR = "veeduria.rules@0.1.0"


def make_doc(text: str, **kwargs: object) -> Document:
    fields: dict[str, object] = {"language": "es", "origin": "a.txt", "origin_kind": "text"}
    fields.update(kwargs)
    return Document(id=hashlib.sha256(text.encode()).hexdigest(), text=text, **fields)  # type: ignore[arg-type]


def make_extraction(doc: Document) -> Extraction:
    mention = Mention(
        event_type="Protests",
        sub_event_type="Excessive force against protesters",
        mode="firearms",
        plover="ASSAULT",
        cameo="175",
        factuality="reported",
        trigger=TextRef("murieron", (40, 48)),
        sentence=(0, 80),
        date=DateValue(dt.date(2023, 1, 9), "day", "el lunes", (10, 18)),
        location=Location("Juliaca", (20, 27), name="Juliaca", admin1="Puno", iso="PE"),
        actor1=Actor("Police Forces of Peru", "State forces", 1, "COP", "la policía", (30, 40)),
        killed=Count(17, 17, None, "at_least", "al menos 17 muertos", (50, 70)),
        detained=Count(3, 3, 3, "exact", "tres detenidos", (71, 79)),
        attribution=Attribution("Defensoría del Pueblo", "según la Defensoría", (0, 19)),
        confidence=0.8125,
        rules=("r1",),
    )
    planned = Mention(
        event_type="Protests",
        sub_event_type="Peaceful protest",
        mode="march",
        plover=None,
        cameo=None,
        factuality="planned",
        trigger=TextRef("marcharán", (90, 99)),
        sentence=(81, 120),
    )
    return Extraction(
        document=doc,
        events=(mention, planned),
        claims=(Claim("demand", "resignation", "renuncia", (100, 108), target="Dina Boluarte"),),
        tallies=(
            Tally(
                "killed",
                59,
                "at_least",
                "59 muertos",
                (110, 120),
                scope="Peru",
                since=dt.date(2022, 12, 7),
            ),
        ),
        warnings=(Warning("W_TEST", "a warning", (1, 2)), Warning("W_NOSPAN", "no span")),
        versions={"events.es": "2025.1.0"},
    )


def count(store: Store, table: str) -> int:
    return store.counts()[table]


@pytest.mark.parametrize("published", [dt.date(2023, 1, 10), None])
def test_store_round_trip_document_and_extraction(
    fresh_store: Store, published: dt.date | None
) -> None:
    doc = make_doc(
        "Al menos 17 murieron en Juliaca, según la Defensoría. Ñandú «comillas» 😀",
        url="https://example.org/a",
        title="Título",
        author="A. Autor",
        source_name="Diario",
        published=published,
        published_precision="day" if published else None,
        published_source="given" if published else "none",
        language_score=0.93,
    )
    extraction = make_extraction(doc)
    with fresh_store.transaction() as conn:
        fresh_store.add_document(conn, doc, extraction, extractor=EXTRACTOR)

    assert fresh_store.get_document(doc.id) == doc
    stored = fresh_store.extraction(doc.id)
    expected = extraction_to_dict(extraction)
    assert stored is not None
    assert stored.extractor_version == EXTRACTOR
    assert stored.events == expected["events"]
    assert stored.claims == expected["claims"]
    assert stored.tallies == expected["tallies"]
    assert stored.warnings == expected["warnings"]
    with fresh_store.engine.connect() as conn:
        row = conn.execute(sa.select(mentions).order_by(mentions.c.ordinal)).mappings().first()
    assert row is not None
    assert row["id"] == mention_id(doc.id, EXTRACTOR, extraction.events[0])
    assert (row["killed"], row["detained"], row["injured"]) == (17, 3, None)
    assert (row["admin1"], row["location_text"], row["date_precision"]) == (
        "Puno",
        "Juliaca",
        "day",
    )
    assert row["date"] == dt.date(2023, 1, 9)
    info = fresh_store.document_info(doc.id)
    assert info is not None and info["ingested_at"].tzinfo is not None


def test_store_unextracted_document_has_no_extractor_version(fresh_store: Store) -> None:
    doc = make_doc("Texto sin extraer.")
    with fresh_store.transaction() as conn:
        fresh_store.add_document(conn, doc, None, extractor=None)
    stored = fresh_store.extraction(doc.id)
    assert stored is not None and stored.extractor_version is None and stored.events == []
    assert [d.id for d in fresh_store.iter_documents(only_unextracted=True)] == [doc.id]


def test_store_duplicate_id_is_refused_and_rolls_back(fresh_store: Store) -> None:
    doc = make_doc("Un texto.")
    with fresh_store.transaction() as conn:
        fresh_store.add_document(conn, doc, make_extraction(doc), extractor=EXTRACTOR)
    before = fresh_store.counts()
    with pytest.raises(IntegrityError):
        with fresh_store.transaction() as conn:
            fresh_store.add_document(conn, doc, make_extraction(doc), extractor=EXTRACTOR)
    assert fresh_store.counts() == before


def test_store_savepoint_keeps_the_rest_of_a_batch(fresh_store: Store) -> None:
    first, second = make_doc("Primero."), make_doc("Segundo.")
    with fresh_store.transaction() as conn:
        fresh_store.add_document(conn, first, make_extraction(first), extractor=EXTRACTOR)
    with fresh_store.transaction() as conn:
        with pytest.raises(IntegrityError), conn.begin_nested():
            fresh_store.add_document(conn, first, make_extraction(first), extractor=EXTRACTOR)
        with conn.begin_nested():
            fresh_store.add_document(conn, second, make_extraction(second), extractor=EXTRACTOR)
    assert fresh_store.existing_ids([first.id, second.id, "x"]) == {first.id, second.id}
    assert count(fresh_store, "mentions") == 4


def test_store_changed_text_at_same_url_is_a_new_version(fresh_store: Store) -> None:
    url = "https://example.org/nota"
    v1, v2, v3 = (make_doc(f"Versión {i} del texto.", url=url) for i in (1, 2, 3))
    other = make_doc("Otro documento.", url="https://example.org/otra")
    previous = []
    for doc in (v1, other, v2, v3):
        with fresh_store.transaction() as conn:
            previous.append(fresh_store.add_document(conn, doc, None, extractor=None))
    assert previous == [None, None, v1.id, v2.id]
    assert fresh_store.versions(url) == [v1.id, v2.id, v3.id]
    info = fresh_store.document_info(v3.id)
    assert info is not None and info["previous_id"] == v2.id


@pytest.mark.parametrize(
    "urls",
    [
        ("u1", "u1", "u1"),
        ("u1", None, "u2", "u1", "u2", "u1"),
        (None, None),
    ],
)
def test_store_add_documents_equals_one_at_a_time(fresh_store: Store, urls) -> None:
    """A batch stores the rows, versions included, that one document at a time stores."""
    when = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    found = []
    for side in ("one", "batch"):
        host = f"https://{side}.example"
        before = make_doc(f"{side}: versión guardada antes.", url=f"{host}/u1")
        docs = [
            make_doc(f"{side}: texto número {i}.", url=None if u is None else f"{host}/{u}")
            for i, u in enumerate(urls)
        ]
        with fresh_store.transaction() as conn:
            fresh_store.add_document(conn, before, None, extractor=None, ingested_at=when)
        later = when + dt.timedelta(hours=1)
        with fresh_store.transaction() as conn:
            if side == "one":
                previous = [
                    fresh_store.add_document(
                        conn, d, make_extraction(d), extractor=EXTRACTOR, ingested_at=later
                    )
                    for d in docs
                ]
            else:
                items = [(d, prepare_extraction(d.id, make_extraction(d), EXTRACTOR)) for d in docs]
                previous = fresh_store.add_documents(conn, items, ingested_at=later)
        position = {d.id: i for i, d in enumerate(docs)} | {before.id: "before"}
        infos = [fresh_store.document_info(d.id) or {} for d in docs]
        assert previous == [i["previous_id"] for i in infos]
        extractions = [fresh_store.extraction(d.id) for d in docs]
        found.append(
            (
                [None if p is None else position[p] for p in previous],
                [len(e.events) + len(e.claims) + len(e.tallies) for e in extractions if e],
                [(i["ingested_at"], i["extractor_version"]) for i in infos],
            )
        )
    assert found[0] == found[1]


def test_store_add_documents_refuses_a_whole_batch_with_one_stored_document(
    fresh_store: Store,
) -> None:
    first, second = make_doc("Ya guardado."), make_doc("Nuevo.")
    with fresh_store.transaction() as conn:
        fresh_store.add_document(conn, first, None, extractor=None)
    with fresh_store.transaction() as conn:
        with pytest.raises(IntegrityError), conn.begin_nested():
            fresh_store.add_documents(conn, [(second, None), (first, None)])
    assert fresh_store.existing_ids([first.id, second.id]) == {first.id}


def test_store_add_documents_rejects_rows_of_another_document(fresh_store: Store) -> None:
    doc, other = make_doc("Uno."), make_doc("Otro.")
    rows = prepare_extraction(other.id, make_extraction(other), EXTRACTOR)
    with pytest.raises(ValueError, match="rows of"):
        with fresh_store.transaction() as conn:
            fresh_store.add_documents(conn, [(doc, rows)])


def test_store_extraction_rows_json_round_trip() -> None:
    doc = make_doc("Texto con fechas.")
    rows = prepare_extraction(doc.id, make_extraction(doc), EXTRACTOR)
    again = ExtractionRows.from_json(rows.to_json())
    assert again == rows
    assert again.tables["mentions"][0]["date"] == dt.date(2023, 1, 9)
    assert again.tables["tallies"][0]["since"] == dt.date(2022, 12, 7)
    assert again.mentions == 2


def test_store_replace_extraction(fresh_store: Store) -> None:
    doc = make_doc("Texto con eventos.")
    with fresh_store.transaction() as conn:
        fresh_store.add_document(conn, doc, make_extraction(doc), extractor=EXTRACTOR)
    smaller = Extraction(document=doc, warnings=(Warning("W_X", "x"),))
    with fresh_store.transaction() as conn:
        fresh_store.replace_extraction(conn, doc.id, smaller, extractor="veeduria.rules@0.2.0")
    stored = fresh_store.extraction(doc.id)
    assert stored is not None
    assert stored.extractor_version == "veeduria.rules@0.2.0"
    assert (stored.events, stored.claims, stored.tallies) == ([], [], [])
    assert stored.warnings == [{"code": "W_X", "message": "x", "span": None}]


def test_store_deleting_a_document_cascades(fresh_store: Store) -> None:
    doc = make_doc("Se borrará.")
    with fresh_store.transaction() as conn:
        fresh_store.add_document(conn, doc, make_extraction(doc), extractor=EXTRACTOR)
        conn.execute(sa.text("DELETE FROM documents WHERE id = :id"), {"id": doc.id})
    counts = fresh_store.counts()
    assert counts["mentions"] == counts["claims"] == counts["doc_warnings"] == 0


def test_store_refuses_orphan_mentions(fresh_store: Store) -> None:
    doc = make_doc("Huérfano.")
    with pytest.raises(IntegrityError):
        with fresh_store.transaction() as conn:
            fresh_store._insert_extraction(conn, doc.id, make_extraction(doc), EXTRACTOR)


@pytest.mark.parametrize(
    ("record", "code", "expected_rows"),
    [(None, "E101", 1), ("3", "E106", 2), (None, "E102", 2)],
)
def test_store_quarantine_upsert_counts_attempts(
    fresh_store: Store, record: str | None, code: str, expected_rows: int
) -> None:
    with fresh_store.transaction() as conn:
        fresh_store.record_failure(conn, path="a.json", stage="read", code="E101", message="m1")
    with fresh_store.transaction() as conn:
        fresh_store.record_failure(
            conn, path="a.json", stage="parse", code=code, message="m2", record=record
        )
    entries = fresh_store.quarantine_entries()
    assert len(entries) == expected_rows
    if expected_rows == 1:
        (entry,) = entries
        assert (entry.attempts, entry.message, entry.stage) == (2, "m2", "parse")
        assert entry.last_seen >= entry.first_seen
    else:
        assert sorted(e.attempts for e in entries) == [1, 1]
        assert {e.record for e in entries} == {None, record}


def test_store_quarantine_resolve_and_reopen(fresh_store: Store) -> None:
    with fresh_store.transaction() as conn:
        fresh_store.record_failure(conn, path="b.txt", stage="decode", code="E102", message="m")
    (entry,) = fresh_store.quarantine_entries()
    with fresh_store.transaction() as conn:
        assert fresh_store.resolve(conn, [entry.id]) == 1
        assert fresh_store.resolve(conn, [entry.id]) == 0
    assert fresh_store.quarantine_entries() == []
    (resolved,) = fresh_store.quarantine_entries(include_resolved=True)
    assert resolved.resolved_at is not None
    with fresh_store.transaction() as conn:
        fresh_store.record_failure(conn, path="b.txt", stage="decode", code="E102", message="m")
    (reopened,) = fresh_store.quarantine_entries()
    assert (reopened.id, reopened.attempts, reopened.resolved_at) == (entry.id, 2, None)


def test_store_runs_are_recorded(fresh_store: Store) -> None:
    run_id = fresh_store.start_run("ingest")
    assert fresh_store.runs()[0]["finished_at"] is None
    fresh_store.finish_run(run_id, {"ingested": 2})
    (run,) = fresh_store.runs()
    assert (run["id"], run["command"], run["counts"]) == (run_id, "ingest", {"ingested": 2})
    assert run["finished_at"] >= run["started_at"]


def test_store_open_is_idempotent_and_at_head(db_url: str) -> None:
    for _ in range(2):
        with Store.open(db_url) as store:
            assert store.revision() == head_revision()
    assert migrate_database(db_url) == (head_revision(), head_revision())


def test_store_schema_matches_migrations(fresh_store: Store) -> None:
    with fresh_store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
        tables = set(sa.inspect(conn).get_table_names())
    assert tables == {t.name for t in metadata.sorted_tables} | {"alembic_version"}
    assert {"events", "event_mentions", "event_reviews"} <= tables


def test_store_rejects_a_newer_schema(db_url: str) -> None:
    with Store.open(db_url) as store, store.transaction() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StorageError, match="9999_future") as info:
        Store.open(db_url)
    assert info.value.code == "E303"


def test_store_describe_reports_counts_and_revision(fresh_store: Store, db_url: str) -> None:
    doc = make_doc("Contar.")
    with fresh_store.transaction() as conn:
        fresh_store.add_document(conn, doc, make_extraction(doc), extractor=EXTRACTOR)
    info = describe(db_url)
    assert info.revision == info.head == head_revision()
    assert info.tables["documents"] == 1 and info.tables["mentions"] == 2
    assert info.backend == fresh_store.dialect


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql+psycopg://me:s3cret@db.example/v", "postgresql+psycopg://me:***@db.example/v"),
        ("sqlite:///veeduria.db", "sqlite:///veeduria.db"),
    ],
)
def test_store_mask_url_hides_passwords(url: str, expected: str) -> None:
    assert mask_url(url) == expected


@pytest.mark.parametrize("url", ["mysql://x@y/z", "not a url"])
def test_store_open_rejects_unsupported_urls(url: str) -> None:
    with pytest.raises(StorageError, match="E301|unsupported|invalid"):
        Store.open(url)


def test_store_open_unreachable_server_names_the_url() -> None:
    with pytest.raises(StorageError, match=r"\*\*\*@127.0.0.1:1/") as info:
        Store.open("postgresql+psycopg://u:pw@127.0.0.1:1/x?connect_timeout=2")
    assert "pw" not in str(info.value)


def test_store_sqlite_pragmas(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'p.db'}") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 16_384


def test_store_keeps_the_page_size_of_an_existing_file(tmp_path: Path) -> None:
    """A file made elsewhere (or by an earlier version) at 4 KB opens and keeps its pages."""
    import sqlite3

    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA page_size = 4096")
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    with Store.open(f"sqlite:///{path}") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert "documents" in sa.inspect(conn).get_table_names()


def test_store_describe_missing_sqlite_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no database"):
        describe(f"sqlite:///{tmp_path / 'missing.db'}")
    assert not (tmp_path / "missing.db").exists()


_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
)


@hsettings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=_text,
    title=st.none() | _text,
    url=st.none() | _text,
    published=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    score=st.none() | st.floats(0, 1),
)
def test_store_round_trip_property(
    fresh_store: Store,
    text: str,
    title: str | None,
    url: str | None,
    published: dt.date | None,
    score: float | None,
) -> None:
    doc = Document(
        id=secrets.token_hex(32),
        text=text,
        language="es",
        title=title,
        url=url,
        published=published,
        published_precision="day" if published else None,
        language_score=score,
    )
    with fresh_store.transaction() as conn:
        fresh_store.add_document(conn, doc, Extraction(document=doc), extractor=EXTRACTOR)
    assert fresh_store.get_document(doc.id) == doc


def test_store_migrations_do_not_depend_on_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with Store.open("sqlite:///relative.db") as store:
        assert store.revision() == head_revision()
    assert (tmp_path / "relative.db").exists()
    assert MIGRATIONS_DIR.is_relative_to(Path(veeduria.store.__file__).parent)
