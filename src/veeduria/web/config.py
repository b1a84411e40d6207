"""Settings of the web app: one immutable object built by ``veeduria serve`` (or a test)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from veeduria.errors import ConfigError


@dataclass(frozen=True)
class WebConfig:
    """How the dashboard runs.

    Attributes:
        db: Database URL.
        public: Read-only public mode: no login, no review, names of victims and witnesses
            masked (see ``veeduria.web.masking``).
        tile_url: A tile server template (``https://tiles.example.org/{z}/{x}/{y}.png``) to
            draw under the events; None draws the bundled country outlines only. Its origin is
            added to the Content-Security-Policy ``img-src``.
        tile_attribution: Plain-text attribution shown for the tiles.
        https: Mark cookies ``Secure`` (also done for requests that arrive over https).
        session_hours: Lifetime of a login session.
        login_limit: Failed logins allowed per user name and address in ``login_window``.
        login_window: Seconds of the rate-limit window.
        map_point_limit: Above this many events in view, /api/events.geojson returns grid
            cells (aggregated server-side) instead of points.
        max_page_size: Largest ``per_page`` the table and the API accept.
        query_cache: Keep aggregate results until the database changes (SQLite only; see
            ``veeduria.web.cache``). Off only to measure the queries themselves.
    """

    db: str
    public: bool = False
    tile_url: str | None = None
    tile_attribution: str = ""
    https: bool = False
    session_hours: int = 12
    login_limit: int = 5
    login_window: int = 300
    map_point_limit: int = 3000
    max_page_size: int = 500
    query_cache: bool = True

    def __post_init__(self) -> None:
        if self.tile_url is not None:
            parts = urlsplit(self.tile_url)
            if parts.scheme not in {"http", "https"} or not parts.netloc:
                raise ConfigError(
                    f"tile URL must be http(s)://HOST/...{{z}}/{{x}}/{{y}}: {self.tile_url!r}"
                )
            if not all(k in self.tile_url for k in ("{z}", "{x}", "{y}")):
                raise ConfigError(f"tile URL needs {{z}}, {{x}} and {{y}}: {self.tile_url!r}")
        if self.login_limit < 1 or self.login_window < 1 or self.session_hours < 1:
            raise ConfigError("login_limit, login_window and session_hours must be positive")

    @property
    def tile_origin(self) -> str | None:
        """``scheme://host[:port]`` of the tile server, for the CSP."""
        if self.tile_url is None:
            return None
        parts = urlsplit(self.tile_url)
        return f"{parts.scheme}://{parts.netloc}"
