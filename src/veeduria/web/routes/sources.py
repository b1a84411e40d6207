"""The document page and the quarantine."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from veeduria.web.documents import document_view, quarantine_entries
from veeduria.web.errors import ApiError
from veeduria.web.highlight import segments
from veeduria.web.masking import masker
from veeduria.web.routes._deps import Viewer, get_config, get_db
from veeduria.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, *, doc_id: str, who: Viewer) -> HTMLResponse:
    view = document_view(get_db(request), doc_id)
    if view is None:
        raise ApiError(404, f"no document {doc_id!r}")
    transform = masker(view.doc["text"]) if get_config(request).public else None
    text = segments(view.doc["text"], view.spans(), transform=transform)
    return render(request, "document.html", {"v": view, "doc": view.doc, "text": text})


@router.get("/quarantine", response_class=HTMLResponse)
def quarantine_page(
    request: Request,
    *,
    all: bool = Query(False, description="Include resolved entries."),  # noqa: A002
    who: Viewer,
) -> HTMLResponse:
    entries = quarantine_entries(get_db(request), include_resolved=all)
    return render(request, "quarantine.html", {"entries": entries, "show_all": all})
