"""Load test of the dashboard on loopback with 100,000 synthetic events (not a timed test).

Generates events across Peru's 25 departments and two years into a temporary SQLite
database, starts ``veeduria serve`` on a free loopback port in its own process, logs in, and
sends a fixed number of requests per endpoint with bounded concurrency (httpx). Prints p50 /
p95 / max latency and requests per second per endpoint, as a Markdown table.

    .venv/bin/python benchmarks/web_load.py [--events 100000] [--requests 200] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import describe  # noqa: E402

from veeduria.store import Store  # noqa: E402
from veeduria.store.schema import events  # noqa: E402
from veeduria.web.db import Database  # noqa: E402
from veeduria.web.users import add_user  # noqa: E402

#: department, latitude, longitude of its capital
DEPARTMENTS = (
    ("Amazonas", -6.23, -77.87), ("Áncash", -9.53, -77.53), ("Apurímac", -13.64, -72.88),
    ("Arequipa", -16.41, -71.54), ("Ayacucho", -13.16, -74.22), ("Cajamarca", -7.16, -78.51),
    ("Callao", -12.06, -77.12), ("Cusco", -13.53, -71.97), ("Huancavelica", -12.79, -74.97),
    ("Huánuco", -9.93, -76.24), ("Ica", -14.07, -75.73), ("Junín", -12.07, -75.21),
    ("La Libertad", -8.11, -79.03), ("Lambayeque", -6.77, -79.84), ("Lima", -12.05, -77.04),
    ("Loreto", -3.75, -73.25), ("Madre de Dios", -12.59, -69.19), ("Moquegua", -17.19, -70.93),
    ("Pasco", -10.68, -76.26), ("Piura", -5.19, -80.63), ("Puno", -15.84, -70.02),
    ("San Martín", -6.03, -76.97), ("Tacna", -18.01, -70.25), ("Tumbes", -3.57, -80.45),
    ("Ucayali", -8.38, -74.55),
)  # fmt: skip
KINDS = (
    ("Protests", "Peaceful protest", "march", 40),
    ("Protests", "Protest with intervention", "tear_gas", 15),
    ("Protests", "Excessive force against protesters", "firearms", 6),
    ("Riots", "Violent demonstration", "clash", 12),
    ("Riots", "Mob violence", "lynching", 3),
    ("Strategic developments", "Arrests", "arrest", 10),
    ("Strategic developments", "Other", "curfew", 6),
    ("Violence against civilians", "Attack", "firearms", 6),
    ("Battles", "Armed clash", "armed_clash", 2),
)
FACTUALITY = (("asserted", 70), ("reported", 20), ("planned", 6), ("negated", 2), ("historical", 2))
FAMILY = {"asserted": "occurred", "reported": "occurred", "planned": "prospective"}
PASSWORD = "benchmark password"


def synthetic_events(n: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    start = dt.date(2022, 1, 1)
    kinds = [k for k in KINDS for _ in range(k[3])]
    facts = [f for f, w in FACTUALITY for _ in range(w)]
    now = dt.datetime.now(dt.UTC)
    rows = []
    for i in range(n):
        name, lat, lon = rng.choice(DEPARTMENTS)
        event_type, sub, mode, _ = rng.choice(kinds)
        factuality = rng.choice(facts)
        violent = sub in {"Excessive force against protesters", "Violent demonstration", "Attack"}
        killed = rng.choice((0, 1, 1, 2, 3, 5, 17)) if violent and rng.random() < 0.5 else None
        injured = rng.randint(1, 60) if violent and rng.random() < 0.6 else None
        day = start + dt.timedelta(days=rng.randrange(730))
        event_id = hashlib.sha256(f"{seed}:{i}".encode()).hexdigest()[:32]
        rows.append(
            {
                "id": event_id,
                "family": FAMILY.get(factuality, factuality),
                "event_type": event_type,
                "sub_event_type": sub,
                "mode": mode,
                "factuality": factuality,
                "date": day,
                "date_start": day,
                "date_end": day,
                "date_precision": "day",
                "location_name": name,
                "admin1": name,
                "admin2": name,
                "admin3": None,
                "country": "Peru",
                "iso": "PE",
                "latitude": round(lat + rng.gauss(0, 0.6), 5),
                "longitude": round(lon + rng.gauss(0, 0.6), 5),
                "geo_precision": rng.choice((1, 1, 2, 3)),
                "actor1": "Protesters (Peru)"
                if event_type in {"Protests", "Riots"}
                else "Police Forces of Peru",
                "actor1_inter": 6 if event_type in {"Protests", "Riots"} else 1,
                "actor2": "Police Forces of Peru" if violent else None,
                "actor2_inter": 1 if violent else None,
                "killed": killed,
                "killed_low": killed,
                "killed_high": killed if killed is None else killed + rng.choice((0, 0, 1, 2)),
                "injured": injured,
                "injured_low": injured,
                "injured_high": injured,
                "detained": rng.randint(1, 40) if sub == "Arrests" else None,
                "detained_low": None,
                "detained_high": None,
                "participants": rng.choice((None, 50, 200, 1000)),
                "sources": rng.randint(1, 6),
                "confidence": round(rng.uniform(0.5, 0.99), 2),
                "status": "machine" if rng.random() < 0.95 else "reviewed",
                "notes": [],
                "data": {
                    "alternatives": {},
                    "source_names": [],
                    "reviewed": [],
                    "previous_ids": [],
                },
                "first_published": day,
                "updated_at": now,
                "content_hash": event_id * 2,
            }
        )
    return rows


def build_database(path: Path, n: int, seed: int) -> str:
    url = f"sqlite:///{path}"
    with Store.open(url) as store, store.transaction() as conn:
        rows = synthetic_events(n, seed)
        for i in range(0, len(rows), 5000):
            conn.execute(events.insert(), rows[i : i + 5000])
    db = Database.open(url)
    try:
        with db.write() as conn:
            add_user(conn, "bench", PASSWORD, "viewer")
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        db.close()
    return url


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(url: str, port: int, cache: bool) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", "from veeduria.cli import main; main()", "serve"]
    options = ["--db", url, "--port", str(port), "--log-level", "warning"]
    options.append("--query-cache" if cache else "--no-query-cache")
    proc = subprocess.Popen([*command, *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    errors = proc.stderr.read().decode() if proc.stderr else ""
    raise SystemExit(f"the server did not start: {errors}")


def login(base: str) -> httpx.Cookies:
    with httpx.Client(base_url=base) as client:
        page = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token, "no CSRF token on the login page"
        response = client.post(
            "/login", data={"name": "bench", "password": PASSWORD, "csrf_token": token.group(1)}
        )
        assert response.status_code in {200, 303}, response.text
        return client.cookies


async def measure(
    base: str, cookies: httpx.Cookies, path: str, requests: int, concurrency: int
) -> dict[str, float]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(
        base_url=base, cookies=cookies, limits=limits, timeout=60
    ) as client:
        for _ in range(3):  # warm-up
            (await client.get(path)).raise_for_status()
        gate = asyncio.Semaphore(concurrency)
        latencies: list[float] = []
        sizes: list[int] = []

        async def one() -> None:
            async with gate:
                started = time.perf_counter()
                response = await client.get(path)
                latencies.append(time.perf_counter() - started)
                response.raise_for_status()
                sizes.append(len(response.content))

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(requests)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[max(0, int(len(latencies) * 0.95) - 1)] * 1000,
        "max": latencies[-1] * 1000,
        "rps": requests / elapsed,
        "kb": statistics.mean(sizes) / 1024,
    }


def endpoints(base: str, cookies: httpx.Cookies) -> list[tuple[str, str]]:
    some_id = httpx.get(f"{base}/api/events?per_page=1", cookies=cookies).json()["items"][0]["id"]
    return [
        ("map page (HTML, timeline)", "/"),
        ("table page (HTML, 50 rows)", "/events"),
        ("events, newest first", "/api/events"),
        ("events, sorted by killed, page 40", "/api/events?sort=killed&page=40"),
        ("events, Puno + Protests", "/api/events?department=Puno&type=Protests"),
        ("events, actor substring", "/api/events?actor=police"),
        ("geojson, whole world zoom 3 (grid)", "/api/events.geojson?bbox=-180,-85,180,85&zoom=3"),
        ("geojson, Puno zoom 8 (grid)", "/api/events.geojson?bbox=-72,-17.5,-68.5,-14&zoom=8"),
        (
            "geojson, Puno, one month (points)",
            "/api/events.geojson?bbox=-72,-17.5,-68.5,-14&zoom=8&date_from=2023-03-01&date_to=2023-03-31",
        ),
        ("timeline", "/api/timeline"),
        ("one event", f"/api/events/{some_id}"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="per endpoint")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--cache",
        action="store_true",
        help="keep the server's query cache on (repeated requests then hit it); default off",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        url = build_database(Path(tmp) / "load.db", args.events, args.seed)
        print(
            f"generated {args.events:,} events in {time.perf_counter() - started:.1f}s",
            file=sys.stderr,
        )
        port = free_port()
        server = start_server(url, port, args.cache)
        base = f"http://127.0.0.1:{port}"
        try:
            cookies = login(base)
            print(
                f"\n{args.events:,} events; {args.requests} requests per endpoint, "
                f"{args.concurrency} at a time; one uvicorn worker, SQLite, "
                f"query cache {'on' if args.cache else 'off'}\n"
            )
            print("| endpoint | p50 ms | p95 ms | max ms | req/s | KiB |")
            print("|---|---:|---:|---:|---:|---:|")
            for label, path in endpoints(base, cookies):
                r = asyncio.run(measure(base, cookies, path, args.requests, args.concurrency))
                print(
                    f"| {label} | {r['p50']:.0f} | {r['p95']:.0f} | {r['max']:.0f} | "
                    f"{r['rps']:.0f} | {r['kb']:.0f} |",
                    flush=True,
                )
        finally:
            server.terminate()
            server.wait(timeout=10)
    print()
    for line in describe("fastapi", "uvicorn", "sqlalchemy"):
        print(line)


if __name__ == "__main__":
    main()
