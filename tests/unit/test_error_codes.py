"""Every error code the source raises is listed in docs/errors.md, and each code means one thing."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_CODE = re.compile(r"\bE\d{3}\b")


def _codes_in_source() -> set[str]:
    codes: set[str] = set()
    for path in (ROOT / "src" / "veeduria").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes.update(m.group(0) for m in re.finditer(r'"(E\d{3})"|\[(E\d{3})\]', text) for m in [m])
    return {c.strip('"[]') for c in codes}


def _documented() -> dict[str, int]:
    rows = [
        line
        for line in (ROOT / "docs" / "errors.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `E")
    ]
    counts: dict[str, int] = {}
    for line in rows:
        code = _CODE.search(line)
        assert code is not None
        counts[code.group(0)] = counts.get(code.group(0), 0) + 1
    return counts


def test_every_code_in_the_source_is_documented():
    missing = sorted(_codes_in_source() - set(_documented()))
    assert not missing, f"codes raised but not in docs/errors.md: {missing}"


def test_each_code_is_documented_once():
    assert all(n == 1 for n in _documented().values())
