"""Fixtures for the ingest tests: settings and the fixture directories."""

from __future__ import annotations

from pathlib import Path

import pytest

from veeduria.config import Settings, load_settings

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings(env={})


@pytest.fixture(scope="session")
def ingest_data() -> Path:
    return DATA / "ingest"


@pytest.fixture(scope="session")
def broken_data() -> Path:
    return DATA / "broken"
