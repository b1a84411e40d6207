"""Resolution speed on synthetic mentions (not a timed test).

Generates a year of invented incidents across Peru's 25 departments, each reported by one to
six documents with one to three mentions per document (headline, lead, paragraph), some
mentions undated, placeless or not occurred; then times a full ``resolve`` and an incremental
one (the last 1% of documents added to the events of the rest).

    .venv/bin/python benchmarks/resolve_speed.py [--mentions 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import sys
import time

from veeduria.models import Actor, Count, DateValue, Location, Mention, TextRef
from veeduria.resolve import MentionRef, resolve

DEPARTMENTS = (
    "Amazonas Áncash Apurímac Arequipa Ayacucho Cajamarca Callao Cusco Huancavelica Huánuco "
    "Ica Junín La_Libertad Lambayeque Lima Loreto Madre_de_Dios Moquegua Pasco Piura Puno "
    "San_Martín Tacna Tumbes Ucayali"
).split()
KINDS = (
    ("Protests", "Peaceful protest", "march"),
    ("Protests", "Peaceful protest", "strike"),
    ("Protests", "Protest with intervention", "tear_gas"),
    ("Protests", "Excessive force against protesters", "firearms"),
    ("Riots", "Violent demonstration", "clash"),
    ("Riots", "Mob violence", "lynching"),
    ("Strategic developments", "Arrests", "arrest"),
    ("Strategic developments", "Other", "curfew"),
    ("Violence against civilians", "Attack", "firearms"),
    ("Battles", "Armed clash", "armed_clash"),
)
POLICE = Actor("Police Forces of Peru", "State forces", 1, "COP", "la policía", (0, 10))
PROTESTERS = Actor("Protesters (Peru)", "Protesters", 6, "CVL", "manifestantes", (0, 13))
START = dt.date(2023, 1, 1)


def _location(rnd: random.Random, dept: str, town: int) -> Location | None:
    roll = rnd.random()
    if roll < 0.08:
        return None
    name = dept.replace("_", " ")
    if roll < 0.25:
        return Location(name, (0, 5), name, name, None, None, "Peru", "PE")
    district = f"{name} district {town}"
    return Location(district, (0, 5), district, name, f"{name} province", district, "Peru", "PE")


def _date(rnd: random.Random, day: dt.date) -> DateValue | None:
    roll = rnd.random()
    if roll < 0.1:
        return None
    if roll < 0.14:
        monday = day - dt.timedelta(days=day.weekday())
        return DateValue(
            monday, "week", "la semana pasada", (0, 0), monday, monday + dt.timedelta(6)
        )
    return DateValue(day, "day", "el lunes", (0, 0))


def synthesize(n: int, seed: int) -> list[MentionRef]:
    """About ``n`` mentions of invented incidents."""
    rnd = random.Random(seed)
    refs: list[MentionRef] = []
    doc_no = 0
    while len(refs) < n:
        day = START + dt.timedelta(days=rnd.randrange(365))
        dept = rnd.choice(DEPARTMENTS)
        town = rnd.randrange(4)
        et, sub, mode = rnd.choice(KINDS)
        killed = rnd.choice((None, None, None, 1, 2, 3, 5))
        for _ in range(rnd.randint(1, 6)):
            doc_no += 1
            doc = f"doc{doc_no:07d}"
            published = day + dt.timedelta(days=rnd.randint(0, 3))
            for k in range(rnd.randint(1, 3)):
                factuality = (
                    "asserted"
                    if rnd.random() < 0.8
                    else rnd.choice(("reported", "planned", "negated", "historical"))
                )
                figure = killed + rnd.choice((0, 0, 1)) if killed else None
                mention = Mention(
                    event_type=et,
                    sub_event_type=sub,
                    mode=mode,
                    plover=None,
                    cameo=None,
                    factuality=factuality,  # type: ignore[arg-type]
                    trigger=TextRef("murieron", (k * 200 + 5, k * 200 + 13)),
                    sentence=(k * 200, k * 200 + 150),
                    date=_date(rnd, day),
                    location=_location(rnd, dept, town),
                    actor1=POLICE if rnd.random() < 0.5 else None,
                    actor2=PROTESTERS if rnd.random() < 0.5 else None,
                    killed=Count(figure, figure, None, "exact", str(figure), (0, 0))
                    if figure
                    else None,
                    confidence=0.6 + 0.3 * rnd.random(),
                )
                refs.append(
                    MentionRef(
                        id=f"{doc}:{k}",
                        doc_id=doc,
                        source=f"outlet{rnd.randrange(300)}",
                        published=published,
                        mention=mention,
                        dup_group=None,
                    )
                )
    return refs[:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    refs = synthesize(args.mentions, args.seed)
    print(
        f"python {sys.version.split()[0]} on {platform.machine()} ({platform.processor() or '?'})"
    )
    print(f"{len(refs):,} mentions in {len({r.doc_id for r in refs}):,} documents")

    started, cpu = time.perf_counter(), time.process_time()
    events = resolve(refs)
    full, full_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"full run:        {full:6.2f} s wall, {full_cpu:6.2f} s CPU -> {len(events):,} events")

    docs = sorted({r.doc_id for r in refs})
    cut = docs[int(len(docs) * 0.99)]
    first = [r for r in refs if r.doc_id < cut]
    later = [r for r in refs if r.doc_id >= cut]
    before = resolve(first)
    started, cpu = time.perf_counter(), time.process_time()
    after = resolve(later, previous=before)
    incremental, inc_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"incremental run: {incremental:6.2f} s wall, {inc_cpu:6.2f} s CPU "
        f"(+{len(later):,} mentions) -> {len(after):,} events"
    )
    print("same events as the full run:", after == events)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
