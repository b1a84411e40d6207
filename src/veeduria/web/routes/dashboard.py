"""The map with the timeline (``/``) and the events table (``/events``)."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from veeduria.web.charts import timeline_chart
from veeduria.web.filters import EventFilters
from veeduria.web.queries import departments, list_events, summary, timeline
from veeduria.web.routes._deps import Filters, PageOpts, Viewer, get_config, get_db
from veeduria.web.templating import render
from veeduria.web.vocab import FACTUALITY_VALUES, STATUSES, event_types

router = APIRouter(include_in_schema=False)


def filter_context(request: Request, f: EventFilters) -> dict[str, object]:
    """What the shared filter bar needs."""
    return {
        "f": f,
        "departments": departments(get_db(request)),
        "event_types": list(event_types()),
        "factualities": FACTUALITY_VALUES,
        "statuses": STATUSES,
    }


@router.get("/", response_class=HTMLResponse)
def map_page(
    request: Request,
    *,
    f: Filters,
    who: Viewer,
) -> HTMLResponse:
    db, config = get_db(request), get_config(request)
    size, bins = timeline(db, f)
    facts = summary(db, f)
    return render(
        request,
        "map.html",
        {
            **filter_context(request, f),
            "totals": facts,
            "chart": timeline_chart(bins, size),
            "bounds": json.dumps(facts["bounds"]),
            "tile_url": config.tile_url or "",
            "tile_attribution": config.tile_attribution,
        },
    )


@router.get("/events", response_class=HTMLResponse)
def table_page(
    request: Request,
    *,
    f: Filters,
    paging: PageOpts,
    who: Viewer,
) -> HTMLResponse:
    page = list_events(
        get_db(request),
        f,
        page=paging.page,
        per_page=paging.per_page,
        sort=paging.sort,
        order=paging.order,
    )
    return render(request, "table.html", {**filter_context(request, f), "page": page})
