"""``veeduria user ...`` and ``veeduria serve --help``."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result

from veeduria.cli import main
from veeduria.store.accounts import audit_log, users
from veeduria.web.db import Database
from veeduria.web.users import verify_password


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'accounts.db'}"


def stored(url: str, name: str) -> sa.Row[object] | None:
    db = Database.open(url)
    try:
        with db.read() as conn:
            return conn.execute(sa.select(users).where(users.c.name == name)).first()
    finally:
        db.close()


def test_cli_user_add_with_password_on_stdin(url: str) -> None:
    result = run(
        "user",
        "add",
        "maria",
        "--role",
        "analyst",
        "--password-stdin",
        "--db",
        url,
        input="s3cret pass\n",
    )
    assert result.exit_code == 0, result.output
    row = stored(url, "maria")
    assert row is not None and row.role == "analyst"
    assert verify_password(row.password_hash, "s3cret pass")
    listing = run("user", "list", "--json", "--db", url)
    assert '"name": "maria"' in listing.output and "password" not in listing.output


def test_cli_user_add_prompts_twice(url: str) -> None:
    result = run("user", "add", "luis", "--db", url, input="first pass\nfirst pass\n")
    assert result.exit_code == 0, result.output
    assert "Repeat for confirmation" in result.output
    row = stored(url, "luis")
    assert row is not None and row.role == "viewer"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["user", "add", "bad name!", "--password-stdin"], "long enough\n", "invalid user name"),
        (["user", "add", "shorty", "--password-stdin"], "short\n", "password too short"),
        (
            ["user", "add", "x", "--role", "root", "--password-stdin"],
            "long enough\n",
            "Invalid value",
        ),
        (["user", "passwd", "ghost", "--password-stdin"], "long enough\n", "no user 'ghost'"),
    ],
)
def test_cli_user_errors(url: str, args: list[str], stdin: str, message: str) -> None:
    result = run(*args, "--db", url, input=stdin)
    assert result.exit_code in {1, 2}
    assert message in result.output


def test_cli_user_changes_are_audited(url: str) -> None:
    assert (
        run("user", "add", "eva", "--password-stdin", "--db", url, input="long enough\n").exit_code
        == 0
    )
    assert (
        run("user", "add", "eva", "--password-stdin", "--db", url, input="long enough\n").exit_code
        == 1
    )
    assert run("user", "role", "eva", "admin", "--db", url).exit_code == 0
    assert (
        run(
            "user", "passwd", "eva", "--password-stdin", "--db", url, input="other pass\n"
        ).exit_code
        == 0
    )
    assert run("user", "disable", "eva", "--db", url).exit_code == 0
    row = stored(url, "eva")
    assert row is not None and row.role == "admin" and not row.active
    assert verify_password(row.password_hash, "other pass")
    db = Database.open(url)
    try:
        with db.read() as conn:
            actions = [
                (r.action, r.user.startswith("cli:")) for r in conn.execute(sa.select(audit_log))
            ]
    finally:
        db.close()
    assert actions == [
        ("user_add", True),
        ("user_role", True),
        ("user_password", True),
        ("user_active", True),
    ]


def test_cli_serve_help_names_the_options() -> None:
    result = run("serve", "--help")
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db", "--public", "--tiles", "--https"):
        assert option in result.output
