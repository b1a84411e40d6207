"""Generate a large, varied benchmark corpus from our own sample and gold texts, as JSONL.

    .venv/bin/python benchmarks/generate_corpus.py --docs 10000 --out .cache/corpus/10k
    .venv/bin/python benchmarks/generate_corpus.py --docs 100000 --out .cache/corpus/100k

Each document is one of the 120 gold texts or 55 sample documents (all written for
Veeduría) with its places, dates, figures and actors varied:

- places: every Peruvian department, province or district name in the text (the gazetteer's
  ``peru_ubigeo.csv``) is replaced, consistently within the document, by another one of the
  same level;
- dates: the publication date moves by up to ±400 days, and every written date
  ("9 de enero", "January 9", "2023-01-09", years) moves with it;
- figures: numbers that are not dates or years are scaled by 0.5 to 2.5;
- actors: police, military, protesters and civilians are named with one of several synonyms.

Documents are unique (no two share a text) and written as ``part-00000.jsonl``, ... with
``--per-file`` records each (JSONL records with text, title, url, published, language,
source_name), so ``--engine dask`` can partition the file list. A ``.manifest.json`` (hidden,
so ingest skips it) holds the count, bytes, seed and the SHA-256 of the files. Deterministic
for a given seed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "src" / "veeduria" / "gazetteer" / "data"
UBIGEO = GAZETTEER / "peru_ubigeo.csv"

MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "en": "January February March April May June July August September October November December",
}
ABBREVIATIONS = {
    "es": "ene feb mar abr may jun jul ago sep oct nov dic",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
#: Interchangeable ways to name the same kind of actor, per language.
ACTORS = {
    "es": [
        ["la Policía Nacional", "la PNP", "la policía", "agentes policiales"],
        ["las Fuerzas Armadas", "el Ejército", "militares", "soldados"],
        ["manifestantes", "protestantes", "pobladores", "comuneros"],
        ["los manifestantes", "los protestantes", "los pobladores", "los comuneros"],
        ["la Defensoría del Pueblo", "la Defensoría", "el Defensor del Pueblo"],
    ],
    "en": [
        ["police", "riot police", "officers", "security forces"],
        ["soldiers", "troops", "the army", "the military"],
        ["protesters", "demonstrators", "residents", "villagers"],
        ["the Ombudsman's Office", "the Ombudsman", "the human rights ombudsman"],
    ],
}
OUTLETS = [
    "Sur Andino",
    "Diario Capital",
    "Crónica Nacional",
    "Huamanga Hoy",
    "Apurímac al Día",
    "El Altiplano Digital",
    "Radio Altiplano Sur",
    "Noticias Andinas",
    "The Andes Observer",
    "The Pacific Dispatch",
    "The Lima Ledger",
    "South America Times",
]
#: Place names also used as common words (besides the gazetteer's stoplist); never replaced.
STOP_PLACES = {"Independencia", "Progreso", "President", "Lima"}


@dataclass(frozen=True)
class Template:
    language: str
    text: str
    title: str | None
    published: dt.date


@dataclass(frozen=True)
class Places:
    by_level: dict[str, list[str]]
    level_of: dict[str, str]
    pattern: re.Pattern[str]


def load_templates() -> list[Template]:
    """The gold texts and the sample documents, as ingest reads them."""
    sys.path.insert(0, str(ROOT / "src"))
    from veeduria.config import load_settings
    from veeduria.ingest import discover, read_source
    from veeduria.models import Document

    out = []
    for path in sorted((ROOT / "data" / "gold").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        published = data["published"]
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        out.append(Template(data["language"], data["text"], data.get("title"), published))
    settings = load_settings(env={})
    files, _ = discover([str(ROOT / "data" / "sample")])
    for file in files:
        for item in read_source(file, settings):
            if isinstance(item, Document) and item.language in MONTHS:
                published = item.published or dt.date(2023, 1, 15)
                out.append(Template(item.language, item.text, item.title, published))
    return out


def load_places() -> Places:
    """Ubigeo names by level, without the gazetteer's stoplist (common words and names)."""
    stoplist = yaml.safe_load((GAZETTEER / "stoplist.yaml").read_text(encoding="utf-8"))
    stop = set(STOP_PLACES)
    for entry in stoplist["entries"]:
        stop.update(entry.get("names", []))
    by_level: dict[str, set[str]] = {"department": set(), "province": set(), "district": set()}
    with UBIGEO.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["name"]
            if len(name) >= 4 and name not in stop:
                by_level[row["level"]].add(name)
    level_of: dict[str, str] = {}
    for level in ("district", "province", "department"):  # the higher level wins
        for name in by_level[level]:
            level_of[name] = level
    names = sorted(level_of, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    return Places({k: sorted(v) for k, v in by_level.items()}, level_of, pattern)


class Varier:
    """Turns one template into a new document with a random generator."""

    def __init__(self, places: Places) -> None:
        self.places = places
        self.month_index = {
            lang: {m.lower(): i + 1 for i, m in enumerate(MONTHS[lang].split())}
            | {m.lower(): i + 1 for i, m in enumerate(ABBREVIATIONS[lang].split())}
            for lang in MONTHS
        }
        self.date_patterns = {
            "es": re.compile(
                r"\b(\d{1,2})( de | )(" + "|".join(MONTHS["es"].split()) + r")\b(?:( de )(\d{4}))?",
                re.IGNORECASE,
            ),
            "en": re.compile(
                r"\b(" + "|".join(MONTHS["en"].split()) + r")( )(\d{1,2})\b(?:(, )(\d{4}))?"
            ),
        }
        self.iso_date = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
        self.year = re.compile(r"\b(20[12]\d)\b")
        self.number = re.compile(r"(?<![\w.,:/-])(\d{1,4})(?![\w.,:/-]|\.\d)")
        self.actor_patterns = {
            lang: [
                (re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, group)) + r")(?!\w)"), group)
                for group in ACTORS[lang]
            ]
            for lang in ACTORS
        }

    def vary(self, template: Template, rnd: random.Random) -> tuple[str, str | None, dt.date]:
        shift = dt.timedelta(days=rnd.randint(-400, 400))
        lang = template.language
        text, title = template.text, template.title or ""
        mapping: dict[str, str] = {}

        def place(match: re.Match[str]) -> str:
            name = match.group(0)
            if name not in mapping:
                level = self.places.level_of[name]
                mapping[name] = rnd.choice(self.places.by_level[level])
            return mapping[name]

        def protect(value: str, stash: list[str]) -> str:
            stash.append(value)  # a private-use character: no digit for later patterns
            return chr(0xE000 + len(stash) - 1)

        stash: list[str] = []

        def date(match: re.Match[str]) -> str:
            groups = match.groups()
            try:
                if lang == "es":
                    day, month = int(groups[0]), self.month_index["es"][groups[2].lower()]
                else:
                    day, month = int(groups[2]), self.month_index["en"][groups[0].lower()]
                year = int(groups[4]) if groups[4] else template.published.year
                new = dt.date(year, month, day) + shift
            except (ValueError, KeyError):
                return protect(match.group(0), stash)
            names = MONTHS[lang].split()
            month_name = names[new.month - 1]
            if lang == "es":
                if groups[2][0].isupper():
                    month_name = month_name.capitalize()
                out = f"{new.day}{groups[1]}{month_name}"
                if groups[4]:
                    out += f"{groups[3]}{new.year}"
            else:
                out = f"{month_name} {new.day}"
                if groups[4]:
                    out += f", {new.year}"
            return protect(out, stash)

        def iso(match: re.Match[str]) -> str:
            try:
                new = dt.date(int(match[1]), int(match[2]), int(match[3])) + shift
            except ValueError:
                return protect(match.group(0), stash)
            return protect(new.isoformat(), stash)

        def year(match: re.Match[str]) -> str:
            return protect(
                str(int(match[1]) + (template.published + shift).year - template.published.year),
                stash,
            )

        def number(match: re.Match[str]) -> str:
            value = int(match[1])
            if value == 0:
                return match.group(0)
            return str(max(1, round(value * rnd.uniform(0.5, 2.5))))

        def actors(value: str) -> str:
            for pattern, group in self.actor_patterns[lang]:
                value = pattern.sub(lambda _m, g=group: rnd.choice(g), value)
            return value

        def transform(value: str) -> str:
            stash.clear()
            value = self.places.pattern.sub(place, value)
            value = self.date_patterns[lang].sub(date, value)
            value = self.iso_date.sub(iso, value)
            value = self.year.sub(year, value)
            value = self.number.sub(number, value)
            value = actors(value)
            return re.sub("[\ue000-\uf8ff]", lambda m: stash[ord(m[0]) - 0xE000], value)

        return transform(text), transform(title) or None, template.published + shift


