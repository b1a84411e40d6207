"""Small pure pieces: filters as links, chart geometry, the config checks."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs

import pytest

from veeduria.errors import ConfigError
from veeduria.web.charts import series_chart, timeline_chart
from veeduria.web.config import WebConfig
from veeduria.web.filters import EventFilters, event_filters
from veeduria.web.queries import TimelineBin
from veeduria.web.tallies import Point, Series


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"date_from": "2023-01-01", "type": "Protests,Riots"},
        {"department": "Puno", "actor": "policía", "factuality": "any", "status": "rejected"},
    ],
)
def test_units_filters_round_trip_through_the_query_string(params: dict[str, str]) -> None:
    f = event_filters(
        **{
            k: params.get(k)
            for k in ("date_from", "date_to", "type", "department", "actor", "factuality", "status")
        }
    )
    again = {k: v[0] for k, v in parse_qs(f.query()).items()}
    assert again == params
    assert parse_qs(f.query(page=3, sort=None))["page"] == ["3"]


def test_units_filters_defaults_are_what_happened_and_not_rejected() -> None:
    d = EventFilters().to_dict()
    assert d["factuality"] == ["asserted", "reported"] and d["status"] == ["machine", "reviewed"]


def test_units_timeline_chart_has_a_bar_per_non_empty_bin() -> None:
    bins = [
        TimelineBin(dt.date(2023, 1, d), n, k) for d, n, k in ((1, 3, 0), (2, 0, 0), (3, 5, 17))
    ]
    chart = timeline_chart(bins, "day")
    assert chart is not None
    events, deaths = chart.panels
    assert len(events.bars) == 2 and len(deaths.bars) == 1
    assert events.maximum == 5 and deaths.maximum == 20
    tallest = max(events.bars, key=lambda b: b.height)
    assert tallest.height == events.height and "5 events" in tallest.label
    assert timeline_chart([], "day") is None


def test_units_series_chart_steps_up_with_the_incidents() -> None:
    point = Point(
        "t",
        dt.date(2023, 1, 10),
        48,
        "exact",
        dt.date(2022, 12, 7),
        "Defensoría",
        "X",
        "d",
        None,
        "48 muertos",
        (0, 10),
        41,
        9,
        7,
    )
    series = Series(
        "killed",
        "Peru",
        dt.date(2022, 12, 7),
        (point,),
        ((dt.date(2022, 12, 11), 7), (dt.date(2023, 1, 9), 41)),
    )
    chart = series_chart(series)
    assert chart is not None and chart.maximum == 50
    assert len(chart.dots) == 1 and "per Defensoría" in chart.dots[0].label
    assert len(chart.incidents.split()) == 2 + 2 * 2


@pytest.mark.parametrize(
    "options",
    [
        {"tile_url": "ftp://tiles/{z}/{x}/{y}.png"},
        {"tile_url": "https://tiles.example.org/tiles.png"},
        {"login_limit": 0},
    ],
)
def test_units_config_rejects_bad_settings(options: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        WebConfig(db="sqlite://", **options)  # type: ignore[arg-type]
