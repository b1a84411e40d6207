"""Expand lemmas in lexicon terms into their inflected forms, from the inflection lexicon.

A term ``v:bloquear las vías`` becomes every form of the verb followed by the rest of the
phrase (bloquearon las vías, bloqueando las vías ...); ``n:marcha`` becomes marcha, marchas.
Forms are generated once, when a lexicon is compiled; matching stays a dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

_VOWELS = set("aeiou")


def _paradigm(lemma: str, pos: str, paradigms: Sequence[Any]) -> Any | None:
    for p in paradigms:
        if p.pos != pos or not lemma.endswith(p.ending):
            continue
        before = lemma[len(lemma) - len(p.ending) - 1 : len(lemma) - len(p.ending)]
        if p.not_after and before and before in p.not_after:
            continue
        return p
    return None


def forms(lemma: str, pos: str, paradigms: Sequence[Any]) -> list[str]:
    """Every form of ``lemma`` as ``pos`` ("verb" or "noun"); the lemma itself if no paradigm fits."""
    p = _paradigm(lemma, pos, paradigms)
    if p is None:
        return [lemma]
    stem = lemma[: len(lemma) - len(p.ending)] if p.ending else lemma
    out = []
    for suffix in p.suffixes:
        s = stem
        if suffix and p.respell and suffix[0] in p.before and s and s[-1] in p.respell:
            s = s[:-1] + p.respell[s[-1]]
        out.append(s + suffix)
        if (
            p.double_final
            and suffix[:1] in ("e", "i")
            and len(s) >= 3
            and s[-1] not in _VOWELS | {"w", "x", "y"}
            and s[-2] in _VOWELS
            and s[-3] not in _VOWELS
        ):
            out.append(s + s[-1] + suffix)
    return list(dict.fromkeys(out))


def expand(term: str, paradigms: Sequence[Any]) -> list[str]:
    """The literal terms a lexicon term stands for."""
    if term[:2] not in ("v:", "n:"):
        return [term]
    pos = "verb" if term[0] == "v" else "noun"
    head, _, rest = term[2:].partition(" ")
    tail = f" {rest}" if rest else ""
    return [f + tail for f in forms(head, pos, paradigms)]


def expand_all(terms: Iterable[str], paradigms: Sequence[Any]) -> list[str]:
    return [t for term in terms for t in expand(term, paradigms)]
