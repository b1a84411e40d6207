"""Fields a reviewer may edit, and how a form's text becomes their typed value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from veeduria.models import COUNT_FIELDS, FACTUALITY_VALUES
from veeduria.web.errors import ApiError
from veeduria.web.vocab import PRECISIONS, event_types


def _text(raw: str, *, max_len: int = 200) -> str | None:
    value = " ".join(raw.split())
    if len(value) > max_len:
        raise ApiError(422, f"value longer than {max_len} characters")
    return value or None


def _int(raw: str, low: int, high: int | None = None) -> int | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError as err:
        raise ApiError(422, f"{raw!r} is not a whole number") from err
    if value < low or (high is not None and value > high):
        limit = f"{low}..{high}" if high is not None else f">= {low}"
        raise ApiError(422, f"{value} is out of range ({limit})")
    return value


def _float(raw: str, low: float, high: float) -> float | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError as err:
        raise ApiError(422, f"{raw!r} is not a number") from err
    if not low <= value <= high:
        raise ApiError(422, f"{value} is out of range ({low}..{high})")
    return value


def _choice(raw: str, allowed: Iterable[str]) -> str:
    value = raw.strip()
    allowed = tuple(allowed)
    if value not in allowed:
        raise ApiError(422, f"{value!r} is not one of: {', '.join(allowed)}")
    return value


def _date(raw: str) -> dt.date | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as err:
        raise ApiError(422, f"{raw!r} is not a date YYYY-MM-DD") from err


def parse_value(field: str, raw: str) -> Any:
    """The typed value of a reviewed field, or ApiError 422 naming the problem."""
    types = event_types()
    if field == "event_type":
        return _choice(raw, types)
    if field == "sub_event_type":
        return _choice(raw, (s for subs in types.values() for s in subs))
    if field == "factuality":
        return _choice(raw, FACTUALITY_VALUES)
    if field == "date_precision":
        return _choice(raw, PRECISIONS)
    if field == "date":
        return _date(raw)
    if field in COUNT_FIELDS:
        return _int(raw, 0)
    if field in {"actor1_inter", "actor2_inter"}:
        return _int(raw, 1, 8)
    if field == "geo_precision":
        return _int(raw, 1, 3)
    if field == "latitude":
        return _float(raw, -90, 90)
    if field == "longitude":
        return _float(raw, -180, 180)
    if field == "iso":
        value = _text(raw, max_len=2)
        return value.upper() if value else None
    if field in TEXT_FIELDS:
        return _text(raw)
    raise ApiError(422, f"field {field!r} cannot be edited; choose one of {', '.join(EDITABLE)}")


TEXT_FIELDS = (
    "mode",
    "location_name",
    "admin1",
    "admin2",
    "admin3",
    "country",
    "actor1",
    "actor2",
)
EDITABLE: tuple[str, ...] = (
    *COUNT_FIELDS,
    "date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "mode",
    "factuality",
    "location_name",
    "admin1",
    "admin2",
    "admin3",
    "country",
    "iso",
    "latitude",
    "longitude",
    "geo_precision",
    "actor1",
    "actor1_inter",
    "actor2",
    "actor2_inter",
)


def type_of(sub_event_type: str) -> str:
    for event_type, subs in event_types().items():
        if sub_event_type in subs:
            return event_type
    raise ApiError(422, f"unknown sub-event type {sub_event_type!r}")


def date_window(value: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "week":
        start = value - dt.timedelta(days=value.weekday())
        return start, start + dt.timedelta(days=6)
    if precision == "month":
        start = value.replace(day=1)
        return start, (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(
            days=1
        )
    if precision == "year":
        return value.replace(month=1, day=1), value.replace(month=12, day=31)
    return value, value
