"""Hand-built mentions for the resolution tests (Spanish- and English-flavoured, invented)."""

from __future__ import annotations

import datetime as dt

from veeduria.models import Actor, Attribution, Count, DateValue, Location, Mention, TextRef
from veeduria.resolve import MentionRef

PLACES: dict[str, Location] = {
    "Juliaca": Location("Juliaca", (0, 7), "Juliaca", "Puno", "San Román", "Juliaca", "Peru", "PE"),
    "Caracoto": Location(
        "Caracoto", (0, 8), "Caracoto", "Puno", "San Román", "Caracoto", "Peru", "PE"
    ),
    "Puno": Location("Puno", (0, 4), "Puno", "Puno", None, None, "Peru", "PE"),
    "Puno city": Location("Puno", (0, 4), "Puno", "Puno", "Puno", "Puno", "Peru", "PE"),
    "Cusco": Location("Cusco", (0, 5), "Cusco", "Cusco", "Cusco", "Cusco", "Peru", "PE"),
    "Lima": Location("Lima", (0, 4), "Lima", "Lima", "Lima", "Lima", "Peru", "PE"),
    "Peru": Location("Perú", (0, 4), "Peru", None, None, None, "Peru", "PE"),
    # outside Peru the gazetteer gives a town with its department only
    "Sacaba": Location(
        "Sacaba", (0, 6), "Sacaba", "Cochabamba", None, None, "Bolivia", "BO", geo_precision=1
    ),
    "Quillacollo": Location(
        "Quillacollo",
        (0, 11),
        "Quillacollo",
        "Cochabamba",
        None,
        None,
        "Bolivia",
        "BO",
        geo_precision=1,
    ),
    "Cochabamba": Location(
        "Cochabamba",
        (0, 10),
        "Cochabamba",
        "Cochabamba",
        None,
        None,
        "Bolivia",
        "BO",
        geo_precision=3,
    ),
    "Carabaya": Location("Carabaya", (0, 8), "Carabaya", "Puno", "Carabaya", None, "Peru", "PE"),
    "Desaguadero": Location(
        "Desaguadero", (0, 11), "Desaguadero", "Puno", "Chucuito", "Desaguadero", "Peru", "PE"
    ),
    "Ilave": Location("Ilave", (0, 5), "Ilave", "Puno", "El Collao", "Ilave", "Peru", "PE"),
    "Andahuaylas": Location(
        "Andahuaylas",
        (0, 11),
        "Andahuaylas",
        "Apurímac",
        "Andahuaylas",
        "Andahuaylas",
        "Peru",
        "PE",
    ),
}
ACTORS: dict[str, Actor] = {
    "police": Actor("Police Forces of Peru", "State forces", 1, "COP", "la policía", (0, 10)),
    "army": Actor("Military Forces of Peru", "State forces", 1, "MIL", "el Ejército", (0, 11)),
    "protesters": Actor("Protesters (Peru)", "Protesters", 6, "CVL", "manifestantes", (0, 13)),
    "bolivian police": Actor(
        "Police Forces of Bolivia", "State forces", 1, "COP", "police", (0, 6)
    ),
    "shining path": Actor("Shining Path", "Rebel groups", 2, "REB", "senderistas", (0, 11)),
    "gunmen": Actor(
        "Unidentified Armed Group (Peru)", "Political militias", 3, "UAG", "sicarios", (0, 8)
    ),
    "militia": Actor("Rondas Campesinas", "Identity militias", 4, "CVL", "ronderos", (0, 8)),
}
TYPES: dict[str, tuple[str, str]] = {
    "march": ("Protests", "Peaceful protest"),
    "dispersal": ("Protests", "Protest with intervention"),
    "force": ("Protests", "Excessive force against protesters"),
    "riot": ("Riots", "Violent demonstration"),
    "mob": ("Riots", "Mob violence"),
    "attack": ("Violence against civilians", "Attack"),
    "arrest": ("Strategic developments", "Arrests"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "emergency": ("Strategic developments", "Other"),
    "clash": ("Battles", "Armed clash"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
}


def date(value: str, precision: str = "day") -> DateValue:
    d = dt.date.fromisoformat(value)
    if precision == "week":
        return DateValue(d, "week", "la semana pasada", (0, 0), d, d + dt.timedelta(days=6))
    if precision == "month":
        end = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return DateValue(d.replace(day=1), "month", "en enero", (0, 0), d.replace(day=1), end)
    return DateValue(d, "day", value, (0, 0))  # type: ignore[arg-type]


def count(value: int, text: str | None = None, qualifier: str = "exact") -> Count:
    return Count(value, value, None, qualifier, text or f"{value}", (0, 0))  # type: ignore[arg-type]


def mention(
    kind: str = "march",
    *,
    at: int = 0,
    factuality: str = "asserted",
    when: str | DateValue | None = None,
    where: str | None = None,
    actor1: str | None = None,
    actor2: str | None = None,
    mode: str | None = None,
    killed: int | None = None,
    injured: int | None = None,
    detained: int | None = None,
    said_by: str | None = None,
    confidence: float = 0.7,
    rules: tuple[str, ...] = (),
) -> Mention:
    event_type, sub = TYPES[kind]
    return Mention(
        event_type=event_type,
        sub_event_type=sub,
        mode=mode,
        plover=None,
        cameo=None,
        factuality=factuality,  # type: ignore[arg-type]
        trigger=TextRef(kind, (at + 1, at + 5)),
        sentence=(at, at + 100),
        date=date(when) if isinstance(when, str) else when,
        location=PLACES[where] if where else None,
        actor1=ACTORS[actor1] if actor1 else None,
        actor2=ACTORS[actor2] if actor2 else None,
        killed=count(killed) if killed is not None else None,
        injured=count(injured) if injured is not None else None,
        detained=count(detained) if detained is not None else None,
        attribution=Attribution(said_by, f"según {said_by}", (0, 0)) if said_by else None,
        confidence=confidence,
        rules=rules,
    )


def ref(
    doc: str,
    m: Mention,
    *,
    n: int | None = None,
    source: str | None = None,
    published: str = "2023-01-10",
    dup: str | None = None,
) -> MentionRef:
    index = m.sentence[0] if n is None else n
    return MentionRef(
        id=f"{doc}#{index:04d}",
        doc_id=doc,
        source=source if source is not None else f"Outlet {doc}",
        published=dt.date.fromisoformat(published),
        mention=m,
        dup_group=dup,
    )
