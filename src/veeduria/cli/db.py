"""``veeduria db migrate | info``: the database schema and what it holds."""

from __future__ import annotations

import json

import click
from rich.table import Table

from veeduria.cli._app import get_settings, handle_errors, main
from veeduria.cli.ingest import db_option, stdout_console
from veeduria.store import mask_url
from veeduria.store.admin import describe, migrate_database


@main.group()
def db() -> None:
    """The database: SQLite by default (./veeduria.db), or any PostgreSQL URL.

    Choose it with --db URL or VEEDURIA_DB, e.g. postgresql+psycopg://user@host/veeduria.
    Keep passwords in the environment (VEEDURIA_DB or PGPASSWORD), not in files.
    """


@db.command("migrate")
@db_option
@click.option(
    "--revision", default="head", show_default=True, help="Schema revision to migrate to."
)
@click.pass_context
@handle_errors
def migrate_command(ctx: click.Context, db: str | None, revision: str) -> None:
    """Create the tables, or bring an existing database to the newest schema.

    Other commands migrate automatically when they open the database; this one does only
    that, for deployments that want schema changes as a separate step.
    """
    settings = get_settings(ctx, db=db)
    before, after = migrate_database(str(settings.db), revision)
    where = mask_url(str(settings.db))
    if before == after:
        click.echo(f"{where}: already at revision {after}")
    else:
        click.echo(f"{where}: migrated from {before or 'empty'} to revision {after}")


@db.command("info")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output on stdout: a table or one JSON object.",
)
@click.pass_context
@handle_errors
def info_command(ctx: click.Context, db: str | None, fmt: str) -> None:
    """Show the database URL (password masked), schema revision and rows per table.

    Changes nothing: a database that is not migrated yet is reported as such.
    """
    settings = get_settings(ctx, db=db)
    info = describe(str(settings.db))
    if fmt == "json":
        click.echo(json.dumps(info.to_dict()))
        return
    console = stdout_console()
    console.print(f"database: {info.url}", highlight=False, markup=False)
    console.print(f"backend:  {info.backend} {info.server_version}", highlight=False)
    state = "up to date" if info.up_to_date else f"newest is {info.head}: run 'veeduria db migrate'"
    console.print(f"revision: {info.revision or 'none'} ({state})", highlight=False, markup=False)
    table = Table(title_justify="left")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in info.tables.items():
        table.add_row(name, str(count))
    console.print(table)
