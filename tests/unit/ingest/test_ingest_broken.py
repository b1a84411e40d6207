"""Every file in tests/data/broken/ fails with exactly the expected code."""

from __future__ import annotations

from pathlib import Path

import pytest

from veeduria.config import Settings, load_settings
from veeduria.ingest import SourceFailure, read_source
from veeduria.models import Document

# file -> (failure codes in order, stage of the first failure, documents still read)
BROKEN: dict[str, tuple[list[str], str, int]] = {
    "binary.txt": (["E101"], "decode", 0),
    "latin1.txt": (["E102"], "decode", 0),
    "empty.txt": (["E103"], "decode", 0),
    "whitespace.md": (["E103"], "decode", 0),
    "truncated.html": (["E105"], "parse", 0),
    "malformed.json": (["E106"], "parse", 0),
    "badrecord.jsonl": (["E106"], "parse", 1),
    "ragged.csv": (["E107"], "parse", 0),
    "truncated.rss": (["E108"], "parse", 0),
    "notes.docx": (["E109"], "detect", 0),
}


def test_broken_table_covers_every_file(broken_data: Path) -> None:
    assert sorted(p.name for p in broken_data.iterdir()) == sorted(BROKEN)


@pytest.mark.parametrize(("name", "expected"), sorted(BROKEN.items()))
def test_broken_file_yields_expected_failure(
    name: str, expected: tuple[list[str], str, int], broken_data: Path, settings: Settings
) -> None:
    codes, stage, documents = expected
    path = broken_data / name
    items = list(read_source(path, settings))
    failures = [item for item in items if isinstance(item, SourceFailure)]
    assert [f.code for f in failures] == codes
    assert failures[0].stage == stage
    assert sum(isinstance(item, Document) for item in items) == documents
    for failure in failures:
        assert failure.path == str(path)
        assert len(failure.message) > 20
        assert str(path) in str(failure)


def test_broken_jsonl_failure_has_record_index(broken_data: Path, settings: Settings) -> None:
    document, failure = read_source(broken_data / "badrecord.jsonl", settings)
    assert isinstance(document, Document)
    assert isinstance(failure, SourceFailure)
    assert failure.record == 1
    assert "line 2" in failure.message


def test_broken_latin1_message_says_how_to_convert(broken_data: Path, settings: Settings) -> None:
    (failure,) = read_source(broken_data / "latin1.txt", settings)
    assert isinstance(failure, SourceFailure)
    assert "UTF-8" in failure.message
    assert "iconv" in failure.message


@pytest.mark.parametrize("name", ["es_paro.txt", "records.csv", "feed.rss", "es_article.html"])
def test_oversize_file_is_refused_before_reading(
    name: str, ingest_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tiny = load_settings(overrides={"max_file_bytes": 10}, env={})

    def no_read(self: Path) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    (failure,) = read_source(ingest_data / name, tiny)
    assert isinstance(failure, SourceFailure)
    assert (failure.code, failure.stage) == ("E104", "read")
    assert "max_file_bytes" in failure.message
