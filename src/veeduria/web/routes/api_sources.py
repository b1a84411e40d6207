"""JSON API for documents, tallies, the quarantine and the audit log."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from veeduria.store.accounts import audit_log
from veeduria.web.documents import document_view, quarantine_entries
from veeduria.web.errors import ApiError
from veeduria.web.queries import row_dict
from veeduria.web.routes._deps import Admin, Filters, Viewer, get_db, json_out
from veeduria.web.tallies import tally_series
from veeduria.web.users import list_users

router = APIRouter(prefix="/api", tags=["sources"])

ERROR = {"description": 'The error shape: {"error": {status, code, message, details}}'}
ERRORS: dict[int | str, dict[str, Any]] = {401: ERROR, 404: ERROR, 422: ERROR}


@router.get(
    "/documents/{doc_id}", summary="One document and what was extracted from it", responses=ERRORS
)
def api_document(request: Request, *, doc_id: str, who: Viewer) -> JSONResponse:
    view = document_view(get_db(request), doc_id)
    if view is None:
        raise ApiError(404, f"no document {doc_id!r}")
    return json_out(request, view.to_dict())


@router.get("/tallies", summary="Tally series against the coded incidents", responses=ERRORS)
def api_tallies(request: Request, *, f: Filters, who: Viewer) -> JSONResponse:
    """One series per figure and scope; each point has ``incidents`` (the sum of the events
    counted over its window) and ``gap`` (tally minus incidents)."""
    series = tally_series(get_db(request), f)
    return json_out(request, {"filters": f.to_dict(), "series": [s.to_dict() for s in series]})


@router.get("/quarantine", summary="Sources that could not be ingested", responses=ERRORS)
def api_quarantine(
    request: Request,
    *,
    all: bool = Query(False, description="Include resolved entries."),  # noqa: A002
    who: Viewer,
) -> JSONResponse:
    return json_out(request, {"entries": quarantine_entries(get_db(request), include_resolved=all)})


@router.get("/users", summary="Accounts (admins)", responses=ERRORS)
def api_users(request: Request, who: Admin) -> JSONResponse:
    """Name, role, state and last login of every account; never a password hash."""
    with get_db(request).read() as conn:
        people = list_users(conn)
    return json_out(request, {"users": [u.to_dict() for u in people]})


@router.get("/audit", summary="The audit log", responses=ERRORS)
def api_audit(
    request: Request,
    *,
    object_id: str | None = Query(None, max_length=64, description="Only this event or user."),
    page: int = Query(1, ge=1),
    per_page: int = Query(100, ge=1, le=500),
    who: Viewer,
) -> JSONResponse:
    """Every change made through the dashboard or ``veeduria user``: who, when, action,
    before, after, reason. Not available in public mode."""
    if who.public:
        raise ApiError(403, "the audit log is not public")
    query = sa.select(audit_log)
    if object_id:
        query = query.where(audit_log.c.object_id == object_id)
    with get_db(request).read() as conn:
        total = int(conn.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0)
        rows = conn.execute(
            query.order_by(audit_log.c.at.desc(), audit_log.c.id.desc())
            .limit(per_page)
            .offset((page - 1) * per_page)
        )
        items = [row_dict(r) for r in rows]
    return json_out(request, {"total": total, "page": page, "per_page": per_page, "items": items})
