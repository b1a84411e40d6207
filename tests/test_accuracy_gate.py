"""CI gate: extraction and resolution on data/gold must not fall below the pinned floors (they
only go up; resolution pairwise F1 never below issue #5's 0.90)."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("gate", ROOT / "benchmarks" / "accuracy" / "gate.py")
gate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gate)


def test_accuracy_gate_floors_hold():
    baseline = json.loads(gate.BASELINE.read_text())
    failures = gate.check(gate.measure(), baseline)
    assert not failures, "\n".join(failures)


def test_accuracy_gate_pins_the_gold_corpus():
    baseline = json.loads(gate.BASELINE.read_text())
    assert baseline["corpus_sha256"] == gate.corpus_sha256(), (
        "data/gold changed: re-run `python benchmarks/accuracy/gate.py --update`"
        " and review the figures"
    )
