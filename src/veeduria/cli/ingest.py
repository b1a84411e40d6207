"""``veeduria ingest`` and ``veeduria reextract``: sources into the store.

Data goes to stdout (a table, one JSON object, or JSON lines); logs and the progress bar go to
stderr, so the output can be piped.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from veeduria.cli._app import get_settings, handle_errors, main
from veeduria.config import Settings
from veeduria.pipeline import IngestReport, ProgressEvent, reextract, run_ingest
from veeduria.store import Store

F = TypeVar("F", bound=Callable[..., Any])
logger = logging.getLogger(__name__)

FORMATS = ("table", "json", "jsonl")


def db_option(func: F) -> F:
    return click.option(
        "--db",
        metavar="URL",
        default=None,
        help="Database URL (default: setting 'db', env VEEDURIA_DB, sqlite:///veeduria.db).",
    )(func)


def format_option(func: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output on stdout: a table, one JSON object, or JSON lines.",
    )(func)


def open_store(settings: Settings) -> Store:
    """Open (and migrate) the database named by the settings."""
    return Store.open(str(settings.db))


def stdout_console() -> Console:
    """Rich console on stdout; when piped, wide enough that table cells are never folded."""
    console = Console()
    return console if console.is_terminal else Console(width=1000)


def print_summary(fmt: str, title: str, summary: Mapping[str, int]) -> None:
    """The final figures: one JSON object, or a two-column table."""
    if fmt in {"json", "jsonl"}:
        click.echo(json.dumps(dict(summary)))
        return
    table = Table(title=title, title_justify="left")
    table.add_column("", style="bold")
    table.add_column("count", justify="right")
    for key, value in summary.items():
        table.add_row(key.replace("_", " "), str(value))
    stdout_console().print(table)


@contextmanager
def progress_bar(label: str, jsonl: bool) -> Iterator[Callable[[ProgressEvent], None]]:
    """A progress callback: a rich bar on stderr when it is a terminal, JSON lines if asked."""
    console = Console(stderr=True)
    bar = (
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        if console.is_terminal
        else None
    )
    task = bar.add_task(label, total=None) if bar else None

    def callback(event: ProgressEvent) -> None:
        if bar is not None and task is not None:
            bar.update(task, total=event.total or None, completed=event.done)
        if jsonl and event.kind not in {"discovered", "source_done"}:
            click.echo(json.dumps(event.to_dict(), ensure_ascii=False))

    if bar is None:
        yield callback
        return
    with bar:
        yield callback


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date (YYYY-MM-DD) for sources that do not carry one.",
)
@click.option(
    "--lang",
    type=click.Choice(["auto", "es", "en"]),
    default="auto",
    show_default=True,
    help="Language of the sources; 'auto' detects it per document.",
)
@click.option(
    "--extract/--no-extract",
    "do_extract",
    default=None,
    help="Extract events from new documents (default: setting 'extract', on).",
)
@format_option
@click.option(
    "--engine",
    type=click.Choice(["serial", "dask"]),
    default="serial",
    show_default=True,
    help="serial: this process; dask: partitions on a Dask cluster (docs/scale.md).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="With --engine dask: a running scheduler (tcp://host:8786); default a local cluster.",
)
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    default=None,
    help="With --engine dask: partitions of the input (default: 8 per worker thread, more for a large corpus).",
)
@click.pass_context
@handle_errors
def ingest(
    ctx: click.Context,
    paths: Sequence[str],
    db: str | None,
    published: dt.datetime | None,
    lang: str,
    do_extract: bool | None,
    fmt: str,
    engine: str,
    scheduler: str | None,
    partitions: int | None,
) -> None:
    """Read files and directories into the database, extracting events on the way.

    PATH is a file (.txt, .html, .json, .jsonl, .csv, RSS/Atom) or a directory, read
    recursively; '-' reads text from standard input. Documents already stored are skipped,
    so running the same command twice adds nothing. Sources that cannot be read are kept in
    the quarantine ('veeduria quarantine list') and the run carries on.

    Prints the counts: ingested, duplicates, quarantined, failed (extraction errors). Exits
    with 1 when nothing at all could be read.
    """
    settings = get_settings(ctx, db=db, extract=do_extract)
    if engine == "dask":
        if "-" in paths:
            raise click.UsageError("--engine dask reads files only; use the serial engine for '-'")
        run_dask_ingest = _dask_runner()
    elif scheduler or partitions:
        logger.warning("--scheduler and --partitions apply to --engine dask only; ignored")
    stdin_text = sys.stdin.read() if "-" in paths else None
    with open_store(settings) as store:
        with progress_bar("ingest", fmt == "jsonl") as callback:
            if engine == "dask":
                report = run_dask_ingest(
                    list(paths),
                    settings,
                    store,
                    published=published.date() if published else None,
                    language=None if lang == "auto" else lang,
                    scheduler=scheduler,
                    partitions=partitions,
                    progress=callback,
                )
            else:
                report = run_ingest(
                    list(paths),
                    settings,
                    store,
                    published=published.date() if published else None,
                    language=None if lang == "auto" else lang,
                    stdin_text=stdin_text,
                    progress=callback,
                )
    print_summary(fmt, "ingest", report.summary())
    if report.nothing_read:
        raise click.ClickException(
            f"nothing could be read from {', '.join(paths)}: "
            f"{report.quarantined} source(s) quarantined, {report.failed} failed; "
            "see 'veeduria quarantine list'"
        )


def _dask_runner() -> Callable[..., IngestReport]:
    """``run_dask_ingest``, or a usage error naming the missing extra."""
    try:
        from veeduria.scale.dask import run_dask_ingest
    except ImportError as err:
        raise click.ClickException(
            f"[E502] --engine dask needs Dask ({err.name} is missing): "
            "pip install 'veeduria[scale]'"
        ) from err
    return run_dask_ingest


@main.command("reextract")
@db_option
@click.option(
    "--only-unextracted",
    is_flag=True,
    help="Only documents stored without extraction (ingested with --no-extract).",
)
@format_option
@click.pass_context
@handle_errors
def reextract_command(ctx: click.Context, db: str | None, only_unextracted: bool, fmt: str) -> None:
    """Extract stored documents again and replace their mentions, claims and tallies.

    Run it after a lexicon or extractor upgrade: every document's extraction rows are
    rewritten with the current extractor and lexicon versions. Prints the number of
    documents, mentions found, and documents whose extraction failed (quarantined).
    """
    settings = get_settings(ctx, db=db)
    with open_store(settings) as store:
        with progress_bar("reextract", fmt == "jsonl") as callback:
            report = reextract(
                store, settings, only_unextracted=only_unextracted, progress=callback
            )
    print_summary(fmt, "reextract", report.summary())
