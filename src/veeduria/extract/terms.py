"""Fast dictionary matching: many terms, one pass, character offsets kept.

Terms come from lexicon files. A term is a word or a phrase; a trailing ``*`` on a word makes
it a prefix ("moviliz*" matches "movilizaron"). Matching runs on a *folded* copy of the text:
lower case, accents stripped, every whitespace character a space. Folding keeps the length,
so a match's offsets are offsets into the original text.

The automaton (pyahocorasick) is built once per lexicon; a scan is linear in the text, so
hundreds of terms cost the same as one. Word boundaries are checked after the scan.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import Any

import ahocorasick


@functools.cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base != char:
            table[code] = base
    for code in (0x2018, 0x2019, 0x201B):  # curly single quotes
        table[code] = "'"
    for code in (0x201C, 0x201D):
        table[code] = '"'
    for code in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014):  # dashes
        table[code] = "-"
    for ws in "\n\r\t\x0b\x0c\xa0\u2009\u202f":
        table[ord(ws)] = " "
    return table


@functools.cache
def _fold_pattern() -> re.Pattern[str]:
    """One character of ``_fold_table``: a whole document has few of them."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_fold_table())) + "]")


def fold(text: str, lowered: str | None = None) -> str:
    """Lower-case, strip accents and unify spaces, keeping the length of ``text``.

    ``lowered`` is ``text.lower()`` when the caller has it already.
    """
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):  # rare characters whose lower case is longer (İ)
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    table = _fold_table()
    if len(lowered) < 200:
        return lowered.translate(table)
    # a long text: replacing the few distinct characters the table changes, each in one pass
    # (no replacement is itself a key of the table), is cheaper than a translation, which
    # looks every character up
    for char in set(_fold_pattern().findall(lowered)):
        lowered = lowered.replace(char, table[ord(char)])
    return lowered


def fold_term(term: str) -> str:
    return " ".join(fold(term).split())


class Hit:
    """A match of a scan: ``folded[start:end]`` and the payloads of its term.

    A plain class with slots, read-only by convention: scans make thousands of these per
    document, and a frozen dataclass costs three times as much to build. Equality, hashing
    and ``repr`` are those a dataclass would have.
    """

    __slots__ = ("end", "payloads", "start")

    def __init__(self, start: int, end: int, payloads: tuple[Any, ...]) -> None:
        self.start = start
        self.end = end
        self.payloads = payloads

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Hit)
        return (self.start, self.end, self.payloads) == (other.start, other.end, other.payloads)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.payloads))

    def __repr__(self) -> str:
        return f"Hit(start={self.start!r}, end={self.end!r}, payloads={self.payloads!r})"


_NONWORD = re.compile(r"\W")


