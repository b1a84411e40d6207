"""/healthz and /docs (the OpenAPI description rendered as a page, with no CDN)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from veeduria.store.migrate import current_revision, head_revision
from veeduria.web.routes._deps import get_db
from veeduria.web.templating import render

router = APIRouter(tags=["meta"])


@router.get("/healthz", summary="Liveness and database check")
def healthz(request: Request) -> JSONResponse:
    """``{"status": "ok"}`` when the database answers; 503 with the same shape otherwise."""
    db = get_db(request)
    try:
        with db.read() as conn:
            conn.execute(sa.select(1))
        revision = current_revision(db.engine)
    except sa.exc.SQLAlchemyError as err:
        return JSONResponse({"status": "error", "database": type(err).__name__}, status_code=503)
    return JSONResponse(
        {"status": "ok", "database": db.dialect, "revision": revision, "head": head_revision()}
    )


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p.get("name"),
                    "in": p.get("in"),
                    "required": p.get("required", False),
                    "description": p.get("description")
                    or p.get("schema", {}).get("description", ""),
                }
                for p in op.get("parameters", [])
            ]
            out.append(
                {
                    "path": path,
                    "method": method.upper(),
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "tags": op.get("tags", []),
                    "parameters": params,
                }
            )
    return out


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, generated from the OpenAPI document at /openapi.json."""
    spec = request.app.openapi()
    ops = [o for o in _operations(spec) if o["path"].startswith(("/api", "/healthz"))]
    return render(request, "docs.html", {"spec": spec, "operations": ops})
