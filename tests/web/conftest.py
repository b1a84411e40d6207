"""Fixtures for the dashboard: a sample database with users, apps and logged-in clients.

``sample_db`` ingests data/sample (55 documents, events resolved) plus one hostile text
document and three quarantined sources into a SQLite file once per session; every test gets
its own copy (``db_url``), so reviews in one test never leak into another.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import BROKEN, HOSTILE_TEXT, PASSWORD, SAMPLE, USERS, MakeClient, TestClient, login

from veeduria.config import Settings
from veeduria.pipeline import run_ingest
from veeduria.store import Store
from veeduria.web import WebConfig, create_app
from veeduria.web.db import Database
from veeduria.web.users import add_user


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with the sample corpus, one hostile document, quarantined
    sources and three users (ada: admin, ana: analyst, vic: viewer)."""
    from veeduria.config import load_settings

    base = tmp_path_factory.mktemp("web-sample")
    hostile = base / "src" / "hostile.txt"
    hostile.parent.mkdir()
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    broken = base / "broken"
    broken.mkdir()
    for name in ("binary.txt", "empty.txt", "malformed.json"):
        shutil.copy(BROKEN / name, broken / name)
    empty_conf = base / "veeduria.toml"
    empty_conf.write_text("", encoding="utf-8")
    settings: Settings = load_settings(config_file=empty_conf, env={})
    path = base / "sample.db"
    with Store.open(f"sqlite:///{path}") as store:
        run_ingest([str(SAMPLE), str(hostile), str(broken)], settings, store)
    database = Database.open(f"sqlite:///{path}")
    try:
        with database.write() as conn:
            for name, role in USERS.items():
                add_user(conn, name, PASSWORD, role)
    finally:
        database.close()
    return path


@pytest.fixture
def db_url(sample_db: Path, tmp_path: Path) -> str:
    """A private copy of the sample database for one test."""
    copy = tmp_path / "veeduria.db"
    shutil.copy(sample_db, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def make_client(db_url: str) -> Iterator[MakeClient]:
    """``make_client(**config)``: a TestClient over an app with these WebConfig settings."""
    clients: list[TestClient] = []

    def make(*, base_url: str = "http://testserver", **options: object) -> TestClient:
        app = create_app(WebConfig(db=db_url, **options))  # type: ignore[arg-type]
        client = TestClient(app, base_url=base_url, raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    """A client of the default app, not logged in."""
    return make_client()


@pytest.fixture
def analyst(client: TestClient) -> tuple[TestClient, str]:
    """A client logged in as the analyst, and its CSRF token."""
    return client, login(client, "ana")


@pytest.fixture
def viewer(client: TestClient) -> TestClient:
    login(client, "vic")
    return client
