"""Finding files: paths, directories, glob patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from veeduria.ingest import discover

TREE = [
    "a.txt",
    "b/c.html",
    "b/d/e.jsonl",
    "b/notes.docx",
    ".hidden.txt",
    ".git/config.txt",
    "b/.cache/f.txt",
]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in TREE:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("texto", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        (["."], ["a.txt", "b/c.html", "b/d/e.jsonl", "b/notes.docx"]),
        (["b"], ["b/c.html", "b/d/e.jsonl", "b/notes.docx"]),
        (["a.txt"], ["a.txt"]),
        ([".hidden.txt"], [".hidden.txt"]),  # named explicitly: kept
        (["*.txt"], ["a.txt"]),
        (["**/*.txt"], ["a.txt"]),
        (["b/**/*.jsonl"], ["b/d/e.jsonl"]),
        (["b/*"], ["b/c.html", "b/d/e.jsonl", "b/notes.docx"]),
        (["a.txt", ".", "a.txt"], ["a.txt", "b/c.html", "b/d/e.jsonl", "b/notes.docx"]),
    ],
)
def test_discover_inputs(tree: Path, inputs: list[str], expected: list[str]) -> None:
    files, failures = discover(inputs)
    assert failures == []
    assert [p.as_posix() for p in files] == expected


@pytest.mark.parametrize(
    ("inputs", "failed"),
    [
        (["missing.txt"], ["missing.txt"]),
        (["*.csv"], ["*.csv"]),
        (["empty"], ["empty"]),
        (["a.txt", "nope/**/*.html", "gone"], ["nope/**/*.html", "gone"]),
    ],
)
def test_discover_reports_inputs_matching_nothing(
    tree: Path, inputs: list[str], failed: list[str]
) -> None:
    _, failures = discover(inputs)
    assert [f.path for f in failures] == failed
    assert {(f.code, f.stage) for f in failures} == {("E110", "discover")}
    assert all(f.message for f in failures)
