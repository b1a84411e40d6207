"""Memory a process has freed, handed back to the system where the C library allows it.

glibc keeps what a process frees inside its heaps, for the next allocations. A long run
that reads large values for a while (documents' texts compared for copies, mentions' JSON
sent to Dask workers, the messages that carry them) among small values that live on ends
up with heaps mostly free and still resident: a Dask ingest of 100,000 documents held
about 700 MB of such free memory in its client after planning the resolution, and the
resident size never came down. ``malloc_trim(0)`` returns every free page of every heap
to the system at once (a few milliseconds for a heap of a gigabyte).

Where there is no glibc (macOS, musl, Windows) nothing is done: those allocators return
memory on their own terms.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None when the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Give the free pages of the process's heaps back to the system.

    Returns True when some memory was released, False when none was or the C library
    cannot (then nothing is done).
    """
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


def clear_module_caches(packages: tuple[str, ...]) -> int:
    """Empty the ``functools`` caches of the functions defined at the top level of every
    loaded module of these packages (``("veeduria.extract",)`` covers its submodules).

    A process done with a stage (a Dask worker done extracting, before it clusters) drops
    what the stage's loaders keep for the life of the process: compiled lexicons, the
    gazetteer's name matcher, the language identifier. Returns how many caches held
    something.
    """
    cleared = 0
    for name, module in list(sys.modules.items()):
        if module is None or not any(name == p or name.startswith(p + ".") for p in packages):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            clear = getattr(value, "cache_clear", None)
            if info is None or clear is None or getattr(value, "__module__", None) != name:
                continue
            if info().currsize:
                cleared += 1
            clear()
    return cleared
