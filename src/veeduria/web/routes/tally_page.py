"""The tallies page: each series charted against the coded incidents."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from veeduria.web.charts import series_chart
from veeduria.web.routes._deps import Filters, Viewer, get_db
from veeduria.web.routes.dashboard import filter_context
from veeduria.web.tallies import tally_series
from veeduria.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/tallies", response_class=HTMLResponse)
def tallies_page(request: Request, *, f: Filters, who: Viewer) -> HTMLResponse:
    series = tally_series(get_db(request), f)
    charts = [(s, series_chart(s)) for s in series]
    return render(request, "tallies.html", {**filter_context(request, f), "charts": charts})
