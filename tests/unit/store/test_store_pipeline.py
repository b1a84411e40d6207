"""run_ingest, retry_quarantine and reextract against a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from veeduria import pipeline
from veeduria.config import Settings
from veeduria.extract import Resources
from veeduria.models import Document, Extraction, Mention, TextRef
from veeduria.pipeline import ProgressEvent, reextract, retry_quarantine, run_ingest
from veeduria.store import Store


def with_settings(settings: Settings, **changes: object) -> Settings:
    return Settings(values={**settings.values, **changes}, origins=settings.origins)


def write_corpus(directory: Path, n: int, prefix: str = "doc") -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = directory / f"{prefix}{i:03d}.txt"
        path.write_text(
            f"Número {i}: cientos de manifestantes marcharon en Lima el lunes {prefix}.",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def fake_extract(mentions_per_doc: int = 1, *, fail_on: str | None = None):  # type: ignore[no-untyped-def]
    """An extractor stand-in that gives every document ``mentions_per_doc`` mentions."""

    def extract(doc: Document, resources: Resources) -> Extraction:
        if fail_on is not None and fail_on in doc.text:
            raise RuntimeError(f"boom on {fail_on}")
        events = tuple(
            Mention(
                event_type="Protests",
                sub_event_type="Peaceful protest",
                mode="march",
                plover=None,
                cameo=None,
                factuality="asserted",
                trigger=TextRef(doc.text[k : k + 1], (k, k + 1)),
                sentence=(0, len(doc.text)),
            )
            for k in range(mentions_per_doc)
        )
        return Extraction(document=doc, events=events, versions={"events.es": "test"})

    return extract


def test_pipeline_ingest_counts_and_is_idempotent(
    fresh_store: Store, settings: Settings, tmp_path: Path
) -> None:
    write_corpus(tmp_path / "src", 7)
    settings = with_settings(settings, batch_size=3)
    first = run_ingest([str(tmp_path / "src")], settings, fresh_store)
    events = fresh_store.events.totals()["events"]
    assert first.summary() == {
        "ingested": 7,
        "duplicates": 0,
        "quarantined": 0,
        "failed": 0,
        "events": events,
    }
    assert len(first.documents) == 7 and not first.nothing_read and events > 0
    second = run_ingest([str(tmp_path / "src")], settings, fresh_store)
    assert second.summary() == {
        "ingested": 0,
        "duplicates": 7,
        "quarantined": 0,
        "failed": 0,
        "events": events,
    }
    counts = fresh_store.counts()
    assert counts["documents"] == 7 and counts["runs"] == 2
    assert all(r["finished_at"] is not None for r in fresh_store.runs())
    # every stored document went through extraction
    assert list(fresh_store.iter_documents(only_unextracted=True)) == []


def test_pipeline_same_text_twice_in_one_run_is_one_document(
    fresh_store: Store, settings: Settings, tmp_path: Path
) -> None:
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text("El mismo texto en tres archivos.", encoding="utf-8")
    report = run_ingest([str(tmp_path)], settings, fresh_store)
    assert (report.ingested, report.duplicates) == (1, 2)


def test_pipeline_stores_mentions_with_their_document(
    fresh_store: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "extract", fake_extract(3))
    write_corpus(tmp_path, 4)
    report = run_ingest([str(tmp_path)], with_settings(settings, batch_size=2), fresh_store)
    assert report.ingested == 4
    assert fresh_store.counts()["mentions"] == 12
    stored = fresh_store.extraction(report.documents[0])
    assert stored is not None and len(stored.events) == 3
    assert stored.extractor_version == pipeline.EXTRACTOR


def test_pipeline_isolates_an_extraction_failure(
    fresh_store: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "extract", fake_extract(1, fail_on="Número 2:"))
    write_corpus(tmp_path / "src", 5)
    report = run_ingest([str(tmp_path / "src")], settings, fresh_store)
    assert report.summary() == {
        "ingested": 4,
        "duplicates": 0,
        "quarantined": 0,
        "failed": 1,
        "events": 4,
    }
    (entry,) = fresh_store.quarantine_entries()
    assert (entry.stage, entry.code) == ("extract", "E200")
    assert entry.path.endswith("doc002.txt") and "boom" in entry.message
    assert entry.record is not None and not fresh_store.has_document(entry.record)

    # still broken: one more attempt
    again = retry_quarantine(settings, fresh_store)
    assert (again.resolved, again.still_failing) == (0, 1)
    assert fresh_store.quarantine_entries()[0].attempts == 2

    # fixed extractor: the retry stores the document and resolves the entry
    monkeypatch.setattr(pipeline, "extract", fake_extract(1))
    fixed = retry_quarantine(settings, fresh_store)
    assert fixed.summary() == {
        "retried": 1,
        "resolved": 1,
        "still_failing": 0,
        "skipped": 0,
        "ingested": 1,
        "duplicates": 0,
    }
    assert fresh_store.quarantine_entries() == []
    assert fresh_store.counts()["documents"] == 5 and fresh_store.counts()["mentions"] == 5


def test_pipeline_interrupted_run_leaves_whole_batches(
    fresh_store: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that dies mid-batch keeps only committed batches, each document complete."""
    write_corpus(tmp_path, 10)
    good = fake_extract(2)
    calls = {"n": 0}

    def dying(doc: Document, resources: Resources) -> Extraction:
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt  # not an Exception: the run stops here
        return good(doc, resources)  # type: ignore[no-any-return]

    monkeypatch.setattr(pipeline, "extract", dying)
    batched = with_settings(settings, batch_size=4)
    with pytest.raises(KeyboardInterrupt):
        run_ingest([str(tmp_path)], batched, fresh_store)
    counts = fresh_store.counts()
    assert (counts["documents"], counts["mentions"]) == (4, 8)
    assert fresh_store.runs()[0]["finished_at"] is None

    monkeypatch.setattr(pipeline, "extract", good)
    report = run_ingest([str(tmp_path)], batched, fresh_store)
    assert (report.ingested, report.duplicates) == (6, 4)
    counts = fresh_store.counts()
    assert (counts["documents"], counts["mentions"]) == (10, 20)


