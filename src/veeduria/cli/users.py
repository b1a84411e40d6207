"""``veeduria user add | list | passwd | role | disable | enable``: dashboard accounts."""

from __future__ import annotations

import getpass
import sys
from typing import TYPE_CHECKING

import click

from veeduria.cli._app import get_settings, handle_errors, main
from veeduria.cli.ingest import db_option, stdout_console
from veeduria.store.accounts import ROLES

if TYPE_CHECKING:  # the web extra is imported only when a command runs
    from veeduria.web.audit import Actor
    from veeduria.web.db import Database


def _database(ctx: click.Context, db: str | None) -> Database:
    from veeduria.web.db import Database

    return Database.open(str(get_settings(ctx, db=db).db))


def _cli_actor() -> Actor:
    from veeduria.web.audit import Actor

    return Actor(f"cli:{getpass.getuser()}", None)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise click.UsageError("no password on standard input")
        return password
    prompted: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return prompted


password_stdin = click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input instead of a prompt.",
)


@main.group()
def user() -> None:
    """Dashboard accounts: viewers read, analysts review events, admins manage users.

    Passwords are stored as argon2id hashes. Every change is written to the audit log.
    """


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="viewer", show_default=True)
@password_stdin
@db_option
@click.pass_context
@handle_errors
def add_command(
    ctx: click.Context, name: str, role: str, password_stdin: bool, db: str | None
) -> None:
    """Create the account NAME with a password (asked for, or read with --password-stdin)."""
    from veeduria.web.audit import audit
    from veeduria.web.users import add_user

    password = _read_password(password_stdin)
    database = _database(ctx, db)
    try:
        with database.write() as conn:
            created = add_user(conn, name, password, role)
            audit(
                conn,
                _cli_actor(),
                action="user_add",
                object_type="user",
                object_id=created.name,
                after={"role": created.role, "active": True},
            )
    finally:
        database.close()
    click.echo(f"user {created.name!r} added with role {created.role}")


@user.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON array on stdout.")
@click.pass_context
@handle_errors
def list_command(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """List accounts with their role, state and last login."""
    import json

    from rich.table import Table

    from veeduria.web.users import list_users

    database = _database(ctx, db)
    try:
        with database.read() as conn:
            people = list_users(conn)
    finally:
        database.close()
    if as_json:
        click.echo(json.dumps([u.to_dict() for u in people]))
        return
    table = Table(title=f"{len(people)} users", title_justify="left")
    for column in ("name", "role", "active", "last login"):
        table.add_column(column)
    for u in people:
        last = u.last_login.strftime("%Y-%m-%d %H:%M") if u.last_login else ""
        table.add_row(u.name, u.role, "yes" if u.active else "no", last)
    stdout_console().print(table)


@user.command("passwd")
@click.argument("name")
@password_stdin
@db_option
@click.pass_context
@handle_errors
def passwd_command(ctx: click.Context, name: str, password_stdin: bool, db: str | None) -> None:
    """Set a new password for NAME (their sessions end)."""
    from veeduria.web.audit import audit
    from veeduria.web.users import set_password

    password = _read_password(password_stdin)
    database = _database(ctx, db)
    try:
        with database.write() as conn:
            set_password(conn, name, password)
            audit(
                conn,
                _cli_actor(),
                action="user_password",
                object_type="user",
                object_id=name,
                field="password",
                after="(changed)",
            )
    finally:
        database.close()
    click.echo(f"password of {name!r} changed")


@user.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
@db_option
@click.pass_context
@handle_errors
def role_command(ctx: click.Context, name: str, role: str, db: str | None) -> None:
    """Give NAME another role."""
    from veeduria.web.audit import audit
    from veeduria.web.users import set_role

    database = _database(ctx, db)
    try:
        with database.write() as conn:
            before, after = set_role(conn, name, role)
            audit(
                conn,
                _cli_actor(),
                action="user_role",
                object_type="user",
                object_id=name,
                field="role",
                before=before.role,
                after=after.role,
            )
    finally:
        database.close()
    click.echo(f"{name!r} is now {role}")


def _set_active(ctx: click.Context, name: str, db: str | None, active: bool) -> None:
    from veeduria.web.audit import audit
    from veeduria.web.users import set_active

    database = _database(ctx, db)
    try:
        with database.write() as conn:
            before, after = set_active(conn, name, active)
            audit(
                conn,
                _cli_actor(),
                action="user_active",
                object_type="user",
                object_id=name,
                field="active",
                before=before.active,
                after=after.active,
            )
    finally:
        database.close()


@user.command("disable")
@click.argument("name")
@db_option
@click.pass_context
@handle_errors
def disable_command(ctx: click.Context, name: str, db: str | None) -> None:
    """Disable NAME's account and end their sessions (the account and its history stay)."""
    _set_active(ctx, name, db, False)
    click.echo(f"{name!r} disabled")


@user.command("enable")
@click.argument("name")
@db_option
@click.pass_context
@handle_errors
def enable_command(ctx: click.Context, name: str, db: str | None) -> None:
    """Enable NAME's account again."""
    _set_active(ctx, name, db, True)
    click.echo(f"{name!r} enabled")
