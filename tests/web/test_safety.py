"""Safe rendering, security headers, no external URLs, public mode and its masking."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from web_helpers import HOSTILE_TEXT, MakeClient, TestClient, login

from veeduria.web.highlight import Segment, Span, segments
from veeduria.web.masking import WITHHELD, mask_actor, mask_names

STATIC = Path(__file__).resolve().parents[2] / "src" / "veeduria" / "web" / "static"
PAGES = ("/", "/events", "/tallies", "/quarantine", "/audit", "/docs")


def hostile_doc(client: TestClient) -> str:
    hits = [
        e
        for e in client.get("/api/events", params={"per_page": 500, "department": "Puno"}).json()[
            "items"
        ]
    ]
    for e in hits:
        detail = client.get(f"/api/events/{e['id']}").json()
        for doc in detail["documents"]:
            if doc["title"] is None and "hostile" in (
                client.get(f"/api/documents/{doc['id']}").json()["document"]["origin"] or ""
            ):
                return str(doc["id"])
    raise AssertionError("the hostile document made no event")


def test_safety_document_markup_renders_as_text(viewer: TestClient) -> None:
    doc_id = hostile_doc(viewer)
    for path in (f"/documents/{doc_id}",):
        html = viewer.get(path).text
        assert "<script>window.__xss" not in html and "<img src=x" not in html
        assert 'href="javascript:' not in html and "<b onmouseover" not in html
        assert "&lt;script&gt;window.__xss = 1; alert(&#39;xss&#39;)&lt;/script&gt;" in html
        assert "onerror=&#34;window.__xss = 2" in html or "onerror=&quot;window.__xss = 2" in html


def test_safety_hostile_text_is_stored_verbatim(viewer: TestClient) -> None:
    body = viewer.get(f"/api/documents/{hostile_doc(viewer)}").json()
    assert body["document"]["text"].strip() == HOSTILE_TEXT.strip()


@pytest.mark.parametrize(
    "path", [*PAGES, "/login", "/api/events", "/static/js/map.js", "/api/nope", "/healthz"]
)
def test_safety_headers_on_every_response(viewer: TestClient, path: str) -> None:
    headers = viewer.get(path).headers
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert (
        "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    )
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"


def test_safety_tile_server_is_allowed_only_for_images(make_client: MakeClient) -> None:
    client = make_client(tile_url="https://tiles.example.org/{z}/{x}/{y}.png")
    csp = client.get("/login").headers["content-security-policy"]
    assert "img-src 'self' data: https://tiles.example.org" in csp
    assert "script-src 'self';" in csp and "connect-src 'self'" in csp


@pytest.mark.parametrize("path", PAGES)
def test_safety_pages_have_no_inline_script_or_external_url(viewer: TestClient, path: str) -> None:
    html = viewer.get(path).text
    assert re.search(r"<script(?![^>]*\bsrc=\"/static/)", html) is None, "inline script"
    assert re.search(r"\son[a-z]+\s*=", html) is None, "inline event handler"
    assert re.search(r"\sstyle\s*=", html) is None, "inline style"
    assert re.search(r"(?:src|href|action)=\"(?:https?:)?//", html) is None, "external URL"


def test_safety_vendored_files_load_nothing_from_the_network() -> None:
    for path in (STATIC / "js").glob("*.js"):
        assert "http://" not in path.read_text() and "https://" not in path.read_text()
    css = (STATIC / "vendor" / "leaflet" / "leaflet.css").read_text()
    assert re.search(r"url\((?!images/|data:|#default#VML)", css) is None
    for name in (
        "leaflet/LICENSE",
        "leaflet.markercluster/LICENSE",
        "topojson-client/LICENSE",
        "world-atlas/LICENSE",
    ):
        assert (STATIC / "vendor" / name).read_text().strip()


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("abc", [], [Segment("abc")]),
        (
            "a <b> c",
            [Span(2, 5, "trigger")],
            [Segment("a "), Segment("<b>", ("trigger",)), Segment(" c")],
        ),
        (
            "17 muertos",
            [Span(0, 10, "killed"), Span(0, 2, "trigger")],
            [Segment("17", ("killed", "trigger")), Segment(" muertos", ("killed",))],
        ),
        ("short", [Span(3, 99, "date"), Span(4, 2, "date"), Span(-1, 2, "x")], [Segment("short")]),
    ],
)
def test_safety_highlight_splits_text_into_segments(
    text: str, spans: list[Span], expected: list[Segment]
) -> None:
    assert segments(text, spans) == expected
    assert "".join(s.text for s in segments(text, spans)) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "Rosa Huamán Quispe, madre de la víctima, declaró",
            f"{WITHHELD}, madre de la víctima, declaró",
        ),
        ("Inti Sotelo y Jack Bryan Pintado murieron", f"{WITHHELD} y {WITHHELD} murieron"),
        ("el joven Kevin murió en Lima", f"el joven {WITHHELD} murió en Lima"),
        ("doña Juana Pillaca lloraba", f"doña {WITHHELD} lloraba"),
        ("President Dina Boluarte said", f"President {WITHHELD} said"),
        (
            "según la Defensoría del Pueblo y la Policía Nacional",
            "según la Defensoría del Pueblo y la Policía Nacional",
        ),
        (
            "turistas en Machu Picchu y San Juan de Lurigancho",
            "turistas en Machu Picchu y San Juan de Lurigancho",
        ),
        ("On Sunday, in Ayacucho", "On Sunday, in Ayacucho"),
    ],
)
def test_safety_masking_of_person_names(text: str, masked: str) -> None:
    assert mask_names(text) == masked


def test_safety_masking_of_civilian_actors() -> None:
    assert mask_actor("Civilians (Peru)", 7) == "Civilians (Peru)"
    assert mask_actor("Juan Pérez", 7) == "Civilians (name withheld)"
    assert mask_actor("Police Forces of Peru", 1) == "Police Forces of Peru"


def test_safety_public_mode_is_read_only_and_masks_names(make_client: MakeClient) -> None:
    public = make_client(public=True)
    private = make_client()
    login(private, "vic")
    assert public.get("/").status_code == 200  # no login needed
    assert public.get("/login", follow_redirects=False).status_code == 303
    events = public.get("/api/events", params={"sort": "sources", "per_page": 20}).json()["items"]
    named = None
    for e in events:
        for doc in private.get(f"/api/events/{e['id']}").json()["documents"]:
            text = private.get(f"/api/documents/{doc['id']}").json()["document"]["text"]
            if "Dina Boluarte" in text:
                named = (str(e["id"]), str(doc["id"]))
                break
        if named:
            break
    assert named, "no sample document names Dina Boluarte"
    event_id, doc_id = named
    detail = public.get(f"/api/events/{event_id}").json()
    assert "reviews" not in detail
    api_text = public.get(f"/api/documents/{doc_id}").json()["document"]["text"]
    assert "Boluarte" not in api_text and WITHHELD in api_text
    for path in (f"/documents/{doc_id}", f"/events/{event_id}"):
        html = public.get(path).text
        assert "Dina Boluarte" not in html and WITHHELD in html, path
    page = public.get(f"/events/{event_id}").text
    assert "public read-only" in page and 'action="/events/' not in page and "History" not in page
    assert public.post(f"/events/{event_id}/accept", data={"csrf_token": "x"}).status_code == 403
    assert public.post("/login", data={"csrf_token": "x"}).status_code == 403
    assert public.get("/audit").status_code == 403
    assert public.get("/api/audit").status_code == 403
    assert public.get("/api/export").status_code == 403
