"""Extraction throughput, scaling and memory: figures, not a timed test.

    .venv/bin/python benchmarks/generate_corpus.py --docs 100000 --out .cache/corpus/100k
    .venv/bin/python benchmarks/throughput.py --corpus .cache/corpus/100k --sizes 1000,10000,100000

Streams the first N documents of the generated corpus through ``read_source`` (JSONL records
into ``Document``s: normalisation, ids, language) and ``extract``, one document at a time in
one process (one core), for each N. Prints documents/s and MB/s of text per core (CPU time)
for reading, extraction and both, the time per document at each N (linear scaling keeps it
flat), and the peak RSS. Then, over the same texts, spaCy's blank tokenizer (``spacy.blank``,
no model): the floor extraction is measured against. spaCy is not a project dependency; the
reference pass is skipped when it is not installed (``pip install -e '.[dev]'``).

With ``--store N``, the first N documents are then also turned into table rows
(``veeduria.pipeline.extraction_rows``) and written to a temporary SQLite database through
the ingest's storing path (``Store.add_documents``, batches of ``batch_size``, one
transaction each): the CPU time per document of each step.

The machine is shared and noisy: compare ratios measured in one run, not across runs.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Iterator
from pathlib import Path

from _machine import describe, peak_rss_mb

from veeduria.config import load_settings
from veeduria.extract import extract, load_resources
from veeduria.ingest import read_source
from veeduria.models import Document


def documents(corpus: Path, limit: int, timer: list[float]) -> Iterator[Document]:
    """The first ``limit`` documents; CPU time spent reading is added to ``timer[0]``."""
    settings = load_settings(env={})
    n = 0
    for path in sorted(corpus.glob("part-*.jsonl")):
        items = read_source(path, settings)
        while n < limit:
            t0 = time.process_time()
            item = next(items, None)
            timer[0] += time.process_time() - t0
            if item is None:
                break
            if isinstance(item, Document):
                n += 1
                yield item
        if n >= limit:
            return
    if n < limit:
        raise SystemExit(f"the corpus has only {n} documents; generate more")


def measure(corpus: Path, size: int, resources: object) -> dict[str, float]:
    read = [0.0]
    extract_cpu = 0.0
    text_bytes = events = 0
    wall = time.perf_counter()
    for doc in documents(corpus, size, read):
        text_bytes += len(doc.text.encode("utf-8"))
        t0 = time.process_time()
        events += len(extract(doc, resources).events)  # type: ignore[arg-type]
        extract_cpu += time.process_time() - t0
    return {
        "docs": size,
        "mb": text_bytes / 1e6,
        "read": read[0],
        "extract": extract_cpu,
        "wall": time.perf_counter() - wall,
        "events": events,
    }


def storing(corpus: Path, size: int, resources: object) -> dict[str, float]:
    """CPU time of building the rows and of writing them, per document, into SQLite."""
    import tempfile

    from veeduria.pipeline import extraction_rows
    from veeduria.store import Store

    settings = load_settings(env={})
    batch = max(1, int(settings.batch_size))
    made = []
    rows_cpu = store_cpu = 0.0
    for doc in documents(corpus, size, [0.0]):
        extraction = extract(doc, resources)  # type: ignore[arg-type]
        t0 = time.process_time()
        made.append((doc, extraction_rows(doc, extraction)))
        rows_cpu += time.process_time() - t0
    with tempfile.TemporaryDirectory(prefix="veeduria-store-") as tmp:
        with Store.open(f"sqlite:///{tmp}/store.db") as store:
            wall = time.perf_counter()
            t0 = time.process_time()
            for start in range(0, len(made), batch):
                chunk = made[start : start + batch]
                store.existing_ids({d.id for d, _ in chunk})
                with store.transaction() as conn, conn.begin_nested():
                    store.add_documents(conn, chunk)
            store_cpu = time.process_time() - t0
            wall = time.perf_counter() - wall
            rows = store.counts()
    return {
        "docs": len(made),
        "rows": rows_cpu,
        "store": store_cpu,
        "wall": wall,
        "batch": batch,
        "mentions": rows["mentions"],
    }


def spacy_reference(corpus: Path, size: int) -> dict[str, float] | None:
    try:
        import spacy
    except ImportError:
        return None
    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in ("es", "en")}
    read = [0.0]
    cpu = 0.0
    tokens = text_bytes = 0
    for doc in documents(corpus, size, read):
        text_bytes += len(doc.text.encode("utf-8"))
        t0 = time.process_time()
        tokens += len(tokenizers.get(doc.language, tokenizers["en"])(doc.text))
        cpu += time.process_time() - t0
    return {"docs": size, "mb": text_bytes / 1e6, "cpu": cpu, "tokens": tokens}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument(
        "--spacy-docs", type=int, default=10000, help="documents for the spaCy reference pass"
    )
    parser.add_argument(
        "--store", type=int, default=0, metavar="N", help="also time storing N documents"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    for line in describe("spacy", "pyahocorasick"):
        print(line)
    t0 = time.perf_counter()
    resources = load_resources(("es", "en"))
    print(f"resources loaded in {time.perf_counter() - t0:.2f}s; RSS {peak_rss_mb():.0f} MB")
    measure(args.corpus, 200, resources)  # warm-up: caches, first-use compilation
    rows = []
    for size in sizes:
        gc.collect()
        r = measure(args.corpus, size, resources)
        rows.append(r)
        cpu = r["read"] + r["extract"]
        print(
            f"{size:>7} docs, {r['mb']:7.1f} MB: read {r['mb'] / r['read']:5.2f} MB/s, "
            f"extract {r['mb'] / r['extract']:5.2f} MB/s, "
            f"read+extract {r['mb'] / cpu:5.2f} MB/s {size / cpu:6.0f} docs/s per core; "
            f"{1000 * cpu / size:.2f} ms/doc; {r['events']} mentions; wall {r['wall']:.0f}s; "
            f"peak RSS {peak_rss_mb():.0f} MB",
            flush=True,
        )
    base = rows[0]
    base_per_doc = (base["read"] + base["extract"]) / base["docs"]
    print("scaling (CPU time per document relative to the smallest run; 1.00 = linear):")
    for r in rows:
        per_doc = (r["read"] + r["extract"]) / r["docs"]
        print(f"  {r['docs']:>7} docs: {per_doc / base_per_doc:.2f}")
    last = rows[-1]
    if last["docs"] < 100_000:
        per_doc = (last["read"] + last["extract"]) / last["docs"]
        print(
            f"extrapolated to 100000 docs at the {last['docs']}-doc rate: "
            f"{per_doc * 100_000:.0f}s CPU on one core"
        )
    print(f"peak RSS (extraction pipeline): {peak_rss_mb():.0f} MB")
    if args.store:
        st = storing(args.corpus, args.store, resources)
        print(
            f"storing {st['docs']:.0f} docs ({st['mentions']:.0f} mentions) into SQLite, "
            f"batches of {st['batch']:.0f}: rows {1000 * st['rows'] / st['docs']:.2f} ms/doc, "
            f"writes {1000 * st['store'] / st['docs']:.2f} ms/doc CPU "
            f"({1000 * st['wall'] / st['docs']:.2f} ms/doc wall)",
            flush=True,
        )
    ref = spacy_reference(args.corpus, min(args.spacy_docs, max(sizes)))
    if ref is None:
        print("spaCy not installed: no tokenizer reference")
        return
    same = next((r for r in rows if r["docs"] == ref["docs"]), None)
    print(
        f"spaCy blank tokenizer over the same {ref['docs']} docs: "
        f"{ref['mb'] / ref['cpu']:.2f} MB/s per core, {ref['tokens']} tokens"
    )
    if same is not None:
        print(
            f"extraction costs {same['extract'] / ref['cpu']:.1f}x the tokenizer alone "
            f"(read+extract {(same['read'] + same['extract']) / ref['cpu']:.1f}x)"
        )


if __name__ == "__main__":
    main()