def test_pipeline_document_stored_meanwhile_is_a_duplicate(
    fresh_store: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a batch is refused, documents are retried one by one; the rest is stored."""
    monkeypatch.setattr(pipeline, "extract", fake_extract(2))
    paths = write_corpus(tmp_path / "src", 5)
    first = run_ingest([str(paths[2])], settings, fresh_store)
    # as if another process stored it after the check made before writing
    real = Store.existing_ids

    def unseen(self: Store, ids: object, *, conn: object = None) -> set[str]:
        return set() if conn is None else real(self, ids, conn=conn)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "existing_ids", unseen)
    report = run_ingest([str(tmp_path / "src")], settings, fresh_store)
    assert (report.ingested, report.duplicates, report.failed) == (4, 1, 0)
    counts = fresh_store.counts()
    assert (counts["documents"], counts["mentions"]) == (5, 10)
    assert first.documents[0] not in report.documents


def test_pipeline_precomputed_extraction_stores_the_same_rows(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Extractions made elsewhere (a Dask worker) go through the same storing path."""
    from veeduria.ingest import read_source

    monkeypatch.setattr(pipeline, "extract", fake_extract(2, fail_on="Número 1:"))
    paths = write_corpus(tmp_path / "src", 4)
    stores = {}
    for name in ("here", "elsewhere"):
        store = Store.open(f"sqlite:///{tmp_path / name}.db")
        stores[name] = store
        if name == "here":
            run_ingest([str(p) for p in paths], settings, store, resolve_events=False)
            continue
        state = pipeline._Ingester(store, settings, True, None)
        for path in paths:
            for doc in read_source(path, settings):
                assert isinstance(doc, Document)
                try:
                    made = pipeline.Extracted(
                        rows=pipeline.extraction_rows(doc, pipeline.extract(doc, None))  # type: ignore[arg-type]
                    )
                except RuntimeError as err:
                    made = pipeline.Extracted(error=pipeline.failure_message(err))
                state.add_document(doc, made)
        state.flush()
        assert state.counts() == {"ingested": 3, "duplicates": 0, "quarantined": 0, "failed": 1}
    try:
        here, there = stores["here"], stores["elsewhere"]
        assert {**here.counts(), "runs": 0} == there.counts()
        for doc in here.iter_documents():
            assert here.extraction(doc.id) == there.extraction(doc.id)
        assert [(e.path, e.stage, e.code, e.message) for e in here.quarantine_entries()] == [
            (e.path, e.stage, e.code, e.message) for e in there.quarantine_entries()
        ]
    finally:
        for store in stores.values():
            store.close()


def test_pipeline_precomputed_without_extraction_is_an_error(
    fresh_store: Store, settings: Settings, tmp_path: Path
) -> None:
    from veeduria.errors import StorageError

    state = pipeline._Ingester(fresh_store, settings, True, None)
    state.add_document(Document(id="a" * 64, text="x", language="es"), pipeline.Extracted())
    with pytest.raises(StorageError, match="no extraction"):
        state.flush()


def test_pipeline_quarantines_unreadable_sources(
    fresh_store: Store, settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "bad.json").write_text('[{"text": "bien"}, {"title": "sin texto"}', "utf-8")
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    report = run_ingest(
        [str(tmp_path / "bad.json"), str(tmp_path / "empty.txt"), str(tmp_path / "nope")],
        settings,
        fresh_store,
    )
    assert report.ingested == 0 and report.quarantined == 3 and report.nothing_read
    paths = {Path(e.path).name for e in fresh_store.quarantine_entries()}
    assert paths == {"bad.json", "empty.txt", "nope"}


def test_pipeline_retry_resolves_a_fixed_file(
    fresh_store: Store, settings: Settings, tmp_path: Path
) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"text": "Primer registro, correcto."})
        + "\n"
        + json.dumps({"title": "sin texto"})
        + "\n",
        encoding="utf-8",
    )
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    first = run_ingest([str(tmp_path)], settings, fresh_store)
    assert (first.ingested, first.quarantined) == (1, 2)
    assert {(Path(e.path).name, e.record) for e in fresh_store.quarantine_entries()} == {
        ("records.jsonl", "1"),
        ("broken.json", None),
    }

    records.write_text(
        json.dumps({"text": "Primer registro, correcto."})
        + "\n"
        + json.dumps({"text": "Segundo registro, ya con texto."})
        + "\n",
        encoding="utf-8",
    )
    report = retry_quarantine(settings, fresh_store)
    assert (report.retried, report.resolved, report.still_failing) == (2, 1, 1)
    assert (report.ingested, report.duplicates) == (1, 1)
    (left,) = fresh_store.quarantine_entries()
    assert Path(left.path).name == "broken.json" and left.attempts == 2


