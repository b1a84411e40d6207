"""A small store of resolved events, written straight into the tables of the events contract.

The events are invented to cover what exports must handle: sources that disagree on a
death toll, a reviewed event, a planned one, a rejected one, an undated one without a place,
civilians as targets, week and month precision, an English-language outlet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from veeduria.store import Store, schema

UPDATED = dt.datetime(2023, 2, 1, 12, 0, tzinfo=dt.UTC)
EXTRACTOR = "veeduria.rules@0.1.0"

DOCS = {
    "d-surandino": ("Sur Andino", "https://surandino.pe.example/a", "es", dt.date(2023, 1, 10)),
    "d-pacific": (None, "https://pacificdispatch.example/b", "en", dt.date(2023, 1, 10)),
    "d-capital": (
        "Diario Capital",
        "https://diariocapital.pe.example/c",
        "es",
        dt.date(2023, 1, 20),
    ),
    "d-huamanga": ("Huamanga Hoy", "https://huamangahoy.pe.example/d", "es", dt.date(2022, 12, 17)),
    "d-nacional": (
        "Crónica Nacional",
        "https://cronicanacional.pe.example/e",
        "es",
        dt.date(2022, 12, 14),
    ),
}


def _id(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def alt(
    field: str, value: Any, doc: str, source: str, text: str, span: tuple[int, int]
) -> dict[str, Any]:
    return {
        "value": value,
        "mention_id": _id(f"m-{doc}-{field}"),
        "doc_id": _id(doc),
        "source": source,
        "attribution": None,
        "text": text,
        "span": list(span),
    }


def event(name: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": _id(name),
        "family": "occurred",
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "mode": None,
        "factuality": "asserted",
        "date": None,
        "date_start": None,
        "date_end": None,
        "date_precision": None,
        "location_name": None,
        "admin1": None,
        "admin2": None,
        "admin3": None,
        "country": None,
        "iso": None,
        "latitude": None,
        "longitude": None,
        "geo_precision": None,
        "actor1": None,
        "actor2": None,
        "actor1_inter": None,
        "actor2_inter": None,
        "killed": None,
        "killed_low": None,
        "killed_high": None,
        "injured": None,
        "injured_low": None,
        "injured_high": None,
        "detained": None,
        "detained_low": None,
        "detained_high": None,
        "participants": None,
        "sources": 1,
        "confidence": 0.7,
        "status": "machine",
        "notes": [],
        "data": {"alternatives": {}, "source_names": [], "reviewed": []},
        "first_published": None,
        "updated_at": UPDATED,
        "content_hash": _id(f"hash-{name}"),
    }
    row.update(values)
    if row["date"] is not None and row["date_start"] is None:
        row["date_start"] = row["date_end"] = row["date"]
    return row


def _juliaca() -> dict[str, Any]:
    d = dt.date(2023, 1, 9)
    return event(
        "juliaca",
        event_type="Protests",
        sub_event_type="Excessive force against protesters",
        mode="firearms",
        date=d,
        date_precision="day",
        location_name="Juliaca",
        admin1="Puno",
        admin2="San Román",
        admin3="Juliaca",
        country="Peru",
        iso="PE",
        latitude=-15.5,
        longitude=-70.13333,
        geo_precision=1,
        actor1="Police Forces of Peru (2022-)",
        actor1_inter=1,
        actor2="Protesters (Peru)",
        actor2_inter=6,
        killed=17,
        killed_low=17,
        killed_high=18,
        injured=68,
        injured_low=68,
        injured_high=70,
        sources=2,
        confidence=0.9,
        notes=[
            "killed: 17 per Sur Andino; 18 per pacificdispatch.example "
            "(canonical 17, lowest credible figure)"
        ],
        data={
            "alternatives": {
                "killed": [
                    alt("killed", 17, "d-surandino", "Sur Andino", "17 fallecidos", (10, 23)),
                    alt("killed", 18, "d-pacific", "pacificdispatch.example", "18 killed", (5, 14)),
                ],
                "injured": [
                    alt("injured", 68, "d-surandino", "Sur Andino", "68 heridos", (30, 40)),
                    alt(
                        "injured",
                        70,
                        "d-pacific",
                        "pacificdispatch.example",
                        "70 injured",
                        (20, 30),
                    ),
                ],
            },
            "source_names": ["Sur Andino", "pacificdispatch.example"],
            "reviewed": [],
        },
        first_published=dt.date(2023, 1, 10),
    )


def events_rows() -> list[tuple[dict[str, Any], list[str]]]:
    """(events row, documents) pairs."""
    return [
        (_juliaca(), ["d-surandino", "d-pacific"]),
        (
            event(
                "lima-march",
                date=dt.date(2023, 1, 19),
                date_precision="day",
                mode="march",
                location_name="Lima",
                admin1="Lima",
                admin2="Lima",
                country="Peru",
                iso="PE",
                latitude=-12.04318,
                longitude=-77.02824,
                geo_precision=1,
                actor1="Protesters (Peru)",
                actor1_inter=6,
                participants=5000,
                status="reviewed",
                data={
                    "alternatives": {},
                    "source_names": ["Diario Capital"],
                    "reviewed": ["participants"],
                },
                first_published=dt.date(2023, 1, 20),
            ),
            ["d-capital"],
        ),
        (
            event(
                "toma-de-lima-planned",
                family="prospective",
                factuality="planned",
                date=dt.date(2023, 1, 19),
                date_precision="day",
                admin1="Lima",
                country="Peru",
                iso="PE",
            ),
            ["d-nacional"],
        ),
        (
            event(
                "rejected-riot",
                event_type="Riots",
                sub_event_type="Violent demonstration",
                date=dt.date(2023, 1, 11),
                date_precision="day",
                admin1="Puno",
                country="Peru",
                iso="PE",
                status="rejected",
            ),
            ["d-surandino"],
        ),
        (event("undated", event_type="Riots", sub_event_type="Mob violence"), ["d-nacional"]),
        (
            event(
                "ayacucho-civilians",
                event_type="Violence against civilians",
                sub_event_type="Attack",
                date=dt.date(2022, 12, 12),
                date_start=dt.date(2022, 12, 12),
                date_end=dt.date(2022, 12, 18),
                date_precision="week",
                location_name="Huamanga",
                admin1="Ayacucho",
                admin2="Huamanga",
                country="Peru",
                iso="PE",
                latitude=-13.16056,
                longitude=-74.22556,
                geo_precision=2,
                actor1="Military Forces of Peru (2022-)",
                actor1_inter=1,
                actor2="Civilians (Peru)",
                actor2_inter=7,
                killed=10,
                killed_low=10,
                killed_high=10,
                data={"alternatives": {}, "source_names": ["Huamanga Hoy"], "reviewed": []},
            ),
            ["d-huamanga"],
        ),
        (
            event(
                "emergency",
                event_type="Strategic developments",
                sub_event_type="Other",
                mode="state_of_emergency",
                date=dt.date(2022, 12, 1),
                date_start=dt.date(2022, 12, 1),
                date_end=dt.date(2022, 12, 31),
                date_precision="month",
                location_name="Apurímac",
                admin1="Apurímac",
                country="Peru",
                iso="PE",
                latitude=-14.0,
                longitude=-73.0,
                geo_precision=3,
                actor1="Government of Peru (2022-)",
                actor1_inter=1,
                data={"alternatives": {}, "source_names": ["Crónica Nacional"], "reviewed": []},
            ),
            ["d-nacional"],
        ),
    ]


REVIEWS = [
    {
        "event_id": _id("lima-march"),
        "field": "participants",
        "value": 5000,
        "before": 3000,
        "reason": "two outlets agree on 5000",
        "user": "ana",
        "created_at": dt.datetime(2023, 1, 25, 9, 0, tzinfo=dt.UTC),
    },
    {
        "event_id": _id("lima-march"),
        "field": "status",
        "value": "reviewed",
        "before": "machine",
        "reason": None,
        "user": "ana",
        "created_at": dt.datetime(2023, 1, 25, 9, 1, tzinfo=dt.UTC),
    },
]


def _insert(conn: sa.Connection, table: sa.Table, rows: Iterable[Mapping[str, Any]]) -> None:
    rows = list(rows)
    if rows:
        conn.execute(table.insert(), rows)


def fill(store: Store, extra: Iterable[tuple[dict[str, Any], list[str]]] = ()) -> None:
    """Write the documents, a mention per (event, document) and the events."""
    pairs = [*events_rows(), *extra]
    with store.transaction() as conn:
        _insert(
            conn,
            schema.documents,
            (
                {
                    "id": _id(key),
                    "url": url,
                    "source_name": source,
                    "title": f"title {key}",
                    "published": published,
                    "language": language,
                    "text": f"text of {key}",
                    "origin": f"{key}.html",
                    "origin_kind": "html",
                    "ingested_at": UPDATED,
                    "extractor_version": EXTRACTOR,
                    "published_source": "metadata",
                }
                for key, (source, url, language, published) in DOCS.items()
            ),
        )
        fill_events(conn, pairs)
        _insert(conn, schema.event_reviews, REVIEWS)


def fill_events(conn: sa.Connection, pairs: Iterable[tuple[dict[str, Any], list[str]]]) -> None:
    mentions, links, rows = [], [], []
    for row, docs in pairs:
        rows.append(row)
        for n, key in enumerate(docs):
            mid = _id(f"{row['id']}-{key}-{n}")
            mentions.append(
                {
                    "id": mid,
                    "doc_id": _id(key),
                    "ordinal": n,
                    "event_type": row["event_type"],
                    "sub_event_type": row["sub_event_type"],
                    "factuality": row["factuality"],
                    "confidence": 0.5,
                    "extractor_version": EXTRACTOR,
                    "lexicon_versions": {},
                    "data": {},
                }
            )
            links.append({"event_id": row["id"], "mention_id": mid, "doc_id": _id(key)})
    _insert(conn, schema.mentions, mentions)
    _insert(conn, schema.events, rows)
    _insert(conn, schema.event_mentions, links)


def event_id(name: str) -> str:
    return _id(name)
