"""The FastAPI application: ``create_app(WebConfig(db=...))``.

Pages are rendered on the server (Jinja2); the only script is the map's, served from
``/static``. Every page has a JSON twin under ``/api`` described by OpenAPI (``/docs``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from veeduria import __version__
from veeduria.web.config import WebConfig
from veeduria.web.db import Database
from veeduria.web.errors import ApiError, handle_error
from veeduria.web.routes import ROUTERS
from veeduria.web.security import SecurityHeaders
from veeduria.web.templating import make_environment

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"

DESCRIPTION = """Events of protest and repression extracted from documents, with every
source's figures and the words behind them. All endpoints are read-only; reviews go
through the dashboard's forms. Lists take the shared filters (`date_from`, `date_to`,
`type`, `department`, `actor`, `factuality`, `status`). Errors always have the shape
`{"error": {"status", "code", "message", "details"}}`."""


def create_app(config: WebConfig, *, database: Database | None = None) -> FastAPI:
    """Build the app. The database is opened (and migrated) now, not on the first request.

    Args:
        config: Settings of the dashboard.
        database: An open database to use instead of opening ``config.db`` (tests).
    """
    db = database or Database.open(config.db, cache=config.query_cache)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if database is None:
            db.close()

    app = FastAPI(
        title="Veeduría",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # Swagger UI loads from a CDN: /docs is rendered here instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.db = db
    app.state.templates = make_environment(config)
    # one handler for everything: our errors, routing errors, bad parameters, crashes
    for exc_class in (ApiError, HTTPException, RequestValidationError, Exception):
        app.add_exception_handler(exc_class, handle_error)
    app.add_middleware(SecurityHeaders, config=config)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for router in ROUTERS:
        app.include_router(router)
    logger.info("dashboard on %s (public=%s)", db.store.url, config.public)
    return app
