"""The JSON API over the sample corpus: filters, paging, sorting, map, event, documents."""

from __future__ import annotations

import csv
import io
import json

import pytest
from web_helpers import MakeClient, TestClient, event_with_sources, login

from veeduria.events import tally_series_for
from veeduria.store import Store


def test_api_events_default_shows_events_that_happened(viewer: TestClient) -> None:
    body = viewer.get("/api/events").json()
    assert body["total"] > 50
    assert body["page"] == 1 and body["per_page"] == 50
    assert {e["factuality"] for e in body["items"]} <= {"asserted", "reported"}
    assert all(e["status"] != "rejected" for e in body["items"])
    dates = [e["date"] for e in body["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "Protests"}, lambda e: e["event_type"] == "Protests"),
        ({"department": "Puno"}, lambda e: e["admin1"] == "Puno"),
        ({"actor": "police"}, lambda e: "Police" in (e["actor1"] or "") + (e["actor2"] or "")),
        (
            {"date_from": "2023-01-09", "date_to": "2023-01-10"},
            lambda e: "2023-01-09" <= e["date"] <= "2023-01-10",
        ),
        ({"factuality": "planned"}, lambda e: e["factuality"] == "planned"),
        ({"type": "Protests,Riots"}, lambda e: e["event_type"] in {"Protests", "Riots"}),
    ],
)
def test_api_events_filters(viewer: TestClient, params: dict[str, str], check: object) -> None:
    body = viewer.get("/api/events", params={**params, "per_page": 500}).json()
    assert body["total"] > 0, params
    assert body["total"] == len(body["items"])
    assert all(check(e) for e in body["items"])  # type: ignore[operator]


def test_api_events_paging_and_sorting(viewer: TestClient) -> None:
    full = viewer.get(
        "/api/events", params={"per_page": 500, "sort": "killed", "order": "desc"}
    ).json()
    pages = [
        viewer.get("/api/events", params={"per_page": 7, "page": n, "sort": "killed"}).json()
        for n in range(1, -(-full["total"] // 7) + 1)  # ceil(total / 7) pages
    ]
    assert pages[0]["pages"] == len(pages)
    ids = [e["id"] for p in pages for e in p["items"]]
    assert ids == [e["id"] for e in full["items"]]
    killed = [e["killed"] for e in full["items"]]
    numbers = [k for k in killed if k is not None]
    assert numbers == sorted(numbers, reverse=True)
    assert killed[: len(numbers)] == numbers  # no figure sorts after the empty ones


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2023-13-01"},
        {"date_from": "2023-02-01", "date_to": "2023-01-01"},
        {"factuality": "rumoured"},
        {"status": "approved"},
        {"sort": "password_hash"},
        {"per_page": "100000"},
        {"page": "0"},
        {"order": "sideways"},
    ],
)
def test_api_events_rejects_bad_parameters(viewer: TestClient, params: dict[str, str]) -> None:
    response = viewer.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid"


