"""Scoring resolution against the gold ``event_group`` annotations (docs/resolution.md).

``score_resolution`` extracts every gold document, matches predicted mentions to gold
mentions with the scorer's rule (the gold evidence lies in the predicted mention's sentence),
resolves all predicted mentions together, and compares the clustering of the matched ones
with the gold groups:

- pairwise precision / recall / F1 over pairs of mentions put in one event;
- B³ precision / recall / F1 (per mention, averaged);
- the same two restricted to mentions whose gold factuality is asserted or reported (the
  only mentions resolution may merge into occurred events);
- the accuracy of the reconciled killed count: per gold group that gives a figure, the gold
  canonical value is the lowest figure of the group, and the predicted one is the canonical
  count of the event holding most of the group's matched mentions.

With ``oracle=True`` the gold annotations themselves are the mentions, which measures
resolution alone, free of extraction errors. ``cross_merges`` lists events that join
different days or departments; on the sample corpus it must be empty.

Run ``python -m veeduria.evaluate.resolution data/gold [--oracle] [--sample data/sample]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from veeduria.config import Settings, load_settings
from veeduria.evaluate._resolution_causes import missed_across, why_summaries
from veeduria.evaluate.gold import GoldDocument, load_gold
from veeduria.evaluate.scorer import _match_events, gold_document
from veeduria.extract import Resources, extract, load_resources
from veeduria.ingest import discover, read_source
from veeduria.models import (
    OCCURRED,
    Actor,
    Count,
    DateValue,
    Document,
    Extraction,
    Location,
    Mention,
    TextRef,
)
from veeduria.resolve import (
    MentionRef,
    ResolvedEvent,
    compat,
    mention_refs,
    near_duplicate_groups,
    resolve,
)
from veeduria.resolve.compat import norm


@dataclass(frozen=True)
class CrossMerge:
    """An event whose occurred mentions name different days or departments."""

    event_id: str
    kind: str  # "day" | "admin1"
    values: tuple[str, ...]


def cross_merges(events: Iterable[ResolvedEvent]) -> list[CrossMerge]:
    """Events whose asserted/reported mentions give different days (day precision) or
    different departments (admin1)."""
    out: list[CrossMerge] = []
    for event in events:
        members = [r.mention for r in event.members if r.mention.factuality in OCCURRED]
        days = {
            m.date.value.isoformat()
            for m in members
            if m.date is not None and m.date.precision == "day"
        }
        depts = {n for m in members if m.location is not None and (n := norm(m.location.admin1))}
        if len(days) > 1:
            out.append(CrossMerge(event.id, "day", tuple(sorted(days))))
        if len(depts) > 1:
            out.append(CrossMerge(event.id, "admin1", tuple(sorted(depts))))
    return out


def _pair_count(n: int) -> int:
    return n * (n - 1) // 2


def _prf(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float | int]:
    """Pairwise P/R/F1 of a clustering; both map item -> cluster over the same items."""
    cells = Counter((predicted[i], gold[i]) for i in gold)
    tp = sum(_pair_count(n) for n in cells.values())
    pred_pairs = sum(_pair_count(n) for n in Counter(predicted[i] for i in gold).values())
    gold_pairs = sum(_pair_count(n) for n in Counter(gold.values()).values())
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / gold_pairs if gold_pairs else 1.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(_prf(p, r), 4),
        "tp": tp,
        "fp": pred_pairs - tp,
        "fn": gold_pairs - tp,
    }


def pairs_by_kind(
    predicted: Mapping[str, str], gold: Mapping[str, str], doc_of: Mapping[str, str]
) -> dict[str, dict[str, float | int]]:
    """Pairwise figures for pairs of mentions of one document (``within``) and of two
    documents (``across``): which half of the clustering fails.

    A pair counts for precision when it is predicted together and for recall when the gold
    puts it together; both must be among ``gold``'s items.
    """
    items = sorted(gold)
    tallies = {k: Counter[str]() for k in ("within", "across")}
    by_doc: dict[str, list[str]] = defaultdict(list)
    for i in items:
        by_doc[doc_of[i]].append(i)
    # pairs that are together in the gold or the prediction, per kind
    for kind_items, kind in ((list(by_doc.values()), "within"), ([items], None)):
        for group in kind_items:
            for x in range(len(group)):
                a = group[x]
                for b in group[x + 1 :]:
                    k = kind or ("within" if doc_of[a] == doc_of[b] else "across")
                    if kind is None and k == "within":
                        continue
                    same_g = gold[a] == gold[b]
                    same_p = predicted[a] == predicted[b]
                    if same_g and same_p:
                        tallies[k]["tp"] += 1
                    elif same_p:
                        tallies[k]["fp"] += 1
                    elif same_g:
                        tallies[k]["fn"] += 1
    out: dict[str, dict[str, float | int]] = {}
    for k, t in tallies.items():
        tp, fp, fn = t["tp"], t["fp"], t["fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[k] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(_prf(p, r), 4),
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    return out


def b_cubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B³ P/R/F1 (Bagga & Baldwin): per item overlap of its two clusters, averaged."""
    if not gold:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    cells = Counter((predicted[i], gold[i]) for i in gold)
    pred_size = Counter(predicted[i] for i in gold)
    gold_size = Counter(gold.values())
    p = sum(cells[(predicted[i], gold[i])] / pred_size[predicted[i]] for i in gold) / len(gold)
    r = sum(cells[(predicted[i], gold[i])] / gold_size[gold[i]] for i in gold) / len(gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_prf(p, r), 4)}


