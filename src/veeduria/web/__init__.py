"""The dashboard and JSON API: ``create_app(WebConfig(db=URL))``; see docs/dashboard.md."""

from veeduria.web.app import create_app
from veeduria.web.config import WebConfig

__all__ = ["WebConfig", "create_app"]
