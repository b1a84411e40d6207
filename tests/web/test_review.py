"""Reviews: accept, edit, reject, merge, split; event_reviews and the audit log; reviewed
values survive re-resolution and re-extraction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from web_helpers import TestClient, csrf_of, event_with_sources

from veeduria.config import load_settings
from veeduria.events import resolve_store
from veeduria.pipeline import reextract
from veeduria.store import Store
from veeduria.store.accounts import audit_log
from veeduria.store.schema import event_reviews


def rows(db_url: str, table: sa.Table, **where: Any) -> list[dict[str, Any]]:
    with Store.open(db_url) as store, store.engine.connect() as conn:
        query = sa.select(table).where(*(table.c[k] == v for k, v in where.items()))
        return [dict(r._mapping) for r in conn.execute(query.order_by(table.c.id))]


def post(client: TestClient, token: str, path: str, **data: Any) -> Any:
    return client.post(path, data={"csrf_token": token, **data}, follow_redirects=False)


def event(client: TestClient, event_id: str) -> dict[str, Any]:
    response = client.get(f"/api/events/{event_id}")
    assert response.status_code == 200, response.text
    return dict(response.json()["event"])


def test_review_edit_a_count_writes_review_and_audit(
    analyst: tuple[TestClient, str], db_url: str
) -> None:
    client, token = analyst
    target = event_with_sources(client)
    before = target["killed"]
    response = post(
        client,
        token,
        f"/events/{target['id']}/edit",
        field="killed",
        value="21",
        reason="hospital list",
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/events/{target['id']}#review"
    after = event(client, str(target["id"]))
    assert after["killed"] == 21 and after["status"] == "reviewed"
    assert "killed" in after["data"]["reviewed"]
    (review,) = rows(db_url, event_reviews, event_id=target["id"])
    assert (review["field"], review["value"], review["before"]) == ("killed", 21, before)
    assert (review["user"], review["reason"]) == ("ana", "hospital list")
    (entry,) = rows(db_url, audit_log, object_id=target["id"])
    assert (entry["user"], entry["action"], entry["field"]) == ("ana", "edit", "killed")
    assert (entry["before"], entry["after"], entry["reason"]) == (before, 21, "hospital list")
    assert entry["at"] is not None and entry["ip"]


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [
        ("date", "2023-01-08", "2023-01-08"),
        ("admin1", "  Cusco ", "Cusco"),
        ("factuality", "reported", "reported"),
        ("injured", "", None),
        ("latitude", "-15.5", -15.5),
        ("actor2_inter", "7", 7),
    ],
)
def test_review_edit_fields(
    analyst: tuple[TestClient, str], db_url: str, field: str, value: str, stored: object
) -> None:
    client, token = analyst
    target = event_with_sources(client)
    assert (
        post(
            client, token, f"/events/{target['id']}/edit", field=field, value=value, reason="r"
        ).status_code
        == 303
    )
    assert event(client, str(target["id"]))[field] == stored
    assert rows(db_url, event_reviews, event_id=target["id"])[-1]["value"] == stored


def test_review_sub_event_type_sets_the_event_type(
    analyst: tuple[TestClient, str], db_url: str
) -> None:
    client, token = analyst
    target = event_with_sources(client)
    post(
        client,
        token,
        f"/events/{target['id']}/edit",
        field="sub_event_type",
        value="Attack",
        reason="r",
    )
    after = event(client, str(target["id"]))
    assert (after["event_type"], after["sub_event_type"]) == (
        "Violence against civilians",
        "Attack",
    )
    fields = [r["field"] for r in rows(db_url, event_reviews, event_id=target["id"])]
    assert fields == ["sub_event_type", "event_type"]


@pytest.mark.parametrize(
    ("field", "value", "reason", "message"),
    [
        ("killed", "17", "", "give a reason"),
        ("killed", "-1", "r", "out of range"),
        ("killed", "many", "r", "not a whole number"),
        ("date", "9 Jan", "r", "not a date"),
        ("factuality", "rumour", "r", "not one of"),
        ("id", "x", "r", "cannot be edited"),
        ("status", "reviewed", "r", "cannot be edited"),
    ],
)
def test_review_edit_rejects_bad_input(
    analyst: tuple[TestClient, str], db_url: str, field: str, value: str, reason: str, message: str
) -> None:
    client, token = analyst
    target = event_with_sources(client)
    response = post(
        client, token, f"/events/{target['id']}/edit", field=field, value=value, reason=reason
    )
    assert response.status_code == 422
    assert message in response.text
    assert rows(db_url, event_reviews, event_id=target["id"]) == []
    assert rows(db_url, audit_log, object_id=target["id"]) == []


def test_review_accept_and_reject(analyst: tuple[TestClient, str], db_url: str) -> None:
    client, token = analyst
    items = client.get("/api/events", params={"per_page": 2}).json()["items"]
    first, second = (str(e["id"]) for e in items)
    assert post(client, token, f"/events/{first}/accept").status_code == 303
    assert event(client, first)["status"] == "reviewed"
    assert post(client, token, f"/events/{second}/reject").status_code == 422  # reason needed
    assert (
        post(client, token, f"/events/{second}/reject", reason="an opinion piece").status_code
        == 303
    )
    assert event(client, second)["status"] == "rejected"
    listed = {e["id"] for e in client.get("/api/events", params={"per_page": 500}).json()["items"]}
    assert second not in listed
    rejected = client.get("/api/events", params={"status": "rejected"}).json()["items"]
    assert [e["id"] for e in rejected] == [second]
    statuses = [(r["field"], r["value"], r["before"]) for r in rows(db_url, event_reviews)]
    assert statuses == [("status", "reviewed", "machine"), ("status", "rejected", "machine")]
    assert [r["action"] for r in rows(db_url, audit_log)] == ["accept", "reject"]


def test_review_merge_moves_mentions_and_records_the_merge(
    analyst: tuple[TestClient, str], db_url: str
) -> None:
    client, token = analyst
    items = client.get("/api/events", params={"department": "Puno", "per_page": 5}).json()["items"]
    source, target = str(items[0]["id"]), str(items[1]["id"])
    mentions = len(client.get(f"/api/events/{source}").json()["mentions"]) + len(
        client.get(f"/api/events/{target}").json()["mentions"]
    )
    response = post(client, token, f"/events/{source}/merge", into=target, reason="same clash")
    assert response.headers["location"] == f"/events/{target}#review"
    merged = client.get(f"/api/events/{target}").json()
    assert len(merged["mentions"]) == mentions
    assert source in merged["event"]["data"]["previous_ids"]
    gone = client.get(f"/api/events/{source}")
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "merged"
    assert (
        client.get(f"/events/{source}", follow_redirects=False).headers["location"]
        == f"/events/{target}"
    )
    (review,) = rows(db_url, event_reviews, event_id=source)
    assert (review["field"], review["value"]) == ("_merge", {"into": target})
    assert [r["action"] for r in rows(db_url, audit_log)] == ["merge", "merge_in"]
    assert (
        post(client, token, f"/events/{target}/merge", into=target, reason="x").status_code == 422
    )


def test_review_split_creates_the_event_resolution_will_create(
    analyst: tuple[TestClient, str], db_url: str
) -> None:
    client, token = analyst
    target = event_with_sources(client, minimum=3)
    detail = client.get(f"/api/events/{target['id']}").json()
    moved = [m["id"] for m in detail["mentions"] if m["doc_id"] == detail["documents"][0]["id"]]
    response = client.post(
        f"/events/{target['id']}/split",
        data={"csrf_token": token, "reason": "two incidents", "mention_ids": moved},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    new_id = response.headers["location"].split("/")[2].split("#")[0]
    part = client.get(f"/api/events/{new_id}").json()
    assert sorted(m["id"] for m in part["mentions"]) == sorted(moved)
    rest = client.get(f"/api/events/{target['id']}").json()
    assert not set(moved) & {m["id"] for m in rest["mentions"]}
    (review,) = rows(db_url, event_reviews, event_id=target["id"])
    assert (review["field"], review["value"]) == ("_split", {"mention_ids": sorted(moved)})
    with Store.open(db_url) as store:
        resolve_store(store)
    again = client.get(f"/api/events/{new_id}").json()  # resolution gives the part the same id
    assert sorted(m["id"] for m in again["mentions"]) == sorted(moved)
    everything = [m["id"] for m in rest["mentions"]] + moved
    bad = client.post(
        f"/events/{target['id']}/split",
        data={"csrf_token": token, "reason": "r", "mention_ids": everything},
        follow_redirects=False,
    )
    assert bad.status_code == 422


def test_review_values_survive_re_resolution_and_re_extraction(
    analyst: tuple[TestClient, str], db_url: str, tmp_path: Path
) -> None:
    client, token = analyst
    target = event_with_sources(client)
    event_id = str(target["id"])
    post(client, token, f"/events/{event_id}/edit", field="killed", value="23", reason="morgue")
    post(client, token, f"/events/{event_id}/edit", field="admin2", value="San Román", reason="map")
    empty = tmp_path / "veeduria.toml"
    empty.write_text("", encoding="utf-8")
    settings = load_settings(config_file=empty, env={})
    with Store.open(db_url) as store:
        resolve_store(store)
    after = event(client, event_id)
    assert (after["killed"], after["admin2"], after["status"]) == (23, "San Román", "reviewed")
    with Store.open(db_url) as store:
        reextract(store, settings)
    after = event(client, event_id)
    assert (after["killed"], after["admin2"], after["status"]) == (23, "San Román", "reviewed")
    page = client.get(f"/events/{event_id}").text
    assert "morgue" in page and "reviewed" in page


def test_review_is_for_analysts_only(viewer: TestClient) -> None:
    target = viewer.get("/api/events").json()["items"][0]["id"]
    page = viewer.get(f"/events/{target}").text
    assert 'action="/events/' not in page
    token = csrf_of(page)
    response = viewer.post(
        f"/events/{target}/edit",
        data={"csrf_token": token, "field": "killed", "value": "1", "reason": "r"},
    )
    assert response.status_code == 403


def test_review_old_ids_and_prefixes_lead_to_the_event(viewer: TestClient) -> None:
    event_id = str(viewer.get("/api/events").json()["items"][0]["id"])
    response = viewer.get(f"/events/{event_id[:8]}", follow_redirects=False)
    assert response.headers["location"] == f"/events/{event_id}"
    body = viewer.get(f"/api/events/{event_id[:8]}").json()
    assert body["error"]["details"] == [{"merged_into": event_id}]
    assert viewer.get("/events/ffffffffffffffff").status_code == 404
