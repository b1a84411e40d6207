"""One router per area; ``ROUTERS`` is the order the app includes them."""

from __future__ import annotations

from fastapi import APIRouter

from veeduria.web.routes import (
    accounts,
    api_events,
    api_export,
    api_sources,
    dashboard,
    event_page,
    meta,
    review,
    sources,
    tally_page,
)

ROUTERS: tuple[APIRouter, ...] = (
    meta.router,
    accounts.router,
    dashboard.router,
    event_page.router,
    review.router,
    sources.router,
    tally_page.router,
    api_events.router,
    api_sources.router,
    api_export.router,
)