def generate(count: int, seed: int) -> Iterator[dict[str, str | None]]:
    templates = load_templates()
    varier = Varier(load_places())
    rnd = random.Random(seed)
    seen: set[str] = set()
    n = 0
    while n < count:
        template = templates[n % len(templates)]
        for _ in range(20):
            text, title, published = varier.vary(template, rnd)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest not in seen:
                break
        else:  # the template varies too little: mark it
            text = f"{text}\n\n(Ref. {n})"
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        seen.add(digest)
        yield {
            "text": text,
            "title": title,
            "url": f"https://corpus.example/{seed}/{n}",
            "published": published.isoformat(),
            "language": template.language,
            "source_name": rnd.choice(OUTLETS),
        }
        n += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents to generate")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    # Small enough that --engine dask can cut 10,000 documents into equal partitions
    # (a file is never split): 40 files for 10,000 documents.
    parser.add_argument("--per-file", type=int, default=250, help="records per JSONL file")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in [*args.out.glob("part-*.jsonl"), args.out / "manifest.json"]:
        old.unlink(missing_ok=True)
    files: list[Path] = []
    handle = None
    text_bytes = 0
    digest = hashlib.sha256()
    for i, record in enumerate(generate(args.docs, args.seed)):
        if i % args.per_file == 0:
            if handle:
                handle.close()
            files.append(args.out / f"part-{len(files):05d}.jsonl")
            handle = files[-1].open("w", encoding="utf-8")
        line = json.dumps(record, ensure_ascii=False) + "\n"
        assert handle is not None
        handle.write(line)
        digest.update(line.encode("utf-8"))
        text_bytes += len(str(record["text"]).encode("utf-8"))
    if handle:
        handle.close()
    manifest = {
        "documents": args.docs,
        "files": len(files),
        "text_bytes": text_bytes,
        "seed": args.seed,
        "sha256": digest.hexdigest(),
    }
    (args.out / ".manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    print(
        f"{args.docs} documents, {text_bytes / 1e6:.1f} MB of text, in {len(files)} files "
        f"under {args.out} ({time.perf_counter() - started:.1f}s)"
    )


if __name__ == "__main__":
    main()
