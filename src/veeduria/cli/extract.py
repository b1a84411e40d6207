"""``veeduria extract``: print the extraction of each document as JSON lines; no database."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from veeduria.cli._app import get_settings, handle_errors, main
from veeduria.config import Settings
from veeduria.errors import IngestError
from veeduria.extract import extract as run_extract
from veeduria.extract import load_resources
from veeduria.extract.serialize import extraction_to_dict
from veeduria.models import Document


def _documents(
    paths: tuple[str, ...], settings: Settings, published: dt.date | None, language: str | None
) -> Iterator[Document]:
    from veeduria.ingest import SourceFailure, discover, read_source, read_text

    if not paths or paths == ("-",):
        items = read_text(
            sys.stdin.read(), settings, origin="-", published=published, language=language
        )
        failures = [i for i in items if isinstance(i, SourceFailure)]
        yield from (i for i in items if isinstance(i, Document))
    else:
        files, failures = discover([p for p in paths if p != "-"])
        for path in files:
            for item in read_source(Path(path), settings, published=published, language=language):
                if isinstance(item, Document):
                    yield item
                else:
                    failures.append(item)
    for f in failures:
        where = f"{f.path}" + (f" record {f.record}" if f.record is not None else "")
        click.echo(f"warning: {where}: [{f.code}] {f.message}", err=True)


@main.command("extract")
@click.argument("paths", nargs=-1)
@click.option(
    "--lang",
    type=click.Choice(["auto", "es", "en"]),
    default="auto",
    show_default=True,
    help="Language of the input; auto detects it per document.",
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date to resolve relative dates against (overrides the file's).",
)
@click.option(
    "--text/--no-text",
    "include_text",
    default=False,
    help="Include the document text in the output.",
)
@click.pass_context
@handle_errors
def extract_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    lang: str,
    published: dt.datetime | None,
    include_text: bool,
) -> None:
    """Extract events, claims and tallies from PATHS (files, directories, globs, or - for stdin).

    Prints one JSON object per document, one per line (the output contract in
    docs/extraction.md). Writes nothing to the database.
    """
    settings = get_settings(ctx)
    resources = load_resources(settings.language_list)
    language = None if lang == "auto" else lang
    pub = published.date() if published else None
    count = 0
    for doc in _documents(paths, settings, pub, language):
        result = run_extract(doc, resources)
        click.echo(
            json.dumps(extraction_to_dict(result, include_text=include_text), ensure_ascii=False)
        )
        count += 1
    if count == 0:
        raise IngestError("no document could be read from the input", code="E111")
