"""The output contract of ``veeduria extract`` (DESIGN.md section 4).

Tests, the scorer, the store and users rely on this shape: extend it, never rename a field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from veeduria.models import (
    Actor,
    Attribution,
    Claim,
    Count,
    DateValue,
    Extraction,
    Location,
    Mention,
    Tally,
    Warning,
)


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return [span[0], span[1]] if span is not None else None


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def date_to_dict(d: DateValue | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {
        "value": d.value.isoformat(),
        "precision": d.precision,
        "text": d.text,
        "span": _span(d.span),
        "start": _date(d.start),
        "end": _date(d.end),
    }


def count_to_dict(c: Count | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "value": c.value,
        "low": c.low,
        "high": c.high,
        "qualifier": c.qualifier,
        "text": c.text,
        "span": _span(c.span),
    }


def actor_to_dict(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {
        "name": a.name,
        "type": a.type,
        "inter": a.inter,
        "sector": a.sector,
        "text": a.text,
        "span": _span(a.span),
    }


def location_to_dict(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {
        "name": loc.name,
        "admin1": loc.admin1,
        "admin2": loc.admin2,
        "admin3": loc.admin3,
        "country": loc.country,
        "iso": loc.iso,
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "geo_precision": loc.geo_precision,
        "place_id": loc.place_id,
        "text": loc.text,
        "span": _span(loc.span),
    }


def attribution_to_dict(a: Attribution | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"source": a.source, "text": a.text, "span": _span(a.span)}


def mention_to_dict(m: Mention) -> dict[str, Any]:
    return {
        "event_type": m.event_type,
        "sub_event_type": m.sub_event_type,
        "mode": m.mode,
        "plover": m.plover,
        "cameo": m.cameo,
        "factuality": m.factuality,
        "date": date_to_dict(m.date),
        "location": location_to_dict(m.location),
        "actor1": actor_to_dict(m.actor1),
        "actor2": actor_to_dict(m.actor2),
        "assoc_actors": [actor_to_dict(a) for a in m.assoc_actors],
        "counts": {
            "killed": count_to_dict(m.killed),
            "injured": count_to_dict(m.injured),
            "detained": count_to_dict(m.detained),
            "participants": count_to_dict(m.participants),
        },
        "attribution": attribution_to_dict(m.attribution),
        "trigger": {"text": m.trigger.text, "span": _span(m.trigger.span)},
        "sentence": {"span": _span(m.sentence)},
        "confidence": round(m.confidence, 3),
        "rules": list(m.rules),
    }


def claim_to_dict(c: Claim) -> dict[str, Any]:
    return {
        "kind": c.kind,
        "topic": c.topic,
        "claimant": c.claimant,
        "addressee": c.addressee,
        "target": c.target,
        "factuality": c.factuality,
        "text": c.text,
        "span": _span(c.span),
    }


def tally_to_dict(t: Tally) -> dict[str, Any]:
    return {
        "what": t.what,
        "value": t.value,
        "qualifier": t.qualifier,
        "scope": t.scope,
        "since": _date(t.since),
        "as_of": _date(t.as_of),
        "attribution": t.attribution,
        "text": t.text,
        "span": _span(t.span),
    }


def warning_to_dict(w: Warning) -> dict[str, Any]:
    return {"code": w.code, "message": w.message, "span": _span(w.span)}


def extraction_to_dict(x: Extraction, *, include_text: bool = False) -> dict[str, Any]:
    """Serialise an extraction to the documented JSON shape."""
    doc = x.document
    document: dict[str, Any] = {
        "id": doc.id,
        "path": doc.origin,
        "url": doc.url,
        "title": doc.title,
        "published": _date(doc.published),
        "published_precision": doc.published_precision,
        "published_source": doc.published_source,
        "language": doc.language,
    }
    if include_text:
        document["text"] = doc.text
    return {
        "document": document,
        "events": [mention_to_dict(m) for m in x.events],
        "claims": [claim_to_dict(c) for c in x.claims],
        "tallies": [tally_to_dict(t) for t in x.tallies],
        "warnings": [warning_to_dict(w) for w in x.warnings],
        "versions": dict(x.versions),
    }
