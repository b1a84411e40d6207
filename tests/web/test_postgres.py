"""The dashboard on PostgreSQL: the same pages, map grid, review and export work."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from web_helpers import PASSWORD, SAMPLE, TestClient, csrf_of, login

from veeduria.config import load_settings
from veeduria.pipeline import run_ingest
from veeduria.store import Store
from veeduria.web import WebConfig, create_app
from veeduria.web.db import Database
from veeduria.web.users import add_user

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(pg_database: str, tmp_path: Path) -> str:
    with psycopg.connect(pg_database.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    conf = tmp_path / "veeduria.toml"
    conf.write_text("", encoding="utf-8")
    with Store.open(pg_database) as store:
        run_ingest([str(SAMPLE)], load_settings(config_file=conf, env={}), store)
    db = Database.open(pg_database)
    try:
        with db.write() as conn:
            add_user(conn, "ana", PASSWORD, "analyst")
    finally:
        db.close()
    return pg_database


def test_postgres_dashboard_reads_and_reviews(pg_url: str) -> None:
    with TestClient(create_app(WebConfig(db=pg_url, map_point_limit=5))) as client:
        token = login(client, "ana")
        for path in ("/", "/events?sort=killed&actor=police", "/tallies", "/quarantine", "/audit"):
            assert client.get(path).status_code == 200, path
        grid = client.get("/api/events.geojson", params={"zoom": 4}).json()
        assert grid["meta"]["mode"] == "grid"
        assert sum(f["properties"]["count"] for f in grid["features"]) == grid["meta"]["events"]
        ranked = client.get("/api/events", params={"sort": "sources"}).json()["items"]
        first, second = ranked[0]["id"], ranked[1]["id"]
        page = client.get(f"/events/{first}")
        assert csrf_of(page.text) == token
        data = {"csrf_token": token, "field": "killed", "value": "4", "reason": "pg"}
        assert (
            client.post(f"/events/{first}/edit", data=data, follow_redirects=False).status_code
            == 303
        )
        assert client.get(f"/api/events/{first}").json()["event"]["killed"] == 4
        merge = {"csrf_token": token, "into": first, "reason": "pg"}
        assert (
            client.post(f"/events/{second}/merge", data=merge, follow_redirects=False).status_code
            == 303
        )
        assert client.get("/api/export", params={"format": "jsonl"}).status_code == 200
