"""Dependencies and helpers the routers share."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import JSONResponse

from veeduria.web.auth import Principal, admin, analyst, viewer
from veeduria.web.config import WebConfig
from veeduria.web.db import Database
from veeduria.web.errors import ApiError
from veeduria.web.filters import EventFilters, event_filters
from veeduria.web.public import mask_payload
from veeduria.web.queries import SORTABLE


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_config(request: Request) -> WebConfig:
    config: WebConfig = request.app.state.config
    return config


def json_out(request: Request, payload: Any, *, status: int = 200) -> JSONResponse:
    """A JSON answer, masked in public mode."""
    if get_config(request).public:
        payload = mask_payload(payload)
    return JSONResponse(payload, status_code=status)


class Paging:
    """Page, size and sort order of a list (validated against the configured maximum)."""

    def __init__(
        self,
        request: Request,
        page: int = Query(1, ge=1, le=1_000_000, description="Page number, from 1."),
        per_page: int = Query(50, ge=1, description="Rows per page (at most 500 by default)."),
        sort: str = Query("date", description=f"Sort column: {', '.join(SORTABLE)}."),
        order: str = Query("desc", pattern="^(asc|desc)$", description="asc or desc."),
    ) -> None:
        limit = get_config(request).max_page_size
        if per_page > limit:
            raise ApiError(422, f"per_page is at most {limit}", details=[{"loc": ["per_page"]}])
        if sort not in SORTABLE:
            raise ApiError(
                422, f"sort must be one of {', '.join(SORTABLE)}", details=[{"loc": ["sort"]}]
            )
        self.page = page
        self.per_page = per_page
        self.sort = sort
        self.order = order


#: dependencies as annotations: ``who: Viewer`` requires a login (any role), and so on
Viewer = Annotated[Principal, Depends(viewer)]
Analyst = Annotated[Principal, Depends(analyst)]
Admin = Annotated[Principal, Depends(admin)]
Filters = Annotated[EventFilters, Depends(event_filters)]
PageOpts = Annotated[Paging, Depends()]