def test_api_geojson_points_match_the_list(viewer: TestClient) -> None:
    geo = viewer.get("/api/events.geojson").json()
    assert geo["type"] == "FeatureCollection" and geo["meta"]["mode"] == "points"
    listed = viewer.get("/api/events", params={"per_page": 500}).json()["items"]
    located = {e["id"] for e in listed if e["latitude"] is not None}
    assert {f["id"] for f in geo["features"]} == located
    assert geo["meta"]["events"] == len(located)
    feature = geo["features"][0]
    lon, lat = feature["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert set(feature["properties"]) >= {"id", "event_type", "killed", "date"}


def test_api_geojson_bbox_limits_the_points(viewer: TestClient) -> None:
    puno = "-71.5,-17.5,-68.5,-13.5"  # around Lake Titicaca
    geo = viewer.get("/api/events.geojson", params={"bbox": puno, "zoom": 7}).json()
    assert 0 < geo["meta"]["events"] < viewer.get("/api/events.geojson").json()["meta"]["events"]
    for f in geo["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -71.5 <= lon <= -68.5 and -17.5 <= lat <= -13.5


def test_api_geojson_aggregates_on_a_grid_above_the_point_limit(make_client: MakeClient) -> None:
    client = make_client(map_point_limit=5)
    login(client, "vic")
    geo = client.get("/api/events.geojson", params={"zoom": 3}).json()
    assert geo["meta"]["mode"] == "grid"
    assert all(f["properties"]["cluster"] for f in geo["features"])
    assert sum(f["properties"]["count"] for f in geo["features"]) == geo["meta"]["events"]
    assert len(geo["features"]) < geo["meta"]["events"]
    finer = client.get("/api/events.geojson", params={"zoom": 9}).json()
    assert len(finer["features"]) > len(geo["features"])


@pytest.mark.parametrize("bbox", ["1,2,3", "a,b,c,d", "0,95,1,96"])
def test_api_geojson_rejects_bad_bbox(viewer: TestClient, bbox: str) -> None:
    assert viewer.get("/api/events.geojson", params={"bbox": bbox}).status_code == 422


def test_api_timeline_adds_up_to_the_totals(viewer: TestClient) -> None:
    body = viewer.get("/api/timeline").json()
    assert body["bin"] in {"day", "week", "month"}
    dated = viewer.get("/api/events", params={"per_page": 500}).json()["items"]
    assert sum(b["events"] for b in body["bins"]) == sum(1 for e in dated if e["date"])
    assert sum(b["killed"] for b in body["bins"]) == sum(
        e["killed"] or 0 for e in dated if e["date"]
    )
    assert body["totals"]["events"] == len(dated)


def test_api_event_has_sources_mentions_and_alternatives(viewer: TestClient) -> None:
    summary = event_with_sources(viewer)
    body = viewer.get(f"/api/events/{summary['id']}").json()
    assert body["event"]["id"] == summary["id"]
    assert len(body["documents"]) >= 2
    assert body["mentions"] and all("trigger" in m for m in body["mentions"])
    alternatives = body["event"]["data"]["alternatives"]
    assert {v["doc_id"] for values in alternatives.values() for v in values} <= {
        d["id"] for d in body["documents"]
    }


def test_api_document_returns_extraction(viewer: TestClient) -> None:
    event = viewer.get(f"/api/events/{event_with_sources(viewer)['id']}").json()
    doc_id = event["documents"][0]["id"]
    body = viewer.get(f"/api/documents/{doc_id}").json()
    assert body["document"]["id"] == doc_id
    assert body["document"]["text"]
    assert any(m["event_id"] == event["event"]["id"] for m in body["mentions"])


def test_api_tallies_agree_with_resolution(viewer: TestClient, db_url: str) -> None:
    """The dashboard sums incidents in SQL; resolution's tally_series_for in Python."""
    body = viewer.get("/api/tallies").json()
    with Store.open(db_url) as store:
        expected = tally_series_for(store)
    got = {
        (s["what"], s["scope"], p["as_of"], p["value"], p["doc_id"]): (p["incidents"], p["gap"])
        for s in body["series"]
        for p in s["points"]
    }
    want = {
        (s.what, s.scope, p.as_of.isoformat() if p.as_of else None, p.value, p.doc_id): (
            p.incidents,
            p.gap,
        )
        for s in expected
        for p in s.points
    }
    assert got == want
    assert any(p["gap"] for s in body["series"] for p in s["points"])


def test_api_quarantine_lists_failed_sources(viewer: TestClient) -> None:
    entries = viewer.get("/api/quarantine").json()["entries"]
    assert {e["path"].rsplit("/", 1)[-1] for e in entries} >= {"binary.txt", "empty.txt"}
    assert all(e["code"].startswith("E1") for e in entries)


def test_api_filters_lists_values(viewer: TestClient) -> None:
    body = viewer.get("/api/filters").json()
    assert "Protests" in body["type"] and "Puno" in body["department"]
    assert body["status"] == ["machine", "reviewed", "rejected"]


@pytest.mark.parametrize(
    ("fmt", "media"),
    [("acled", "text/csv"), ("jsonl", "application/x-ndjson"), ("geojson", "application/geo+json")],
)
def test_api_export_streams_each_format(viewer: TestClient, fmt: str, media: str) -> None:
    response = viewer.get("/api/export", params={"format": fmt, "department": "Puno"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert "attachment" in response.headers["content-disposition"]
    puno = viewer.get("/api/events", params={"department": "Puno", "per_page": 500}).json()
    if fmt == "acled":
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert rows and {r["admin1"] for r in rows} == {"Puno"}
        assert len(rows) == sum(1 for e in puno["items"] if e["date"])
    elif fmt == "jsonl":
        lines = [json.loads(line) for line in response.text.splitlines() if line]
        assert len(lines) == puno["total"]
    else:
        assert len(response.json()["features"]) == puno["total"]


def test_api_export_rejects_filters_it_cannot_apply(viewer: TestClient) -> None:
    assert viewer.get("/api/export", params={"format": "xlsx"}).status_code == 422
    assert viewer.get("/api/export", params={"type": "Protests,Riots"}).status_code == 422
    assert viewer.get("/api/export", params={"status": "machine"}).status_code == 422


def test_api_healthz_and_openapi(client: TestClient) -> None:
    health = client.get("/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    assert health.json()["revision"] == health.json()["head"]
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/events.geojson",
        "/api/documents/{doc_id}",
        "/api/tallies",
        "/api/export",
        "/healthz",
    ):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert params >= {
        "date_from",
        "date_to",
        "type",
        "department",
        "actor",
        "factuality",
        "status",
        "page",
        "per_page",
        "sort",
        "order",
    }
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events.geojson" in docs.text
    assert "cdn" not in docs.text.lower()
