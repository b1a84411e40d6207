"""Helpers for the dashboard tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from pathlib import Path

with warnings.catch_warnings():
    # Starlette 1.x asks for httpx2 under its TestClient; the project's test extra pins httpx
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample"
BROKEN = ROOT / "tests" / "data" / "broken"
PASSWORD = "correct horse battery"
USERS = {"ada": "admin", "ana": "analyst", "vic": "viewer"}

#: a document written to attack the pages: markup, handlers and script links in its text
HOSTILE_TEXT = (
    "Juliaca, 9 de enero de 2023. <script>window.__xss = 1; alert('xss')</script> "
    'Vecinos denunciaron <img src=x onerror="window.__xss = 2; alert(2)"> que la Policía '
    "Nacional mató a tres manifestantes en Juliaca el lunes 9 de enero de 2023. "
    '<a href="javascript:alert(3)">ver video</a> <b onmouseover="alert(4)">más</b>\n'
)


MakeClient = Callable[..., TestClient]


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": csrf_of(page.text), "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/events").text)


def event_with_sources(client: TestClient, minimum: int = 2) -> dict[str, object]:
    """An event (from the API) reported by at least ``minimum`` documents."""
    items = client.get("/api/events", params={"sort": "sources", "per_page": 5}).json()["items"]
    best = items[0]
    assert best["sources"] >= minimum
    return dict(best)
