"""The ``veeduria`` command: thin click commands over library functions.

Each command group lives in its own module and registers itself on :data:`main`.
Library errors become exit code 1 with the error's message; usage errors exit 2.
"""

from __future__ import annotations

import importlib

from veeduria.cli._app import main

# command modules, in the order they appear in --help
_COMMANDS = (
    "ingest",
    "quarantine",
    "extract",
    "evaluate",
    "events",
    "export",
    "serve",
    "users",
    "db",
)
for _name in _COMMANDS:
    try:
        importlib.import_module(f"veeduria.cli.{_name}")
    except ModuleNotFoundError as err:  # a module still being written must not break the others
        if err.name != f"veeduria.cli.{_name}":
            raise

__all__ = ["main"]
