"""The click group and the helpers every command shares."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from veeduria import __version__
from veeduria.config import Settings, load_settings
from veeduria.errors import ConfigError, VeeduriaError

F = TypeVar("F", bound=Callable[..., Any])


def setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(
        level=max(level, logging.DEBUG),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="veeduria")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Settings file (default: ./veeduria.toml if present).",
)
@click.pass_context
def main(ctx: click.Context, verbose: int, config_file: str | None) -> None:
    """Veeduría: event data on protest and repression from news and statements.

    Turns documents into events (who did what to whom, where, when, how many), with the words
    behind every value. Data stays on this machine.
    """
    setup_logging(verbose)
    ctx.ensure_object(dict)
    ctx.obj["config_file"] = config_file


def get_settings(ctx: click.Context, **overrides: Any) -> Settings:
    """Settings for this invocation: file < env < the command's options."""
    config_file = (ctx.find_root().obj or {}).get("config_file")
    try:
        return load_settings(config_file=config_file, overrides=overrides)
    except ConfigError as err:
        raise click.UsageError(str(err)) from err


def handle_errors(func: F) -> F:
    """Turn library errors into click errors (exit code 1) naming the problem."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except VeeduriaError as err:
            raise click.ClickException(str(err)) from err

    return wrapper  # type: ignore[return-value]
