"""One event: its figures, the sources side by side, the evidence, and the review forms."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from veeduria.web.detail import PRIMARY, SECONDARY, current_id, event_detail
from veeduria.web.errors import ApiError
from veeduria.web.highlight import segments
from veeduria.web.masking import masker
from veeduria.web.review_fields import EDITABLE
from veeduria.web.routes._deps import Viewer, get_config, get_db
from veeduria.web.templating import render
from veeduria.web.vocab import FACTUALITY_VALUES, PRECISIONS, event_types

router = APIRouter(include_in_schema=False)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, *, event_id: str, who: Viewer) -> Response:
    db, config = get_db(request), get_config(request)
    detail = event_detail(db, event_id, with_audit=not who.public)
    if detail is None:
        target = current_id(db, event_id)
        if target is not None:
            return RedirectResponse(f"/events/{target}", 303)
        raise ApiError(404, f"no event {event_id!r}")
    texts = {
        doc.id: segments(doc.text, doc.spans, transform=masker(doc.text) if config.public else None)
        for doc in detail.docs
    }
    return render(
        request,
        "event.html",
        {
            "d": detail,
            "e": detail.event,
            "texts": texts,
            "compared": detail.compared(PRIMARY),
            "coded": detail.compared(SECONDARY),
            "reviewed": detail.reviewed_fields,
            "editable": EDITABLE,
            "event_types": event_types(),
            "factualities": FACTUALITY_VALUES,
            "precisions": PRECISIONS,
            "can_review": who.can("analyst"),
        },
    )
