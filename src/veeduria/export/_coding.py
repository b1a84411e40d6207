"""ACLED coding shared by every format: ids, country codes, disorder type, interaction."""

from __future__ import annotations

import hashlib
from typing import Any

from veeduria.export._countries import COUNTRIES
from veeduria.export._sources import source_scale
from veeduria.export.records import EventRecord

#: ISO alpha-3 prefix of ``event_id_cnty`` when the event has no country.
UNKNOWN_COUNTRY = "XXX"
#: ACLED's time_precision: 1 the day, 2 the week (or a few days), 3 the month or longer.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
COUNT_FIELDS = ("killed", "injured", "detained", "participants")
#: Inter code of civilians (ACLED inter 7).
CIVILIANS = 7


def country_codes(iso2: str | None) -> tuple[str, int, str]:
    """(ISO alpha-3, ISO numeric, ACLED region) of a country; unknown: ('XXX', 0, '')."""
    if iso2 and iso2.upper() in COUNTRIES:
        return COUNTRIES[iso2.upper()]
    return (UNKNOWN_COUNTRY, 0, "")


def event_id_cnty(event_id: str, iso2: str | None) -> str:
    """ACLED-style id (``PER123456789012``), stable: derived from the event id alone.

    The number is the first 48 bits of the SHA-256 of the event id: with a million events
    the chance that two share a number is about 0.2%.
    """
    number = int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:12], 16)
    return f"{country_codes(iso2)[0]}{number}"


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder type of an event type and sub-event type."""
    if event_type == "Strategic developments":
        return "Strategic developments"
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type == "Protests" or sub_event_type == "Violent demonstration":
        return "Demonstrations"
    if event_type in {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Riots",
    }:
        return "Political violence"
    return ""


def interaction(inter1: int | None, inter2: int | None) -> int:
    """ACLED's interaction code: both inter codes, lower first (16); one actor alone: 60."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if len(codes) == 2:
        return codes[0] * 10 + codes[1]
    if codes:
        return codes[0] * 10
    return 0


def time_precision(precision: str | None) -> int:
    return TIME_PRECISION.get(precision or "", 3)


def civilian_targeting(record: EventRecord) -> str:
    return "Civilian targeting" if record.event.get("actor2_inter") == CIVILIANS else ""


def event_source_scale(record: EventRecord) -> str:
    languages: dict[str, list[str | None]] = {}
    for doc in record.documents:
        if doc.source:
            languages.setdefault(doc.source, []).append(doc.language)
    return source_scale(record.source_names, languages)


def by_source(record: EventRecord, field: str) -> list[dict[str, Any]]:
    """Every source's value for one field, with the words and document it came from."""
    out = []
    for alt in record.alternatives.get(field, []):
        out.append(
            {
                "value": alt.get("value"),
                "source": alt.get("source"),
                "attribution": alt.get("attribution"),
                "doc_id": alt.get("doc_id"),
                "mention_id": alt.get("mention_id"),
                "text": alt.get("text"),
                "span": alt.get("span"),
            }
        )
    return out


def count_value(value: Any) -> int | None:
    """A source's figure: an int, or the ``value`` of a count object."""
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool) or value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def fatalities_note(record: EventRecord) -> str | None:
    """The sources' disagreement on fatalities, when they disagree, in ACLED's words."""
    event = record.event
    low, high, coded = event.get("killed_low"), event.get("killed_high"), event.get("killed")
    figures = []
    for alt in by_source(record, "killed"):
        figure = count_value(alt["value"])
        if figure is not None:
            figures.append(f"{figure} per {alt['attribution'] or alt['source'] or 'a source'}")
    if low is None or high is None or low == high:
        if len(set(figures)) <= 1:
            return None
    spread = f"{low}-{high}" if low is not None and high is not None else "different figures"
    detail = f" ({'; '.join(dict.fromkeys(figures))})" if figures else ""
    return (
        f"Fatalities: sources report {spread}{detail}; "
        f"coded {coded if coded is not None else 0}, the lowest credible figure."
    )
