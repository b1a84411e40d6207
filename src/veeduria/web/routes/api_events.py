"""JSON API for events: the list, the map, the timeline and one event."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from veeduria.web.detail import current_id, event_detail
from veeduria.web.errors import ApiError
from veeduria.web.geo import MAX_ZOOM, BBox, geojson
from veeduria.web.queries import departments, list_events, summary, timeline
from veeduria.web.routes._deps import Filters, PageOpts, Viewer, get_config, get_db, json_out
from veeduria.web.vocab import FACTUALITY_VALUES, STATUSES, event_types

router = APIRouter(prefix="/api", tags=["events"])

ERROR = {"description": 'The error shape: {"error": {status, code, message, details}}'}
ERRORS: dict[int | str, dict[str, Any]] = {401: ERROR, 404: ERROR, 422: ERROR}


@router.get("/events", summary="Events, filtered, sorted and paged", responses=ERRORS)
def api_events(
    request: Request,
    *,
    f: Filters,
    paging: PageOpts,
    who: Viewer,
) -> JSONResponse:
    """One page of events: ``{"total", "page", "per_page", "pages", "items": [...]}``.

    Items hold the event's canonical values (counts with their ``_low``/``_high`` spread).
    """
    page = list_events(
        get_db(request),
        f,
        page=paging.page,
        per_page=paging.per_page,
        sort=paging.sort,
        order=paging.order,
    )
    return json_out(request, {"filters": f.to_dict(), **page.to_dict()})


@router.get("/events.geojson", summary="Events on the map (points or grid cells)", responses=ERRORS)
def api_events_geojson(
    request: Request,
    *,
    f: Filters,
    bbox: str | None = Query(None, description="W,S,E,N in degrees; default: the whole world."),
    zoom: int | None = Query(None, ge=0, le=MAX_ZOOM, description="Map zoom, for the grid size."),
    who: Viewer,
) -> JSONResponse:
    """A GeoJSON FeatureCollection of the located events matching the filters.

    When more events than the server's point limit (3,000 by default) fall in ``bbox``,
    the features are grid cells (``properties.cluster = true``, ``count``, ``killed``)
    aggregated in the database; ``meta.mode`` says ``points`` or ``grid``.
    """
    config = get_config(request)
    payload = geojson(get_db(request), f, BBox.parse(bbox), zoom, config.map_point_limit)
    meta = {**payload["meta"], "filters": f.to_dict()}  # the payload is shared by the cache
    return json_out(request, {**payload, "meta": meta})


@router.get("/timeline", summary="Events and deaths per day", responses=ERRORS)
def api_timeline(request: Request, *, f: Filters, who: Viewer) -> JSONResponse:
    """Bins of ``{"start", "events", "killed"}``: days, or weeks/months over long spans."""
    db = get_db(request)
    size, bins = timeline(db, f)
    facts = summary(db, f)
    return json_out(
        request,
        {
            "filters": f.to_dict(),
            "bin": size,
            "totals": {k: v for k, v in facts.items() if k != "bounds"},
            "bounds": facts["bounds"],
            "bins": [
                {"start": b.start.isoformat(), "events": b.events, "killed": b.killed} for b in bins
            ],
        },
    )


@router.get("/filters", summary="Values the filters accept")
def api_filters(request: Request, *, who: Viewer) -> JSONResponse:
    return json_out(
        request,
        {
            "type": event_types(),
            "department": departments(get_db(request)),
            "factuality": list(FACTUALITY_VALUES),
            "status": list(STATUSES),
        },
    )


@router.get(
    "/events/{event_id}", summary="One event with its mentions and sources", responses=ERRORS
)
def api_event(request: Request, *, event_id: str, who: Viewer) -> JSONResponse:
    """The event row (with ``data.alternatives``: every source's value per field), its
    mentions (in the ``veeduria extract`` shape), its documents and its review history."""
    db = get_db(request)
    detail = event_detail(db, event_id, with_audit=False)
    if detail is None:
        target = current_id(db, event_id)
        if target is not None:
            raise ApiError(
                404,
                f"event {event_id!r} is now {target!r}",
                code="merged",
                details=[{"merged_into": target}],
            )
        raise ApiError(404, f"no event {event_id!r}")
    return json_out(request, detail.to_dict())
