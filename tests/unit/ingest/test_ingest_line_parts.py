"""A JSON Lines file read in parts (``read_source(lines=...)``), as Dask partitions read
a large dump: the parts, one after the other, give what the whole file gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veeduria.config import load_settings
from veeduria.ingest import SourceFailure, read_source
from veeduria.models import Document


@pytest.fixture()
def settings():
    return load_settings(env={})


def _dump(path: Path) -> Path:
    lines = []
    for i in range(9):
        text = f"Comuneros de la provincia número {i} bloquearon la carretera durante la mañana."
        lines.append(json.dumps({"text": text, "published": "2023-01-0" + str(i % 9 + 1)}))
    lines[3] = '{"text": "una línea rota, "title": }'  # a bad record: failure at index 3
    lines.insert(6, "")  # a blank line is skipped wherever it falls
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _key(item: Document | SourceFailure) -> tuple:
    if isinstance(item, SourceFailure):
        return ("failure", item.stage, item.code, item.record)
    return ("document", item.id)


@pytest.mark.parametrize("cuts", [[0, None], [0, 3, None], [0, 1, 4, 6, 7, None], [0, 10, None]])
def test_parts_read_one_after_the_other_give_the_whole_file(tmp_path, settings, cuts):
    path = _dump(tmp_path / "dump.jsonl")
    whole = [_key(i) for i in read_source(path, settings)]
    parts = []
    for start, stop in zip(cuts, cuts[1:], strict=False):
        parts.extend(_key(i) for i in read_source(path, settings, lines=(start, stop)))
    assert parts == whole
    assert [k[3] for k in whole if k[0] == "failure"] == [3]  # the bad line, once
    assert sum(k[0] == "document" for k in whole) == 8


def test_a_failure_of_the_whole_file_comes_with_the_first_part_only(tmp_path, settings):
    missing = tmp_path / "gone.jsonl"
    first = list(read_source(missing, settings, lines=(0, 5)))
    later = list(read_source(missing, settings, lines=(5, None)))
    assert len(first) == 1 and isinstance(first[0], SourceFailure)
    assert first[0].stage == "read" and "gone.jsonl" in first[0].path
    assert later == []


def test_an_empty_file_fails_once(tmp_path, settings):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("  \n", encoding="utf-8")
    items = [
        *read_source(empty, settings, lines=(0, 1)),
        *read_source(empty, settings, lines=(1, None)),
    ]
    assert [type(i).__name__ for i in items] == ["SourceFailure"]


def test_parts_of_other_files_or_backwards_ranges_are_caller_errors(tmp_path, settings):
    text = tmp_path / "note.txt"
    text.write_text("Una marcha recorrió el centro.", encoding="utf-8")
    with pytest.raises(ValueError, match="only JSON Lines"):
        read_source(text, settings, lines=(0, 1))
    with pytest.raises(ValueError, match="not a range"):
        read_source(_dump(tmp_path / "d.jsonl"), settings, lines=(4, 2))
