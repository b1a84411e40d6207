"""Resolution through the store: a full run, a run with nothing new, and an incremental run
(figures, not a timed test).

Stores the synthetic mentions of ``resolve_speed.py`` (a year of invented incidents in 25
departments; one to six reports each) in a SQLite store, one document per report with a
text of its own (one report in twenty copies another outlet's text, a near-duplicate), all
but the last 1% of the documents. Then, each in a fresh process so that its peak memory is
its own, it times:

1. ``resolve_store`` on the store (the first resolution: a full run);
2. ``resolve_store`` again (nothing changed);
3. ``resolve_store`` after the last 1% of the documents are added (incremental);
4. ``resolve_store(full=True)`` (a full run over everything), which must write nothing:
   the incremental run left what a full run makes.

    .venv/bin/python benchmarks/resolve_store_speed.py [--mentions 100000] [--db PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from _machine import describe
from resolve_speed import synthesize

from veeduria.models import Document, Extraction
from veeduria.resolve import MentionRef
from veeduria.store import Store
from veeduria.store._rows import prepare_extraction

WORDS = (
    "la policía manifestantes protesta marcha carretera bloqueo plaza puente región ciudad "
    "dirigentes gobierno congreso heridos detenidos fallecidos hospital fiscalía defensoría "
    "comunidad campesinos estudiantes paro huelga diálogo mesa ministro presidente alcalde "
    "vecinos mercado aeropuerto enfrentamiento gases disparos piedras denuncia informe según "
    "testigos video redes noche mañana tarde jornada tercer día durante tras antes luego"
).split()
BATCH = 500


def _held_file(db: str) -> Path:
    """Where the held-back documents wait, beside the database file."""
    return Path(db.removeprefix("sqlite:///") + ".held.json")


def _text(rnd: random.Random, doc: str) -> str:
    return f"{doc}. " + " ".join(rnd.choice(WORDS) for _ in range(160))


def build(db: str, mentions: int, seed: int) -> tuple[list[str], int]:
    """Store all but the last 1% of the documents; returns the held-back document ids."""
    refs = synthesize(mentions, seed)
    by_doc: dict[str, list[MentionRef]] = defaultdict(list)
    for ref in refs:
        by_doc[ref.doc_id].append(ref)
    rnd = random.Random(seed)
    texts: dict[str, str] = {}
    names = sorted(by_doc)
    for name in names:
        if texts and rnd.random() < 0.05:  # a copy of another outlet's story, new headline
            texts[name] = f"{name}. " + rnd.choice(list(texts.values())).split(". ", 1)[1]
        else:
            texts[name] = _text(rnd, name)
    cut = int(len(names) * 0.99)
    held = names[cut:]
    with Store.open(db) as store:
        _add(store, names[:cut], by_doc, texts)
    _held_file(db).write_text(json.dumps({n: texts[n] for n in held}), encoding="utf-8")
    return held, len(refs)


def _add(
    store: Store, names: list[str], by_doc: dict[str, list[MentionRef]], texts: dict[str, str]
) -> None:
    for start in range(0, len(names), BATCH):
        items = []
        for name in names[start : start + BATCH]:
            refs = by_doc[name]
            text = texts[name]
            doc = Document(
                id=hashlib.sha256(text.encode()).hexdigest(),
                text=text,
                language="es",
                source_name=refs[0].source,
                published=refs[0].published,
                url=f"https://{refs[0].source}.example/{name}",
            )
            extraction = Extraction(document=doc, events=tuple(r.mention for r in refs))
            items.append((doc, prepare_extraction(doc.id, extraction, "bench@1")))
        with store.transaction() as conn:
            store.add_documents(conn, items)


def add_held(db: str, mentions: int, seed: int) -> None:
    refs = synthesize(mentions, seed)
    by_doc: dict[str, list[MentionRef]] = defaultdict(list)
    for ref in refs:
        by_doc[ref.doc_id].append(ref)
    texts = json.loads(_held_file(db).read_text(encoding="utf-8"))
    with Store.open(db) as store:
        _add(store, sorted(texts), by_doc, texts)


def child(db: str, full: bool) -> None:
    """One resolution in this process; prints its figures as JSON."""
    from veeduria.events import resolve_store

    with Store.open(db) as store:
        started, cpu = time.perf_counter(), time.process_time()
        report = resolve_store(store, full=full)
        wall, used = time.perf_counter() - started, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({**report.summary(), "wall": wall, "cpu": used, "rss_mb": rss}))


def _run(db: str, full: bool) -> dict[str, float]:
    args = [sys.executable, __file__, "--child", db] + (["--full"] if full else [])
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", default=".cache/bench/resolve_store.db")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.full)
        return 0
    path = Path(args.db)
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    db = f"sqlite:///{path}"
    for line in describe("sqlalchemy", "datasketch"):
        print(line)
    t0 = time.perf_counter()
    held, total = build(db, args.mentions, args.seed)
    print(
        f"{total:,} mentions; stored all but {len(held):,} documents in "
        f"{time.perf_counter() - t0:.1f} s (database {path})"
    )
    rows = []
    for label, full, before in (
        ("first resolution (full)", False, None),
        ("again, nothing new", False, None),
        ("+1% documents (incremental)", False, "add"),
        ("full run over everything", True, None),
    ):
        if before == "add":
            add_held(db, args.mentions, args.seed)
        figures = _run(db, full)
        rows.append((label, figures))
    print(
        f"{'run':32} {'mode':12} {'wall s':>7} {'CPU s':>7} {'peak MB':>8} "
        f"{'recomputed':>10} {'written':>8} {'events':>8}"
    )
    for label, f in rows:
        print(
            f"{label:32} {f['mode']:12} {f['wall']:7.1f} {f['cpu']:7.1f} {f['rss_mb']:8.0f} "
            f"{f['recomputed']:10,} {f['written']:8,} {f['events']:8,}"
        )
    last = rows[-1][1]
    print("the full run found nothing to change:", last["written"] == last["deleted"] == 0)
    print(
        f"documents resolved: {int(last['documents']):,}; mentions {int(last['mentions']):,}; "
        f"dates {dt.date(2023, 1, 1)} to {dt.date(2023, 12, 31)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
