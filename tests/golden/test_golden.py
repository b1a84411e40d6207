"""Golden must / must-not cases per language (tests/golden/<lang>/*.yaml).

Each case: text, published, and ``must`` (events that must be found, partially specified)
and ``must_not`` (sub-event types, or ``any``, that must not be found). Partial annotation:
only the fields written are checked, so harmless changes do not break a case.
"""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from veeduria.extract import extract, load_resources
from veeduria.models import Document

HERE = Path(__file__).parent


def _cases():
    for path in sorted(HERE.glob("*/*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            yield pytest.param(path.parent.name, case, id=f"{path.parent.name}-{path.stem}-{i}")


@pytest.fixture(scope="module")
def resources():
    return load_resources(("es", "en"))


def _matches(event, want):
    for key, value in want.items():
        if key in ("killed", "injured", "detained", "participants"):
            count = event.count(key)
            if (count.value if count else None) != value:
                return False
        elif key == "date":
            if event.date is None or event.date.value != dt.date.fromisoformat(str(value)):
                return False
        elif key in ("actor1", "actor2"):
            actor = getattr(event, key)
            if (actor.name if actor else None) != value:
                return False
        elif key == "place":
            if event.location is None or value.lower() not in event.location.text.lower():
                return False
        elif getattr(event, key) != value:
            return False
    return True


@pytest.mark.parametrize(("language", "case"), list(_cases()))
def test_golden_case(resources, language, case):
    doc = Document(
        id="golden",
        text=case["text"],
        language=language,
        published=dt.date.fromisoformat(str(case["published"])),
    )
    x = extract(doc, resources)
    summary = [
        (
            e.sub_event_type,
            e.factuality,
            e.killed and e.killed.value,
            e.date and e.date.value.isoformat(),
        )
        for e in x.events
    ]
    for want in case.get("must") or []:
        assert any(_matches(e, want) for e in x.events), f"missing {want}; found {summary}"
    for banned in case.get("must_not") or []:
        if banned == "any":
            assert not x.events, f"expected no event; found {summary}"
        else:
            assert all(e.sub_event_type != banned for e in x.events), f"{banned} found: {summary}"
    for tally in case.get("tallies") or []:
        assert any(t.what == tally["what"] and t.value == tally["value"] for t in x.tallies), (
            f"missing tally {tally}; found {[(t.what, t.value) for t in x.tallies]}"
        )
    for claim in case.get("claims") or []:
        assert any(
            c.topic == claim["topic"] and c.kind == claim.get("kind", c.kind) for c in x.claims
        ), f"missing claim {claim}; found {[(c.kind, c.topic) for c in x.claims]}"
