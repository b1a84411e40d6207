"""Optional mypyc build of the extractor's hot modules (issues #3 and #7: 1 MB/s per core).

The package is described in pyproject.toml; this file only adds extension modules, and only
when ``VEEDURIA_MYPYC=1`` is set for a non-editable build (``make install-fast``). Every other
build, the editable one of ``make install`` included, compiles nothing: an extension module
beside its ``.py`` shadows it, so a stale ``.so`` in ``src/`` would silently run old code after
an edit. The compiled modules are listed in ``[tool.veeduria.mypyc]`` of pyproject.toml; mypy
is pinned here and comes into the isolated build environment only when it is asked for.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
import tomllib
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
MYPY = "mypy==2.4.1"  # the dev extra's pin (make check type-checks with it); mypyc ships in it
BUILD_COMMANDS = {"bdist_wheel", "build", "build_ext", "install"}


def compiled_paths() -> list[str]:
    """The source files to compile, relative to this directory (from pyproject.toml)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["veeduria"]["mypyc"]["modules"])


def _toolchain_problem() -> str | None:
    """Why a C extension cannot be built here, or None (checked before mypyc spends a minute)."""
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler: {cc!r} is not on PATH (Debian: apt-get install gcc)"
    header = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not header.exists():
        return f"no Python headers: {header} is missing (Debian: apt-get install python3-dev)"
    return None


def ext_modules() -> list[object]:
    """mypyc extensions when VEEDURIA_MYPYC=1 and a wheel is being built; otherwise none."""
    if os.environ.get("VEEDURIA_MYPYC") != "1":
        return []
    if {"editable_wheel", "develop", "--inplace", "-i"} & set(sys.argv[1:]):
        sys.exit(
            "VEEDURIA_MYPYC=1 is for non-editable, out-of-place builds (make install-fast): "
            "compiled modules in src/ would shadow the .py files you edit. Unset it for "
            "`pip install -e` and `build_ext --inplace`."
        )
    if not BUILD_COMMANDS & set(sys.argv[1:]):
        return []  # metadata and build-requirement queries: nothing to compile yet
    problem = _toolchain_problem()
    if problem:
        sys.exit(
            f"VEEDURIA_MYPYC=1: cannot compile the extractor, {problem}. "
            "The pure-Python install (make install) needs no compiler."
        )
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.exit(f"VEEDURIA_MYPYC=1 needs {MYPY} in the build environment (pip brings it in)")
    # the compiled modules must pass mypy --strict (pyproject's [tool.mypy]); the modules they
    # import are read for their types, and their own errors are `make typecheck`'s business
    options = ["--follow-imports=silent", *compiled_paths()]
    return list(mypycify(options, opt_level="3", group_name="veeduria_mypyc"))


if __name__ == "__main__":
    compiling = os.environ.get("VEEDURIA_MYPYC") == "1"
    setup(ext_modules=ext_modules(), setup_requires=[MYPY] if compiling else [])
