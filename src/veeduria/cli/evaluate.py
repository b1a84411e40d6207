"""``veeduria eval GOLD_DIR``: score the extractor against annotated gold documents."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from veeduria.cli._app import get_settings, handle_errors, main
from veeduria.evaluate import evaluate, load_gold
from veeduria.extract import load_resources

_ROWS = (
    ("events (F1)", "event_f1"),
    ("events precision", "event_precision"),
    ("events recall", "event_recall"),
    ("event type", "event_type_accuracy"),
    ("sub-event type", "sub_event_type_accuracy"),
    ("factuality", "factuality_accuracy"),
    ("actor1", "actor1_accuracy"),
    ("actor2", "actor2_accuracy"),
    ("killed exact", "killed_accuracy"),
    ("injured exact", "injured_accuracy"),
    ("detained exact", "detained_accuracy"),
    ("date exact (day)", "date_accuracy"),
    ("place text", "place_accuracy"),
    ("place admin1", "admin1_accuracy"),
    ("place admin2", "admin2_accuracy"),
    ("place exact", "location_accuracy"),
    ("claims (F1)", "claims_f1"),
    ("tallies (F1)", "tallies_f1"),
)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--errors", "show_errors", is_flag=True, help="Also list missed, spurious and wrong events."
)
@click.option(
    "--resolution/--no-resolution",
    default=True,
    show_default=True,
    help=(
        "Also score resolution: pairwise and B3 clustering against gold event_group,"
        " reconciled counts."
    ),
)
@click.pass_context
@handle_errors
def eval_command(
    ctx: click.Context, gold_dir: str, fmt: str, show_errors: bool, resolution: bool
) -> None:
    """Score extraction against the gold documents in GOLD_DIR, per field and per language.

    With --resolution (the default) the extracted mentions are also resolved into events and
    the clustering is scored against the gold event_group ids.
    """
    from veeduria.evaluate.resolution import format_resolution, score_resolution

    settings = get_settings(ctx)
    golds = load_gold(gold_dir)
    resources = load_resources(settings.language_list)
    report = evaluate(golds, resources, keep_errors=show_errors)
    resolved = score_resolution(golds, resources) if resolution else None
    if fmt == "json":
        data = report.as_dict()
        if resolved is not None:
            data["resolution"] = resolved
        if show_errors:
            data["errors"] = {k: v.errors for k, v in report.by_language.items()}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    metrics = report.metrics()
    table = Table(title=f"Extraction scored on {gold_dir}")
    table.add_column("field")
    for lang, score in report.by_language.items():
        table.add_column(f"{lang} ({score.documents} docs)", justify="right")
    for label, key in _ROWS:
        table.add_row(label, *(f"{metrics[lang].get(key, 0):.3f}" for lang in report.by_language))
    table.add_row(
        "must_not violations", *(str(s.must_not_violations) for s in report.by_language.values())
    )
    console = Console(width=120)
    console.print(table)
    if resolved is not None:
        console.print(format_resolution(resolved), markup=False)
    if show_errors:
        # one error a line, never wrapped: the console's 120 columns would break a JSON line
        # inside a value, and a reader joining the pieces gets "Police" + "Forces of Peru"
        for lang, score in report.by_language.items():
            for err in score.errors:
                click.echo(f"[{lang}] {json.dumps(err, ensure_ascii=False, default=str)}")
