"""Extraction throughput: documents/s and MB/s on one core, with warm-up and repeated batches.

    python benchmarks/extract_speed.py [--mb 5] [--batches 5]
    .venv-fast/bin/python benchmarks/extract_speed.py --mb 1   # the mypyc build (make install-fast)

The corpus is the gold and sample texts (our own), repeated until it reaches --mb megabytes.
Prints the machine, Python, per-batch figures, the median and a rough 95% interval, and the
peak RSS, and whether the extractor it imported is compiled (the interpreter decides: the
editable install is pure Python, make install-fast's venv has the mypyc modules). Figures, not
assertions: the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[tuple[str, str]]:
    import yaml

    texts: list[tuple[str, str]] = []
    for path in sorted((ROOT / "data" / "gold").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts.append((data["language"], data["text"]))
    from veeduria.config import load_settings
    from veeduria.ingest import discover, read_source
    from veeduria.models import Document

    settings = load_settings(env={})
    files, _ = discover([str(ROOT / "data" / "sample")])
    for f in files:
        for item in read_source(Path(f), settings):
            if isinstance(item, Document):
                texts.append((item.language, item.text))
    return texts


def extractor_build() -> str:
    """'compiled (mypyc)' when the imported extraction modules are extension modules.

    A compiled install is a copy made by `make install-fast`; it says so when its sources
    differ from src/, so that an old build is not measured as the current code.
    """
    import veeduria.extract.counts

    path = Path(veeduria.extract.counts.__file__ or "")
    package = path.parent.parent
    if path.suffix == ".py":
        return f"pure Python, {package}"
    src = ROOT / "src" / "veeduria"
    stale = [
        str(f.relative_to(src))
        for f in sorted(src.rglob("*.py"))
        if not (package / f.relative_to(src)).is_file()
        or (package / f.relative_to(src)).read_bytes() != f.read_bytes()
    ]
    if not stale:
        return f"compiled (mypyc), {package}"
    more = ", ..." if len(stale) > 3 else ""
    return (
        f"compiled (mypyc), {package}; STALE, rerun make install-fast: {len(stale)} files "
        f"differ from src/ ({', '.join(stale[:3])}{more})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--batches", type=int, default=5)
    args = parser.parse_args()

    from veeduria.extract import extract, load_resources
    from veeduria.models import Document

    t0 = time.perf_counter()
    resources = load_resources(("es", "en"))
    load_s = time.perf_counter() - t0
    base = corpus()
    docs = []
    size = 0
    i = 0
    while size < args.mb * 1_000_000:
        lang, text = base[i % len(base)]
        text = f"{text}\n\n[{i}]"
        docs.append(
            Document(
                id=hashlib.sha256(text.encode()).hexdigest(),
                text=text,
                language=lang,
                published=dt.date(2023, 1, 20),
            )
        )
        size += len(text.encode("utf-8"))
        i += 1
    for d in docs[:200]:  # warm-up
        extract(d, resources)
    rates = []
    events = 0
    for _ in range(args.batches):
        start = time.process_time()
        events = sum(len(extract(d, resources).events) for d in docs)
        rates.append(time.process_time() - start)
    mbs = [size / 1e6 / s for s in rates]
    dps = [len(docs) / s for s in rates]
    med = statistics.median(mbs)
    spread = 1.96 * statistics.stdev(mbs) / len(mbs) ** 0.5 if len(mbs) > 1 else 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    python = sys.version.split()[0]
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {python}")
    print(f"extractor: {extractor_build()}")
    print(f"resources loaded in {load_s:.2f} s")
    print(f"corpus: {len(docs)} documents, {size / 1e6:.2f} MB, {events} events per pass")
    for n, (m, d) in enumerate(zip(mbs, dps, strict=True), 1):
        print(f"  batch {n}: {m:.2f} MB/s  {d:.0f} docs/s (CPU time, one core)")
    print(
        f"extract: median {med:.2f} MB/s ± {spread:.2f} (95%), {statistics.median(dps):.0f} docs/s"
    )
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
