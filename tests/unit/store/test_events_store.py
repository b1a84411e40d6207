"""Events in the store: migration 0002, serialisation round trips, resolve_store, reviews,
filters and crash consistency, on SQLite and PostgreSQL (hand-built mentions)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

import veeduria.store._resolution_state as resolution_state
import veeduria.store.events as events_store
from veeduria._event_reviews import check_review
from veeduria.config import Settings, load_settings
from veeduria.errors import NotFound, StorageError
from veeduria.events import (
    add_review,
    get_event,
    list_events,
    resolve_store,
    tally_series_for,
)
from veeduria.extract import extract, load_resources
from veeduria.extract.serialize import (
    claim_from_dict,
    claim_to_dict,
    mention_from_dict,
    mention_to_dict,
    tally_from_dict,
    tally_to_dict,
    warning_from_dict,
    warning_to_dict,
)
from veeduria.ingest import read_source
from veeduria.models import (
    ONGOING_RULE,
    Actor,
    Attribution,
    Count,
    DateValue,
    Document,
    Extraction,
    Location,
    Mention,
    Tally,
    TextRef,
)
from veeduria.store import Store
from veeduria.store.events import EventQuery
from veeduria.store.schema import event_mentions, events

EXTRACTOR = "test.rules@1"
SAMPLE = Path(__file__).resolve().parents[3] / "data" / "sample"

# -- the contract of docs/events-schema.md ---------------------------------------------------

EVENT_COLUMNS = {
    "id",
    "family",
    "event_type",
    "sub_event_type",
    "mode",
    "factuality",
    "date",
    "date_start",
    "date_end",
    "date_precision",
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
    "actor2",
    "actor1_inter",
    "actor2_inter",
    "killed",
    "killed_low",
    "killed_high",
    "injured",
    "injured_low",
    "injured_high",
    "detained",
    "detained_low",
    "detained_high",
    "participants",
    "sources",
    "confidence",
    "status",
    "notes",
    "data",
    "first_published",
    "updated_at",
}


def test_events_store_migration_creates_the_contract_tables(fresh_store: Store) -> None:
    inspector = sa.inspect(fresh_store.engine)
    columns = {c["name"] for c in inspector.get_columns("events")}
    assert EVENT_COLUMNS <= columns  # extra columns are allowed, renames are not
    assert {c["name"] for c in inspector.get_columns("event_mentions")} == {
        "event_id",
        "mention_id",
        "doc_id",
    }
    assert inspector.get_pk_constraint("event_mentions")["constrained_columns"] == [
        "event_id",
        "mention_id",
    ]
    fks = {
        (fk["constrained_columns"][0], fk["referred_table"], fk["options"].get("ondelete"))
        for fk in inspector.get_foreign_keys("event_mentions")
    }
    assert {(c, t, (d or "").upper()) for c, t, d in fks} == {
        ("event_id", "events", "CASCADE"),
        ("mention_id", "mentions", "CASCADE"),
    }
    assert {c["name"] for c in inspector.get_columns("event_reviews")} == {
        "id",
        "event_id",
        "field",
        "value",
        "before",
        "reason",
        "user",
        "created_at",
    }
    assert inspector.get_foreign_keys("event_reviews") == []
    indexed = {tuple(ix["column_names"]) for ix in inspector.get_indexes("events")}
    assert {("date",), ("admin1",), ("event_type",), ("status",), ("family",)} <= indexed


# -- serialisation round trips ---------------------------------------------------------------

spans = st.tuples(st.integers(0, 5000), st.integers(0, 5000))
texts = st.text(max_size=20)
names = st.text(min_size=1, max_size=20)
dates = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
counts = st.builds(
    Count,
    value=st.integers(0, 10_000),
    low=st.integers(0, 10_000),
    high=st.none() | st.integers(0, 10_000),
    qualifier=st.sampled_from(["exact", "at_least", "at_most", "about"]),
    text=texts,
    span=spans,
)
actors = st.builds(
    Actor,
    name=names,
    type=names,
    inter=st.integers(1, 8),
    sector=st.none() | st.sampled_from(["COP", "MIL", "CVL"]),
    text=texts,
    span=spans,
)
locations = st.builds(
    Location,
    text=texts,
    span=spans,
    name=st.none() | names,
    admin1=st.none() | names,
    admin2=st.none() | names,
    admin3=st.none() | names,
    country=st.none() | names,
    iso=st.none() | st.sampled_from(["PE", "BO"]),
    latitude=st.none() | st.floats(-90, 90),
    longitude=st.none() | st.floats(-180, 180),
    geo_precision=st.none() | st.integers(1, 3),
    place_id=st.none() | names,
)
date_values = st.builds(
    DateValue,
    value=dates,
    precision=st.sampled_from(["day", "week", "month", "year"]),
    text=texts,
    span=spans,
    start=st.none() | dates,
    end=st.none() | dates,
)
mentions_st = st.builds(
    Mention,
    event_type=names,
    sub_event_type=names,
    mode=st.none() | names,
    plover=st.none() | names,
    cameo=st.none() | names,
    factuality=st.sampled_from(["asserted", "reported", "planned", "negated", "historical"]),
    trigger=st.builds(TextRef, text=texts, span=spans),
    sentence=spans,
    date=st.none() | date_values,
    location=st.none() | locations,
    actor1=st.none() | actors,
    actor2=st.none() | actors,
    assoc_actors=st.lists(actors, max_size=2).map(tuple),
    killed=st.none() | counts,
    injured=st.none() | counts,
    detained=st.none() | counts,
    participants=st.none() | counts,
    attribution=st.none() | st.builds(Attribution, source=names, text=texts, span=spans),
    # the JSON keeps three decimals of the confidence
    confidence=st.integers(0, 1000).map(lambda k: k / 1000),
    rules=st.lists(names, max_size=3).map(tuple),
)


@hsettings(max_examples=150, deadline=None)
@given(mention=mentions_st)
def test_events_store_mention_from_dict_round_trips(mention: Mention) -> None:
    data = mention_to_dict(mention)
    assert mention_from_dict(data) == mention
    assert mention_to_dict(mention_from_dict(data)) == data


@pytest.fixture(scope="module")
def sample_extractions() -> list[Extraction]:
    settings = load_settings(env={})
    resources = load_resources(("es", "en"))
    docs: list[Document] = []
    for name in ("html", "text"):
        for path in sorted((SAMPLE / name).iterdir())[:6]:
            docs.extend(d for d in read_source(path, settings) if isinstance(d, Document))
    return [extract(d, resources) for d in docs]


def test_events_store_round_trips_real_extractions(sample_extractions: list[Extraction]) -> None:
    assert sum(len(x.events) for x in sample_extractions) > 10
    for x in sample_extractions:
        for m in x.events:
            data = mention_to_dict(m)
            assert mention_to_dict(mention_from_dict(data)) == data
            assert mention_from_dict(data) == dataclasses.replace(
                m, confidence=round(m.confidence, 3)
            )
        for t in x.tallies:
            assert tally_from_dict(tally_to_dict(t)) == t
        for c in x.claims:
            assert claim_from_dict(claim_to_dict(c)) == c
        for w in x.warnings:
            assert warning_from_dict(warning_to_dict(w)) == w


# -- hand-built corpus -----------------------------------------------------------------------

JULIACA = Location(
    "Juliaca", (10, 17), "Juliaca", "Puno", "San Román", "Juliaca", "Peru", "PE", -15.5, -70.13, 1
)
CUSCO = Location("Cusco", (10, 15), "Cusco", "Cusco", "Cusco", "Cusco", "Peru", "PE")
LIMA = Location("Lima", (10, 14), "Lima", "Lima", "Lima", "Lima", "Peru", "PE")
POLICE = Actor("Police Forces of Peru", "State forces", 1, "COP", "la policía", (20, 30))
PROTESTERS = Actor("Protesters (Peru)", "Protesters", 6, "CVL", "manifestantes", (31, 44))


def mention(
    day: str,
    place: Location,
    *,
    killed: int | None = None,
    sub: str = "Excessive force against protesters",
    factuality: str = "asserted",
    at: int = 0,
    strike: str | None = None,
) -> Mention:
    """A mention; ``strike``: "strike" for a strike, "going" for a report telling one going
    on ("el paro cumple dos meses": a window of 60 days ending on ``day``)."""
    end = dt.date.fromisoformat(day)
    date = DateValue(end, "day", "el lunes", (at + 2, at + 10))
    if strike == "going":
        date = DateValue(end, "month", "este lunes", (at + 2, at + 10), end - dt.timedelta(60), end)
    return Mention(
        event_type="Protests",
        sub_event_type="Peaceful protest" if strike else sub,
        mode="strike" if strike else "firearms",
        plover=None,
        cameo=None,
        factuality=factuality,  # type: ignore[arg-type]
        trigger=TextRef("murieron", (at + 50, at + 58)),
        sentence=(at, at + 100),
        date=date,
        rules=(ONGOING_RULE,) if strike == "going" else (),
        location=place,
        actor1=POLICE,
        actor2=PROTESTERS,
        killed=(
            Count(killed, killed, None, "exact", f"{killed} muertos", (at + 60, at + 70))
            if killed is not None
            else None
        ),
        confidence=0.7,
    )


def add_doc(
    store: Store,
    text: str,
    source: str,
    published: str,
    *ms: Mention,
    tallies: tuple[Tally, ...] = (),
) -> str:
    doc = Document(
        id=hashlib.sha256(text.encode()).hexdigest(),
        text=text + " " * 400,
        language="es",
        source_name=source,
        published=dt.date.fromisoformat(published),
        url=f"https://{source.lower().replace(' ', '')}.example/{published}",
        title=f"{source}: {text[:30]}",
    )
    with store.transaction() as conn:
        store.add_document(
            conn,
            doc,
            Extraction(document=doc, events=ms, tallies=tallies),
            extractor=EXTRACTOR,
        )
    return doc.id


@pytest.fixture
def corpus(fresh_store: Store) -> Store:
    """Juliaca on 9 January in two outlets (17 and 18 dead), Cusco on the 11th, a tally."""
    add_doc(
        fresh_store,
        "Sur Andino informa: 17 muertos en Juliaca.",
        "Sur Andino",
        "2023-01-10",
        mention("2023-01-09", JULIACA, killed=17),
    )
    add_doc(
        fresh_store,
        "The Pacific Dispatch: 18 killed in Juliaca clashes.",
        "Pacific Dispatch",
        "2023-01-11",
        mention("2023-01-09", JULIACA, killed=18),
    )
    add_doc(
        fresh_store,
        "Radio Cusco: un dirigente murió en Cusco.",
        "Radio Cusco",
        "2023-01-12",
        mention("2023-01-11", CUSCO, killed=1),
        tallies=(
            Tally(
                "killed",
                20,
                "exact",
                "20 fallecidos en Puno",
                (0, 20),
                scope="Puno",
                since=dt.date(2023, 1, 1),
                as_of=dt.date(2023, 1, 12),
                attribution="Defensoría del Pueblo",
            ),
        ),
    )
    return fresh_store


def by_place(store: Store, **filters: object) -> dict[str, events_store.StoredEvent]:
    return {e.location_name or "": e for e in list_events(store, **filters)}  # type: ignore[arg-type]


def mention_ids(store: Store, event_id: str) -> set[str]:
    with store.engine.connect() as conn:
        return set(
            conn.scalars(
                sa.select(event_mentions.c.mention_id).where(event_mentions.c.event_id == event_id)
            )
        )


def test_events_store_resolve_writes_events_and_links(corpus: Store, settings: Settings) -> None:
    report = resolve_store(corpus, settings)
    assert (report.events, report.occurred, report.mentions, report.merged_mentions) == (2, 2, 3, 2)
    assert (report.written, report.deleted, report.unchanged) == (2, 0, 0)
    juliaca = by_place(corpus)["Juliaca"]
    assert (juliaca.killed, juliaca.killed_low, juliaca.killed_high) == (17, 17, 18)
    assert (juliaca.date, juliaca.admin1, juliaca.iso, juliaca.sources) == (
        dt.date(2023, 1, 9),
        "Puno",
        "PE",
        2,
    )
    assert juliaca.first_published == dt.date(2023, 1, 10) and juliaca.status == "machine"
    assert juliaca.source_names == ("Pacific Dispatch", "Sur Andino")
    assert any("lowest credible figure" in n for n in juliaca.notes)
    killed = juliaca.data["alternatives"]["killed"]
    assert sorted(k["value"] for k in killed) == [17, 18]
    assert {k["text"] for k in killed} == {"17 muertos", "18 muertos"}
    assert len(mention_ids(corpus, juliaca.id)) == 2
    assert corpus.counts()["event_mentions"] == 3

    again = resolve_store(corpus, settings)
    assert (again.written, again.deleted, again.unchanged) == (0, 0, 2)
    assert corpus.events.get(juliaca.id) == juliaca  # updated_at kept: nothing changed


def test_events_store_tallies_show_the_gap(corpus: Store, settings: Settings) -> None:
    resolve_store(corpus, settings)
    (series,) = tally_series_for(corpus, scope="puno")
    (point,) = series.points
    assert (point.value, point.incidents, point.gap) == (20, 17, 3)
    assert tally_series_for(corpus, scope="Cusco") == []
    juliaca = by_place(corpus)["Juliaca"]
    add_review(corpus, juliaca.id, "status", "rejected")
    resolve_store(corpus, settings)
    (series,) = tally_series_for(corpus, what="killed")
    assert (series.points[0].incidents, series.points[0].gap) == (0, 20)  # rejected: not counted


def test_events_store_locked_values_survive_re_resolution(
    corpus: Store, settings: Settings
) -> None:
    resolve_store(corpus, settings)
    juliaca = by_place(corpus)["Juliaca"]
    review = add_review(corpus, juliaca.id[:8], "killed", 20, user="ana", reason="acta fiscal")
    assert (review.event_id, review.before, review.value) == (juliaca.id, 17, 20)
    add_review(corpus, juliaca.id, "admin2", "San Román (revisado)")
    resolve_store(corpus, settings)
    locked = corpus.events.get(juliaca.id)
    assert locked is not None
    assert (locked.killed, locked.status, locked.admin2) == (20, "reviewed", "San Román (revisado)")
    assert set(locked.reviewed) == {"killed", "admin2"}
    assert locked.data["counts"]["killed"]["reviewed"] is True
    assert any(n == "killed: reviewed value 20 kept" for n in locked.notes)

    # later reporting (19 dead) joins the event: the reviewed 20 stays
    add_doc(
        corpus,
        "Radio Altiplano: 19 muertos.",
        "Radio Altiplano",
        "2023-01-13",
        mention("2023-01-09", JULIACA, killed=19),
    )
    resolve_store(corpus, settings)
    later = corpus.events.get(juliaca.id)
    assert later is not None and (later.killed, later.sources) == (20, 3)

    # an earlier report joins: the id changes, the review follows through previous_ids
    add_doc(
        corpus,
        "Flash: muertos en Juliaca.",
        "Agencia Andina",
        "2023-01-09",
        mention("2023-01-09", JULIACA, killed=16),
    )
    resolve_store(corpus, settings)
    moved = by_place(corpus)["Juliaca"]
    assert moved.id != juliaca.id and juliaca.id in moved.previous_ids
    assert (moved.killed, moved.status) == (20, "reviewed")
    assert corpus.events.find(juliaca.id).id == moved.id
    detail = get_event(corpus, juliaca.id)
    assert detail.event.id == moved.id and {r.field for r in detail.reviews} == {"killed", "admin2"}
    resolve_store(corpus, settings)
    assert by_place(corpus)["Juliaca"].killed == 20  # and stays on the next run


def test_events_store_merge_review_joins_two_events(corpus: Store, settings: Settings) -> None:
    resolve_store(corpus, settings)
    places = by_place(corpus)
    juliaca, cusco = places["Juliaca"], places["Cusco"]
    add_review(corpus, cusco.id, "_merge", {"into": juliaca.id[:10]}, user="ana")
    resolve_store(corpus, settings)
    (merged,) = list_events(corpus)
    assert merged.id == juliaca.id and cusco.id in merged.previous_ids
    assert merged.status == "reviewed" and "_merge" in merged.reviewed
    assert merged.data["merged_ids"] == [cusco.id]
    assert len(mention_ids(corpus, merged.id)) == 3
    assert corpus.events.find(cusco.id).id == juliaca.id
    resolve_store(corpus, settings)
    assert [e.id for e in list_events(corpus)] == [juliaca.id]  # deterministic on re-runs

    add_review(corpus, cusco.id, "_merge", {"into": None})  # undo
    resolve_store(corpus, settings)
    assert {e.id for e in list_events(corpus)} == {juliaca.id, cusco.id}
    assert by_place(corpus)["Juliaca"].status == "machine"


def test_events_store_split_review_separates_mentions(corpus: Store, settings: Settings) -> None:
    resolve_store(corpus, settings)
    juliaca = by_place(corpus)["Juliaca"]
    members = get_event(corpus, juliaca.id).mentions
    dispatch = next(m for m in members if m.document.source == "Pacific Dispatch")
    add_review(corpus, juliaca.id, "_split", {"mention_ids": [dispatch.id]})
    resolve_store(corpus, settings)
    rows = [e for e in list_events(corpus) if e.admin1 == "Puno"]
    assert len(rows) == 2
    kept = next(e for e in rows if e.id == juliaca.id)
    split = next(e for e in rows if e.id != juliaca.id)
    assert mention_ids(corpus, split.id) == {dispatch.id}
    assert (kept.killed, split.killed) == (17, 18)
    assert kept.status == split.status == "reviewed"
    assert split.data["split_from"] == juliaca.id and "_split" in kept.reviewed
    # a review of the split-off event sticks to it
    add_review(corpus, split.id, "status", "rejected")
    resolve_store(corpus, settings)
    assert corpus.events.get(split.id) is not None
    assert corpus.events.get(split.id).status == "rejected"  # type: ignore[union-attr]
    assert corpus.events.get(juliaca.id).status == "reviewed"  # type: ignore[union-attr]


def test_events_store_rejected_events_stay_rejected(corpus: Store, settings: Settings) -> None:
    resolve_store(corpus, settings)
    cusco = by_place(corpus)["Cusco"]
    add_review(corpus, cusco.id, "status", "rejected", reason="not a protest")
    for _ in range(2):
        resolve_store(corpus, settings)
        assert corpus.events.get(cusco.id).status == "rejected"  # type: ignore[union-attr]
    assert "Cusco" not in by_place(corpus)
    assert "Cusco" in by_place(corpus, include_rejected=True)
    assert corpus.events.totals() == {"events": 2, "occurred": 1}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("killed", -1, "out of range"),
        ("killed", "diecisiete", "whole number"),
        ("killed", 1.5, "whole number"),
        ("date", "9 de enero", "Invalid isoformat|isoformat"),
        ("status", "deleted", "expected one of"),
        ("sources", 3, "cannot be reviewed"),
        ("_merge", "abc", "into"),
        ("_split", {"mention_ids": "m1"}, "mention_ids"),
        ("iso", "PER", "two-letter"),
        ("factuality", "rumoured", "expected one of"),
    ],
)
def test_events_store_review_values_are_checked(field: str, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_review(field, value)


def test_events_store_find_by_prefix_and_not_found(corpus: Store, settings: Settings) -> None:
    resolve_store(corpus, settings)
    juliaca = by_place(corpus)["Juliaca"]
    assert corpus.events.find(juliaca.id[:6].upper()).id == juliaca.id
    with pytest.raises(NotFound, match="no event 'ffffffffff'"):
        get_event(corpus, "ffffffffff")
    with pytest.raises(NotFound):
        add_review(corpus, "ffffffffff", "killed", 3)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"Juliaca", "Cusco"}),
        ({"type": "EXCESSIVE"}, {"Juliaca", "Cusco"}),
        ({"type": "peaceful"}, set()),
        ({"admin1": "puno"}, {"Juliaca"}),
        ({"actor": "policia"}, set()),
        ({"actor": "police forces"}, {"Juliaca", "Cusco"}),
        ({"min_killed": 2}, {"Juliaca"}),
        ({"date_from": dt.date(2023, 1, 10)}, {"Cusco"}),
        ({"date_to": dt.date(2023, 1, 9)}, {"Juliaca"}),
        ({"families": None}, {"Juliaca", "Cusco", "Lima"}),
        ({"factuality": ("planned",), "families": None}, {"Lima"}),
        ({"limit": 1}, {"Juliaca"}),
        ({"limit": 1, "offset": 1}, {"Cusco"}),
    ],
)
def test_events_store_filters(
    corpus: Store, settings: Settings, filters: dict[str, object], expected: set[str]
) -> None:
    add_doc(
        corpus,
        "Convocan marcha en Lima.",
        "Diario Capital",
        "2023-01-16",
        mention("2023-01-19", LIMA, sub="Peaceful protest", factuality="planned"),
    )
    resolve_store(corpus, settings)
    assert set(by_place(corpus, **filters)) == expected
    if "limit" not in filters:
        assert corpus.events.count(EventQuery(**filters)) == len(expected)  # type: ignore[arg-type]


def test_events_store_resolution_replaces_events_atomically(
    corpus: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolve_store(corpus, settings)
    before = {e.id: e for e in list_events(corpus, families=None, include_rejected=True)}
    links = corpus.counts()["event_mentions"]
    cusco = next(e for e in before.values() if e.admin1 == "Cusco")
    add_review(corpus, cusco.id, "_merge", {"into": next(iter(set(before) - {cusco.id}))})
    add_doc(
        corpus,
        "Otro muerto en Cusco.",
        "Radio Sur",
        "2023-01-12",
        mention("2023-01-11", CUSCO, killed=2),
    )
    real_insert = events_store._insert

    def crash(conn: sa.Connection, table: sa.Table, rows: object) -> None:
        if table is event_mentions:
            raise RuntimeError("disk full")  # events already written in this transaction
        real_insert(conn, table, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(events_store, "_insert", crash)
    with pytest.raises(RuntimeError, match="disk full"):
        resolve_store(corpus, settings)
    after = {e.id: e for e in list_events(corpus, families=None, include_rejected=True)}
    assert after == before and corpus.counts()["event_mentions"] == links

    monkeypatch.setattr(events_store, "_insert", real_insert)
    report = resolve_store(corpus, settings)
    assert report.events == 1 and report.mentions == 4


def test_events_store_replace_refuses_stale_inputs(corpus: Store, settings: Settings) -> None:
    resolve_store(corpus, settings)
    assert corpus.events.replace([], expect="not the current fingerprint") is None
    assert corpus.counts()["events"] == 2
    with corpus.engine.connect() as conn:
        current = corpus.events.fingerprint(conn)
    assert corpus.events.replace([], expect=current) is not None  # current: written
    assert corpus.counts()["events"] == 0


def test_events_store_superseded_versions_are_not_resolved(
    fresh_store: Store, settings: Settings
) -> None:
    for text in ("Versión 1: muertos en Juliaca.", "Versión 2: muertos en Juliaca, corregida."):
        doc = Document(
            id=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
            language="es",
            url="https://diario.example/nota",
            published=dt.date(2023, 1, 10),
        )
        with fresh_store.transaction() as conn:
            fresh_store.add_document(
                conn,
                doc,
                Extraction(document=doc, events=(mention("2023-01-09", JULIACA, killed=17),)),
                extractor=EXTRACTOR,
            )
    report = resolve_store(fresh_store, settings)
    assert (report.mentions, report.documents, report.events) == (1, 1, 1)
    (event,) = list_events(fresh_store)
    assert event.source_names == ("diario.example",)  # the URL host stands for the outlet


def test_events_store_database_errors_become_storage_errors(
    corpus: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: object) -> None:
        raise sa.exc.OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(resolution_state, "needs_full", broken)
    with pytest.raises(StorageError, match="database is locked"):
        resolve_store(corpus, settings)
    assert corpus.counts()[events.name] == 0


def test_events_store_reviews_of_composite_fields(corpus: Store, settings: Settings) -> None:
    resolve_store(corpus, settings)
    cusco = by_place(corpus)["Cusco"]
    for field, value in [
        ("date", "2023-01-12"),
        ("admin1", "Cusco (revisado)"),
        ("latitude", "-13.5"),
        ("actor2_inter", 7),
        ("killed_high", "3"),
        ("mode", None),
        ("factuality", "negated"),
    ]:
        add_review(corpus, cusco.id, field, value)
    resolve_store(corpus, settings)
    e = corpus.events.get(cusco.id)
    assert e is not None
    assert (e.date, e.date_start, e.date_end, e.date_precision) == (
        dt.date(2023, 1, 12),
        dt.date(2023, 1, 12),
        dt.date(2023, 1, 12),
        "day",
    )
    assert (e.admin1, e.location_name, e.latitude) == ("Cusco (revisado)", "Cusco", -13.5)
    assert (e.actor2, e.actor2_inter, e.data["actor2"]["type"]) == (
        "Protesters (Peru)",
        7,
        "Civilians",
    )
    assert (e.killed, e.killed_low, e.killed_high, e.mode) == (1, 1, 3, None)
    assert (e.factuality, e.family, e.status) == ("negated", "negated", "reviewed")
    assert set(e.reviewed) == {
        "date",
        "admin1",
        "latitude",
        "actor2_inter",
        "killed_high",
        "mode",
        "factuality",
    }


def test_events_store_bad_review_rows_are_skipped(
    corpus: Store, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """Rows written straight into event_reviews (not through add_review) may be wrong."""
    resolve_store(corpus, settings)
    juliaca = by_place(corpus)["Juliaca"]
    corpus.events.add_review(juliaca.id, "killed", "diecisiete")
    corpus.events.add_review(juliaca.id, "injured", 4)
    corpus.events.add_review(juliaca.id, "colour", "red")
    corpus.events.add_review(juliaca.id, "killed_low", 30)  # above the canonical 17
    resolve_store(corpus, settings)
    e = corpus.events.get(juliaca.id)
    assert e is not None and (e.killed, e.injured, e.status) == (17, 4, "reviewed")
    assert e.reviewed == ("injured",)
    assert "diecisiete" in caplog.text and "colour" in caplog.text


def test_events_store_ingest_resolves_unless_told_not_to(
    fresh_store: Store, settings: Settings, tmp_path: Path
) -> None:
    from veeduria.pipeline import run_ingest

    source = SAMPLE / "text" / "2023-01-12_cusco-dirigente-fallecido.txt"
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / source.name).write_bytes(source.read_bytes())
    skipped = run_ingest([str(tmp_path / "a")], settings, fresh_store, resolve_events=False)
    assert (skipped.ingested, skipped.events, skipped.resolved) == (1, 0, False)
    assert fresh_store.counts()["events"] == 0
    report = resolve_store(fresh_store, settings)
    assert report.events == fresh_store.counts()["events"] > 0


def test_events_store_ingest_catches_up_after_a_failed_resolution(
    fresh_store: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from veeduria import pipeline

    source = SAMPLE / "text" / "2023-01-12_cusco-dirigente-fallecido.txt"
    (tmp_path / source.name).write_bytes(source.read_bytes())

    def down(store: Store, settings: Settings) -> None:
        raise StorageError("database went away")

    monkeypatch.setattr(pipeline, "resolve_store", down)
    with pytest.raises(StorageError):
        pipeline.run_ingest([str(tmp_path)], settings, fresh_store)
    assert fresh_store.counts()["documents"] == 1 and fresh_store.counts()["events"] == 0
    assert fresh_store.events.unresolved() > 0
    monkeypatch.undo()
    again = pipeline.run_ingest([str(tmp_path)], settings, fresh_store)
    assert (again.duplicates, again.resolved) == (1, True) and again.events > 0
    assert fresh_store.events.unresolved() == 0
    third = pipeline.run_ingest([str(tmp_path)], settings, fresh_store)
    assert (third.resolved, third.events) == (False, again.events)


# -- incremental resolution gives what a full one gives ----------------------------------------

PUNO = Location("Puno", (10, 14), "Puno", "Puno", None, None, "Peru", "PE")
WIRE = (
    "La agencia informó que los manifestantes marcharon desde la plaza principal hacia el "
    "puente y que la policía respondió con gases lacrimógenos y disparos durante varias horas "
    "mientras los heridos eran llevados al hospital regional y los dirigentes pedían diálogo "
    "al gobierno central antes de la noche según testigos y autoridades locales consultadas"
)
OUTLETS = ("Sur Andino", "Radio Altiplano", "Pacific Dispatch", "Diario Capital")
KIND_SUBS = (
    "Excessive force against protesters",
    "Peaceful protest",
    "Protest with intervention",
)

doc_specs = st.fixed_dictionaries(
    {
        "outlet": st.sampled_from(OUTLETS),
        "published": st.sampled_from(["2023-01-10", "2023-01-11", "2023-01-12"]),
        "wire": st.booleans(),
        "mentions": st.lists(
            st.fixed_dictionaries(
                {
                    "day": st.sampled_from(["2022-12-20", "2023-01-09", "2023-01-10"]),
                    "place": st.sampled_from([JULIACA, CUSCO, PUNO]),
                    "sub": st.sampled_from(KIND_SUBS),
                    "strike": st.sampled_from([None, None, "strike", "going"]),
                    "killed": st.none() | st.integers(1, 20),
                    "factuality": st.sampled_from(["asserted", "asserted", "planned"]),
                }
            ),
            min_size=1,
            max_size=3,
        ),
    }
)
steps = st.lists(
    st.tuples(
        st.lists(doc_specs, min_size=1, max_size=4),
        st.sampled_from(["none", "lock", "merge", "reject", "reextract", "split"]),
    ),
    min_size=1,
    max_size=4,
)


def _spec_mentions(spec: dict[str, object], bump: int = 0) -> list[Mention]:
    return [
        mention(
            m["day"],  # type: ignore[arg-type]
            m["place"],  # type: ignore[arg-type]
            killed=None if m["killed"] is None else m["killed"] + bump,  # type: ignore[operator]
            sub=m["sub"],  # type: ignore[arg-type]
            factuality=m["factuality"],  # type: ignore[arg-type]
            at=100 * i,
            # re-extracted, a strike may turn out to be no strike
            strike=None if bump and m["strike"] == "strike" else m["strike"],  # type: ignore[arg-type]
        )
        for i, m in enumerate(spec["mentions"])  # type: ignore[arg-type]
    ]


def _spec_text(spec: dict[str, object], n: int) -> str:
    body = WIRE if spec["wire"] else f"Nota propia número {n} sobre la protesta de la semana."
    return f"{spec['outlet']} {n}: {body}"


def _snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every event row (without updated_at), link and row of the resolution state."""
    from veeduria.store.schema import RESOLUTION_TABLES

    out: dict[str, list[tuple[object, ...]]] = {}
    with store.engine.connect() as conn:
        cols = [c for c in events.c if c.name != "updated_at"]
        out["events"] = sorted(tuple(r) for r in conn.execute(sa.select(*cols)))
        out["links"] = sorted(tuple(r) for r in conn.execute(sa.select(event_mentions)))
        for table in RESOLUTION_TABLES:
            out[table.name] = sorted(tuple(r) for r in conn.execute(sa.select(table)))
    return out


