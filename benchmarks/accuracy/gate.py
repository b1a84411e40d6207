"""Accuracy gate: score data/gold and compare with the pinned floors in baseline.json.

Extraction is gated per language; resolution (``veeduria.evaluate.resolution``) by its
pairwise and B³ F1 over the gold ``event_group`` annotations, never below the floor issue #5
sets (pairwise F1 0.90).

    python benchmarks/accuracy/gate.py           # check; exit 1 if a figure is below its floor
    python benchmarks/accuracy/gate.py --update  # re-pin floors to today's figures (never
                                                 # lower them unless --allow-regression)

The floors may only go up. baseline.json also pins the SHA-256 of the gold corpus, so a change
to the gold files is visible in review.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASELINE = Path(__file__).with_name("baseline.json")
GOLD = ROOT / "data" / "gold"
#: the figures gated per language
GATED = (
    "event_f1",
    "sub_event_type_accuracy",
    "factuality_accuracy",
    "killed_accuracy",
    "date_accuracy",
    "actor1_accuracy",
    "claims_f1",
    "tallies_f1",
    "admin1_accuracy",
    "location_accuracy",
)
LANGUAGES = ("es", "en")
#: resolution's gated figures, and the floors they may never be pinned below
RESOLUTION = "resolution"
RESOLUTION_FLOORS = {"pairwise_f1": 0.90, "b3_f1": 0.0}


def corpus_sha256(root: Path = GOLD) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def measure() -> dict[str, dict[str, float]]:
    from veeduria.evaluate import evaluate, load_gold
    from veeduria.evaluate.resolution import score_resolution
    from veeduria.extract import load_resources

    golds = load_gold(GOLD)
    resources = load_resources(LANGUAGES)
    metrics = evaluate(golds, resources).metrics()
    measured = {lang: {k: metrics[lang][k] for k in GATED} for lang in LANGUAGES}
    resolution = score_resolution(golds, resources)
    measured[RESOLUTION] = {
        "pairwise_f1": resolution["pairwise"]["f1"],
        "b3_f1": resolution["b3"]["f1"],
    }
    return measured


def check(measured: dict[str, dict[str, float]], baseline: dict) -> list[str]:
    failures = []
    for lang, floors in baseline["floors"].items():
        for key, floor in floors.items():
            value = measured[lang][key]
            if value + 1e-9 < floor:
                failures.append(f"{lang} {key}: {value:.4f} is below its floor {floor:.4f}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--update", action="store_true", help="re-pin floors to the figures measured now"
    )
    parser.add_argument(
        "--allow-regression", action="store_true", help="with --update, allow a floor to go down"
    )
    args = parser.parse_args()
    measured = measure()
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"floors": {}}
    print(json.dumps(measured, indent=2))
    if args.update:
        floors = {}
        for lang in LANGUAGES:
            floors[lang] = {}
            for key in GATED:
                new = round(
                    measured[lang][key] - 0.005, 3
                )  # a hair of slack for rounding, never for regressions
                old = baseline["floors"].get(lang, {}).get(key)
                if old is not None and new < old and not args.allow_regression:
                    print(
                        f"refusing to lower {lang} {key} from {old} to {new}"
                        " (use --allow-regression)"
                    )
                    new = old
                floors[lang][key] = new
        floors[RESOLUTION] = {}
        for key, least in RESOLUTION_FLOORS.items():
            new = max(least, round(measured[RESOLUTION][key] - 0.005, 3))
            old = baseline["floors"].get(RESOLUTION, {}).get(key)
            if old is not None and new < old and not args.allow_regression:
                print(f"refusing to lower resolution {key} from {old} to {new}")
                new = old
            floors[RESOLUTION][key] = new
        baseline = {"corpus_sha256": corpus_sha256(), "floors": floors}
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
        print(f"pinned floors in {BASELINE}")
        return 0
    failures = check(measured, baseline)
    for line in failures:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
