"""Chart geometry computed on the server; the templates draw it as inline SVG.

No charting library and no script: the pages stay readable without JavaScript, and the
numbers in the picture are the numbers in the table next to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from veeduria.web.queries import TimelineBin
from veeduria.web.tallies import Series

WIDTH = 960
LEFT, RIGHT, TOP = 44, 12, 10


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Panel:
    title: str
    kind: str  # css class
    y0: float  # top of the panel
    height: float
    maximum: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class TimelineChart:
    width: int
    height: int
    panels: tuple[Panel, ...]
    ticks: tuple[Tick, ...]
    bin_size: str


def _nice_max(value: int) -> int:
    if value <= 5:
        return max(value, 1)
    magnitude = int(10 ** (len(str(value)) - 1))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return value


def _ticks(first: dt.date, last: dt.date, x_of: object, count: int = 8) -> tuple[Tick, ...]:
    span = max((last - first).days, 1)
    step = max(1, span // count)
    out = []
    day = first
    while day <= last:
        out.append(Tick(x_of(day), day.isoformat()))  # type: ignore[operator]
        day += dt.timedelta(days=step)
    return tuple(out)


def timeline_chart(bins: Sequence[TimelineBin], bin_size: str) -> TimelineChart | None:
    """Two panels sharing the time axis: events per bin, deaths per bin."""
    if not bins:
        return None
    plot = WIDTH - LEFT - RIGHT
    slot = plot / len(bins)
    panel_height = 90.0
    panels = []
    for index, (title, kind, attr) in enumerate(
        (("events", "events", "events"), ("deaths", "deaths", "killed"))
    ):
        y0 = TOP + index * (panel_height + 18)
        maximum = _nice_max(max(getattr(b, attr) for b in bins))
        bars = []
        for i, b in enumerate(bins):
            value = getattr(b, attr)
            if not value:
                continue
            h = panel_height * value / maximum
            bars.append(
                Bar(
                    x=round(LEFT + i * slot, 2),
                    y=round(y0 + panel_height - h, 2),
                    width=round(max(slot * 0.85, 1.0), 2),
                    height=round(h, 2),
                    label=f"{b.start.isoformat()} ({bin_size}): {value} {title}",
                )
            )
        panels.append(Panel(title, kind, y0, panel_height, maximum, tuple(bars)))
    first, last = bins[0].start, bins[-1].start
    span = max((last - first).days, 1)

    def x_of(day: dt.date) -> float:
        return round(LEFT + (day - first).days / span * (plot - slot) + slot / 2, 2)

    height = int(TOP + 2 * (panel_height + 18) + 14)
    return TimelineChart(WIDTH, height, tuple(panels), _ticks(first, last, x_of), bin_size)


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    label: str
    point_index: int


@dataclass(frozen=True)
class SeriesChart:
    width: int
    height: int
    maximum: int
    dots: tuple[Dot, ...]
    incidents: str  # SVG polyline points of the cumulative incident count
    ticks: tuple[Tick, ...]
    y_ticks: tuple[tuple[float, int], ...]


def series_chart(series: Series) -> SeriesChart | None:
    """Each tally as a dot, the coded incidents as a cumulative step line, on one time axis."""
    dated = [(i, p) for i, p in enumerate(series.points) if p.as_of is not None]
    if not dated:
        return None
    days = [p.as_of for _, p in dated if p.as_of is not None]
    days += [d for d, _ in series.cumulative]
    if series.since is not None:
        days.append(series.since)
    first, last = min(days), max(days)
    if first == last:
        first -= dt.timedelta(days=1)
    height, bottom = 220, 24
    plot_w, plot_h = WIDTH - LEFT - RIGHT, height - TOP - bottom
    top_value = max([p.value for _, p in dated] + [n for _, n in series.cumulative] + [1])
    maximum = _nice_max(top_value)
    span = (last - first).days

    def x_of(day: dt.date) -> float:
        return round(LEFT + (day - first).days / span * plot_w, 2)

    def y_of(value: int) -> float:
        return round(TOP + plot_h - plot_h * value / maximum, 2)

    dots = tuple(
        Dot(
            x_of(p.as_of),
            y_of(p.value),
            f"{p.value} ({p.qualifier}) as of {p.as_of.isoformat()}"
            + (f", per {p.attribution}" if p.attribution else ""),
            i,
        )
        for i, p in dated
        if p.as_of is not None
    )
    steps: list[str] = [f"{x_of(first)},{y_of(0)}"]
    previous = 0
    for day, total in series.cumulative:
        steps.append(f"{x_of(day)},{y_of(previous)}")
        steps.append(f"{x_of(day)},{y_of(total)}")
        previous = total
    steps.append(f"{x_of(last)},{y_of(previous)}")
    y_ticks = tuple((y_of(v), v) for v in (0, maximum // 2, maximum))
    return SeriesChart(
        WIDTH, height, maximum, dots, " ".join(steps), _ticks(first, last, x_of, 6), y_ticks
    )
