"""docs/cli-reference.md is written from the commands' help: it must match the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location(
        "cli_reference", ROOT / "scripts" / "cli_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current():
    script = _script()
    expected = script.render()
    current = (ROOT / "docs" / "cli-reference.md").read_text(encoding="utf-8")
    assert current == expected, (
        "docs/cli-reference.md is out of date: run python scripts/cli_reference.py"
    )


def test_cli_reference_names_every_command():
    from veeduria.cli import main

    text = _script().render()
    for name in main.commands:
        assert f"## `veeduria {name}`" in text
