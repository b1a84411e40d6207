"""/api/export: the events matching the filters in a file format, streamed.

The writers are ``veeduria.export``'s (the same as ``veeduria export``): events are read a
page at a time and written as they come, so a large export never sits in memory.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from veeduria.web.errors import ApiError
from veeduria.web.filters import ANY, EventFilters
from veeduria.web.routes._deps import Filters, Viewer, get_config, get_db

router = APIRouter(prefix="/api", tags=["export"])

ERROR = {"description": 'The error shape: {"error": {status, code, message, details}}'}
ERRORS: dict[int | str, dict[str, Any]] = {401: ERROR, 403: ERROR, 422: ERROR, 501: ERROR}


def export_filters(f: EventFilters) -> Any:
    """The dashboard's filters as ``veeduria.export.EventFilters`` (which is coarser)."""
    from veeduria.export import EventFilters as ExportFilters

    def one(name: str, values: tuple[str, ...]) -> str | None:
        if len(values) > 1:
            raise ApiError(422, f"an export takes at most one {name}", details=[{"loc": [name]}])
        return values[0] if values else None

    if f.factuality not in {(), (ANY,)}:
        raise ApiError(
            422,
            "an export filters by factuality as 'happened' (the default) or 'any'",
            details=[{"loc": ["factuality"]}],
        )
    if f.status not in {(), (ANY,)}:
        raise ApiError(
            422,
            "an export filters by review status as 'not rejected' (the default) or 'any'",
            details=[{"loc": ["status"]}],
        )
    return ExportFilters(
        date_from=f.date_from,
        date_to=f.date_to,
        type=one("type", f.types),
        admin1=one("department", f.departments),
        actor=f.actor or None,
        all_families=f.factuality == (ANY,),
        include_rejected=f.status == (ANY,),
    )


@router.get("/export", summary="Download the events (streamed)", responses=ERRORS)
def api_export(
    request: Request,
    f: Filters,
    who: Viewer,
    format: str = Query(  # noqa: A002
        "acled", description="acled (ACLED CSV), extended (CSV), jsonl, geojson or parquet."
    ),
) -> StreamingResponse:
    """The events matching the filters as a file: ACLED-compatible CSV, the extended CSV,
    JSON lines, GeoJSON or Parquet (with pyarrow installed). Not available in public mode,
    where names would leave unmasked in the evidence columns."""
    if get_config(request).public:
        raise ApiError(403, "exports are not available in public mode")
    try:
        from veeduria.export import FORMATS, MEDIA_TYPES, stream
    except ImportError as err:  # pragma: no cover - the export package ships with veeduria
        raise ApiError(501, "exports are not available in this installation") from err
    if format not in FORMATS:
        raise ApiError(
            422, f"format must be one of {', '.join(FORMATS)}", details=[{"loc": ["format"]}]
        )
    chunks = stream(get_db(request).store, format, export_filters(f))
    media_type, suffix = MEDIA_TYPES[format]
    name = f"veeduria-{format}-{dt.date.today().isoformat()}{suffix}"
    return StreamingResponse(
        chunks,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
