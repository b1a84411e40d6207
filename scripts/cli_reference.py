"""Write docs/cli-reference.md from the commands' own help texts.

    python scripts/cli_reference.py          # rewrite the file
    python scripts/cli_reference.py --check  # exit 1 when the file is out of date

The test suite runs the check, so the reference cannot drift from the code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "cli-reference.md"
WIDTH = 100

HEADER = """# Command reference

Every `veeduria` command with its options, as `--help` prints them. This file is written by
`python scripts/cli_reference.py` from the code; `make check` fails when it is out of date.
"""


def _walk(command: click.Command, path: list[str], parent: click.Context | None) -> list[str]:
    name = " ".join(path)
    settings = {**command.context_settings, "max_content_width": WIDTH, "terminal_width": WIDTH}
    ctx = click.Context(command, info_name=path[-1], parent=parent, **settings)
    out = [f"\n## `{name}`\n", "```text", command.get_help(ctx).rstrip(), "```"]
    if isinstance(command, click.Group):
        for sub in sorted(command.list_commands(ctx)):
            child = command.get_command(ctx, sub)
            if child is not None and not child.hidden:
                out.extend(_walk(child, [*path, sub], ctx))
    return out


def render() -> str:
    from veeduria.cli import main

    return HEADER + "\n".join(_walk(main, ["veeduria"], None)) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only compare; exit 1 when out of date"
    )
    args = parser.parse_args()
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(
                f"{TARGET.relative_to(ROOT)} is out of date: run python scripts/cli_reference.py",
                file=sys.stderr,
            )
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
