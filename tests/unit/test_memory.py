"""Free heap memory handed back to the system (``veeduria._memory``)."""

from __future__ import annotations

import os
import sys

import pytest

from veeduria._memory import release_free_memory

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="glibc's malloc_trim is what is tested"
)


def _resident() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_release_free_memory_returns_freed_heap_pages_kept_among_live_values() -> None:
    # 8 KB values come from the C heap (not Python's small-object allocator) and below
    # the size glibc maps on its own; every sixteenth one and the last stay alive, so
    # that the heap's top is pinned and the freed runs sit between live values
    values = [bytes([i % 251]) * 8192 for i in range(20_000)]
    kept = values[::16] + values[-1:]
    del values
    before = _resident()
    released = release_free_memory()
    after = _resident()
    assert released
    freed = (20_000 - len(kept)) * 8192
    assert before - after > freed // 2, (before, after, freed)
    assert all(len(v) == 8192 for v in kept)  # what lives is untouched
