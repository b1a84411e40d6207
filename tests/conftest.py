"""Shared fixtures: ``settings``, ``db_url`` (SQLite and PostgreSQL) and ``fresh_store``.

PostgreSQL tests use the server on 127.0.0.1:5432 (user ``postgres``, trust auth). Each test
session creates its own database ``veeduria_test_<random>`` and drops it at the end. When the
server is down those tests fail with a message saying so; deselect them with
``-m "not postgres"``.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from veeduria.config import Settings, load_settings

if TYPE_CHECKING:  # imported lazily so a broken store cannot break every other test module
    from veeduria.store import Store

PG_SERVER = os.environ.get("VEEDURIA_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


def pytest_report_header(config: pytest.Config) -> list[str]:
    return [f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}"]


@pytest.fixture
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Default settings, untouched by the environment or a ./veeduria.toml."""
    empty = tmp_path_factory.mktemp("settings") / "veeduria.toml"
    empty.write_text("", encoding="utf-8")
    return load_settings(config_file=empty, env={})


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A PostgreSQL database for this test session (psycopg URL); dropped at the end."""
    import psycopg

    name = f"veeduria_test_{secrets.token_hex(6)}"
    try:
        admin = psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as err:
        pytest.fail(
            f"PostgreSQL is not reachable at {PG_SERVER} ({err}). Start it, or deselect the "
            "PostgreSQL tests with -m 'not postgres'.",
            pytrace=False,
        )
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"
    finally:
        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _reset_pg(url: str) -> None:
    """Empty the session database: drop and recreate its public schema."""
    import psycopg

    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """URL of an empty database, once on SQLite and once on PostgreSQL.

    The SQLite file lives outside the test's ``tmp_path``, which stays free for sources.
    """
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'veeduria.db'}"
    url: str = request.getfixturevalue("pg_database")
    _reset_pg(url)
    return url


@pytest.fixture
def fresh_store(db_url: str) -> Iterator[Store]:
    """An open, migrated, empty store (SQLite and PostgreSQL)."""
    from veeduria.store import Store

    store = Store.open(db_url)
    try:
        yield store
    finally:
        store.close()