_INTER = (
    ("unidentified", 3),
    ("police", 1),
    ("military", 1),
    ("government", 1),
    ("congress", 1),
    ("judiciary", 1),
    ("rioters", 5),
    ("protesters", 6),
    ("labour", 6),
    ("civilians", 7),
    ("shining path", 2),
)


def _oracle_actor(name: str | None) -> Actor | None:
    if not name:
        return None
    low = name.lower()
    inter = next((i for key, i in _INTER if key in low), 8)
    return Actor(name, "", inter, None, name, (0, 0))


def _oracle_mention(gold: GoldDocument, g: Mapping[str, Any]) -> Mention:
    start = gold.text.find(g["evidence"])
    span = (start, start + len(g["evidence"]))
    d = g.get("date") or None
    date = None
    if d and d.get("value"):
        value = (
            d["value"]
            if isinstance(d["value"], dt.date)
            else dt.date.fromisoformat(str(d["value"]))
        )
        date = DateValue(value, d.get("precision") or "day", "", span)
    loc = g.get("location") or None
    location = None
    if loc and any(loc.get(k) for k in ("admin1", "admin2", "admin3", "name")):
        location = Location(
            g.get("place") or "",
            (0, 0),
            name=loc.get("name"),
            admin1=loc.get("admin1"),
            admin2=loc.get("admin2"),
            admin3=loc.get("admin3"),
            geo_precision=loc.get("geo_precision"),
        )
    counts = {
        k: Count(g[k], g[k], None, "exact", str(g[k]), (0, 0))
        for k in ("killed", "injured", "detained")
        if g.get(k) is not None
    }
    return Mention(
        event_type=g.get("event_type") or "",
        sub_event_type=g.get("sub_event_type") or "",
        mode=g.get("mode"),
        plover=None,
        cameo=None,
        factuality=g.get("factuality") or "asserted",
        trigger=TextRef(g["evidence"], span),
        sentence=span,
        date=date,
        location=location,
        actor1=_oracle_actor(g.get("actor1")),
        actor2=_oracle_actor(g.get("actor2")),
        killed=counts.get("killed"),
        injured=counts.get("injured"),
        detained=counts.get("detained"),
        confidence=0.8,
    )


