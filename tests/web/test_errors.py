"""One exception handler and one error shape, for every error the app can answer with."""

from __future__ import annotations

import pytest
from web_helpers import MakeClient, TestClient, login

from veeduria.web.errors import ApiError

SHAPE = {"status", "code", "message", "details"}


def assert_shape(response: object, status: int, code: str | None = None) -> dict[str, object]:
    assert response.status_code == status  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == SHAPE, error
    assert error["status"] == status
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["details"], list)
    if code is not None:
        assert error["code"] == code
    return dict(error)


@pytest.mark.parametrize(
    ("method", "path", "params", "status", "code"),
    [
        ("GET", "/api/nothing-here", {}, 404, "not_found"),
        ("GET", "/api/events/0000000000000000", {}, 404, "not_found"),
        ("GET", "/api/documents/nope", {}, 404, "not_found"),
        ("GET", "/api/events", {"per_page": "x"}, 422, "invalid"),
        ("GET", "/api/events", {"date_to": "yesterday"}, 422, "invalid"),
        ("DELETE", "/api/events", {}, 405, "method_not_allowed"),
        ("GET", "/api/users", {}, 403, "forbidden"),  # only admins list the accounts
    ],
)
def test_error_shape_is_the_same_everywhere(
    viewer: TestClient, method: str, path: str, params: dict[str, str], status: int, code: str
) -> None:
    assert_shape(viewer.request(method, path, params=params), status, code)


def test_error_shape_for_missing_login(client: TestClient) -> None:
    error = assert_shape(client.get("/api/events"), 401, "login_required")
    assert "log in" in str(error["message"])


def test_error_shape_for_validation_lists_the_parameter(viewer: TestClient) -> None:
    error = assert_shape(viewer.get("/api/events", params={"page": "-3"}), 422, "invalid")
    assert any("page" in d["loc"] for d in error["details"])  # type: ignore[union-attr, index]


def test_error_shape_for_crashes_hides_the_cause(make_client: MakeClient) -> None:
    client = make_client()

    @client.app.get("/api/boom")  # type: ignore[attr-defined, untyped-decorator]
    def boom() -> None:
        raise RuntimeError("secret internals")

    @client.app.get("/api/teapot")  # type: ignore[attr-defined, untyped-decorator]
    def teapot() -> None:
        raise ApiError(409, "already reviewed", code="conflict")

    error = assert_shape(client.get("/api/boom"), 500, "internal")
    assert "secret" not in str(error["message"])
    assert_shape(client.get("/api/teapot"), 409, "conflict")
    crashed = client.get("/api/boom")
    assert crashed.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in crashed.headers["content-security-policy"]


def test_error_pages_render_the_same_fields_as_html(viewer: TestClient) -> None:
    response = viewer.get("/events/doesnotexist")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no event" in response.text and "not_found" in response.text


def test_pages_redirect_to_login_and_back(client: TestClient) -> None:
    response = client.get("/events?type=Protests", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fevents%3Ftype%3DProtests"
    login(client, "vic")
    assert client.get("/events?type=Protests").status_code == 200