class _SpaceTable(dict[int, str]):
    """``str.translate`` table: a non-word character (what ``\\W`` matches) becomes a space,
    a word character stays. Filled as characters are met; a translation is much cheaper than
    ``_NONWORD.sub`` over a whole document."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        # ``\w`` in a str pattern: alphanumeric in the sense of str.isalnum(), or "_"
        value = char if char.isalnum() or char == "_" else " "
        if code < 0x10000:  # remembered in the Basic Multilingual Plane only: a bounded table
            self[code] = value
        return value


_SPACE_TABLE = _SpaceTable()


@functools.lru_cache(maxsize=8)
def _spaced(folded: str) -> str:
    """``folded`` with every non-word character a space, behind one leading space.

    Keys are stored as " key", so the automaton only reports matches that begin a word; the
    left boundary costs nothing. A small memo: the same document is scanned by several matchers.
    """
    return " " + folded.translate(_SPACE_TABLE)


def _key(term: str) -> str:
    return " " + _NONWORD.sub(" ", fold_term(term)).rstrip()


class TermMatcher:
    """Aho–Corasick matcher over folded text; build once, scan many times.

    Each payload is whatever the caller attached to a term (usually a lexicon entry).
    """

    __slots__ = ("_automaton", "_empty", "size")

    def __init__(self, terms: Iterable[tuple[str, Hashable]]) -> None:
        bucket: dict[str, list[tuple[Any, bool]]] = {}
        for term, payload in terms:
            prefix = term.endswith("*")
            key = _key(term.rstrip("*"))
            if not key.strip():
                continue
            entry = (payload, prefix)
            if entry not in bucket.setdefault(key, []):
                bucket[key].append(entry)
        automaton = ahocorasick.Automaton()
        for key, values in bucket.items():
            # every payload (the match ends a word), and the prefix terms' only (it does not):
            # both worked out here, so that a scan only picks one
            every = tuple(payload for payload, _ in values)
            prefixes = tuple(payload for payload, prefix in values if prefix)
            automaton.add_word(key, (len(key), every, prefixes))
        self._empty = not bucket
        if not self._empty:
            automaton.make_automaton()
        self._automaton = automaton
        self.size = len(bucket)

    def scan(
        self, folded: str, start: int = 0, end: int | None = None, *, overlapping: bool = False
    ) -> list[Hit]:
        """Hits in ``folded[start:end]`` (``folded`` is ``fold(text)``).

        Overlapping hits resolve to the longest, leftmost one unless ``overlapping`` is set.
        """
        return [Hit(a, b, p) for a, b, p in self.spans(folded, start, end, overlapping=overlapping)]

    def spans(
        self, folded: str, start: int = 0, end: int | None = None, *, overlapping: bool = False
    ) -> list[tuple[int, int, tuple[Any, ...]]]:
        """What :meth:`scan` finds, as ``(start, end, payloads)`` tuples: a caller that turns
        every hit into its own record saves building a :class:`Hit` for each."""
        if self._empty:
            return []
        end = len(folded) if end is None else min(end, len(folded))
        if end <= start:
            return []
        spaced = _spaced(folded)
        size = len(folded)
        candidates: list[tuple[int, int, tuple[Any, ...]]] = []
        # scan index i is text index i - 1; a key " w..." that starts at scan index start begins
        # the word at text index start
        for last, (length, every, prefixes) in self._automaton.iter(spaced, start, end + 1):
            first = last - length + 1  # text index of the word's first character
            if first < start:
                continue
            # ``last`` is also the text index just after the match
            if last >= size or spaced[last + 1] == " ":
                candidates.append((first, last, every))
            elif prefixes:
                space = spaced.find(" ", last + 1)
                stop = size if space < 0 else space - 1
                candidates.append((first, min(stop, max(end, last)), prefixes))
        return candidates if overlapping else _longest(candidates)

    def finds_any(self, folded: str, start: int = 0, end: int | None = None) -> bool:
        """Whether :meth:`spans` finds anything in ``folded[start:end]``, answered at the first
        hit instead of after listing every one (extract-perf7)."""
        if self._empty:
            return False
        end = len(folded) if end is None else min(end, len(folded))
        if end <= start:
            return False
        spaced = _spaced(folded)
        size = len(folded)
        for last, (length, _, prefixes) in self._automaton.iter(spaced, start, end + 1):
            if last - length + 1 < start:
                continue
            if last >= size or spaced[last + 1] == " " or prefixes:
                return True
        return False

    def iter_payloads(
        self, folded: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[Hit, Any]]:
        for hit in self.scan(folded, start, end):
            for payload in hit.payloads:
                yield hit, payload


class MergedMatcher:
    """Several :class:`TermMatcher` dictionaries in one automaton: one pass over a text gives
    each dictionary's hits, where a pass per dictionary walks the text once for each.

    ``spans`` gives, per dictionary, what its own ``spans(..., overlapping=True)`` gives, in
    the same order; :func:`longest` then resolves overlaps as ``spans`` does by default.
    """

    __slots__ = ("_automaton", "_count", "_empty", "matchers")

    def __init__(self, matchers: Sequence[TermMatcher]) -> None:
        self.matchers = tuple(matchers)
        merged: dict[str, list[tuple[int, tuple[Any, ...], tuple[Any, ...]]]] = {}
        for index, matcher in enumerate(matchers):
            if matcher._empty:
                continue
            for key, (_, every, prefixes) in matcher._automaton.items():
                merged.setdefault(key, []).append((index, every, prefixes))
        automaton = ahocorasick.Automaton()
        for key, entries in merged.items():
            automaton.add_word(key, (len(key), tuple(entries)))
        self._empty = not merged
        if not self._empty:
            automaton.make_automaton()
        self._automaton = automaton
        self._count = len(matchers)

    def index(self, matcher: TermMatcher) -> int:
        """Where ``matcher`` is among the merged ones (-1: not merged here)."""
        for i, merged in enumerate(self.matchers):
            if merged is matcher:
                return i
        return -1

    def spans(
        self, folded: str, start: int = 0, end: int | None = None
    ) -> list[list[tuple[int, int, tuple[Any, ...]]]]:
        """Per dictionary, its overlapping hits in ``folded[start:end]`` (``TermMatcher.spans``)."""
        out: list[list[tuple[int, int, tuple[Any, ...]]]] = [[] for _ in range(self._count)]
        end = len(folded) if end is None else min(end, len(folded))
        if self._empty or end <= start:
            return out
        spaced = _spaced(folded)
        size = len(folded)
        for last, (length, entries) in self._automaton.iter(spaced, start, end + 1):
            first = last - length + 1
            if first < start:
                continue
            if last >= size or spaced[last + 1] == " ":
                for index, every, _ in entries:
                    out[index].append((first, last, every))
                continue
            stop = -1
            for index, _, prefixes in entries:
                if prefixes:
                    if stop < 0:
                        space = spaced.find(" ", last + 1)
                        stop = size if space < 0 else space - 1
                    out[index].append((first, min(stop, max(end, last)), prefixes))
        return out


def phrase_hint(patterns: Iterable[str]) -> TermMatcher | None:
    r"""A dictionary of one word per phrase of ``patterns`` (its longest, as a prefix), to scan
    the folded text with before a regex made of those phrases runs.

    The regex must match each phrase as ``numbers.phrase_regex`` or ``dates._literal`` write
    it: its words in order, each letter itself or that letter accented, ``\s+`` between words,
    and no word character before the first. Where it matches, the folded text then holds the
    chosen word at the start of a word (after the start, a space or a non-word character): the
    hint finds more (a word that goes on, a phrase cut short) but misses no match, as long as
    the text has none of the letters ``re`` matches otherwise than their lower case does (long
    s, dotless i: see ``numbers.case_guard``). None when some phrase has no word that begins
    with a word character (a phrase of signs cannot be hinted)."""
    words = []
    for pattern in patterns:
        heads = [m.group() for m in (_WORD_HEAD.match(w) for w in pattern.lower().split()) if m]
        if not heads:
            return None
        words.append(max(heads, key=len))
    return TermMatcher((word + "*", True) for word in words) if words else None


#: the word characters a word of a phrase begins with
_WORD_HEAD = re.compile(r"\w+")


def hint_misses(hint: TermMatcher | None, folded: str | None, start: int, end: int) -> bool:
    """Whether ``hint`` (:func:`phrase_hint`) finds nothing in ``folded[start:end]``: then
    the phrases it stands for are not there. False when there is no hint or no folded text
    (the caller runs its regex)."""
    if hint is None or folded is None:
        return False
    return not hint.finds_any(folded, start, end)


def longest(hits: list[tuple[int, int, tuple[Any, ...]]]) -> list[tuple[int, int, tuple[Any, ...]]]:
    """Overlapping hits resolved to the longest, leftmost one (``hits`` may be reordered)."""
    return _longest(hits)


def _longest(
    hits: list[tuple[int, int, tuple[Any, ...]]],
) -> list[tuple[int, int, tuple[Any, ...]]]:
    if len(hits) < 2:
        return hits
    # hits come in the order their ends are found: when none overlaps the one before, they
    # are in text order already and all stay (the common case, no sort needed)
    previous_end = -1
    for hit in hits:
        if hit[0] < previous_end:
            break
        previous_end = hit[1]
    else:
        return hits
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    kept: list[tuple[int, int, tuple[Any, ...]]] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            continue
        kept.append(hit)
    return kept
