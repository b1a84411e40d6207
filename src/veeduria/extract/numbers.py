"""Numbers written in digits or words: "17", "1.200", "diecisiete", "ciento noventa y dos".

The words come from ``lexicons/<lang>/number_words.yaml``; ``compile_numbers`` turns them into
an immutable :class:`NumberRules` once, and :func:`parse_number` / :func:`find_numbers` are pure.

This module also holds :class:`PhraseTable`, the matcher every lexicon of the date and count
extractors compiles to: literal phrases (a trailing ``*`` means "word prefix"), merged into one
trie-shaped regular expression with no nested quantifiers, accent- and case-insensitive
(a phrase written with a capital initial, "May", must be capitalised in the text).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Generic, TypeVar

from veeduria.errors import ResourceError
from veeduria.extract.wordlists import alternation
from veeduria.resources.loader import load_lexicon

T = TypeVar("T")

# --------------------------------------------------------------------------------------------
# phrase tables
# --------------------------------------------------------------------------------------------

_FOLD = str.maketrans("áéíóúüàèìòùÁÉÍÓÚÜÀÈÌÒÙ", "aeiouuaeiouAEIOUUAEIOU")
_ACCENTED = {
    "a": "aáà",
    "e": "eéè",
    "i": "iíì",
    "o": "oóò",
    "u": "uúüù",
}
_SPACES = re.compile(r"\s+")


def normalize(phrase: str) -> str:
    """Lower-case, strip accents (not ñ), collapse spaces and drop one final dot."""
    folded = _SPACES.sub(" ", phrase.translate(_FOLD).lower()).strip()
    return folded[:-1] if folded.endswith(".") and len(folded) > 1 else folded


def _atoms(pattern: str, *, optional_final_dot: bool, lowered: bool = False) -> list[str]:
    """Regex atoms for one literal pattern; every atom is safe and quantifier-free but ``\\s+``."""
    text = pattern.strip()
    star = text.endswith("*")
    if star:
        text = text[:-1]
    if not text or "*" in text:
        raise ResourceError(f"bad pattern {pattern!r}: '*' is allowed only at the end", code="E015")
    atoms: list[str] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if atoms and atoms[-1] == r"\s+":
                continue
            atoms.append(r"\s+")
            continue
        base = ch.translate(_FOLD)
        low = base.lower()
        if low in _ACCENTED:
            if i == 0 and ch.isupper() and not lowered:
                atom = "(?-i:[" + _ACCENTED[low].upper() + "])"
            else:
                atom = "[" + _ACCENTED[low] + "]"
        elif i == 0 and ch.isupper() and not lowered:
            atom = "(?-i:" + re.escape(ch) + ")"
        elif ch == "." and i == len(text) - 1 and optional_final_dot:
            atom = r"(?:\.|(?!\w))"
        else:
            atom = re.escape(ch.lower() if ch.isalpha() else ch)
        atoms.append(atom)
    if star:
        atoms.append(r"\w*")
    elif text[-1].isalnum() or text[-1] == "_":
        atoms.append(r"(?!\w)")
    return atoms


_Trie = dict[str, "_Trie"]


_END = ""  # trie key marking the end of a sequence


def _trie(sequences: Iterable[list[str]]) -> _Trie:
    trie: _Trie = {}
    for seq in sequences:
        node = trie
        for atom in seq:
            node = node.setdefault(atom, {})
        node[_END] = {}
    return trie


def _emit(node: _Trie) -> str:
    # longer continuations first, then a word-prefix '*', then the end of a phrase:
    # the alternation then prefers the longest phrase
    branches = [atom + _emit(child) for atom, child in node.items() if atom not in (_END, r"\w*")]
    branches.sort(key=len, reverse=True)
    if r"\w*" in node:
        branches.append(r"\w*")
    if _END in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _trie_regex(sequences: Iterable[list[str]]) -> str:
    """Merge atom sequences into one alternation shaped like a trie (longest branch first)."""
    return _emit(_trie(sequences))


def _first_chars(atom: str) -> str | None:
    """The characters a first atom matches ("a", "[aáà]"), when it is that simple."""
    chars = atom[1:-1] if len(atom) > 2 and atom[0] == "[" and atom[-1] == "]" else atom
    return chars if chars and all(c.isalnum() for c in chars) else None


def scan_parts(
    patterns: Iterable[str], *, optional_final_dot: bool = False
) -> tuple[str, str] | None:
    """The phrases of ``phrase_regex(patterns, lowered=True)`` split for a fast scan.

    Returns ``(chars, rest)``: ``chars`` every character a phrase may begin with (for a
    character class), ``rest`` an alternation that, right after one such character, matches
    what the phrase regex matches from it: each branch checks its first atom with a
    one-character lookbehind. ``None`` when some phrase does not begin with a plain letter or
    digit. ``re`` skips ahead quickly to the characters of a pattern that begins with a class,
    and tries a pattern that begins with a lookbehind at every position.
    """
    sequences = []
    for pattern in patterns:
        if not pattern.strip()[:1].isalnum():
            return None
        sequences.append(_atoms(pattern, optional_final_dot=optional_final_dot, lowered=True))
    if not sequences:
        return None
    branches = []
    chars: dict[str, None] = {}
    # the root of the trie, branch by branch in the order ``_emit`` writes them
    for atom, child in _trie(sequences).items():
        first = _first_chars(atom)
        if first is None or atom in (_END, r"\w*"):
            return None
        chars.update(dict.fromkeys(first))
        branches.append((atom, _emit(child)))
    branches.sort(key=lambda b: len(b[0] + b[1]), reverse=True)
    rest = "|".join(f"(?<={atom}){tail}" for atom, tail in branches)
    return "".join(chars), f"(?:{rest})"


def phrase_scan_regex(patterns: Iterable[str], *, optional_final_dot: bool = False) -> str:
    """``phrase_regex(patterns, lowered=True)`` written to begin with one character class,
    for scanning a text (see :func:`scan_parts`); the same matches, found faster."""
    patterns = list(patterns)
    parts = scan_parts(patterns, optional_final_dot=optional_final_dot)
    if parts is None:
        return phrase_regex(patterns, optional_final_dot=optional_final_dot, lowered=True)
    chars, rest = parts
    # the character matched, then: no word character before it, as ``(?<!\w)`` asks
    return f"[{chars}](?<!\\w(?s:.)){rest}"


_WORD_START = r"(?<!\w)"


class WordScanner:
    """Searches ``(?<!\\w)(?:body)``, a pattern whose every match begins a word, faster.

    ``re`` tries a pattern that begins with a lookbehind at every position of the text; it
    skips ahead to the characters of a leading class. So the search runs ``\\W(?:body)``,
    tried only after the non-word characters it skips to (about one in five), and one match
    at position 0, where no character comes before. The same matches, in the same order.
    ``body`` must not match an empty string (phrase tables never do).

    Made with :meth:`from_source` from a source that begins with ``(?<!\\w)``; any other source
    is searched as it is.
    """

    __slots__ = ("_after", "_at_start", "_fast")

    def __init__(self, body: str, *, fast: bool = True) -> None:
        self._fast = fast
        if fast:
            self._at_start = re.compile(f"{_WORD_START}(?:{body})")
            self._after = re.compile(rf"\W(?P<_word>{body})")
        else:
            self._at_start = self._after = re.compile(body)

    @classmethod
    def from_source(cls, source: str) -> WordScanner:
        if source.startswith(_WORD_START):
            return cls(source[len(_WORD_START) :])
        return cls(source, fast=False)

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> tuple[int, int, re.Match[str]] | None:
        """``(start, end, match)`` of the first match at or after ``pos`` (and, as ``re``
        reads ``endpos``, in a text that ends there); named groups of ``body`` are read from
        ``match`` by name (its group 0 may begin one character early)."""
        stop = len(text) if endpos is None else endpos
        if not self._fast:
            m = self._after.search(text, pos, stop)
            return None if m is None else (m.start(), m.end(), m)
        if pos <= 0:
            m = self._at_start.match(text, 0, stop)
            if m is not None:
                return 0, m.end(), m
            pos = 1
        m = self._after.search(text, pos - 1, stop)
        return None if m is None else (m.start("_word"), m.end(), m)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[tuple[int, int, re.Match[str]]]:
        """What ``re.finditer(text, pos, endpos)`` gives for the pattern, as ``search`` gives
        it."""
        found = self.search(text, pos, endpos)
        while found is not None:
            yield found
            found = self.search(text, found[1], endpos)


def phrase_regex(
    patterns: Iterable[str], *, optional_final_dot: bool = False, lowered: bool = False
) -> str:
    """Regex source (no capturing groups) matching any of ``patterns`` as whole words.

    With ``lowered`` the source is meant for lower-cased text, compiled without IGNORECASE
    (faster); capitalised patterns then match lower case too, and the caller checks
    :attr:`PhraseTable.capitalized`.
    """
    word_start: list[list[str]] = []
    other_start: list[list[str]] = []
    for pattern in patterns:
        atoms = _atoms(pattern, optional_final_dot=optional_final_dot, lowered=lowered)
        first = pattern.strip()[0]
        (word_start if first.isalnum() or first == "_" else other_start).append(atoms)
    parts = []
    if word_start:
        parts.append(r"(?<!\w)" + _trie_regex(word_start))
    if other_start:
        parts.append(_trie_regex(other_start))
    if not parts:
        return r"(?!x)x"  # matches nothing
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


#: how many matched texts a :class:`PhraseTable` keeps its answers for (then it starts again)
_LOOKUPS_KEPT = 4096


class PhraseTable(Generic[T]):
    """Literal phrases mapped to payloads, compiled into one regex.

    ``source`` can be embedded in larger patterns; ``regex`` finds the phrases on their own.
    Read-only by convention. A plain class, not a frozen dataclass: mypyc cannot compile a
    generic dataclass (this module is compiled by ``make install-fast``).
    """

    def __init__(
        self,
        source: str,
        regex: re.Pattern[str],
        exact: Mapping[str, tuple[T, ...]],
        prefixes: tuple[tuple[str, tuple[T, ...]], ...],
        lowered_source: str = "",
        capitalized: frozenset[str] = frozenset(),
        scan_source: str = "",
    ) -> None:
        self.source = source
        self.regex = regex
        self.exact = exact
        self.prefixes = prefixes
        #: the same phrases for lower-cased text (compile without IGNORECASE)
        self.lowered_source = lowered_source
        #: normalised phrases written with a capital initial ("may" for "May")
        self.capitalized = capitalized
        #: ``lowered_source`` written for scanning a text (:func:`phrase_scan_regex`)
        self.scan_source = scan_source
        #: what ``lookup`` answered for a matched text that needed normalising: a table reads
        #: the same few words over and over ("murieron", "el lunes"); bounded, and a pure
        #: function of the phrases, so no reader can tell it is there
        self._seen: dict[str, tuple[T, ...]] = {}

    def lookup(self, matched: str) -> tuple[T, ...]:
        """Payloads of every phrase that the matched text is an instance of."""
        if not self.prefixes:
            found = self.exact.get(matched)  # fast path: already lower case, one space
            if found is not None:
                return found
        seen = self._seen.get(matched)
        if seen is not None:
            return seen
        key = normalize(matched)
        found = self.exact.get(key, ())
        for prefix, payloads in self.prefixes:
            if key.startswith(prefix):
                found = found + payloads
        if len(self._seen) >= _LOOKUPS_KEPT:
            self._seen.clear()
        self._seen[matched] = found
        return found

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, start, end)


def compile_phrases(
    items: Iterable[tuple[str, T]], *, optional_final_dot: bool = False
) -> PhraseTable[T]:
    """Build a :class:`PhraseTable` from ``(pattern, payload)`` pairs."""
    exact: dict[str, tuple[T, ...]] = {}
    prefixes: dict[str, tuple[T, ...]] = {}
    patterns: list[str] = []
    for pattern, payload in items:
        pattern = pattern.strip()
        patterns.append(pattern)
        if pattern.endswith("*"):
            key = normalize(pattern[:-1])
            prefixes[key] = prefixes.get(key, ()) + (payload,)
        else:
            key = normalize(pattern)
            exact[key] = exact.get(key, ()) + (payload,)
    # the same keys with their accents, so that lower-cased text is found without normalising
    for lowered, payloads in _accented_keys(exact, patterns):
        exact.setdefault(lowered, payloads)
    source = phrase_regex(patterns, optional_final_dot=optional_final_dot)
    return PhraseTable(
        source=source,
        regex=re.compile(source, re.IGNORECASE),
        exact=MappingProxyType(exact),
        prefixes=tuple(sorted(prefixes.items(), key=lambda kv: -len(kv[0]))),
        lowered_source=phrase_regex(patterns, optional_final_dot=optional_final_dot, lowered=True),
        capitalized=frozenset(normalize(p) for p in patterns if p[:1].isupper()),
        scan_source=phrase_scan_regex(patterns, optional_final_dot=optional_final_dot),
    )


def _accented_keys(
    exact: Mapping[str, tuple[T, ...]], patterns: Iterable[str]
) -> list[tuple[str, tuple[T, ...]]]:
    """``(lower-cased pattern, payloads)`` for patterns whose accents normalising removes."""
    out = []
    for pattern in patterns:
        if pattern.endswith("*"):
            continue
        lowered = _SPACES.sub(" ", pattern.lower()).strip()
        key = normalize(pattern)
        if lowered != key and key in exact:
            out.append((lowered, exact[key]))
    return out


def reversed_source(patterns: Iterable[str]) -> str:
    """Regex source matching the patterns written backwards, for lower-cased reversed text.

    Used to read the words *before* a position: reverse a short window and ``match``.
    """
    rev = [p.strip()[::-1].lower() for p in patterns if p.strip() and not p.strip().endswith("*")]
    return phrase_regex(rev, lowered=True) if rev else r"(?!x)x"


#: the last long text :func:`lower_text` lowered: ``(text, text.lower(), sliceable)``, where
#: ``sliceable`` says that a slice of the lower case is the lower case of the slice: every
#: character lowers to one character, and none is a capital sigma (whose lower case depends on
#: the letters around it). Replaced whole, so a reader never sees half of it.
_LOWERED: list[tuple[str, str, bool]] = [("", "", False)]
#: shorter texts are lowered slice by slice (a phrase must not push a document out)
_LOWER_WHOLE = 256


def _kept(text: str) -> tuple[str, str, bool] | None:
    """``_LOWERED``'s entry for ``text``, made when ``text`` is long enough."""
    kept = _LOWERED[0]
    if kept[0] is text:
        return kept
    if len(text) < _LOWER_WHOLE:
        return None
    low = text.lower()
    kept = (text, low, len(low) == len(text) and "\u03a3" not in text)
    _LOWERED[0] = kept
    return kept


