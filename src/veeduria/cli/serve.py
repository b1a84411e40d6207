"""``veeduria serve``: the dashboard and the JSON API on this machine."""

from __future__ import annotations

import ipaddress
import logging

import click

from veeduria.cli._app import get_settings, handle_errors, main
from veeduria.cli.ingest import db_option

logger = logging.getLogger(__name__)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@db_option
@click.option(
    "--public",
    is_flag=True,
    help="Public read-only mode: no login, no reviews, names of victims and witnesses withheld.",
)
@click.option(
    "--tiles",
    "tile_url",
    metavar="URL",
    envvar="VEEDURIA_TILES",
    default=None,
    help="Tile server template (http(s)://HOST/{z}/{x}/{y}.png) for the map's base layer; "
    "default: the bundled country outlines, no network. Env: VEEDURIA_TILES.",
)
@click.option(
    "--tile-attribution",
    envvar="VEEDURIA_TILE_ATTRIBUTION",
    default="",
    help="Attribution text the tile server requires.",
)
@click.option(
    "--https",
    "https",
    is_flag=True,
    help="Mark cookies Secure (set this behind an https reverse proxy).",
)
@click.option(
    "--map-point-limit",
    type=click.IntRange(1, 1_000_000),
    default=3000,
    show_default=True,
    help="Above this many events in view the map gets server-side grid cells.",
)
@click.option(
    "--query-cache/--no-query-cache",
    default=True,
    show_default=True,
    help="Keep aggregate results until the database changes (SQLite); off to measure queries.",
)
@click.option("--log-level", default="info", show_default=True, help="uvicorn log level.")
@click.pass_context
@handle_errors
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    db: str | None,
    public: bool,
    tile_url: str | None,
    tile_attribution: str,
    https: bool,
    map_point_limit: int,
    query_cache: bool,
    log_level: str,
) -> None:
    """Serve the dashboard at http://HOST:PORT (default http://127.0.0.1:8000).

    A map, timeline and table of events with shared filters, event and document pages with
    the evidence highlighted, tallies against coded incidents, the quarantine, review with
    an audit log, and a JSON API described at /docs. Create accounts first with
    'veeduria user add NAME --role admin'.
    """
    import uvicorn

    from veeduria.web import WebConfig, create_app

    settings = get_settings(ctx, db=db)
    config = WebConfig(
        db=str(settings.db),
        public=public,
        tile_url=tile_url or None,
        tile_attribution=tile_attribution,
        https=https,
        map_point_limit=map_point_limit,
        query_cache=query_cache,
    )
    if not _loopback(host) and not https:
        logger.warning(
            "listening on %s without --https: passwords and session cookies cross the network "
            "in clear text unless a TLS proxy sits in front",
            host,
        )
    app = create_app(config)
    click.echo(f"Veeduría dashboard on http://{host}:{port} (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=https)