def _outlet(gold: GoldDocument) -> str:
    """The gold file's ``outlet`` (the loader does not keep it), else the gold id."""
    try:
        lines = Path(gold.path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return gold.id
    for line in lines:
        if line.startswith("outlet:"):
            try:
                value = yaml.safe_load(line.partition(":")[2])
            except yaml.YAMLError:
                break
            return str(value) if value else gold.id
    return gold.id


def score_resolution(
    gold: str | Path | Sequence[GoldDocument],
    resources: Resources | None = None,
    *,
    oracle: bool = False,
    errors: bool = False,
) -> dict[str, Any]:
    """Score resolution against the gold ``event_group`` annotations.

    Args:
        gold: A gold directory, or loaded gold documents.
        resources: Extraction resources (loaded for es and en when None; unused with
            ``oracle``).
        oracle: Use the gold annotations as the mentions (resolution alone).
        errors: Also list the missed and wrong pairs (``errors``) and count the missed
            pairs across documents by cause (``missed_across``): diagnostics only.

    Returns:
        Counts, ``pairwise`` and ``b3`` figures, the same for ``occurred`` mentions only,
        ``killed`` accuracy and the number of ``cross_merges``.
    """
    golds = load_gold(gold) if isinstance(gold, str | Path) else list(gold)
    if not oracle and resources is None:
        resources = load_resources(("es", "en"))
    docs = {g.id: gold_document(g) for g in golds}
    groups = near_duplicate_groups((d.id, d.text) for d in docs.values())
    refs: list[MentionRef] = []
    gold_group: dict[str, str] = {}
    gold_fact: dict[str, str] = {}
    gold_event: dict[str, Mapping[str, Any]] = {}
    group_killed: dict[str, list[int]] = defaultdict(list)
    for g in golds:
        doc = docs[g.id]
        for ev in g.events:
            if ev.get("killed") is not None:
                group_killed[ev["event_group"]].append(int(ev["killed"]))
        outlet = _outlet(g)
        if oracle:
            mentions = tuple(_oracle_mention(g, ev) for ev in g.events)
            pairs = list(zip(g.events, mentions, strict=True))
        else:
            assert resources is not None
            mentions = extract(doc, resources).events
            pairs, _, _ = _match_events(g, mentions)
        x_refs = mention_refs(
            Extraction(document=doc, events=tuple(mentions)),
            source=outlet,
            dup_group=groups.get(doc.id),
        )
        by_object = {id(m): r for m, r in zip(mentions, x_refs, strict=True)}
        refs.extend(x_refs)
        for ev, m in pairs:
            ref = by_object[id(m)]
            gold_group[ref.id] = str(ev["event_group"])
            gold_fact[ref.id] = str(ev.get("factuality"))
            gold_event[ref.id] = ev
    events = resolve(refs)
    predicted = {r.id: e.id for e in events for r in e.members}
    doc_of = {r.id: r.doc_id for r in refs}
    occurred = {i: gold_group[i] for i in gold_group if gold_fact[i] in OCCURRED}
    report: dict[str, Any] = {
        "oracle": oracle,
        "documents": len(golds),
        "mentions": len(refs),
        "matched": len(gold_group),
        "gold_groups": len(set(gold_group.values())),
        "events": len(events),
        "pairwise": pairwise(predicted, gold_group),
        "pairs_by_kind": pairs_by_kind(predicted, gold_group, doc_of),
        "b3": b_cubed(predicted, gold_group),
        "occurred": {
            "matched": len(occurred),
            "pairwise": pairwise(predicted, occurred),
            "b3": b_cubed(predicted, occurred),
        },
        "killed": _killed_accuracy(events, predicted, gold_group, group_killed),
        "cross_merges": len(cross_merges(events)),
    }
    if errors:
        report["errors"] = error_pairs(
            refs, predicted, gold_group, gold_event, {d.id: k for k, d in docs.items()}
        )
        report["missed_across"] = missed_across(refs, predicted, gold_group)
    return report


def describe(
    ref: MentionRef, gold: Mapping[str, Any] | None = None, name: str | None = None
) -> str:
    """One line about a mention: document, type, factuality, date, place, trigger; and
    where the gold annotation differs, its type, date and place."""
    m = ref.mention
    date = "-"
    if m.date is not None:
        lo, hi = compat.date_window(m.date)
        date = f"{m.date.value}/{m.date.precision}" + (f"[{lo}..{hi}]" if lo != hi else "")
    place = "/".join(p or "" for p in compat.place_of(m.location)[1:]) or "-"
    line = (
        f"{name or ref.doc_id} {m.sub_event_type}{':' + m.mode if m.mode else ''} {m.factuality} "
        f"{date} {place} {m.trigger.text[:60]!r}"
    )
    if gold is not None:
        diffs = []
        if gold.get("sub_event_type") != m.sub_event_type:
            diffs.append(f"type {gold.get('sub_event_type')}")
        gd = gold.get("date") or {}
        if m.date is None or str(gd.get("value")) != str(m.date.value):
            diffs.append(f"date {gd.get('value')}/{gd.get('precision')}")
        loc = gold.get("location") or {}
        gp = "/".join(norm(loc.get(k)) or "" for k in ("admin1", "admin2", "admin3"))
        if gp != "/".join(p or "" for p in compat.place_of(m.location)[1:]):
            diffs.append(f"place {gp}")
        if gold.get("factuality") != m.factuality:
            diffs.append(f"fact {gold.get('factuality')}")
        if diffs:
            line += "  [gold: " + ", ".join(diffs) + "]"
    return line


def why_apart(a: MentionRef, b: MentionRef) -> str:
    """The first rule of ``compat.compatible`` that keeps two mentions apart, or
    ``compatible`` (then the clusters around them, or ambiguity, did).

    The checks follow ``compat.compatible`` in its order (a month-dated side's stage link,
    ``coarse_kind``, an armed group's attack, sites that a territory-wide action does not
    heed), so the reason given is the one resolution applied.
    """
    return why_summaries(compat.summarize(a), compat.summarize(b), same_doc=a.doc_id == b.doc_id)


def error_pairs(
    refs: Sequence[MentionRef],
    predicted: Mapping[str, str],
    gold_group: Mapping[str, str],
    gold_event: Mapping[str, Mapping[str, Any]],
    names: Mapping[str, str] | None = None,
) -> list[dict[str, str]]:
    """Every pair of matched mentions the gold and the prediction disagree on: ``fn``
    (one event in the gold, two predicted) or ``fp``, with each side described and the
    reason the mentions were kept apart (``why_apart``) for ``fn``."""
    by_id = {r.id: r for r in refs}
    items = sorted(gold_group, key=lambda i: (by_id[i].doc_id, by_id[i].mention.sentence))
    out = []
    for x, i in enumerate(items):
        for j in items[x + 1 :]:
            same_g = gold_group[i] == gold_group[j]
            same_p = predicted[i] == predicted[j]
            if same_g == same_p:
                continue
            a, b = by_id[i], by_id[j]
            out.append(
                {
                    "kind": "fn" if same_g else "fp",
                    "scope": "within" if a.doc_id == b.doc_id else "across",
                    "gold": gold_group[i] if same_g else f"{gold_group[i]} | {gold_group[j]}",
                    "a": describe(a, gold_event[i], (names or {}).get(a.doc_id)),
                    "b": describe(b, gold_event[j], (names or {}).get(b.doc_id)),
                    "why": why_apart(a, b) if same_g else "",
                }
            )
    return out


def _killed_accuracy(
    events: Sequence[ResolvedEvent],
    predicted: Mapping[str, str],
    gold_group: Mapping[str, str],
    group_killed: Mapping[str, list[int]],
) -> dict[str, float | int]:
    by_id = {e.id: e for e in events}
    members: dict[str, list[str]] = defaultdict(list)
    for mid, group in gold_group.items():
        members[group].append(mid)
    right = total = unmatched = 0
    for group in sorted(group_killed):
        if group not in members:
            unmatched += 1
            continue
        votes = Counter(predicted[m] for m in members[group])
        event = by_id[min(votes, key=lambda e: (-votes[e], e))]
        total += 1
        right += int(event.killed is not None and event.killed.value == min(group_killed[group]))
    return {
        "accuracy": round(right / total, 4) if total else 1.0,
        "right": right,
        "total": total,
        "groups_unmatched": unmatched,
    }


def resolve_documents(documents: Sequence[Document], resources: Resources) -> list[ResolvedEvent]:
    """Extract and resolve a corpus (near-duplicate groups included)."""
    groups = near_duplicate_groups((d.id, d.text) for d in documents)
    refs: list[MentionRef] = []
    for doc in documents:
        refs.extend(mention_refs(extract(doc, resources), dup_group=groups.get(doc.id)))
    return resolve(refs)


def read_corpus(path: str | Path, settings: Settings) -> list[Document]:
    """Every document under ``path`` (sources that fail are skipped)."""
    files, _ = discover([str(path)])
    docs: dict[str, Document] = {}
    for file in files:
        for item in read_source(file, settings):
            if isinstance(item, Document):
                docs.setdefault(item.id, item)
    return [docs[k] for k in sorted(docs)]


def format_resolution(report: Mapping[str, Any]) -> str:
    """A few lines of text with the headline figures of ``score_resolution``."""
    pw, b3 = report["pairwise"], report["b3"]
    occ = report["occurred"]
    k = report["killed"]
    mode = "gold mentions (oracle)" if report["oracle"] else "extracted mentions"
    return "\n".join(
        [
            f"resolution on {report['documents']} gold documents, {mode}: "
            f"{report['matched']} matched of {report['mentions']} mentions, "
            f"{report['gold_groups']} gold groups, {report['events']} events",
            f"  pairwise  P {pw['precision']:.3f}  R {pw['recall']:.3f}  F1 {pw['f1']:.3f}"
            f"  (tp {pw['tp']}, fp {pw['fp']}, fn {pw['fn']})",
            *(
                f"    {kind:6}  P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}"
                f"  (tp {f['tp']}, fp {f['fp']}, fn {f['fn']})"
                for kind, f in report["pairs_by_kind"].items()
            ),
            f"  B3        P {b3['precision']:.3f}  R {b3['recall']:.3f}  F1 {b3['f1']:.3f}",
            f"  occurred only ({occ['matched']} mentions): pairwise F1 "
            f"{occ['pairwise']['f1']:.3f} (P {occ['pairwise']['precision']:.3f}, "
            f"R {occ['pairwise']['recall']:.3f}), B3 F1 {occ['b3']['f1']:.3f}",
            f"  killed count accuracy {k['accuracy']:.3f} ({k['right']}/{k['total']}, "
            f"{k['groups_unmatched']} groups with no matched mention)",
            f"  cross merges (different day or department): {report['cross_merges']}",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: print the figures (``--json`` for JSON)."""
    parser = argparse.ArgumentParser(prog="python -m veeduria.evaluate.resolution")
    parser.add_argument("gold", nargs="?", default="data/gold")
    parser.add_argument("--oracle", action="store_true", help="gold annotations as mentions")
    parser.add_argument("--sample", help="also check a corpus directory for cross merges")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--errors", action="store_true", help="list the missed (fn) and wrong (fp) pairs"
    )
    args = parser.parse_args(argv)
    resources = None if args.oracle else load_resources(("es", "en"))
    report = score_resolution(args.gold, resources, oracle=args.oracle, errors=args.errors)
    if args.sample:
        docs = read_corpus(args.sample, load_settings())
        events = resolve_documents(docs, resources or load_resources(("es", "en")))
        merges = cross_merges(events)
        report["sample"] = {
            "documents": len(docs),
            "events": len(events),
            "cross_merges": [m.__dict__ for m in merges],
        }
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        text = format_resolution(report)
        if args.sample:
            s = report["sample"]
            text += (
                f"\nsample corpus {args.sample}: {s['documents']} documents, {s['events']} "
                f"events, {len(s['cross_merges'])} cross merges"
            )
        if "missed_across" in report:
            text += (
                "\nmissed pairs across documents, by cause "
                "(pairs, pairs of nodes, pairs of documents):"
            )
            for cause, n in report["missed_across"].items():
                docs = n.get("document_pairs", 0)
                text += f"\n  {n['pairs']:5} {n['node_pairs']:4} {docs:4}  {cause}"
        for e in report.get("errors", ()):
            text += (
                f"\n{e['kind']} {e['scope']} {e['gold']}"
                + (f"  ({e['why']})" if e["why"] else "")
                + f"\n    {e['a']}\n    {e['b']}"
            )
        sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