#: the only characters that ``re.IGNORECASE`` matches to an ASCII letter while their
#: ``str.lower()`` is no such letter: long s (s), dotless i and dotted capital I (i)
_ODD_CASE = re.compile("[\u017f\u0131\u0130]")


def case_guard(text: str, lowered: str) -> str | None:
    """``lowered`` (``text.lower()``) when a lower-case word written in it is exactly where an
    ``re.IGNORECASE`` pattern finds that word in ``text``: the same length, and none of the
    characters whose case ``re`` reads otherwise; None when the text holds one. (The words
    are ASCII letters, or letters such as á, í, ñ that ``re`` matches in either case only.)

    With it a rule tests cheaply whether a sentence holds a word that every match of its
    pattern holds (:func:`holds_any`), and runs the pattern only then."""
    if len(lowered) != len(text) or _ODD_CASE.search(text) is not None:
        return None
    return lowered


def holds_any(guard: str | None, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``guard[start:end]`` holds one of ``words`` (lower-case ASCII, no space); True
    when there is no guard (:func:`case_guard`), so that the caller runs its pattern."""
    if guard is None:
        return True
    for word in words:
        if guard.find(word, start, end) >= 0:
            return True
    return False


def holds_word(guard: str | None, start: int, end: int, words: tuple[str, ...]) -> bool:
    """:func:`holds_any` for short words that a pattern needs whole ("if", "si", "are"):
    whether one of ``words`` stands in ``guard[start:end]`` with no word character (``\\w``)
    right before or after it. The ends of the window count as the ends of a word, as they do
    for a pattern run on a slice; True when there is no guard."""
    if guard is None:
        return True
    end = min(end, len(guard))
    for word in words:
        at = guard.find(word, start, end)
        while at >= 0:
            after = at + len(word)
            if (at == start or not _word_char(guard[at - 1])) and (
                after == end or not _word_char(guard[after])
            ):
                return True
            at = guard.find(word, at + 1, end)
    return False


def _word_char(char: str) -> bool:
    """What ``\\w`` matches in a str pattern: alphanumeric in the sense of str.isalnum(), or
    "_" (a character and its lower case are alike in this)."""
    return char.isalnum() or char == "_"


def window_holds_any(window: str, words: tuple[str, ...]) -> bool:
    """:func:`holds_any` for a short piece of text of its own (its own lower case, and True
    when it holds a character whose case ``re`` reads otherwise)."""
    low = window.lower()
    if len(low) != len(window) or _ODD_CASE.search(window) is not None:
        return True
    for word in words:
        if word in low:
            return True
    return False


def lower_text(text: str) -> str:
    """``text.lower()``; a document's is kept, so that :func:`lower_slice` cuts its sentences
    from it instead of lowering each one again."""
    kept = _kept(text)
    return text.lower() if kept is None else kept[1]


def _kept_slice(text: str, start: int, end: int) -> str | None:
    """``text[start:end].lower()`` cut from the kept lower case of ``text``, when it can be."""
    kept = _kept(text)
    return kept[1][start:end] if kept is not None and kept[2] else None


def lower_window(text: str, start: int, end: int) -> str:
    """``text[start:end].lower()``, exactly."""
    low = _kept_slice(text, start, end)
    return text[start:end].lower() if low is None else low


def lower_slice(text: str, start: int, end: int) -> str:
    """``text[start:end].lower()``, keeping one character per character (so offsets hold)."""
    low = _kept_slice(text, start, end)
    if low is not None:
        return low
    chunk = text[start:end]
    low = chunk.lower()
    if len(low) == len(chunk):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in chunk)


# --------------------------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    kind: str  # number | article | multiplier | collective | scale
    value: int


@dataclass(frozen=True, eq=False)
class NumberRules:
    """Compiled number words of one language. Build with :func:`compile_numbers`."""

    language: str
    words: PhraseTable[_Word]
    connectors: PhraseTable[bool]
    #: one number token in lower-cased text: digits (group ``d``) or a number word (``w``)
    token_re: re.Pattern[str]
    #: ``token_re``'s matches, found faster (:func:`scan_numbers`)
    token_scan: WordScanner
    #: what may stand between two tokens of one number: spaces, a hyphen, a connector
    #: (lower-cased text)
    join_re: re.Pattern[str]
    thousands: str
    decimal: str
    #: lexicon fingerprints, for provenance
    versions: tuple[str, ...]
    #: ranks ("quincuagésimo" 50, "fiftieth"), never read as figures: :func:`read_ordinal`
    ordinals: PhraseTable[int] | None = None
    #: one rank word at a position of lower-cased text
    ordinal_re: re.Pattern[str] | None = None


@dataclass(slots=True)
class _Token:
    """One number token: digits or a number word.

    Read-only by convention, not frozen: one is built per figure found, and a frozen
    dataclass costs about four times as much to build.
    """

    start: int
    end: int
    kind: str
    #: an int for digits and words, a float for a decimal ("1,5"); ``int | float``, not
    #: ``float``, so that mypyc keeps the int exact instead of converting it to a double
    value: int | float


@dataclass(frozen=True)
class NumberMatch:
    """A number found in a text."""

    start: int
    end: int
    value: int
    text: str
    #: a lone indefinite article ("un", "a"): a count only next to a noun
    article: bool = False
    #: built from a counting noun ("un centenar", "a dozen"): an approximate figure
    approximate: bool = False
    #: written in digits
    digits: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _digit_source(thousands: str, decimal: str) -> str:
    sep = "[" + re.escape(thousands) + "]" if thousands else None
    dec = "[" + re.escape(decimal) + "]" if decimal else None
    grouped = rf"\d{{1,3}}(?:{sep}\d{{3}}){{1,4}}(?!\d)" if sep else None
    decimal_part = rf"\d{{1,6}}{dec}\d{{1,3}}(?!\d)" if dec else None
    alternatives = [a for a in (grouped, decimal_part) if a] + [r"\d{1,9}(?!\d)"]
    # not part of a time, date, code, percentage, ordinal or decimal: 10:30, 15/12, 17%, 17º;
    # a colon that ends the clause is no time ("la cifra asciende a 49: Puno, 21; ...")
    return _DIGITS_NOT_AFTER + "(?:" + "|".join(alternatives) + r")(?![\w%/°º]|[.,:]\d|:\S)"


_DIGITS_NOT_AFTER = r"(?<![\w/:$€£#.,])"
_DIGITS_NOT_AFTER_NONWORD = r"(?<![/:$€£#.,])"  # after a non-word character: the same


@functools.cache
def compile_numbers(language: str) -> NumberRules:
    """Compile ``lexicons/<language>/number_words.yaml`` into :class:`NumberRules`.

    Raises:
        ResourceError: the lexicon is missing or invalid.
    """
    lex = load_lexicon(language, "number_words")
    words: list[tuple[str, _Word]] = []
    connectors: list[tuple[str, bool]] = []
    ordinals: list[tuple[str, int]] = []
    thousands = ""
    decimal = ""
    for entry in lex.entries:
        if entry.kind == "thousands_separator":
            thousands += "".join(entry.words)
        elif entry.kind == "decimal_separator":
            decimal += "".join(entry.words)
        elif entry.kind == "connector":
            connectors.extend((w, True) for w in entry.words)
        elif entry.kind == "ordinal":
            assert entry.value is not None
            ordinals.extend((w, entry.value) for w in entry.words)
        else:
            words.extend((w, _Word(entry.kind, entry.value)) for w in entry.words)
    # a character that is both (es ","): grouped digits read it as thousands, others as decimal
    table = compile_phrases(words)
    connector_table = compile_phrases(connectors)
    # both run on lower-cased text (see lower_slice): no IGNORECASE, which halves the cost
    token_re = re.compile(
        "(?P<d>" + _digit_source(thousands, decimal) + ")|(?P<w>" + table.lowered_source + ")"
    )
    # every token begins a word: digits after no word character (and none of "/:$€£#.,")
    digits = _digit_source(thousands, decimal)
    if digits.startswith(_DIGITS_NOT_AFTER) and table.lowered_source.startswith(_WORD_START):
        token_scan = WordScanner(
            f"(?P<d>{_DIGITS_NOT_AFTER_NONWORD}{digits[len(_DIGITS_NOT_AFTER) :]})"
            f"|(?P<w>{table.lowered_source[len(_WORD_START) :]})"
        )
    else:
        token_scan = WordScanner(token_re.pattern, fast=False)
    join_re = re.compile(r"\s*-\s*|\s+(?P<c>" + connector_table.lowered_source + r")\s+|\s+")
    ordinal_table = compile_phrases(ordinals) if ordinals else None
    return NumberRules(
        language=language,
        words=table,
        connectors=connector_table,
        token_re=token_re,
        token_scan=token_scan,
        join_re=join_re,
        thousands=thousands,
        decimal=decimal,
        versions=(lex.fingerprint,),
        ordinals=ordinal_table,
        ordinal_re=re.compile(ordinal_table.lowered_source) if ordinal_table is not None else None,
    )


#: a rank in digits: "58th", "58.º", "58ª", "3er", "2do"
_DIGIT_ORDINAL = re.compile(
    rf"(?<![\w.,])(\d{{1,3}})(?:{alternation('numbers', 'ordinal_suffix', languages=('en',))}"
    rf"|\.?[ºª°]|\.?(?:{alternation('numbers', 'ordinal_suffix', languages=('es',))}))(?!\w)"
)
#: what joins the tens of a rank to its unit: "quincuagésimo octavo", "fifty-eighth"
_ORDINAL_JOIN = re.compile(r"[ \t]*-[ \t]*|[ \t]+")


def read_ordinal(low: str, pos: int, rules: NumberRules) -> tuple[int, int] | None:
    """The rank that begins at ``pos`` of lower-cased text, and where it ends: "58th", "58.º",
    "quincuagésimo octavo" (58), "vigésima" (20), "fifty-eighth" (a tens number word and a unit
    rank), "second". None when no rank begins there."""
    m = _DIGIT_ORDINAL.match(low, pos)
    if m is not None:
        return int(m.group(1)), m.end()
    if rules.ordinals is None or rules.ordinal_re is None:
        return None
    word = rules.ordinal_re.match(low, pos)
    if word is not None:
        tens, end = rules.ordinals.lookup(word.group(0))[0], word.end()
    else:
        # "fifty-eighth": a tens number word before a unit rank; "fifty people" is no rank
        number = rules.token_re.match(low, pos)
        if number is None or number.group("w") is None:
            return None
        kinds = rules.words.lookup(number.group("w"))
        if not kinds or kinds[0].kind != "number":
            return None
        tens, end = int(kinds[0].value), number.end()
    join = _ORDINAL_JOIN.match(low, end)
    unit = (
        rules.ordinal_re.match(low, join.end()) if join is not None and 20 <= tens < 100 else None
    )
    value = rules.ordinals.lookup(unit.group(0))[0] if unit is not None else 0
    if unit is not None and tens % 10 == 0 and value < 10:
        return tens + value, unit.end()
    return (tens, end) if word is not None else None


def _place(value: int) -> int:
    """The largest power of ten dividing ``value`` (1 for 17, 10 for 30, 100 for 200)."""
    place = 1
    while value and value % (place * 10) == 0:
        place *= 10
    return place


class _Acc:
    """Accumulates number tokens left to right; ``push`` refuses what cannot follow."""

    __slots__ = ("approx", "current", "digits", "last_add", "last_scale", "tokens", "total")

    def __init__(self) -> None:
        self.total = 0
        # a decimal only before a scale word: "1,5 millones"; ``int | float``, not ``float``,
        # so that mypyc keeps an int exact (a double would round "999999999 billones")
        self.current: int | float = 0
        self.last_add: int | None = None
        self.last_scale: int | None = None
        self.digits = False
        self.approx = False
        self.tokens = 0

    def copy(self) -> _Acc:
        new = _Acc()
        new.approx = self.approx
        new.current = self.current
        new.digits = self.digits
        new.last_add = self.last_add
        new.last_scale = self.last_scale
        new.tokens = self.tokens
        new.total = self.total
        return new

    def push(self, kind: str, value: int | float, *, connector: bool = False) -> bool:
        if kind == "digits":
            if self.tokens:
                return False
            self.current = value
            self.last_add = 1  # nothing additive may follow digits
            self.digits = True
        elif kind in ("number", "article"):
            if self.digits and self.last_scale is None:
                return False
            if self.last_add is not None and value >= _place(self.last_add):
                return False
            if connector and (self.last_add is None or self.last_add % 10):
                return False
            self.current += int(value)
            self.last_add = int(value)
        elif kind in ("multiplier", "collective"):
            if connector or self.current >= value or (self.digits and kind == "multiplier"):
                return False
            if self.current != int(self.current):
                return False
            self.current = int(self.current or 1) * int(value)
            self.last_add = int(self.current)
            self.approx = self.approx or kind == "collective"
        elif kind == "scale":
            if connector or (self.current >= 1000 and not self.digits):
                return False
            if self.last_scale is not None and value >= self.last_scale:
                return False
            amount = self.current if self.tokens else 1
            self.total += int(round((amount or 1) * value))
            self.current = 0
            self.last_add = None
            self.last_scale = int(value)
        else:
            return False
        self.tokens += 1
        return True

    def value(self) -> int | None:
        if self.current != int(self.current):
            return None  # a decimal without a scale word is not a count
        return int(self.total + self.current)


def _digits_value(raw: str, rules: NumberRules) -> int | float | None:
    # grouped digits: only separators followed by exactly three digits
    for sep in rules.thousands:
        parts = raw.split(sep)
        if len(parts) > 1 and all(len(p) == 3 and p.isdigit() for p in parts[1:]):
            if parts[0].isdigit() and 1 <= len(parts[0]) <= 3:
                return int("".join(parts))
    for sep in rules.decimal:
        if sep in raw:
            whole, _, frac = raw.partition(sep)
            if whole.isdigit() and frac.isdigit():
                return float(f"{whole}.{frac}")
            return None
    return int(raw) if raw.isdigit() else None


def _token(
    start: int, end: int, match: re.Match[str], low: str, rules: NumberRules
) -> _Token | None:
    """The token ``low[start:end]``, which ``match`` found (group ``d`` set for digits)."""
    raw = low[start:end]
    if match.group("d") is not None:
        value = _digits_value(raw, rules)
        return None if value is None else _Token(start, end, "digits", value)
    payloads = rules.words.lookup(raw)
    if not payloads:
        return None
    return _Token(start, end, payloads[0].kind, payloads[0].value)


def find_numbers(text: str, start: int, end: int, rules: NumberRules) -> list[NumberMatch]:
    """Every number inside ``text[start:end]``, in order, spans absolute.

    Adjacent tokens that form one number are merged ("ciento noventa y dos", "5 mil");
    tokens that cannot combine start a new number ("entre 10 y 15" gives 10 and 15).
    """
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return []
    offset = start - 1 if start > 0 else 0  # one character of context for word boundaries
    low = lower_slice(text, offset, end)
    return scan_numbers(text, low, offset, start - offset, rules)


def scan_numbers(
    text: str, low: str, offset: int, floor: int, rules: NumberRules
) -> list[NumberMatch]:
    """Numbers in ``low`` (``lower_slice(text, offset, ...)``) from ``floor`` on: what
    :func:`group_numbers` makes of ``rules.token_re.finditer(low, floor)``."""
    tokens = [
        t
        for a, b, m in rules.token_scan.finditer(low, floor)
        if (t := _token(a, b, m, low, rules)) is not None
    ]
    return _group_tokens(text, low, offset, tokens, rules)


def group_numbers(
    text: str, low: str, offset: int, matches: Iterable[re.Match[str]], rules: NumberRules
) -> list[NumberMatch]:
    """Numbers from token matches already found in ``low``.

    For extractors that scan numbers together with their own words in one pass: their
    regex embeds ``rules.token_re.pattern`` (groups ``d`` and ``w``), and they pass here the
    matches where ``d`` or ``w`` matched. ``low`` is ``lower_slice(text, offset, ...)``.
    """
    tokens = [t for m in matches if (t := _token(m.start(), m.end(), m, low, rules)) is not None]
    return _group_tokens(text, low, offset, tokens, rules)


def _group_tokens(
    text: str, low: str, offset: int, tokens: list[_Token], rules: NumberRules
) -> list[NumberMatch]:
    """Adjacent tokens that form one number merged into it, left to right."""
    found: list[NumberMatch] = []
    i, n = 0, len(tokens)
    while i < n:
        first = tokens[i]
        acc = _Acc()
        if not acc.push(first.kind, first.value):
            i += 1
            continue
        g_end = first.end
        j = i + 1
        # (state, end, index) before the word that followed a connector: "a hundred and
        # two hundred" must give back "two" when "hundred" cannot join
        rollback: tuple[_Acc, int, int] | None = None
        while j < n:
            token = tokens[j]
            gap = rules.join_re.fullmatch(low, g_end, token.start)
            if gap is None:
                break
            connector = gap.group("c") is not None
            snapshot = acc.copy()
            if not acc.push(token.kind, token.value, connector=connector):
                if rollback is not None and not connector:
                    acc, g_end, j = rollback
                break
            rollback = (snapshot, g_end, j) if connector else None
            g_end = token.end
            j += 1
        value = acc.value()
        if value is not None:
            found.append(
                NumberMatch(
                    start=first.start + offset,
                    end=g_end + offset,
                    value=value,
                    text=text[first.start + offset : g_end + offset],
                    article=acc.tokens == 1 and first.kind == "article",
                    approximate=acc.approx,
                    digits=acc.digits,
                )
            )
        i = j
    return found


def parse_number(phrase: str, rules: NumberRules) -> int | None:
    """The value of a phrase that is exactly one number, or ``None``.

    Examples: "17", "1.200" (es) / "1,200" (en), "diecisiete", "treinta y dos",
    "ciento noventa y dos", "twenty-seven", "two hundred", "un centenar" (100),
    "una docena" (12), "un" / "a" / "one" (1). "17 muertos" is not a number: ``None``.
    """
    stripped = phrase.strip()
    if not stripped:
        return None
    numbers = find_numbers(stripped, 0, len(stripped), rules)
    if len(numbers) != 1 or numbers[0].start != 0 or numbers[0].end != len(stripped):
        return None
    return numbers[0].value
