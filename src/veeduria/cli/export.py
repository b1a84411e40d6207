"""``veeduria export``: events to ACLED CSV, extended CSV, JSONL, GeoJSON or Parquet.

A thin command over :func:`veeduria.export.export`. The file goes to stdout unless
``-o FILE`` is given; the count goes to stderr, so the output can be piped.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from veeduria.cli._app import get_settings, handle_errors, main
from veeduria.cli.ingest import db_option, open_store
from veeduria.export import FORMATS, EventFilters, export


def _date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


@main.command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="acled",
    show_default=True,
    help="acled: ACLED's 31 columns; extended: CSV with counts per source, factuality, "
    "review and evidence; jsonl; geojson (FeatureCollection); parquet.",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    default="-",
    show_default=True,
    help="File to write ('-' is standard output). Written whole or not at all.",
)
@click.option(
    "--from",
    "date_from",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Events dated on or after this day (YYYY-MM-DD).",
)
@click.option(
    "--to",
    "date_to",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Events dated on or before this day (YYYY-MM-DD).",
)
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
    "--all",
    "all_families",
    is_flag=True,
    help="Every family (planned, called for, possible, negated, historical), not only occurred.",
)
@click.option("--include-rejected", is_flag=True, help="Also events a reviewer rejected.")
@click.pass_context
@handle_errors
def export_command(
    ctx: click.Context,
    db: str | None,
    fmt: str,
    output: str,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    type_: str | None,
    admin1: str | None,
    actor: str | None,
    min_killed: int | None,
    all_families: bool,
    include_rejected: bool,
) -> None:
    """Export resolved events, streamed: a million events never sit in memory at once.

    By default only events that occurred (asserted or reported) and that no reviewer
    rejected; the filters are those of 'veeduria events'. The ACLED format leaves out
    undated events (ACLED needs a date); the other formats keep them. See docs/exports.md.
    """
    try:
        filters = EventFilters(
            date_from=_date(date_from),
            date_to=_date(date_to),
            type=type_,
            admin1=admin1,
            actor=actor,
            min_killed=min_killed,
            all_families=all_families,
            include_rejected=include_rejected,
        )
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    if output == "-" and fmt == "parquet" and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: write it to a file with -o FILE")
    settings = get_settings(ctx, db=db)
    with open_store(settings) as store:
        if output == "-":
            count = export(store, fmt, sys.stdout.buffer, filters)
            sys.stdout.buffer.flush()
        else:
            count = _export_to_file(store, fmt, Path(output), filters)
    where = "standard output" if output == "-" else output
    click.echo(f"exported {count} events as {fmt} to {where}", err=True)


def _export_to_file(store: object, fmt: str, path: Path, filters: EventFilters) -> int:
    """Write beside the target and rename at the end, so a failed export leaves no half file."""
    partial = path.with_name(f".{path.name}.part")
    try:
        with partial.open("wb") as out:
            count = export(store, fmt, out, filters)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
