"""A bucket task's result kept in a file of its worker (``scale._resolve.SpilledSlices``)."""

from __future__ import annotations

import gc
import os
import pickle

import pytest

from veeduria.scale._resolve import BucketResult, SpilledSlices, sealed, unsealed


def _open_files() -> set[str]:
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.add(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue
    return found


def test_slices_read_back_in_any_order_and_travel_as_a_list() -> None:
    spilled = SpilledSlices()
    items = [bytes([k]) * (k * 1000 + 1) for k in range(5)]
    spilled.extend(items[:3])
    assert spilled[1] == items[1]  # a read between writes does not move where they go
    spilled.append(items[3])
    spilled.append(items[4])
    assert len(spilled) == 5 and spilled.nbytes == sum(map(len, items))
    assert [spilled[k] for k in (4, 0, 2, 1, 3)] == [items[k] for k in (4, 0, 2, 1, 3)]
    assert list(spilled) == items and spilled[1:3] == items[1:3]
    copy = pickle.loads(pickle.dumps(spilled))
    assert type(copy) is list and copy == items
    spilled.close()


def test_the_file_goes_when_the_slices_are_closed_or_forgotten() -> None:
    before = _open_files()
    spilled = SpilledSlices()
    spilled.append(b"x" * 10)
    assert len(_open_files() - before) == 1
    spilled.close()
    spilled.close()  # twice is harmless
    assert _open_files() - before == set()
    forgotten = SpilledSlices()
    forgotten.append(b"y")
    del forgotten
    gc.collect()
    assert _open_files() - before == set()


def test_a_result_spilled_to_a_file_gives_its_slices_in_order_and_then_removes_it() -> None:
    def slice_(k: int) -> bytes:
        return sealed(([({"id": str(k)}, [])], [{"m": str(k)}], []))

    before = _open_files()
    spilled = SpilledSlices()
    spilled.extend(slice_(k) for k in range(4))
    result = BucketResult(index=0, rows=[], events=4, packed=spilled)
    shell = result.shell()
    assert shell.remote == 4 and list(shell.packed) == []
    assert result.part(2) == slice_(2)
    got = [(rows[0][0]["id"], members[0]["m"]) for rows, members, _ in result.slices()]
    assert got == [(str(k), str(k)) for k in range(4)]
    assert _open_files() - before == set()


@pytest.mark.parametrize(
    "value",
    [
        ([({"id": "e1", "data": '{"a": "\u00e9"}'}, [("m1", "d1")])], [{"m": "1"}], []),
        [[("m", "d", "{}")] * 3, []],
        "é" * 100_000,
        b"",
    ],
)
def test_sealed_values_come_back_equal_from_bytes_and_bytearrays(value: object) -> None:
    """Packs and result slices (``sealed``): the size of the pickle, then its zstd frame."""
    data = sealed(value)
    assert int.from_bytes(data[:8], "little") == len(pickle.dumps(value, protocol=5))
    assert unsealed(data) == value
    assert unsealed(bytearray(data)) == value