def _review_step(stores: list[Store], kind: str, texts: list[str]) -> None:
    (first, *_) = list_events(stores[0], families=None, include_rejected=True) or [None]
    if first is None:
        return
    if kind == "lock":
        for s in stores:
            add_review(s, first.id, "killed", 99)
    elif kind == "reject":
        for s in stores:
            add_review(s, first.id, "status", "rejected")
    elif kind == "merge":
        events_now = list_events(stores[0], families=None, include_rejected=True)
        if len(events_now) > 1:
            for s in stores:
                add_review(s, events_now[-1].id, "_merge", {"into": first.id})
    elif kind == "split":
        members = [m.id for m in stores[0].events.mentions_of(first.id)]
        if len(members) > 1:
            for s in stores:
                add_review(s, first.id, "_split", {"mention_ids": members[:1]})


@hsettings(max_examples=25, deadline=None)
@given(plan=steps)
def test_events_store_incremental_resolution_equals_a_full_one(
    plan: list[tuple[list[dict[str, object]], str]],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Batches of documents (near-duplicates, superseded versions at one URL), reviews of
    every kind and re-extractions: after each step an incremental run leaves the store
    exactly as a full run does (same events, ids, rows, links and resolution state)."""
    base = tmp_path_factory.mktemp("incremental")
    inc = Store.open(f"sqlite:///{base / 'inc.db'}")
    full = Store.open(f"sqlite:///{base / 'full.db'}")
    try:
        assert resolve_store(inc).mode == "full"  # the first run of a store
        texts: list[tuple[str, dict[str, object]]] = []
        n = 0
        for batch, review in plan:
            for spec in batch:
                n += 1
                text = _spec_text(spec, n)
                texts.append((text, spec))
                for s in (inc, full):
                    add_doc(s, text, spec["outlet"], spec["published"], *_spec_mentions(spec))  # type: ignore[arg-type]
            if review == "reextract":
                text, spec = texts[0]
                doc_id = hashlib.sha256(text.encode()).hexdigest()
                for s in (inc, full):
                    doc = s.get_document(doc_id)
                    assert doc is not None
                    extraction = Extraction(document=doc, events=tuple(_spec_mentions(spec, 1)))
                    with s.transaction() as conn:
                        s.replace_extraction(conn, doc_id, extraction, extractor=EXTRACTOR)
            a = resolve_store(inc)
            b = resolve_store(full, full=True)
            assert (a.mode, b.mode) == ("incremental", "full")
            assert _snapshot(inc) == _snapshot(full)
            assert (a.events, a.mentions, a.documents) == (b.events, b.mentions, b.documents)
            _review_step([inc, full], review, [t for t, _ in texts])
        resolve_store(inc)
        resolve_store(full, full=True)
        assert _snapshot(inc) == _snapshot(full)
    finally:
        inc.close()
        full.close()


def test_events_store_incremental_run_touches_only_what_changed(
    corpus: Store, settings: Settings
) -> None:
    first = resolve_store(corpus, settings)
    assert (first.mode, first.recomputed) == ("full", 2)
    cusco = by_place(corpus)["Cusco"]
    add_doc(
        corpus,
        "Radio Altiplano: 19 muertos en Juliaca.",
        "Radio Altiplano",
        "2023-01-13",
        mention("2023-01-09", JULIACA, killed=19),
    )
    report = resolve_store(corpus, settings)
    # the Juliaca event is built again; Cusco's component is not even read
    assert (report.mode, report.recomputed, report.written, report.unchanged) == (
        "incremental",
        1,
        1,
        1,
    )
    assert (report.events, report.mentions, report.documents) == (2, 4, 4)
    assert by_place(corpus)["Juliaca"].sources == 3
    assert corpus.events.get(cusco.id) == cusco  # not rewritten: updated_at kept
    after = _snapshot(corpus)
    again = resolve_store(corpus, settings, full=True)
    assert (again.mode, again.written, again.deleted) == ("full", 0, 0)
    assert _snapshot(corpus) == after  # a full run finds nothing to change


def test_events_store_report_told_going_on_finds_another_strike_incrementally(
    tmp_path: Path,
) -> None:
    """A report telling the strike going on chose January's strike; re-extracted, that
    document holds no strike: an incremental run loads the report's other candidates
    (December's strike, in a component of its own) and leaves what a full run leaves."""
    inc = Store.open(f"sqlite:///{tmp_path / 'inc.db'}")
    full = Store.open(f"sqlite:///{tmp_path / 'full.db'}")
    try:
        texts = {
            "jan": ("Sur Andino: paro en Puno desde el lunes.", "2023-01-09", "strike"),
            "dec": ("Radio Altiplano: paro en Puno en diciembre.", "2022-12-20", "strike"),
            "going": ("Diario Capital: el paro en Puno continúa.", "2023-01-10", "going"),
        }
        ids = {}
        for s_ in (inc, full):
            for key, (text, day, kind) in texts.items():
                ids[key] = add_doc(
                    s_, text, text.split(":")[0], "2023-01-11", mention(day, PUNO, strike=kind)
                )
        resolve_store(inc)
        (jan,) = [e for e in list_events(inc) if len(mention_ids(inc, e.id)) == 2]
        assert jan.date == dt.date(2023, 1, 9)
        for s_ in (inc, full):
            doc = s_.get_document(ids["jan"])
            assert doc is not None
            redone = Extraction(document=doc, events=(mention("2023-01-09", PUNO),))
            with s_.transaction() as conn:
                s_.replace_extraction(conn, ids["jan"], redone, extractor=EXTRACTOR)
        assert resolve_store(inc).mode == "incremental"
        assert resolve_store(full, full=True).mode == "full"
        assert _snapshot(inc) == _snapshot(full)
        dec = next(e for e in list_events(full) if e.date and e.date.year == 2022)
        assert len(mention_ids(full, dec.id)) == 2  # December's strike holds the report now
    finally:
        inc.close()
        full.close()


def test_events_store_failed_incremental_run_leaves_events_and_state(
    corpus: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolve_store(corpus, settings)
    before = _snapshot(corpus)
    add_doc(
        corpus,
        "Otro muerto en Cusco.",
        "Radio Sur",
        "2023-01-12",
        mention("2023-01-11", CUSCO, killed=2),
    )
    real_insert = resolution_state.insert

    def crash(conn: sa.Connection, table: sa.Table, rows: object) -> None:
        raise RuntimeError("disk full")  # the events are already written in this transaction

    monkeypatch.setattr(resolution_state, "insert", crash)
    with pytest.raises(RuntimeError, match="disk full"):
        resolve_store(corpus, settings)
    assert _snapshot(corpus) == before
    monkeypatch.setattr(resolution_state, "insert", real_insert)
    report = resolve_store(corpus, settings)
    assert (report.mode, report.mentions) == ("incremental", 4)
    assert by_place(corpus)["Cusco"].sources == 2


def test_events_store_full_run_starts_again_when_mentions_change_under_it(
    corpus: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from veeduria import _resolve_runs

    real = _resolve_runs.full_run
    calls: list[int] = []

    def meanwhile(*args: object, **kwargs: object) -> object:
        out = real(*args, **kwargs)  # type: ignore[arg-type]
        if not calls:  # another process stores a document while the first attempt computes
            add_doc(
                corpus,
                "Radio Sur: otro muerto en Cusco.",
                "Radio Sur",
                "2023-01-12",
                mention("2023-01-11", CUSCO, killed=2),
            )
        calls.append(1)
        return out

    monkeypatch.setattr(_resolve_runs, "full_run", meanwhile)
    report = resolve_store(corpus, settings, full=True)
    assert len(calls) == 2 and (report.mode, report.mentions, report.events) == ("full", 4, 2)
    assert by_place(corpus)["Cusco"].sources == 2


def test_events_store_state_rows_inserted_from_an_iterator_a_chunk_at_a_time(
    fresh_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """State rows can come from a generator (a full run's band rows are made as they are
    written): every row lands across chunk boundaries, and none is made before its chunk."""
    size = resolution_state.CHUNK
    made = []

    def rows():
        for n in range(2 * size + 1):
            made.append(n)
            yield {"band": f"{n % 7}:{n:024x}", "doc_id": f"doc-{n:05d}"}

    seen = []
    real = resolution_state.insert_many

    def spy(conn: sa.Connection, table: sa.Table, part: list[dict[str, str]]) -> None:
        seen.append((len(part), len(made)))
        real(conn, table, part)

    monkeypatch.setattr(resolution_state, "insert_many", spy)
    with fresh_store.engine.begin() as conn:
        resolution_state.insert(conn, resolution_state.resolution_bands, rows())
        stored = conn.execute(
            sa.select(sa.func.count()).select_from(resolution_state.resolution_bands)
        )
        assert stored.scalar_one() == 2 * size + 1
    assert seen == [(size, size), (size, 2 * size), (1, 2 * size + 1)]
