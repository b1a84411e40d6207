"""The compiled cache: rebuilt in memory it equals what is on disk; a data change rebuilds it."""

from __future__ import annotations

import time

from veeduria.extract.terms import TermMatcher, fold
from veeduria.gazetteer import _index
from veeduria.gazetteer._index import (
    build_index,
    cache_path,
    load_index,
    load_matcher,
    matcher_path,
)


def test_gazetteer_cache_equals_a_fresh_build(tmp_path):
    cached = load_index(tmp_path)  # writes the cache
    files = list(tmp_path.glob("gazetteer-*.marshal"))
    assert len(files) == 1
    from_disk = _index._load(files[0].read_bytes())
    fresh = build_index()
    assert from_disk == fresh
    assert cached == fresh


def test_gazetteer_cache_is_keyed_by_the_data(tmp_path, monkeypatch):
    load_index(tmp_path)
    monkeypatch.setattr(_index._data, "fingerprint", lambda: "f" * 64)
    monkeypatch.setattr(_index, "build_index", lambda: build_index()._replace(fingerprint="f" * 64))
    index = load_index(tmp_path)
    assert index.fingerprint == "f" * 64
    assert cache_path(tmp_path, "f" * 64).exists()
    assert len(list(tmp_path.glob("gazetteer-*.marshal"))) == 2


def test_gazetteer_corrupt_cache_is_rebuilt(tmp_path, caplog):
    index = load_index(tmp_path)
    path = cache_path(tmp_path, index.fingerprint)
    path.write_bytes(b"not marshal")
    assert load_index(tmp_path) == index
    assert "unreadable" in caplog.text


def test_gazetteer_unwritable_cache_dir_still_loads(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert load_index(blocker / "sub").places


def test_gazetteer_load_time_reported(tmp_path, capsys):
    load_index(tmp_path)
    start = time.perf_counter()
    from veeduria.gazetteer import PlaceFinder

    finder = PlaceFinder(load_index(tmp_path))
    elapsed = time.perf_counter() - start
    with capsys.disabled():
        print(  # noqa: T201 - reported for the reader, not asserted: timings vary by machine
            f"\n[gazetteer] load from cache: {elapsed * 1000:.0f} ms, "
            f"{len(finder.index.places)} places, {len(finder.index.terms)} names"
        )


def test_gazetteer_matcher_cache_finds_what_a_fresh_matcher_finds(tmp_path):
    index = load_index(tmp_path)
    written = load_matcher(index, tmp_path)  # builds and writes it
    assert matcher_path(tmp_path, index).exists()
    read = load_matcher(index, tmp_path)  # reads it back
    fresh = TermMatcher(index.terms)
    text = fold("Police fired tear gas in Kathmandu; marchas en Juliaca, Puno y Santa Rosa.")
    assert read.scan(text) == fresh.scan(text) == written.scan(text)
    assert read.scan(text)


def test_gazetteer_corrupt_matcher_cache_is_rebuilt(tmp_path, caplog):
    index = load_index(tmp_path)
    matcher_path(tmp_path, index).write_bytes(b"not a pickle")
    matcher = load_matcher(index, tmp_path)
    assert matcher.scan(fold("Juliaca")) == TermMatcher(index.terms).scan(fold("Juliaca"))
    assert "unreadable" in caplog.text
