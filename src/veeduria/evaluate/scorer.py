"""Precision, recall and F1 per field and per language against gold documents.

Matching: a gold event is found by its ``evidence`` string; a predicted event matches it
when the evidence lies in the predicted event's sentence (one to one, preferring the same
sub-event type). Unmatched predictions are false positives, unmatched gold events false
negatives. Field scores are accuracies over matched pairs where the gold value is given
(for counts: where either side gives one). Claims and tallies match by evidence overlap and
topic / value.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from veeduria.evaluate.gold import GoldDocument
from veeduria.extract import Resources, extract
from veeduria.models import Document, Extraction, Mention

#: fields reported as accuracy over matched events
EVENT_FIELDS = (
    "event_type",
    "sub_event_type",
    "factuality",
    "actor1",
    "actor2",
    "killed",
    "injured",
    "detained",
    "date",
    "place",
    "admin1",
    "admin2",
    "location",
)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    def as_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 4), "right": self.right, "total": self.total}


@dataclass
class LanguageScore:
    documents: int = 0
    events: Tally = field(default_factory=Tally)
    claims: Tally = field(default_factory=Tally)
    tallies: Tally = field(default_factory=Tally)
    fields: dict[str, Accuracy] = field(
        default_factory=lambda: {f: Accuracy() for f in EVENT_FIELDS}
    )
    must_not_violations: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": self.events.as_dict(),
            "claims": self.claims.as_dict(),
            "tallies": self.tallies.as_dict(),
            "fields": {k: v.as_dict() for k, v in self.fields.items()},
            "must_not_violations": self.must_not_violations,
        }


@dataclass
class Report:
    by_language: dict[str, LanguageScore]

    def metrics(self) -> dict[str, dict[str, float]]:
        """Flat headline figures per language ("all" included), as gated in CI."""
        out: dict[str, dict[str, float]] = {}
        for lang, score in self.by_language.items():
            m = {
                "event_f1": score.events.f1,
                "event_precision": score.events.precision,
                "event_recall": score.events.recall,
                "claims_f1": score.claims.f1,
                "tallies_f1": score.tallies.f1,
            }
            for name, acc in score.fields.items():
                m[f"{name}_accuracy"] = acc.value
            out[lang] = {k: round(v, 4) for k, v in m.items()}
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "by_language": {k: v.as_dict() for k, v in self.by_language.items()},
            "metrics": self.metrics(),
        }


def _norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFD", text.lower())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def gold_document(gold: GoldDocument) -> Document:
    return Document(
        id=hashlib.sha256(gold.text.encode("utf-8")).hexdigest(),
        text=gold.text,
        language=gold.language,
        title=gold.title,
        published=gold.published,
        published_precision="day" if gold.published else None,
        published_source="given",
        origin=gold.path,
    )


def _span_of(text: str, evidence: str) -> tuple[int, int]:
    start = text.find(evidence)
    return (start, start + len(evidence))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match_events(
    gold: GoldDocument, predicted: Sequence[Mention]
) -> tuple[list[tuple[dict[str, Any], Mention]], list[dict[str, Any]], list[Mention]]:
    """Pair gold events with predicted mentions whose sentence holds the gold evidence.

    The pairing is global, best first: every (gold, predicted) pair whose spans overlap is
    ranked by agreement (same sub-event type, same event type, trigger inside the evidence)
    and taken in that order, so a gold event listed early cannot take a mention that a later
    gold event of that very type needs ("The killings came a day after the state of
    emergency was declared": the declaration goes to the declaration).
    """
    spans = [_span_of(gold.text, g["evidence"]) for g in gold.events]
    ranked = sorted(
        (
            (
                p.sub_event_type != g.get("sub_event_type"),
                p.event_type != g.get("event_type"),
                not _overlaps(span, p.trigger.span),
                gi,
                pi,
            )
            for gi, (g, span) in enumerate(zip(gold.events, spans, strict=True))
            for pi, p in enumerate(predicted)
            if _overlaps(span, p.sentence)
        )
    )
    taken: dict[int, int] = {}
    used: set[int] = set()
    for *_, gi, pi in ranked:
        if gi not in taken and pi not in used:
            taken[gi] = pi
            used.add(pi)
    pairs = [(g, predicted[taken[gi]]) for gi, g in enumerate(gold.events) if gi in taken]
    missed = [g for gi, g in enumerate(gold.events) if gi not in taken]
    spurious = [p for i, p in enumerate(predicted) if i not in used]
    return pairs, missed, spurious


def _count_value(mention: Mention, name: str) -> int | None:
    count = mention.count(name)
    return count.value if count is not None else None


def _score_pair(g: dict[str, Any], p: Mention, score: LanguageScore) -> None:
    f = score.fields
    f["event_type"].add(p.event_type == g.get("event_type"))
    f["sub_event_type"].add(p.sub_event_type == g.get("sub_event_type"))
    f["factuality"].add(p.factuality == g.get("factuality"))
    for role in ("actor1", "actor2"):
        if g.get(role):
            actor = getattr(p, role)
            f[role].add(actor is not None and actor.name == g[role])
    for name in ("killed", "injured", "detained"):
        want = g.get(name)
        got = _count_value(p, name)
        if want is not None or got is not None:
            f[name].add(want == got)
    date = g.get("date")
    if date and date.get("precision") == "day" and date.get("value"):
        f["date"].add(p.date is not None and p.date.value.isoformat() == str(date["value"]))
    if g.get("place"):
        want_place = _norm(g["place"])
        got_place = _norm(p.location.text) if p.location else ""
        f["place"].add(bool(got_place) and (got_place in want_place or want_place in got_place))
    loc = g.get("location") or None
    if loc and loc.get("admin1"):
        f["admin1"].add(p.location is not None and _norm(p.location.admin1) == _norm(loc["admin1"]))
        if loc.get("admin2"):
            f["admin2"].add(
                p.location is not None and _norm(p.location.admin2) == _norm(loc["admin2"])
            )
        exact = loc.get("admin3") or loc.get("name")
        if exact and loc.get("geo_precision") in (1, 2, None):
            where = p.location
            names = {_norm(where.name), _norm(where.admin3)} if where else set()
            f["location"].add(_norm(exact) in names)


def _score_claims(gold: GoldDocument, x: Extraction, score: LanguageScore) -> None:
    used: set[int] = set()
    for g in gold.claims:
        span = _span_of(gold.text, g["evidence"])
        hit = next(
            (
                i
                for i, c in enumerate(x.claims)
                if i not in used and c.topic == g.get("topic") and _near(span, c.span)
            ),
            None,
        )
        if hit is None:
            score.claims.fn += 1
        else:
            used.add(hit)
            score.claims.tp += 1
    score.claims.fp += len(x.claims) - len(used)


def _near(a: tuple[int, int], b: tuple[int, int], slack: int = 120) -> bool:
    return a[0] - slack < b[1] and b[0] - slack < a[1]


def _score_tallies(gold: GoldDocument, x: Extraction, score: LanguageScore) -> None:
    used: set[int] = set()
    for g in gold.tallies:
        span = _span_of(gold.text, g["evidence"])
        hit = next(
            (
                i
                for i, t in enumerate(x.tallies)
                if i not in used
                and _overlaps(span, t.span)
                and t.value == g.get("value")
                and t.what == g.get("what", "killed")
            ),
            None,
        )
        if hit is None:
            score.tallies.fn += 1
        else:
            used.add(hit)
            score.tallies.tp += 1
    score.tallies.fp += len(x.tallies) - len(used)


def evaluate(
    golds: Iterable[GoldDocument], resources: Resources, *, keep_errors: bool = False
) -> Report:
    """Run ``extract`` on every gold document and score it."""
    by_language: dict[str, LanguageScore] = defaultdict(LanguageScore)
    for gold in golds:
        x = extract(gold_document(gold), resources)
        for key in (gold.language, "all"):
            score = by_language[key]
            score.documents += 1
            pairs, missed, spurious = _match_events(gold, x.events)
            score.events.tp += len(pairs)
            score.events.fn += len(missed)
            score.events.fp += len(spurious)
            for g, p in pairs:
                _score_pair(g, p, score)
            for bad in gold.must_not:
                span = _span_of(gold.text, bad["evidence"])
                score.must_not_violations += sum(_overlaps(span, p.sentence) for p in x.events)
            _score_claims(gold, x, score)
            _score_tallies(gold, x, score)
            if keep_errors and key != "all":
                score.errors.extend(_errors(gold, pairs, missed, spurious))
                score.errors.extend(_must_not_errors(gold, x.events, pairs))
    ordered = {k: by_language[k] for k in sorted(by_language, key=lambda k: (k == "all", k))}
    return Report(by_language=ordered)


def _must_not_errors(
    gold: GoldDocument,
    predicted: Sequence[Mention],
    pairs: Sequence[tuple[dict[str, Any], Mention]],
) -> list[dict[str, Any]]:
    """Each predicted event counted as a ``must_not`` violation, and whether it is matched to a
    gold event of the same sentence (then the passage shares its sentence with a real event)."""
    matched = {id(p) for _, p in pairs}
    out: list[dict[str, Any]] = []
    for bad in gold.must_not:
        span = _span_of(gold.text, bad["evidence"])
        for p in predicted:
            if _overlaps(span, p.sentence):
                out.append(
                    {
                        "doc": gold.id,
                        "kind": "must_not",
                        "evidence": bad["evidence"],
                        "pred": p.sub_event_type,
                        "trigger": p.trigger.text,
                        "matched_gold": id(p) in matched,
                    }
                )
    return out


def _errors(
    gold: GoldDocument,
    pairs: Sequence[tuple[dict[str, Any], Mention]],
    missed: Sequence[dict[str, Any]],
    spurious: Sequence[Mention],
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for g in missed:
        out.append(
            {
                "doc": gold.id,
                "kind": "missed",
                "evidence": g["evidence"],
                "gold": g.get("sub_event_type"),
            }
        )
    for p in spurious:
        out.append(
            {
                "doc": gold.id,
                "kind": "spurious",
                "sentence": gold.text[p.sentence[0] : p.sentence[1]][:160],
                "pred": p.sub_event_type,
                "trigger": p.trigger.text,
            }
        )
    for g, p in pairs:
        diffs: dict[str, tuple[Any, ...]] = {}
        if p.sub_event_type != g.get("sub_event_type"):
            diffs["sub_event_type"] = (g.get("sub_event_type"), p.sub_event_type)
        if p.factuality != g.get("factuality"):
            diffs["factuality"] = (g.get("factuality"), p.factuality)
        for name in ("killed", "injured", "detained"):
            if g.get(name) != _count_value(p, name):
                diffs[name] = (g.get(name), _count_value(p, name))
        date = g.get("date")
        if date and date.get("precision") == "day":
            day = p.date.value.isoformat() if p.date else None
            if day != str(date.get("value")):
                diffs["date"] = (str(date.get("value")), day, p.date.text if p.date else None)
        for role in ("actor1", "actor2"):
            actor = getattr(p, role)
            if g.get(role) and (actor is None or actor.name != g[role]):
                diffs[role] = (g[role], actor.name if actor else None)
        if g.get("place"):
            got_place = p.location.text if p.location else None
            want_place = _norm(g["place"])
            if not got_place or not (
                _norm(got_place) in want_place or want_place in _norm(got_place)
            ):
                diffs["place"] = (g["place"], got_place)
        if diffs:
            out.append({"doc": gold.id, "kind": "field", "evidence": g["evidence"], "diffs": diffs})
    return out
