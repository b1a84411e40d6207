"""The dashboard in a real headless Chromium: log in, filter, open an event, edit a count,
read the audit log, count the map's markers, and check that hostile text stays text.

Needs Debian's ``chromium`` at /usr/bin/chromium (``apt-get install -y chromium``) and the
``playwright`` package; Playwright's own browser download is never used. These tests fail,
never skip, when the browser is missing: CI installs it.

``VEEDURIA_SCREENSHOTS=docs/screenshots`` also saves the screenshots used in
docs/dashboard.md (map, table, event, tallies).
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from veeduria.config import load_settings
from veeduria.pipeline import run_ingest
from veeduria.store import Store
from veeduria.web import WebConfig, create_app
from veeduria.web.db import Database
from veeduria.web.users import add_user

CHROMIUM = Path(os.environ.get("VEEDURIA_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
HOSTILE = (
    "Juliaca, 9 de enero de 2023. <script>window.__xss = 1; alert('xss')</script> "
    'Vecinos denunciaron <img src=x onerror="window.__xss = 2; alert(2)"> que la Policía '
    "Nacional mató a tres manifestantes en Juliaca el lunes 9 de enero de 2023. "
    '<a href="javascript:window.__xss = 3">ver video</a>\n'
)
SCREENSHOTS = os.environ.get("VEEDURIA_SCREENSHOTS")


def _require_browser() -> Any:
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}: run 'apt-get install -y chromium' "
            "(or set VEEDURIA_CHROMIUM). The browser tests do not skip.",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "the playwright package is missing: pip install 'veeduria[test]'", pytrace=False
        )
    return sync_playwright


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    base = tmp_path_factory.mktemp("browser")
    (base / "src").mkdir()
    (base / "src" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    conf = base / "veeduria.toml"
    conf.write_text("", encoding="utf-8")
    url = f"sqlite:///{base / 'veeduria.db'}"
    with Store.open(url) as store:
        run_ingest(
            [str(ROOT / "data" / "sample"), str(base / "src")],
            load_settings(config_file=conf, env={}),
            store,
        )
    db = Database.open(url)
    try:
        with db.write() as conn:
            add_user(conn, "ana", PASSWORD, "analyst")
    finally:
        db.close()
    return url


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(database: str) -> Iterator[str]:
    """uvicorn on a free loopback port, in a thread of this process."""
    port = _free_port()
    app = create_app(WebConfig(db=database))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard server did not start", pytrace=False)
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = _require_browser()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A logged-in page that fails the test on CSP violations, script errors, dialogs or any
    request that leaves the machine."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=server)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda err: problems.append(f"script error: {err}"))
    tab.on(
        "console",
        lambda msg: (
            problems.append(f"console: {msg.text}")
            if msg.type == "error" or "Content Security Policy" in msg.text
            else None
        ),
    )
    tab.on(
        "dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    tab.on(
        "request",
        lambda req: (
            problems.append(f"external request: {req.url}")
            if not req.url.startswith((server, "data:"))
            else None
        ),
    )
    tab.goto("/login")
    tab.fill("input[name=name]", "ana")
    tab.fill("input[name=password]", PASSWORD)
    tab.click("form button[type=submit]")
    tab.wait_for_url(f"{server}/")
    yield tab
    context.close()
    assert problems == []


def _shot(tab: Any, name: str, height: int | None = None) -> None:
    """Save docs/screenshots/NAME.png (the whole page, or its top ``height`` pixels)."""
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        path = str(Path(SCREENSHOTS) / f"{name}.png")
        if height is None:
            tab.screenshot(path=path, full_page=True)
        else:
            clip = {"x": 0, "y": 0, "width": 1400, "height": height}
            tab.screenshot(path=path, full_page=True, clip=clip)


def _map_markers(tab: Any) -> dict[str, int]:
    tab.wait_for_selector("#map[data-loaded]", state="attached")
    tab.wait_for_timeout(300)  # markercluster draws after the data arrives
    counts: dict[str, int] = tab.evaluate(
        """() => {
            const clusters = [...document.querySelectorAll('.marker-cluster span')]
                .reduce((sum, el) => sum + Number(el.textContent), 0);
            const singles = document.querySelectorAll('path.event-marker').length;
            const cells = [...document.querySelectorAll('.grid-cell span')]
                .reduce((sum, el) => sum + Number(el.textContent), 0);
            const events = Number(document.getElementById('map').dataset.events);
            return {clusters, singles, cells, events};
        }"""
    )
    return counts


def _located(tab: Any) -> int:
    """The number of located events the page says match the filters."""
    match = re.search(r"(\d+) with coordinates", tab.inner_text("[data-testid=totals]"))
    assert match
    return int(match.group(1))


def test_browser_map_markers_count_every_located_event(page: Any) -> None:
    counts = _map_markers(page)
    located = _located(page)
    assert counts["events"] == located > 20
    assert counts["clusters"] + counts["singles"] == located
    assert counts["cells"] == 0
    _shot(page, "map")
    page.select_option("select[name=department]", "Puno")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"department=Puno"))
    puno = _map_markers(page)
    puno_located = _located(page)
    assert 0 < puno["clusters"] + puno["singles"] == puno_located < located


def test_browser_filter_open_event_edit_count_and_read_audit(page: Any) -> None:
    page.click("nav.main-nav >> text=Table")
    _shot(page, "table", height=1300)
    page.select_option("select[name=department]", "Puno")
    page.select_option("select[name=type]", "Riots")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"department=Puno.*type=Riots|type=Riots.*department=Puno"))
    rows = page.locator("[data-testid=events-table] tbody tr")
    assert rows.count() > 0
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(2).inner_text() == "Puno"
    page.click("[data-testid=events-table] thead >> text=Sources")  # most reported first
    page.wait_for_url(re.compile(r"sort=sources"))
    page.locator("[data-testid=events-table] tbody tr").first.locator("a").first.click()
    page.wait_for_url(re.compile(r"/events/[0-9a-f]+$"))
    event_id = page.url.rsplit("/", 1)[1]
    before = page.inner_text("[data-testid=count-killed]")
    assert page.locator("[data-testid=doctext] mark").count() > 0  # evidence highlighted
    assert page.locator("[data-testid=side-by-side]").count() == 1
    _shot(page, "event", height=1900)

    form = page.locator("[data-testid=edit-form]")
    form.locator("select[name=field]").select_option("killed")
    form.locator("input[name=value]").fill("19")
    form.locator("input[name=reason]").fill("hospital list of 12 January")
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/events/{event_id}#review$"))
    assert page.inner_text("[data-testid=count-killed]") == "19"
    assert page.inner_text("[data-testid=status]") == "reviewed"
    history = page.inner_text("[data-testid=event-audit]")
    assert "hospital list of 12 January" in history and "ana" in history

    page.click("nav.main-nav >> text=Audit log")
    first = page.locator("[data-testid=audit-log] tbody tr").first
    cells = [c.strip() for c in first.locator("td").all_inner_texts()]
    assert cells[1:3] == ["ana", "edit"]
    assert cells[4] == "killed" and cells[5] == before and cells[6] == "19"
    assert cells[7] == "hospital list of 12 January"
    assert event_id[:10] in cells[3]


def _hostile_document(page: Any) -> tuple[str, str]:
    """(event page, document page) of the hostile document, found through the API."""
    events = page.request.get("/api/events", params={"department": "Puno", "per_page": 500}).json()
    for event in events["items"]:
        for doc in page.request.get(f"/api/events/{event['id']}").json()["documents"]:
            origin = page.request.get(f"/api/documents/{doc['id']}").json()["document"]["origin"]
            if origin and origin.endswith("hostile.txt"):
                return f"/events/{event['id']}", f"/documents/{doc['id']}"
    raise AssertionError("the hostile document made no event in Puno")


def test_browser_hostile_document_renders_as_text(page: Any) -> None:
    for url in _hostile_document(page):
        page.goto(url)
        page.wait_for_timeout(200)
        assert page.evaluate("() => window.__xss") is None
        assert "<script>window.__xss = 1; alert('xss')</script>" in page.inner_text("body")
        assert 'onerror="window.__xss = 2; alert(2)"' in page.inner_text("body")
        injected = page.locator("[data-testid=doctext] :is(script, img, a, b)")
        assert injected.count() == 0
        assert page.locator("a[href^='javascript:'], img[src=x], script:not([src])").count() == 0


def test_browser_tallies_page_draws_the_series(page: Any) -> None:
    page.click("nav.main-nav >> text=Tallies")
    series = page.locator("[data-testid=series]")
    assert series.count() >= 2
    assert series.first.locator("svg circle.tally-dot").count() >= 1
    assert page.locator("svg polyline.incidents").count() >= 1
    _shot(page, "tallies")
