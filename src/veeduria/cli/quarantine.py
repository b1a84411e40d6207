"""``veeduria quarantine list | retry``: sources that could not be ingested."""

from __future__ import annotations

import json

import click
from rich.table import Table

from veeduria.cli._app import get_settings, handle_errors, main
from veeduria.cli.ingest import (
    db_option,
    format_option,
    open_store,
    print_summary,
    progress_bar,
    stdout_console,
)
from veeduria.pipeline import retry_quarantine


@main.group()
def quarantine() -> None:
    """Sources and documents that failed: list them, or retry after fixing them.

    Every source that could not be read, and every document whose extraction raised, is kept
    with its path, the record inside it, the stage, an error code (E1xx read errors, E200
    extraction, E300 storage) and the message. Nothing is dropped silently.
    """


@quarantine.command("list")
@db_option
@click.option("--all", "include_resolved", is_flag=True, help="Include resolved entries.")
@format_option
@click.pass_context
@handle_errors
def list_command(ctx: click.Context, db: str | None, include_resolved: bool, fmt: str) -> None:
    """List quarantined sources (unresolved ones unless --all).

    'json' prints one JSON array, 'jsonl' one object per line.
    """
    settings = get_settings(ctx, db=db)
    with open_store(settings) as store:
        entries = store.quarantine_entries(include_resolved=include_resolved)
    if fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in entries], ensure_ascii=False))
        return
    if fmt == "jsonl":
        for entry in entries:
            click.echo(json.dumps(entry.to_dict(), ensure_ascii=False))
        return
    table = Table(title=f"quarantine: {len(entries)} entries", title_justify="left")
    for column in ("id", "path", "record", "stage", "code", "attempts", "last seen", "message"):
        table.add_column(column, overflow="fold")
    if include_resolved:
        table.add_column("resolved", overflow="fold")
    for e in entries:
        row = [
            str(e.id),
            e.path,
            e.record or "",
            e.stage,
            e.code,
            str(e.attempts),
            e.last_seen.strftime("%Y-%m-%d %H:%M"),
            e.message,
        ]
        if include_resolved:
            row.append(e.resolved_at.strftime("%Y-%m-%d %H:%M") if e.resolved_at else "")
        table.add_row(*row)
    stdout_console().print(table)


@quarantine.command("retry")
@db_option
@format_option
@click.pass_context
@handle_errors
def retry_command(ctx: click.Context, db: str | None, fmt: str) -> None:
    """Read every quarantined source again and resolve the entries that now work.

    Fix the file (or the lexicon behind an extraction error), then run this. New documents
    are stored as in 'veeduria ingest'; entries that fail again count one more attempt.
    Text that came from standard input cannot be re-read and is skipped.
    """
    settings = get_settings(ctx, db=db)
    with open_store(settings) as store:
        with progress_bar("retry", fmt == "jsonl") as callback:
            report = retry_quarantine(settings, store, progress=callback)
    print_summary(fmt, "quarantine retry", report.summary())
