"""ACLED-compatible CSV: ACLED's 31 columns in order, ACLED's vocabulary and types."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from events_factory import event_id

from veeduria.export import ACLED_COLUMNS, EventFilters, stream
from veeduria.export._coding import disorder_type, event_id_cnty, interaction, time_precision

ACLED_ORDER = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type "
    "actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting "
    "iso region country admin1 admin2 admin3 location latitude longitude geo_precision source "
    "source_scale notes fatalities tags timestamp"
).split()
INTEGER_COLUMNS = (
    "year time_precision inter1 inter2 interaction iso geo_precision fatalities timestamp"
).split()
FLOAT_COLUMNS = ("latitude", "longitude")


def read_acled(
    store, filters: EventFilters | None = None
) -> tuple[list[str], list[dict[str, str]]]:
    text = b"".join(stream(store, "acled", filters)).decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    return header, [dict(zip(header, row, strict=True)) for row in reader]


def by_event(rows: list[dict[str, str]], name: str) -> dict[str, str]:
    wanted = event_id_cnty(event_id(name), "PE")
    [row] = [r for r in rows if r["event_id_cnty"] == wanted]
    return row


def test_acled_columns_are_acleds_31_in_order(events_store):
    header, rows = read_acled(events_store)
    assert tuple(header) == ACLED_COLUMNS == tuple(ACLED_ORDER)
    assert len(header) == 31
    assert rows


def test_acled_types_dates_integers_floats(events_store):
    _, rows = read_acled(events_store)
    for row in rows:
        assert dt.date.fromisoformat(row["event_date"]).year == int(row["year"])
        for name in INTEGER_COLUMNS:
            assert str(int(row[name])) == row[name], (name, row[name])
        for name in FLOAT_COLUMNS:
            float(row[name])
        assert int(row["time_precision"]) in {1, 2, 3}
        assert int(row["geo_precision"]) in {1, 2, 3}
        assert row["event_id_cnty"].startswith("PER")
        assert row["event_id_cnty"][3:].isdigit()


def test_acled_values_of_a_disputed_death_toll(events_store):
    _, rows = read_acled(events_store)
    row = by_event(rows, "juliaca")
    assert row["event_date"] == "2023-01-09"
    assert row["time_precision"] == "1"
    assert row["disorder_type"] == "Political violence; Demonstrations"
    assert row["inter1"] == "1" and row["inter2"] == "6" and row["interaction"] == "16"
    assert row["iso"] == "604" and row["region"] == "South America" and row["country"] == "Peru"
    assert (row["admin1"], row["admin2"], row["admin3"]) == ("Puno", "San Román", "Juliaca")
    assert row["fatalities"] == "17"  # ACLED's conservative figure
    assert "17 per Sur Andino" in row["notes"] and "18 per" in row["notes"]
    assert row["notes"].startswith("On 2023-01-09: ")
    assert row["source"] == "Sur Andino; pacificdispatch.example"
    assert row["source_scale"] == "Subnational-International"
    assert row["civilian_targeting"] == ""
    assert row["timestamp"] == str(int(dt.datetime(2023, 2, 1, 12, tzinfo=dt.UTC).timestamp()))
    assert row["latitude"] == "-15.5000"


def test_acled_civilian_targeting_and_week_precision(events_store):
    _, rows = read_acled(events_store)
    row = by_event(rows, "ayacucho-civilians")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["disorder_type"] == "Political violence"
    assert row["time_precision"] == "2"
    assert row["interaction"] == "17"
    # the summary says how precise the date is, never "On" a day it does not know
    assert row["notes"].startswith(f"In the week of {row['event_date']}: ")


def test_acled_single_actor_and_month_precision(events_store):
    _, rows = read_acled(events_store)
    emergency = by_event(rows, "emergency")
    assert emergency["disorder_type"] == "Strategic developments"
    assert emergency["time_precision"] == "3"
    assert emergency["notes"].startswith(f"In {emergency['event_date'][:7]}: ")
    assert emergency["inter2"] == "0" and emergency["interaction"] == "10"
    march = by_event(rows, "lima-march")
    assert march["interaction"] == "60"
    assert march["disorder_type"] == "Demonstrations"
    assert march["tags"] == "crowd size=5000"


def test_acled_exports_occurred_dated_not_rejected_by_default(events_store):
    _, rows = read_acled(events_store)
    ids = {r["event_id_cnty"] for r in rows}
    expected = {
        event_id_cnty(event_id(n), "PE")
        for n in ("juliaca", "lima-march", "ayacucho-civilians", "emergency")
    }
    assert ids == expected


def test_acled_event_id_cnty_is_stable():
    assert event_id_cnty("abc", "PE") == event_id_cnty("abc", "PE")
    assert event_id_cnty("abc", "PE") != event_id_cnty("abd", "PE")
    assert event_id_cnty("abc", None).startswith("XXX")


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "expected"),
    [
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Protest with intervention", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Battles", "Armed clash", "Political violence"),
        ("Explosions/Remote violence", "Grenade", "Political violence"),
        ("Violence against civilians", "Attack", "Political violence"),
        ("Strategic developments", "Arrests", "Strategic developments"),
    ],
)
def test_acled_disorder_type(event_type, sub_event_type, expected):
    assert disorder_type(event_type, sub_event_type) == expected


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(1, 6, 16), (6, 1, 16), (5, 1, 15), (6, None, 60), (None, None, 0), (7, 7, 77), (1, 0, 10)],
)
def test_acled_interaction(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


@pytest.mark.parametrize(
    ("precision", "expected"), [("day", 1), ("week", 2), ("month", 3), ("year", 3), (None, 3)]
)
def test_acled_time_precision(precision, expected):
    assert time_precision(precision) == expected


def test_export_acled_associated_actors_come_from_the_mentions(fresh_store) -> None:
    """Associated actors named by the mentions reach assoc_actor_1 / assoc_actor_2 of the
    side they stand with: a union with the protesters, whether they are actor1 (a march)
    or actor2 (fired on by the police)."""
    from veeduria.events import resolve_store
    from veeduria.models import Actor, DateValue, Document, Extraction, Location, Mention, TextRef

    police = Actor("Police Forces of Peru", "State forces", 1, "COP", "la policía", (0, 10))
    protesters = Actor("Protesters (Peru)", "Protesters", 6, "CVL", "manifestantes", (11, 24))
    union = Actor(
        "CGTP: General Confederation of Workers of Peru",
        "Protesters",
        6,
        "LAB",
        "la CGTP",
        (25, 32),
    )
    farmers = Actor("Rondas Campesinas", "Protesters", 6, "AGR", "los ronderos", (33, 45))
    puno = Location("Puno", (0, 4), "Puno", "Puno", "Puno", "Puno", "Peru", "PE")
    cases = [
        (
            "Marcha en Puno con la CGTP y ronderos.",
            "Peaceful protest",
            protesters,
            None,
            (union, farmers),
            "2023-01-04",
        ),
        (
            "La policía disparó contra la marcha de la CGTP.",
            "Excessive force against protesters",
            police,
            protesters,
            (union,),
            "2023-01-09",
        ),
    ]
    for n, (text, sub, a1, a2, assoc, day) in enumerate(cases):
        doc = Document(
            id=f"{n:064d}",
            text=text + " " * 200,
            language="es",
            source_name=f"Outlet {n}",
            published=dt.date(2023, 1, 10),
        )
        m = Mention(
            event_type="Protests",
            sub_event_type=sub,
            mode=None,
            plover=None,
            cameo=None,
            factuality="asserted",
            trigger=TextRef("marcha", (0, 6)),
            sentence=(0, len(text)),
            date=DateValue(dt.date.fromisoformat(day), "day", "el lunes", (0, 0)),
            location=puno,
            actor1=a1,
            actor2=a2,
            assoc_actors=assoc,
            confidence=0.7,
        )
        with fresh_store.transaction() as conn:
            fresh_store.add_document(
                conn, doc, Extraction(document=doc, events=(m,)), extractor="test@1"
            )
    resolve_store(fresh_store)
    _, rows = read_acled(fresh_store)
    got = {
        r["sub_event_type"]: (r["actor1"], r["assoc_actor_1"], r["actor2"], r["assoc_actor_2"])
        for r in rows
    }
    assert got == {
        "Peaceful protest": (
            "Protesters (Peru)",
            "CGTP: General Confederation of Workers of Peru; Rondas Campesinas",
            "",
            "",
        ),
        "Excessive force against protesters": (
            "Police Forces of Peru",
            "",
            "Protesters (Peru)",
            "CGTP: General Confederation of Workers of Peru",
        ),
    }