def test_pipeline_versions_by_url(fresh_store: Store, settings: Settings, tmp_path: Path) -> None:
    url = "https://example.org/nota-1"
    source = tmp_path / "nota.json"
    ids = []
    for text in ("Primera versión de la nota.", "Segunda versión, corregida."):
        source.write_text(json.dumps({"text": text, "url": url}), encoding="utf-8")
        report = run_ingest([str(source)], settings, fresh_store)
        ids.extend(report.documents)
    assert len(ids) == 2
    assert fresh_store.versions(url) == ids
    info = fresh_store.document_info(ids[1])
    assert info is not None and info["previous_id"] == ids[0]


def test_pipeline_no_extract_then_reextract(
    fresh_store: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path, 3)
    report = run_ingest([str(tmp_path)], settings, fresh_store, extract=False)
    assert report.ingested == 3
    assert len(list(fresh_store.iter_documents(only_unextracted=True))) == 3

    monkeypatch.setattr(pipeline, "extract", fake_extract(1))
    events: list[ProgressEvent] = []
    first = reextract(fresh_store, settings, only_unextracted=True, progress=events.append)
    assert first.summary() == {"documents": 3, "mentions": 3, "failed": 0}
    assert [e.kind for e in events] == ["reextracted"] * 3
    assert list(fresh_store.iter_documents(only_unextracted=True)) == []

    # a lexicon change: every document's mentions are replaced, not added to
    monkeypatch.setattr(pipeline, "extract", fake_extract(2, fail_on="Número 0:"))
    second = reextract(fresh_store, settings)
    assert second.summary() == {"documents": 2, "mentions": 4, "failed": 1}
    assert fresh_store.counts()["mentions"] == 1 + 4
    assert [e.stage for e in fresh_store.quarantine_entries()] == ["extract"]


def test_pipeline_stdin_given_date_and_language(fresh_store: Store, settings: Settings) -> None:
    report = run_ingest(
        ["-"],
        settings,
        fresh_store,
        stdin_text="Protesters marched in Lima on Monday.",
        published=dt.date(2023, 1, 10),
        language="en",
    )
    assert report.ingested == 1
    doc = fresh_store.get_document(report.documents[0])
    assert doc is not None
    assert (doc.origin, doc.language, doc.published) == ("-", "en", dt.date(2023, 1, 10))


def test_pipeline_uncoded_language_is_stored_with_a_warning(
    fresh_store: Store, settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "pt.txt").write_text("Manifestantes marcharam em Lima.", encoding="utf-8")
    report = run_ingest([str(tmp_path)], settings, fresh_store, language="pt")
    stored = fresh_store.extraction(report.documents[0])
    assert stored is not None and stored.extractor_version == pipeline.EXTRACTOR
    assert [w["code"] for w in stored.warnings] == ["W_LANGUAGE_SKIPPED"]


def test_pipeline_progress_events(fresh_store: Store, settings: Settings, tmp_path: Path) -> None:
    write_corpus(tmp_path, 3)
    (tmp_path / "x.bin").write_bytes(b"\x00\x01")
    events: list[ProgressEvent] = []
    run_ingest([str(tmp_path)], settings, fresh_store, progress=events.append)
    kinds = [e.kind for e in events]
    assert kinds[0] == "discovered" and events[0].total == 4
    assert kinds.count("source_done") == 4 and kinds.count("ingested") == 3
    assert kinds.count("quarantined") == 1
    assert events[-1].done == 4
