"""The mypyc build of ``make install-fast`` extracts exactly what the pure-Python modules do.

The wheel is built with ``VEEDURIA_MYPYC=1`` (setup.py) from a copy of the tree, never in
``src/``; its extension modules are kept under ``.cache/mypyc/<key>/``, the key a hash of every
source file mypy reads to compile them, so a rerun with unchanged sources builds nothing (a build
takes about a minute). They are laid over a copy of ``src/veeduria`` and this file runs there in
a subprocess: the serialised extraction of every document of data/gold and data/sample must be
byte-identical to the one made in this process by the pure modules. Run by hand as
``python tests/e2e/test_compiled_build.py OUT.json`` with a compiled install on the path, it
writes that install's digests.
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
CACHE = ROOT / ".cache" / "mypyc"
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
KEEP = 3  # builds kept in the cache (3.7 MB each)


def compiled_modules() -> list[str]:
    """Dotted names of the modules setup.py compiles (pyproject's [tool.veeduria.mypyc])."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    paths = config["tool"]["veeduria"]["mypyc"]["modules"]
    return [".".join(Path(p).relative_to("src").with_suffix("").parts) for p in paths]


def _module_file(name: str) -> Path | None:
    base = SRC.joinpath(*name.split("."))
    for path in (base / "__init__.py", base.with_suffix(".py")):
        if path.is_file():
            return path
    return None


def _imports(name: str, path: Path) -> Iterator[str]:
    """The veeduria modules one file imports, and their parent packages (mypy reads them all)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0]
                base = f"{parent}.{base}" if base else parent
            names = [base, *(f"{base}.{a.name}" for a in node.names)]
        for full in names:
            parts = full.split(".")
            if parts[0] == "veeduria":
                yield from (".".join(parts[:i]) for i in range(1, len(parts) + 1))


def build_key() -> str:
    """Hash of the build inputs: setup.py, pyproject.toml, Python, and every source mypy reads."""
    seen: dict[str, Path] = {}
    todo = list(compiled_modules())
    while todo:
        name = todo.pop()
        path = _module_file(name)
        if name in seen or path is None:
            continue
        seen[name] = path
        todo.extend(_imports(name, path))
    digest = hashlib.sha256(f"{sys.version}|{SUFFIX}".encode())
    for path in [ROOT / "setup.py", ROOT / "pyproject.toml", *sorted(seen.values())]:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def _toolchain_problem() -> str | None:
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers (Python.h)"
    return None


def _copy_package(dest: Path) -> None:
    """src/veeduria as it is now, without bytecode or extension modules."""
    shutil.copytree(
        SRC / "veeduria", dest / "veeduria", ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )


def compiled_extensions() -> Path:
    """The directory of the build's extension modules (package-relative paths), built if absent."""
    target = CACHE / build_key()
    if target.is_dir():
        return target
    work = CACHE / f"tmp-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    tree = work / "tree"
    _copy_package(tree / "src")
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    run = subprocess.run(
        [*pip_wheel, "-w", str(work / "wheel"), str(tree)],
        env={**os.environ, "VEEDURIA_MYPYC": "1"},
        capture_output=True,
        text=True,
        timeout=900,
    )
    if run.returncode:
        pytest.fail(
            f"VEEDURIA_MYPYC=1 pip wheel failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
        )
    (wheel,) = (work / "wheel").glob("*.whl")
    out = work / "ext"
    with zipfile.ZipFile(wheel) as zf:
        for member in zf.namelist():
            if member.endswith(".so"):
                zf.extract(member, out)
    try:
        out.rename(target)
    except OSError:  # another run finished the same build first
        if not target.is_dir():
            raise
    shutil.rmtree(work, ignore_errors=True)
    builds = sorted(
        (p for p in CACHE.iterdir() if not p.name.startswith("tmp-")),
        key=lambda p: p.stat().st_mtime,
    )
    for old in builds[:-KEEP]:
        shutil.rmtree(old, ignore_errors=True)
    return target


def _documents() -> Iterator[tuple[str, object]]:
    import yaml

    from veeduria.config import load_settings
    from veeduria.ingest import discover, read_source
    from veeduria.models import Document

    for path in sorted((ROOT / "data" / "gold").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        published = data.get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        text = data["text"]
        doc_id = hashlib.sha256(text.encode()).hexdigest()
        yield (
            f"gold/{path.name}",
            Document(id=doc_id, text=text, language=data["language"], published=published),
        )
    files, _ = discover([str(ROOT / "data" / "sample")])
    for f in sorted(files):
        for n, item in enumerate(read_source(Path(f), load_settings(env={}))):
            if isinstance(item, Document):
                yield f"sample/{Path(f).name}#{n}", item


def digests() -> dict[str, str]:
    """SHA-256 of each document's serialised extraction (text included), by document."""
    from veeduria.extract import extract, load_resources
    from veeduria.extract.serialize import extraction_to_dict

    resources = load_resources(("es", "en"))
    out = {}
    for key, doc in _documents():
        data = extraction_to_dict(extract(doc, resources), include_text=True)  # type: ignore[arg-type]
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
        out[key] = hashlib.sha256(text.encode()).hexdigest()
    return out


def test_no_extension_modules_in_src():
    """A .so beside a .py shadows it: an edit to the .py would silently not run."""
    found = sorted(str(p.relative_to(ROOT)) for p in SRC.rglob("*.so"))
    assert not found, f"compiled modules in src/ shadow their .py files; delete them: {found}"


@pytest.mark.slow
def test_compiled_extraction_is_byte_identical(tmp_path):
    problem = _toolchain_problem()
    if problem:
        pytest.skip(f"cannot build the mypyc extractor here: {problem}")
    import veeduria.extract.counts

    assert veeduria.extract.counts.__file__.endswith(".py")  # this process runs the pure modules
    ext = compiled_extensions()
    overlay = tmp_path / "overlay"
    _copy_package(overlay)
    for so in ext.rglob("*.so"):
        dest = overlay / so.relative_to(ext)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(so, dest)
    out = tmp_path / "compiled.json"
    env = {**os.environ, "PYTHONPATH": str(overlay)}
    run = subprocess.run(
        [sys.executable, __file__, str(out)], env=env, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr[-3000:]
    compiled = json.loads(out.read_text(encoding="utf-8"))
    pure = digests()
    assert len(pure) > 100
    differ = sorted(k for k in pure.keys() | compiled.keys() if pure.get(k) != compiled.get(k))
    assert not differ, f"{len(differ)} documents extract differently when compiled: {differ[:10]}"


def main() -> None:
    """Subprocess side: check that the compiled modules are the ones imported, write digests."""
    import importlib

    for name in compiled_modules():
        module = importlib.import_module(name)
        if not str(module.__file__).endswith(SUFFIX):
            sys.exit(f"{name} is not compiled: {module.__file__}")
    Path(sys.argv[1]).write_text(json.dumps(digests()), encoding="utf-8")


if __name__ == "__main__":
    main()
