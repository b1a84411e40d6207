"""``veeduria events | event | tallies | resolve``: the resolved events in the database.

Thin commands over ``veeduria.events``. Data goes to stdout (a table, JSON, JSON lines or
CSV); logs go to stderr.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import click
from rich.table import Table

from veeduria.cli._app import get_settings, handle_errors, main
from veeduria.cli.ingest import db_option, open_store, print_summary, stdout_console
from veeduria.events import (
    EventDetail,
    get_event,
    list_events,
    resolve_store,
    tally_series_for,
)
from veeduria.models import FACTUALITY_VALUES
from veeduria.resolve import Series
from veeduria.store.events import EventQuery, StoredEvent

F = TypeVar("F", bound=Callable[..., Any])

#: CSV columns of ``veeduria events --format csv``
CSV_COLUMNS = (
    "id",
    "family",
    "event_type",
    "sub_event_type",
    "mode",
    "factuality",
    "date",
    "date_precision",
    "date_start",
    "date_end",
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
    "source_names",
    "confidence",
    "status",
    "reviewed",
    "notes",
    "first_published",
    "updated_at",
)


def format_option(choices: Sequence[str]) -> Callable[[F], F]:
    """``--format`` with these choices; the first is the default."""

    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(choices)),
            default=choices[0],
            show_default=True,
            help="Output on stdout: " + ", ".join(choices) + ".",
        )(func)

    return decorate


def _date_option(name: str, dest: str, help: str) -> Callable[[F], F]:
    return click.option(
        name, dest, type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help=help
    )


# -- formatting ------------------------------------------------------------------------------


def show_date(event: StoredEvent) -> str:
    if event.date is None:
        return "undated"
    if event.date_precision == "month":
        return event.date.strftime("%Y-%m")
    if event.date_precision == "year":
        return str(event.date.year)
    if event.date_precision and event.date_precision != "day":
        return f"{event.date.isoformat()} ({event.date_precision})"
    return event.date.isoformat()


def show_place(event: StoredEvent) -> str:
    parts: list[str] = []
    for value in (event.location_name, event.admin2, event.admin1, event.country):
        if value and value not in parts:
            parts.append(value)
    return ", ".join(parts[:3]) if parts else "-"


def show_count(value: int | None, low: int | None = None, high: int | None = None) -> str:
    if value is None:
        return "-"
    if low is not None and high is not None and (low, high) != (value, value):
        return f"{value} ({low}-{high})" if low != high else f"{value} ({low})"
    return str(value)


def show_actors(event: StoredEvent) -> str:
    actors = [a for a in (event.actor1, event.actor2) if a]
    return " / ".join(actors) if actors else "-"


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    click.echo(buffer.getvalue(), nl=False)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


# -- veeduria events ---------------------------------------------------------------------------


@main.command("events")
@db_option
@_date_option("--from", "date_from", "Events dated on or after this day (YYYY-MM-DD).")
@_date_option("--to", "date_to", "Events dated on or before this day (YYYY-MM-DD).")
@click.option(
    "--type",
    "type_",
    metavar="TEXT",
    default=None,
    help="Part of the event type or sub-event type, e.g. 'excessive' or 'Protests'.",
)
@click.option("--admin1", metavar="NAME", default=None, help="Department (first-level division).")
@click.option("--actor", metavar="TEXT", default=None, help="Part of actor1 or actor2.")
@click.option("--min-killed", type=click.IntRange(min=0), default=None, help="At least N killed.")
@click.option(
    "--factuality",
    type=click.Choice(FACTUALITY_VALUES),
    multiple=True,
    help="Only this factuality (repeatable); any family then.",
)
@click.option(
    "--all",
    "all_families",
    is_flag=True,
    help="Every family (planned, possible, negated, historical too), not only occurred.",
)
@click.option("--include-rejected", is_flag=True, help="Also events a reviewer rejected.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N events.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip the first N events.")
@format_option(("table", "json", "jsonl", "csv"))
@click.pass_context
@handle_errors
def events_command(
    ctx: click.Context,
    db: str | None,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    type_: str | None,
    admin1: str | None,
    actor: str | None,
    min_killed: int | None,
    factuality: Sequence[str],
    all_families: bool,
    include_rejected: bool,
    limit: int | None,
    offset: int,
    fmt: str,
) -> None:
    """List resolved events, by date.

    By default only events that occurred (asserted or reported) and that no reviewer
    rejected. The table shows the date, type / sub-type, place, actors, the canonical
    killed, injured and detained figures with the range the sources gave, and the number
    of independent sources. 'veeduria event ID' shows one event with its evidence.
    """
    query = EventQuery(
        date_from=date_from.date() if date_from else None,
        date_to=date_to.date() if date_to else None,
        type=type_,
        admin1=admin1,
        actor=actor,
        min_killed=min_killed,
        factuality=tuple(factuality),
        families=None if all_families or factuality else ("occurred",),
        include_rejected=include_rejected,
        limit=limit,
        offset=offset,
    )
    settings = get_settings(ctx, db=db)
    with open_store(settings) as store:
        found = list_events(store, query)
    if fmt == "json":
        click.echo(_json([e.to_dict() for e in found]))
    elif fmt == "jsonl":
        for e in found:
            click.echo(_json(e.to_dict()))
    elif fmt == "csv":
        write_csv((e.to_dict() for e in found), CSV_COLUMNS)
    else:
        _events_table(found)


def _events_table(found: Sequence[StoredEvent]) -> None:
    table = Table(title=f"{len(found)} events", title_justify="left")
    for name, justify in (
        ("id", "left"),
        ("date", "left"),
        ("type / sub-type", "left"),
        ("place", "left"),
        ("actors", "left"),
        ("killed", "right"),
        ("injured", "right"),
        ("detained", "right"),
        ("sources", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for e in found:
        kind = f"{e.event_type} / {e.sub_event_type}"
        if e.family != "occurred":
            kind += f" [{e.factuality}]"
        if e.status != "machine":
            kind += f" ({e.status})"
        table.add_row(
            e.id[:10],
            show_date(e),
            kind,
            show_place(e),
            show_actors(e),
            show_count(e.killed, e.killed_low, e.killed_high),
            show_count(e.injured, e.injured_low, e.injured_high),
            show_count(e.detained, e.detained_low, e.detained_high),
            str(e.sources),
        )
    stdout_console().print(table, markup=False, highlight=False)


# -- veeduria event ID -------------------------------------------------------------------------


@main.command("event")
@click.argument("event_id", metavar="ID")
@db_option
@format_option(("text", "json"))
@click.pass_context
@handle_errors
def event_command(ctx: click.Context, event_id: str, db: str | None, fmt: str) -> None:
    """Show one event: every source's value per field, the words behind it, and the notes.

    ID is the event id, a unique prefix of it (as the events table shows), or an id the
    event had before (after a merge). For each field the alternatives list the value, the
    outlet and attributed body, the document title and URL, and the quoted words with
    their character span. Exits with 1 when no event matches.
    """
    settings = get_settings(ctx, db=db)
    with open_store(settings) as store:
        detail = get_event(store, event_id)
    if fmt == "json":
        click.echo(_json(detail.to_dict()))
        return
    click.echo("\n".join(describe_event(detail)))


def describe_event(detail: EventDetail) -> list[str]:
    """The text of ``veeduria event``: summary, notes, evidence per field, documents, reviews."""
    e = detail.event
    lines = [f"event {e.id}  status: {e.status}"]
    if detail.requested.lower() != e.id and detail.requested.lower() in e.previous_ids:
        lines.append(f"  (formerly {detail.requested})")
    mode = f", mode {e.mode}" if e.mode else ""
    lines.append(f"  type:      {e.event_type} / {e.sub_event_type}{mode}")
    lines.append(f"  family:    {e.family} ({e.factuality})")
    window = ""
    if e.date and e.date_start and e.date_end and (e.date_start, e.date_end) != (e.date, e.date):
        window = f", window {e.date_start} to {e.date_end}"
    lines.append(f"  date:      {show_date(e)}{window}")
    place = ", ".join(
        dict.fromkeys(v for v in (e.location_name, e.admin3, e.admin2, e.admin1, e.country) if v)
    )
    precision = f" (geo precision {e.geo_precision})" if e.geo_precision else ""
    lines.append(f"  place:     {place or '-'}{precision}")
    for role, inter in (("actor1", e.actor1_inter), ("actor2", e.actor2_inter)):
        name = getattr(e, role)
        if name:
            lines.append(f"  {role}:    {name}" + (f" (inter {inter})" if inter else ""))
    for name in ("killed", "injured", "detained"):
        value = getattr(e, name)
        if value is not None:
            low, high = getattr(e, f"{name}_low"), getattr(e, f"{name}_high")
            spread = f"  (sources say {low} to {high})" if low != high else ""
            lines.append(f"  {name + ':':<10} {value}{spread}")
    if e.participants is not None:
        lines.append(f"  participants: {e.participants}")
    names = ", ".join(e.source_names) or "-"
    lines.append(f"  sources:   {e.sources} independent ({names}); confidence {e.confidence:.2f}")
    if e.reviewed:
        lines.append(f"  reviewed:  {', '.join(e.reviewed)}")
    if e.previous_ids:
        lines.append(f"  previous ids: {', '.join(e.previous_ids)}")
    if e.notes:
        lines += ["", "notes:"] + [f"  - {n}" for n in e.notes]
    lines += ["", "evidence:"]
    for field, items in detail.evidence.items():
        lines.append(f"  {field}:")
        for ev in items:
            who = ev.source or f"doc {ev.doc_id[:8]}"
            if ev.attribution and ev.attribution != ev.source:
                who += f", per {ev.attribution}"
            span = f" [{ev.span[0]}:{ev.span[1]}]" if ev.span else ""
            lines.append(f'    {ev.value}  ({who})  "{ev.text}"{span}')
            where = ev.title or ev.url or ev.doc_id[:12]
            if ev.url and ev.title:
                where += f" <{ev.url}>"
            lines.append(f"        in: {where}")
    lines += ["", "documents:"]
    seen: set[str] = set()
    for m in detail.mentions:
        doc = m.document
        if doc.id in seen:
            continue
        seen.add(doc.id)
        published = doc.published.isoformat() if doc.published else "undated"
        label = doc.title or doc.origin or doc.id[:12]
        lines.append(f"  {published}  {doc.source or '-'}  {label}  {doc.url or doc.origin or ''}")
    lines += ["", "mentions:"]
    for m in detail.mentions:
        data = m.data
        lines.append(
            f'  {m.id[:10]}  {data.get("factuality")}  {data.get("sub_event_type")}: "{m.sentence}"'
        )
    if detail.reviews:
        lines += ["", "reviews:"]
        for r in detail.reviews:
            why = f"  ({r.reason})" if r.reason else ""
            lines.append(
                f"  {r.created_at:%Y-%m-%d %H:%M}  {r.user or '-'}  {r.field}: "
                f"{_json(r.before)} -> {_json(r.value)}{why}"
            )
    return lines


# -- veeduria tallies ---------------------------------------------------------------------------


def series_dict(series: Series) -> dict[str, Any]:
    return {
        "what": series.what,
        "scope": series.scope,
        "since": series.since.isoformat() if series.since else None,
        "points": [
            {
                "as_of": p.as_of.isoformat() if p.as_of else None,
                "value": p.value,
                "qualifier": p.qualifier,
                "since": p.since.isoformat() if p.since else None,
                "attribution": p.attribution,
                "source": p.source,
                "doc_id": p.doc_id,
                "text": p.text,
                "span": list(p.span),
                "incidents": p.incidents,
                "incident_events": list(p.incident_events),
                "gap": p.gap,
            }
            for p in series.points
        ],
    }


TALLY_COLUMNS = (
    "what",
    "scope",
    "as_of",
    "value",
    "qualifier",
    "since",
    "attribution",
    "source",
    "incidents",
    "gap",
    "text",
    "doc_id",
)


@main.command("tallies")
@db_option
@click.option(
    "--scope", default=None, help="Only this scope (a country or department; '-' for none)."
)
@click.option(
    "--what",
    type=click.Choice(["killed", "injured", "detained"]),
    default=None,
    help="Only this figure.",
)
@format_option(("table", "json", "jsonl", "csv"))
@click.pass_context
@handle_errors
def tallies_command(
    ctx: click.Context, db: str | None, scope: str | None, what: str | None, fmt: str
) -> None:
    """Show cumulative tallies as series per scope, against the coded incidents.

    A tally ("48 dead since 7 December, says the Ombudsman") is never an event. Each point
    shows its date (as of), value, who said it, the sum of the canonical counts of the
    occurred incidents coded in the same scope and window, and the gap between the two
    ("tally says 48, coded incidents add to 41": gap 7).
    """
    settings = get_settings(ctx, db=db)
    with open_store(settings) as store:
        series = tally_series_for(store, scope=scope, what=what)
    if fmt == "json":
        click.echo(_json([series_dict(s) for s in series]))
        return
    if fmt == "jsonl":
        for s in series:
            click.echo(_json(series_dict(s)))
        return
    rows = [
        {"what": s["what"], "scope": s["scope"] or "-", **p}
        for s in map(series_dict, series)
        for p in s["points"]
    ]
    if fmt == "csv":
        write_csv(rows, TALLY_COLUMNS)
        return
    table = Table(title=f"{len(series)} tally series", title_justify="left")
    for name in ("what", "scope", "as of", "value", "said by", "incidents", "gap"):
        table.add_column(name, justify="right" if name in {"value", "incidents", "gap"} else "left")
    for row in rows:
        qualifier = {"at_least": "≥", "at_most": "≤", "about": "~"}.get(row["qualifier"], "")
        said = row["attribution"] or "-"
        if row["source"] and row["source"] != row["attribution"]:
            said += f" ({row['source']})"
        table.add_row(
            row["what"],
            row["scope"],
            row["as_of"] or "undated",
            f"{qualifier}{row['value']}",
            said,
            "-" if row["incidents"] is None else str(row["incidents"]),
            "-" if row["gap"] is None else str(row["gap"]),
        )
    stdout_console().print(table, markup=False, highlight=False)


# -- veeduria resolve ---------------------------------------------------------------------------


@main.command("resolve")
@db_option
@click.option(
    "--full",
    is_flag=True,
    help="Recompute every event (and the state incremental runs keep), not only what changed.",
)
@format_option(("table", "json"))
@click.pass_context
@handle_errors
def resolve_command(ctx: click.Context, db: str | None, full: bool, fmt: str) -> None:
    """Resolve the stored mentions into events, applying the reviews.

    Ingest and reextract do this on their own; run it after reviews were made. By default
    only what changed since the last resolution is recomputed (new or re-extracted
    documents, new reviews); --full recomputes everything, with the same result. The events
    are written in one transaction. Prints the mode, the number of events, how many
    occurred, the mentions merged into shared events, the events recomputed, the rows
    written, deleted and unchanged, and the time taken.
    """
    settings = get_settings(ctx, db=db)
    with open_store(settings) as store:
        report = resolve_store(store, settings, full=full)
    print_summary(fmt, "resolve", report.summary())  # type: ignore[arg-type]
