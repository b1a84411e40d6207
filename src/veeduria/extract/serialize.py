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
    TextRef,
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


# -- the inverse: the JSON shape back into records -------------------------------------------
#
# ``x_from_dict(x_to_dict(r)) == r`` for every record (``mention_to_dict`` rounds the
# confidence to three decimals, so a mention round-trips exactly when its confidence has at
# most three), and ``x_to_dict(x_from_dict(d)) == d`` for every dict the functions above
# produce. The store reads its ``data`` columns back through these.


def _span_of(value: Any) -> tuple[int, int]:
    return (int(value[0]), int(value[1]))


def _opt_span(value: Any) -> tuple[int, int] | None:
    return None if value is None else _span_of(value)


def _date_of(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def date_from_dict(d: dict[str, Any] | None) -> DateValue | None:
    if d is None:
        return None
    return DateValue(
        value=dt.date.fromisoformat(d["value"]),
        precision=d["precision"],
        text=d["text"],
        span=_span_of(d["span"]),
        start=_date_of(d.get("start")),
        end=_date_of(d.get("end")),
    )


def count_from_dict(c: dict[str, Any] | None) -> Count | None:
    if c is None:
        return None
    return Count(
        value=c["value"],
        low=c["low"],
        high=c["high"],
        qualifier=c["qualifier"],
        text=c["text"],
        span=_span_of(c["span"]),
    )


def actor_from_dict(a: dict[str, Any] | None) -> Actor | None:
    if a is None:
        return None
    return Actor(
        name=a["name"],
        type=a["type"],
        inter=a["inter"],
        sector=a.get("sector"),
        text=a["text"],
        span=_span_of(a["span"]),
    )


def location_from_dict(loc: dict[str, Any] | None) -> Location | None:
    if loc is None:
        return None
    return Location(
        text=loc["text"],
        span=_span_of(loc["span"]),
        name=loc.get("name"),
        admin1=loc.get("admin1"),
        admin2=loc.get("admin2"),
        admin3=loc.get("admin3"),
        country=loc.get("country"),
        iso=loc.get("iso"),
        latitude=loc.get("latitude"),
        longitude=loc.get("longitude"),
        geo_precision=loc.get("geo_precision"),
        place_id=loc.get("place_id"),
    )


def attribution_from_dict(a: dict[str, Any] | None) -> Attribution | None:
    if a is None:
        return None
    return Attribution(source=a["source"], text=a["text"], span=_span_of(a["span"]))


def mention_from_dict(d: dict[str, Any]) -> Mention:
    """The ``Mention`` a ``mention_to_dict`` dict describes (the store's ``mentions.data``)."""
    counts = d.get("counts") or {}
    return Mention(
        event_type=d["event_type"],
        sub_event_type=d["sub_event_type"],
        mode=d.get("mode"),
        plover=d.get("plover"),
        cameo=d.get("cameo"),
        factuality=d["factuality"],
        trigger=TextRef(d["trigger"]["text"], _span_of(d["trigger"]["span"])),
        sentence=_span_of(d["sentence"]["span"]),
        date=date_from_dict(d.get("date")),
        location=location_from_dict(d.get("location")),
        actor1=actor_from_dict(d.get("actor1")),
        actor2=actor_from_dict(d.get("actor2")),
        assoc_actors=tuple(
            a for a in (actor_from_dict(x) for x in d.get("assoc_actors") or ()) if a is not None
        ),
        killed=count_from_dict(counts.get("killed")),
        injured=count_from_dict(counts.get("injured")),
        detained=count_from_dict(counts.get("detained")),
        participants=count_from_dict(counts.get("participants")),
        attribution=attribution_from_dict(d.get("attribution")),
        confidence=float(d.get("confidence", 0.5)),
        rules=tuple(d.get("rules") or ()),
    )


def claim_from_dict(d: dict[str, Any]) -> Claim:
    return Claim(
        kind=d["kind"],
        topic=d["topic"],
        text=d["text"],
        span=_span_of(d["span"]),
        factuality=d.get("factuality", "asserted"),
        claimant=d.get("claimant"),
        addressee=d.get("addressee"),
        target=d.get("target"),
    )


def tally_from_dict(d: dict[str, Any]) -> Tally:
    return Tally(
        what=d["what"],
        value=d["value"],
        qualifier=d["qualifier"],
        text=d["text"],
        span=_span_of(d["span"]),
        scope=d.get("scope"),
        since=_date_of(d.get("since")),
        as_of=_date_of(d.get("as_of")),
        attribution=d.get("attribution"),
    )


def warning_from_dict(d: dict[str, Any]) -> Warning:
    return Warning(code=d["code"], message=d["message"], span=_opt_span(d.get("span")))
